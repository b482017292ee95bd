package xlsx

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The data rows of a table do not go through excelize's StreamWriter: at
// 100,000 members it spent more time turning each cell into an xlsxC (with a
// string allocation for every cell reference, value and escape) and
// buffering the 110 MB member sheet in a temporary file than it took to
// compress it. Instead the StreamWriter writes one placeholder row where the
// data rows go (rowsMarker), and fixedZip, when excelize hands it the sheet,
// writes the rows in place of the placeholder straight into the compressor,
// calling the table's rows again. The bytes are the ones StreamWriter.SetRow
// writes for the same excelize.Cell values (TestRowXMLMatchesExcelize keeps
// it so); the sheet's other parts (columns, panes, merges, headings, the 合计
// row, filters, print setup) still come from excelize.

// cellKind is what a data cell holds.
type cellKind uint8

const (
	cBlank cellKind = iota // style only
	cStr                   // inline string
	cInt                   // whole number
	cNum                   // number (number.v), shown as s
)

// cellOut is a value ready to write: its style, its content and its
// displayed text (for column widths and line counts).
type cellOut struct {
	style int
	kind  cellKind
	s     string // cStr: the cleaned text; cNum: as displayed
	i     int
	f     float64
	cut   bool // cStr: the text was cut at Excel's limit
}

// cell turns a value of a table row into a cellOut: text is cleaned, text
// that looks like a formula gets the quote-prefixed style.
func (w *writer) cell(t *table, col int, v any, base variant) cellOut {
	k := t.cols[col].kind
	variant := base
	if f, ok := v.(flagged); ok {
		v, variant = f.v, vFlag
	}
	switch x := v.(type) {
	case nil:
		return cellOut{style: w.st.cell(k, variant, false)}
	case string:
		s, cut := cleanText(x)
		tk := k
		if !tk.isText() {
			tk = kCenter // e.g. "—" in a number column
		}
		return cellOut{style: w.st.cell(tk, variant, looksLikeFormula(s)), kind: cStr, s: s, cut: cut}
	case int:
		nk := k
		if nk.isText() {
			nk = kInt
		}
		return cellOut{style: w.st.cell(nk, variant, false), kind: cInt, i: x}
	case number:
		return cellOut{style: w.st.cell(k, variant, false), kind: cNum, s: x.text, f: x.v}
	}
	panic(fmt.Sprintf("xlsx: unsupported cell value %T", v))
}

// width is textWidth of the displayed text.
func (c *cellOut) width() float64 {
	switch c.kind {
	case cStr, cNum:
		return textWidth(c.s)
	case cInt:
		w := 0.0
		for range intLen(c.i) { // summed like textWidth, for the same float
			w += runeWidth('0')
		}
		return w
	}
	return 0
}

// lines is lineCount of the displayed text.
func (c *cellOut) lines(width float64) int {
	switch c.kind {
	case cStr, cNum:
		return lineCount(c.s, width)
	case cInt: // one line of digits
		return max(1, int(math.Ceil(c.width()/max(width-1.5, 1))))
	}
	return 1
}

// excelizeCell is the same value as an excelize.Cell, for the rows that
// still go through the StreamWriter (headings, 合计).
func (c *cellOut) excelizeCell() excelize.Cell {
	switch c.kind {
	case cStr:
		return excelize.Cell{StyleID: c.style, Value: c.s}
	case cInt:
		return excelize.Cell{StyleID: c.style, Value: c.i}
	case cNum:
		return excelize.Cell{StyleID: c.style, Value: c.f}
	}
	return excelize.Cell{StyleID: c.style}
}

// text is the displayed text.
func (c *cellOut) text() string {
	switch c.kind {
	case cStr, cNum:
		return c.s
	case cInt:
		return strconv.Itoa(c.i)
	}
	return ""
}

func intLen(i int) int {
	n := 1
	if i < 0 {
		n++ // the minus sign
	}
	for i >= 10 || i <= -10 {
		i /= 10
		n++
	}
	return n
}

// rowsMarker is the text of the placeholder cell of table number i. U+E000 is
// a private-use character: no cleaned text around it can spell the marker.
func rowsMarker(i int) string { return fmt.Sprintf("\ue000pingyou-rows-%d\ue000", i) }

// rowXML writes data rows as StreamWriter.SetRow would.
type rowXML struct {
	bw   *bufio.Writer
	refs []string // column letters
	num  []byte   // scratch for numbers (a local array would escape through bufio)
}

func newRowXML(w io.Writer, ncol int) *rowXML {
	x := &rowXML{bw: bufio.NewWriterSize(w, 64<<10), refs: make([]string, ncol)}
	for i := range x.refs {
		x.refs[i] = colName(i)
	}
	return x
}

// row writes <row r="…"[ ht="…" customHeight="1"]> and the cells.
func (x *rowXML) row(r int, height float64, cells []cellOut) {
	bw := x.bw
	x.num = strconv.AppendInt(x.num[:0], int64(r), 10)
	rs := len(x.num) // x.num[:rs] is the row number, the rest scratch
	bw.WriteString(`<row r="`)
	bw.Write(x.num[:rs])
	bw.WriteByte('"')
	if height > 0 {
		bw.WriteString(` ht="`)
		bw.Write(strconv.AppendFloat(x.num[:rs], height, 'f', -1, 64)[rs:])
		bw.WriteString(`" customHeight="1"`)
	}
	bw.WriteByte('>')
	for i := range cells {
		c := &cells[i]
		bw.WriteString(`<c r="`)
		bw.WriteString(x.refs[i])
		bw.Write(x.num[:rs])
		bw.WriteByte('"')
		if c.style != 0 {
			bw.WriteString(` s="`)
			bw.Write(x.scratch(strconv.AppendInt(x.num[:rs], int64(c.style), 10), rs))
			bw.WriteByte('"')
		}
		switch c.kind {
		case cBlank:
			bw.WriteString(`></c>`)
		case cInt:
			bw.WriteString(`><v>`)
			bw.Write(x.scratch(strconv.AppendInt(x.num[:rs], int64(c.i), 10), rs))
			bw.WriteString(`</v></c>`)
		case cNum:
			if math.IsNaN(c.f) || math.IsInf(c.f, 0) { // as excelize: the text of the value
				x.str(fmt.Sprint(c.f))
				continue
			}
			bw.WriteString(`><v>`)
			bw.Write(x.scratch(strconv.AppendFloat(x.num[:rs], c.f, 'f', -1, 64), rs))
			bw.WriteString(`</v></c>`)
		case cStr:
			x.str(c.s)
		}
	}
	bw.WriteString(`</row>`)
}

// scratch keeps a grown scratch buffer and returns what was appended after
// the row number.
func (x *rowXML) scratch(b []byte, rs int) []byte {
	x.num = b
	return b[rs:]
}

// str writes the rest of an inline string cell, escaped as excelize's
// trimCellValue does: xml.EscapeText with line feeds kept, then bstrMarshal;
// xml:space="preserve" when the text starts or ends with white space.
func (x *rowXML) str(s string) {
	bw := x.bw
	bw.WriteString(` t="inlineStr"><is><t`)
	if s != "" && (isXMLSpace(s[0]) || isXMLSpace(s[len(s)-1])) {
		bw.WriteString(` xml:space="preserve"`)
	}
	bw.WriteByte('>')
	if strings.Contains(s, "_x") {
		var b strings.Builder
		escapeText(&b, s)
		bw.WriteString(bstrMarshal(b.String()))
	} else {
		escapeText(bw, s)
	}
	bw.WriteString(`</t></is></c>`)
}

func isXMLSpace(b byte) bool { return b == 9 || b == 10 || b == 13 || b == 32 }

// escapeText is encoding/xml.EscapeText except that a line feed is written
// as itself (excelize turns the &#xA; back into a line feed).
func escapeText(w io.StringWriter, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, width := utf8.DecodeRuneInString(s[i:])
			i += width
			if (r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF || r >= 0x80 && r <= 0xD7FF) && !(r == 0xFFFD && width == 1) {
				continue
			}
			w.WriteString(s[last : i-width])
			w.WriteString("\uFFFD")
			last = i
			continue
		}
		i++
		var esc string
		switch c {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\r':
			esc = "&#xD;"
		case '\n':
			continue
		default:
			if c >= 0x20 {
				continue
			}
			esc = "\uFFFD"
		}
		w.WriteString(s[last : i-1])
		w.WriteString(esc)
		last = i
	}
	w.WriteString(s[last:])
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal is excelize's (lib.go, v2.11.0): text that reads like the
// _xHHHH_ escape of a character is escaped itself, as _x005F_xHHHH_.
func bstrMarshal(s string) (result string) {
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

// rowWriter returns what writes the n data rows of t, from row firstData,
// in place of the placeholder row: the rows are taken from t.rows again.
func (w *writer) rowWriter(t *table, firstData, n int, widths []float64) func(io.Writer) error {
	return func(out io.Writer) error {
		ncol := len(t.cols)
		x := newRowXML(out, ncol)
		cells := make([]cellOut, ncol)
		r := firstData
		for vals := range t.rows {
			if len(vals) > 0 {
				if b, ok := vals[0].(band); ok {
					x.row(r, bandHeight, w.bandCells(cells, b))
					r++
					continue
				}
			}
			lines := 1
			for i := range ncol {
				var v any
				if i < len(vals) {
					v = vals[i]
				}
				cells[i] = w.cell(t, i, v, vPlain)
				if t.cols[i].kind == kWrap {
					lines = max(lines, cells[i].lines(widths[i]))
				}
			}
			height := 0.0
			if lines > 1 {
				height = rowHeight(lines)
			}
			x.row(r, height, cells)
			r++
		}
		if r != firstData+n {
			return fmt.Errorf("xlsx: %s: %d data rows measured, %d written", t.sheet, n, r-firstData)
		}
		return x.bw.Flush()
	}
}
