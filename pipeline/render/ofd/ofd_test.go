package ofd

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"

	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/testtool"
)

var testFaces = map[string]string{
	"fang": "FandolFang-Regular.ttf",
	"song": "NotoSerifCJKsc-Regular.ttf",
	"kai":  "LXGWWenKai-Regular.ttf",
}

func loadFonts(t testing.TB) (*fontkit.Set, *Fonts) {
	t.Helper()
	set, err := fontkit.Load(filepath.Join("..", "..", "..", "fonts"), testFaces)
	if err != nil {
		t.Fatalf("fonts/ ships with the repository: %v", err)
	}
	return set, NewFonts(func(face string) ([]byte, error) { return set.Face(face).Bytes(), nil })
}

func sealPNG(t *testing.T) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 64, 64))
	for y := 0; y < 64; y++ {
		for x := 0; x < 64; x++ {
			if d := (x-32)*(x-32) + (y-32)*(y-32); d < 30*30 && d > 24*24 {
				img.Set(x, y, color.NRGBA{R: 220, A: 200})
			}
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}

// testDoc: two pages; a title, a paragraph with an Extension B name over
// the fallback chain, a red rule, a box, the seal; structure naming 标题,
// 正文 and 印章.
func testDoc(t *testing.T, set *fontkit.Set) *layout.Document {
	t.Helper()
	s := &layout.Setter{Metrics: set}
	root := layout.NewStructure()
	doc := &layout.Document{Structure: root, Meta: layout.Meta{Title: "测试<&>", Author: "中共江城师范学院委员会", Number: "江师党发〔2012〕15号", Date: "2012年6月28日"}}
	line := func(p *layout.Page, n *layout.Node, text string, y layout.Length) {
		lines, err := s.Lines(layout.Paragraph{Text: text, Style: layout.Style{Faces: []string{"fang", "song", "kai"}, Size: layout.Pt(16)}}, layout.MM(156))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			p.Items = append(p.Items, n.Mark(l.Place(layout.MM(28), y))...)
			y += layout.Pt(29)
		}
	}
	p1 := layout.Page{Width: layout.MM(210), Height: layout.MM(297)}
	line(&p1, root.Add(layout.Heading(1), "标题"), "关于表彰优秀共产党员的决定", layout.MM(50))
	body := root.Add(layout.StructDiv, "正文")
	line(&p1, body.Add(layout.StructP, ""), "授予王喆、李堃、张𠇔、买买提·艾力同志“优秀共产党员”称号。", layout.MM(80))
	p1.Items = append(p1.Items, &layout.Rule{X1: layout.MM(28), Y1: layout.MM(60), X2: layout.MM(184), Y2: layout.MM(60), Width: layout.MM(0.5), Color: layout.Red},
		&layout.Box{X: layout.MM(20), Y: layout.MM(20), W: layout.MM(170), H: layout.MM(257), Stroke: layout.MM(1), Color: layout.Black})
	p2 := layout.Page{Width: layout.MM(297), Height: layout.MM(210)}
	seal := root.Add(layout.StructFigure, "印章")
	seal.Alt = "印章"
	p2.Items = append(p2.Items, seal.Mark([]layout.Item{&layout.Image{Key: "seal", X: layout.MM(100), Y: layout.MM(50), W: layout.MM(42), H: layout.MM(42)}})...)
	doc.Pages = []layout.Page{p1, p2}
	return doc
}

func render(t *testing.T) []byte {
	t.Helper()
	set, fonts := loadFonts(t)
	var buf bytes.Buffer
	err := Render(&buf, testDoc(t, set), fonts, Options{Images: map[string][]byte{"seal": sealPNG(t)},
		Created: time.Date(2012, 6, 28, 0, 0, 0, 0, time.FixedZone("CST", 8*3600)), Creator: "pingyou test",
		Keywords: "表彰; 2012", Custom: [][2]string{{"保管期限", "永久"}}})
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func parts(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name], _ = io.ReadAll(r)
		r.Close()
	}
	return out
}

// TestPackage: the same document gives the same bytes; every XML part is
// well-formed, its elements in the OFD namespace (the custom tag file's
// own elements in theirs); IDs are unique and MaxUnitID is the largest;
// every resource and page a part refers to is in the package; DocInfo
// holds the metadata.
func TestPackage(t *testing.T) {
	a, b := render(t), render(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two renders differ")
	}
	ps := parts(t, a)
	ids := map[string]bool{}
	maxID := 0
	idRE := regexp.MustCompile(` ID="(\d+)"`)
	for name, data := range ps {
		if !strings.HasSuffix(name, ".xml") {
			continue
		}
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Space != Namespace && !(name == "Doc_0/Tags/GongWen.xml" && se.Name.Space == TagNamespace) {
				t.Errorf("%s: element %s in namespace %q", name, se.Name.Local, se.Name.Space)
			}
		}
		for _, m := range idRE.FindAllSubmatch(data, -1) {
			if ids[string(m[1])] {
				t.Errorf("ID %s used twice", m[1])
			}
			ids[string(m[1])] = true
			n, _ := strconv.Atoi(string(m[1]))
			maxID = max(maxID, n)
		}
	}
	if !bytes.Contains(ps["Doc_0/Document.xml"], []byte("<ofd:MaxUnitID>"+strconv.Itoa(maxID)+"</ofd:MaxUnitID>")) {
		t.Errorf("MaxUnitID is not %d:\n%s", maxID, ps["Doc_0/Document.xml"])
	}
	for _, re := range []string{`BaseLoc="(Pages/[^"]+)"`, `<ofd:FontFile>([^<]+)<`, `<ofd:MediaFile>([^<]+)<`, `<ofd:CustomTags>([^<]+)<`} {
		for name, data := range ps {
			for _, m := range regexp.MustCompile(re).FindAllSubmatch(data, -1) {
				path := "Doc_0/" + string(m[1])
				if strings.Contains(re, "File") {
					path = "Doc_0/Res/" + string(m[1])
				}
				if ps[path] == nil {
					t.Errorf("%s refers to %s, not in the package", name, path)
				}
			}
		}
	}
	ofdXML := string(ps["OFD.xml"])
	for _, want := range []string{"<ofd:Title>测试&lt;&amp;&gt;</ofd:Title>", "<ofd:Author>中共江城师范学院委员会</ofd:Author>",
		"<ofd:CreationDate>2012-06-28</ofd:CreationDate>", "<ofd:Keyword>表彰</ofd:Keyword><ofd:Keyword>2012</ofd:Keyword>",
		`<ofd:CustomData Name="文件编号">江师党发〔2012〕15号</ofd:CustomData>`, `<ofd:CustomData Name="保管期限">永久</ofd:CustomData>`,
		"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"} {
		if !strings.Contains(ofdXML, want) {
			t.Errorf("OFD.xml lacks %s:\n%s", want, ofdXML)
		}
	}
	if !regexp.MustCompile(`<ofd:DocID>[0-9a-f]{32}</ofd:DocID>`).MatchString(ofdXML) {
		t.Errorf("no 32-character DocID")
	}
	p2 := string(ps["Doc_0/Pages/Page_1/Content.xml"])
	if !strings.Contains(p2, "<ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox>") || !strings.Contains(p2, `CTM="42 0 0 42 0 0"`) {
		t.Errorf("page 2 (landscape, the seal):\n%s", p2)
	}
}

// TestExtensionB: a character outside the BMP is a TextObject of its own
// whose CGTransform names the glyph the embedded font's cmap gives it (a
// reader that looks characters up by UTF-16 unit would not find it), and
// ofdrw gives the text back whole.
func TestExtensionB(t *testing.T) {
	ps := parts(t, render(t))
	page := string(ps["Doc_0/Pages/Page_0/Content.xml"])
	m := regexp.MustCompile(`<ofd:TextObject ID="\d+" Boundary="[^"]+" Font="(\d+)"[^>]*><ofd:CGTransform CodePosition="0" CodeCount="1" GlyphCount="1"><ofd:Glyphs>(\d+)</ofd:Glyphs></ofd:CGTransform><ofd:TextCode[^>]*>𠇔</ofd:TextCode>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no TextObject of its own for 𠇔:\n%s", page)
	}
	fm := regexp.MustCompile(`<ofd:Font ID="` + m[1] + `"[^>]*><ofd:FontFile>([^<]+)<`).FindStringSubmatch(string(ps["Doc_0/DocumentRes.xml"]))
	f, err := sfnt.Parse(ps["Doc_0/Res/"+fm[1]])
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	if g, err := f.GlyphIndex(&buf, '𠇔'); err != nil || strconv.Itoa(int(g)) != m[2] {
		t.Errorf("the embedded font maps 𠇔 to %d (%v), the CGTransform says %s", g, err, m[2])
	}

	file := filepath.Join(t.TempDir(), "t.ofd")
	os.WriteFile(file, render(t), 0o644)
	out := string(testtool.OFD(t, "text", file))
	if !strings.Contains(strings.Join(strings.Fields(out), ""), "授予王喆、李堃、张𠇔、买买提·艾力同志“优秀共产党员”称号。") {
		t.Errorf("ofdrw text:\n%s", out)
	}
}
