package sheet

import (
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/testtool"
)

// writeTemplatesT writes the templates for opt into a new folder.
func writeTemplatesT(t *testing.T, opt Options) (roster, assess string) {
	t.Helper()
	dir := t.TempDir()
	if err := WriteTemplates(dir, opt); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, RosterFile), filepath.Join(dir, AssessmentFile)
}

func openT(t *testing.T, p string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestTemplateHeadingStyles reads the styles of the title and heading rows
// back: the title bold 16 pt; every heading bold on the blue fill, the
// required ones (and only they) with * and dark red text. Column formats
// (text, number, percent) are set on the whole column and must not have
// overwritten them (as they once did).
func TestTemplateHeadingStyles(t *testing.T) {
	roster, assess := writeTemplatesT(t, SampleOptions())
	for _, p := range []string{roster, assess} {
		f := openT(t, p)
		for _, sh := range f.GetSheetList() {
			if sh == UnitSheet || sh == guideSheet || sh == ExampleSheet {
				continue
			}
			id, _ := f.GetCellStyle(sh, "A1")
			st, _ := f.GetStyle(id)
			if st == nil || st.Font == nil || !st.Font.Bold || st.Font.Size != 16 {
				t.Errorf("%s!A1 (title) style %+v, want bold 16 pt", sh, st)
			}
			rows, _ := f.GetRows(sh)
			if len(rows) < 2 || len(rows[1]) == 0 {
				t.Fatalf("%s has no heading row", sh)
			}
			for i, h := range rows[1] {
				cell := cellName(i+1, 2)
				id, _ := f.GetCellStyle(sh, cell)
				st, _ := f.GetStyle(id)
				if st == nil || st.Font == nil || !st.Font.Bold || len(st.Fill.Color) == 0 || st.Fill.Color[0] != headFill || len(st.Border) != 4 {
					t.Errorf("%s!%s %q: style %+v, want bold on fill %s with borders", sh, cell, h, st, headFill)
					continue
				}
				required := strings.HasSuffix(h, "*")
				if red := st.Font.Color == requiredColor; red != required {
					t.Errorf("%s!%s %q: red %v, required %v", sh, cell, h, red, required)
				}
			}
		}
	}
	// The columns the issue named: 测评表 D2:K2 (the score and ballot columns).
	f := openT(t, assess)
	for _, cell := range []string{"D2", "E2", "F2", "G2", "H2", "I2", "J2", "K2"} {
		id, _ := f.GetCellStyle("党员测评", cell)
		st, _ := f.GetStyle(id)
		if st == nil || st.Font == nil || !st.Font.Bold {
			t.Errorf("党员测评!%s unstyled: %+v", cell, st)
		}
	}
	// The data cells keep their column's format.
	for sheet, want := range map[string]map[string]int{
		"党员测评": {"D": 0, "H": 0, "C": 49},
		"组织测评": {"B": 0, "G": 10},
	} {
		for col, nf := range want {
			id, _ := f.GetColStyle(sheet, col)
			st, _ := f.GetStyle(id)
			if st.NumFmt != nf {
				t.Errorf("%s column %s numFmt %d, want %d", sheet, col, st.NumFmt, nf)
			}
		}
	}
	// 单位信息: required rows' labels in red.
	g := openT(t, roster)
	for i, fd := range UnitFields {
		cell := cellName(1, i+3)
		id, _ := g.GetCellStyle(UnitSheet, cell)
		st, _ := g.GetStyle(id)
		if st == nil || st.Font == nil || !st.Font.Bold || (st.Font.Color == requiredColor) != fd.Required {
			t.Errorf("单位信息!%s %s: style %+v, required %v", cell, fd.Label, st, fd.Required)
		}
	}
}

// validations returns a sheet's data validations by their first cell.
func validations(t *testing.T, f *excelize.File, sheet string) map[string]*excelize.DataValidation {
	t.Helper()
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*excelize.DataValidation{}
	for _, dv := range dvs {
		out[strings.SplitN(dv.Sqref, ":", 2)[0]] = dv
	}
	return out
}

func dvText(dv *excelize.DataValidation) string {
	if dv == nil {
		return "<none>"
	}
	return strings.TrimSpace(fmt.Sprintf("%s %s %s %s %s", dv.Sqref, dv.Type, dv.Operator, dv.Formula1, dv.Formula2))
}

// TestTemplateValidationFromScheme: the score limits Excel enforces as a
// number is typed are the scheme's, whatever it says; ballots are whole
// numbers ≥ 0.
func TestTemplateValidationFromScheme(t *testing.T) {
	sample := SampleOptions()
	custom := Options{
		MemberDimensions: []string{"自评", "党性分析"},
		OrgItems:         []string{"班子建设", "满意度"},
		MemberRanges: map[string]Range{
			"自评": {Min: big.NewRat(0, 1), Max: big.NewRat(10, 1)}, "党性分析": {Min: big.NewRat(60, 1), Max: big.NewRat(100, 1)},
		},
		OrgRanges: map[string]Range{
			"班子建设": {Min: big.NewRat(0, 1), Max: big.NewRat(25, 1)}, "满意度": {Min: big.NewRat(0, 1), Max: big.NewRat(9, 2)},
		},
	}
	open := func() Options {
		return Options{MemberDimensions: []string{"自评"}, OrgItems: []string{"班子建设"}}
	}()
	tests := []struct {
		name string
		opt  Options
		want map[string]string // "sheet!cell" → validation
	}{
		{"sample", sample, map[string]string{
			"党员测评!D3": "D3:D1002 decimal between 0 100",
			"党员测评!G3": "G3:G1002 decimal between 0 100",
			"党员测评!H3": "H3:H1002 whole greaterThanOrEqual 0",
			"党员测评!K3": "K3:K1002 whole greaterThanOrEqual 0",
			"组织测评!B3": "B3:B1002 decimal between 0 20",
			"组织测评!F3": "F3:F1002 decimal between 0 20",
			"组织测评!G3": "G3:G1002 decimal between 0 1",
		}},
		{"custom", custom, map[string]string{
			"党员测评!D3": "D3:D1002 decimal between 0 10",
			"党员测评!E3": "E3:E1002 decimal between 60 100",
			"组织测评!B3": "B3:B1002 decimal between 0 25",
			"组织测评!C3": "C3:C1002 decimal between 0 4.5",
		}},
		{"no upper limit", open, map[string]string{
			"党员测评!D3": "D3:D1002 decimal greaterThanOrEqual 0",
			"组织测评!B3": "B3:B1002 decimal greaterThanOrEqual 0",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, assess := writeTemplatesT(t, tt.opt)
			f := openT(t, assess)
			for at, want := range tt.want {
				sheet, cell, _ := strings.Cut(at, "!")
				dv := validations(t, f, sheet)[cell]
				if got := dvText(dv); got != want {
					t.Errorf("%s: validation %q, want %q", at, got, want)
				}
				if dv != nil && (dv.ErrorStyle == nil || *dv.ErrorStyle != "stop") {
					t.Errorf("%s: error style %v, want stop (refuse the value)", at, dv.ErrorStyle)
				}
			}
		})
	}
	// The hint says the range too.
	_, assess := writeTemplatesT(t, custom)
	dv := validations(t, openT(t, assess), "党员测评")["E3"]
	if dv == nil || dv.Prompt == nil || !strings.Contains(*dv.Prompt, "60–100") {
		t.Errorf("党性分析 hint %v, want the range 60–100", dv)
	}
}

// TestTemplatePageSetup reads the page set-up back: every sheet A4, one
// page wide and any number tall; landscape where the columns are wider than
// a portrait page; the title and heading rows repeated on every page (print
// titles scoped to their own sheet, also after 单位信息 was moved first).
func TestTemplatePageSetup(t *testing.T) {
	roster, assess := writeTemplatesT(t, SampleOptions())
	want := map[string]struct {
		orient string
		titles string
	}{
		UnitSheet:    {"portrait", "$1:$2"},
		"党组织":        {"landscape", "$1:$2"},
		"党员":         {"landscape", "$1:$2"},
		"党员测评":       {"landscape", "$1:$2"},
		"组织测评":       {"landscape", "$1:$2"},
		ExampleSheet: {"landscape", ""},
		guideSheet:   {"portrait", "$10:$10"},
	}
	for _, p := range []string{roster, assess} {
		f := openT(t, p)
		titles := map[string]string{}
		for _, dn := range f.GetDefinedName() {
			if dn.Name == "_xlnm.Print_Titles" {
				sheet, rows, _ := strings.Cut(dn.RefersTo, "!")
				if strings.Trim(sheet, "'") != dn.Scope {
					t.Errorf("%s: print titles %s scoped to sheet %s", filepath.Base(p), dn.RefersTo, dn.Scope)
				}
				titles[dn.Scope] = rows
			}
		}
		for _, sh := range f.GetSheetList() {
			w, ok := want[sh]
			if !ok {
				t.Errorf("unexpected sheet %s", sh)
				continue
			}
			pl, err := f.GetPageLayout(sh)
			if err != nil {
				t.Fatal(err)
			}
			if *pl.Size != 9 || *pl.Orientation != w.orient || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
				t.Errorf("%s: size %d, %s, fit %d×%d; want A4 (9), %s, 1 wide × 0 (any) tall",
					sh, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight, w.orient)
			}
			props, _ := f.GetSheetProps(sh)
			if props.FitToPage == nil || !*props.FitToPage {
				t.Errorf("%s: fitToPage not set, so the fit-to-width is ignored", sh)
			}
			if titles[sh] != w.titles {
				t.Errorf("%s: print titles %q, want %q", sh, titles[sh], w.titles)
			}
		}
	}
	// 填表说明's repeated row is its column table's heading.
	f := openT(t, assess)
	if v, _ := f.GetCellValue(guideSheet, "A10"); v != "工作表" {
		t.Errorf("填表说明!A10 = %q, want the heading 工作表", v)
	}
}

// TestTemplateExampleNotRead fills nothing but the templates' 填表示例: the
// reader must not take its tables (which have the real headers) as data,
// and the missing tables' messages say that the example is not read.
func TestTemplateExampleNotRead(t *testing.T) {
	opt := SampleOptions()
	roster, assess := writeTemplatesT(t, opt)
	// The example sheets really are filled tables with the real headers.
	f := openT(t, roster)
	rows, _ := f.GetRows(ExampleSheet)
	text := fmt.Sprint(rows)
	for _, w := range []string{"组织名称*", "中共某某学院委员会", "姓名*", "张三", "110101199003071233"} {
		if !strings.Contains(text, w) {
			t.Errorf("填表示例 lacks %q: %s", w, text)
		}
	}
	ds, diags, err := Read([]string{roster, assess}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Members) != 0 || len(ds.Orgs) != 0 || len(ds.OrgAssessments) != 0 {
		t.Errorf("example rows read as data: %d members, %d orgs", len(ds.Members), len(ds.Orgs))
	}
	if strings.Contains(diagLines(diags), ExampleSheet) {
		t.Errorf("the example sheet is mentioned although the real sheets exist:\n%s", diagLines(diags))
	}

	// Only example sheets: the tables are missing, and the message says why.
	dir := t.TempDir()
	only := writeBook(t, dir, "花名册.xlsx",
		sheetSpec{Name: "示例", Rows: append(orgRows(), memberRows()[1:]...)})
	both := writeBook(t, dir, "测评表.xlsx", sheetSpec{Name: "党员测评", Rows: assessRows()}, sheetSpec{Name: "组织测评", Rows: orgAssessRows()})
	_, diags, err = Read([]string{only, both}, opt)
	if err != nil {
		t.Fatal(err)
	}
	got := diagLines(diags)
	if !strings.Contains(got, "没有找到“党组织”表：只有花名册.xlsx 的工作表“示例”中有党组织表，但它是只作示范的示例表") {
		t.Errorf("missing 党组织 not explained by the example sheet:\n%s", got)
	}

	// An example sheet beside a sheet with any tab name: no ambiguity.
	dir = t.TempDir()
	paths := []string{
		writeBook(t, dir, "花名册.xlsx", sheetSpec{Name: "Sheet1", Rows: orgRows()}, sheetSpec{Name: "Sheet2", Rows: memberRows()},
			sheetSpec{Name: "党员填写示例", Rows: memberRows()}),
		writeBook(t, dir, "测评表.xlsx", sheetSpec{Name: "党员测评", Rows: assessRows()}, sheetSpec{Name: "组织测评", Rows: orgAssessRows()},
			sheetSpec{Name: "样例", Rows: assessRows()}),
	}
	ds, diags, err = Read(paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	rest, _ := withoutTakenAs(diags)
	if got := diagLines(rest); got != "" || len(ds.Members) != 4 {
		t.Errorf("%d members; diagnostics:\n%s", len(ds.Members), got)
	}
}

func TestIsExampleSheet(t *testing.T) {
	for name, want := range map[string]bool{
		"填表示例": true, "示例": true, "党员（示例）": true, "样例": true, "填写范例": true, " 示 例 ": true,
		"党员": false, "Sheet1": false, "填表说明": false, "单位信息": false,
	} {
		if got := IsExampleSheet(name); got != want {
			t.Errorf("IsExampleSheet(%q) = %v", name, got)
		}
	}
}

// TestTemplatePrint prints the blank templates with LibreOffice: every
// sheet on one A4 page (today's 填表说明 included: it fits), so a blank
// 花名册 is 5 pages and 测评表 4 (they were 9 and 7, split in width); the
// data sheets landscape; every explanation of 填表说明 whole on one page.
func TestTemplatePrint(t *testing.T) {
	testtool.Require(t, "soffice")
	pdfinfo := testtool.Require(t, "pdfinfo")
	pdftotext := testtool.Require(t, "pdftotext")
	if testing.Short() {
		t.Skip("-short")
	}
	roster, assess := writeTemplatesT(t, SampleOptions())
	out := t.TempDir()
	soffice(t, out, "pdf", roster, assess)
	sizeRE := regexp.MustCompile(`Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)
	for _, tc := range []struct {
		file  string
		pages []string // the sheet on each page, by a text only it has
	}{
		{"花名册", []string{"单位信息（", "党组织名册（", "党员花名册（", "填表示例（", "填表说明"}},
		{"测评表", []string{"党员民主评议测评表（", "党组织测评表（", "填表示例（", "填表说明"}},
	} {
		pdf := filepath.Join(out, tc.file+".pdf")
		info, err := exec.Command(pdfinfo, "-f", "1", "-l", "1000", pdf).Output()
		if err != nil {
			t.Fatal(err)
		}
		sizes := sizeRE.FindAllStringSubmatch(string(info), -1)
		if len(sizes) != len(tc.pages) {
			t.Errorf("%s prints on %d pages, want %d (one per sheet)", tc.file, len(sizes), len(tc.pages))
		}
		var guide string
		for i, m := range sizes {
			if i >= len(tc.pages) {
				break
			}
			w, _ := strconv.ParseFloat(m[2], 64)
			h, _ := strconv.ParseFloat(m[3], 64)
			b, err := exec.Command(pdftotext, "-f", m[1], "-l", m[1], pdf, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			if !strings.Contains(text, tc.pages[i]) {
				t.Errorf("%s page %s lacks %q:\n%s", tc.file, m[1], tc.pages[i], text)
			}
			landscape := w > h
			if wantL := tc.pages[i] != "单位信息（" && tc.pages[i] != "填表说明"; landscape != wantL || int(min(w, h)+0.5) != 595 {
				t.Errorf("%s page %s (%s) is %.0f×%.0f pt", tc.file, m[1], tc.pages[i], w, h)
			}
			if tc.pages[i] == "填表说明" {
				guide = strings.Join(strings.Fields(text), "")
			}
		}
		// Every explanation whole on the page (pdftotext breaks lines; the
		// text without white space must hold each one).
		roster, assess := SampleOptions().templateSheets()
		sheets := assess
		if tc.file == "花名册" {
			sheets = roster
		}
		for _, sh := range sheets {
			for _, c := range sh.Cols {
				if g := strings.Join(strings.Fields(c.Guide), ""); !strings.Contains(guide, g) {
					t.Errorf("%s 填表说明: %s's explanation not whole on its page: %q", tc.file, c.Header, c.Guide)
				}
			}
		}
	}
	if dst := os.Getenv("PINGYOU_KEEP"); dst != "" {
		for _, n := range []string{"花名册.pdf", "测评表.pdf"} {
			b, _ := os.ReadFile(filepath.Join(out, n))
			os.WriteFile(filepath.Join(dst, n), b, 0o644)
		}
	}
}
