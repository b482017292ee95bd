package sheet

// A small, bounded, streaming reader for the parts of an .xlsx package that
// Read needs: sheet names and visibility, shared strings, the number-format
// class of each cell style, and the cells (value, type, format) and rows
// (hidden) of the sheets Read asks for, plus merged ranges.
//
// Why not excelize here: Read must know whether a cell is a number or text
// (a 身份证号 typed as a number has lost its digits; a percent-formatted 1 is
// 100%), must refuse a 1,048,576-row sheet after reading a bounded amount, and
// must never spend unbounded memory or time on a hostile file. The package is
// first inspected through its zip central directory (probe), so every entry
// read here has a bounded declared size, and archive/zip refuses entries that
// inflate beyond their declared size.

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"pingyou/pipeline/sheet/internal/xmlscan"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// cellType is the stored type of a cell.
type cellType uint8

const (
	typeNumber cellType = iota // <c> without t, or t="n"
	typeString                 // shared, inline or formula string
	typeBool
	typeError // #DIV/0! and friends
	typeDate  // t="d": ISO 8601 text
	// typeNoCache is a formula cell without a computed value (written by a
	// program that does not calculate); Value is "=" and the formula, and
	// collectRows reports and blanks it.
	typeNoCache
)

// fmtClass is what a cell's number format says about its value.
type fmtClass uint8

const (
	fmtGeneral fmtClass = iota
	fmtDate
	fmtPercent
	fmtText
)

// rawCell is one non-empty cell.
type rawCell struct {
	Col   int // 1-based
	Type  cellType
	Fmt   fmtClass
	Value string // as stored: number text, string, TRUE/FALSE, #N/A
}

// rawRow is a row with at least one non-empty cell.
type rawRow struct {
	Num    int // 1-based
	Hidden bool
	Cells  []rawCell // by ascending Col
}

// cell returns the cell in column col, or nil.
func (r *rawRow) cell(col int) *rawCell {
	for i := range r.Cells {
		if r.Cells[i].Col == col {
			return &r.Cells[i]
		}
	}
	return nil
}

// mergeRange is a merged area, inclusive, 1-based.
type mergeRange struct{ R1, C1, R2, C2 int }

// rawSheet is a parsed worksheet.
type rawSheet struct {
	Name   string
	Index  int // position in the workbook, 0-based
	Hidden bool
	Rows   []rawRow
	Merges []mergeRange
}

// sheetEntry is a sheet as listed in workbook.xml.
type sheetEntry struct {
	Name   string
	Index  int
	Hidden bool
	part   string // zip entry name, lower-cased lookup key
}

// workbook is an opened, checked .xlsx package.
type workbook struct {
	path   string
	name   string // base name
	data   []byte
	sha256 string
	files  map[string]*zip.File // by lower-cased, slash-separated name
	sheets []sheetEntry
	sst    []string
	styles []fmtClass // by cellXfs index
	limits limits
	// date1904: dates are counted from 1904 (Excel for Mac): workbookPr
	// date1904 in .xlsx, DATEMODE in .xls.
	date1904 bool
	xls      *xlsBook // set for .xls/.et (xls.go); then files is nil
}

// limits bounds what Read is willing to spend on one file.
type limits struct {
	maxFile  int64 // bytes on disk
	maxUnzip int64 // total declared uncompressed bytes
	maxRows  int   // rows per sheet
}

// Ratio above which a large zip entry is considered a bomb. Deflate cannot
// exceed about 1032:1; real sheet XML compresses 5–100:1.
const (
	maxRatio      = 500
	ratioMinBytes = 1 << 20
)

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK")
)

// openWorkbook reads the file at p into memory (bounded), identifies its
// format by magic bytes and, for a zip package, checks the central directory
// against the limits before anything is inflated.
func openWorkbook(p string, lim limits) (*workbook, *FileError) {
	fi, err := os.Stat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fileErr(p, msgNotFound)
	case errors.Is(err, fs.ErrPermission):
		return nil, fileErr(p, msgNoPerm)
	case err != nil:
		return nil, fileErr(p, msgReadFail, err)
	case fi.IsDir():
		return nil, fileErr(p, msgIsDir)
	case !fi.Mode().IsRegular():
		// Opening a named pipe blocks until something writes to it, and a
		// device may never end: refuse before opening.
		return nil, fileErr(p, msgNotRegular, specialKind(fi.Mode()))
	case fi.Size() > lim.maxFile:
		return nil, fileErr(p, msgTooLarge, (fi.Size()+(1<<20)-1)>>20, lim.maxFile>>20)
	}
	f, err := os.Open(p) // read-only
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, fileErr(p, msgNoPerm)
		}
		return nil, fileErr(p, msgReadFail, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, lim.maxFile+1))
	f.Close()
	if err != nil {
		return nil, fileErr(p, msgReadFail, err)
	}
	if int64(len(data)) > lim.maxFile {
		return nil, fileErr(p, msgTooLarge, (int64(len(data))+(1<<20)-1)>>20, lim.maxFile>>20)
	}
	sum := sha256.Sum256(data)
	wb := &workbook{path: p, name: filepath.Base(p), data: data, sha256: hex.EncodeToString(sum[:]), limits: lim}
	if ferr := wb.identify(); ferr != nil {
		return nil, ferr
	}
	if ferr := wb.load(); ferr != nil {
		return nil, ferr
	}
	return wb, nil
}

// identify refuses anything that is neither a zip package nor a compound
// file (.xls/.et, read by loadXLS), with the sentence that fits what it is.
func (wb *workbook) identify() *FileError {
	p, b := wb.path, wb.data
	ext := strings.ToLower(filepath.Ext(p))
	switch {
	case len(b) == 0:
		return fileErr(p, msgEmpty)
	case bytes.HasPrefix(b, oleMagic):
		// An OLE2 compound file: an encrypted OOXML package keeps its
		// payload in a stream named EncryptedPackage (stored UTF-16LE in
		// the directory); otherwise it is a BIFF .xls or a WPS .et.
		if bytes.Contains(b, utf16le("EncryptedPackage")) || bytes.Contains(b, utf16le("EncryptionInfo")) {
			return fileErr(p, msgEncrypted)
		}
		return nil // read by loadXLS
	case !bytes.HasPrefix(b, zipMagic):
		if ext == ".csv" || ext == ".txt" || looksLikeText(b) {
			return fileErr(p, msgCSV)
		}
		return fileErr(p, msgNotXLSX)
	}
	return nil
}

// load opens the zip directory, checks sizes and reads the workbook parts.
func (wb *workbook) load() *FileError {
	if bytes.HasPrefix(wb.data, oleMagic) {
		return wb.loadXLS()
	}
	p := wb.path
	zr, err := zip.NewReader(bytes.NewReader(wb.data), int64(len(wb.data)))
	if err != nil {
		return fileErr(p, msgCorrupt)
	}
	wb.files = make(map[string]*zip.File, len(zr.File))
	var total uint64
	for _, f := range zr.File {
		u := f.UncompressedSize64
		total += u
		if total > uint64(wb.limits.maxUnzip) || u > uint64(wb.limits.maxUnzip) {
			return fileErr(p, msgZipBomb, wb.limits.maxUnzip>>20)
		}
		if u > ratioMinBytes && (f.CompressedSize64 == 0 || u/f.CompressedSize64 > maxRatio) {
			return fileErr(p, msgZipBomb, wb.limits.maxUnzip>>20)
		}
		wb.files[strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))] = f
	}
	wbPart := wb.officeDocument()
	if wbPart == "" {
		return fileErr(p, "%s", wb.otherPackage())
	}
	if ferr := wb.readWorkbookXML(wbPart); ferr != nil {
		return ferr
	}
	if f := wb.files["xl/sharedstrings.xml"]; f != nil {
		if ferr := wb.readSST(f); ferr != nil {
			return ferr
		}
	}
	if f := wb.files["xl/styles.xml"]; f != nil {
		if ferr := wb.readStyles(f); ferr != nil {
			return ferr
		}
	}
	return nil
}

// officeDocument finds the workbook part through _rels/.rels, falling back to
// xl/workbook.xml. It returns "" when the package has no workbook: a Word or
// PowerPoint package names word/document.xml or ppt/presentation.xml as its
// main part, which is not a workbook.
func (wb *workbook) officeDocument() string {
	if f := wb.files["_rels/.rels"]; f != nil {
		rels, err := readRels(f)
		if err == nil {
			for _, r := range rels {
				if strings.HasSuffix(r.Type, "/officeDocument") {
					t := strings.ToLower(strings.TrimPrefix(path.Clean("/"+r.Target), "/"))
					if wb.files[t] != nil && !isOtherMainPart(t) {
						return t
					}
				}
			}
		}
	}
	if wb.files["xl/workbook.xml"] != nil {
		return "xl/workbook.xml"
	}
	return ""
}

// isOtherMainPart reports whether a package's main part is that of a Word
// document or a PowerPoint presentation.
func isOtherMainPart(part string) bool {
	return part == "word/document.xml" || part == "ppt/presentation.xml"
}

// otherPackage names what a zip package without a workbook is.
func (wb *workbook) otherPackage() string {
	switch {
	case wb.files["word/document.xml"] != nil:
		return msgWordDoc
	case wb.files["ppt/presentation.xml"] != nil:
		return msgPowerPoint
	case wb.files["mimetype"] != nil || wb.files["content.xml"] != nil:
		// OpenDocument: its mimetype entry says which kind.
		if f := wb.files["mimetype"]; f != nil && f.UncompressedSize64 < 256 {
			if rc, err := f.Open(); err == nil {
				b, _ := io.ReadAll(io.LimitReader(rc, 256))
				rc.Close()
				if strings.Contains(string(b), "opendocument.spreadsheet") {
					return msgODS
				}
			}
		}
	}
	return msgNotXLSX
}

// specialKind names a file that is not a regular file, for msgNotRegular.
func specialKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "命名管道"
	case m&fs.ModeSocket != 0:
		return "套接字"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "设备"
	}
	return "特殊文件"
}

type rel struct{ ID, Type, Target string }

func readRels(f *zip.File) ([]rel, error) {
	var out []rel
	err := scanXML(f, func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local == "Relationship" {
			out = append(out, rel{attr(se, "Id"), attr(se, "Type"), attr(se, "Target")})
		}
		return nil
	})
	return out, err
}

// readWorkbookXML lists the sheets and resolves their parts.
func (wb *workbook) readWorkbookXML(part string) *FileError {
	dir := path.Dir(part)
	relsName := dir + "/_rels/" + path.Base(part) + ".rels"
	targets := map[string]string{}
	if f := wb.files[relsName]; f != nil {
		rels, err := readRels(f)
		if err != nil {
			return fileErr(wb.path, msgCorrupt)
		}
		for _, r := range rels {
			t := r.Target
			if strings.HasPrefix(t, "/") {
				t = strings.TrimPrefix(path.Clean(t), "/")
			} else {
				t = path.Clean(dir + "/" + t)
			}
			targets[r.ID] = strings.ToLower(t)
		}
	}
	err := scanXML(wb.files[part], func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local == "workbookPr" {
			v := attr(se, "date1904")
			wb.date1904 = v == "1" || v == "true"
		}
		if se.Name.Local != "sheet" {
			return nil
		}
		id := ""
		for _, a := range se.Attr {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		state := attr(se, "state")
		wb.sheets = append(wb.sheets, sheetEntry{
			Name:   attr(se, "name"),
			Index:  len(wb.sheets),
			Hidden: state == "hidden" || state == "veryHidden",
			part:   targets[id],
		})
		return nil
	})
	if err != nil {
		return fileErr(wb.path, msgCorrupt)
	}
	return nil
}

// readSST reads the shared strings: the text of each <si>, joining rich-text
// runs and leaving out phonetic (<rPh>) runs.
func (wb *workbook) readSST(f *zip.File) *FileError {
	b := &sstBuilder{}
	if err := scanPart(f, b, func() { *b = sstBuilder{} }); err != nil {
		return fileErr(wb.path, msgCorrupt)
	}
	wb.sst = b.sst
	return nil
}

// sstBuilder collects the shared strings from the tokens of sharedStrings.xml.
type sstBuilder struct {
	sst   []string
	cur   []byte
	inSI  bool
	inRPh int
	inT   bool
}

func (b *sstBuilder) Start(name []byte, _ []xmlscan.Attr) error {
	switch string(name) {
	case "si":
		b.inSI = true
		b.cur = b.cur[:0]
	case "rPh":
		b.inRPh++
	case "t":
		b.inT = b.inSI && b.inRPh == 0
	}
	return nil
}

func (b *sstBuilder) End(name []byte) error {
	switch string(name) {
	case "si":
		b.sst = append(b.sst, unescapeOOXML(string(b.cur)))
		b.inSI = false
	case "rPh":
		b.inRPh--
	case "t":
		b.inT = false
	}
	return nil
}

func (b *sstBuilder) Chars(data []byte) error {
	if b.inT {
		b.cur = append(b.cur, data...)
	}
	return nil
}

// scanPart streams a part through h (xmlscan.Scan: the fast scanner, or
// encoding/xml after reset when the part is outside its subset). Sizes were
// checked against the limits in load; archive/zip fails an entry that
// inflates beyond its declared size.
func scanPart(f *zip.File, h xmlscan.Handler, reset func()) error {
	if f == nil {
		return errors.New("missing part")
	}
	return xmlscan.Scan(f.Open, h, reset)
}

// readStyles classifies each cellXfs entry's number format.
func (wb *workbook) readStyles(f *zip.File) *FileError {
	custom := map[int]string{}
	inXfs := false
	var xfIDs []int
	err := scanTokens(f, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "numFmt":
				id, _ := strconv.Atoi(attr(t, "numFmtId"))
				custom[id] = attr(t, "formatCode")
			case "cellXfs":
				inXfs = true
			case "xf":
				if inXfs {
					id, _ := strconv.Atoi(attr(t, "numFmtId"))
					xfIDs = append(xfIDs, id)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "cellXfs" {
				inXfs = false
			}
		}
		return nil
	})
	if err != nil {
		return fileErr(wb.path, msgCorrupt)
	}
	wb.styles = make([]fmtClass, len(xfIDs))
	for i, id := range xfIDs {
		if code, ok := custom[id]; ok {
			wb.styles[i] = classifyFormat(code)
		} else {
			wb.styles[i] = builtinFormat(id)
		}
	}
	return nil
}

func builtinFormat(id int) fmtClass {
	switch {
	case id == 9 || id == 10:
		return fmtPercent
	case id == 49:
		return fmtText
	case id >= 14 && id <= 22, id >= 27 && id <= 36, id >= 45 && id <= 47, id >= 50 && id <= 58:
		return fmtDate
	}
	return fmtGeneral
}

// classifyFormat looks at a custom format code outside quoted literals and
// [..] sections.
func classifyFormat(code string) fmtClass {
	var plain strings.Builder
	inQuote, inBracket := false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inQuote:
			inQuote = c != '"'
		case inBracket:
			inBracket = c != ']'
		case c == '"':
			inQuote = true
		case c == '[':
			inBracket = true
		case c == '\\' || c == '_' || c == '*':
			i++ // next char is literal / padding
		default:
			plain.WriteByte(c)
		}
	}
	s := strings.ToLower(plain.String())
	switch {
	case s == "@":
		return fmtText
	case strings.Contains(s, "%"):
		return fmtPercent
	case strings.ContainsAny(s, "ymdhs") && !strings.Contains(s, "general"):
		return fmtDate
	}
	return fmtGeneral
}

// errTooManyRows carries the row number that went over the limit.
type errTooManyRows struct{ row int }

func (e errTooManyRows) Error() string { return "too many rows" }

// readSheet parses one worksheet, keeping only rows with a non-empty cell.
// It stops with a FileError once the sheet goes beyond limits.maxRows.
func (wb *workbook) readSheet(e sheetEntry) (*rawSheet, *FileError) {
	if wb.xls != nil {
		return wb.readSheetXLS(e)
	}
	f := wb.files[e.part]
	if f == nil {
		return nil, fileErr(wb.path, msgCorrupt)
	}
	b := newSheetBuilder(wb, e)
	err := scanPart(f, b, func() { *b = *newSheetBuilder(wb, e) })
	var tm errTooManyRows
	if errors.As(err, &tm) {
		return nil, fileErr(wb.path, msgTooManyRow, e.Name, tm.row, wb.limits.maxRows)
	}
	if err != nil {
		return nil, fileErr(wb.path, msgCorrupt)
	}
	b.flushRow()
	sh := b.sh
	for i := range sh.Rows {
		cs := sh.Rows[i].Cells
		// Writers emit cells in order; keep the invariant even if one does not.
		for j := 1; j < len(cs); j++ {
			for k := j; k > 0 && cs[k].Col < cs[k-1].Col; k-- {
				cs[k], cs[k-1] = cs[k-1], cs[k]
			}
		}
	}
	return sh, nil
}

// cellKind is the t attribute of a <c>.
type cellKind uint8

const (
	kindNum    cellKind = iota // absent, "n" or anything unknown
	kindShared                 // s
	kindInline                 // inlineStr, str
	kindBool                   // b
	kindErr                    // e
	kindISO                    // d
)

// sheetBuilder turns the tokens of a worksheet into a rawSheet. Cell values
// are kept in a few large byte chunks (strArena) and the cells of all rows
// in shared slabs, instead of a string and a slice per cell and row.
type sheetBuilder struct {
	wb             *workbook
	sh             *rawSheet
	rowNum, colNum int
	rowElems       int
	row            rawRow
	haveRow        bool
	cells          []rawCell // cells of the current row
	c              rawCell
	t              cellKind
	inCell, inV    bool
	inIS, inT      bool
	inRPh          int
	val            []byte
	// A formula in the cell (<f>), its text (the start, for the message)
	// and whether a cached value (<v>) came with it.
	hasF, inF, sawV bool
	formula         []byte
	arena           strArena
	slab            []rawCell
}

func newSheetBuilder(wb *workbook, e sheetEntry) *sheetBuilder {
	return &sheetBuilder{wb: wb, sh: &rawSheet{Name: e.Name, Index: e.Index, Hidden: e.Hidden}}
}

func (b *sheetBuilder) flushRow() {
	if b.haveRow && len(b.cells) > 0 {
		n := len(b.cells)
		if cap(b.slab)-len(b.slab) < n {
			b.slab = make([]rawCell, 0, max(4096, n))
		}
		at := len(b.slab)
		b.slab = append(b.slab, b.cells...)
		b.row.Cells = b.slab[at : at+n : at+n] // full: appending (merged cells) copies
		b.sh.Rows = append(b.sh.Rows, b.row)
	}
	b.haveRow = false
	b.cells = b.cells[:0]
}

func (b *sheetBuilder) Start(name []byte, attrs []xmlscan.Attr) error {
	switch string(name) {
	case "row":
		b.flushRow()
		b.rowElems++
		if b.rowElems > b.wb.limits.maxRows {
			return errTooManyRows{b.rowNum + 1}
		}
		if r, err := strconv.Atoi(string(xmlscan.Value(attrs, "r"))); err == nil && r > 0 {
			b.rowNum = r
		} else {
			b.rowNum++
		}
		b.colNum = 0
		h := string(xmlscan.Value(attrs, "hidden"))
		b.row = rawRow{Num: b.rowNum, Hidden: h == "1" || h == "true"}
		b.haveRow = true
	case "c":
		if !b.haveRow { // a cell outside a row: tolerate
			b.rowNum++
			b.row = rawRow{Num: b.rowNum}
			b.haveRow = true
		}
		b.inCell = true
		if ref := xmlscan.Value(attrs, "r"); len(ref) > 0 {
			if col, _, ok := splitRef(string(ref)); ok {
				b.colNum = col
			} else {
				b.colNum++
			}
		} else {
			b.colNum++
		}
		switch string(xmlscan.Value(attrs, "t")) {
		case "s":
			b.t = kindShared
		case "inlineStr", "str":
			b.t = kindInline
		case "b":
			b.t = kindBool
		case "e":
			b.t = kindErr
		case "d":
			b.t = kindISO
		default:
			b.t = kindNum
		}
		s, _ := strconv.Atoi(string(xmlscan.Value(attrs, "s")))
		b.c = rawCell{Col: b.colNum}
		if s >= 0 && s < len(b.wb.styles) {
			b.c.Fmt = b.wb.styles[s]
		}
		b.val = b.val[:0]
		b.hasF, b.sawV = false, false
	case "f":
		if b.inCell {
			b.hasF, b.inF = true, true
			b.formula = b.formula[:0]
		}
	case "v":
		b.inV = b.inCell
		b.sawV = b.sawV || b.inCell
	case "is":
		b.inIS = b.inCell
	case "rPh":
		b.inRPh++
	case "t":
		b.inT = b.inIS && b.inRPh == 0
	case "mergeCell":
		if m, ok := parseRange(string(xmlscan.Value(attrs, "ref"))); ok {
			b.sh.Merges = append(b.sh.Merges, m)
		}
	}
	return nil
}

func (b *sheetBuilder) End(name []byte) error {
	switch string(name) {
	case "v":
		b.inV = false
	case "f":
		b.inF = false
	case "t":
		b.inT = false
	case "is":
		b.inIS = false
	case "rPh":
		b.inRPh--
	case "c":
		b.inCell = false
		c := b.c
		var v string
		switch b.t {
		case kindShared:
			i, err := strconv.Atoi(strings.TrimSpace(string(b.val)))
			if err == nil && i >= 0 && i < len(b.wb.sst) {
				v = b.wb.sst[i]
			}
			c.Type = typeString
		case kindInline:
			if bytes.Contains(b.val, []byte("_x")) {
				v = unescapeOOXML(string(b.val))
			} else {
				v = b.arena.str(b.val)
			}
			c.Type = typeString
		case kindBool:
			c.Type = typeBool
			if string(bytes.TrimSpace(b.val)) == "1" {
				v = "TRUE"
			} else if len(b.val) > 0 {
				v = "FALSE"
			}
		case kindErr:
			c.Type = typeError
			v = b.arena.str(b.val)
		case kindISO:
			c.Type = typeDate
			v = b.arena.str(b.val)
		default:
			c.Type = typeNumber
			v = b.arena.str(b.val)
		}
		// A formula with no <v>, or an empty one where only a text result
		// (t="str") can be empty, was never calculated: reading it as a
		// blank cell would silently drop the value.
		if b.hasF && (!b.sawV || v == "" && b.t != kindInline) {
			c.Type = typeNoCache
			v = "=" + string(b.formula)
			if len(b.formula) == 0 {
				v = "（共享公式）" // a shared formula's other cells hold no text
			}
		}
		if v != "" && b.haveRow {
			if b.row.Num > b.wb.limits.maxRows {
				return errTooManyRows{b.row.Num}
			}
			c.Value = v
			b.cells = append(b.cells, c)
		}
	case "row":
		b.flushRow()
	}
	return nil
}

func (b *sheetBuilder) Chars(data []byte) error {
	if b.inV || b.inT {
		b.val = append(b.val, data...)
	}
	if b.inF && len(b.formula) < maxFormulaText {
		b.formula = append(b.formula, data[:min(len(data), maxFormulaText-len(b.formula))]...)
	}
	return nil
}

// maxFormulaText is how much of a formula a message shows.
const maxFormulaText = 200

// strArena hands out strings that share large chunks: one allocation per
// 64 KB of cell text instead of one per cell. A chunk lives as long as any
// string in it; the values of a sheet are mostly kept by the dataset anyway.
type strArena struct{ chunk []byte }

func (a *strArena) str(b []byte) string {
	switch {
	case len(b) == 0:
		return ""
	case len(b) > 1024:
		return string(b)
	}
	if cap(a.chunk)-len(a.chunk) < len(b) {
		a.chunk = make([]byte, 0, 64<<10)
	}
	at := len(a.chunk)
	a.chunk = append(a.chunk, b...)
	// The chunk's bytes are never written again once handed out.
	return unsafe.String(&a.chunk[at], len(b))
}

// scanXML calls fn for every start element of the entry.
func scanXML(f *zip.File, fn func(*xml.Decoder, xml.StartElement) error) error {
	return scanTokens(f, func(tok xml.Token) error {
		if se, ok := tok.(xml.StartElement); ok {
			return fn(nil, se)
		}
		return nil
	})
}

// scanTokens streams the entry's XML tokens to fn. Sizes were checked
// against the limits in load; archive/zip fails an entry that inflates
// beyond its declared size.
func scanTokens(f *zip.File, fn func(xml.Token) error) error {
	if f == nil {
		return errors.New("missing part")
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xmlscan.Tokens(rc, fn)
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// splitRef parses "AB12" into column 28, row 12.
func splitRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z' || ref[i] == '$') {
		if ref[i] != '$' {
			ch := ref[i]
			if ch >= 'a' {
				ch -= 'a' - 'A'
			}
			col = col*26 + int(ch-'A'+1)
			if col > 16384 {
				return 0, 0, false
			}
		}
		i++
	}
	rest := strings.TrimPrefix(ref[i:], "$")
	if col == 0 {
		return 0, 0, false
	}
	if rest == "" {
		return col, 0, true
	}
	r, err := strconv.Atoi(rest)
	if err != nil || r < 1 || r > 1048576 {
		return 0, 0, false
	}
	return col, r, true
}

func parseRange(ref string) (mergeRange, bool) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		b = a
	}
	c1, r1, ok1 := splitRef(a)
	c2, r2, ok2 := splitRef(b)
	if !ok1 || !ok2 || r1 == 0 || r2 == 0 {
		return mergeRange{}, false
	}
	if r2 < r1 {
		r1, r2 = r2, r1
	}
	if c2 < c1 {
		c1, c2 = c2, c1
	}
	return mergeRange{r1, c1, r2, c2}, true
}

// colName turns 28 into "AB".
func colName(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}

// cellName turns (col 5, row 12) into "E12".
func cellName(col, row int) string { return colName(col) + strconv.Itoa(row) }

// unescapeOOXML decodes the _xHHHH_ escapes OOXML uses for control characters.
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// looksLikeText reports whether the start of b is plausibly a text file
// (UTF-8 or a legacy CJK encoding): no NUL bytes and few control characters.
func looksLikeText(b []byte) bool {
	if len(b) > 4096 {
		b = b[:4096]
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return false
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			ctrl++
		}
	}
	if ctrl > len(b)/100 {
		return false
	}
	return utf8.Valid(b) || ctrl == 0
}
