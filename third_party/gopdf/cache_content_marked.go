package gopdf

import (
	"io"
	"strconv"
	"unicode/utf16"
)

// pingyou patch D: marked content with /ActualText, so text extractors read
// glyphs positioned with gaps (a name spread to three cells, a justified line)
// as the words they are, not as separate characters.

type cacheContentMarked struct {
	begin      bool
	actualText string
	// pingyou patch Y: tagged content (/tag <</MCID n>> BDC) or an artifact
	// (/Artifact BMC) instead of an /ActualText span.
	tag      string
	mcid     int
	artifact bool
}

func (c *cacheContentMarked) write(w io.Writer, protection *PDFProtection) error {
	if !c.begin {
		_, err := io.WriteString(w, "EMC\n")
		return err
	}
	if c.artifact { // pingyou patch Y
		_, err := io.WriteString(w, "/Artifact BMC\n")
		return err
	}
	if c.tag != "" { // pingyou patch Y
		b := make([]byte, 0, 32)
		b = append(b, '/')
		b = append(b, c.tag...)
		b = append(b, " <</MCID "...)
		b = strconv.AppendInt(b, int64(c.mcid), 10)
		b = append(b, ">> BDC\n"...)
		_, err := w.Write(b)
		return err
	}
	// pingyou patch O: appends instead of fmt per UTF-16 unit.
	b := make([]byte, 0, 32+8*len(c.actualText))
	b = append(b, "/Span <</ActualText <FEFF"...)
	for _, u := range utf16.Encode([]rune(c.actualText)) {
		b = appendHex4(b, u)
	}
	b = append(b, ">>> BDC\n"...)
	_, err := w.Write(b)
	return err
}

// BeginActualText starts a marked-content span whose text, for extraction
// and accessibility, is text (PDF 32000-1 §14.9.4). Close it with EndMarked.
func (gp *GoPdf) BeginActualText(text string) {
	gp.getContent().listCache.append(&cacheContentMarked{begin: true, actualText: text})
}

// EndMarked closes the span opened by BeginActualText (or, pingyou patch Y,
// by BeginStructContent or BeginArtifact).
func (gp *GoPdf) EndMarked() {
	gp.getContent().listCache.append(&cacheContentMarked{})
}
