package xlsx

import (
	"fmt"

	"pingyou/pipeline/model"
)

// SheetCompare is last year beside this year (issue 19); only with
// Options.Comparison. Next year's run reads it back (read.go): its 连续年数
// carry the streaks on, so keep its columns and 类别 words.
const SheetCompare = "与上年对比"

// Column headings the comparison adds to 党员评议结果 and 组织考核结果.
const (
	lastYearGrade = "上年等次"
	lastYearBand  = "上年档次"
	bandMove      = "档次变化"
	withLastYear  = "与上年对比"
)

// Words of the comparison sheet's 对象 and 类别 columns that read.go
// depends on; 类别 is otherwise an award's name.
const (
	subjectMember = "党员"
	subjectOrg    = "党组织"
	kindNameNew   = "姓名变化"
	kindOrgNew    = "名称变化"
	kindNoPrior   = "上年无对应"
	kindGone      = "本年无对应"
)

// compareTable is SheetCompare: a section (band row) each for 分类定档 of
// the organisations found in both years, members graded 基本合格 or 不合格
// two or more years running, commendations received again, names that
// changed, this year's members and organisations without last year's, and
// last year's without this year's.
//
// Columns: 序号, 对象 (党员/党组织), 类别, 姓名/组织名称, 所在单位 (branch or
// 上级组织), 身份证号/组织代码, 上年, 本年, 变化 (晋位/持平/降档), 连续年数, 说明.
func (w *writer) compareTable(res *model.Results, h hierarchy) *table {
	cmp := w.opt.Comparison
	if cmp == nil {
		return nil
	}
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "对象", kind: kCenter},
		{name: "类别", kind: kCenter, max: 16},
		{name: "姓名/组织名称", kind: kText},
		{name: "所在单位", kind: kText},
		{name: "身份证号/组织代码", kind: kText, max: 20},
		{name: "上年", kind: kCenter, max: 16},
		{name: "本年", kind: kCenter, max: 16},
		{name: "变化", kind: kCenter},
		{name: "连续年数", kind: kInt},
		{name: "说明", kind: kWrap, max: 40},
	}
	py, y := fmt.Sprintf("%d年", cmp.PriorYear), fmt.Sprintf("%d年", cmp.Year)
	order := memberOrder(res.Members, h)
	member := func(i int) *model.Member {
		if i < len(res.Members) && res.Members[i].Member != nil {
			return res.Members[i].Member
		}
		return &model.Member{}
	}
	org := func(i int) *model.Organisation {
		if i < len(res.Orgs) && res.Orgs[i].Org != nil {
			return res.Orgs[i].Org
		}
		return &model.Organisation{}
	}
	type row = []any
	var sections []struct {
		title string
		rows  []row
	}
	add := func(title string, unit string, rows []row) {
		sections = append(sections, struct {
			title string
			rows  []row
		}{fmt.Sprintf("%s（%d%s）", title, len(rows), unit), rows})
	}
	years := func(n int) any {
		if n >= 2 {
			return n
		}
		return nil
	}

	// 一: every organisation found in both years with a band in either.
	var rows []row
	for i := range cmp.Orgs {
		oy, r := &cmp.Orgs[i], &res.Orgs[i]
		if oy.Prior == nil || (oy.PriorBand == "" && r.Band == "") {
			continue
		}
		o := org(i)
		rows = append(rows, row{nil, subjectOrg, model.RunWatch, o.Name, o.Parent, o.Code, oy.PriorBand, r.Band, oy.Move, years(oy.Run(model.RunWatch)), oy.Note})
	}
	add(fmt.Sprintf("一、党组织分类定档与上年比较（连续年数：连续处于%s的年数）", cmp.WatchText()), "个", rows)

	// 二: members graded 基本合格 or 不合格 two or more years running.
	rows = nil
	for _, i := range order {
		if n := cmp.Members[i].Run(model.RunWeak); n >= 2 {
			m := member(i)
			rows = append(rows, row{nil, subjectMember, model.RunWeak, m.Name, m.Branch, m.IDNumber,
				gradeText(cmp.Members[i].Prior.Grade), gradeText(res.Members[i].Grade), nil, n, cmp.Members[i].Note})
		}
	}
	add("二、连续两年及以上评为基本合格或不合格的党员", "名", rows)

	// 三: commendations two or more years running.
	rows = nil
	for i := range cmp.Orgs {
		for _, run := range cmp.Orgs[i].Runs {
			if run.Kind != model.RunWatch {
				o := org(i)
				rows = append(rows, row{nil, subjectOrg, run.Kind, o.Name, o.Parent, o.Code, "获评", "获评", nil, run.Years, cmp.Orgs[i].Note})
			}
		}
	}
	for _, i := range order {
		for _, run := range cmp.Members[i].Runs {
			if run.Kind != model.RunWeak {
				m := member(i)
				rows = append(rows, row{nil, subjectMember, run.Kind, m.Name, m.Branch, m.IDNumber, "获评", "获评", nil, run.Years, cmp.Members[i].Note})
			}
		}
	}
	add("三、连续两年及以上获得同一表彰", "项", rows)

	// 四: names that changed (found by 组织代码 or 身份证号).
	rows = nil
	for i := range cmp.Orgs {
		if oy := &cmp.Orgs[i]; oy.PriorName != "" {
			o := org(i)
			rows = append(rows, row{nil, subjectOrg, kindOrgNew, o.Name, o.Parent, o.Code, oy.PriorName, o.Name, nil, nil, "按组织代码对应"})
		}
	}
	for _, i := range order {
		if my := &cmp.Members[i]; my.PriorName != "" {
			m := member(i)
			rows = append(rows, row{nil, subjectMember, kindNameNew, m.Name, m.Branch, m.IDNumber, my.PriorName, m.Name, nil, nil, "按身份证号对应"})
		}
	}
	add("四、姓名、名称与上年不同（已对应为同一人、同一组织）", "项", rows)

	// 五: this year's without last year's.
	rows = nil
	for i := range cmp.Orgs {
		if cmp.Orgs[i].Prior == nil {
			o := org(i)
			rows = append(rows, row{nil, subjectOrg, kindNoPrior, o.Name, o.Parent, o.Code, "无", res.Orgs[i].Band, nil, nil, py + "的结果中没有这个组织"})
		}
	}
	for _, i := range order {
		if cmp.Members[i].Prior == nil {
			m := member(i)
			rows = append(rows, row{nil, subjectMember, kindNoPrior, m.Name, m.Branch, m.IDNumber, "无", gradeText(res.Members[i].Grade), nil, nil, py + "的结果中没有这名党员"})
		}
	}
	add("五、本年有、上年没有对应的", "项", rows)

	// 六: last year's without this year's.
	rows = nil
	for _, p := range cmp.GoneOrgs {
		rows = append(rows, row{nil, subjectOrg, kindGone, p.Name, p.Parent, p.Code, p.Band, "无", nil, nil, y + "的党组织表中没有这个组织"})
	}
	for _, p := range cmp.GoneMembers {
		rows = append(rows, row{nil, subjectMember, kindGone, p.Name, p.Branch, p.IDNumber, gradeText(p.Grade), "无", nil, nil, y + "的评议结果中没有这名党员"})
	}
	add("六、上年有、本年没有对应的", "项", rows)

	all := func(yield func([]any) bool) {
		seq := 0
		for _, s := range sections {
			if !yield([]any{band{s.title}}) {
				return
			}
			for _, r := range s.rows {
				seq++
				r[0] = seq
				if !yield(r) {
					return
				}
			}
		}
	}
	return &table{
		sheet:  SheetCompare,
		title:  fmt.Sprintf("%d年度与%d年度评议结果对比", cmp.Year, cmp.PriorYear),
		cols:   cols,
		rows:   all,
		freeze: 4, // 序号, 对象, 类别, 姓名/组织名称 stay in view
	}
}

// gradeText is a grade as the sheets show it: no grade is 不评定等次.
func gradeText(g model.Grade) string {
	if g == "" {
		return string(model.NotGraded)
	}
	return string(g)
}
