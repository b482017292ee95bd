package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"testing"
)

// TestPrintSheet reads 党员评议结果（打印） back: the meeting's columns, a
// merged band above each branch, the same 序号 for the same member as on
// 党员评议结果, and a page set-up that prints it at 10 pt.
func TestPrintSheet(t *testing.T) {
	f := open(t, writeFixture(t))
	rows, err := f.GetRows(SheetMembersPrint)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"序号", "姓名", "党员类型", "有效票", "优秀票率", "综合得分", "支部排名", "否决情形", "评定等次", "备注"}
	if !slices.Equal(rows[headerRow-1], want) {
		t.Fatalf("headings %q, want %q", rows[headerRow-1], want)
	}
	full, _ := f.GetRows(SheetMembers)
	nameOf := map[string]string{} // 序号 → 姓名 on the full sheet
	for _, r := range full[headerRow:] {
		if len(r) > 2 {
			nameOf[r[0]] = r[2]
		}
	}
	merged, _ := f.GetMergeCells(SheetMembersPrint)
	isMerged := map[string]bool{}
	for _, m := range merged {
		isMerged[m.GetStartAxis()+":"+m.GetEndAxis()] = true
	}
	bands, members := 0, 0
	for i, r := range rows[headerRow:] {
		row := headerRow + 1 + i
		if len(r) == 0 {
			continue
		}
		if _, err := strconv.Atoi(r[0]); err != nil { // a band
			bands++
			if !regexp.MustCompile(`^\S+党支部（\d+人）$`).MatchString(r[0]) {
				t.Errorf("band row %d: %q", row, r[0])
			}
			if ref := fmt.Sprintf("A%d:J%d", row, row); !isMerged[ref] {
				t.Errorf("band row %d not merged across the table (%s)", row, ref)
			}
			continue
		}
		members++
		if nameOf[r[0]] != r[1] {
			t.Errorf("序号 %s is %s here, %s on %s", r[0], r[1], nameOf[r[0]], SheetMembers)
		}
	}
	if members != len(nameOf) || bands < 2 {
		t.Errorf("%d members (want %d), %d bands", members, len(nameOf), bands)
	}
	pl, _ := f.GetPageLayout(SheetMembersPrint)
	if *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("page layout %s fit %d×%d", *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
	}
	titles := ""
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == SheetMembersPrint {
			titles = d.RefersTo
		}
	}
	if titles != "'"+SheetMembersPrint+"'!$3:$3" {
		t.Errorf("print titles %q", titles)
	}
}

// printedSize is the body font size the print sheet comes out at, one page
// wide: 10 pt times the fit-to-width scale, for a width unit of pxPerUnit
// pixels (Excel and WPS with 宋体: 7; LibreOffice with a fallback font: 9).
func printedSize(t *testing.T, b []byte, pxPerUnit float64) float64 {
	f := open(t, b)
	px := 0.0
	for i := range 10 {
		w, _ := f.GetColWidth(SheetMembersPrint, colName(i))
		px += w*pxPerUnit + 5
	}
	return 10 * min(1, (pageWidthIn-2*marginLR)*96/px)
}

// TestPrintSheetSize: with the column widths it is given, the print sheet
// of 800 members comes out at 9 pt or more one page wide, in Excel and WPS
// (7 px a width unit with 宋体) and in LibreOffice without 宋体 (about 9 px).
// pipeline's TestSampleSummaryPrint measures it in LibreOffice's PDF.
func TestPrintSheetSize(t *testing.T) {
	var buf bytes.Buffer
	res, opt := bigResults(800)
	if err := WriteSummary(&buf, res, opt); err != nil {
		t.Fatal(err)
	}
	for _, px := range []float64{7, 9} {
		if s := printedSize(t, buf.Bytes(), px); s < 9 {
			t.Errorf("print sheet at %.1f pt with %v px a width unit, want ≥ 9", s, px)
		}
	}
}

// TestChartPageBreak: a short 支部统计 keeps its chart on the same page (no
// page break); a long one gets a page break right above the chart, so the
// chart starts a page and is never cut in two.
func TestChartPageBreak(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    []byte
		brk  bool
	}{
		{"3 branches", writeFixture(t), false},
		{"39 branches", func() []byte {
			var buf bytes.Buffer
			res, opt := bigResults(1300)
			if err := WriteSummary(&buf, res, opt); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}(), true},
	} {
		zr, err := zip.NewReader(bytes.NewReader(tc.b), int64(len(tc.b)))
		if err != nil {
			t.Fatal(err)
		}
		read := func(name string) string {
			for _, zf := range zr.File {
				if zf.Name == name {
					rc, _ := zf.Open()
					defer rc.Close()
					d, _ := io.ReadAll(rc)
					return string(d)
				}
			}
			t.Fatalf("%s: no %s", tc.name, name)
			return ""
		}
		// The chart's anchor row (0-based in the drawing) and the row breaks.
		from := regexp.MustCompile(`<xdr:from><xdr:col>0</xdr:col><xdr:colOff>\d+</xdr:colOff><xdr:row>(\d+)</xdr:row>`).FindStringSubmatch(read("xl/drawings/drawing1.xml"))
		if from == nil {
			t.Fatalf("%s: no chart anchor", tc.name)
		}
		sheet := read("xl/worksheets/sheet3.xml") // 支部统计
		brks := regexp.MustCompile(`<brk id="(\d+)"[^>]*man="true"`).FindAllStringSubmatch(sheet, -1)
		switch {
		case tc.brk && (len(brks) != 1 || brks[0][1] != from[1]):
			t.Errorf("%s: row breaks %v, want one above the chart's row (id %s)", tc.name, brks, from[1])
		case !tc.brk && len(brks) != 0:
			t.Errorf("%s: row breaks %v, want none (table and chart fit one page)", tc.name, brks)
		}
	}
}
