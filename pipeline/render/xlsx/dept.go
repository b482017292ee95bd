package xlsx

import (
	"fmt"
	"io"

	"pingyou/pipeline/model"
)

// A department's summary workbook (issue 19): the units of an organisation
// department side by side, as the 党内统计 reports them upward, with the
// checks of each unit against the department's limits and the problems of
// the units that have no results. Laid out like the unit's summary (table.go).

// Sheet names of the department's summary. Other tools read these; do not
// rename.
const (
	SheetDeptStats    = "民主评议党员情况统计表"
	SheetDeptLimits   = "比例检查"
	SheetDeptUnits    = "单位情况"
	SheetDeptProblems = "问题清单"
)

// DeptFileName is the department's summary workbook.
const DeptFileName = "民主评议党员情况统计表.xlsx"

// Unit statuses.
const (
	StatusDone    = "已生成"
	StatusProblem = "输入有误"
	StatusMissing = "缺少结果"
)

// DeptUnit is one unit's row.
type DeptUnit struct {
	Name   string // 发文机关, or the folder when the unit has no results
	Folder string // its folder in the department's output (单位/…)
	Status string // StatusDone, StatusProblem, StatusMissing
	Note   string // why it has no results
	Year   int
	// Counts, when Status is StatusDone.
	Members, Assessed, Graded, NotGraded     int
	Excellent, Qualified, Basic, Unqualified int
	Commended, Advanced, Branches            int
	Files                                    int    // files its manifest lists
	Manifest                                 string // its manifest's SHA-256
	Errors, Warnings                         int    // problems found (units without results)
}

// DeptCheck is one unit's result measured against one limit.
type DeptCheck struct {
	Unit        string
	Folder      string // the unit's folder, which tells units apart
	What        string // 优秀, 表彰, 先进基层党组织
	Count, Base int
	BaseName    string // 评定等次人数, 支部级党组织数
	Limit       string // as the config writes it: 15%
	Over        bool
}

// DeptProblem is a problem of a unit without results.
type DeptProblem struct {
	Unit string
	model.Diagnostic
}

// Department is what the department's summary shows.
type Department struct {
	Units    []DeptUnit
	Checks   []DeptCheck
	Problems []DeptProblem
	// LimitsNote says which limits were checked and where they come from.
	LimitsNote string
}

// WriteDepartment writes the department's summary workbook to w. opt.Unit
// is the department, opt.Title the statistics sheet's title.
func WriteDepartment(w io.Writer, d *Department, opt Options) error {
	if opt.FileName == "" {
		opt.FileName = DeptFileName
	}
	wr, err := newWorkbook(w, opt)
	if err != nil {
		return err
	}
	defer wr.f.Close()
	for i, t := range []*table{wr.deptStats(d), wr.deptLimits(d), wr.deptUnits(d), wr.deptProblems(d)} {
		if err := wr.write(t, i == 0); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	return wr.save(w, opt.Title, "民主评议党员情况统计")
}

// deptStats is the statistics table: per unit 党员总数, 参加评议, 评定等次,
// 不评定等次, each grade with its share of 评定等次, 表彰数 and 先进基层党组织数;
// units without results keep their row, blank, with the reason; a 合计 row
// over the units with results. Counts over a limit are flagged.
func (w *writer) deptStats(d *Department) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "单位", kind: kText, max: 28},
		{name: "党员总数", kind: kInt},
		{name: "参加评议", kind: kInt},
		{name: "评定等次", kind: kInt},
		{name: "不评定等次", kind: kInt},
	}
	for _, g := range gradesShown {
		cols = append(cols, column{name: "人数", kind: kInt, group: string(g)}, column{name: "占比", kind: kPct, group: string(g)})
	}
	cols = append(cols, column{name: "表彰数", kind: kInt}, column{name: "先进基层党组织数", kind: kInt},
		column{name: "备注", kind: kWrap, max: 36})
	over := map[[2]string]bool{}
	for _, c := range d.Checks {
		if c.Over {
			over[[2]string{c.Folder, c.What}] = true
		}
	}
	flag := func(u *DeptUnit, what string, v int) any {
		if over[[2]string{u.Folder, what}] {
			return flagged{v}
		}
		return v
	}
	var sum DeptUnit
	rows := func(yield func([]any) bool) {
		for i := range d.Units {
			u := &d.Units[i]
			vals := []any{i + 1, u.Name}
			if u.Status != StatusDone {
				vals = append(vals, nil, nil, nil, nil)
				for range gradesShown {
					vals = append(vals, nil, nil)
				}
				if !yield(append(vals, nil, nil, u.Status+"："+u.Note)) {
					return
				}
				continue
			}
			vals = append(vals, u.Members, u.Assessed, u.Graded, u.NotGraded)
			for k, n := range []int{u.Excellent, u.Qualified, u.Basic, u.Unqualified} {
				c := any(n)
				if k == 0 {
					c = flag(u, "优秀", n)
				}
				vals = append(vals, c, share(n, u.Graded))
			}
			note := ""
			for _, c := range d.Checks {
				if c.Folder == u.Folder && c.Over {
					if note != "" {
						note += "；"
					}
					note += fmt.Sprintf("%s超出上限%s", c.What, c.Limit)
				}
			}
			if !yield(append(vals, flag(u, "表彰", u.Commended), flag(u, "先进基层党组织", u.Advanced), note)) {
				return
			}
		}
	}
	n := 0
	for _, u := range d.Units {
		if u.Status != StatusDone {
			continue
		}
		n++
		sum.Members += u.Members
		sum.Assessed += u.Assessed
		sum.Graded += u.Graded
		sum.NotGraded += u.NotGraded
		sum.Excellent += u.Excellent
		sum.Qualified += u.Qualified
		sum.Basic += u.Basic
		sum.Unqualified += u.Unqualified
		sum.Commended += u.Commended
		sum.Advanced += u.Advanced
	}
	total := []any{fmt.Sprintf("合计（%d个单位）", n), nil, sum.Members, sum.Assessed, sum.Graded, sum.NotGraded}
	for _, c := range []int{sum.Excellent, sum.Qualified, sum.Basic, sum.Unqualified} {
		total = append(total, c, share(c, sum.Graded))
	}
	var note any
	if missing := len(d.Units) - n; missing > 0 {
		note = fmt.Sprintf("另有%d个单位缺少结果，未计入", missing)
	}
	total = append(total, sum.Commended, sum.Advanced, note)
	title := w.opt.Title
	if title == "" {
		title = w.opt.yearText() + "民主评议党员情况统计表"
	}
	return &table{sheet: SheetDeptStats, title: title, cols: cols, rows: rows, total: total, totalSpan: 2, freeze: 2}
}

// deptLimits lists every check of a unit against a limit, the ones over it
// marked red: a unit over a limit is a finding for the department, never
// left out.
func (w *writer) deptLimits(d *Department) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "单位", kind: kText, max: 28},
		{name: "项目", kind: kCenter},
		{name: "人数", kind: kInt},
		{name: "基数", kind: kInt},
		{name: "基数说明", kind: kText, max: 16},
		{name: "比例", kind: kPct},
		{name: "上限", kind: kCenter},
		{name: "结果", kind: kCenter},
	}
	rows := func(yield func([]any) bool) {
		for i, c := range d.Checks {
			result := "符合"
			if c.Over {
				result = "超出"
			}
			if !yield([]any{i + 1, c.Unit, c.What, c.Count, c.Base, c.BaseName, share(c.Count, c.Base), c.Limit, result}) {
				return
			}
		}
	}
	// The limits themselves are in the rows (项目, 基数说明, 上限); in the
	// merged title they ran past the printed page on both sides.
	title := w.opt.yearText() + "各单位比例检查"
	if len(d.Checks) == 0 && d.LimitsNote != "" {
		title += "（" + d.LimitsNote + "）"
	}
	return &table{sheet: SheetDeptLimits, title: title, cols: cols, rows: rows, freeze: 2,
		conds: []cond{{col: 8, criteria: "==", value: `"超出"`, bad: true}}}
}

// deptUnits is each unit's status: where its results are and the hash of
// its manifest, or why it has none.
func (w *writer) deptUnits(d *Department) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "单位", kind: kText, max: 28},
		{name: "文件夹", kind: kText, max: 28},
		{name: "状态", kind: kCenter},
		{name: "年度", kind: kInt},
		{name: "文件数", kind: kInt},
		{name: "错误", kind: kInt},
		{name: "提醒", kind: kInt},
		{name: "清单 SHA-256", kind: kWrap, max: 34},
		{name: "说明", kind: kWrap, max: 40},
	}
	rows := func(yield func([]any) bool) {
		for i, u := range d.Units {
			vals := []any{i + 1, u.Name, u.Folder, u.Status, nil, nil, nil, nil, nil, nil}
			if u.Year != 0 {
				vals[4] = u.Year
			}
			vals[6], vals[7] = u.Errors, u.Warnings
			if u.Status == StatusDone {
				vals[5], vals[8] = u.Files, u.Manifest
			} else {
				vals[9] = u.Note
			}
			if !yield(vals) {
				return
			}
		}
	}
	return &table{sheet: SheetDeptUnits, title: w.opt.yearText() + "各单位处理情况", cols: cols, rows: rows, freeze: 2,
		conds: []cond{{col: 3, criteria: "!=", value: `"` + StatusDone + `"`, bad: true}}}
}

// deptProblems lists the problems of the units without results, by unit,
// with file, sheet and cell.
func (w *writer) deptProblems(d *Department) *table {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "单位", kind: kText, max: 24},
		{name: "类型", kind: kCenter},
		{name: "文件", kind: kText, max: 24},
		{name: "工作表", kind: kText, max: 16},
		{name: "单元格", kind: kCenter},
		{name: "问题", kind: kWrap, max: 50},
		{name: "原值", kind: kWrap, max: 24},
		{name: "修改建议", kind: kWrap, max: 40},
	}
	rows := func(yield func([]any) bool) {
		for i, p := range d.Problems {
			if !yield([]any{i + 1, p.Unit, p.Severity.String(), p.Ref.File, p.Ref.Sheet, p.Ref.Cell, p.Problem, p.Value, p.Fix}) {
				return
			}
		}
	}
	return &table{sheet: SheetDeptProblems, title: w.opt.yearText() + "缺少结果的单位的问题清单", cols: cols, rows: rows, freeze: 2,
		conds: []cond{{col: 2, criteria: "==", value: `"` + model.Error.String() + `"`, bad: true}}}
}
