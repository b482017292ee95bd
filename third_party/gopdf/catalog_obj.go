package gopdf

import (
	"fmt"
	"io"
)

// CatalogObj : catalog dictionary
type CatalogObj struct { //impl IObj
	outlinesObjID int
	// pingyou patch E: PDF/A catalog entries (pdfa.go).
	metadataObjID int // 0: none
	outputIntent  *outputIntent
	// pingyou patch Y: tagged PDF entries (struct_tree.go).
	structTreeRootID int // 0: none
	marked           bool
	lang             string
	displayDocTitle  bool
}

func (c *CatalogObj) init(funcGetRoot func() *GoPdf) {
	c.outlinesObjID = -1

}

func (c *CatalogObj) getType() string {
	return "Catalog"
}

func (c *CatalogObj) write(w io.Writer, objID int) error {
	io.WriteString(w, "<<\n")
	fmt.Fprintf(w, "  /Type /%s\n", c.getType())
	io.WriteString(w, "  /Pages 2 0 R\n")
	if c.outlinesObjID >= 0 {
		io.WriteString(w, "  /PageMode /UseOutlines\n")
		fmt.Fprintf(w, "  /Outlines %d 0 R\n", c.outlinesObjID)
	}
	// pingyou patch E: XMP metadata and the PDF/A output intent.
	if c.metadataObjID > 0 {
		fmt.Fprintf(w, "  /Metadata %d 0 R\n", c.metadataObjID)
	}
	if c.outputIntent != nil {
		c.outputIntent.write(w)
	}
	// pingyou patch Y: tagged PDF.
	if c.marked {
		fmt.Fprintf(w, "  /MarkInfo << /Marked true >>\n  /StructTreeRoot %d 0 R\n", c.structTreeRootID)
	}
	if c.lang != "" {
		fmt.Fprintf(w, "  /Lang %s\n", pdfTextString(c.lang))
	}
	if c.displayDocTitle {
		io.WriteString(w, "  /ViewerPreferences << /DisplayDocTitle true >>\n")
	}
	io.WriteString(w, ">>\n")
	return nil
}

func (c *CatalogObj) SetIndexObjOutlines(index int) {
	c.outlinesObjID = index + 1
}
