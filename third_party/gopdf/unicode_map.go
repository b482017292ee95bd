package gopdf

import (
	"io"
	"sort"
	"strconv"
	"unicode"
	"unicode/utf16"
)

// UnicodeMap unicode map
type UnicodeMap struct {
	PtrToSubsetFontObj *SubsetFontObj
	//getRoot            func() *GoPdf
	pdfProtection *PDFProtection
}

func (u *UnicodeMap) init(funcGetRoot func() *GoPdf) {
	//u.getRoot = funcGetRoot
}

func (u *UnicodeMap) setProtection(p *PDFProtection) {
	u.pdfProtection = p
}

func (u *UnicodeMap) protection() *PDFProtection {
	return u.pdfProtection
}

// SetPtrToSubsetFontObj set pointer to SubsetFontObj
func (u *UnicodeMap) SetPtrToSubsetFontObj(ptr *SubsetFontObj) {
	u.PtrToSubsetFontObj = ptr
}

func (u *UnicodeMap) getType() string {
	return "Unicode"
}

func (u *UnicodeMap) write(w io.Writer, objID int) error {
	//stream
	//characterToGlyphIndex := u.PtrToSubsetFontObj.CharacterToGlyphIndex
	prefix :=
		"/CIDInit /ProcSet findresource begin\n" +
			"12 dict begin\n" +
			"begincmap\n" +
			"/CIDSystemInfo << /Registry (Adobe)/Ordering (UCS)/Supplement 0>> def\n" +
			"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
	suffix := "endcmap CMapName currentdict /CMap defineresource pop end end"

	// pingyou patch A: one bfchar entry per glyph, sorted by glyph index, with the
	// destination in UTF-16BE (a surrogate pair above U+FFFF), at most 100 entries
	// per block. Upstream wrote the raw rune (<201D4>) in a single bfrange block.
	glyphIndexToCharacter := make(map[uint]rune)
	var indexs []int
	keys := u.PtrToSubsetFontObj.CharacterToGlyphIndex.AllKeys()
	for _, k := range keys {
		v, _ := u.PtrToSubsetFontObj.CharacterToGlyphIndex.Val(k)
		v = u.PtrToSubsetFontObj.cid(v) // pingyou patch F: CID of the renumbered subset
		if _, ok := glyphIndexToCharacter[v]; ok {
			continue // several characters on one glyph: the first one wins
		}
		glyphIndexToCharacter[v] = k
		indexs = append(indexs, int(v))
	}
	sort.Ints(indexs)

	// pingyou patch M: written with appends instead of fmt (UnicodeMap.write
	// was 7.6 % of a certificate's CPU, mostly fmt), and Flate-compressed
	// (allowed in PDF/A; 1,218 → 603 bytes for a certificate's 69 glyphs)
	// through the process-wide stream cache: a certificate's common subset
	// has the same CMap on every certificate of an award.
	raw := make([]byte, 0, len(prefix)+len(suffix)+80+16*len(indexs))
	raw = append(raw, prefix...)
	raw = append(raw, "1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n"...)
	for start := 0; start < len(indexs); start += 100 {
		end := start + 100
		if end > len(indexs) {
			end = len(indexs)
		}
		raw = strconv.AppendInt(raw, int64(end-start), 10)
		raw = append(raw, " beginbfchar\n"...)
		for _, k := range indexs[start:end] {
			raw = append(raw, '<')
			raw = appendHex4(raw, uint16(k))
			raw = append(raw, '>', '<')
			raw = appendUTF16BEHex(raw, glyphIndexToCharacter[uint(k)])
			raw = append(raw, ">\n"...)
		}
		raw = append(raw, "endbfchar\n"...)
	}
	raw = append(raw, suffix...)
	raw = append(raw, '\n')

	z, err := compressCached(raw, toUnicodeLevel)
	if err != nil {
		return err
	}
	io.WriteString(w, "<<\n/Filter /FlateDecode\n/Length ")
	io.WriteString(w, strconv.Itoa(len(z)))
	io.WriteString(w, "\n>>\nstream\n")
	if u.protection() != nil {
		tmp, err := rc4Cip(u.protection().objectkey(objID), z)
		if err != nil {
			return err
		}
		w.Write(tmp)
	} else {
		w.Write(z)
	}
	io.WriteString(w, "\nendstream\n")

	return nil
}

// toUnicodeLevel: ToUnicode CMaps are small (a few KB) and mostly hex digits;
// BestSpeed compresses them within 3 % of the default level without the
// default level's 640 KB table reset (pingyou patch M).
//
// pingyou patch W: klauspost's level 4 (zlib_pool.go) is smaller than
// compress/flate's BestSpeed on every CMap measured (a notice's 2.7 KB:
// 1,205 → 1,186 bytes) in 75 % of its time.
const toUnicodeLevel = 4

const hexDigits = "0123456789ABCDEF"

// appendHex4 appends v as four upper-case hex digits (pingyou patch M).
func appendHex4(b []byte, v uint16) []byte {
	return append(b, hexDigits[v>>12], hexDigits[v>>8&15], hexDigits[v>>4&15], hexDigits[v&15])
}

// appendUTF16BEHex appends r in UTF-16BE as upper-case hex, like utf16BEHex
// (pingyou patches A, M).
func appendUTF16BEHex(b []byte, r rune) []byte {
	if r >= 0x10000 && r <= unicode.MaxRune {
		r1, r2 := utf16.EncodeRune(r)
		return appendHex4(appendHex4(b, uint16(r1)), uint16(r2))
	}
	if r < 0 || r > unicode.MaxRune || (r >= 0xD800 && r < 0xE000) {
		r = unicode.ReplacementChar
	}
	return appendHex4(b, uint16(r))
}

// utf16BEHex returns r in UTF-16BE as upper-case hex: 4 digits, or 8 (a surrogate
// pair) above U+FFFF. pingyou patch A.
func utf16BEHex(r rune) string {
	return string(appendUTF16BEHex(nil, r))
}
