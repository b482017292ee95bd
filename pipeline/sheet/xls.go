package sheet

// A bounded reader for Excel 97-2003 workbooks (.xls, BIFF8) and WPS .et
// files (the same format in the versions offices use: LibreOffice opens .et
// with its Excel 97 filter). It yields the same rawSheet cells as the xlsx
// reader — number cells as number text, text as text, the number-format
// class of each cell's XF, hidden rows and sheets, merged ranges, formula
// cells by their cached value — so Read treats both formats alike and gives
// the same messages with the same cell references.
//
// Why not a library: github.com/extrame/xls v0.0.1 and
// github.com/shakinm/xlsReader v0.9.12 were measured on the samples and on
// a features workbook converted by LibreOffice (issue 21, DEVELOPERS.md):
// neither returns formula results, merged cells or hidden rows; extrame
// garbles shared strings after a CONTINUE record on the 800-member samples
// and turns date cells into text; shakinm drops booleans and panics on a
// 5,000-character string; on byte-flipped files shakinm panicked in 43–95%
// of cases and hung on some, and extrame died with an out-of-memory fatal
// error that recover cannot catch. The container is read by internal/cfb.
//
// Limits, as for .xlsx: the file size (checked before reading), the row
// count (Options.MaxRows), and every length field is checked against the
// record or stream it is in before anything is allocated; the shared-string
// table cannot be larger than the stream that holds it.

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
	"strconv"
	"unicode/utf16"

	"pingyou/pipeline/sheet/internal/cfb"
)

// BIFF8 record types read here ([MS-XLS] 2.3).
const (
	recFormula    = 0x0006
	recEOF        = 0x000A
	recDateMode   = 0x0022
	recFilePass   = 0x002F
	recContinue   = 0x003C
	recColInfo    = 0x007D
	recBoundSheet = 0x0085
	recMulRK      = 0x00BD
	recRString    = 0x00D6
	recXF         = 0x00E0
	recMerged     = 0x00E5
	recSST        = 0x00FC
	recLabelSST   = 0x00FD
	recNumber     = 0x0203
	recLabel      = 0x0204
	recBoolErr    = 0x0205
	recString     = 0x0207
	recRow        = 0x0208
	recRK         = 0x027E
	recArray      = 0x0221
	recTable      = 0x0236
	recShrFmla    = 0x04BC
	recFormat     = 0x041E
	recBOF        = 0x0809

	biff8         = 0x0600
	bofGlobals    = 0x0005
	bofWorksheet  = 0x0010
	xlsMaxColumns = 16384
)

// Messages for .xls/.et files that cannot be read (completed by fileErr
// with the file name in front, like those in errors.go).
const (
	msgXLSOld       = "是 Excel 5.0/95 或更早版本的工作簿，本程序只能读取 Excel 97 及以后的格式；请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再试。"
	msgXLSEncrypted = "设置了密码保护（打开密码或工作簿保护密码），本程序无法读取；请在 Excel 或 WPS 中打开它，取消密码（文件→信息→保护工作簿，清空密码；审阅→保护工作簿，撤销保护）后“另存为”Excel 工作簿（.xlsx）再试。"
)

var (
	errXLSCorrupt   = errors.New("xls: corrupt")
	errXLSEncrypted = errors.New("xls: encrypted (FILEPASS)")
	errXLSOld       = errors.New("xls: BIFF5 or older")
)

// xlsBook is the globals of a BIFF8 workbook stream.
type xlsBook struct {
	stream   []byte
	offsets  []int // stream offset of each sheet's BOF, by sheetEntry.Index
	sst      []string
	xfFmt    []fmtClass // number-format class by XF index
	xfCode   []string   // number-format code by XF index ("" for General)
	date1904 bool
	cache    map[int]*xlsSheet
}

// xlsSheet is one parsed worksheet: what rawSheet holds, plus what the
// annotated copy needs (XF per cell, column widths).
type xlsSheet struct {
	raw     *rawSheet
	xf      map[[2]int]uint16 // (row, col) → XF index, for the annotated copy; nil unless asked for
	widths  []xlsColWidth
	tooMany int // first row beyond the limit, 0 when within
}

type xlsColWidth struct {
	first, last int     // 1-based columns
	width       float64 // in characters
	hidden      bool
}

// loadXLS opens the compound file in wb.data, finds the workbook stream and
// reads its globals (sheets, shared strings, formats, date system).
func (wb *workbook) loadXLS() *FileError {
	p := wb.path
	f, err := cfb.Open(wb.data)
	if err != nil {
		return fileErr(p, msgCorrupt)
	}
	e, ok := f.Find("Workbook")
	if !ok || !e.Stream {
		switch {
		case has(f, "Book"):
			return fileErr(p, msgXLSOld)
		case has(f, "WordDocument"), has(f, "PowerPoint Document"):
			return fileErr(p, msgWordDoc)
		case has(f, "EncryptedPackage"):
			return fileErr(p, msgEncrypted)
		}
		return fileErr(p, msgNotXLSX)
	}
	stream, err := f.ReadStream(e)
	if err != nil {
		return fileErr(p, msgCorrupt)
	}
	x, names, hidden, err := parseXLSGlobals(stream)
	switch {
	case errors.Is(err, errXLSEncrypted):
		return fileErr(p, msgXLSEncrypted)
	case errors.Is(err, errXLSOld):
		return fileErr(p, msgXLSOld)
	case err != nil:
		return fileErr(p, msgCorrupt)
	}
	wb.xls = x
	wb.date1904 = x.date1904
	for i, n := range names {
		wb.sheets = append(wb.sheets, sheetEntry{Name: n, Index: i, Hidden: hidden[i]})
	}
	return nil
}

func has(f *cfb.File, name string) bool {
	_, ok := f.Find(name)
	return ok
}

// readSheetXLS returns the parsed sheet (parsed once, then cached: sheet
// recognition looks at every sheet's head first).
func (wb *workbook) readSheetXLS(e sheetEntry) (*rawSheet, *FileError) {
	s, err := wb.xls.sheet(e, wb.limits.maxRows)
	if err != nil {
		return nil, fileErr(wb.path, msgCorrupt)
	}
	if s.tooMany > 0 {
		return nil, fileErr(wb.path, msgTooManyRow, e.Name, s.tooMany, wb.limits.maxRows)
	}
	return s.raw, nil
}

// biffReader walks the records of a stream.
type biffReader struct {
	b   []byte
	pos int
}

// next returns the next record; ok is false at the end of the stream. A
// record that runs past the end is an error.
func (r *biffReader) next() (id uint16, data []byte, ok bool, err error) {
	if r.pos == len(r.b) {
		return 0, nil, false, nil
	}
	if r.pos+4 > len(r.b) {
		return 0, nil, false, errXLSCorrupt
	}
	id = binary.LittleEndian.Uint16(r.b[r.pos:])
	n := int(binary.LittleEndian.Uint16(r.b[r.pos+2:]))
	if r.pos+4+n > len(r.b) {
		return 0, nil, false, errXLSCorrupt
	}
	data = r.b[r.pos+4 : r.pos+4+n]
	r.pos += 4 + n
	return id, data, true, nil
}

// continued returns data followed by the data of the CONTINUE records right
// after it, as segments.
func (r *biffReader) continued(data []byte) [][]byte {
	segs := [][]byte{data}
	for r.pos+4 <= len(r.b) && binary.LittleEndian.Uint16(r.b[r.pos:]) == recContinue {
		_, d, _, err := r.next()
		if err != nil {
			break // the truncated record is reported by the next call to next
		}
		segs = append(segs, d)
	}
	return segs
}

func u16(b []byte) int { return int(binary.LittleEndian.Uint16(b)) }

// parseXLSGlobals reads the workbook globals substream: the sheets (worksheets
// only; chart and macro sheets are left out), shared strings, XF formats and
// the date system. A FILEPASS record means the rest is encrypted.
func parseXLSGlobals(stream []byte) (x *xlsBook, names []string, hidden []bool, err error) {
	r := &biffReader{b: stream}
	id, data, ok, err := r.next()
	if err != nil || !ok {
		return nil, nil, nil, errXLSCorrupt
	}
	switch {
	case id == 0x0009 || id == 0x0209 || id == 0x0409:
		return nil, nil, nil, errXLSOld // BIFF2–4 BOF
	case id != recBOF || len(data) < 4:
		return nil, nil, nil, errXLSCorrupt
	case u16(data) == 0x0500:
		return nil, nil, nil, errXLSOld // BIFF5/7: Excel 5.0 and 95
	case u16(data) != biff8 || u16(data[2:]) != bofGlobals:
		return nil, nil, nil, errXLSCorrupt
	}
	x = &xlsBook{stream: stream, cache: map[int]*xlsSheet{}}
	formats := map[int]string{}
	var xfIDs []int
	for {
		id, data, ok, err := r.next()
		if err != nil {
			return nil, nil, nil, err
		}
		if !ok {
			return nil, nil, nil, errXLSCorrupt // no EOF
		}
		switch id {
		case recEOF:
			x.xfFmt = make([]fmtClass, len(xfIDs))
			x.xfCode = make([]string, len(xfIDs))
			for i, f := range xfIDs {
				if code, ok := formats[f]; ok {
					x.xfFmt[i], x.xfCode[i] = classifyFormat(code), code
				} else {
					x.xfFmt[i], x.xfCode[i] = builtinFormat(f), builtinCode(f)
				}
			}
			for _, off := range x.offsets {
				if off < 0 || off >= len(stream) {
					return nil, nil, nil, errXLSCorrupt
				}
			}
			return x, names, hidden, nil
		case recFilePass:
			return nil, nil, nil, errXLSEncrypted
		case recDateMode:
			if len(data) >= 2 {
				x.date1904 = u16(data) == 1
			}
		case recFormat:
			if len(data) >= 5 {
				if s, _, err := xlString(data[2:], 2); err == nil {
					formats[u16(data)] = s
				}
			}
		case recXF:
			if len(data) < 4 {
				return nil, nil, nil, errXLSCorrupt
			}
			xfIDs = append(xfIDs, u16(data[2:]))
		case recBoundSheet:
			if len(data) < 8 {
				return nil, nil, nil, errXLSCorrupt
			}
			name, _, err := xlString(data[6:], 1)
			if err != nil {
				return nil, nil, nil, errXLSCorrupt
			}
			if data[5] != 0 {
				continue // chart, macro or VB module sheet: holds no table
			}
			x.offsets = append(x.offsets, int(binary.LittleEndian.Uint32(data)))
			names = append(names, name)
			hidden = append(hidden, data[4]&3 != 0)
		case recSST:
			if x.sst, err = parseSST(r.continued(data)); err != nil {
				return nil, nil, nil, err
			}
		}
	}
}

// builtinCode gives the format code of the built-in number formats that
// matter for the annotated copy (dates, percent, text).
func builtinCode(id int) string {
	switch builtinFormat(id) {
	case fmtDate:
		return "yyyy-mm-dd"
	case fmtPercent:
		if id == 10 {
			return "0.00%"
		}
		return "0%"
	case fmtText:
		return "@"
	}
	return ""
}

// xlString decodes a string at the start of b: a character count of lenSize
// bytes (1 or 2), an option byte (bit 0: two bytes per character), the
// characters. It returns the string and the bytes used.
func xlString(b []byte, lenSize int) (string, int, error) {
	if len(b) < lenSize+1 {
		return "", 0, errXLSCorrupt
	}
	n := int(b[0])
	if lenSize == 2 {
		n = u16(b)
	}
	wide := b[lenSize]&1 != 0
	b = b[lenSize+1:]
	size := n
	if wide {
		size = 2 * n
	}
	if size > len(b) {
		return "", 0, errXLSCorrupt
	}
	return decodeChars(b[:size], wide, nil), lenSize + 1 + size, nil
}

// decodeChars appends the characters in b (compressed: one byte per UTF-16
// code unit; wide: UTF-16LE) to units and returns the string when units is
// nil.
func decodeChars(b []byte, wide bool, units *[]uint16) string {
	var u []uint16
	if units != nil {
		u = *units
	}
	if wide {
		for i := 0; i+1 < len(b); i += 2 {
			u = append(u, binary.LittleEndian.Uint16(b[i:]))
		}
	} else {
		for _, c := range b {
			u = append(u, uint16(c))
		}
	}
	if units != nil {
		*units = u
		return ""
	}
	return string(utf16.Decode(u))
}

// segReader reads across a record and its CONTINUE records.
type segReader struct {
	segs [][]byte
	i    int // current segment
	pos  int // position in it
}

func (s *segReader) avail() int { return len(s.segs[s.i]) - s.pos }

// advance moves to the next segment when the current one is used up.
func (s *segReader) advance() bool {
	for s.avail() == 0 {
		if s.i+1 >= len(s.segs) {
			return false
		}
		s.i++
		s.pos = 0
	}
	return true
}

func (s *segReader) done() bool { return !s.advance() }

func (s *segReader) bytes(n int) ([]byte, error) {
	if !s.advance() {
		return nil, errXLSCorrupt
	}
	if s.avail() >= n {
		b := s.segs[s.i][s.pos : s.pos+n]
		s.pos += n
		return b, nil
	}
	out := make([]byte, 0, n)
	for len(out) < n {
		if !s.advance() {
			return nil, errXLSCorrupt
		}
		k := min(n-len(out), s.avail())
		out = append(out, s.segs[s.i][s.pos:s.pos+k]...)
		s.pos += k
	}
	return out, nil
}

func (s *segReader) skip(n int) error {
	for n > 0 {
		if !s.advance() {
			return errXLSCorrupt
		}
		k := min(n, s.avail())
		s.pos += k
		n -= k
	}
	return nil
}

// chars reads n characters starting in the given width; where the
// characters go on in the next segment, it starts with a new option byte
// ([MS-XLS] 2.4.58: the width may change there).
func (s *segReader) chars(n int, wide bool, units *[]uint16) error {
	for n > 0 {
		if s.avail() == 0 {
			if s.i+1 >= len(s.segs) || len(s.segs[s.i+1]) == 0 {
				return errXLSCorrupt
			}
			s.i++
			wide = s.segs[s.i][0]&1 != 0
			s.pos = 1
			continue
		}
		seg := s.segs[s.i][s.pos:]
		k := min(n, len(seg))
		if wide {
			k = min(n, len(seg)/2)
			if k == 0 {
				return errXLSCorrupt // half a character
			}
			decodeChars(seg[:2*k], true, units)
			s.pos += 2 * k
		} else {
			decodeChars(seg[:k], false, units)
			s.pos += k
		}
		n -= k
	}
	return nil
}

// richString reads an XLUnicodeRichExtendedString: the text, skipping the
// formatting runs and phonetic data.
func (s *segReader) richString(units *[]uint16) (string, error) {
	h, err := s.bytes(3)
	if err != nil {
		return "", err
	}
	n, flags := u16(h), h[2]
	runs, ext := 0, 0
	if flags&8 != 0 {
		b, err := s.bytes(2)
		if err != nil {
			return "", err
		}
		runs = u16(b)
	}
	if flags&4 != 0 {
		b, err := s.bytes(4)
		if err != nil {
			return "", err
		}
		ext = int(binary.LittleEndian.Uint32(b))
		if ext < 0 {
			return "", errXLSCorrupt
		}
	}
	*units = (*units)[:0]
	if err := s.chars(n, flags&1 != 0, units); err != nil {
		return "", err
	}
	str := string(utf16.Decode(*units))
	if err := s.skip(4 * runs); err != nil {
		return "", err
	}
	if err := s.skip(ext); err != nil {
		return "", err
	}
	return str, nil
}

// parseSST reads the shared strings of an SST record and its CONTINUEs.
func parseSST(segs [][]byte) ([]string, error) {
	if len(segs[0]) < 8 {
		return nil, errXLSCorrupt
	}
	unique := int64(binary.LittleEndian.Uint32(segs[0][4:]))
	total := 0
	for _, sg := range segs {
		total += len(sg)
	}
	// Each string takes at least 3 bytes: never allocate for more.
	out := make([]string, 0, min(unique, int64(total/3)))
	s := &segReader{segs: segs, pos: 8}
	var units []uint16
	for int64(len(out)) < unique && !s.done() {
		str, err := s.richString(&units)
		if err != nil {
			return nil, err
		}
		out = append(out, str)
	}
	return out, nil
}

// formatXLSNumber writes a double as number text, as Excel writes it in
// .xlsx: the shortest text that reads back to the same double, in exponent
// form for very large and very small values.
func formatXLSNumber(v float64) string {
	if a := math.Abs(v); a != 0 && (a >= 1e15 || a < 1e-9) {
		return strconv.FormatFloat(v, 'E', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// rkValue decodes an RK number ([MS-XLS] 2.5.217).
func rkValue(rk uint32) float64 {
	var v float64
	if rk&2 != 0 {
		v = float64(int32(rk) >> 2)
	} else {
		v = math.Float64frombits(uint64(rk&^3) << 32)
	}
	if rk&1 != 0 {
		v /= 100
	}
	return v
}

// xlsErrors are the texts of BIFF error codes.
var xlsErrors = map[byte]string{0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A", 0x2B: "#GETTING_DATA"}

func xlsError(b byte) string {
	if s, ok := xlsErrors[b]; ok {
		return s
	}
	return "#N/A"
}

// xlsCell is a cell as met in the stream (0-based row and column).
type xlsCell struct {
	row, col int
	xf       uint16
	c        rawCell
}

// sheet parses sheet e once and caches it.
func (x *xlsBook) sheet(e sheetEntry, maxRows int) (*xlsSheet, error) {
	if s := x.cache[e.Index]; s != nil {
		return s, nil
	}
	s, err := x.parseSheet(e, maxRows, false)
	if err != nil {
		return nil, err
	}
	x.cache[e.Index] = s
	return s, nil
}

// parseSheet reads a worksheet substream: cells, hidden rows, merged ranges
// and column widths. Embedded charts are substreams of their own (BOF … EOF)
// inside it and are skipped.
func (x *xlsBook) parseSheet(e sheetEntry, maxRows int, keepXF bool) (*xlsSheet, error) {
	r := &biffReader{b: x.stream, pos: x.offsets[e.Index]}
	id, data, ok, err := r.next()
	if err != nil || !ok || id != recBOF || len(data) < 4 || u16(data) != biff8 || u16(data[2:]) != bofWorksheet {
		return nil, errXLSCorrupt
	}
	out := &xlsSheet{raw: &rawSheet{Name: e.Name, Index: e.Index, Hidden: e.Hidden}}
	var cells []xlsCell
	hiddenRows := map[int]bool{}
	var pending *xlsCell // a formula whose string result follows in a STRING record
	var units []uint16
	tooMany := func(row int) {
		if out.tooMany == 0 && row+1 > maxRows {
			out.tooMany = row + 1
		}
	}
	add := func(row, col int, xf uint16, typ cellType, v string) error {
		if col >= xlsMaxColumns {
			return errXLSCorrupt
		}
		tooMany(row)
		c := rawCell{Col: col + 1, Type: typ, Value: v}
		if int(xf) < len(x.xfFmt) {
			c.Fmt = x.xfFmt[xf]
		}
		cells = append(cells, xlsCell{row: row, col: col, xf: xf, c: c})
		return nil
	}
	depth := 1
	for depth > 0 {
		id, data, ok, err := r.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, errXLSCorrupt // no EOF
		}
		switch id {
		case recBOF:
			depth++
			continue
		case recEOF:
			depth--
			continue
		}
		if depth != 1 {
			continue
		}
		switch id {
		case recString, recShrFmla, recArray, recTable:
			// A formula's shared, array or table record may come between
			// it and its STRING.
		default:
			pending = nil
		}
		var err2 error
		switch id {
		case recRow:
			if len(data) < 16 {
				return nil, errXLSCorrupt
			}
			row := u16(data)
			tooMany(row)
			if u16(data[12:])&0x20 != 0 {
				hiddenRows[row+1] = true
			}
		case recNumber:
			if len(data) < 14 {
				return nil, errXLSCorrupt
			}
			v := math.Float64frombits(binary.LittleEndian.Uint64(data[6:]))
			err2 = add(u16(data), u16(data[2:]), uint16(u16(data[4:])), typeNumber, formatXLSNumber(v))
		case recRK:
			if len(data) < 10 {
				return nil, errXLSCorrupt
			}
			v := rkValue(binary.LittleEndian.Uint32(data[6:]))
			err2 = add(u16(data), u16(data[2:]), uint16(u16(data[4:])), typeNumber, formatXLSNumber(v))
		case recMulRK:
			if len(data) < 6 || (len(data)-6)%6 != 0 {
				return nil, errXLSCorrupt
			}
			row, col := u16(data), u16(data[2:])
			for i := 0; i < (len(data)-6)/6 && err2 == nil; i++ {
				b := data[4+6*i:]
				v := rkValue(binary.LittleEndian.Uint32(b[2:]))
				err2 = add(row, col+i, uint16(u16(b)), typeNumber, formatXLSNumber(v))
			}
		case recLabelSST:
			if len(data) < 10 {
				return nil, errXLSCorrupt
			}
			if i := int64(binary.LittleEndian.Uint32(data[6:])); i < int64(len(x.sst)) {
				err2 = add(u16(data), u16(data[2:]), uint16(u16(data[4:])), typeString, x.sst[i])
			}
		case recLabel, recRString:
			if len(data) < 9 {
				return nil, errXLSCorrupt
			}
			s, _, err := xlString(data[6:], 2)
			if err != nil {
				return nil, err
			}
			err2 = add(u16(data), u16(data[2:]), uint16(u16(data[4:])), typeString, s)
		case recBoolErr:
			if len(data) < 8 {
				return nil, errXLSCorrupt
			}
			typ, v := typeBool, "FALSE"
			switch {
			case data[7] != 0:
				typ, v = typeError, xlsError(data[6])
			case data[6] != 0:
				v = "TRUE"
			}
			err2 = add(u16(data), u16(data[2:]), uint16(u16(data[4:])), typ, v)
		case recFormula:
			if len(data) < 20 {
				return nil, errXLSCorrupt
			}
			row, col, xf := u16(data), u16(data[2:]), uint16(u16(data[4:]))
			res := data[6:14]
			if u16(res[6:]) != 0xFFFF {
				err2 = add(row, col, xf, typeNumber, formatXLSNumber(math.Float64frombits(binary.LittleEndian.Uint64(res))))
				break
			}
			switch res[0] {
			case 0: // text: in the STRING record that follows
				pending = &xlsCell{row: row, col: col, xf: xf}
			case 1:
				v := "FALSE"
				if res[2] != 0 {
					v = "TRUE"
				}
				err2 = add(row, col, xf, typeBool, v)
			case 2:
				err2 = add(row, col, xf, typeError, xlsError(res[2]))
			} // 3: an empty string, no value
		case recString:
			segs := r.continued(data)
			if pending == nil {
				break
			}
			s := &segReader{segs: segs}
			h, err := s.bytes(3)
			if err != nil {
				return nil, err
			}
			units = units[:0]
			if err := s.chars(u16(h), h[2]&1 != 0, &units); err != nil {
				return nil, err
			}
			err2 = add(pending.row, pending.col, pending.xf, typeString, string(utf16.Decode(units)))
			pending = nil
		case recMerged:
			if len(data) < 2 || len(data) < 2+8*u16(data) {
				return nil, errXLSCorrupt
			}
			for i := 0; i < u16(data); i++ {
				b := data[2+8*i:]
				r1, r2, c1, c2 := u16(b)+1, u16(b[2:])+1, u16(b[4:])+1, u16(b[6:])+1
				if r2 < r1 || c2 < c1 {
					continue
				}
				out.raw.Merges = append(out.raw.Merges, mergeRange{R1: r1, C1: c1, R2: r2, C2: c2})
			}
		case recColInfo:
			if len(data) < 10 {
				return nil, errXLSCorrupt
			}
			out.widths = append(out.widths, xlsColWidth{
				first: u16(data) + 1, last: min(u16(data[2:]), xlsMaxColumns-1) + 1,
				width: float64(u16(data[4:])) / 256, hidden: u16(data[8:])&1 != 0,
			})
		}
		if err2 != nil {
			return nil, err2
		}
	}
	out.raw.Rows = groupXLSCells(cells, hiddenRows)
	if keepXF {
		out.xf = make(map[[2]int]uint16, len(cells))
		for _, c := range cells {
			out.xf[[2]int{c.row + 1, c.col + 1}] = c.xf
		}
	}
	return out, nil
}

// groupXLSCells sorts cells into rows (BIFF writes them in order, but a
// writer need not), keeps the last of two cells at one place and drops
// empty values, as the xlsx reader does.
func groupXLSCells(cells []xlsCell, hidden map[int]bool) []rawRow {
	sort.SliceStable(cells, func(i, j int) bool {
		if cells[i].row != cells[j].row {
			return cells[i].row < cells[j].row
		}
		return cells[i].col < cells[j].col
	})
	var rows []rawRow
	for i, c := range cells {
		if i+1 < len(cells) && cells[i+1].row == c.row && cells[i+1].col == c.col {
			continue
		}
		if c.c.Value == "" {
			continue
		}
		if n := len(rows); n == 0 || rows[n-1].Num != c.row+1 {
			rows = append(rows, rawRow{Num: c.row + 1, Hidden: hidden[c.row+1]})
		}
		rows[len(rows)-1].Cells = append(rows[len(rows)-1].Cells, c.c)
	}
	return rows
}
