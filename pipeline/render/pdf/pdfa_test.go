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

func writePDFA(t *testing.T, opt Options, tag bool) string {
	t.Helper()
	set, fonts := loadFonts(t)
	doc := page(t, set, "王喆、李堃、陈镕、张𠇔、买买提·艾力", "授予“先进基层党组织”称号。<&>")
	doc.Meta.Number = "江师党发〔2012〕15号"
	doc.Pages[0].Items = append(doc.Pages[0].Items, &layout.Image{Key: "seal", X: layout.MM(120), Y: layout.MM(200), W: layout.MM(42), H: layout.MM(42)})
	if tag {
		doc = tagged(doc)
	}
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

// tagged gives doc a structure: a paragraph per line, the seal a figure.
func tagged(doc *layout.Document) *layout.Document {
	root := layout.NewStructure()
	for _, it := range doc.Pages[0].Items {
		switch it.(type) {
		case *layout.TextRun:
			root.Add(layout.StructP, "").Mark([]layout.Item{it})
		case *layout.Image:
			root.Add(layout.StructFigure, "印章").Alt = "印章：中共江城师范学院委员会"
			root.Kids[len(root.Kids)-1].Mark([]layout.Item{it})
		}
	}
	doc.Structure = root
	return doc
}

// TestPDFA: a page with CJK text in three fallback faces, an Extension B
// character, XML special characters in the text and a PNG with alpha (a
// seal, PDF/A-2 allows its soft mask) passes veraPDF as PDF/A-2u untagged,
// and as PDF/A-2a and PDF/UA-1 tagged; its metadata reads back in poppler.
// The same page without PDFA fails the 2u profile, and tagged with a seal
// figure lacking its alternate text fails PDF/UA-1, so the passes mean
// something. (Three JVM starts: one per profile.)
func TestPDFA(t *testing.T) {
	f := writePDFA(t, pdfaOptions(t), false)
	ft := writePDFA(t, pdfaOptions(t), true)
	opt := pdfaOptions(t)
	opt.PDFA = false
	plain := writePDFA(t, opt, false)
	set, fonts := loadFonts(t)
	doc := page(t, set, "第一行")
	doc.Pages[0].Items = append(doc.Pages[0].Items, &layout.Image{Key: "seal", X: layout.MM(120), Y: layout.MM(200), W: layout.MM(42), H: layout.MM(42)})
	doc = tagged(doc)
	doc.Structure.Kids[1].Alt = ""
	var buf bytes.Buffer
	if err := Render(&buf, doc, fonts, pdfaOptions(t)); err != nil {
		t.Fatal(err)
	}
	noAlt := filepath.Join(t.TempDir(), "noalt.pdf")
	os.WriteFile(noAlt, buf.Bytes(), 0o644)

	testtool.VeraPDF(t, "2a", ft)
	r := testtool.VeraPDFReports(t, "2u", f, plain)
	if r[f] != "" {
		t.Errorf("veraPDF 2u: %s", r[f])
	}
	if !strings.Contains(r[plain], "6.6.2.1") {
		t.Errorf("veraPDF passed a plain PDF as 2u (or failed it for another reason):\n%s", r[plain])
	}
	r = testtool.VeraPDFReports(t, "ua1", ft, noAlt)
	if r[ft] != "" {
		t.Errorf("veraPDF ua1: %s", r[ft])
	}
	if !strings.Contains(r[noAlt], "7.3-1") {
		t.Errorf("veraPDF passed a figure without alternate text as PDF/UA (or failed it for another reason):\n%s", r[noAlt])
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
	meta, err := exec.Command(pdfinfo, "-meta", ft).Output()
	if err != nil || !strings.Contains(string(meta), "<pdfaid:conformance>A</pdfaid:conformance>") || !strings.Contains(string(meta), "<pdfuaid:part>1</pdfuaid:part>") {
		t.Errorf("pdfinfo -meta: %v\n%s", err, meta)
	}
	if out, _ := exec.Command(pdfinfo, ft).Output(); !strings.Contains(string(out), "Tagged:          yes") {
		t.Errorf("poppler does not see a tagged PDF:\n%s", out)
	}
}

func TestXMLText(t *testing.T) {
	if got := xmlText("<&>\""); got != "&lt;&amp;&gt;&#34;" {
		t.Errorf("xmlText = %q", got)
	}
}
