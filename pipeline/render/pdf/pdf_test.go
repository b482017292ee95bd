package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// page sets each text on its own line with the real fallback chain.
func page(t testing.TB, set *fontkit.Set, texts ...string) *layout.Document {
	t.Helper()
	s := &layout.Setter{Metrics: set}
	p := layout.Page{Width: layout.MM(210), Height: layout.MM(297)}
	y := layout.MM(40)
	for _, text := range texts {
		lines, err := s.Lines(layout.Paragraph{Text: text, Style: layout.Style{Faces: []string{"fang", "song", "kai"}, Size: layout.Pt(16)}}, layout.MM(156))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			p.Items = append(p.Items, l.Place(layout.MM(28), y)...)
			y += layout.Pt(29)
		}
	}
	return &layout.Document{Pages: []layout.Page{p}, Meta: layout.Meta{Title: "测试𠇔", Author: "中共江城师范学院委员会"}}
}

func render(t testing.TB, doc *layout.Document, fonts *Fonts) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, doc, fonts, Options{Created: time.Date(2012, 6, 28, 0, 0, 0, 0, time.UTC), Creator: "pingyou test"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTextExtractsExactly(t *testing.T) {
	pdftotext := testtool.Require(t, "pdftotext")
	set, fonts := loadFonts(t)
	texts := []string{
		"王喆、李堃、陈镕、张𠇔、买买提·艾力、欧阳明明",
		"授予文学院教工第一党支部“先进基层党组织”称号。",
	}
	b := render(t, page(t, set, texts...), fonts)
	f := filepath.Join(t.TempDir(), "t.pdf")
	os.WriteFile(f, b, 0o644)
	out, err := exec.Command(pdftotext, "-layout", f, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(out))
	if strings.Join(got, "|") != strings.Join(texts, "|") {
		t.Fatalf("pdftotext gave\n%q\nwant\n%q", got, texts)
	}
}

func TestFontsEmbeddedAndSubset(t *testing.T) {
	pdffonts := testtool.Require(t, "pdffonts")
	set, fonts := loadFonts(t)
	b := render(t, page(t, set, "王喆同志：特发此证，以资鼓励。𠇔"), fonts)
	f := filepath.Join(t.TempDir(), "t.pdf")
	os.WriteFile(f, b, 0o644)
	out, err := exec.Command(pdffonts, f).Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
	if len(lines) != 3 { // 仿宋 for most, 宋 for 𠇔? no: WenKai/Noto for 喆 and 𠇔
		t.Logf("pdffonts:\n%s", out)
	}
	for _, l := range lines {
		cols := strings.Fields(l)
		// name type encoding emb sub uni object ID
		if len(cols) < 7 || cols[len(cols)-5] != "yes" || cols[len(cols)-4] != "yes" || cols[len(cols)-3] != "yes" {
			t.Errorf("font not embedded as a subset with ToUnicode: %s", l)
		}
		if !strings.Contains(cols[0], "+") {
			t.Errorf("font name %s has no ABCDEF+ subset tag", cols[0])
		}
	}
	if len(b) > 60000 {
		t.Errorf("one-line PDF is %d bytes; subsetting should keep it far smaller", len(b))
	}
}

func TestSpreadNameExtractsWithoutSpace(t *testing.T) {
	pdftotext := testtool.Require(t, "pdftotext")
	set, fonts := loadFonts(t)
	size := layout.Pt(16)
	// 张　三: glyphs in cells 0 and 2, as a name list spreads them.
	run := &layout.TextRun{Face: "fang", Size: size, Y: layout.MM(50), Glyphs: []layout.Glyph{
		{Text: "张", X: layout.MM(30), Advance: size},
		{Text: "三", X: layout.MM(30) + 2*size, Advance: size},
	}}
	other := &layout.TextRun{Face: "fang", Size: size, Y: layout.MM(50), Glyphs: []layout.Glyph{
		{Text: "李", X: layout.MM(30) + 5*size, Advance: size},
		{Text: "四", X: layout.MM(30) + 7*size, Advance: size},
	}}
	_ = set
	doc := &layout.Document{Pages: []layout.Page{{Width: layout.MM(210), Height: layout.MM(297), Items: []layout.Item{run, other}}}}
	f := filepath.Join(t.TempDir(), "t.pdf")
	os.WriteFile(f, render(t, doc, fonts), 0o644)
	out, err := exec.Command(pdftotext, f, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(string(out)); strings.Join(got, " ") != "张三 李四" {
		t.Fatalf("pdftotext gave %q, want the names whole and separate: 张三 李四", got)
	}
}

func TestDeterministic(t *testing.T) {
	set, fonts := loadFonts(t)
	doc := page(t, set, "王喆同志：在2012年度创先争优活动中表现突出。")
	a, b := render(t, doc, fonts), render(t, doc, fonts)
	if !bytes.Equal(a, b) {
		t.Fatal("the same document rendered twice differs")
	}
}

// TestApartRunsOwnSubset: runs marked Apart (a certificate's name) are
// embedded in a second subset of their face, so the subset of the rest of the
// text is the same whatever the name; the text still extracts whole.
func TestApartRunsOwnSubset(t *testing.T) {
	pdffonts := testtool.Require(t, "pdffonts")
	pdftotext := testtool.Require(t, "pdftotext")
	set, fonts := loadFonts(t)
	doc := func(name string) *layout.Document {
		d := page(t, set, name+"同志：", "特发此证，以资鼓励。")
		for _, it := range d.Pages[0].Items {
			if r := it.(*layout.TextRun); strings.Contains(r.Text(), "同志") {
				r.Apart = true
			}
		}
		return d
	}
	a, b := render(t, doc("王喆"), fonts), render(t, doc("张𠇔"), fonts)
	dir := t.TempDir()
	fa, fb := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.pdf")
	os.WriteFile(fa, a, 0o644)
	os.WriteFile(fb, b, 0o644)
	fontsOf := func(f string) []string {
		out, err := exec.Command(pdffonts, f).Output()
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n")[2:] {
			cols := strings.Fields(l)
			if cols[len(cols)-5] != "yes" || cols[len(cols)-4] != "yes" || cols[len(cols)-3] != "yes" {
				t.Errorf("font not embedded as a subset with ToUnicode: %s", l)
			}
			names = append(names, cols[0])
		}
		return names
	}
	na, nb := fontsOf(fa), fontsOf(fb)
	common := 0
	for _, x := range na {
		for _, y := range nb {
			if x == y {
				common++
			}
		}
	}
	if len(na) < 2 || common == 0 || common == len(na) {
		t.Errorf("want the common text's subset in both files and the names' apart: %v / %v", na, nb)
	}
	for f, want := range map[string][]string{fa: {"王喆同志：", "特发此证，以资鼓励。"}, fb: {"张𠇔同志：", "特发此证，以资鼓励。"}} {
		out, err := exec.Command(pdftotext, f, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Fields(string(out)); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("pdftotext gave %q, want %q", got, want)
		}
	}
}
