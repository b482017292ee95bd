package xlsx

import (
	"cmp"
	"slices"
	"strings"

	"pingyou/pipeline/model"
)

// memberTable is 党员评议结果: one row per member, grouped by branch in the
// order of the 党组织 sheet, members in input order within a branch.
//
// Columns: 序号, 所在党支部, 姓名, 性别, 党员类型, 是否参评, 优秀票, 合格票,
// 基本合格票, 不合格票, 有效票, 优秀票率, one per score dimension, 综合得分,
// 支部内排名, 否决情形, 评定等次, 说明, 备注, 身份证号; with last year's
// results (Options.Comparison) 上年等次 and 与上年对比 after 评定等次.
// Rows graded 不合格 are filled red, 基本合格 yellow; the rank and grade of
// a member whose place at a quota boundary is left to the committee are
// orange.
func (w *writer) memberTable(res *model.Results, h hierarchy) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "所在党支部", kind: kText},
		{name: "姓名", kind: kText},
		{name: "性别", kind: kCenter},
		{name: "党员类型", kind: kCenter},
		{name: "是否参评", kind: kCenter},
		{name: "优秀票", kind: kInt},
		{name: "合格票", kind: kInt},
		{name: "基本合格票", kind: kInt},
		{name: "不合格票", kind: kInt},
		{name: "有效票", kind: kInt},
		{name: "优秀票率", kind: kPct},
	}
	for _, d := range w.opt.Dimensions {
		cols = append(cols, column{name: d, kind: kScore})
	}
	cols = append(cols,
		column{name: "综合得分", kind: kScore},
		column{name: "支部内排名", kind: kInt},
		column{name: "否决情形", kind: kWrap, max: 16},
		column{name: "评定等次", kind: kCenter},
	)
	gradeCol := len(cols) - 1
	gradeRef := colName(gradeCol)
	cmp := w.opt.Comparison
	if cmp != nil {
		cols = append(cols,
			column{name: lastYearGrade, kind: kCenter},
			column{name: withLastYear, kind: kWrap, max: 30},
		)
	}
	cols = append(cols,
		column{name: "说明", kind: kWrap, max: 36},
		column{name: "备注", kind: kWrap, max: 24},
		// Last year's comparison finds a member by it (issue 19).
		column{name: "身份证号", kind: kText, max: 20},
	)

	order := memberOrder(res.Members, h)
	dims := w.opt.Dimensions
	rows := func(yield func([]any) bool) {
		vals := make([]any, len(cols))
		for seq, i := range order {
			r := &res.Members[i]
			m := r.Member
			if m == nil {
				m = &model.Member{}
			}
			a := m.Assessment
			clear(vals)
			vals[0] = seq + 1
			vals[1] = m.Branch
			vals[2] = m.Name
			vals[3] = m.Gender
			vals[4] = string(m.Type)
			if a == nil {
				vals[5] = "否（无测评记录）"
			} else {
				vals[5] = "是"
				if a.HasVotes {
					vals[6], vals[7], vals[8], vals[9] = a.Votes.Excellent, a.Votes.Qualified, a.Votes.Basic, a.Votes.Unqualified
					vals[10] = a.Votes.Total()
				}
			}
			vals[11] = ratio(r.Ratios["优秀票率"])
			c := 12
			for _, d := range dims {
				s := r.Scores[d]
				if s == nil && a != nil {
					s = a.Scores[d]
				}
				vals[c] = score(s)
				c++
			}
			vals[c] = score(r.Score)
			if r.RankInBranch > 0 {
				vals[c+1] = r.RankInBranch
			}
			vals[c+2] = strings.Join(r.Vetoes, "；")
			grade := string(r.Grade)
			if grade == "" && !r.Graded {
				grade = string(model.NotGraded)
			}
			vals[c+3] = grade
			if r.TieUnresolved {
				vals[c+1] = flagged{vals[c+1]}
				vals[c+3] = flagged{grade}
			}
			c += 4
			if cmp != nil {
				if i < len(cmp.Members) {
					my := &cmp.Members[i]
					if my.Prior != nil {
						vals[c] = gradeText(my.Prior.Grade)
					}
					vals[c+1] = my.Note
				}
				c += 2
			}
			vals[c] = r.Reason
			if a != nil {
				vals[c+1] = a.Remark
			}
			vals[c+2] = m.IDNumber
			if !yield(vals) {
				return
			}
		}
	}
	return &table{
		sheet:  SheetMembers,
		title:  w.opt.memberTitle(),
		cols:   cols,
		rows:   rows,
		freeze: 3, // 序号, 所在党支部, 姓名 stay in view
		conds: []cond{
			{formula: "$" + gradeRef + `%d="` + string(model.Unqualified) + `"`, bad: true},
			{formula: "$" + gradeRef + `%d="` + string(model.Basic) + `"`},
		},
	}
}

// memberOrder sorts member indices by branch (sheet order), then input order.
func memberOrder(ms []model.MemberResult, h hierarchy) []int {
	idx := make([]int, len(ms))
	for i := range idx {
		idx[i] = i
	}
	key := func(i int) (int, string, int) {
		m := ms[i].Member
		if m == nil {
			return 1 << 31, "", 0
		}
		return h.order(m.Branch), m.Branch, m.Order
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		oa, ba, ma := key(a)
		ob, bb, mb := key(b)
		return cmp.Or(cmp.Compare(oa, ob), cmp.Compare(ba, bb), cmp.Compare(ma, mb), cmp.Compare(a, b))
	})
	return idx
}

// colName is the letter of a 0-based column.
func colName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}
