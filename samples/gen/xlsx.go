package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"sort"
	"time"

	"github.com/xuri/excelize/v2"
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
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return &sortedZip{w: w, mtime: stamp} })

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

// sortedZip is an excelize.ZipWriter that writes the entries sorted by name
// ([Content_Types].xml first). excelize emits stream-written sheets in map
// order, which would make the file bytes differ from run to run. Each entry
// is compressed as it is written; only compressed bytes are kept.
type sortedZip struct {
	w       io.Writer
	mtime   time.Time
	entries []*zipEntry
}

type zipEntry struct {
	name string
	buf  bytes.Buffer
	fw   *flate.Writer
	crc  uint32
	size uint64
}

func (e *zipEntry) Write(p []byte) (int, error) {
	e.crc = crc32.Update(e.crc, crc32.IEEETable, p)
	e.size += uint64(len(p))
	return e.fw.Write(p)
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.closeLast(); err != nil {
		return nil, err
	}
	e := &zipEntry{name: name}
	fw, err := flate.NewWriter(&e.buf, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	e.fw = fw
	z.entries = append(z.entries, e)
	return e, nil
}

func (z *sortedZip) closeLast() error {
	if n := len(z.entries); n > 0 && z.entries[n-1].fw != nil {
		err := z.entries[n-1].fw.Close()
		z.entries[n-1].fw = nil
		return err
	}
	return nil
}

func (z *sortedZip) AddFS(fs.FS) error { return errors.New("sortedZip: AddFS is not supported") }

func (z *sortedZip) Close() error {
	if err := z.closeLast(); err != nil {
		return err
	}
	rank := func(name string) string {
		if name == "[Content_Types].xml" {
			return ""
		}
		return name
	}
	sort.SliceStable(z.entries, func(a, b int) bool { return rank(z.entries[a].name) < rank(z.entries[b].name) })
	// CreateRaw copies the header as given, so the MS-DOS time fields are set here.
	t := z.mtime
	dosDate := uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	dosTime := uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	zw := zip.NewWriter(z.w)
	for _, e := range z.entries {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name:               e.name,
			Method:             zip.Deflate,
			CRC32:              e.crc,
			CompressedSize64:   uint64(e.buf.Len()),
			UncompressedSize64: e.size,
			ModifiedDate:       dosDate,
			ModifiedTime:       dosTime,
		})
		if err != nil {
			return err
		}
		if _, err := w.Write(e.buf.Bytes()); err != nil {
			return err
		}
		e.buf = bytes.Buffer{}
	}
	return zw.Close()
}
