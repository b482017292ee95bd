package gopdf

// Tests of pingyou patch E (PATCHES.md): /ID from content, Info as an
// indirect object with /Keywords, XMP /Metadata, /OutputIntents, /CIDToGIDMap.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func buildPDFA(t *testing.T, text string) []byte {
	t.Helper()
	data, err := os.ReadFile("test/res/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	pdf := GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	pdf.SetInfo(PdfInfo{Title: "标题𠇔", Author: "Author", Keywords: "a; b", Producer: "p",
		CreationDate: time.Date(2012, 6, 28, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))})
	pdf.SetXMPMetadata([]byte("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"))
	pdf.SetOutputIntent([]byte("not really an ICC profile"), 3, "sRGB IEC61966-2.1", "sRGB")
	if err := pdf.AddTTFFontData("serif", data); err != nil {
		t.Fatal(err)
	}
	pdf.AddPage()
	if err := pdf.SetFont("serif", "", 14); err != nil {
		t.Fatal(err)
	}
	pdf.SetXY(50, 50)
	pdf.Text(text)
	var buf bytes.Buffer
	if err := pdf.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestPingyouPDFACatalogInfoAndID(t *testing.T) {
	a := buildPDFA(t, "Hello")
	b := buildPDFA(t, "Hello")
	c := buildPDFA(t, "Hellp")
	if !bytes.Equal(a, b) {
		t.Fatal("two builds of the same document differ")
	}
	idRE := regexp.MustCompile(`/ID \[<([0-9a-f]{32})> <([0-9a-f]{32})>\]`)
	ma, mc := idRE.FindSubmatch(a), idRE.FindSubmatch(c)
	if ma == nil || mc == nil {
		t.Fatalf("no /ID [<32 hex> <32 hex>] in the trailer:\n%s", a[bytes.LastIndex(a, []byte("trailer")):])
	}
	if string(ma[1]) != string(ma[2]) {
		t.Errorf("the two /ID elements differ for a new file: %s %s", ma[1], ma[2])
	}
	if string(ma[1]) == string(mc[1]) {
		t.Error("a different text gave the same /ID")
	}
	tr := string(a[bytes.LastIndex(a, []byte("trailer")):])
	if !regexp.MustCompile(`/Info \d+ 0 R`).MatchString(tr) || strings.Contains(tr, "/Title") {
		t.Errorf("Info is not an indirect object:\n%s", tr)
	}
	for _, want := range []string{
		"/Keywords <FEFF0061003B00200062>",
		"/Metadata ", "/Type /Metadata\n/Subtype /XML\n/Length 37\n>>\nstream\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>\nendstream",
		"/S /GTS_PDFA1", "/OutputConditionIdentifier (sRGB IEC61966-2.1)", "/DestOutputProfile ",
		"/N 3\n/Filter /FlateDecode", "/CIDToGIDMap /Identity",
	} {
		if !bytes.Contains(a, []byte(want)) {
			t.Errorf("output lacks %q", want)
		}
	}
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		if os.Getenv("PINGYOU_REQUIRE_TOOLS") != "" {
			t.Fatal("qpdf is required in CI")
		}
		t.Skip("qpdf not installed")
	}
	f := filepath.Join(t.TempDir(), "a.pdf")
	os.WriteFile(f, a, 0o644)
	out, err := exec.Command(qpdf, "--check", f).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	info, err := exec.Command(qpdf, "--show-object=trailer", f).Output()
	if err != nil || !strings.Contains(string(info), "/ID [ <"+string(ma[1])+">") {
		t.Errorf("qpdf reads the trailer as %s (%v)", info, err)
	}
}
