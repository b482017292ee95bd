package gopdf

import (
	"fmt"
	"io"
	"strconv"
)

// CIDFontObj is a CID-keyed font.
// cf. https://www.adobe.com/content/dam/acom/en/devnet/font/pdfs/5014.CIDFont_Spec.pdf
type CIDFontObj struct {
	PtrToSubsetFontObj        *SubsetFontObj
	indexObjSubfontDescriptor int
}

func (ci *CIDFontObj) init(funcGetRoot func() *GoPdf) {
}

// SetIndexObjSubfontDescriptor set  indexObjSubfontDescriptor
func (ci *CIDFontObj) SetIndexObjSubfontDescriptor(index int) {
	ci.indexObjSubfontDescriptor = index
}

func (ci *CIDFontObj) getType() string {
	return "CIDFont"
}

func (ci *CIDFontObj) write(w io.Writer, objID int) error {
	io.WriteString(w, "<<\n")
	fmt.Fprintf(w, "/BaseFont /%s\n", ci.PtrToSubsetFontObj.subsetFontName()) // pingyou patch B: subset tag
	io.WriteString(w, "/CIDSystemInfo\n")
	io.WriteString(w, "<<\n")
	io.WriteString(w, "  /Ordering (Identity)\n")
	io.WriteString(w, "  /Registry (Adobe)\n")
	io.WriteString(w, "  /Supplement 0\n")
	io.WriteString(w, ">>\n")
	fmt.Fprintf(w, "/FontDescriptor %d 0 R\n", ci.indexObjSubfontDescriptor+1) //TODO fix
	io.WriteString(w, "/Subtype /CIDFontType2\n")
	io.WriteString(w, "/CIDToGIDMap /Identity\n") // pingyou patch E: explicit (PDF/A requires the entry)
	io.WriteString(w, "/Type /Font\n")
	// pingyou patch N: glyphs of width 1000 (the default /DW, nearly every CJK
	// glyph) are left out of /W and consecutive CIDs share one array
	// ("1 [350 600 600]"): a certificate's /W went from 600 to 60 bytes.
	// Upstream wrote "cid[width]" for every glyph.
	w.Write(appendWidths(nil, ci.PtrToSubsetFontObj))
	io.WriteString(w, ">>\n")
	return nil
}

// SetPtrToSubsetFontObj set PtrToSubsetFontObj
func (ci *CIDFontObj) SetPtrToSubsetFontObj(ptr *SubsetFontObj) {
	ci.PtrToSubsetFontObj = ptr
}

// appendWidths appends the /W entry of a subset font: CIDs in order (pingyou
// patch C: sorted, distinct; patch F: CIDs of the renumbered subset), widths
// equal to the default 1000 left out, runs of consecutive CIDs in one array
// (pingyou patch N).
func appendWidths(b []byte, s *SubsetFontObj) []byte {
	b = append(b, "/W ["...)
	prev := -2
	for _, v := range s.usedGlyphIndexs() {
		width := s.GlyphIndexToPdfWidth(v)
		if width == 1000 {
			continue
		}
		cid := int(s.cid(v))
		if cid == prev+1 {
			b = append(b, ' ')
		} else {
			if prev >= 0 {
				b = append(b, "] "...)
			}
			b = strconv.AppendInt(b, int64(cid), 10)
			b = append(b, " ["...)
		}
		b = strconv.AppendUint(b, uint64(width), 10)
		prev = cid
	}
	if prev >= 0 {
		b = append(b, ']')
	}
	return append(b, "]\n"...)
}
