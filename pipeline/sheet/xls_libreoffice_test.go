package sheet

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/testtool"
)

// toXLS converts workbooks to .xls with LibreOffice (a real writer of the
// format) into dir and returns the new paths.
func toXLS(t *testing.T, dir string, files ...string) []string {
	t.Helper()
	bin := testtool.Require(t, "soffice")
	profile := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(profile), "--headless", "--norestore",
		"--convert-to", "xls", "--outdir", dir}, files...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	var out []string
	for _, f := range files {
		p := filepath.Join(dir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+".xls")
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("soffice wrote no %s", p)
		}
		out = append(out, p)
	}
	return out
}

// featuresBook writes a workbook with the cells the .xls reader must get
// right: text and numbers (a 身份证号 both ways), dates in built-in and
// custom formats, percent, booleans, formulas of each result type, merged
// and hidden cells, a hidden sheet, 3,000 shared strings and a string of
// 9,000 characters (both over several CONTINUE records).
func featuresBook(t *testing.T, dir, name string, date1904 bool) string {
	f := excelize.NewFile()
	defer f.Close()
	if date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			t.Fatal(err)
		}
	}
	s := "数据"
	f.SetSheetName("Sheet1", s)
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 9})
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})
	code := `yyyy"年"m"月"d"日"`
	cdate, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	rows := [][]any{
		{"姓名", "身份证号", "入党时间", "满意率", "得分", "公式", "文本公式", "布尔", "长文本", "日期2"},
		{"张三", "11010519491231002X", 40357, 0.92, 89.995, nil, nil, true, strings.Repeat("长", 9000), 38000},
		{"李四", int64(110105194912310021), 40001, 1, 95, nil, nil, false, "短", 1},
	}
	for i, r := range rows {
		f.SetSheetRow(s, fmt.Sprintf("A%d", i+1), &r)
	}
	for r := 2; r <= 3; r++ {
		f.SetCellStyle(s, fmt.Sprint("B", r), fmt.Sprint("B", r), text)
		f.SetCellStyle(s, fmt.Sprint("C", r), fmt.Sprint("C", r), date)
		f.SetCellStyle(s, fmt.Sprint("D", r), fmt.Sprint("D", r), pct)
		f.SetCellStyle(s, fmt.Sprint("J", r), fmt.Sprint("J", r), cdate)
	}
	f.SetCellFormula(s, "F2", "E2*2")
	f.SetCellFormula(s, "G2", `A2&"同志"`)
	f.SetCellFormula(s, "F3", "1/0")
	f.SetCellFormula(s, "G3", "E3>90")
	for i := 0; i < 3000; i++ {
		f.SetCellValue(s, fmt.Sprintf("A%d", i+10), fmt.Sprintf("党员%05d号·买买提", i))
		f.SetCellValue(s, fmt.Sprintf("B%d", i+10), i)
	}
	f.MergeCell(s, "A5", "C6")
	f.SetCellValue(s, "A5", "合并区域")
	f.SetCellValue(s, "A8", "隐藏行")
	f.SetRowVisible(s, 8, false)
	f.NewSheet("隐藏表")
	f.SetCellValue("隐藏表", "A1", "藏")
	f.SetSheetVisible("隐藏表", false)
	p := filepath.Join(dir, name)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestLibreOfficeXLS reads workbooks LibreOffice saved as .xls: every cell
// as the .xlsx reader gives it from the original (same type, number-format
// class and text), the formulas by the results LibreOffice stored, hidden
// rows and sheets, merges and the date system.
func TestLibreOfficeXLS(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	src := t.TempDir()
	orig := []string{featuresBook(t, src, "features.xlsx", false), featuresBook(t, src, "features1904.xlsx", true)}
	xls := toXLS(t, t.TempDir(), orig...)
	for i := range orig {
		a, ferr := openWorkbook(orig[i], Options{}.limits())
		if ferr != nil {
			t.Fatal(ferr)
		}
		b, ferr := openWorkbook(xls[i], Options{}.limits())
		if ferr != nil {
			t.Fatal(ferr)
		}
		if b.xls == nil || a.date1904 != b.date1904 || a.date1904 != (i == 1) {
			t.Errorf("%s: date1904 %v, .xls %v", xls[i], a.date1904, b.date1904)
		}
		if fmt.Sprint(a.sheets[0].Name, a.sheets[1].Hidden) != fmt.Sprint(b.sheets[0].Name, b.sheets[1].Hidden) {
			t.Errorf("sheets %v vs %v", a.sheets, b.sheets)
		}
		for j := range a.sheets {
			sa, _ := a.readSheet(a.sheets[j])
			sb, ferr := b.readSheet(b.sheets[j])
			if ferr != nil {
				t.Fatal(ferr)
			}
			cells := func(sh *rawSheet) map[string]rawCell {
				m := map[string]rawCell{}
				for _, r := range sh.Rows {
					for _, c := range r.Cells {
						m[cellName(c.Col, r.Num)] = c
					}
				}
				return m
			}
			ca, cb := cells(sa), cells(sb)
			// Formula results: excelize stores none, LibreOffice computes them.
			formulas := map[string]rawCell{
				"F2": {Col: 6, Type: typeNumber, Value: "179.99"},
				"G2": {Col: 7, Type: typeString, Value: "张三同志"},
				"F3": {Col: 6, Type: typeError, Value: "#DIV/0!"},
				"G3": {Col: 7, Type: typeBool, Value: "TRUE"},
			}
			for ref, c := range cb {
				want, ok := ca[ref]
				if j == 0 {
					if f, isF := formulas[ref]; isF {
						want, ok = f, true
					}
					if ref == "B3" { // a number of 18 digits: the double, not the digits
						want.Value = formatXLSNumber(mustFloat(t, want.Value))
					}
				}
				if !ok || c != want {
					t.Errorf("%s %s!%s: .xls %+v, want %+v", filepath.Base(xls[i]), sb.Name, ref, abbrev(c), abbrev(want))
				}
				delete(ca, ref)
			}
			for ref := range ca {
				t.Errorf("%s %s!%s missing in the .xls", filepath.Base(xls[i]), sb.Name, ref)
			}
			if fmt.Sprint(sa.Merges) != fmt.Sprint(sb.Merges) {
				t.Errorf("merges %v vs %v", sa.Merges, sb.Merges)
			}
			hidden := func(sh *rawSheet) (n []int) {
				for _, r := range sh.Rows {
					if r.Hidden {
						n = append(n, r.Num)
					}
				}
				return n
			}
			if fmt.Sprint(hidden(sa)) != fmt.Sprint(hidden(sb)) {
				t.Errorf("hidden rows %v vs %v", hidden(sa), hidden(sb))
			}
		}
	}
}

func mustFloat(t *testing.T, s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// abbrev abbreviates a cell's long text for messages.
func abbrev(c rawCell) rawCell {
	if r := []rune(c.Value); len(r) > 20 {
		c.Value = string(r[:20]) + fmt.Sprintf("…(%d)", len(r))
	}
	return c
}
