package sheet

import (
	"fmt"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// TestDate1904: a workbook saved with the 1904 date system (Excel for Mac:
// workbookPr date1904 in .xlsx, DATEMODE in .xls) stores dates as days since
// 1904-01-01; read with the workbook's own system, the dates are the same.
func TestDate1904(t *testing.T) {
	serial := func(d string, date1904 bool) int {
		tm, err := time.Parse("2006-01-02", d)
		if err != nil {
			t.Fatal(err)
		}
		n := int(tm.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
		if date1904 {
			n -= 1462
		}
		return n
	}
	births := []string{"1990-03-07", "1991-05-01", "1992-01-15", "1985-12-31"}
	joins := []string{"2010-06-28", "2011-06-01", "2012-06-30", "2010-06-01"}
	books := func(date1904 bool) *books {
		b := newBooks()
		for i := range births {
			b.members[2+i][4] = serial(births[i], date1904)
			b.members[2+i][6] = serial(joins[i], date1904)
		}
		b.members[5][5] = "" // 王五 has no 身份证号 to check the birth date against
		b.memberEdit = func(f *excelize.File, s string) {
			st, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
			f.SetCellStyle(s, "E3", "E6", st)
			f.SetCellStyle(s, "G3", "G6", st)
		}
		return b
	}
	write := func(dir string, date1904 bool) []string {
		paths := books(date1904).write(t, dir)
		if date1904 {
			f, err := excelize.OpenFile(paths[0])
			if err != nil {
				t.Fatal(err)
			}
			yes := true
			if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
				t.Fatal(err)
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
		return paths
	}
	for _, c := range []struct {
		name     string
		date1904 bool
		xls      bool
	}{{"xlsx 1900", false, false}, {"xlsx 1904", true, false}, {"xls 1900", false, true}, {"xls 1904", true, true}} {
		t.Run(c.name, func(t *testing.T) {
			paths := write(t.TempDir(), c.date1904)
			if c.xls {
				paths, _ = asXLS(t, t.TempDir(), paths)
				if wb, _ := openWorkbook(paths[0], Options{}.limits()); wb.xls == nil || wb.date1904 != c.date1904 {
					t.Fatalf("not an .xls with date1904=%v", c.date1904)
				}
			}
			ds, diags, err := Read(paths, SampleOptions())
			if err != nil {
				t.Fatal(err)
			}
			if diags.HasErrors() {
				t.Fatalf("errors:\n%s", diagLines(diags))
			}
			for i, m := range ds.Members {
				if got := iso(m.Birth); got != births[i] {
					t.Errorf("%s birth %s, want %s", m.Name, got, births[i])
				}
				if got := iso(m.JoinDate); got != joins[i] {
					t.Errorf("%s joined %s, want %s", m.Name, got, joins[i])
				}
			}
		})
	}
	// The date system matters: 1904 serials read as 1900 ones are four years
	// early.
	paths := books(true).write(t, t.TempDir())
	ds, _, _ := Read(paths, SampleOptions())
	if got := iso(ds.Members[0].JoinDate); got != "2006-06-27" {
		t.Errorf("1904 serial in a 1900 workbook: %s", got)
	}
}

func iso(d model.Date) string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }
