package sheet

import (
	"testing"
	"time"
)

// FuzzXLS feeds arbitrary bytes to the .xls reader (compound file, BIFF8
// globals, every sheet, in full and its head): it must not panic or hang,
// must answer with sheets or a *FileError with a message, and what it reads
// must keep the reader's invariants (rows ascending and within the limit,
// cells ascending, no empty values, merges inside the sheet limits).
func FuzzXLS(f *testing.F) {
	f.Add(buildXLS(f, xlsBookSpec{MaxRecord: 40, Date1904: true, Sheets: []xlsSheetSpec{
		{Name: "党员", Rows: memberRows(), HiddenRows: []int{4}, Merges: []mergeRange{{R1: 1, C1: 1, R2: 1, C2: 11}}},
		{Name: "公式", Rows: [][]any{{xlsFormula{"张三同志"}, xlsFormula{1.5}, xlsFormula{true}, xlsErrCode(7), xlsFmt{40357, "yyyy-mm-dd"}}}},
		{Name: "藏", Hidden: true, Rows: [][]any{{"x", 1, 2, 3}}},
	}}))
	f.Add(buildXLS(f, xlsBookSpec{Sheets: []xlsSheetSpec{{Name: "党组织", Rows: orgRows()}}}))
	f.Add(buildXLS(f, xlsBookSpec{Encrypted: true, Sheets: []xlsSheetSpec{{Name: "a", Rows: [][]any{{"x"}}}}}))
	lim := limits{maxFile: 4 << 20, maxUnzip: 8 << 20, maxRows: 2000}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		wb, ferr := openBytes("fuzz.xls", data, lim)
		if ferr != nil {
			if ferr.Msg == "" {
				t.Fatal("FileError without a message")
			}
			return
		}
		for _, e := range wb.sheets {
			wb.readHead(e)
			sh, ferr := wb.readSheet(e)
			if ferr != nil {
				if ferr.Msg == "" {
					t.Fatal("FileError without a message")
				}
				continue
			}
			prev := 0
			for _, r := range sh.Rows {
				if r.Num <= prev || r.Num > lim.maxRows || len(r.Cells) == 0 {
					t.Fatalf("row %d after %d (limit %d, %d cells)", r.Num, prev, lim.maxRows, len(r.Cells))
				}
				prev = r.Num
				col := 0
				for _, c := range r.Cells {
					if c.Col <= col || c.Col > xlsMaxColumns || c.Value == "" {
						t.Fatalf("row %d: cell %d after %d, value %q", r.Num, c.Col, col, c.Value)
					}
					col = c.Col
				}
			}
			for _, m := range sh.Merges {
				if m.R1 < 1 || m.C1 < 1 || m.R2 < m.R1 || m.C2 < m.C1 {
					t.Fatalf("merge %+v", m)
				}
			}
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("took %v", d)
		}
	})
}
