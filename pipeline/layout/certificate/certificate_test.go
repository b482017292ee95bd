package certificate

import (
	"path/filepath"
	"strings"
	"testing"

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
			name   string
			person bool
			spread bool
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
			c := &Certificate{Title: "荣誉证书", Name: tt.name, Person: tt.person, Suffix: suffix,
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
			if tt.spread {
				// 牛　犇: the second glyph starts two ems after the first.
				var xs []layout.Length
				for _, it := range doc.Pages[0].Items {
					if r, ok := it.(*layout.TextRun); ok {
						for _, g := range r.Glyphs {
							if strings.Contains(tt.name, g.Text) && len(xs) < 2 {
								xs = append(xs, g.X)
							}
						}
					}
				}
				if len(xs) == 2 && xs[1]-xs[0] != 2*fit.Size {
					t.Errorf("%s %s: second character %.2f pt after the first, want 2 em (%v)", lay, tt.name, (xs[1] - xs[0]).Points(), 2*fit.Size)
				}
			}
		}
	}
}

func TestVariableOnlyPrintsNoBorderOrTitle(t *testing.T) {
	spec, setter := setup(t, "荣誉证书套打")
	c := &Certificate{Title: "荣誉证书", Name: "王喆", Person: true, Suffix: "同志：", Body: []string{"特发此证。"},
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
