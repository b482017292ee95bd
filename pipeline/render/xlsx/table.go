package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// Every sheet is one table laid out the same way:
//
//	row 1        title, merged across the table
//	row 2        subtitle (unit, year, generated date), merged
//	row 3 (–4)   column headings; a second row when columns are grouped
//	…            data rows
//	last         合计 row, when the table has one
//
// Tables are written with excelize's StreamWriter, so a sheet of any length
// takes bounded memory; everything the stream writes before the rows (sheet
// properties, panes, column widths) is set up first.
const (
	titleRow    = 1
	subtitleRow = 2
	headerRow   = 3
)

// column of a table.
type column struct {
	name  string
	kind  kind
	group string  // heading over consecutive columns with the same group; "" for a single heading
	max   float64 // widest the column may grow (width units); 0 for the kind's default
}

// flagged marks a cell the committee must look at (orange fill).
type flagged struct{ v any }

// table describes one sheet.
type table struct {
	sheet string
	title string
	cols  []column
	// rows yields the data rows, one value per column: string, int, number,
	// flagged or nil (blank). It is called twice: to measure, then to write.
	rows      func(yield func([]any) bool)
	total     []any // optional 合计 row; total[0] is merged over totalSpan columns
	totalSpan int
	freeze    int    // columns kept in view (0: only the headings are frozen)
	conds     []cond // conditional fills
	// chart, when set, adds a chart below the table.
	chart func(p placed) error
}

// cond is a conditional fill over the data rows: either a formula (with %d
// standing for the first data row, e.g. `$W%d="不合格"`) over whole rows, or a
// cell criterion on one column.
type cond struct {
	formula  string
	col      int
	criteria string // "<", "==", …
	value    string
	bad      bool // red; otherwise yellow
}

// placed tells a chart where the table landed.
type placed struct {
	firstData, lastData int // data rows (lastData < firstData when empty)
	widths              []float64
	height              float64 // of the table from the title to the 合计 row, in points
}

func (t *table) headerRows() int {
	for _, c := range t.cols {
		if c.group != "" {
			return 2
		}
	}
	return 1
}

func defaultMax(k kind) float64 {
	switch k {
	case kWrap:
		return 50
	case kText:
		return 30
	case kCenter:
		return 24
	}
	return 14
}

// writer holds the workbook being built.
type writer struct {
	f     *excelize.File
	st    *styles
	opt   Options
	notes model.Diagnostics // problems found while writing (texts cut at the cell limit)
	band  int               // style of band rows (print.go), 0 until first used
}

// prepare turns a value into an excelize cell and its displayed text, for
// the 合计 row. Text is cleaned; text that looks like a formula gets the
// quote prefix. record is false while measuring.
func (w *writer) prepare(t *table, col int, v any, base variant, ref string, record bool) (excelize.Cell, string) {
	c := w.cell(t, col, v, base)
	if c.cut && record {
		w.noteCut(t, ref, c.s)
	}
	return c.excelizeCell(), c.text()
}

// noteCut reports a text cut at the cell limit in 问题清单.
func (w *writer) noteCut(t *table, ref, s string) {
	w.notes = append(w.notes, model.Diagnostic{
		Severity: model.Warning,
		Ref:      model.CellRef{File: w.opt.fileName(), Sheet: t.sheet, Cell: ref},
		Problem:  fmt.Sprintf("内容超过 Excel 单元格上限（%d 字符），汇总表中已截断", maxCellUnits),
		Value:    preview(s),
		Fix:      "完整内容见输入表；如需在汇总表中完整显示，请精简原文",
	})
}

func preview(s string) string {
	r := []rune(s)
	if len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

// write lays out the table on a new (or the renamed first) sheet: measure
// the rows, set up what the stream writes before them, then stream title,
// headings, rows and 合计.
func (w *writer) write(t *table, first bool) error {
	f := w.f
	if first {
		if err := f.SetSheetName(f.GetSheetName(0), t.sheet); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(t.sheet); err != nil {
		return err
	}
	hrows := t.headerRows()
	firstData := headerRow + hrows
	m, err := w.measure(t, firstData)
	if err != nil {
		return err
	}
	lastData := firstData + m.rows - 1
	headBottom := headerRow + hrows - 1

	// Sheet set-up the stream writes before the rows. AutoFilter replaces the
	// sheet properties, so it goes before FitToPage.
	lastCol, _ := excelize.ColumnNumberToName(len(t.cols))
	if err := f.AutoFilter(t.sheet, fmt.Sprintf("A%d:%s%d", headBottom, lastCol, max(lastData, headBottom)), nil); err != nil {
		return err
	}
	if err := w.pageSetup(t.sheet, headBottom); err != nil {
		return err
	}
	if m.rows > 0 {
		if err := w.conditionalFills(t, firstData, lastData); err != nil {
			return err
		}
	}
	lastRow := lastData // = headBottom without data rows
	if t.total != nil {
		lastRow++
	}
	sw, err := w.streamWriter(t, m.widths, firstData, lastRow)
	if err != nil {
		return err
	}

	if err := w.titleLines(sw, t); err != nil {
		return err
	}
	if err := w.headings(sw, t, hrows); err != nil {
		return err
	}
	for _, r := range m.bands {
		if err := sw.MergeCell(fmt.Sprintf("A%d", r), fmt.Sprintf("%s%d", lastCol, r)); err != nil {
			return err
		}
	}
	r, err := w.writeRows(sw, t, firstData, m.widths)
	if err != nil {
		return err
	}
	if r != firstData+m.rows {
		return fmt.Errorf("xlsx: %s: %d data rows measured, %d written", t.sheet, m.rows, r-firstData)
	}
	if t.total != nil {
		if err := w.totalRow(sw, t, r); err != nil {
			return err
		}
	}
	if t.chart != nil && m.rows > 0 {
		p := placed{firstData: firstData, lastData: lastData, widths: m.widths}
		p.height = w.tableHeight(t, hrows, m.widths) // print.go
		if err := t.chart(p); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// measured is what the first pass over a table's rows learns.
type measured struct {
	widths []float64 // column widths, in Excel's width units
	bands  []int     // sheet rows that are a band (print.go)
	rows   int       // data rows, bands included
}

// measure runs over the data rows once: column widths from the widest
// value (within the kind's limit, wide enough for a group heading), the
// band rows, and texts cut at the cell limit, reported now. The rows are
// written after the headings (rows.go).
func (w *writer) measure(t *table, firstData int) (measured, error) {
	ncol := len(t.cols)
	m := measured{widths: make([]float64, ncol)}
	widths := m.widths
	for i, c := range t.cols {
		widths[i] = textWidth(c.name)
	}
	for vals := range t.rows {
		if len(vals) > 0 {
			if _, ok := vals[0].(band); ok {
				if _, err := w.bandStyle(); err != nil {
					return m, err
				}
				m.bands = append(m.bands, firstData+m.rows)
				m.rows++
				continue
			}
		}
		for i := range min(ncol, len(vals)) {
			c := w.cell(t, i, vals[i], vPlain)
			widths[i] = max(widths[i], c.width())
			if c.cut {
				ref, _ := excelize.CoordinatesToCellName(i+1, firstData+m.rows)
				w.noteCut(t, ref, c.s)
			}
		}
		m.rows++
	}
	if t.total != nil {
		for i := 1; i < min(ncol, len(t.total)); i++ { // the merged label does not widen column A
			c := w.cell(t, i, t.total[i], vTotal)
			widths[i] = max(widths[i], c.width())
		}
	}
	for i, c := range t.cols {
		limit := c.max
		if limit == 0 {
			limit = defaultMax(c.kind)
		}
		widths[i] = min(widths[i], limit) + 2
		switch c.kind {
		case kWrap:
			widths[i] = max(widths[i], 12)
		case kText:
			widths[i] = max(widths[i], 10)
		}
	}
	fitGroupHeadings(t.cols, widths)
	for i := range widths {
		widths[i] = math.Round(widths[i]*4) / 4 // quarter units: tidy XML, same on every platform
	}
	return m, nil
}

// fitGroupHeadings widens the columns under a group heading evenly until
// the heading fits over them.
func fitGroupHeadings(cols []column, widths []float64) {
	for i := 0; i < len(cols); {
		j := i
		for j+1 < len(cols) && cols[i].group != "" && cols[j+1].group == cols[i].group {
			j++
		}
		if g := cols[i].group; g != "" {
			have := 0.0
			for k := i; k <= j; k++ {
				have += widths[k]
			}
			if need := textWidth(g) + 2; need > have {
				for k := i; k <= j; k++ {
					widths[k] += (need - have) / float64(j-i+1)
				}
			}
		}
		i = j + 1
	}
}

// conditionalFills sets the table's conditional fills over the data rows,
// one call per range (a second call on the same range would replace the
// first), ranges in the order first used.
func (w *writer) conditionalFills(t *table, firstData, lastData int) error {
	lastCol, _ := excelize.ColumnNumberToName(len(t.cols))
	var ranges []string
	byRange := map[string][]excelize.ConditionalFormatOptions{}
	for _, c := range t.conds {
		id := w.st.dxfWarn
		if c.bad {
			id = w.st.dxfBad
		}
		var rng string
		var o excelize.ConditionalFormatOptions
		if c.formula != "" {
			rng = fmt.Sprintf("A%d:%s%d", firstData, lastCol, lastData)
			o = excelize.ConditionalFormatOptions{Type: "formula", Criteria: fmt.Sprintf(c.formula, firstData), Format: &id}
		} else {
			cn, _ := excelize.ColumnNumberToName(c.col + 1)
			rng = fmt.Sprintf("%s%d:%s%d", cn, firstData, cn, lastData)
			o = excelize.ConditionalFormatOptions{Type: "cell", Criteria: c.criteria, Value: c.value, Format: &id}
		}
		if _, ok := byRange[rng]; !ok {
			ranges = append(ranges, rng)
		}
		byRange[rng] = append(byRange[rng], o)
	}
	for _, rng := range ranges {
		if err := w.f.SetConditionalFormat(t.sheet, rng, byRange[rng]); err != nil {
			return err
		}
	}
	return nil
}

// streamWriter opens the sheet's stream with its used range, column widths
// and frozen panes, which the stream writes before the rows.
func (w *writer) streamWriter(t *table, widths []float64, firstData, lastRow int) (*excelize.StreamWriter, error) {
	// The used range: excelize's new sheets declare A1, which readers that
	// trust it (openpyxl's read-only mode, so pandas) take as one column.
	// The stream writer copies it into the sheet from the worksheet.
	lastCol, _ := excelize.ColumnNumberToName(len(t.cols))
	if err := w.f.SetSheetDimension(t.sheet, fmt.Sprintf("A1:%s%d", lastCol, lastRow)); err != nil {
		return nil, err
	}
	sw, err := w.f.NewStreamWriter(t.sheet)
	if err != nil {
		return nil, err
	}
	// excelize puts each new <col> in front of the others, and Excel wants
	// them in ascending order: set them from the last column to the first.
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return nil, err
		}
	}
	topLeft, _ := excelize.CoordinatesToCellName(t.freeze+1, firstData)
	err = sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: t.freeze, YSplit: firstData - 1, TopLeftCell: topLeft,
		ActivePane: activePane(t.freeze), Selection: []excelize.Selection{{SQRef: topLeft, ActiveCell: topLeft, Pane: activePane(t.freeze)}},
	})
	return sw, err
}

// titleLines writes the title and subtitle rows, each merged across the table.
func (w *writer) titleLines(sw *excelize.StreamWriter, t *table) error {
	ncol := len(t.cols)
	lastCol, _ := excelize.ColumnNumberToName(ncol)
	line := func(row int, text string, style int, height float64) error {
		cells := make([]any, ncol)
		for i := range cells {
			cells[i] = excelize.Cell{StyleID: style}
		}
		s, _ := cleanText(text)
		cells[0] = excelize.Cell{StyleID: style, Value: s}
		if err := sw.SetRow(fmt.Sprintf("A%d", row), cells, excelize.RowOpts{Height: height}); err != nil {
			return err
		}
		if ncol > 1 {
			return sw.MergeCell(fmt.Sprintf("A%d", row), fmt.Sprintf("%s%d", lastCol, row))
		}
		return nil
	}
	if err := line(titleRow, t.title, w.st.title, 32); err != nil {
		return err
	}
	return line(subtitleRow, w.opt.subtitle(), w.st.subtitle, 22)
}

// totalRow writes the 合计 row at sheet row r, its label merged over
// totalSpan columns.
func (w *writer) totalRow(sw *excelize.StreamWriter, t *table, r int) error {
	ncol := len(t.cols)
	cells := make([]any, ncol)
	for i := range ncol {
		var v any
		if i < len(t.total) && (i == 0 || i >= t.totalSpan) {
			v = t.total[i]
		}
		ref, _ := excelize.CoordinatesToCellName(i+1, r)
		k := t.cols[i].kind
		if i == 0 {
			cells[i] = excelize.Cell{StyleID: w.st.cell(kCenter, vTotal, false), Value: v}
			continue
		}
		if v == nil {
			cells[i] = excelize.Cell{StyleID: w.st.cell(k, vTotal, false)}
			continue
		}
		cells[i], _ = w.prepare(t, i, v, vTotal, ref, true)
	}
	if err := sw.SetRow("A"+strconv.Itoa(r), cells); err != nil {
		return err
	}
	if t.totalSpan > 1 {
		end, _ := excelize.CoordinatesToCellName(t.totalSpan, r)
		return sw.MergeCell("A"+strconv.Itoa(r), end)
	}
	return nil
}

func activePane(freezeCols int) string {
	if freezeCols > 0 {
		return "bottomRight"
	}
	return "bottomLeft"
}

// headings writes the heading row(s): single headings span both rows of a
// two-row heading; grouped columns share a merged group heading.
func (w *writer) headings(sw *excelize.StreamWriter, t *table, hrows int) error {
	ncol := len(t.cols)
	top := make([]any, ncol)
	bottom := make([]any, ncol)
	var merges [][2]string
	for i := 0; i < ncol; i++ {
		c := t.cols[i]
		top[i] = excelize.Cell{StyleID: w.st.header, Value: c.name}
		bottom[i] = excelize.Cell{StyleID: w.st.header}
		if hrows == 1 {
			continue
		}
		if c.group == "" {
			a, _ := excelize.CoordinatesToCellName(i+1, headerRow)
			b, _ := excelize.CoordinatesToCellName(i+1, headerRow+1)
			merges = append(merges, [2]string{a, b})
			continue
		}
		j := i
		for j+1 < ncol && t.cols[j+1].group == c.group {
			j++
		}
		top[i] = excelize.Cell{StyleID: w.st.header, Value: c.group}
		for k := i; k <= j; k++ {
			if k > i {
				top[k] = excelize.Cell{StyleID: w.st.header}
			}
			bottom[k] = excelize.Cell{StyleID: w.st.header, Value: t.cols[k].name}
		}
		if j > i {
			a, _ := excelize.CoordinatesToCellName(i+1, headerRow)
			b, _ := excelize.CoordinatesToCellName(j+1, headerRow)
			merges = append(merges, [2]string{a, b})
		}
		i = j
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", headerRow), top, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	if hrows == 2 {
		if err := sw.SetRow(fmt.Sprintf("A%d", headerRow+1), bottom, excelize.RowOpts{Height: 20}); err != nil {
			return err
		}
	}
	for _, m := range merges {
		if err := sw.MergeCell(m[0], m[1]); err != nil {
			return err
		}
	}
	return nil
}

// pageSetup: A4 landscape, one page wide (any number of pages tall),
// centred, heading rows repeated on every page, footer 第 N 页 共 M 页.
func (w *writer) pageSetup(sheet string, headBottom int) error {
	f := w.f
	yes := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	a4, landscape, one, zero := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return err
	}
	lr, tb, hf := marginLR, marginTop, 0.3 // print.go
	bottom := marginBottom
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &lr, Right: &lr, Top: &tb, Bottom: &bottom, Header: &hf, Footer: &hf, Horizontally: &yes,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, headerRow, headBottom),
		Scope:    sheet,
	})
}

// footer is the page footer: 第 1 页 共 3 页, centred.
const footer = "&C第 &P 页 共 &N 页"

// Row heights. Neither Excel nor WPS grows a row for wrapped text when a
// file is opened, and LibreOffice does not always, so rows with wrapped text
// get an explicit height from an estimate of their line count.
const (
	lineHeight   = 13.5  // points per line of 10 pt 宋体
	maxRowHeight = 409.0 // Excel's limit
)

// lineCount estimates how many lines text takes in a wrapped column of the
// given width (in width units, of which about 1.5 are padding).
func lineCount(text string, width float64) int {
	if text == "" {
		return 1
	}
	avail := max(width-1.5, 1)
	n := 0
	for _, seg := range strings.Split(text, "\n") {
		n += max(1, int(math.Ceil(textWidth(seg)/avail)))
		if float64(n)*lineHeight > maxRowHeight {
			break
		}
	}
	return n
}

func rowHeight(lines int) float64 {
	return min(float64(lines)*lineHeight+2, maxRowHeight)
}
