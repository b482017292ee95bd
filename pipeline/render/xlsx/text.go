package xlsx

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxCellUnits is Excel's limit on the length of a cell's text, counted in
// UTF-16 code units (a character outside the BMP counts twice).
const maxCellUnits = 32767

// truncMark ends a text cut at maxCellUnits.
const truncMark = "……（内容过长，以下省略）"

// cleanText makes a value safe to store as cell text:
//   - invalid UTF-8 becomes U+FFFD;
//   - CR LF and lone CR become LF; TAB and LF are kept, every other control
//     character (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF are
//     removed, since XML 1.0 cannot carry most of them and none is visible;
//   - the result is cut to Excel's 32767-unit limit, ending with truncMark.
//
// It reports whether the text was cut.
func cleanText(s string) (string, bool) {
	if !isPlain(s) {
		s = stripControls(s)
	}
	if len(s) <= maxCellUnits || utf16Len(s) <= maxCellUnits {
		return s, false
	}
	limit := maxCellUnits - utf16Len(truncMark)
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(r)
		if units > limit {
			return s[:i] + truncMark, true
		}
	}
	return s, false
}

// stripControls applies the character rules of cleanText.
func stripControls(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			r = '\n'
		case r == '\t' || r == '\n':
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0xfffe || r == 0xffff:
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlain reports whether s needs no cleaning: short, valid UTF-8, printable.
func isPlain(s string) bool {
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			return false // may be invalid UTF-8; let the slow path decide
		case r == '\t' || r == '\n':
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == 0xfffe || r == 0xffff:
			return false
		}
	}
	return true
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// looksLikeFormula reports whether a spreadsheet program, or a CSV made from
// the sheet, could take the text for a formula: it starts with = + - @ (or
// TAB/CR, which some programs strip before looking). Such cells are written
// as text with Excel's quote prefix (the hidden apostrophe), so even editing
// the cell keeps it text.
func looksLikeFormula(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	// Full-width forms are converted to ASCII by some IMEs and programs.
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '＝', '＋', '－', '＠':
		return true
	}
	return false
}

// textWidth estimates how many Excel width units the text needs in the
// longest of its lines: Han characters and full-width forms count 2, others 1.
func textWidth(s string) float64 {
	best, w := 0.0, 0.0
	for _, r := range s {
		if r == '\n' {
			best, w = max(best, w), 0
			continue
		}
		w += runeWidth(r)
	}
	return max(best, w)
}

func runeWidth(r rune) float64 {
	switch {
	case r < 0x1100:
		return 1.1 // Latin in 宋体 is a little wider than the width unit
	case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf, r >= 0xac00 && r <= 0xd7a3,
		r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60,
		r >= 0xffe0 && r <= 0xffe6, r >= 0x20000:
		return 2
	}
	return 1.1
}
