package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// SheetMembersPrint is 党员评议结果 laid out for the meeting's print-out.
// The full sheet has 23 columns (every vote count and score, the 说明 of
// each decision): on screen it is what the office works with, but printed
// one page wide it came out at about 5.5 pt. This sheet has the columns a
// 党委会 or 支部大会 goes through, under a band naming each branch, and they
// fit a landscape A4 page at full size: 10 pt printed, one line a member.
const SheetMembersPrint = "党员评议结果（打印）"

// band is a row across a whole table naming the group of rows below it
// (the branch): merged, bold on grey, written by table.write and rowWriter.
type band struct{ text string }

// printTable is SheetMembersPrint: the members in the order of 党员评议结果
// (序号 is the same), a band above each branch.
//
// Columns: 序号, 姓名, 党员类型, 有效票, 优秀票率, 综合得分, 支部排名 (支部内排名),
// 否决情形, 评定等次, 备注 (性别, the vote counts, the component scores and
// 说明 stay on 党员评议结果). Rows graded 不合格 are filled red, 基本合格
// yellow; an unresolved tie orange, as on the full sheet.
func (w *writer) printTable(res *model.Results, h hierarchy) *table {
	// At most 112 width units: a landscape A4 page holds them at full size
	// in Excel and WPS (7 px a unit) and at about 99% in LibreOffice without
	// 宋体 (about 9 px a unit with its fallback font).
	cols := []column{
		{name: "序号", kind: kInt},
		{name: "姓名", kind: kText, max: 12},
		{name: "党员类型", kind: kCenter},
		{name: "有效票", kind: kInt},
		{name: "优秀票率", kind: kPct},
		{name: "综合得分", kind: kScore},
		{name: "支部排名", kind: kInt},
		{name: "否决情形", kind: kWrap, max: 12},
		{name: "评定等次", kind: kCenter, max: 10},
		{name: "备注", kind: kWrap, max: 16},
	}
	gradeRef := colName(8)
	order := memberOrder(res.Members, h)
	perBranch := map[string]int{}
	for _, i := range order {
		if m := res.Members[i].Member; m != nil {
			perBranch[m.Branch]++
		}
	}
	rows := func(yield func([]any) bool) {
		vals := make([]any, len(cols))
		branch, first := "", true
		for seq, i := range order {
			r := &res.Members[i]
			m := r.Member
			if m == nil {
				m = &model.Member{}
			}
			if first || m.Branch != branch {
				branch, first = m.Branch, false
				name := m.Branch
				if name == "" {
					name = "（未填所在党支部）"
				}
				if !yield([]any{band{fmt.Sprintf("%s（%d人）", name, perBranch[m.Branch])}}) {
					return
				}
			}
			a := m.Assessment
			clear(vals)
			vals[0] = seq + 1
			vals[1] = m.Name
			vals[2] = string(m.Type)
			if a != nil && a.HasVotes {
				vals[3] = a.Votes.Total()
			}
			vals[4] = ratio(r.Ratios["优秀票率"])
			vals[5] = score(r.Score)
			if r.RankInBranch > 0 {
				vals[6] = r.RankInBranch
			}
			vals[7] = strings.Join(r.Vetoes, "；")
			grade := string(r.Grade)
			if grade == "" && !r.Graded {
				grade = string(model.NotGraded)
			}
			vals[8] = grade
			if r.TieUnresolved {
				vals[6] = flagged{vals[6]}
				vals[8] = flagged{grade}
			}
			if a != nil {
				vals[9] = printRemark(a.Remark)
			}
			if !yield(vals) {
				return
			}
		}
	}
	return &table{
		sheet: SheetMembersPrint,
		title: w.opt.memberTitle(),
		cols:  cols,
		rows:  rows,
		conds: []cond{
			{formula: "$" + gradeRef + `%d="` + string(model.Unqualified) + `"`, bad: true},
			{formula: "$" + gradeRef + `%d="` + string(model.Basic) + `"`},
		},
	}
}

// bandStyle returns the style of band rows, made on first use (so the
// workbook's other styles keep their numbers).
func (w *writer) bandStyle() (int, error) {
	if w.band != 0 {
		return w.band, nil
	}
	id, err := w.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Family: fontSong, Size: 10, Bold: true},
		Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EDEDED"}},
		Border: []excelize.Border{
			{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
			{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
		},
	})
	w.band = id
	return id, err
}

// bandHeight is the height of a band row in points.
const bandHeight = 18

// bandCells fills cells with a band row: its text in the first, every cell
// in the band style (the row is merged).
func (w *writer) bandCells(cells []cellOut, b band) []cellOut {
	s, _ := cleanText(b.text)
	for i := range cells {
		cells[i] = cellOut{style: w.band}
	}
	cells[0] = cellOut{style: w.band, kind: cStr, s: s}
	return cells
}

// printRemarkMax is the longest 备注 printed; a longer one ends in … (the
// full text is on 党员评议结果).
const printRemarkMax = 60

func printRemark(s string) string {
	r := []rune(s)
	if len(r) <= printRemarkMax {
		return s
	}
	return string(r[:printRemarkMax-1]) + "…"
}

// Printed page of every sheet (pageSetup): A4 landscape, margins in inches.
const (
	pageWidthIn, pageHeightIn = 11.69, 8.27
	marginLR, marginTop       = 0.4, 0.6
	marginBottom              = 0.7
	defaultRowPt              = 15.0 // a row without a height of its own, with room to spare
)

// printScale is the scale a sheet of these column widths prints at, one
// page wide: 1 when it fits, else what makes it fit.
func printScale(widths []float64) float64 {
	px := 0.0
	for _, wd := range widths {
		px += wd*7 + 5 // Excel's width-unit to pixel rule at the default font
	}
	avail := (pageWidthIn - 2*marginLR) * 96
	return min(1, avail/px)
}

// printableHeight is the height of a page's printable area in points.
func printableHeight() float64 { return (pageHeightIn - marginTop - marginBottom) * 72 }

// tableHeight estimates the height of a table from its title to its 合计
// row in points, with the row heights rowWriter will give the data rows. It
// reads the rows once more, so it is only asked for the short tables that
// have a chart.
func (w *writer) tableHeight(t *table, hrows int, widths []float64) float64 {
	h := 32 + 22 + 20*float64(hrows) // title, subtitle, headings (table.write)
	for vals := range t.rows {
		lines := 1
		for i := range min(len(t.cols), len(vals)) {
			if t.cols[i].kind == kWrap {
				c := w.cell(t, i, vals[i], vPlain)
				lines = max(lines, c.lines(widths[i]))
			}
		}
		if lines > 1 {
			h += rowHeight(lines)
		} else {
			h += defaultRowPt
		}
	}
	if t.total != nil {
		h += defaultRowPt
	}
	return h
}

// chartPageBreak puts a page break above row at, where a chart heightPx
// tall is anchored below table p, unless the table, the two rows between
// and the chart all fit on the first page: a chart is never cut in two by
// a page break. (A chart below a table longer than one page always starts
// a page: where the table's last page ends depends on the printer's
// rounding, and a page of its own is the only place sure to hold it.)
func (w *writer) chartPageBreak(sheet string, p placed, at, heightPx int) error {
	s := printScale(p.widths)
	need := (p.height + 2*defaultRowPt + float64(heightPx)*0.75) * s
	if need <= printableHeight()*0.95 {
		return nil
	}
	return w.f.InsertPageBreak(sheet, fmt.Sprintf("A%d", at))
}
