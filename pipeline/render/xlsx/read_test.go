package xlsx

import (
	"bytes"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// comparedFixture is the fixture with 身份证号 and a comparison with 2011:
// streaks of several kinds, so that reading the workbook back has them all.
func comparedFixture() (*model.Results, Options) {
	res := testResults()
	for i := range res.Members {
		res.Members[i].Member.IDNumber = "ID-" + res.Members[i].Member.Name
	}
	orgs := testOrgs()
	res.Commendations[0].Member = res.Members[0].Member // 张三
	res.Commendations[1].Member = res.Members[7].Member // +刘十
	res.Commendations[2].Org = &orgs[2]
	c := &model.Comparison{Year: 2012, PriorYear: 2011, Bands: []string{"好", "较好", "一般", "差"}, Watch: []string{"一般", "差"},
		Members: make([]model.MemberYear, len(res.Members)), Orgs: make([]model.OrgYear, len(res.Orgs))}
	prior := &model.PriorMember{Name: "王五", Branch: staffName, Grade: model.Basic}
	for i := range c.Members {
		c.Members[i].Prior, c.Members[i].How = prior, model.ByID
	}
	c.Members[0].Runs = []model.Run{{Kind: "优秀共产党员", Years: 2}}
	c.Members[2].Runs = []model.Run{{Kind: model.RunWeak, Years: 3}}
	c.Members[3].Prior, c.Members[3].How = nil, model.Unmatched
	c.Orgs[0] = model.OrgYear{Prior: &model.PriorOrg{Name: staffName, Band: "好"}, How: model.ByOrgName, PriorBand: "好", Move: model.MoveSame,
		Runs: []model.Run{{Kind: "先进基层党组织", Years: 4}}}
	c.Orgs[1] = model.OrgYear{Prior: &model.PriorOrg{Name: studName, Band: "差"}, How: model.ByOrgName, PriorBand: "差", Move: model.MoveUp,
		Runs: []model.Run{{Kind: model.RunWatch, Years: 2}}}
	c.GoneMembers = []*model.PriorMember{{Name: "郑老", Branch: officeName, IDNumber: "ID-郑老", Grade: model.Qualified}}
	opt := testOptions()
	opt.Comparison = c
	return res, opt
}

func TestReadPrior(t *testing.T) {
	res, opt := comparedFixture()
	var buf bytes.Buffer
	if err := WriteSummary(&buf, res, opt); err != nil {
		t.Fatal(err)
	}
	py, diags, err := ReadPrior(bytes.NewReader(buf.Bytes()), "2012/评议结果汇总表.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	if py.Year != 2012 || py.Unit != unitName || !py.HasIDs || !py.Compared {
		t.Errorf("year %d, unit %q, ids %v, compared %v", py.Year, py.Unit, py.HasIDs, py.Compared)
	}
	// Every member of the results, as they were given.
	want := map[string]model.PriorMember{}
	for _, r := range res.Members {
		g := r.Grade
		want[r.Member.Name] = model.PriorMember{Name: r.Member.Name, Branch: r.Member.Branch, IDNumber: r.Member.IDNumber, Grade: g}
	}
	got := map[string]model.PriorMember{}
	for _, m := range py.Members {
		got[m.Name] = m
		if m.Ref.File != "2012/评议结果汇总表.xlsx" || m.Ref.Sheet != SheetMembers || !strings.HasPrefix(m.Ref.Cell, "C") {
			t.Errorf("%s: ref %v", m.Name, m.Ref)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d members read, want %d", len(got), len(want))
	}
	for name, w := range want {
		g := got[name]
		if g.Branch != w.Branch || g.IDNumber != w.IDNumber || g.Grade != w.Grade {
			t.Errorf("%s: %+v, want %+v", name, g, w)
		}
	}
	check := func(who string, awards []string, runs map[string]int, wantAwards []string, wantRuns map[string]int) {
		t.Helper()
		if !slices.Equal(awards, wantAwards) || !maps.Equal(runs, wantRuns) {
			t.Errorf("%s: awards %v runs %v, want %v %v", who, awards, runs, wantAwards, wantRuns)
		}
	}
	check("张三", got["张三"].Awards, got["张三"].Runs, []string{"优秀共产党员"}, map[string]int{"优秀共产党员": 2})
	check("+刘十", got["+刘十"].Awards, got["+刘十"].Runs, []string{"优秀共产党员"}, nil)
	check("王五", got["王五"].Awards, got["王五"].Runs, nil, map[string]int{model.RunWeak: 3})
	orgs := map[string]model.PriorOrg{}
	for _, o := range py.Orgs {
		orgs[o.Name] = o
	}
	check(staffName, orgs[staffName].Awards, orgs[staffName].Runs, []string{"先进基层党组织"}, map[string]int{"先进基层党组织": 4})
	check(studName, orgs[studName].Awards, orgs[studName].Runs, nil, map[string]int{model.RunWatch: 2})
	if orgs[staffName].Band != "好" || orgs[studName].Band != "一般" || orgs[officeName].Type != model.DirectBranch {
		t.Errorf("organisations: %+v", orgs)
	}

	// An older workbook: no 身份证号 column, no comparison.
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(SheetMembers)
	col := colName(slices.Index(rows[headerRow-1], "身份证号"))
	if err := f.RemoveCol(SheetMembers, col); err != nil {
		t.Fatal(err)
	}
	if err := f.DeleteSheet(SheetCompare); err != nil {
		t.Fatal(err)
	}
	var old bytes.Buffer
	if err := f.Write(&old); err != nil {
		t.Fatal(err)
	}
	py, _, err = ReadPrior(bytes.NewReader(old.Bytes()), "old.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if py.HasIDs || py.Compared || len(py.Members) != len(want) {
		t.Errorf("old workbook: ids %v, compared %v, %d members", py.HasIDs, py.Compared, len(py.Members))
	}
	for _, m := range py.Members {
		if m.IDNumber != "" || m.Runs != nil {
			t.Errorf("old workbook: %+v", m)
		}
	}

	// Not a summary pingyou wrote.
	if err := f.DeleteSheet(SheetOrgs); err != nil {
		t.Fatal(err)
	}
	old.Reset()
	f.Write(&old)
	if _, _, err := ReadPrior(bytes.NewReader(old.Bytes()), "x.xlsx"); err == nil || !strings.Contains(err.Error(), "x.xlsx 中没有“组织考核结果”工作表") {
		t.Errorf("without 组织考核结果: %v", err)
	}
	if _, _, err := ReadPrior(strings.NewReader("not a workbook"), "x.xlsx"); err == nil || !strings.Contains(err.Error(), "不是有效的 Excel 工作簿") {
		t.Errorf("not a workbook: %v", err)
	}
}

// The comparison's sheet and columns: sections with their counts, the
// streaks where they belong, and the columns beside this year's.
func TestCompareSheet(t *testing.T) {
	res, opt := comparedFixture()
	var buf bytes.Buffer
	if err := WriteSummary(&buf, res, opt); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sheets := f.GetSheetList()
	if i := slices.Index(sheets, SheetCompare); i != len(sheets)-2 {
		t.Errorf("sheets %v: %s should come before %s", sheets, SheetCompare, SheetProblems)
	}
	rows, _ := f.GetRows(SheetCompare)
	if rows[0][0] != "2012年度与2011年度评议结果对比" {
		t.Errorf("title %q", rows[0][0])
	}
	var bands []string
	for _, r := range rows[3:] {
		if _, err := strconv.Atoi(r[0]); err != nil {
			bands = append(bands, r[0])
		}
	}
	want := []string{
		"一、党组织分类定档与上年比较（连续年数：连续处于一般或差的年数）（2个）",
		"二、连续两年及以上评为基本合格或不合格的党员（1名）",
		"三、连续两年及以上获得同一表彰（2项）",
		"四、姓名、名称与上年不同（已对应为同一人、同一组织）（0项）",
		"五、本年有、上年没有对应的（2项）", // 赵六, and 机关党支部 (no Prior)
		"六、上年有、本年没有对应的（1项）",
	}
	if !slices.Equal(bands, want) {
		t.Errorf("sections:\n%s\nwant:\n%s", strings.Join(bands, "\n"), strings.Join(want, "\n"))
	}
	merged, _ := f.GetMergeCells(SheetCompare)
	for _, m := range merged { // title, subtitle and bands: across the table
		if !strings.HasPrefix(m.GetStartAxis(), "A") || !strings.HasPrefix(m.GetEndAxis(), "K") {
			t.Errorf("band merged %s:%s", m.GetStartAxis(), m.GetEndAxis())
		}
	}
	members, _ := f.GetRows(SheetMembers)
	head := members[headerRow-1]
	if i := slices.Index(head, "评定等次"); head[i+1] != "上年等次" || head[i+2] != "与上年对比" || head[len(head)-1] != "身份证号" {
		t.Errorf("member headings %q", head)
	}
	orgRows, _ := f.GetRows(SheetOrgs)
	oh := orgRows[headerRow-1]
	if i := slices.Index(oh, "档次"); oh[i+1] != "上年档次" || oh[i+2] != "档次变化" || oh[i+3] != "与上年对比" {
		t.Errorf("organisation headings %q", oh)
	}
	// Without a comparison: neither the sheet nor the columns.
	res, opt = comparedFixture()
	opt.Comparison = nil
	buf.Reset()
	if err := WriteSummary(&buf, res, opt); err != nil {
		t.Fatal(err)
	}
	f, _ = excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if slices.Contains(f.GetSheetList(), SheetCompare) {
		t.Error("a 与上年对比 sheet without a comparison")
	}
	members, _ = f.GetRows(SheetMembers)
	if slices.Contains(members[headerRow-1], "上年等次") {
		t.Errorf("member headings without a comparison: %q", members[headerRow-1])
	}
}
