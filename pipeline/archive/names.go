package archive

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameBytes keeps a file name well inside the 255-byte limit of common
// file systems, leaving room for a suffix and the temporary-file prefix.
const maxNameBytes = 180

var windowsReserved = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
}

// SafeName turns text (a person's or organisation's name, a title) into one
// file-name component that is valid on Windows and Linux: no path separators,
// no characters Windows forbids, no control characters, no reserved device
// names, no invisible format characters (zero-width, direction controls),
// no trailing dot or space, at most maxNameBytes bytes. It never
// returns an empty string.
func SafeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			// Controls, and invisible format characters: zero-width ones
			// and the direction controls that make 党支部\u202Efdp.exe.pdf
			// show as 党支部fdp.exe… (the reader reports them at their
			// cell; this keeps any that come another way out of names).
			continue
		case strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteRune('_')
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	out := strings.TrimSpace(b.String())
	for len(out) > maxNameBytes {
		_, size := utf8.DecodeLastRuneInString(out)
		out = out[:len(out)-size]
	}
	out = strings.TrimRight(out, ". ")
	out = strings.TrimLeft(out, ".")
	if out == "" {
		return "_"
	}
	base := out
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	if windowsReserved[strings.ToUpper(strings.TrimSpace(base))] {
		out = "_" + out
	}
	return out
}
