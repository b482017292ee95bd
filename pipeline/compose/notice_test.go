package compose

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"text/template"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
	"pingyou/templates"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs; run go test -run %s -update and check the diff by eye", path, t.Name())
	}
}

// sample are the sample unit's settings (templates/pingyou.yaml) as the
// pipeline maps them (its TestComposeOptions checks the mapping).
func sample() *Options {
	return &Options{
		Unit: "中共江城师范学院委员会", Code: "JCSF", Year: 2012, Campaign: "创先争优活动", Commission: "庆祝中国共产党成立91周年",
		IssueDate: model.Date{Year: 2012, Month: 6, Day: 28}, Office: "中共江城师范学院委员会办公室",
		PrintDate: model.Date{Year: 2012, Month: 6, Day: 28},
		Decision: NoticeParts{Mark: "中共江城师范学院委员会文件", Number: "江师党发〔2012〕15号",
			Title:      "中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定",
			Recipients: "各党总支、直属党支部：", CC: []string{"江城市委组织部", "江城市委教育工委"}},
		BranchNotice: NoticeParts{Mark: "中共江城师范学院委员会", Number: "江师党函〔2012〕8号",
			Title: "关于{支部}2012年度民主评议党员结果的通知"},
		CertificateNumber: "{单位代码}-{年度}-{类别}-{序号:4}",
	}
}

// Wording templates in templates/, as the sample config names them.
const (
	decisionTemplate = "表彰决定.tmpl"
	branchTemplate   = "支部评议结果通知.tmpl"
)

func loadTemplate(t *testing.T, name string) *template.Template {
	t.Helper()
	b, err := templates.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := ParseTemplate(name, b)
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

// unnatural are wordings a count of 0 or 1 must never produce.
var unnatural = regexp.MustCompile(`等[01][个名]|[^0-9][0]名|[^0-9]0个|、、|，，|；；|，。|；。|、。|、，|，；|。。|^，|^；`)

func text(blocks []document.Block) string {
	var ps []string
	for _, b := range blocks {
		ps = append(ps, b.Text+b.RunIn)
	}
	return strings.Join(ps, "\n")
}

// TestDecisionWording renders 表彰决定.tmpl for 0, 1 and 2 先进基层党组织 and
// 优秀共产党员: no 等1个, never 等0个, the clause of an empty award left out.
func TestDecisionWording(t *testing.T) {
	opt := sample()
	tmpl := loadTemplate(t, decisionTemplate)
	orgNames := []string{"机关第二党支部", "文学院教工党支部"}
	people := []string{"王小明", "李红"}
	var out strings.Builder
	for orgs := 0; orgs <= 2; orgs++ {
		for members := 0; members <= 2; members++ {
			res := &model.Results{}
			for i := 0; i < orgs; i++ {
				res.Commendations = append(res.Commendations, model.Commendation{Award: AwardOrg, Name: orgNames[i]})
			}
			for i := 0; i < members; i++ {
				res.Commendations = append(res.Commendations, model.Commendation{Award: AwardMember, Name: people[i], Group: "机关党总支"})
			}
			n, _, err := Decision(opt, res, tmpl)
			if err != nil {
				t.Fatal(err)
			}
			body := text(n.Body)
			name := fmt.Sprintf("先进组织%d 优秀党员%d", orgs, members)
			fmt.Fprintf(&out, "== %s\n%s\n附件：%d\n", name, body, len(n.Attachments))
			for _, line := range strings.Split(body, "\n") {
				if m := unnatural.FindString(line); m != "" {
					t.Errorf("%s: %q in %s", name, m, line)
				}
			}
			checks := []struct {
				cond bool
				sub  string
			}{
				{orgs == 1, "授予机关第二党支部“先进基层党组织”称号"},
				{orgs == 2, "授予机关第二党支部等2个基层党组织“先进基层党组织”称号"},
				{members == 1, "授予王小明同志“优秀共产党员”称号"},
				{members == 2, "授予王小明等2名同志“优秀共产党员”称号"},
			}
			for _, c := range checks {
				if c.cond != strings.Contains(body, c.sub) {
					t.Errorf("%s: contains %q = %v, want %v:\n%s", name, c.sub, !c.cond, c.cond, body)
				}
			}
			if orgs == 0 && strings.Contains(body, "“先进基层党组织”称号") || members == 0 && strings.Contains(body, "“优秀共产党员”称号") {
				t.Errorf("%s: an award with nobody is named:\n%s", name, body)
			}
			if want := min(orgs, 1) + min(members, 1); len(n.Attachments) != want {
				t.Errorf("%s: %d attachments, want %d", name, len(n.Attachments), want)
			}
		}
	}
	golden(t, "decision_wording", out.String())
}

// TestBranchNoticeWording renders 支部评议结果通知.tmpl for 0, 1 and 2 of
// every count (优秀, 合格, 基本合格, 不合格, 预备党员, other members not
// graded): no 0名, grades with nobody left out or said as 无…党员, the
// 预备党员 count from 预备党员 alone (not from every member not graded).
func TestBranchNoticeWording(t *testing.T) {
	opt := sample()
	tmpl := loadTemplate(t, branchTemplate)
	grades := []model.Grade{model.Excellent, model.Qualified, model.Basic, model.Unqualified}
	var out strings.Builder
	cases := 0
	var counts [6]int
	for code := 0; code < 729; code++ {
		c := code
		for i := range counts {
			counts[i] = c % 3
			c /= 3
		}
		ds := &model.Dataset{Orgs: []model.Organisation{{Name: "机关第一党支部", Type: model.Branch}}}
		res := &model.Results{Quotas: []model.QuotaLine{{Award: string(model.Excellent), Scope: "机关第一党支部", Seats: counts[0], Rule: "规则"}}}
		add := func(m model.MemberResult, name string) {
			ds.Members = append(ds.Members, model.Member{Name: name, Branch: "机关第一党支部", Type: model.FullMember})
			m.Member = &ds.Members[len(ds.Members)-1]
			res.Members = append(res.Members, m)
		}
		k := 0
		for gi, g := range grades {
			for i := 0; i < counts[gi]; i++ {
				k++
				add(model.MemberResult{Graded: true, Grade: g}, fmt.Sprintf("党员%d", k))
			}
		}
		for i := 0; i < counts[4]; i++ {
			k++
			add(model.MemberResult{Grade: model.NotGraded, Reason: "预备党员不评定等次"}, fmt.Sprintf("党员%d", k))
			ds.Members[len(ds.Members)-1].Type = model.ProbationMember
		}
		for i := 0; i < counts[5]; i++ {
			k++
			add(model.MemberResult{Grade: model.NotGraded, Reason: "缺少测评数据：选票未填（有效票为0），不评定等次"}, fmt.Sprintf("党员%d", k))
		}
		if k == 0 {
			continue // a branch without members gets no notice
		}
		// the members must point into the final slice
		for i := range res.Members {
			res.Members[i].Member = &ds.Members[i]
		}
		ns, _, err := BranchNotices(opt, ds, res, tmpl)
		if err != nil {
			t.Fatal(err)
		}
		if len(ns) != 1 {
			t.Fatalf("%v: %d notices", counts, len(ns))
		}
		cases++
		body := text(ns[0].Notice.Body)
		name := fmt.Sprintf("优秀%d 合格%d 基本合格%d 不合格%d 预备%d 其他不评定%d", counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
		// the golden shows each count varied alone, the others at 1
		alone := 0
		for _, v := range counts {
			if v != 1 {
				alone++
			}
		}
		if alone <= 1 {
			fmt.Fprintf(&out, "== %s\n%s\n", name, body)
		}
		if m := unnatural.FindString(body); m != "" {
			t.Errorf("%s: %q in\n%s", name, m, body)
		}
		want := []struct {
			cond bool
			sub  string
		}{
			{counts[4] > 0, fmt.Sprintf("预备党员%d名参加评议，不评定等次", counts[4])},
			{counts[5] > 0, fmt.Sprintf("另有%d名党员因缺少测评数据不评定等次", counts[5])},
			{counts[3] == 0 && counts[2] > 0 && counts[0]+counts[1]+counts[2] > 0, "无不合格党员"},
			{counts[2]+counts[3] > 0, "按照有关规定做好帮助教育和组织处置工作"},
			{counts[0]+counts[1]+counts[2]+counts[3] == 0, "本年度没有参加评定等次的党员"},
		}
		for _, w := range want {
			if w.cond != strings.Contains(body, w.sub) {
				t.Errorf("%s: contains %q = %v, want %v:\n%s", name, w.sub, !w.cond, w.cond, body)
			}
		}
		if counts[4] == 0 && strings.Contains(body, "预备党员") {
			t.Errorf("%s: names 预备党员 without any:\n%s", name, body)
		}
	}
	if cases != 728 {
		t.Errorf("%d cases", cases)
	}
	golden(t, "branch_wording", out.String())
}

// TestBranchNoticeNumbers: every branch notice has its own 发文字号, the
// configured one first and the 序号 counting on in branch order; a number
// not in the standard's form is left for the layout to report.
func TestBranchNoticeNumbers(t *testing.T) {
	opt := sample()
	tmpl := loadTemplate(t, branchTemplate)
	ds := &model.Dataset{}
	res := &model.Results{}
	for i, name := range []string{"机关第一党支部", "机关党总支", "机关第二党支部", "图书馆党支部"} {
		typ := model.Branch
		if i == 1 {
			typ = model.GeneralBranch
		}
		ds.Orgs = append(ds.Orgs, model.Organisation{Name: name, Type: typ})
		ds.Members = append(ds.Members, model.Member{Name: fmt.Sprint("党员", i), Branch: name, Type: model.FullMember})
	}
	for i := range ds.Members {
		res.Members = append(res.Members, model.MemberResult{Member: &ds.Members[i], Graded: true, Grade: model.Qualified})
	}
	for _, tc := range []struct {
		first string
		want  []string
	}{
		{"江师党函〔2012〕8号", []string{"江师党函〔2012〕8号", "江师党函〔2012〕9号", "江师党函〔2012〕10号"}},
		{"江师党函[2012]8号", []string{"江师党函〔2012〕8号", "江师党函〔2012〕9号", "江师党函〔2012〕10号"}},
		{"江师党函〔2012〕第8号", []string{"江师党函〔2012〕第8号", "江师党函〔2012〕第8号", "江师党函〔2012〕第8号"}},
	} {
		opt.BranchNotice.Number = tc.first
		ns, _, err := BranchNotices(opt, ds, res, tmpl)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range ns {
			got = append(got, n.Notice.Number)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: numbers %q, want %q", tc.first, got, tc.want)
		}
	}
}
