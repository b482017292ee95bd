package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/document"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
	"pingyou/pipeline/render/pdf"
	"pingyou/pipeline/testtool"
)

// fullWidthMarks are the marks every font role must set in a full 1-em cell.
const fullWidthMarks = "“”‘’（）《》、，。：；？！"

func defaultFonts(t *testing.T) (*config.Config, *fontkit.Set) {
	t.Helper()
	cfg := config.Default()
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	set, err := loadFonts(cfg)
	if err != nil {
		t.Fatalf("fonts ship with the repository: %v", err)
	}
	return cfg, set
}

// TestFullWidthMarksEveryRole sets 中X文 for every full-width mark X in
// every font role of the default config, on the 公文 grid: the mark takes
// exactly its 1-em cell whatever the face's advance (LXGW WenKai's quotes
// are 0.35 em), opening marks right-aligned and the others left-aligned in
// it, and every glyph carries its face's real advance (the PDF renderer
// places the next glyph by it).
func TestFullWidthMarksEveryRole(t *testing.T) {
	cfg, set := defaultFonts(t)
	s := &layout.Setter{Metrics: set}
	o := gongwen.DefaultOptions()
	pitch, size := o.CharPitch(), o.BodySize
	roles := make([]string, 0, len(cfg.Fonts.Roles))
	for r := range cfg.Fonts.Roles {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, role := range roles {
		chain := cfg.Fonts.Roles[role]
		for _, m := range fullWidthMarks {
			text := "中" + string(m) + "文"
			ls, err := s.Lines(layout.Paragraph{Text: text, Style: layout.Style{Faces: chain, Size: size},
				Align: layout.Left, CharPitch: pitch}, o.TypeWidth)
			if err != nil {
				t.Fatal(err)
			}
			var gs []layout.Glyph
			var faces []string
			for _, r := range ls[0].Runs {
				for _, g := range r.Glyphs {
					gs = append(gs, g)
					faces = append(faces, r.Face)
				}
			}
			if len(gs) != 3 {
				t.Fatalf("%s %q: %d glyphs", role, text, len(gs))
			}
			for i, g := range gs {
				u, _ := set.Advance(faces[i], []rune(g.Text)[0])
				if want := layout.Length(u) * size / 1000; g.Advance != want {
					t.Errorf("%s %q: %q carries advance %v, its face %s has %v", role, text, g.Text, g.Advance, faces[i], want)
				}
			}
			mk := gs[1]
			cell0, cell1 := pitch, 2*pitch
			opening := strings.ContainsRune("“‘（《", m)
			switch {
			case mk.X < cell0-size/20 || mk.X+mk.Advance > cell1+pitch/2:
				t.Errorf("%s %c (%s): advance box %v–%v outside its cell %v–%v", role, m, faces[1], mk.X, mk.X+mk.Advance, cell0, cell1)
			case opening && mk.X+mk.Advance != cell1 && mk.Advance < pitch:
				t.Errorf("%s %c (%s, %v): not right-aligned in its cell: ends at %v, cell ends at %v", role, m, faces[1], mk.Advance, mk.X+mk.Advance, cell1)
			case !opening && mk.X != cell0:
				t.Errorf("%s %c (%s, %v): not left-aligned in its cell: starts at %v, cell at %v", role, m, faces[1], mk.Advance, mk.X, cell0)
			}
			if after := gs[2]; abs(after.X+after.Advance/2-cell1-pitch/2) > 2 { // integer halves
				t.Errorf("%s %q: 文 centred at %v, want the middle of cell 2 (%v)", role, text, after.X+after.Advance/2, cell1+pitch/2)
			}
			if ls[0].Width != 3*pitch {
				t.Errorf("%s %q: line %v wide, want 3 cells (%v)", role, text, ls[0].Width, 3*pitch)
			}
		}
	}
}

// TestRunInHeadingMarksPDF typesets a （一） heading that runs into its
// paragraph (seed 002 page 2: “五好四强” in 楷体, which once extracted as
// "以创建“五  好四强”基  层党组") and reads it back with pdftotext: the line
// comes back whole, without gaps, and spans the type area exactly.
func TestRunInHeadingMarksPDF(t *testing.T) {
	cfg, set := defaultFonts(t)
	bin := testtool.Require(t, "pdftotext")
	heading := "（一）创建先进基层党组织，以创建“五好四强”《基层》‘党组织’为总抓手。"
	run := "先进基层党组织的基本要求是：学习型党组织建设成效明显，出色完成党章规定的基本任务，在推动工作、自身建设和作用发挥上，努力做到“五好四强”。"
	n := &document.Notice{Title: "标题", Body: []document.Block{{Kind: document.Heading2, Text: heading, RunIn: run}}}
	opt := gongwen.DefaultOptions()
	opt.Fonts = cfg.Fonts.Roles
	doc, _, err := gongwen.Layout(n, &layout.Setter{Metrics: set}, opt)
	if err != nil {
		t.Fatal(err)
	}
	kai := 0
	for _, it := range doc.Pages[0].Items {
		if r, ok := it.(*layout.TextRun); ok && r.Face == "kai" {
			kai += len(r.Glyphs)
		}
	}
	if kai < len([]rune(heading))-2 {
		t.Errorf("only %d glyphs of the heading in 楷体", kai)
	}
	var buf bytes.Buffer
	pf := pdf.NewFonts(func(face string) ([]byte, error) { return set.Face(face).Bytes(), nil })
	if err := pdf.Render(&buf, doc, pf, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "heading.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-raw", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(out)), "|")
	if !strings.Contains(got, "以创建“五好四强”《基层》‘党") {
		t.Errorf("heading extracts as %q", got)
	}
	_, words := bbox(t, file)
	left, right := 28*ptPerMM, (28+156)*ptPerMM
	full := 0
	for _, w := range words {
		if w.yMin < 100 || w.yMin > 500 {
			continue
		}
		if strings.Contains(w.text, "“") || strings.Contains(w.text, "《") {
			full++
			if w.xMin > left+2*156/28*ptPerMM+0.5 || w.xMax < right-0.5 || w.xMax > right+8.5 {
				t.Errorf("line %q spans %.1f–%.1f mm, want the whole type area", w.text, w.xMin/ptPerMM, w.xMax/ptPerMM)
			}
		}
	}
	if full == 0 {
		t.Errorf("heading line not found whole among %s", fmt.Sprint(words))
	}
}

func abs(l layout.Length) layout.Length {
	if l < 0 {
		return -l
	}
	return l
}

// TestTypesetNormalisesPunct typesets seeds 003 and 004 (hundreds of
// half-width marks in Chinese text): the PDF text has none left next to
// Chinese characters, and each changed line is a 提醒 in the log.
func TestTypesetNormalisesPunct(t *testing.T) {
	cfg, _ := defaultFonts(t)
	half := regexp.MustCompile(`\p{Han}[,:;?!()]|[,:;?!()]\p{Han}`)
	for _, seed := range []string{"003_cf73fa805bd8aa92.txt", "004_17f323430f7d7745.txt"} {
		src := filepath.Join("plaintext", "testdata", "seeds", seed)
		out := filepath.Join(t.TempDir(), "seed.pdf")
		var log bytes.Buffer
		if err := Typeset(src, out, "", cfg, &log); err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(pdftotext(t, out)), "")
		if m := half.FindAllString(text, -1); len(m) > 0 {
			t.Errorf("%s: half-width marks left in the PDF: %q", seed, m)
		}
		if !strings.Contains(text, "总体思路是：坚持") && seed[:3] == "003" {
			t.Errorf("%s: 是:坚持 not set as 是：坚持", seed)
		}
		warned := strings.Count(log.String(), "半角标点已改为全角")
		if warned < 20 {
			t.Errorf("%s: %d lines reported as changed", seed, warned)
		}
	}
}
