package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mergedBook writes the good books with n merged ranges added to the 党员
// sheet's XML: tall, overlapping ranges down the data columns (I3:I99999,
// J3:J99998, …), as a hostile or broken file has them, in a workbook of a
// few tens of kilobytes.
func mergedBook(t testing.TB, dir string, n int) []string {
	t.Helper()
	paths := newBooks().write(t, dir)
	raw, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<mergeCells count="%d">`, n)
	for i := range n {
		col := colName(9 + i%3)
		fmt.Fprintf(&b, `<mergeCell ref="%s%d:%s%d"/>`, col, 3+i%5, col, 99999-i)
	}
	b.WriteString(`</mergeCells>`)
	patched := patchZip(t, raw, "xl/worksheets/sheet2.xml", func(s string) string {
		return strings.Replace(s, "</sheetData>", "</sheetData>"+b.String(), 1)
	})
	p := filepath.Join(dir, "花名册.xlsx")
	if err := os.WriteFile(p, patched, 0o644); err != nil {
		t.Fatal(err)
	}
	return paths
}

// BenchmarkMergedRanges reads a workbook whose 党员 sheet has 12,000 tall,
// overlapping merged ranges (about 45 KB on disk).
func BenchmarkMergedRanges(b *testing.B) {
	paths := mergedBook(b, b.TempDir(), 12000)
	fi, _ := os.Stat(paths[0])
	b.ReportMetric(float64(fi.Size())/1024, "file-KB")
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Read(paths, SampleOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMergedRangesBounded: filling merged areas visits each existing row at
// most once per column, however many rows the ranges span and however
// often they overlap (a structural bound; the time is in
// BenchmarkMergedRanges).
func TestMergedRangesBounded(t *testing.T) {
	paths := mergedBook(t, t.TempDir(), 12000)
	wb, ferr := openWorkbook(paths[0], Options{}.limits())
	if ferr != nil {
		t.Fatal(ferr)
	}
	var e sheetEntry
	for _, s := range wb.sheets {
		if s.Name == "党员" {
			e = s
		}
	}
	sh, ferr := wb.readSheet(e)
	if ferr != nil {
		t.Fatal(ferr)
	}
	if len(sh.Merges) != 12000 {
		t.Fatalf("%d merges", len(sh.Merges))
	}
	rd := &reader{opt: SampleOptions()}
	tb := &table{kind: kindMembers, file: wb.name, sheet: sh}
	if !rd.findHeader(tb) {
		t.Fatal("no header")
	}
	if limit := len(sh.Rows) * 3; rd.mergeSteps > limit {
		t.Errorf("merge fill visited %d rows, want at most %d (rows × merged columns)", rd.mergeSteps, limit)
	}
	// And reading the whole set still works as before: the merges only
	// fill the blank 职务 of row 4.
	ds, diags, err := Read(paths, SampleOptions())
	if err != nil || diags.HasErrors() {
		t.Fatalf("%v\n%s", err, diagLines(diags))
	}
	if ds.Members[1].Post != "讲师" || ds.Members[1].Branch != "文学院教工党支部" {
		t.Errorf("row 4: %+v", ds.Members[1])
	}
}
