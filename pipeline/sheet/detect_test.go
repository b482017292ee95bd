package sheet

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// renameSheets copies the workbooks into dir with their tabs renamed
// Sheet1, Sheet2, … and returns the new paths and old → new names.
func renameSheets(t testing.TB, dir string, paths []string) ([]string, map[string]string) {
	t.Helper()
	names := map[string]string{}
	var out []string
	for _, p := range paths {
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range f.GetSheetList() {
			n := "Sheet" + string(rune('1'+i))
			if err := f.SetSheetName(s, n); err != nil {
				t.Fatal(err)
			}
			names[s] = n
		}
		q := filepath.Join(dir, filepath.Base(p))
		if err := f.SaveAs(q); err != nil {
			t.Fatal(err)
		}
		f.Close()
		out = append(out, q)
	}
	return out, names
}

// withoutTakenAs drops the warnings that say a sheet was taken by its
// header, and returns how many there were.
func withoutTakenAs(ds model.Diagnostics) (model.Diagnostics, int) {
	var out model.Diagnostics
	n := 0
	for _, d := range ds {
		if d.Severity == model.Warning && d.Ref.Cell == "" && strings.Contains(d.Problem, "按表头（第") {
			n++
			continue
		}
		out = append(out, d)
	}
	return out, n
}

// sameAsRenamed reads the workbooks as they are and with every tab renamed
// Sheet1, Sheet2, …: the dataset and the diagnostics must be the same but
// for the sheet names and one warning per table saying what it was taken as.
func sameAsRenamed(t *testing.T, paths []string, opt Options) {
	t.Helper()
	ds, diags, err := Read(paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	renamed, names := renameSheets(t, t.TempDir(), paths)
	ds2, diags2, err := Read(renamed, opt)
	if err != nil {
		t.Fatal(err)
	}
	rest, n := withoutTakenAs(diags2)
	tables := 0
	for _, k := range []bool{len(ds.Orgs) > 0, len(ds.Members) > 0, len(ds.OrgAssessments) > 0, ds.HasQuarterSheet} {
		if k {
			tables++
		}
	}
	if ds.Members != nil && ds.Members[0].Assessment != nil {
		tables++
	}
	if n != tables {
		t.Errorf("%d warnings about sheets taken by their header, want %d:\n%s", n, tables, diagLines(diags2))
	}
	a, _ := json.MarshalIndent(dump(ds, diags), "", " ")
	b, _ := json.MarshalIndent(dump(ds2, rest), "", " ")
	want := string(a)
	for old, n := range names {
		want = strings.ReplaceAll(want, " "+old+"!", " "+n+"!")
		want = strings.ReplaceAll(want, " "+old+"：", " "+n+"：")
		want = strings.ReplaceAll(want, "\""+old+"\"", "\""+n+"\"")
	}
	if want != string(b) {
		t.Errorf("renamed tabs read differently:\n%s", firstDiff(want, string(b)))
	}
}

func TestRenamedTabs(t *testing.T) {
	t.Run("built", func(t *testing.T) {
		b := newBooks()
		b.extra = []sheetSpec{{Name: "季度考核", Rows: [][]any{{"组织名称", "季度", "考核得分"}, {"机关直属党支部", "2012Q1", 90}}}}
		sameAsRenamed(t, b.write(t, t.TempDir()), SampleOptions())
	})
	t.Run("samples", func(t *testing.T) {
		dir := filepath.Join("..", "..", "samples")
		paths := []string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}
		if _, err := os.Stat(paths[0]); err != nil {
			t.Skip("samples not present")
		}
		sameAsRenamed(t, paths, SampleOptions())
	})
}

// TestSheetRecognition: which sheet is taken for a table, and what is said.
func TestSheetRecognition(t *testing.T) {
	roster := memberRows()
	short := [][]any{{"姓名", "所在党支部", "职务"}, {"张三", "文学院教工党支部", "书记"}}
	cases := []struct {
		name  string
		edit  func(b *books)
		want  []want
		check func(t *testing.T, ds *model.Dataset)
	}{
		{name: "roster on Sheet3 of the other workbook", edit: func(b *books) {
			b.members = nil
			b.extra = []sheetSpec{{Name: "Sheet3", Rows: roster}}
		}, want: []want{W("Sheet3", "工作表名不是“党员”，按表头（第2行：姓名、性别、民族、出生日期、身份证号 等）认作党员表")},
			check: func(t *testing.T, ds *model.Dataset) {
				if len(ds.Members) != 4 || ds.Members[0].Ref.String() != "测评表.xlsx Sheet3!B3" {
					t.Errorf("members %d, first at %s", len(ds.Members), ds.Members[0].Ref)
				}
			}},
		{name: "two sheets alike are ambiguous", edit: func(b *books) {
			b.members = nil
			b.extra = []sheetSpec{{Name: "Sheet3", Rows: roster}, {Name: "导出数据", Rows: roster}}
		}, want: []want{E("导出数据", "与 测评表.xlsx 的工作表“Sheet3”都像是党员表（表头都有 姓名、性别、民族、出生日期、身份证号 等），分不清该用哪一张")},
			check: func(t *testing.T, ds *model.Dataset) {
				if len(ds.Members) != 0 {
					t.Errorf("an ambiguous table was read: %d members", len(ds.Members))
				}
			}},
		{name: "the tab name breaks a tie", edit: func(b *books) {
			b.extra = []sheetSpec{{Name: "党员（2011）", Rows: roster}}
		}, want: []want{W("党员（2011）", "这张表看起来也是党员表，但没有读入：党员表用的是 花名册.xlsx 的工作表“党员”")}},
		{name: "the named sheet wins over one with more columns", edit: func(b *books) {
			b.members = columnsOf(roster, 1, 5, 8, 7) // 姓名 身份证号 所在党支部 党员类型
			b.extra = []sheetSpec{{Name: "Sheet3", Rows: roster}}
		}, want: []want{W("Sheet3", "这张表看起来也是党员表，但没有读入：党员表用的是 花名册.xlsx 的工作表“党员”")}},
		{name: "more known columns win", edit: func(b *books) {
			b.members = nil
			b.extra = []sheetSpec{{Name: "支部书记", Rows: short}, {Name: "Sheet4", Rows: roster}}
		}, want: []want{
			W("支部书记", "这张表看起来也是党员表，但没有读入：党员表用的是 测评表.xlsx 的工作表“Sheet4”"),
			W("Sheet4", "按表头（第2行：姓名、性别、民族、出生日期、身份证号 等）认作党员表"),
		}},
		{name: "content comes before the tab name", edit: func(b *books) {
			// 党员 holds the assessment; the roster is on Sheet3.
			b.members, b.assess = b.assess, nil
			b.extra = []sheetSpec{{Name: "Sheet3", Rows: roster}}
		}, want: []want{
			W("党员", "工作表名不是“党员测评”，按表头（第2行：姓名、所在党支部、身份证号、自评、互评 等）认作党员测评表"),
			W("Sheet3", "工作表名不是“党员”，按表头（第2行：姓名、性别、民族、出生日期、身份证号 等）认作党员表"),
		}, check: func(t *testing.T, ds *model.Dataset) {
			if len(ds.Members) != 4 || ds.Members[0].Assessment == nil {
				t.Error("not read and joined")
			}
		}},
		{name: "a hidden sheet is not taken", edit: func(b *books) {
			b.members = nil
			b.extra = []sheetSpec{{Name: "Sheet3", Rows: roster, Hidden: true}}
		}, want: []want{
			W("Sheet3", "工作表“Sheet3”被隐藏了，按表头看是党员表，已跳过（没有读入）"),
			E("", "没有找到“党员”表：测评表.xlsx 的工作表“Sheet3”像是党员表，但被隐藏了"),
		}},
		{name: "two sheets with the name", edit: func(b *books) {
			b.extra = []sheetSpec{{Name: "花名册", Rows: roster}}
		}, want: []want{E("花名册", "与 花名册.xlsx 的工作表“党员”重复，都是党员表")}},
		{name: "an unrelated sheet is not read", edit: func(b *books) {
			b.extra = []sheetSpec{{Name: "说明", Rows: [][]any{{"填表说明"}, {"1. 姓名、所在党支部必填"}}}}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBooks()
			c.edit(b)
			dir := t.TempDir()
			var paths []string
			if b.members == nil {
				paths = []string{writeBook(t, dir, "花名册.xlsx", sheetSpec{Name: "党组织", Rows: b.orgs}),
					writeBook(t, dir, "测评表.xlsx", append([]sheetSpec{{Name: "党员测评", Rows: b.assess}, {Name: "组织测评", Rows: b.orgAssess}}, b.extra...)...)}
			} else if b.assess == nil {
				paths = []string{writeBook(t, dir, "花名册.xlsx", sheetSpec{Name: "党组织", Rows: b.orgs}, sheetSpec{Name: "党员", Rows: b.members}),
					writeBook(t, dir, "测评表.xlsx", append([]sheetSpec{{Name: "组织测评", Rows: b.orgAssess}}, b.extra...)...)}
			} else {
				paths = b.write(t, dir)
			}
			ds, diags, err := Read(paths, SampleOptions())
			if err != nil {
				t.Fatal(err)
			}
			var rest model.Diagnostics
			for _, d := range diags {
				// Joins of a table left unread are not what this test is about.
				if d.Ref.Sheet == "党员测评" && strings.Contains(d.Problem, "党员表中找不到") {
					continue
				}
				rest = append(rest, d)
			}
			if !matchWants(rest, c.want) {
				t.Errorf("got:\n%s", diagLines(diags))
			}
			if c.check != nil {
				c.check(t, ds)
			}
			checkXLSParity(t, paths, SampleOptions(), ds, diags)
		})
	}
}

// columnsOf keeps the given columns of every row.
func columnsOf(rows [][]any, cols ...int) [][]any {
	var out [][]any
	for _, r := range rows {
		var o []any
		for _, c := range cols {
			if c < len(r) {
				o = append(o, r[c])
			} else {
				o = append(o, nil)
			}
		}
		out = append(out, o)
	}
	return out
}

// matchWants reports whether the diagnostics are exactly the wanted ones,
// in order.
func matchWants(diags model.Diagnostics, wants []want) bool {
	if len(diags) != len(wants) {
		return false
	}
	for i, w := range wants {
		d := diags[i]
		ref := d.Ref.Sheet
		if d.Ref.Cell != "" {
			ref += "!" + d.Ref.Cell
		}
		if d.Severity != w.sev || ref != w.ref || !strings.Contains(d.Problem, w.problem) || (w.value != "-" && d.Value != w.value) || d.Fix == "" {
			return false
		}
	}
	return true
}
