package pipeline

// Issue 17: the archive formats, checked by the reference validators in
// ../shared/validators (testtool.Validators): veraPDF passes every kind of
// PDF as PDF/A-2a and PDF/UA-1; ofdrw reads every OFD with OFD_STRICT=1
// and only the fonts it embeds, gives back each page's text as the PDF's
// (pdftotext), and renders each page as poppler renders the PDF.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"pingyou/pipeline/config"
	"pingyou/pipeline/testtool"
)

// sealPNG is a red ring on a transparent background, like a seal image.
func sealPNG(t *testing.T, dir string) string {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 200, 200))
	for y := 0; y < 200; y++ {
		for x := 0; x < 200; x++ {
			if d := (x-100)*(x-100) + (y-100)*(y-100); d < 96*96 && d > 84*84 || (x-100)*(x-100)+(y-100)*(y-100) < 20*20 {
				img.Set(x, y, color.NRGBA{R: 220, G: 20, B: 40, A: 220})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "seal.png")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestArchiveFormats(t *testing.T) {
	if testing.Short() {
		t.Skip("three sample batches and the Java validators")
	}
	testtool.Validators(t)
	testtool.Require(t, "pdftoppm")
	dir := t.TempDir()
	seal := sealPNG(t, dir)

	// The sample batch with OFD and seals; the other two certificate
	// layouts (套打 with its calibration page); seed 000 through typeset.
	out := filepath.Join(dir, "out")
	runSamplesWith(t, out, func(c *config.Config) {
		c.Output.Formats = []string{"pdf", "docx", "ofd"}
		c.Decision.Seal, c.Certificates.Seal = seal, seal
	})
	inner, print := filepath.Join(dir, "inner"), filepath.Join(dir, "print")
	runSamplesWith(t, inner, func(c *config.Config) { c.Certificates.Layout = "荣誉证书内页" })
	runSamplesWith(t, print, func(c *config.Config) { c.Certificates.Layout = "荣誉证书套打" })
	cfg := config.Default()
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	seed := filepath.Join(dir, "seed000.txt")
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "000_034e52bbb917526e.txt"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(seed, b, 0o644)
	var log bytes.Buffer
	if err := Typeset(seed, "", "湖口区教育体育局党委文件", cfg, &log, "pdf", "ofd"); err != nil {
		t.Fatalf("typeset: %v\n%s", err, log.String())
	}
	seedPDF, seedOFD := filepath.Join(dir, "seed000.pdf"), filepath.Join(dir, "seed000.ofd")

	at := func(base string, rel ...string) string {
		p := filepath.Join(append([]string{base}, rel...)...)
		if m, _ := filepath.Glob(p); len(m) == 1 {
			return m[0]
		}
		t.Fatalf("no single file %s", p)
		return ""
	}
	pdfs := []string{
		at(out, "公文", "表彰决定.pdf"), at(out, "公文", "支部通知", "001-机关第一党支部.pdf"),
		at(out, "证书", "优秀共产党员", "0001-牛犇.pdf"), at(out, "证书", "先进基层党组织", "0001-*.pdf"),
		at(out, "证书", "优秀共产党员-合订本.pdf"),
		at(inner, "证书", "优秀共产党员", "0001-牛犇.pdf"), at(print, "证书", "优秀共产党员", "0001-牛犇.pdf"),
		at(print, "证书", "套打校准页.pdf"), seedPDF,
	}
	for _, flavour := range []string{"2a", "ua1"} {
		testtool.VeraPDF(t, flavour, pdfs...)
	}

	for _, f := range []string{at(out, "公文", "表彰决定.ofd"), at(out, "公文", "支部通知", "001-*.ofd"),
		at(out, "证书", "优秀共产党员", "0001-*.ofd"), seedOFD} {
		t.Run(filepath.Base(f), func(t *testing.T) { sameAsPDF(t, f, strings.TrimSuffix(f, ".ofd")+".pdf") })
	}
	// The picture comparison notices a changed name and a lost colour:
	// two certificates' pictures (both poppler's) differ, and so does a
	// picture from its grey copy.
	t.Run("control", func(t *testing.T) {
		d := t.TempDir()
		for i, f := range []string{at(out, "证书", "优秀共产党员", "0001-*.pdf"), at(out, "证书", "优秀共产党员", "0002-*.pdf")} {
			if out, err := exec.Command("pdftoppm", "-r", "50", "-png", "-singlefile", f, filepath.Join(d, fmt.Sprint(i))).CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v\n%s", err, out)
			}
		}
		a, b := decodePNG(t, filepath.Join(d, "0.png")), decodePNG(t, filepath.Join(d, "1.png"))
		grey := image.NewGray(a.Bounds())
		for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
			for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
				grey.Set(x, y, a.At(x, y))
			}
		}
		if diff, _, _ := pageDiff(a, b); diff <= 20 {
			t.Errorf("two certificates' pictures differ in only %d pixels", diff)
		}
		if _, r1, r2 := pageDiff(a, grey); r2 != 0 || r1 < 10000 {
			t.Errorf("red %d in the picture, %d in its grey copy", r1, r2)
		}
	})
	t.Run("tags", func(t *testing.T) {
		c, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		tags := ofdTags(t, at(out, "公文", "表彰决定.ofd"))
		for name, want := range map[string]string{
			"发文机关标志": c.Decision.Mark, "发文字号": c.Decision.Number, "标题": c.Decision.Title,
			"主送机关": c.Decision.Recipients, "发文机关署名": c.Unit.Name, "成文日期": "2012年6月28日",
			"抄送机关": "抄送：" + strings.Join(c.Decision.CC, "，") + "。", "印发机关": c.Unit.Office, "印发日期": "2012年6月28日印发",
		} {
			if got := tags[name]; len(got) != 1 || got[0] != want {
				t.Errorf("tag %s holds %q, want %q", name, got, want)
			}
		}
		for _, name := range []string{"正文", "附件说明", "印章"} {
			if len(tags[name]) != 1 {
				t.Errorf("tag %s: %q", name, tags[name])
			}
		}
		if !strings.HasPrefix(tags["附件说明"][0], "附件：1.") || len(tags["附件"]) != 2 || !strings.Contains(tags["正文"][0], "经") {
			t.Errorf("附件说明 %q, 附件 %d, 正文 %.40q", tags["附件说明"], len(tags["附件"]), tags["正文"])
		}
	})
}

// sameAsPDF checks an OFD against the PDF of the same layout: ofdrw opens
// it (strict namespaces, no fonts but its own), each page's text equals
// pdftotext's (content-stream order, -raw; whitespace ignored: pdftotext
// infers spaces from gaps), and each page's picture at 50 dpi matches
// pdftoppm's (pageDiff: after a 3×3 box blur, a pixel differs when its
// luminance is more than 72/255 from every pixel within 1 px in the other
// picture, both ways; renderers place and smooth edges differently by up
// to a pixel. Allowed: 20 pixels per page, ≈ 0.01 %; a changed character
// is 60–100. The red in the pictures (the sum over pixels of R − (G+B)/2:
// the red head, red lines, the seal) must agree within 10 %, or a colour
// lost to black would pass the luminance test.)
func sameAsPDF(t *testing.T, ofdFile, pdfFile string) {
	// Text.
	out := testtool.OFD(t, "text", ofdFile)
	var ofdPages []string
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "--- page ") {
			ofdPages = append(ofdPages, "")
			continue
		}
		if len(ofdPages) > 0 {
			ofdPages[len(ofdPages)-1] += line
		}
	}
	raw, err := exec.Command(testtool.Require(t, "pdftotext"), "-raw", "-enc", "UTF-8", pdfFile, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pdfPages := strings.Split(strings.TrimSuffix(string(raw), "\f"), "\f")
	if len(ofdPages) != len(pdfPages) {
		t.Fatalf("OFD has %d pages, PDF %d", len(ofdPages), len(pdfPages))
	}
	for i := range pdfPages {
		if a, b := squeeze(ofdPages[i]), squeeze(pdfPages[i]); a != b {
			t.Errorf("page %d text differs:\nOFD %q\nPDF %q", i+1, a, b)
		}
	}

	// Pictures.
	dir := t.TempDir()
	testtool.OFD(t, "png", ofdFile, filepath.Join(dir, "ofd"), fmt.Sprint(50/25.4))
	if out, err := exec.Command(testtool.Require(t, "pdftoppm"), "-r", "50", "-png", pdfFile, filepath.Join(dir, "pdf")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	op, _ := filepath.Glob(filepath.Join(dir, "ofd", "page-*.png"))
	pp, _ := filepath.Glob(filepath.Join(dir, "pdf-*.png"))
	sort.Strings(op)
	sort.Strings(pp)
	if len(op) != len(pdfPages) || len(pp) != len(pdfPages) {
		t.Fatalf("%d OFD and %d PDF pictures for %d pages", len(op), len(pp), len(pdfPages))
	}
	for i := range op {
		a, b := decodePNG(t, op[i]), decodePNG(t, pp[i])
		diff, redA, redB := pageDiff(a, b)
		t.Logf("page %d: %d pixels differ; red %d / %d", i+1, diff, redA, redB)
		if diff > 20 || absInt(redA-redB) > max(redA, redB)/10+255 {
			t.Errorf("page %d: the OFD picture differs from the PDF's: %d pixels (allowed 20), red %d vs %d", i+1, diff, redA, redB)
		}
	}
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// pageDiff compares two pictures of a page over their common area (their
// sizes may differ by a pixel of rounding): the pixels that differ (see
// sameAsPDF) and the red in each.
func pageDiff(a, b image.Image) (diff, redA, redB int) {
	w, h := min(a.Bounds().Dx(), b.Bounds().Dx()), min(a.Bounds().Dy(), b.Bounds().Dy())
	lum := func(img image.Image) []float64 {
		px := make([]float64, w*h)
		o := img.Bounds().Min
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				r, g, b, _ := img.At(o.X+x, o.Y+y).RGBA()
				px[y*w+x] = (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 257
			}
		}
		out := make([]float64, w*h)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				s, n := 0.0, 0.0
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < w && yy < h {
							s += px[yy*w+xx]
							n++
						}
					}
				}
				out[y*w+x] = s / n
			}
		}
		return out
	}
	reddish := func(img image.Image) int {
		n := 0
		o := img.Bounds().Min
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				r, g, b, _ := img.At(o.X+x, o.Y+y).RGBA()
				n += max(0, int(r>>8)-int(g>>8+b>>8)/2)
			}
		}
		return n
	}
	la, lb := lum(a), lum(b)
	matched := func(p, q []float64, x, y int) bool {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if xx, yy := x+dx, y+dy; xx >= 0 && yy >= 0 && xx < w && yy < h {
					if d := p[y*w+x] - q[yy*w+xx]; d <= 72 && d >= -72 {
						return true
					}
				}
			}
		}
		return false
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if !matched(la, lb, x, y) || !matched(lb, la, x, y) {
				diff++
			}
		}
	}
	return diff, reddish(a), reddish(b)
}

// ofdTags reads an OFD's custom tags with encoding/xml: element name → the
// text of the TextObjects each occurrence refers to ("" for other objects).
func ofdTags(t *testing.T, file string) map[string][]string {
	t.Helper()
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	read := func(name string) []byte {
		f, err := zr.Open(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		return b
	}
	var doc struct {
		Pages []struct {
			ID      string `xml:"ID,attr"`
			BaseLoc string `xml:"BaseLoc,attr"`
		} `xml:"Pages>Page"`
		CustomTags string `xml:"CustomTags"`
	}
	if err := xml.Unmarshal(read("Doc_0/Document.xml"), &doc); err != nil {
		t.Fatal(err)
	}
	// Object ID → text, per page ID.
	text := map[string]map[string]string{}
	for _, p := range doc.Pages {
		var content struct {
			Layers []struct {
				Objects []struct {
					XMLName xml.Name
					ID      string   `xml:"ID,attr"`
					Codes   []string `xml:"TextCode"`
				} `xml:",any"`
			} `xml:"Content>Layer"`
		}
		if err := xml.Unmarshal(read("Doc_0/"+p.BaseLoc), &content); err != nil {
			t.Fatal(err)
		}
		text[p.ID] = map[string]string{}
		for _, l := range content.Layers {
			for _, o := range l.Objects {
				text[p.ID][o.ID] = strings.Join(o.Codes, "")
			}
		}
	}
	if doc.CustomTags == "" {
		t.Fatal("no custom tags")
	}
	var tags struct {
		Tags []struct {
			TypeID  string `xml:"TypeID,attr"`
			FileLoc string `xml:"FileLoc"`
		} `xml:"CustomTag"`
	}
	if err := xml.Unmarshal(read("Doc_0/"+doc.CustomTags), &tags); err != nil || len(tags.Tags) != 1 {
		t.Fatalf("custom tags: %v %+v", err, tags)
	}
	var gw struct {
		Elements []struct {
			XMLName xml.Name
			Refs    []struct {
				Page string `xml:"PageRef,attr"`
				ID   string `xml:",chardata"`
			} `xml:"ObjectRef"`
		} `xml:",any"`
	}
	if err := xml.Unmarshal(read(filepath.ToSlash(filepath.Join("Doc_0", filepath.Dir(doc.CustomTags), tags.Tags[0].FileLoc))), &gw); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, e := range gw.Elements {
		var s strings.Builder
		for _, r := range e.Refs {
			txt, ok := text[r.Page][r.ID]
			if !ok {
				t.Errorf("%s refers to object %s of page %s, which does not exist", e.XMLName.Local, r.ID, r.Page)
			}
			s.WriteString(txt)
		}
		out[e.XMLName.Local] = append(out[e.XMLName.Local], s.String())
	}
	return out
}
