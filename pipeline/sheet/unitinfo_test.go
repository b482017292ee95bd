package sheet

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// unitTemplate writes the init templates and returns the roster's path
// after edit has changed its 单位信息 sheet.
func unitTemplate(t *testing.T, edit func(f *excelize.File)) string {
	t.Helper()
	dir := t.TempDir()
	if err := WriteTemplates(dir, SampleOptions()); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, RosterFile)
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	edit(f)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// rowOf is the row init writes a field on.
func unitRow(t *testing.T, key string) int {
	for i, f := range UnitFields {
		if f.Key == key {
			return i + 3
		}
	}
	t.Fatalf("no field %s", key)
	return 0
}

func fillUnit(t *testing.T, f *excelize.File, values map[string]any) {
	for key, v := range values {
		if err := f.SetCellValue(UnitSheet, cellName(2, unitRow(t, key)), v); err != nil {
			t.Fatal(err)
		}
	}
}

func TestUnitSheetRoundTrip(t *testing.T) {
	p := unitTemplate(t, func(f *excelize.File) {
		fillUnit(t, f, map[string]any{
			"unit.name": "中共青山湖区某某中学委员会", "unit.year": 2024, "unit.issue_date": "2024年12月28日",
			"decision.number": "青中党发〔2024〕3号", "decision.cc": "区委组织部、区委教育工委，区教育局",
			"unit.office": " 中共青山湖区某某中学委员会办公室 ",
		})
		// A real date cell, as Excel stores one typed as 2024/12/30.
		f.SetCellValue(UnitSheet, cellName(2, unitRow(t, "unit.print_date")), 45656)
		st, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		f.SetCellStyle(UnitSheet, cellName(2, unitRow(t, "unit.print_date")), cellName(2, unitRow(t, "unit.print_date")), st)
	})
	info, diags, err := ReadUnitInfo([]string{p}, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 0 {
		t.Fatalf("diagnostics on a filled template: %v", diags)
	}
	if info.File != RosterFile || info.Sheet != UnitSheet || info.Roster != RosterFile {
		t.Errorf("found in %q %q, roster %q", info.File, info.Sheet, info.Roster)
	}
	want := map[string]string{
		"unit.name": "中共青山湖区某某中学委员会", "unit.year": "2024", "unit.issue_date": "2024年12月28日",
		"decision.number": "青中党发〔2024〕3号", "decision.cc": "区委组织部、区委教育工委、区教育局",
		"unit.office": "中共青山湖区某某中学委员会办公室", "unit.print_date": "2024年12月30日",
	}
	for k, w := range want {
		if got := info.Values[k].Text; got != w {
			t.Errorf("%s = %q, want %q", k, got, w)
		}
	}
	if len(info.Values) != len(want) {
		t.Errorf("%d values read, want %d: %v", len(info.Values), len(want), info.Values)
	}
	if v := info.Values["unit.year"]; v.Year != 2024 || v.Ref.String() != "花名册.xlsx 单位信息!B5" {
		t.Errorf("year %+v at %s", v, v.Ref.String())
	}
	if cc := info.Values["decision.cc"].List; len(cc) != 3 {
		t.Errorf("抄送 %q", cc)
	}
	// Every row is known, blank or not: a missing value points at its cell.
	if ref := info.Blank("branch_notice.number"); ref.Cell != cellName(2, unitRow(t, "branch_notice.number")) {
		t.Errorf("blank 支部通知发文字号 at %+v", ref)
	}
}

func TestUnitSheetProblemsHaveCells(t *testing.T) {
	tests := []struct {
		name string
		edit func(t *testing.T, f *excelize.File)
		cell string
		sev  model.Severity
		want string
	}{
		{"year in words", func(t *testing.T, f *excelize.File) { fillUnit(t, f, map[string]any{"unit.year": "二〇二四"}) }, "B5", model.Error, "四位年份"},
		{"impossible date", func(t *testing.T, f *excelize.File) { fillUnit(t, f, map[string]any{"unit.issue_date": "2024-02-30"}) }, "B6", model.Error, "没有这一天"},
		{"month only", func(t *testing.T, f *excelize.File) {
			fillUnit(t, f, map[string]any{"unit.issue_date": "2024年12月"})
		}, "B6", model.Error, "要写到哪一天"},
		{"bidi override", func(t *testing.T, f *excelize.File) {
			fillUnit(t, f, map[string]any{"unit.name": "中共\u202e会员委某某"})
		}, "B3", model.Error, "看不见的字符（U+202E）"},
		{"line break", func(t *testing.T, f *excelize.File) {
			fillUnit(t, f, map[string]any{"unit.office": "中共某某委员会\n办公室"})
		}, "B9", model.Error, "不能换行"},
		{"two rows", func(t *testing.T, f *excelize.File) {
			f.SetCellValue(UnitSheet, "A4", "发文机关")
			fillUnit(t, f, map[string]any{"unit.name": "甲"})
			f.SetCellValue(UnitSheet, "B4", "乙")
		}, "B4", model.Error, "写了两行"},
		{"unknown label", func(t *testing.T, f *excelize.File) {
			f.SetCellValue(UnitSheet, "A4", "发文单位")
			f.SetCellValue(UnitSheet, "B4", "中共某某委员会")
		}, "A4", model.Warning, "不认识的项目“发文单位”"},
	}
	for _, tt := range tests {
		p := unitTemplate(t, func(f *excelize.File) { tt.edit(t, f) })
		_, diags, err := ReadUnitInfo([]string{p}, SampleOptions())
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got *model.Diagnostic
		for i, d := range diags {
			if d.Ref.Sheet == UnitSheet && d.Ref.Cell == tt.cell {
				got = &diags[i]
			}
		}
		if got == nil || got.Severity != tt.sev || !strings.Contains(got.Problem, tt.want) || got.Fix == "" {
			t.Errorf("%s: want %s at %s saying %q; got %v", tt.name, tt.sev, tt.cell, tt.want, diags)
		}
	}
}

func TestUnitSheetFoundByNameAnywhere(t *testing.T) {
	// No header row, another tab name, in the second workbook.
	dir := t.TempDir()
	a := filepath.Join(dir, "测评表.xlsx")
	f := excelize.NewFile()
	f.SaveAs(a)
	b := filepath.Join(dir, "名册.xlsx")
	g := excelize.NewFile()
	g.SetSheetName("Sheet1", "党员")
	g.NewSheet(" 发文信息 ")
	g.SetSheetRow(" 发文信息 ", "A1", &[]any{"发文机关：", "中共某某委员会"})
	g.SetSheetRow(" 发文信息 ", "A2", &[]any{"评议年度（必填）", 2025})
	g.SaveAs(b)
	info, diags, err := ReadUnitInfo([]string{a, b}, SampleOptions())
	if err != nil || len(diags) != 0 {
		t.Fatal(err, diags)
	}
	if info.File != "名册.xlsx" || info.Roster != "名册.xlsx" || info.Values["unit.name"].Text != "中共某某委员会" || info.Values["unit.year"].Year != 2025 {
		t.Errorf("%+v", info)
	}
	// Without the sheet: found is false and the roster is named for the message.
	info, _, _ = ReadUnitInfo([]string{a}, SampleOptions())
	if info.Found() || info.Blank("unit.name").File != "测评表.xlsx" {
		t.Errorf("no sheet: %+v", info)
	}
}
