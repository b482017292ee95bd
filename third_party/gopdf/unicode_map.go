package gopdf

import (
	"fmt"
	"io"
	"sort"
	"strings"
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

	buff := GetBuffer()
	defer PutBuffer(buff)

	buff.WriteString(prefix)
	buff.WriteString("1 begincodespacerange\n")
	buff.WriteString("<0000><FFFF>\n")
	buff.WriteString("endcodespacerange\n")
	for start := 0; start < len(indexs); start += 100 {
		end := start + 100
		if end > len(indexs) {
			end = len(indexs)
		}
		fmt.Fprintf(buff, "%d beginbfchar\n", end-start)
		for _, k := range indexs[start:end] {
			fmt.Fprintf(buff, "<%04X><%s>\n", k, utf16BEHex(glyphIndexToCharacter[uint(k)]))
		}
		buff.WriteString("endbfchar\n")
	}
	buff.WriteString(suffix)
	buff.WriteString("\n")

	io.WriteString(w, "<<\n")
	fmt.Fprintf(w, "/Length %d\n", buff.Len())
	io.WriteString(w, ">>\n")
	io.WriteString(w, "stream\n")
	if u.protection() != nil {
		tmp, err := rc4Cip(u.protection().objectkey(objID), buff.Bytes())
		if err != nil {
			return err
		}
		w.Write(tmp)
		//streambuff.WriteString("\n")
	} else {
		buff.WriteTo(w)
	}
	io.WriteString(w, "endstream\n")

	return nil
}

// utf16BEHex returns r in UTF-16BE as upper-case hex: 4 digits, or 8 (a surrogate
// pair) above U+FFFF. pingyou patch A.
func utf16BEHex(r rune) string {
	var sb strings.Builder
	for _, u := range utf16.Encode([]rune{r}) {
		fmt.Fprintf(&sb, "%04X", u)
	}
	return sb.String()
}
