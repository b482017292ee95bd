package compare

import (
	"slices"
	"strings"
	"testing"

	"pingyou/pipeline/model"
)

// year builds this year's dataset and results: orgs as "name/type/code/band",
// members as "name/branch/id/grade", commendations as "award:name" (a
// member's or an organisation's), "流动红旗@2013Q1:name" per period.
func year(orgs, members, awards []string) (*model.Dataset, *model.Results) {
	ds := &model.Dataset{}
	for i, o := range orgs {
		f := strings.Split(o, "/")
		ds.Orgs = append(ds.Orgs, model.Organisation{Name: f[0], Type: model.OrgType(f[1]), Code: f[2], Order: i,
			Ref: model.CellRef{File: "花名册.xlsx", Sheet: "党组织", Cell: model.CellName(1, i+3)}})
	}
	for i, m := range members {
		f := strings.Split(m, "/")
		ds.Members = append(ds.Members, model.Member{Name: f[0], Branch: f[1], IDNumber: f[2], Order: i,
			Ref: model.CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: model.CellName(1, i+3)}})
	}
	res := &model.Results{}
	for i, o := range orgs {
		res.Orgs = append(res.Orgs, model.OrgResult{Org: &ds.Orgs[i], Band: strings.Split(o, "/")[3]})
	}
	for i, m := range members {
		res.Members = append(res.Members, model.MemberResult{Member: &ds.Members[i], Grade: model.Grade(strings.Split(m, "/")[3])})
	}
	for _, a := range awards {
		award, name, _ := strings.Cut(a, ":")
		award, period, _ := strings.Cut(award, "@")
		c := model.Commendation{Award: award, Name: name, Period: period}
		for i := range ds.Members {
			if ds.Members[i].Name == name {
				c.Kind, c.Member = model.PersonAward, &ds.Members[i]
			}
		}
		for i := range ds.Orgs {
			if ds.Orgs[i].Name == name {
				c.Kind, c.Org = model.OrgAward, &ds.Orgs[i]
			}
		}
		res.Commendations = append(res.Commendations, c)
	}
	return ds, res
}

var bands = []string{"好", "较好", "一般", "差"}

func TestCompare(t *testing.T) {
	prior := &model.PriorYear{Year: 2012, File: "2012/评议结果汇总表.xlsx", HasIDs: true,
		Orgs: []model.PriorOrg{
			{Name: "甲支部", Code: "A1", Band: "好", Awards: []string{"先进基层党组织"}, Runs: map[string]int{"先进基层党组织": 2}},
			{Name: "乙支部", Code: "B1", Band: "一般", Runs: map[string]int{model.RunWatch: 3}},
			{Name: "丙支部", Band: "较好"},            // renamed 丁支部 in 2013, no code: not found
			{Name: "戊支部", Code: "E1", Band: "差"}, // 2013 has 戊支部 with another code
			{Name: "己支部", Band: "先进"},            // a band 2013's scheme has not
		},
		Members: []model.PriorMember{
			{Name: "张三", Branch: "甲支部", IDNumber: "ID1", Grade: model.Basic, Runs: map[string]int{model.RunWeak: 2}},
			{Name: "李四", Branch: "甲支部", IDNumber: "ID2", Grade: model.Excellent, Awards: []string{"优秀共产党员"}},
			{Name: "王五", Branch: "乙支部", Grade: model.Unqualified}, // no number last year
			{Name: "赵六", Branch: "乙支部", IDNumber: "ID6", Grade: model.Qualified},
			{Name: "孙七", Branch: "乙支部", IDNumber: "ID7", Grade: model.Qualified}, // two 孙七 in 乙支部
			{Name: "孙七", Branch: "乙支部", IDNumber: "ID8", Grade: model.Qualified},
			{Name: "周八", Branch: "乙支部", IDNumber: "ID9", Grade: model.Qualified},
			{Name: "吴九", Branch: "甲支部", IDNumber: "IDX", Grade: model.Qualified}, // gone
		},
	}
	for i := range prior.Orgs {
		prior.Orgs[i].Ref = model.CellRef{File: prior.File, Sheet: "组织考核结果", Cell: model.CellName(3, i+4)}
	}
	for i := range prior.Members {
		prior.Members[i].Ref = model.CellRef{File: prior.File, Sheet: "党员评议结果", Cell: model.CellName(3, i+4)}
	}
	ds, res := year(
		[]string{"甲党支部/党支部/A1/较好", "乙支部/党支部/B1/差", "丁支部/党支部//较好", "戊支部/党支部/E2/一般", "己支部/党支部//好"},
		[]string{
			"张三/甲党支部/ID1/不合格", // weak a third year; his branch was renamed under its code
			"李四改/甲党支部/ID2/优秀", // renamed, commended again
			"王五/乙支部/ID5/基本合格", // matched by name: last year had no number
			"赵六/乙支部//合格",      // no number this year: by name
			"孙七/乙支部//合格",      // two 孙七 last year: not matched
			"周八/乙支部/IDY/合格",   // another number: not matched
		},
		[]string{"优秀共产党员:李四改", "先进基层党组织:甲党支部", "流动红旗@2013年第一季度:乙支部"},
	)
	c, diags := Compare(prior, ds, res, Options{Year: 2013, Bands: bands})

	type org struct {
		how       model.Match
		priorName string
		move      string
		runs      []model.Run
	}
	wantOrgs := []org{
		{model.ByCode, "甲支部", model.MoveDown, []model.Run{{Kind: "先进基层党组织", Years: 3}}},
		{model.ByCode, "", model.MoveDown, []model.Run{{Kind: model.RunWatch, Years: 4}}},
		{model.Unmatched, "", "", nil},
		{model.Unmatched, "", "", nil}, // same name, different codes
		{model.ByOrgName, "", "", nil}, // 先进 is not one of this year's bands
	}
	for i, w := range wantOrgs {
		o := c.Orgs[i]
		if o.How != w.how || o.PriorName != w.priorName || o.Move != w.move || !slices.Equal(o.Runs, w.runs) {
			t.Errorf("%s: %+v, want %+v", res.Orgs[i].Org.Name, o, w)
		}
	}
	type member struct {
		how       model.Match
		priorName string
		runs      []model.Run
	}
	wantMembers := []member{
		{model.ByID, "", []model.Run{{Kind: model.RunWeak, Years: 3}}},
		{model.ByID, "李四", []model.Run{{Kind: "优秀共产党员", Years: 2}}},
		{model.ByNameInBranch, "", []model.Run{{Kind: model.RunWeak, Years: 2}}},
		{model.ByNameInBranch, "", nil},
		{model.Unmatched, "", nil},
		{model.Unmatched, "", nil},
	}
	for i, w := range wantMembers {
		m := c.Members[i]
		if m.How != w.how || m.PriorName != w.priorName || !slices.Equal(m.Runs, w.runs) {
			t.Errorf("%s: %+v, want %+v", res.Members[i].Member.Name, m, w)
		}
	}
	if c.Members[0].PriorBranch != "" {
		t.Errorf("张三's branch was renamed, not left: %q", c.Members[0].PriorBranch)
	}
	var gone []string
	for _, p := range c.GoneMembers {
		gone = append(gone, p.Name+p.IDNumber)
	}
	if want := []string{"孙七ID7", "孙七ID8", "周八ID9", "吴九IDX"}; !slices.Equal(gone, want) {
		t.Errorf("gone members %v, want %v", gone, want)
	}
	gone = nil
	for _, p := range c.GoneOrgs {
		gone = append(gone, p.Name)
	}
	if want := []string{"丙支部", "戊支部"}; !slices.Equal(gone, want) {
		t.Errorf("gone organisations %v, want %v", gone, want)
	}
	if !slices.Equal(c.Watch, []string{"一般", "差"}) || c.WatchText() != "一般或差" {
		t.Errorf("watch %v %q", c.Watch, c.WatchText())
	}

	// Every 提醒 says what it should, where.
	wantDiags := []struct{ cell, problem string }{
		{"花名册.xlsx 党组织!A3", "党组织名称与上年不同，按组织代码A1对应为同一组织"},
		{"花名册.xlsx 党组织!A6", "与上年的同名组织组织代码不同，没有对应为同一组织"},
		{"2012/评议结果汇总表.xlsx", "上年的档次“先进”不在本年评议方案的档次"},
		{"花名册.xlsx 党组织!A5", "上年（2012年度）的评议结果中没有这个党组织"},
		{"花名册.xlsx 党员!A5", "上年的结果中没有身份证号，按姓名和所在党支部与上年对应"},
		{"花名册.xlsx 党员!A6", "本年没有填写身份证号，按姓名和所在党支部与上年对应"},
		{"花名册.xlsx 党员!A7", "上年同一党支部有2名、本年有1名同名党员，不能按姓名对应"},
		{"花名册.xlsx 党员!A8", "上年同一党支部的同名党员身份证号不同"},
		{"花名册.xlsx 党员!A4", "姓名与上年不同，按身份证号对应为同一人"},
		{"花名册.xlsx 党员!A8", "上年（2012年度）的评议结果中没有这名党员"},
		{"2012/评议结果汇总表.xlsx 党员评议结果!C11", "上年的党员在本年的评议结果中没有对应"},
	}
	for _, w := range wantDiags {
		if !slices.ContainsFunc(diags, func(d model.Diagnostic) bool {
			return d.Severity == model.Warning && strings.HasPrefix(d.Ref.String(), w.cell) && strings.Contains(d.Problem, w.problem)
		}) {
			t.Errorf("no 提醒 at %s: %s", w.cell, w.problem)
		}
	}
	for _, d := range diags {
		if d.Severity != model.Warning {
			t.Errorf("not a 提醒: %s", d)
		}
	}
}

// A workbook from before 身份证号 was recorded: everyone by name, with
// one 提醒 for the file rather than one a member.
func TestCompareWithoutIDs(t *testing.T) {
	prior := &model.PriorYear{Year: 2012, File: "旧/评议结果汇总表.xlsx", Members: []model.PriorMember{
		{Name: "张三", Branch: "甲支部", Grade: model.Basic},
		{Name: "李四", Branch: "甲支部", Grade: model.Qualified},
	}, Orgs: []model.PriorOrg{{Name: "甲支部", Band: "好"}}}
	ds, res := year([]string{"甲支部/党支部//好"}, []string{"张三/甲支部/ID1/基本合格", "李四/甲支部/ID2/合格"}, nil)
	c, diags := Compare(prior, ds, res, Options{Year: 2013, Bands: bands})
	for i, m := range c.Members {
		if m.How != model.ByNameInBranch {
			t.Errorf("member %d: %v", i, m.How)
		}
	}
	if c.Members[0].Run(model.RunWeak) != 2 || c.Orgs[0].Move != model.MoveSame {
		t.Errorf("runs %v, move %q", c.Members[0].Runs, c.Orgs[0].Move)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Problem, "2名党员按姓名和所在党支部与上年对应") {
		t.Errorf("diagnostics: %v", diags)
	}
}
