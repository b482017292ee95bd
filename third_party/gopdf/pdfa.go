package gopdf

import (
	"bytes"
	"fmt"
	"io"
	"sync"

	"github.com/klauspost/compress/zlib"
)

// pingyou patch E (new file): what PDF/A needs in the document catalog — an
// XMP metadata stream and an output intent with an ICC profile. Both are
// written exactly as given, so the output stays a function of the input.

// SetXMPMetadata sets the document's XMP packet. It is written uncompressed
// (PDF/A forbids a filter on the metadata stream) as the catalog's /Metadata.
// The caller keeps it consistent with the Info dictionary (SetInfo). Call it
// at most once, after Start.
func (gp *GoPdf) SetXMPMetadata(xmp []byte) {
	idx := gp.addObj(&metadataObj{data: append([]byte(nil), xmp...)})
	gp.pdfObjs[gp.indexOfCatalogObj].(*CatalogObj).metadataObjID = idx + 1
}

// SetOutputIntent adds the catalog's /OutputIntents with one PDF/A output
// intent (/S /GTS_PDFA1) whose /DestOutputProfile is icc, an ICC profile with
// n colour components (3 for RGB). identifier is the
// /OutputConditionIdentifier (e.g. "sRGB IEC61966-2.1"), info the /Info text.
// Call it at most once, after Start.
func (gp *GoPdf) SetOutputIntent(icc []byte, n int, identifier, info string) {
	idx := gp.addObj(&iccProfileObj{data: append([]byte(nil), icc...), n: n})
	c := gp.pdfObjs[gp.indexOfCatalogObj].(*CatalogObj)
	c.outputIntent = &outputIntent{profileObjID: idx + 1, identifier: identifier, info: info}
}

type outputIntent struct {
	profileObjID     int
	identifier, info string
}

func (o *outputIntent) write(w io.Writer) {
	io.WriteString(w, "  /OutputIntents [<<\n    /Type /OutputIntent\n    /S /GTS_PDFA1\n")
	fmt.Fprintf(w, "    /OutputConditionIdentifier %s\n", pdfTextString(o.identifier))
	if o.info != "" {
		fmt.Fprintf(w, "    /Info %s\n", pdfTextString(o.info))
	}
	fmt.Fprintf(w, "    /DestOutputProfile %d 0 R\n  >>]\n", o.profileObjID)
}

// pdfTextString writes s as a literal string when it is printable ASCII
// without parentheses or backslashes, otherwise as UTF-16BE hex with a BOM.
func pdfTextString(s string) string {
	plain := true
	for _, r := range s {
		if r < 0x20 || r > 0x7e || r == '(' || r == ')' || r == '\\' {
			plain = false
			break
		}
	}
	if plain {
		return "(" + s + ")"
	}
	return "<FEFF" + encodeUtf8(s) + ">"
}

// metadataObj is the XMP metadata stream.
type metadataObj struct{ data []byte }

func (m *metadataObj) init(func() *GoPdf) {}
func (m *metadataObj) getType() string    { return "Metadata" }
func (m *metadataObj) write(w io.Writer, objID int) error {
	fmt.Fprintf(w, "<<\n/Type /Metadata\n/Subtype /XML\n/Length %d\n>>\nstream\n", len(m.data))
	w.Write(m.data)
	io.WriteString(w, "\nendstream\n")
	return nil
}

// iccCompressed maps an ICC profile (as a string) to its compressed bytes
// (pingyou patch H).
var iccCompressed sync.Map

// iccProfileObj is an ICC-based colour profile stream (Flate, fixed level).
type iccProfileObj struct {
	data []byte
	n    int
}

func (p *iccProfileObj) init(func() *GoPdf) {}
func (p *iccProfileObj) getType() string    { return "ICCProfile" }
func (p *iccProfileObj) write(w io.Writer, objID int) error {
	// pingyou patch H: every document of a batch has the same profile;
	// compress it once per process (BestCompression of 7 KB was 10 % of a
	// certificate's CPU).
	key := string(p.data)
	z, ok := iccCompressed.Load(key)
	if !ok {
		var buf bytes.Buffer
		zw, err := getZlibWriter(&buf, zlib.BestCompression) // pingyou patch G: pooled
		if err != nil {
			return err
		}
		zw.Write(p.data)
		if err := zw.Close(); err != nil {
			return err
		}
		putZlibWriter(zw, zlib.BestCompression)
		z, _ = iccCompressed.LoadOrStore(key, buf.Bytes())
	}
	data := z.([]byte)
	fmt.Fprintf(w, "<<\n/N %d\n/Filter /FlateDecode\n/Length %d\n>>\nstream\n", p.n, len(data))
	w.Write(data)
	io.WriteString(w, "\nendstream\n")
	return nil
}
