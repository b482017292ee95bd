package sheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

func TestAnnotate(t *testing.T) {
	dir := t.TempDir()
	b := newBooks()
	b.members[2][1] = "张 三"   // B3 warning
	b.members[3][5] = "12345" // F4 error
	b.members[3][3] = "汉族"
	b.assess[2][0] = "张三"
	b.assess[3][4] = "九十" // E4 error
	b.assessEdit = func(f *excelize.File, s string) {
		f.AddComment(s, excelize.Comment{Cell: "E4", Author: "办公室", Text: "原有批注"})
	}
	paths := b.write(t, dir)
	before := []([32]byte){fileHash(t, paths[0]), fileHash(t, paths[1])}
	_, diags, err := Read(paths, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	for i, p := range paths {
		dst := filepath.Join(out, strings.TrimSuffix(filepath.Base(p), ".xlsx")+"（标注）.xlsx")
		if err := Annotate(p, dst, diags); err != nil {
			t.Fatal(err)
		}
		if fileHash(t, p) != before[i] {
			t.Fatalf("%s changed", p)
		}
	}
	if err := Annotate(paths[0], paths[0], diags); err == nil {
		t.Error("annotating over the source must fail")
	}
	if err := Annotate(paths[0], filepath.Join(dir, ".", "花名册.xlsx"), diags); err == nil {
		t.Error("annotating over the source must fail")
	}
	if fileHash(t, paths[0]) != before[0] {
		t.Fatal("source changed")
	}
	ents, _ := os.ReadDir(out)
	if len(ents) != 2 {
		t.Errorf("temporary files left: %v", ents)
	}

	f, err := excelize.OpenFile(filepath.Join(out, "花名册（标注）.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fill := func(f *excelize.File, sheet, cell string) string {
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil || len(st.Fill.Color) == 0 {
			return ""
		}
		return st.Fill.Color[0]
	}
	if c := fill(f, "党员", "B3"); c != warningFill {
		t.Errorf("B3 fill %q", c)
	}
	if c := fill(f, "党员", "F4"); c != errorFill {
		t.Errorf("F4 fill %q", c)
	}
	if c := fill(f, "党员", "C3"); c != "" {
		t.Errorf("C3 fill %q", c)
	}
	if v, _ := f.GetCellValue("党员", "F4"); v != "12345" {
		t.Errorf("value lost: %q", v)
	}
	cs, _ := f.GetComments("党员")
	got := map[string]string{}
	for _, c := range cs {
		got[c.Cell] = commentText(c)
	}
	if !strings.Contains(got["F4"], "身份证号应为18位") || !strings.Contains(got["F4"], "→ 请对照身份证") || !strings.Contains(got["B3"], "姓名中间有空格") {
		t.Errorf("comments: %v", got)
	}
	rows, _ := f.GetRows(ListSheet)
	if len(rows) != 3 || strings.Join(rows[0], ",") != "序号,工作表,单元格,等级,问题,值,怎么改" ||
		rows[1][1] != "党员" || rows[1][2] != "B3" || rows[1][3] != "提醒" || rows[2][2] != "F4" || rows[2][3] != "错误" {
		t.Errorf("list: %q", rows)
	}
	if f.GetSheetList()[f.GetActiveSheetIndex()] != ListSheet {
		t.Error("list is not the active sheet")
	}
	if ok, link, _ := f.GetCellHyperLink(ListSheet, "C3"); !ok || link != "'党员'!F4" {
		t.Errorf("link %v %q", ok, link)
	}

	g, err := excelize.OpenFile(filepath.Join(out, "测评表（标注）.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	cs, _ = g.GetComments("党员测评")
	if len(cs) != 1 || !strings.Contains(commentText(cs[0]), "不是阿拉伯数字") || !strings.Contains(commentText(cs[0]), "原有批注") {
		t.Errorf("comments: %+v", cs)
	}
	// Annotating the annotated copy again replaces the list, does not add one.
	again := filepath.Join(out, "again.xlsx")
	if err := Annotate(filepath.Join(out, "测评表（标注）.xlsx"), again, model.Diagnostics{}); err != nil {
		t.Fatal(err)
	}
	h, _ := excelize.OpenFile(again)
	defer h.Close()
	if n := strings.Count(strings.Join(h.GetSheetList(), ","), ListSheet); n != 1 {
		t.Errorf("%d lists", n)
	}
	// The annotated copy still reads: the list sheet is ignored.
	if _, d2, err := Read([]string{paths[0], filepath.Join(out, "测评表（标注）.xlsx")}, SampleOptions()); err != nil || len(d2) != len(diags) {
		t.Errorf("re-read: %v\n%s", err, diagLines(d2))
	}
}
