package gopdf

// Tests of pingyou patch Z (PATCHES.md): object streams and a
// cross-reference stream, read back by qpdf.

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func buildCompact(t *testing.T, font []byte, compact bool) []byte {
	t.Helper()
	pdf := GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4, NoCIDSet: true, ObjectStreams: compact})
	pdf.SetInfo(PdfInfo{Title: "表彰决定𠇔", Author: "某委员会", CreationDate: time.Date(2012, 6, 28, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))})
	pdf.SetXMPMetadata([]byte("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"))
	pdf.SetLanguage("zh-CN")
	if err := pdf.AddTTFFontData("f", font); err != nil {
		t.Fatal(err)
	}
	doc := pdf.AddStructElem(nil, "Document", StructElemOption{})
	for i, line := range []string{"第一页", "第二页"} {
		pdf.AddPage()
		if err := pdf.SetFont("f", "", 16); err != nil {
			t.Fatal(err)
		}
		pdf.BeginStructContent(pdf.AddStructElem(doc, "P", StructElemOption{}))
		pdf.SetXY(50, 50+float64(i)*20)
		if err := pdf.Text(line); err != nil {
			t.Fatal(err)
		}
		pdf.EndMarked()
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPingyouObjectStreams: with ObjectStreams the file holds the same
// objects, with the same numbers and values, as without (qpdf reads both
// into the same graph), only smaller; dictionaries are in the object stream,
// streams outside; the trailer's /Root, /Info and /ID are in the
// cross-reference stream; the output is reproducible and the text reads.
func TestPingyouObjectStreams(t *testing.T) {
	_, font := cjkFont(t)
	plain, compact := buildCompact(t, font, false), buildCompact(t, font, true)
	if !bytes.Equal(compact, buildCompact(t, font, true)) {
		t.Fatal("two builds differ")
	}
	if len(compact) >= len(plain) {
		t.Errorf("compact %d bytes, plain %d", len(compact), len(plain))
	}
	t.Logf("plain %d bytes, compact %d", len(plain), len(compact))
	dir := t.TempDir()
	pf, cf := filepath.Join(dir, "plain.pdf"), filepath.Join(dir, "compact.pdf")
	os.WriteFile(pf, plain, 0o644)
	os.WriteFile(cf, compact, 0o644)
	po, co := qpdfObjects(t, pf), qpdfObjects(t, cf)
	ptr, ctr := po["trailer"].(map[string]any), co["trailer"].(map[string]any)
	if ctr["/Type"] != "/XRef" || ctr["/Root"] != ptr["/Root"] || ctr["/Info"] != ptr["/Info"] || !reflect.DeepEqual(ctr["/ID"], []any{ctr["/ID"].([]any)[0], ctr["/ID"].([]any)[0]}) {
		t.Errorf("trailer: %v", ctr)
	}
	stm := 0
	for id, v := range co {
		if id == "trailer" {
			continue
		}
		d, _ := v.(map[string]any)
		if dd, ok := d["dict"].(map[string]any); ok && (dd["/Type"] == "/ObjStm" || dd["/Type"] == "/XRef") {
			stm++
			continue
		}
		pv, ok := po[id]
		if !ok {
			t.Errorf("object %s only in the compact file", id)
			continue
		}
		if !reflect.DeepEqual(v, pv) {
			t.Errorf("object %s differs:\ncompact %v\nplain   %v", id, v, pv)
		}
	}
	if stm != 2 || len(co) != len(po)+2 {
		t.Errorf("compact: %d objects (%d object/xref streams), plain %d", len(co)-1, stm, len(po)-1)
	}
	// Dictionaries are not top-level objects any more; streams are.
	for _, no := range []string{"/Type /Catalog", "/Type /Page\n", "/Type /StructElem", "/FontDescriptor"} {
		if bytes.Contains(compact, []byte(no)) {
			t.Errorf("%q is still written outside the object stream", no)
		}
	}
	for _, yes := range []string{"/Type /ObjStm", "/Type /XRef", "/Subtype /XML", "startxref"} {
		if !bytes.Contains(compact, []byte(yes)) {
			t.Errorf("compact file lacks %q", yes)
		}
	}
	if a, b := pdftotext(t, pf), pdftotext(t, cf); a != b || !strings.Contains(b, "第二页") {
		t.Errorf("pdftotext: plain %q, compact %q", a, b)
	}
}
