package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// gradesShown are the grades counted per branch, best first.
var gradesShown = []model.Grade{model.Excellent, model.Qualified, model.Basic, model.Unqualified}

type branchCount struct {
	total, full, probation int
	assessed               int // with a row in 党员测评
	graded                 int // given one of the four grades: the denominator of the shares
	grades                 [4]int
	notGraded              int
	unit                   string // allocation unit of its members
}

// branchTable is 支部统计: per branch 党员总数 (正式/预备), 参评人数,
// 参加评定人数, the 优秀 quota and how it was computed, and per grade the count
// and its share of 参加评定人数; a 合计 row; a stacked column chart of the
// grade counts per branch below.
func (w *writer) branchTable(res *model.Results, h hierarchy) *table {
	names := h.branches(w.opt.Orgs, res)
	counts := countBranches(res, names)
	quota, anyQuota := excellentQuotas(res)
	tallest := 0 // most graded members in one branch, for the chart's axis
	for _, c := range counts {
		tallest = max(tallest, c.graded)
	}
	rows := func(yield func([]any) bool) {
		for i, n := range names {
			c := counts[n]
			vals := []any{i + 1, orNone(h.generalBranch(n)), n, c.total, c.full, c.probation, c.assessed, c.graded, nil, nil}
			switch q := quota[n]; {
			case q != nil:
				vals[8], vals[9] = q.Seats, q.Rule
			case c.unit != "" && c.unit != n && quota[c.unit] != nil:
				vals[9] = fmt.Sprintf("由%s统一分配（见名额分配表）", c.unit)
			case anyQuota:
				vals[9] = "见名额分配表"
			}
			for k := range gradesShown {
				vals = append(vals, c.grades[k], share(c.grades[k], c.graded))
			}
			vals = append(vals, c.notGraded)
			if !yield(vals) {
				return
			}
		}
	}
	return &table{
		sheet:     SheetBranches,
		title:     w.opt.yearText() + "民主评议党员情况统计表（按党支部）",
		cols:      branchColumns(),
		rows:      rows,
		total:     branchTotal(names, counts, quota),
		totalSpan: 3,
		freeze:    3,
		chart:     func(p placed) error { return w.gradeChart(p, tallest) },
	}
}

func branchColumns() []column {
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "党总支", kind: kText, max: 20},
		{name: "党支部", kind: kText, max: 24},
		{name: "党员总数", kind: kInt},
		{name: "正式党员", kind: kInt, group: "其中"},
		{name: "预备党员", kind: kInt, group: "其中"},
		{name: "参评人数", kind: kInt},
		{name: "参加评定人数", kind: kInt},
		{name: "优秀名额", kind: kInt},
		{name: "名额计算", kind: kWrap, max: 28},
	}
	for _, g := range gradesShown {
		cols = append(cols,
			column{name: "人数", kind: kInt, group: string(g)},
			column{name: "占比", kind: kPct, group: string(g)})
	}
	return append(cols, column{name: "不评定等次", kind: kInt})
}

// countBranches counts each named branch's members by type, assessment and
// grade.
func countBranches(res *model.Results, names []string) map[string]*branchCount {
	counts := make(map[string]*branchCount, len(names))
	for _, n := range names {
		counts[n] = &branchCount{}
	}
	for i := range res.Members {
		r := &res.Members[i]
		if r.Member == nil {
			continue
		}
		c := counts[r.Member.Branch]
		c.total++
		if r.Member.Type == model.ProbationMember {
			c.probation++
		} else {
			c.full++
		}
		if r.Member.Assessment != nil {
			c.assessed++
		}
		if c.unit == "" {
			c.unit = r.AllocationUnit
		}
		counted := false
		for k, g := range gradesShown {
			if r.Graded && r.Grade == g {
				c.grades[k]++
				c.graded++
				counted = true
			}
		}
		if !counted {
			c.notGraded++
		}
	}
	return counts
}

// excellentQuotas are the 优秀 quota lines by scope (the first of each), and
// whether there is any.
func excellentQuotas(res *model.Results) (map[string]*model.QuotaLine, bool) {
	quota := map[string]*model.QuotaLine{}
	for i := range res.Quotas {
		q := &res.Quotas[i]
		if q.Award == string(model.Excellent) {
			if _, dup := quota[q.Scope]; !dup {
				quota[q.Scope] = q
			}
		}
	}
	return quota, len(quota) > 0
}

// branchTotal is the 合计 row: sums, the quota seats when any branch has a
// quota of its own, and the shares of the sums.
func branchTotal(names []string, counts map[string]*branchCount, quota map[string]*model.QuotaLine) []any {
	var sum branchCount
	seatSum, seatsKnown := 0, false
	for _, n := range names {
		c := counts[n]
		sum.total += c.total
		sum.full += c.full
		sum.probation += c.probation
		sum.assessed += c.assessed
		sum.graded += c.graded
		sum.notGraded += c.notGraded
		for k := range gradesShown {
			sum.grades[k] += c.grades[k]
		}
		if q := quota[n]; q != nil {
			seatSum += q.Seats
			seatsKnown = true
		}
	}
	total := []any{"合计", nil, nil, sum.total, sum.full, sum.probation, sum.assessed, sum.graded, nil, nil}
	if seatsKnown {
		total[8] = seatSum
	}
	for k := range gradesShown {
		total = append(total, sum.grades[k], share(sum.grades[k], sum.graded))
	}
	return append(total, sum.notGraded)
}

// chartHeight is the height of the grade chart in pixels (240 pt).
const chartHeight = 320

func orNone(s string) string {
	if s == "" {
		return "（党委直属）"
	}
	return s
}

// gradeChart adds a stacked column chart of the grade counts per branch,
// under the 合计 row and no wider than the table, so that it prints on the
// same page width. It never straddles a page break: when the table and the
// chart do not fit on one page together, a page break puts the chart at the
// top of a page of its own (chartPageBreak).
func (w *writer) gradeChart(p placed, tallest int) error {
	const firstGradeCol = 10 // 0-based column of 优秀/人数
	q := func(col int, from, to int) string {
		c := colName(col)
		if from == to {
			return fmt.Sprintf("'%s'!$%s$%d", SheetBranches, c, from)
		}
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", SheetBranches, c, from, c, to)
	}
	colors := []string{"4472C4", "70AD47", "FFC000", "C00000"}
	var series []excelize.ChartSeries
	for k := range gradesShown {
		col := firstGradeCol + 2*k
		series = append(series, excelize.ChartSeries{
			Name:       q(col, headerRow, headerRow),
			Categories: q(2, p.firstData, p.lastData),
			Values:     q(col, p.firstData, p.lastData),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colors[k]}},
		})
	}
	width := 0.0
	for _, wd := range p.widths {
		width += wd*7 + 5 // excelize's width-unit to pixel rule at the default font
	}
	width *= 0.95
	noVary := false // one colour per grade, not per branch
	font := excelize.Font{Family: fontSong, Size: 9}
	yAxis := excelize.ChartAxis{Font: font, MajorGridLines: true}
	if tallest <= 10 {
		yAxis.MajorUnit = 1 // whole people, not 0.5
	}
	title := excelize.Font{Family: fontSong, Size: 12, Bold: true}
	at := p.lastData + 3
	if err := w.chartPageBreak(SheetBranches, p, at, chartHeight); err != nil {
		return err
	}
	return w.f.AddChart(SheetBranches, fmt.Sprintf("A%d", at), &excelize.Chart{
		Type:       excelize.ColStacked,
		VaryColors: &noVary,
		Series:     series,
		Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{
			{Text: "各党支部评定等次人数", Font: &title},
		}},
		Legend:    excelize.ChartLegend{Position: "bottom", Font: &font},
		XAxis:     excelize.ChartAxis{Font: font},
		YAxis:     yAxis,
		Dimension: excelize.ChartDimension{Width: uint(width), Height: chartHeight},
		Format:    excelize.GraphicOptions{AltText: "各党支部评定等次人数（堆积柱形图）"},
	})
}
