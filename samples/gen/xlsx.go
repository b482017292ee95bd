package main

import (
	"compress/flate"
	"errors"
	"io"
	"os"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/internal/fixedzip"
)

// Column formats.
const (
	fmtText    = iota // general text
	fmtTextID         // text-formatted (@), for 身份证号
	fmtDate           // yyyy-mm-dd
	fmtNumber         // general number
	fmtOneDec         // 0.0
	fmtPercent        // 0%
)

type column struct {
	header string
	width  float64
	format int
}

// sheet is one worksheet: a merged title row, a header row, then the rows
// that rows emits (nil values leave the cell empty).
type sheet struct {
	name, title string
	cols        []column
	rows        func(emit func(values ...any) error) error
}

// writeBook writes sheets to path with StreamWriter, so the memory used does
// not grow with the row count beyond excelize's own buffers, and with fixed
// document properties and zip entry order, so the bytes depend only on the
// data.
func writeBook(path string, stamp time.Time, props *excelize.DocProperties, sheets []sheet) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter {
		return fixedzip.NewWriter(w, stamp, fixedzip.Deflate(flate.DefaultCompression))
	})

	border := []excelize.Border{
		{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
		{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1},
	}
	style := func(s *excelize.Style) int {
		id, serr := f.NewStyle(s)
		if serr != nil && err == nil {
			err = serr
		}
		return id
	}
	title := style(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Size: 16, Family: "宋体"},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
	})
	header := style(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Size: 11, Family: "宋体"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Border:    border,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
	})
	body := func(numFmt int, custom string) int {
		s := &excelize.Style{Font: &excelize.Font{Size: 11, Family: "宋体"}, Border: border, NumFmt: numFmt}
		if custom != "" {
			s.CustomNumFmt = &custom
		}
		return style(s)
	}
	formats := map[int]int{
		fmtText:    body(0, ""),
		fmtTextID:  body(49, ""),
		fmtDate:    body(0, "yyyy-mm-dd"),
		fmtNumber:  body(0, ""),
		fmtOneDec:  body(0, "0.0"),
		fmtPercent: body(9, ""),
	}
	if err != nil {
		return err
	}

	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			return err
		}
	}
	for _, sh := range sheets {
		if err := writeSheet(f, sh, title, header, formats); err != nil {
			return err
		}
	}
	if err := f.SetDocProps(props); err != nil {
		return err
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.WriteTo(out); err != nil {
		_ = out.Close()
		return err
	}
	return out.Close()
}

func writeSheet(f *excelize.File, sh sheet, title, header int, formats map[int]int) error {
	sw, err := f.NewStreamWriter(sh.name)
	if err != nil {
		return err
	}
	for i, c := range sh.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A3", ActiveCell: "A3", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	last, err := excelize.ColumnNumberToName(len(sh.cols))
	if err != nil {
		return err
	}
	if err := sw.MergeCell("A1", last+"1"); err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: title, Value: sh.title}}, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	heads := make([]any, len(sh.cols))
	for i, c := range sh.cols {
		heads[i] = excelize.Cell{StyleID: header, Value: c.header}
	}
	if err := sw.SetRow("A2", heads, excelize.RowOpts{Height: 22}); err != nil {
		return err
	}
	row := 3
	cells := make([]any, len(sh.cols))
	emit := func(values ...any) error {
		if len(values) != len(sh.cols) {
			return errors.New("sheet " + sh.name + ": row has the wrong number of values")
		}
		for i, v := range values {
			cells[i] = excelize.Cell{StyleID: formats[sh.cols[i].format], Value: v}
		}
		ref, err := excelize.CoordinatesToCellName(1, row)
		if err != nil {
			return err
		}
		row++
		return sw.SetRow(ref, cells)
	}
	if err := sh.rows(emit); err != nil {
		return err
	}
	return sw.Flush()
}
