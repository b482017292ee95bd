package xlsx

import (
	"fmt"
	"slices"
	"strings"

	"pingyou/pipeline/model"
)

// commendTable is 表彰名单: the commended in 名单 order with 类别 (the award:
// 优秀共产党员, 先进基层党组织, …), 姓名/组织名称, 所在单位 and 证书编号.
// A 期间 column appears when any award is per period (流动红旗).
func (w *writer) commendTable(res *model.Results) *table {
	periods := false
	for _, c := range res.Commendations {
		if c.Period != "" {
			periods = true
		}
	}
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "类别", kind: kCenter},
		{name: "姓名/组织名称", kind: kText},
		{name: "所在单位", kind: kText},
	}
	if periods {
		cols = append(cols, column{name: "期间", kind: kCenter})
	}
	cols = append(cols, column{name: "证书编号", kind: kText})
	rows := func(yield func([]any) bool) {
		for i, c := range res.Commendations {
			unit := c.Unit
			if unit == "" && c.Kind == model.OrgAward {
				unit = c.Group
			}
			vals := []any{i + 1, c.Award, c.Name, unit}
			if periods {
				vals = append(vals, c.Period)
			}
			vals = append(vals, c.Number)
			if !yield(vals) {
				return
			}
		}
	}
	return &table{
		sheet:  SheetCommended,
		title:  w.opt.yearText() + "表彰名单",
		cols:   cols,
		rows:   rows,
		freeze: 3,
	}
}

// quotaTable is 名额分配表: per award and scope the members counted (正式/预备),
// the seats, how many were used and how the number was computed.
func (w *writer) quotaTable(res *model.Results) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "评选项目", kind: kCenter},
		{name: "党组织", kind: kText},
		{name: "党员总数", kind: kInt},
		{name: "正式党员", kind: kInt, group: "其中"},
		{name: "预备党员", kind: kInt, group: "其中"},
		{name: "计算基数", kind: kInt},
		{name: "名额", kind: kInt},
		{name: "已用名额", kind: kInt},
		{name: "计算方法", kind: kWrap, max: 50},
	}
	rows := func(yield func([]any) bool) {
		for i, q := range res.Quotas {
			var members, full, prob any
			if q.Full+q.Probation > 0 {
				members, full, prob = q.Full+q.Probation, q.Full, q.Probation
			}
			if !yield([]any{i + 1, awardName(q.Award), q.Scope, members, full, prob, q.Population, q.Seats, q.Used, q.Rule}) {
				return
			}
		}
	}
	return &table{
		sheet:  SheetQuotas,
		title:  w.opt.yearText() + "评优名额分配表",
		cols:   cols,
		rows:   rows,
		freeze: 3,
	}
}

// noticeTable is 发文登记: every 公文 of the batch with its own 发文字号, in
// the order written (表彰决定, then the branch notices); nil without any.
func (w *writer) noticeTable() *table {
	if len(w.opt.Notices) == 0 {
		return nil
	}
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "发文字号", kind: kText},
		{name: "标题", kind: kWrap, max: 50},
		{name: "主送机关", kind: kText, max: 30},
		{name: "成文日期", kind: kCenter},
		{name: "文件", kind: kText, max: 40},
	}
	rows := func(yield func([]any) bool) {
		for i, n := range w.opt.Notices {
			if !yield([]any{i + 1, n.Number, n.Title, strings.TrimSuffix(n.Recipient, "："), n.Date, n.File}) {
				return
			}
		}
	}
	return &table{
		sheet:  SheetNotices,
		title:  w.opt.yearText() + "发文登记",
		cols:   cols,
		rows:   rows,
		freeze: 2,
	}
}

// awardName spells a grade quota as such: 优秀 → 优秀等次.
func awardName(a string) string {
	switch model.Grade(a) {
	case model.Excellent, model.Qualified, model.Basic, model.Unqualified:
		return a + "等次"
	}
	return a
}

// problemTable is 问题清单: the diagnostics carried from reading and deciding,
// then those found while writing this workbook, with where, what and how to fix.
func (w *writer) problemTable(res *model.Results) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "类型", kind: kCenter},
		{name: "文件", kind: kText, max: 24},
		{name: "工作表", kind: kText, max: 16},
		{name: "单元格", kind: kCenter},
		{name: "问题", kind: kWrap, max: 50},
		{name: "原值", kind: kWrap, max: 24},
		{name: "修改建议", kind: kWrap, max: 40},
	}
	notes := slices.Clone(w.notes) // the same rows in both passes
	all := func(yield func(model.Diagnostic) bool) {
		for _, d := range res.Diagnostics {
			if !yield(d) {
				return
			}
		}
		for _, d := range notes {
			if !yield(d) {
				return
			}
		}
	}
	rows := func(yield func([]any) bool) {
		i := 0
		for d := range all {
			i++
			if !yield([]any{i, d.Severity.String(), d.Ref.File, d.Ref.Sheet, d.Ref.Cell, d.Problem, d.Value, d.Fix}) {
				return
			}
		}
	}
	return &table{
		sheet:  SheetProblems,
		title:  fmt.Sprintf("%s数据问题清单", w.opt.yearText()),
		cols:   cols,
		rows:   rows,
		freeze: 2,
		conds:  []cond{{col: 1, criteria: "==", value: `"` + model.Error.String() + `"`, bad: true}},
	}
}
