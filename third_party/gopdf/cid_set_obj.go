package gopdf

import (
	"fmt"
	"io"
)

// CIDSetObj is the CIDSet stream of a subset font's FontDescriptor: one bit per
// CID (= glyph id, high bit first), set for the glyphs present in the embedded
// subset. PDF/A-1 requires it for subset CID fonts. pingyou patch B (new file).
type CIDSetObj struct {
	PtrToPdfDictionaryObj *PdfDictionaryObj
	pdfProtection         *PDFProtection
}

func (c *CIDSetObj) init(funcGetRoot func() *GoPdf) {}

func (c *CIDSetObj) getType() string {
	return "CIDSet"
}

func (c *CIDSetObj) setProtection(p *PDFProtection) {
	c.pdfProtection = p
}

func (c *CIDSetObj) write(w io.Writer, objID int) error {
	// pingyou patch F: the subset is renumbered, so its CIDs are 0..n-1.
	n := len(c.PtrToPdfDictionaryObj.subsetGlyphs())
	bits := make([]byte, (n+7)/8)
	for g := 0; g < n; g++ {
		bits[g/8] |= 0x80 >> uint(g%8)
	}

	// pingyou patch I: unfiltered. n/8 bytes of ones compress to more than
	// they are (a few bytes for a certificate's 60 glyphs) and resetting a
	// compressor cost 5 % of a certificate's CPU.
	data := bits
	if c.pdfProtection != nil {
		var err error
		if data, err = rc4Cip(c.pdfProtection.objectkey(objID), data); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "<</Length %d\n>>\nstream\n", len(data))
	w.Write(data)
	io.WriteString(w, "\nendstream\n")
	return nil
}
