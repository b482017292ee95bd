package xlsx

import (
	"pingyou/pipeline/model"
)

// satisfactionFloor is the 群众满意率 below which a cell is filled red
// (a satisfaction under 60% caps an organisation's grade in the usual schemes).
const satisfactionFloor = "0.6"

// orgTable is 组织考核结果: one row per organisation in input order with
// 上级党总支, 组织名称, 组织类型, 组织代码 (when any has one), the configured
// items, 总分, 群众满意率, 档次, with last year's results 上年档次, 档次变化 and
// 与上年对比, then 先进基层党组织 (是/否) and 说明.
func (w *writer) orgTable(res *model.Results, h hierarchy) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "所属党总支", kind: kText, max: 20},
		{name: "组织名称", kind: kText},
		{name: "组织类型", kind: kCenter},
	}
	codes := false
	for i := range res.Orgs {
		if o := res.Orgs[i].Org; o != nil && o.Code != "" {
			codes = true
		}
	}
	if codes { // next year's comparison finds a renamed organisation by it
		cols = append(cols, column{name: "组织代码", kind: kText, max: 20})
	}
	for _, it := range w.opt.OrgItems {
		cols = append(cols, column{name: it, kind: kScore})
	}
	first := len(cols)
	cols = append(cols,
		column{name: "总分", kind: kScore},
		column{name: "群众满意率", kind: kPct},
		column{name: "档次", kind: kCenter},
	)
	cmp := w.opt.Comparison
	if cmp != nil {
		cols = append(cols,
			column{name: lastYearBand, kind: kCenter},
			column{name: bandMove, kind: kCenter},
			column{name: withLastYear, kind: kWrap, max: 30},
		)
	}
	cols = append(cols,
		column{name: "先进基层党组织", kind: kCenter},
		column{name: "说明", kind: kWrap, max: 50},
	)
	items := w.opt.OrgItems
	rows := func(yield func([]any) bool) {
		for i := range res.Orgs {
			r := &res.Orgs[i]
			o := r.Org
			if o == nil {
				o = &model.Organisation{}
			}
			gb := h.generalBranch(o.Parent)
			if o.Type == model.GeneralBranch || o.Type == model.PartyCommittee {
				gb = ""
			}
			vals := []any{i + 1, gb, o.Name, string(o.Type)}
			if codes {
				vals = append(vals, o.Code)
			}
			for _, it := range items {
				vals = append(vals, score(r.Items[it]))
			}
			advanced := "否"
			if r.Advanced {
				advanced = "是"
			}
			band := any(r.Band)
			if r.TieUnresolved {
				band = flagged{r.Band}
			}
			vals = append(vals, score(r.Total), ratio(r.Satisfaction), band)
			if cmp != nil {
				var oy model.OrgYear
				if i < len(cmp.Orgs) {
					oy = cmp.Orgs[i]
				}
				vals = append(vals, oy.PriorBand, oy.Move, oy.Note)
			}
			vals = append(vals, advanced, r.Reason)
			if !yield(vals) {
				return
			}
		}
	}
	return &table{
		sheet:  SheetOrgs,
		title:  w.opt.yearText() + "基层党组织考核结果",
		cols:   cols,
		rows:   rows,
		freeze: 3,
		conds: []cond{
			{col: first + 1, criteria: "<", value: satisfactionFloor, bad: true},
		},
	}
}
