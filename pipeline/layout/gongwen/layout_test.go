package gongwen

import (
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

const longPara = "经各党总支、直属党支部推荐，党委组织部审核并公示，党委会议研究，决定授予机关第一党支部等十个基层党组织“先进基层党组织”称号，授予王小明等三十名同志“优秀共产党员”称号，授予李红等八名同志“优秀党务工作者”称号。希望受到表彰的先进集体和个人珍惜荣誉，再接再厉，在新的起点上再创佳绩。"

// decision is a 表彰决定 in 文件格式 with a seal, two attachments and a 版记.
func decision() *document.Notice {
	return &document.Notice{
		Issuers:    []string{"中共江城师范学院委员会"},
		MarkSuffix: "文件",
		Number:     "江师党发〔2012〕15号",
		Star:       true,
		Title:      "中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定",
		Recipients: "各党总支、直属党支部，机关各部门：",
		Body: []document.Block{
			{Text: "2012年，全校各级党组织和广大共产党员深入开展创先争优活动，涌现出一批先进基层党组织和优秀共产党员。为表彰先进、树立典型，党委决定对2012年度先进基层党组织和优秀共产党员予以表彰。"},
			{Kind: document.Heading1, Text: "一、表彰对象"},
			{Text: longPara},
			{Kind: document.Heading2, Text: "（一）先进基层党组织。", RunIn: "机关第一党支部等十个基层党组织。"},
			{Kind: document.Heading3, Text: "1.评选条件。按照“五个好”的要求评选。"},
			{Text: longPara},
			{Text: longPara},
			{Text: longPara},
			{Text: "全校各级党组织和广大党员要以受表彰的先进集体和个人为榜样，为学校改革发展作出新的更大贡献。"},
		},
		Attachments: []document.Attachment{
			{Name: "2012年度先进基层党组织名单", Body: []document.Block{{Kind: document.NameList, Groups: []document.NameGroup{
				{Names: []string{"机关第一党支部", "文学院学生党支部", "数学学院教工党支部"}}}}}},
			{Name: "2012年度优秀共产党员名单", Subtitle: "（共12名，按姓氏笔画为序）", Body: []document.Block{{Kind: document.NameList, Groups: []document.NameGroup{
				{Heading: "机关党总支（5名）", Names: []string{"王五", "方小平", "孔明", "欧阳明明", "邓红"}},
				{Heading: "文学院党总支（7名）", Names: []string{"田富", "田大利", "白雪", "买买提·艾力", "刘洋", "李四", "张三"}},
			}}}},
		},
		Organs:     []string{"中共江城师范学院委员会"},
		Date:       model.Date{Year: 2012, Month: 6, Day: 28},
		Seal:       document.WithSeal,
		SealImages: []string{"seal-party"},
		CC:         []string{"中共江城市委组织部", "江城市委教育工委"},
		PrintOrgan: "中共江城师范学院委员会办公室",
		PrintDate:  model.Date{Year: 2012, Month: 6, Day: 28},
	}
}

func mustLayout(t *testing.T, n *document.Notice, opt Options) *layout.Document {
	t.Helper()
	doc, diags, err := Layout(n, testSetter(), opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Logf("diagnostic: %s", d)
	}
	return doc
}

func TestDecisionGolden(t *testing.T) {
	doc := mustLayout(t, decision(), DefaultOptions())
	golden(t, "decision", dump(doc))
}

func near(a, b layout.Length, tol float64) bool {
	d := (a - b).Millimetres()
	return d <= tol && d >= -tol
}

// runs returns the page's text runs.
func runs(p layout.Page) []*layout.TextRun {
	var rs []*layout.TextRun
	for _, it := range p.Items {
		if r, ok := it.(*layout.TextRun); ok {
			rs = append(rs, r)
		}
	}
	return rs
}

func rules(p layout.Page) []*layout.Rule {
	var rs []*layout.Rule
	for _, it := range p.Items {
		if r, ok := it.(*layout.Rule); ok {
			rs = append(rs, r)
		}
	}
	return rs
}

// pageNumber returns the page's page-number run, if any.
func pageNumber(o Options, p layout.Page) *layout.TextRun {
	for _, r := range runs(p) {
		if r.Y > o.Top+o.TypeHeight {
			return r
		}
	}
	return nil
}

func TestDecisionGeometry(t *testing.T) {
	o := DefaultOptions()
	doc := mustLayout(t, decision(), o)
	bodyTop := o.Top
	bottom := o.Top + o.TypeHeight
	if len(doc.Pages) < 4 {
		t.Fatalf("%d pages, want at least 4 (body, attachments, 版记)", len(doc.Pages))
	}
	for i, p := range doc.Pages {
		if p.Width != layout.MM(210) || p.Height != layout.MM(297) {
			t.Errorf("page %d is %v×%v, want A4", i+1, p.Width, p.Height)
		}
	}

	// Page 1: red mark and red separator, broken around the ★.
	p1 := doc.Pages[0]
	var mark *layout.TextRun
	for _, r := range runs(p1) {
		if strings.HasSuffix(r.Text(), "文件") {
			mark = r
		}
	}
	if mark == nil || mark.Color != o.Red {
		t.Fatalf("mark missing or not red: %+v", mark)
	}
	if top := mark.Y - mark.Size*layout.Length(o.Ascent)/1000; !near(top, o.Top+layout.MM(35), 0.05) {
		t.Errorf("mark top at %s mm, want 72.0 (35 mm below the type area)", mm(top))
	}
	if w := mark.Glyphs[len(mark.Glyphs)-1].X + mark.Glyphs[len(mark.Glyphs)-1].Advance - mark.Glyphs[0].X; w > o.TypeWidth {
		t.Errorf("mark is %s mm wide, wider than the type area", mm(w))
	}
	reds := 0
	for _, r := range rules(p1) {
		if r.Color != o.Red {
			t.Errorf("separator rule not red: %+v", r)
		}
		reds++
	}
	if reds != 2 {
		t.Errorf("%d red rules on page 1, want 2 (broken around the ★)", reds)
	}

	// Page 2 is a full body page: 22 lines, top at 37 mm, left edge at 28 mm.
	p2 := doc.Pages[1]
	baselines := map[layout.Length]bool{}
	minX := layout.Length(1 << 40)
	var firstBase layout.Length = 1 << 40
	for _, r := range runs(p2) {
		if r.Y > bottom {
			continue // page number
		}
		baselines[r.Y] = true
		minX = min(minX, r.Glyphs[0].X)
		firstBase = min(firstBase, r.Y)
	}
	if len(baselines) != o.LinesPerPage {
		t.Errorf("page 2 has %d lines, want %d", len(baselines), o.LinesPerPage)
	}
	if !near(minX, layout.MM(28), 0.5) {
		t.Errorf("body left edge at %s mm, want 28", mm(minX))
	}
	if top := firstBase - o.BodySize*layout.Length(o.Ascent)/1000; !near(top, bodyTop, 0.05) {
		t.Errorf("first line's em top at %s mm, want 37", mm(top))
	}

	// Page numbers: — N —, odd right and even left, 1 字 (4号) in, 7 mm below.
	last := len(doc.Pages) - 1
	for i, p := range doc.Pages {
		pn := pageNumber(o, p)
		if pn == nil {
			t.Errorf("page %d has no page number", i+1)
			continue
		}
		want := "— " + string(rune('0'+i+1)) + " —"
		if pn.Text() != want {
			t.Errorf("page %d number %q, want %q", i+1, pn.Text(), want)
		}
		g0, gn := pn.Glyphs[0], pn.Glyphs[len(pn.Glyphs)-1]
		if (i+1)%2 == 1 {
			if r := gn.X + gn.Advance; !near(r, o.Left+o.TypeWidth-o.PageNumSize, 0.05) {
				t.Errorf("odd page %d number ends at %s mm, want 1 字 from the right edge", i+1, mm(r))
			}
		} else if !near(g0.X, o.Left+o.PageNumSize, 0.05) {
			t.Errorf("even page %d number starts at %s mm, want 1 字 from the left edge", i+1, mm(g0.X))
		}
		if dash := pn.Y - o.PageNumSize*layout.Length(o.PageNumDash)/1000; !near(dash, bottom+layout.MM(7), 0.05) {
			t.Errorf("page %d: 一字线 at %s mm, want 7 mm below the type area", i+1, mm(dash))
		}
	}

	// 版记 on the last page, an even one, its last rule on the bottom edge.
	if (last+1)%2 != 0 {
		t.Errorf("版记 on page %d, want an even page", last+1)
	}
	var lastRule *layout.Rule
	for _, r := range rules(doc.Pages[last]) {
		if lastRule == nil || r.Y1 > lastRule.Y1 {
			lastRule = r
		}
	}
	if lastRule == nil || lastRule.Y1 != bottom || lastRule.Width != o.RuleThick {
		t.Errorf("last 版记 rule %+v, want a 0.35 mm rule at %s mm", lastRule, mm(bottom))
	}
	var printed bool
	for _, r := range runs(doc.Pages[last]) {
		if r.Text() == "2012年6月28日印发" {
			printed = true
			if end := r.Glyphs[len(r.Glyphs)-1].X + r.Glyphs[len(r.Glyphs)-1].Advance; !near(end, o.Left+o.TypeWidth-o.ColophonSize, 0.05) {
				t.Errorf("印发日期 ends at %s mm, want right indent 1 字", mm(end))
			}
		}
	}
	if !printed {
		t.Error("no 印发 line on the last page")
	}
}

func TestLayoutProblems(t *testing.T) {
	o := DefaultOptions()
	o.Fonts = map[string][]string{RoleBody: {"nohan"}, RoleTitle: {"nohan"}}
	_, _, err := Layout(decision(), testSetter(), o)
	var missing *layout.MissingGlyphError
	if !errorsAs(err, &missing) {
		t.Errorf("a face chain without Han: err %v, want *layout.MissingGlyphError", err)
	}

	n := decision()
	n.Number = "江师党发[2012]15号"
	doc, diags, err := Layout(n, testSetter(), DefaultOptions())
	if err != nil || diags.HasErrors() || len(diags) == 0 || findRun(doc.Pages[0], "江师党发〔2012〕15号") == nil {
		t.Errorf("bracketed number: want a warning and 〔〕 on the page, got %v %v", diags, err)
	}
	if n.Number != "江师党发[2012]15号" {
		t.Errorf("Layout changed the caller's notice")
	}
	n.Number = "江师党发〔2012〕第15号"
	if _, diags, _ = Layout(n, testSetter(), DefaultOptions()); !diags.HasErrors() {
		t.Errorf("number with 第: want an error diagnostic, got %v", diags)
	}
}
