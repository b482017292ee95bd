package certificate

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/document"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/templates"
)

func setup(t *testing.T, layoutName string) (*Spec, *layout.Setter) {
	t.Helper()
	b, err := templates.FS.ReadFile("证书版式/" + layoutName + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ParseSpec(b, layoutName)
	if err != nil {
		t.Fatal(err)
	}
	spec.Roles = map[string][]string{"title": {"xbs", "song"}, "kai": {"kai", "song"}, "body": {"fang", "song", "kai"}}
	set, err := fontkit.Load(filepath.Join("..", "..", "..", "fonts"), map[string]string{
		"fang": "FandolFang-Regular.ttf", "song": "NotoSerifCJKsc-Regular.ttf",
		"xbs": "NotoSerifCJKsc-Bold.ttf", "kai": "LXGWWenKai-Regular.ttf",
	})
	if err != nil {
		t.Fatalf("fonts/ ships with the repository: %v", err)
	}
	return spec, &layout.Setter{Metrics: set}
}

// recipientExtent finds the x range of the glyphs on the recipient's baseline.
func recipientExtent(t *testing.T, doc *layout.Document, name string) (minX, maxX layout.Length, text string) {
	t.Helper()
	minX = 1 << 40
	for _, it := range doc.Pages[0].Items {
		r, ok := it.(*layout.TextRun)
		if !ok {
			continue
		}
		txt := r.Text()
		if !strings.HasPrefix(name, txt) && !strings.Contains(txt, name) && text == "" {
			continue
		}
		if text != "" && !strings.HasSuffix(text+txt, txt) {
			continue
		}
		for _, g := range r.Glyphs {
			if g.X < minX {
				minX = g.X
			}
			if g.X+g.Advance > maxX {
				maxX = g.X + g.Advance
			}
		}
		text += txt
		if strings.Contains(text, "：") {
			break
		}
	}
	return
}

func TestNamesFitTheirBox(t *testing.T) {
	for _, lay := range []string{"奖状A4横", "荣誉证书内页", "荣誉证书套打"} {
		spec, setter := setup(t, lay)
		box := spec.Boxes["recipient"]
		left, right := layout.MM(box.X), layout.MM(box.X+box.W)
		tests := []struct {
			name    string
			person  bool
			natural bool // two characters: set tight, not spread (a salutation is not a list)
		}{
			{"牛犇", true, true},
			{"王𠇔", true, true},
			{"欧阳明", true, false},
			{"欧阳明明", true, false},
			{"买买提·艾力", true, false},
			{"阿依古丽·吐尔逊", true, false},
			{"后勤保障处与资产经营有限公司联合党支部", false, false},
			{"第十一校区化学化工与材料科学学院本科生第一党支部", false, false},
		}
		for _, tt := range tests {
			suffix := "同志："
			if !tt.person {
				suffix = "："
			}
			c := &document.Certificate{Title: "荣誉证书", Name: tt.name, Person: tt.person, Suffix: suffix,
				Body:  []string{"在2012年度创先争优活动中表现突出，被评为“优秀共产党员”。", "特发此证，以资鼓励。"},
				Organ: "中共江城师范学院委员会", Date: "二〇一二年六月二十八日"}
			doc, fit, err := Layout(c, spec, setter, 0, 0)
			if err != nil {
				t.Fatalf("%s %s: %v", lay, tt.name, err)
			}
			minX, maxX, text := recipientExtent(t, doc, tt.name)
			if text != tt.name+suffix {
				t.Errorf("%s: recipient line reads %q, want %q (one line, text layer unspread)", lay, text, tt.name+suffix)
			}
			if minX < left || maxX > right {
				t.Errorf("%s %s: recipient spans %.1f–%.1f mm, box is %.1f–%.1f mm (fit %+v)",
					lay, tt.name, minX.Millimetres(), maxX.Millimetres(), left.Millimetres(), right.Millimetres(), fit)
			}
			if fit.Size < layout.Pt(box.MinSize) && !fit.Overflow {
				t.Errorf("%s %s: size %v below the minimum without being reported", lay, tt.name, fit.Size)
			}
			if tt.natural {
				// 牛犇同志：: the second glyph follows the first at its advance
				// (spread, it would stand two ems after it: 牛　犇).
				var gs []layout.Glyph
				for _, it := range doc.Pages[0].Items {
					if r, ok := it.(*layout.TextRun); ok {
						for _, g := range r.Glyphs {
							if strings.Contains(tt.name, g.Text) && len(gs) < 2 {
								gs = append(gs, g)
							}
						}
					}
				}
				if len(gs) != 2 || gs[1].X-gs[0].X != gs[0].Advance-fit.Tighten {
					t.Errorf("%s %s: second character %.2f pt after the first, want its advance %.2f pt (not spread)",
						lay, tt.name, (gs[1].X - gs[0].X).Points(), gs[0].Advance.Points())
				}
			}
		}
	}
}

func TestVariableOnlyPrintsNoBorderOrTitle(t *testing.T) {
	spec, setter := setup(t, "荣誉证书套打")
	c := &document.Certificate{Title: "荣誉证书", Name: "王喆", Person: true, Suffix: "同志：", Body: []string{"特发此证。"},
		Organ: "中共江城师范学院委员会", Date: "二〇一二年六月二十八日"}
	doc, _, err := Layout(c, spec, setter, layout.MM(1.5), layout.MM(-2))
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range doc.Pages[0].Items {
		switch v := it.(type) {
		case *layout.Box:
			t.Errorf("套打 layout draws a border %+v", v)
		case *layout.TextRun:
			if strings.Contains(v.Text(), "荣誉") {
				t.Errorf("套打 layout prints the pre-printed title")
			}
		}
	}
	// The calibration offset moves the text: 王 sits at box x + 1.5 mm.
	first := doc.Pages[0].Items[0].(*layout.TextRun).Glyphs[0]
	if want := layout.MM(spec.Boxes["recipient"].X) + layout.MM(1.5); first.X != want {
		t.Errorf("first glyph at %.2f mm, want %.2f mm", first.X.Millimetres(), want.Millimetres())
	}
}

func TestParseSpecRejectsBoxesOffThePage(t *testing.T) {
	_, err := ParseSpec([]byte(`name: x
page: {width: 100, height: 100}
boxes:
  recipient: {x: 10, y: 10, w: 95, h: 10, size: 20}
  body: {x: 10, y: 30, w: 80, h: 10, size: 20}
  organ: {x: 10, y: 50, w: 80, h: 10, size: 20}
  date: {x: 10, y: 70, w: 80, h: 10, size: 20}
`), "x")
	if err == nil || !strings.Contains(err.Error(), "recipient 超出了纸张") {
		t.Fatalf("err = %v, want the recipient box reported off the page", err)
	}
}

// TestHonourNeverSplit sets every layout of templates/证书版式 with the
// wording of every award in templates/证书措辞.yaml, with the sample's
// campaign and longer ones, long names and a wording that names the unit:
// a quoted honour (“优秀共产党员”) or a quoted campaign shorter than a line
// is never broken across lines, and the body stays inside its box.
func TestHonourNeverSplit(t *testing.T) {
	b, err := templates.FS.ReadFile("证书措辞.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var wording map[string]struct {
		Recipient string   `yaml:"recipient"`
		Suffix    string   `yaml:"suffix"`
		Body      []string `yaml:"body"`
	}
	if err := yaml.Unmarshal(b, &wording); err != nil {
		t.Fatal(err)
	}
	layouts, err := fs.Glob(templates.FS, "证书版式/*.yaml")
	if err != nil || len(layouts) < 3 {
		t.Fatalf("layouts %v: %v", layouts, err)
	}
	awards := make([]string, 0, len(wording))
	for a := range wording {
		awards = append(awards, a)
	}
	sort.Strings(awards)
	// A wording that names the unit, as an office may write it.
	unitBody := []string{"{单位}{姓名}同志在{年度}年度{活动}中表现突出，被评为“{称号}”。", "特发此证，以资鼓励。"}
	campaigns := []string{"创先争优活动", "深入学习实践科学发展观活动", "“两学一做”学习教育", "“不忘初心、牢记使命”主题教育"}
	names := []struct{ name, unit string }{
		{"牛犇", "机关第一党支部"}, {"欧阳明明", "化学化工与材料科学学院本科生第一党支部"},
		{"阿依古丽·吐尔逊", "第十一校区化学化工与材料科学学院本科生第一党支部"}, {"李𠇔", "图书馆党支部"},
	}
	n := 0
	for _, file := range layouts {
		lay := strings.TrimSuffix(path.Base(file), ".yaml")
		spec, setter := setup(t, lay)
		box := spec.Boxes["body"]
		for _, award := range awards {
			w := wording[award]
			bodies := [][]string{w.Body}
			if w.Recipient == "person" {
				bodies = append(bodies, unitBody)
			}
			for _, body := range bodies {
				for _, camp := range campaigns {
					for _, nm := range names {
						name := nm.name
						if w.Recipient != "person" {
							name = nm.unit
						}
						r := strings.NewReplacer("{年度}", "2012", "{活动}", camp, "{姓名}", name, "{单位}", nm.unit, "{称号}", award)
						c := &document.Certificate{Title: "荣誉证书", Name: name, Person: w.Recipient == "person", Suffix: w.Suffix,
							Organ: "中共江城师范学院委员会", Date: "二〇一二年六月二十八日"}
						for _, p := range body {
							c.Body = append(c.Body, r.Replace(p))
						}
						doc, _, err := Layout(c, spec, setter, 0, 0)
						if err != nil {
							t.Errorf("%s %s %s: %v", lay, award, name, err)
							continue
						}
						n++
						checkBody(t, fmt.Sprintf("%s %s %q", lay, award, c.Body[0]), doc, box, layout.Pt(box.Size), name)
					}
				}
			}
		}
	}
	if n < 3*3*4*4 {
		t.Errorf("only %d certificates set", n)
	}
}

// checkBody finds the body's glyphs (inside the body box's height) and
// checks that no quoted span shorter than the box and not the recipient's
// name is on two lines, and that every glyph is inside the box.
func checkBody(t *testing.T, what string, doc *layout.Document, box Box, size layout.Length, name string) {
	t.Helper()
	top, bottom := layout.MM(box.Y), layout.MM(box.Y+box.H)+size
	left, right := layout.MM(box.X), layout.MM(box.X+box.W)
	type pg struct {
		r rune
		y layout.Length
	}
	var gs []pg
	lines := map[layout.Length]string{}
	var ys []layout.Length
	for _, it := range doc.Pages[0].Items {
		run, ok := it.(*layout.TextRun)
		if !ok || run.Y < top || run.Y > bottom {
			continue
		}
		for _, g := range run.Glyphs {
			if g.X < left-size/2 || g.X+g.Advance > right+size/2 {
				t.Errorf("%s: %q at %.1f–%.1f mm, box %.1f–%.1f mm", what, g.Text, g.X.Millimetres(), (g.X + g.Advance).Millimetres(), left.Millimetres(), right.Millimetres())
			}
			if _, ok := lines[run.Y]; !ok {
				ys = append(ys, run.Y)
			}
			lines[run.Y] += g.Text
			for _, r := range g.Text {
				gs = append(gs, pg{r, run.Y})
			}
		}
	}
	open := -1
	for i, g := range gs {
		switch {
		case open < 0 && (g.r == '“' || g.r == '《'):
			open = i
		case open >= 0 && (g.r == '”' || g.r == '》'):
			if layout.Length(i+1-open)*size <= right-left && gs[open].y != g.y {
				var text []string
				for _, y := range ys {
					text = append(text, lines[y])
				}
				t.Errorf("%s: %q is split:\n%s", what, string(runesOf(gs[open:i+1], func(p pg) rune { return p.r })), strings.Join(text, "\n"))
			}
			open = -1
		}
	}
	// The recipient's name, where the wording repeats it, is on one line.
	n := []rune(name)
	for i := 0; i+len(n) <= len(gs); i++ {
		if string(runesOf(gs[i:i+len(n)], func(p pg) rune { return p.r })) == name && gs[i].y != gs[i+len(n)-1].y {
			t.Errorf("%s: the name %q is split", what, name)
		}
	}
}

func runesOf[T any](xs []T, f func(T) rune) []rune {
	out := make([]rune, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
