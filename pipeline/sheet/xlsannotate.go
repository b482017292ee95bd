package sheet

import (
	"github.com/xuri/excelize/v2"
)

// xlsAsXLSX rebuilds an opened .xls/.et workbook as an excelize workbook, so
// that Annotate can mark it up and write it as .xlsx (excelize does not
// write .xls). What staff need to find and fix a cell is carried over: every
// sheet with its name and visibility, every value with its type (numbers
// stay numbers, so a 身份证号 typed as a number still shows as one), number
// formats (dates, percent, text), merged ranges, hidden rows, column
// widths and hidden columns, and the 1904 date system. Fonts, borders,
// colours and formulas (their results are kept) are not.
func (wb *workbook) xlsAsXLSX() (*excelize.File, error) {
	f := excelize.NewFile()
	if wb.date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			return nil, err
		}
	}
	styles := map[string]int{}
	style := func(code string) (int, error) {
		if id, ok := styles[code]; ok {
			return id, nil
		}
		c := code
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &c})
		styles[code] = id
		return id, err
	}
	var hidden []string
	for i, e := range wb.sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", e.Name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(e.Name); err != nil {
			return nil, err
		}
		if e.Hidden {
			hidden = append(hidden, e.Name)
		}
		s, err := wb.xls.parseSheet(e, wb.limits.maxRows, true)
		if err != nil {
			return nil, err
		}
		for _, w := range s.widths {
			if w.last < w.first {
				continue
			}
			if w.width > 0 && w.width <= 255 {
				if err := f.SetColWidth(e.Name, colName(w.first), colName(w.last), w.width); err != nil {
					return nil, err
				}
			}
			if w.hidden {
				if err := f.SetColVisible(e.Name, colName(w.first)+":"+colName(w.last), false); err != nil {
					return nil, err
				}
			}
		}
		for _, r := range s.raw.Rows {
			if len(r.Cells) == 0 {
				continue
			}
			vals := make([]any, r.Cells[len(r.Cells)-1].Col)
			for _, c := range r.Cells {
				switch c.Type {
				case typeNumber: // below, as the same number text
				case typeBool:
					vals[c.Col-1] = c.Value == "TRUE"
				default:
					vals[c.Col-1] = c.Value
				}
			}
			if err := f.SetSheetRow(e.Name, cellName(1, r.Num), &vals); err != nil {
				return nil, err
			}
			for _, c := range r.Cells {
				if c.Type == typeNumber {
					if err := f.SetCellDefault(e.Name, cellName(c.Col, r.Num), c.Value); err != nil {
						return nil, err
					}
				}
				xf := s.xf[[2]int{r.Num, c.Col}]
				if int(xf) >= len(wb.xls.xfCode) || wb.xls.xfCode[xf] == "" {
					continue
				}
				id, err := style(wb.xls.xfCode[xf])
				if err != nil {
					return nil, err
				}
				ref := cellName(c.Col, r.Num)
				if err := f.SetCellStyle(e.Name, ref, ref, id); err != nil {
					return nil, err
				}
			}
			if r.Hidden {
				if err := f.SetRowVisible(e.Name, r.Num, false); err != nil {
					return nil, err
				}
			}
		}
		for _, m := range s.raw.Merges {
			if err := f.MergeCell(e.Name, cellName(m.C1, m.R1), cellName(m.C2, m.R2)); err != nil {
				return nil, err
			}
		}
	}
	for _, name := range hidden {
		if err := f.SetSheetVisible(name, false); err != nil {
			return nil, err
		}
	}
	return f, nil
}
