package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pingyou/pipeline/layout"
	"pingyou/pipeline/render/pdf/pdfacheck"
	"pingyou/pipeline/testtool"
)

// sealPNG is a red ring on a transparent background, like a seal image.
func sealPNG(t *testing.T) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			d := (x-32)*(x-32) + (y-32)*(y-32)
			if d < 30*30 && d > 24*24 {
				img.Set(x, y, color.NRGBA{R: 220, A: 200})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func pdfaOptions(t *testing.T) Options {
	return Options{
		Images:   map[string][]byte{"seal": sealPNG(t)},
		Created:  time.Date(2012, 6, 28, 0, 0, 0, 0, time.FixedZone("CST", 8*3600)),
		Creator:  "pingyou test",
		Subject:  "党员评议",
		Keywords: "表彰; 2012; 保管期限：永久",
		PDFA:     true,
	}
}

func writePDFA(t *testing.T, opt Options) string {
	t.Helper()
	set, fonts := loadFonts(t)
	doc := page(t, set, "王喆、李堃、陈镕、张𠇔、买买提·艾力", "授予“先进基层党组织”称号。<&>")
	doc.Meta.Number = "江师党发〔2012〕15号"
	doc.Pages[0].Items = append(doc.Pages[0].Items, &layout.Image{Key: "seal", X: layout.MM(120), Y: layout.MM(200), W: layout.MM(42), H: layout.MM(42)})
	var buf bytes.Buffer
	if err := Render(&buf, doc, fonts, opt); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "a.pdf")
	if err := os.WriteFile(f, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestPDFA checks every PDF/A-2b requirement pdfacheck knows on a page with
// CJK text in three fallback faces, an Extension B character, XML special
// characters in the text and a PNG with alpha (a seal, PDF/A-2 allows its
// soft mask).
func TestPDFA(t *testing.T) {
	qpdf := testtool.Require(t, "qpdf")
	f := writePDFA(t, pdfaOptions(t))
	res, err := pdfacheck.Check(qpdf, f)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		for _, p := range r.Problems {
			t.Errorf("%s: %s", r.Requirement, p)
		}
	}
	b, _ := os.ReadFile(f)
	if !bytes.Contains(b, []byte("/SMask")) {
		t.Error("the seal's alpha channel is not kept as a soft mask")
	}
	for _, want := range []string{"<dc:identifier>江师党发〔2012〕15号</dc:identifier>", "<xmp:CreateDate>2012-06-28T00:00:00+08:00</xmp:CreateDate>", "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">测试𠇔</rdf:li>"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("XMP lacks %s", want)
		}
	}

	// pdfinfo (poppler) reads the same metadata.
	pdfinfo := testtool.Require(t, "pdfinfo")
	out, err := exec.Command(pdfinfo, "-isodates", f).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Title:           测试𠇔", "Subject:         党员评议", "Keywords:        表彰; 2012; 保管期限：永久",
		"Author:          中共江城师范学院委员会", "Creator:         pingyou test", "Producer:        pingyou test",
		"CreationDate:    2012-06-28T00:00:00+08", "Encrypted:       no"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
	meta, err := exec.Command(pdfinfo, "-meta", f).Output()
	if err != nil || !strings.Contains(string(meta), "<pdfaid:part>2</pdfaid:part>") {
		t.Errorf("pdfinfo -meta: %v\n%s", err, meta)
	}
}

// TestPDFACheckerCatchesPlainPDF: without PDFA the checker names exactly the
// missing XMP and output intent, so its passes above mean something.
func TestPDFACheckerCatchesPlainPDF(t *testing.T) {
	qpdf := testtool.Require(t, "qpdf")
	opt := pdfaOptions(t)
	opt.PDFA = false
	res, err := pdfacheck.Check(qpdf, writePDFA(t, opt))
	if err != nil {
		t.Fatal(err)
	}
	var failed []string
	for _, r := range res {
		if len(r.Problems) > 0 {
			failed = append(failed, r.Requirement)
		}
	}
	want := []string{pdfacheck.Requirements[5], pdfacheck.Requirements[8]}
	if strings.Join(failed, "|") != strings.Join(want, "|") {
		t.Errorf("failed requirements %q, want %q", failed, want)
	}
}

func TestCleanMetadata(t *testing.T) {
	for in, want := range map[string]string{
		"关于表彰\n优秀\t党员":      "关于表彰 优秀 党员",
		"a\x00b\x7fc\ufffe": "abc",
		"  全角　空格  ":         "全角　空格",
		"<&>":               "<&>",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
	if got := xmlText("<&>\""); got != "&lt;&amp;&gt;&#34;" {
		t.Errorf("xmlText = %q", got)
	}
}
