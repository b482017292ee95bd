package xlsx

import (
	"fmt"
	"math"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// The data rows of a table go through excelize's StreamWriter like the rest
// of the sheet. They were once written here and spliced into excelize's zip
// to save CPU time at 100,000 members; StreamWriter costs more but keeps the
// summary well within the bench targets (bench/RESULTS.md), and the splicing
// was tied to excelize's internals.

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

// excelizeCell is the value as excelize writes it.
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

// writeRows writes the data rows of t from row firstData and returns the
// row after them. Wrapped text gets a row height for its line count.
func (w *writer) writeRows(sw *excelize.StreamWriter, t *table, firstData int, widths []float64) (int, error) {
	ncol := len(t.cols)
	// SetRow takes values as any: pointers into one row of cells are boxed once.
	cells := make([]excelize.Cell, ncol)
	vals := make([]any, ncol)
	for i := range cells {
		vals[i] = &cells[i]
	}
	var outs []cellOut // a band row's cells (print.go)
	r := firstData
	for row := range t.rows {
		if len(row) > 0 {
			if b, ok := row[0].(band); ok {
				if outs == nil {
					outs = make([]cellOut, ncol)
				}
				for i, c := range w.bandCells(outs, b) {
					cells[i] = c.excelizeCell()
				}
				if err := sw.SetRow("A"+strconv.Itoa(r), vals, excelize.RowOpts{Height: bandHeight}); err != nil {
					return r, err
				}
				r++
				continue
			}
		}
		lines := 1
		for i := range ncol {
			var v any
			if i < len(row) {
				v = row[i]
			}
			c := w.cell(t, i, v, vPlain)
			cells[i] = c.excelizeCell()
			if t.cols[i].kind == kWrap {
				lines = max(lines, c.lines(widths[i]))
			}
		}
		var opts []excelize.RowOpts
		if lines > 1 {
			opts = append(opts, excelize.RowOpts{Height: rowHeight(lines)})
		}
		if err := sw.SetRow("A"+strconv.Itoa(r), vals, opts...); err != nil {
			return r, err
		}
		r++
	}
	return r, nil
}
