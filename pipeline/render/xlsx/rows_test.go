package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestRowXMLMatchesExcelize writes the same cells with excelize's
// StreamWriter.SetRow and with rowXML: the data rows fixedZip splices in must
// be the bytes excelize would have written.
func TestRowXMLMatchesExcelize(t *testing.T) {
	texts := []string{"", "中文", " lead", "trail ", "\tx", "x\n", "a\nb\nc", "a\r\nb", "<&>\"'", "=HYPERLINK(\"http://x\",\"y\")",
		"_x0041_", "_x005F_x0041_", "_x005F_", "_x005f_X0041_", "ab_xZZZZ_", "_x00_", "x_x0000_y_x0041_", "\x01ctrl\x1f", "\uFFFE\uFFFF",
		"\u0085c1", "\xffbad", "bad\xe4\xb8", "😀𠀀", "\ue000private", "a&#xA;b", "tab\tin", strings.Repeat("长", 500)}
	var rows [][]cellOut
	for i, s := range texts {
		rows = append(rows, []cellOut{{style: 3, kind: cStr, s: s}, {kind: cStr, s: s}, {style: i + 1}})
	}
	rows = append(rows,
		[]cellOut{{style: 5, kind: cInt, i: 0}, {kind: cInt, i: -5}, {style: 7, kind: cInt, i: 1234567890123}},
		[]cellOut{{style: 5, kind: cNum, f: 0.1}, {kind: cNum, f: 92.3}, {style: 2, kind: cNum, f: -0.001}},
		[]cellOut{{kind: cNum, f: 1e21}, {kind: cNum, f: 123456.789}, {kind: cNum, f: 5e-7}},
		[]cellOut{{kind: cNum, f: math.NaN()}, {kind: cNum, f: math.Inf(1)}, {kind: cNum, f: math.Inf(-1)}},
	)
	heights := []float64{0, 15.5, 42.5, 409, 13.5*3 + 2}

	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	x := newRowXML(&want, 3)
	for i, r := range rows {
		h := heights[i%len(heights)]
		vals := make([]any, len(r))
		for j := range r {
			vals[j] = r[j].excelizeCell()
		}
		var opts []excelize.RowOpts
		if h > 0 {
			opts = append(opts, excelize.RowOpts{Height: h})
		}
		if err := sw.SetRow("A"+strconv.Itoa(i+1), vals, opts...); err != nil {
			t.Fatal(err)
		}
		x.row(i+1, h, r)
	}
	if err := x.bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	sheet, _ := io.ReadAll(rc)
	m := regexp.MustCompile(`(?s)<sheetData>(.*)</sheetData>`).FindSubmatch(sheet)
	if m == nil {
		t.Fatalf("no sheetData in %s", sheet)
	}
	got, exp := want.String(), string(m[1])
	if got != exp {
		gr, er := strings.Split(got, "</row>"), strings.Split(exp, "</row>")
		for i := range min(len(gr), len(er)) {
			if gr[i] != er[i] {
				t.Fatalf("row %d differs:\nrowXML:   %q\nexcelize: %q", i+1, gr[i], er[i])
			}
		}
		t.Fatalf("rowXML wrote %d rows, excelize %d", len(gr), len(er))
	}
}
