package sheet

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// ListSheet is the name of the sheet Annotate adds with all problems.
const ListSheet = "问题清单"

// Fill colours of marked cells: Excel's own "bad" red and "neutral" yellow.
const (
	errorFill   = "FFC7CE"
	warningFill = "FFEB9C"
)

// Annotate writes a marked-up copy of the workbook src to dst, for staff to
// fix in Excel or WPS: every cell with a problem is filled red (errors) or
// yellow (warnings only), keeps its value and gets a comment with the
// problems and how to fix them; a 问题清单 sheet lists all problems of this
// file (diagnostics whose Ref.File is src's base name), with links to the
// cells, and opens first.
//
// src is only read (from memory, after the same checks as Read); dst must be
// a different file. The copy is written to a temporary file in dst's folder
// and renamed, so dst is either the old file or the complete new one.
func Annotate(src, dst string, diags model.Diagnostics) error {
	if same, err := samePath(src, dst); err != nil {
		return err
	} else if same {
		return fmt.Errorf("标注副本不能覆盖原文件 %s，请换一个输出位置", filepath.Base(src))
	}
	lim := Options{}.limits()
	wb, ferr := openWorkbook(src, lim)
	if ferr != nil {
		return ferr
	}
	var f *excelize.File
	var err error
	if wb.xls != nil {
		f, err = wb.xlsAsXLSX() // an .xls/.et copy is written as .xlsx
	} else {
		f, err = excelize.OpenReader(bytes.NewReader(wb.data), excelize.Options{
			UnzipSizeLimit:    lim.maxUnzip,
			UnzipXMLSizeLimit: 16 << 20,
		})
	}
	if err != nil {
		return fileErr(src, msgCorrupt)
	}
	defer f.Close()
	name := filepath.Base(src)
	var mine model.Diagnostics
	for _, d := range diags {
		if d.Ref.File == name {
			mine = append(mine, d)
		}
	}
	if err := markCells(f, mine); err != nil {
		return fmt.Errorf("标注 %s 失败：%w", name, err)
	}
	if err := writeList(f, mine); err != nil {
		return fmt.Errorf("标注 %s 失败：%w", name, err)
	}
	return writeAtomic(dst, func(w *os.File) error {
		_, err := f.WriteTo(w)
		return err
	})
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) (bool, error) {
	aa, err := filepath.Abs(a)
	if err != nil {
		return false, err
	}
	bb, err := filepath.Abs(b)
	if err != nil {
		return false, err
	}
	if aa == bb {
		return true, nil
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb), nil
}

// writeAtomic writes dst through a temporary file in the same folder.
func writeAtomic(dst string, write func(*os.File) error) error {
	dir := filepath.Dir(dst)
	tmp, err := os.CreateTemp(dir, ".~"+filepath.Base(dst)+"-*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return err
	}
	if err := os.Rename(name, dst); err != nil {
		return err
	}
	ok = true
	return nil
}

type cellKey struct{ sheet, cell string }

// markCells fills and comments every cell that has diagnostics.
func markCells(f *excelize.File, diags model.Diagnostics) error {
	sheets := map[string]bool{}
	for _, s := range f.GetSheetList() {
		sheets[s] = true
	}
	var order []cellKey
	groups := map[cellKey][]model.Diagnostic{}
	for _, d := range diags {
		k := cellKey{d.Ref.Sheet, d.Ref.Cell}
		if k.cell == "" || !sheets[k.sheet] {
			continue
		}
		if _, seen := groups[k]; !seen {
			order = append(order, k)
		}
		groups[k] = append(groups[k], d)
	}
	styles := map[[2]int]int{} // (old style, severity) → new style
	comments := map[string]map[string]excelize.Comment{}
	for _, k := range order {
		ds := groups[k]
		sev := model.Warning
		var text []string
		for _, d := range ds {
			if d.Severity == model.Error {
				sev = model.Error
			}
			line := "【" + d.Severity.String() + "】" + d.Problem
			if d.Value != "" {
				line += "（值：" + d.Value + "）"
			}
			if d.Fix != "" {
				line += "\n→ " + d.Fix
			}
			text = append(text, line)
		}
		old, err := f.GetCellStyle(k.sheet, k.cell)
		if err != nil {
			return err
		}
		id, ok := styles[[2]int{old, int(sev)}]
		if !ok {
			st, err := f.GetStyle(old)
			if err != nil || st == nil {
				st = &excelize.Style{}
			}
			color := warningFill
			if sev == model.Error {
				color = errorFill
			}
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
			if id, err = f.NewStyle(st); err != nil {
				return err
			}
			styles[[2]int{old, int(sev)}] = id
		}
		if err := f.SetCellStyle(k.sheet, k.cell, k.cell, id); err != nil {
			return err
		}
		if comments[k.sheet] == nil {
			comments[k.sheet] = map[string]excelize.Comment{}
			cs, _ := f.GetComments(k.sheet)
			for _, c := range cs {
				comments[k.sheet][c.Cell] = c
			}
		}
		body := strings.Join(text, "\n")
		if prev, ok := comments[k.sheet][k.cell]; ok {
			if err := f.DeleteComment(k.sheet, k.cell); err != nil {
				return err
			}
			body += "\n\n（原批注）" + commentText(prev)
		}
		lines := strings.Count(body, "\n") + 1
		err = f.AddComment(k.sheet, excelize.Comment{
			Cell:   k.cell,
			Author: "pingyou",
			Paragraph: []excelize.RichTextRun{
				{Text: "pingyou 检查：\n", Font: &excelize.Font{Bold: true}},
				{Text: body},
			},
			Width:  300,
			Height: uint(min(400, 20+lines*18+len([]rune(body))/2)),
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func commentText(c excelize.Comment) string {
	if c.Text != "" {
		return c.Text
	}
	var b strings.Builder
	for _, r := range c.Paragraph {
		b.WriteString(r.Text)
	}
	return b.String()
}

// listWidths are the column widths of 问题清单 (序号, 工作表, 单元格, 等级,
// 问题, 值, 怎么改): together they fit a landscape A4 page at full size.
var listWidths = []float64{6, 12, 9, 7, 43, 20, 43}

// writeList adds (or replaces) the 问题清单 sheet and makes it the active one.
func writeList(f *excelize.File, diags model.Diagnostics) error {
	if idx, _ := f.GetSheetIndex(ListSheet); idx >= 0 {
		if err := f.DeleteSheet(ListSheet); err != nil {
			return err
		}
	}
	idx, err := f.NewSheet(ListSheet)
	if err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
		Border:    borders(),
	})
	if err != nil {
		return err
	}
	body, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: borders()})
	if err != nil {
		return err
	}
	link, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}, Border: borders()})
	if err != nil {
		return err
	}
	sevStyle := map[model.Severity]int{}
	for sev, color := range map[model.Severity]string{model.Error: errorFill, model.Warning: warningFill} {
		id, err := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, Border: borders()})
		if err != nil {
			return err
		}
		sevStyle[sev] = id
	}
	if err := f.SetSheetRow(ListSheet, "A1", &[]any{"序号", "工作表", "单元格", "等级", "问题", "值", "怎么改"}); err != nil {
		return err
	}
	f.SetCellStyle(ListSheet, "A1", "G1", head)
	f.SetRowHeight(ListSheet, 1, 20)
	for i, w := range listWidths {
		col := colName(i + 1)
		f.SetColWidth(ListSheet, col, col, w)
	}
	if len(diags) == 0 {
		f.SetCellValue(ListSheet, "A2", "没有发现问题")
	}
	for i, d := range diags {
		r := i + 2
		row := []any{i + 1, d.Ref.Sheet, d.Ref.Cell, d.Severity.String(), d.Problem, d.Value, d.Fix}
		if err := f.SetSheetRow(ListSheet, cellName(1, r), &row); err != nil {
			return err
		}
		// Wrapped text needs its height set: nobody grows the row on opening.
		lines := 1
		for j, v := range row {
			if s, ok := v.(string); ok {
				lines = max(lines, wrappedLines(s, listWidths[j]))
			}
		}
		f.SetRowHeight(ListSheet, r, wrappedHeight(lines))
		f.SetCellStyle(ListSheet, cellName(1, r), cellName(7, r), body)
		f.SetCellStyle(ListSheet, cellName(4, r), cellName(4, r), sevStyle[d.Severity])
		if d.Ref.Cell != "" && d.Ref.Sheet != "" {
			target := "'" + strings.ReplaceAll(d.Ref.Sheet, "'", "''") + "'!" + d.Ref.Cell
			if err := f.SetCellHyperLink(ListSheet, cellName(3, r), target, "Location"); err == nil {
				f.SetCellStyle(ListSheet, cellName(3, r), cellName(3, r), link)
			}
		}
	}
	if err := f.SetPanes(ListSheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	// Printed landscape at full size, the heading on every page.
	if err := (printSetup{widths: listWidths, titleFrom: 1, titleTo: 1}).apply(f, ListSheet); err != nil {
		return err
	}
	// SetActiveSheet also makes the list the only selected tab.
	f.SetActiveSheet(idx)
	return nil
}

func borders() []excelize.Border {
	var out []excelize.Border
	for _, t := range []string{"left", "right", "top", "bottom"} {
		out = append(out, excelize.Border{Type: t, Color: "BFBFBF", Style: 1})
	}
	return out
}

// Lines formats diagnostics for the console, one per line:
// 文件 工作表!单元格：问题（值：…）→ 怎么改, errors prefixed 错误, warnings 提醒.
func Lines(diags model.Diagnostics) []string {
	out := make([]string, len(diags))
	for i, d := range diags {
		out[i] = d.Severity.String() + "　" + d.String()
	}
	return out
}
