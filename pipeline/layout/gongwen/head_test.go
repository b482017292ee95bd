package gongwen

import (
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

func letter() *document.Notice {
	n := short(2, document.NoSeal, "中共江城师范学院委员会组织部")
	n.Form, n.MarkSuffix = document.LetterForm, ""
	n.Issuers = []string{"中共江城师范学院委员会组织部"}
	n.CopyNo, n.Secrecy, n.Urgency = "000012", "机密★1年", "特急"
	n.Number = "江师组函〔2012〕3号"
	n.Title = "关于反馈机关第一党支部2012年度民主评议党员结果的函"
	n.CC = []string{"中共江城师范学院委员会办公室"}
	n.PrintOrgan, n.PrintDate = "中共江城师范学院委员会组织部", model.Date{Year: 2012, Month: 7, Day: 2} // not printed in 信函格式
	return n
}

func TestLetterForm(t *testing.T) {
	o := DefaultOptions()
	doc := mustLayout(t, letter(), o)
	golden(t, "letter", dump(doc))
	p1 := doc.Pages[0]
	mark := findRun(p1, "中共江城师范学院委员会组织部")
	if mark == nil || mark.Color != o.Red {
		t.Fatalf("mark missing or not red")
	}
	if top := mark.Y - mark.Size*layout.Length(o.Ascent)/1000; !near(top, layout.MM(30), 0.05) {
		t.Errorf("mark top %s mm from the paper top, want 30", mm(top))
	}
	rs := rules(p1)
	if len(rs) != 4 {
		t.Fatalf("%d rules on page 1, want two double lines", len(rs))
	}
	for _, r := range rs {
		if r.Color != o.Red || !near(r.X2-r.X1, layout.MM(170), 0.05) || !near(r.X1, layout.MM(20), 0.05) {
			t.Errorf("double line %+v: want red, 170 mm, centred", r)
		}
	}
	// Upper: thick over thin, 4 mm below the mark; lower: thin over thick, bottom 20 mm above the edge.
	if !(rs[0].Width > rs[1].Width && rs[0].Y1 < rs[1].Y1) {
		t.Errorf("upper double line not thick over thin: %+v %+v", rs[0], rs[1])
	}
	if !near(rs[0].Y1-rs[0].Width/2, mark.Y-mark.Size*layout.Length(o.Ascent)/1000+mark.Size+layout.MM(4), 0.05) {
		t.Errorf("upper double line not 4 mm below the mark")
	}
	if !(rs[2].Width < rs[3].Width && rs[2].Y1 < rs[3].Y1) || !near(rs[3].Y1+rs[3].Width/2, layout.MM(297-20), 0.05) {
		t.Errorf("lower double line not thin over thick 20 mm above the paper edge: %+v %+v", rs[2], rs[3])
	}
	if num := findRun(p1, "江师组函〔2012〕3号"); num == nil || !near(end(num), o.Left+o.TypeWidth, 0.1) {
		t.Errorf("发文字号 not flush right")
	}
	if pageNumber(o, p1) != nil {
		t.Error("page 1 of a 信函格式 document has a page number")
	}
	last := doc.Pages[len(doc.Pages)-1]
	if len(rules(last)) != 0 && len(doc.Pages) > 1 {
		t.Errorf("信函格式 版记 has rules")
	}
	for _, p := range doc.Pages {
		if findRun(p, "2012年7月2日印发") != nil {
			t.Error("信函格式 版记 has a 印发 line")
		}
	}
	if findRun(last, "抄送：中共江城师范学院委员会办公室。") == nil {
		t.Error("no 抄送 in the 版记")
	}
}

func TestJointMark(t *testing.T) {
	o := DefaultOptions()
	n := short(3, document.WithSeal, "中共江城师范学院委员会", "江城师范学院")
	n.Issuers = []string{"中共江城师范学院委员会", "江城师范学院"}
	doc := mustLayout(t, n, o)
	golden(t, "jointmark", dump(doc))
	var names []*layout.TextRun
	var suffix *layout.TextRun
	for _, r := range runs(doc.Pages[0]) {
		if r.Color != o.Red {
			continue
		}
		if r.Text() == "文件" {
			suffix = r
		} else if r.Text() != "★" {
			names = append(names, r)
		}
	}
	if len(names) != 2 || suffix == nil {
		t.Fatalf("want two stacked red names and 文件, got %d names, 文件 %v", len(names), suffix)
	}
	if start(names[0]) != start(names[1]) || !near(end(names[0]), end(names[1]), 0.05) || names[1].Y <= names[0].Y {
		t.Errorf("names not stacked at equal width: %s–%s, %s–%s", mm(start(names[0])), mm(end(names[0])), mm(start(names[1])), mm(end(names[1])))
	}
	if mid := (names[0].Y + names[1].Y) / 2; suffix.Y != mid {
		t.Errorf("文件 baseline %s mm, want vertically centred at %s mm", mm(suffix.Y), mm(mid))
	}
	if start(suffix) <= end(names[0]) || end(suffix) > o.Left+o.TypeWidth || start(names[0]) < o.Left {
		t.Errorf("文件 not right of the names inside the type area")
	}
	if top := names[0].Y - names[0].Size*layout.Length(o.Ascent)/1000; !near(top, o.Top+o.MarkTop, 0.05) {
		t.Errorf("joint mark top %s mm, want 35 mm below the type area", mm(top))
	}
}

func TestSignersLine(t *testing.T) {
	o := DefaultOptions()
	n := short(3, document.WithSeal, "中共江城师范学院委员会")
	n.Signers = []string{"张小三", "李小四", "王小明"}
	doc := mustLayout(t, n, o)
	p := doc.Pages[0]
	num, label := findRun(p, "江师党发〔2012〕16号"), findRun(p, "签发人：")
	if num == nil || label == nil {
		t.Fatal("number or 签发人 missing")
	}
	if !near(start(num), o.Left+o.CharPitch(), 0.1) {
		t.Errorf("number starts at %s mm, want indent 1 字", mm(start(num)))
	}
	wang := findRun(p, "王小明")
	if wang == nil || wang.Y != num.Y || wang.Face != "kai" {
		t.Errorf("number must share the last signers line; names in 楷体: %+v", wang)
	}
	var right layout.Length
	for _, r := range runs(p) {
		if r.Y <= num.Y && r.Y >= label.Y && r.Size == o.BodySize {
			right = max(right, end(r))
		}
	}
	if !near(right, o.Left+o.TypeWidth-o.CharPitch(), 0.1) {
		t.Errorf("签发人 block ends at %s mm, want right indent 1 字", mm(right))
	}
}

// TestPlainForm: without 版头 (a 公示 as posted) nothing is red and there
// is no rule; the title is on the first line of the type area, the flow
// one blank line under it, and the page is numbered.
func TestPlainForm(t *testing.T) {
	o := DefaultOptions()
	n := short(2, document.WithSeal, "中共江城师范学院委员会组织部")
	n.Form, n.Issuers, n.MarkSuffix, n.Number, n.Recipients = document.PlainForm, nil, "", "", ""
	n.Title = "关于2012年度先进基层党组织和优秀共产党员拟表彰对象的公示"
	doc, diags, err := Layout(n, testSetter(), o)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) > 0 {
		t.Errorf("problems: %v", diags) // no 缺少发文机关标志: the form has none
	}
	p1 := doc.Pages[0]
	for _, r := range runs(p1) {
		if r.Color == o.Red {
			t.Errorf("red text %q without a 版头", r.Text())
		}
	}
	if rs := rules(p1); len(rs) != 0 {
		t.Errorf("%d rules on page 1, want none", len(rs))
	}
	// The title's two lines (it is too long for one at 2号) come first.
	var lines []*layout.TextRun
	for _, r := range runs(p1) {
		if r.Size == o.TitleSize {
			lines = append(lines, r)
		}
	}
	if len(lines) != 2 || lines[0].Text()+lines[1].Text() != n.Title {
		t.Fatalf("title lines %d, want the title in two", len(lines))
	}
	if top := lines[0].Y - lines[0].Size*layout.Length(o.Ascent)/1000; !near(top, o.Top, 0.05) {
		t.Errorf("title top %s mm, want the type area's top %s mm", mm(top), mm(o.Top))
	}
	for _, r := range runs(p1) {
		if r.Y < lines[0].Y {
			t.Errorf("%q above the title", r.Text())
		}
	}
	body := findRun(p1, "第1段正文，按照党委统一部署认真组织开展。")
	top := func(r *layout.TextRun) layout.Length { return r.Y - r.Size*layout.Length(o.Ascent)/1000 }
	if body == nil || top(body)-top(lines[1]) != 2*o.LinePitch() {
		t.Errorf("the 正文 is not one blank line under the title:\n%s", dump(doc))
	}
	if pageNumber(o, p1) == nil {
		t.Error("page 1 has no page number")
	}
	if len(named(doc.Structure, "发文机关标志")) != 0 || len(named(doc.Structure, "标题")) != 1 {
		t.Error("structure: want a 标题 and no 发文机关标志")
	}
}
