package sheet

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
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

// TestAnnotateRawPackage: a package as other writers make it — prefixed
// element names (x:), rows and cells without r attributes, two selected
// tabs, a shared formula — gets its marks in the right cells: an existing
// cell restyled, a blank cell added in an existing row, a row added where
// the sheet has none. The copy reads back (excelize) with the values
// unchanged, one selected tab, and Read gives the same dataset.
func TestAnnotateRawPackage(t *testing.T) {
	sheet := `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="` + nsMain + `">` +
		`<x:sheetViews><x:sheetView tabSelected="1" workbookViewId="0"/></x:sheetViews><x:sheetData>` +
		`<x:row><x:c t="inlineStr"><x:is><x:t>组织名称</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>组织类型</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>上级组织</x:t></x:is></x:c></x:row>` +
		`<x:row><x:c t="inlineStr"><x:is><x:t>中共某某委员会</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>党委</x:t></x:is></x:c></x:row>` +
		`<x:row r="4" spans="1:3"><x:c r="A4" t="inlineStr"><x:is><x:t>一支部 &amp; 二支部</x:t></x:is></x:c><x:c t="inlineStr" s="0"><x:is><x:t>支委</x:t></x:is></x:c></x:row>` +
		`</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></x:worksheet>`
	other := `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="` + nsMain + `"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData/></worksheet>`
	pkg := zipOf(t,
		[2]string{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="` + ctWorksheet + `"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="` + ctWorksheet + `"/></Types>`},
		[2]string{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		[2]string{"xl/workbook.xml", `<x:workbook xmlns:x="` + nsMain + `" xmlns:r="` + nsRel + `"><x:sheets><x:sheet name="党组织" sheetId="1" r:id="rId1"/><x:sheet name="说明" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`},
		[2]string{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relBase + `worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="` + relBase + `worksheet" Target="worksheets/sheet2.xml"/></Relationships>`},
		[2]string{"xl/worksheets/sheet1.xml", sheet},
		[2]string{"xl/worksheets/sheet2.xml", other},
	)
	dir := t.TempDir()
	src := filepath.Join(dir, "花名册.xlsx")
	if err := os.WriteFile(src, pkg, 0o644); err != nil {
		t.Fatal(err)
	}
	ref := func(cell string) model.CellRef {
		return model.CellRef{File: "花名册.xlsx", Sheet: "党组织", Cell: cell}
	}
	diags := model.Diagnostics{
		{Severity: model.Error, Ref: ref("B4"), Problem: "组织类型不对", Value: "支委", Fix: "应为党支部"},
		{Severity: model.Warning, Ref: ref("C4"), Problem: "上级组织为空", Fix: "请填写"},
		{Severity: model.Error, Ref: ref("B7"), Problem: "第7行的问题", Fix: "改"},
		{Severity: model.Warning, Ref: ref("A2"), Problem: "提醒", Fix: "看看"},
	}
	dst := filepath.Join(dir, "标注.xlsx")
	if err := Annotate(src, dst, diags); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The package has no theme, so the fills are read from styles.xml
	// (cellFills; excelize's GetStyle needs a theme to resolve colours).
	fills := cellFills(t, dst, f, "党组织", "B4", "C4", "B7", "A2", "A4", "B2")
	for cell, want := range map[string]string{"B4": errorFill, "C4": warningFill, "B7": errorFill, "A2": warningFill, "A4": "", "B2": ""} {
		if got := strings.TrimPrefix(fills[cell], "FF"); got != want {
			t.Errorf("%s fill %q, want %q", cell, got, want)
		}
	}
	for cell, want := range map[string]string{"A1": "组织名称", "B2": "党委", "A4": "一支部 & 二支部", "B4": "支委", "C4": "", "B7": ""} {
		if got, _ := f.GetCellValue("党组织", cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	cs, _ := f.GetComments("党组织")
	if len(cs) != 4 {
		t.Errorf("%d comments: %+v", len(cs), cs)
	}
	if f.GetSheetList()[f.GetActiveSheetIndex()] != ListSheet {
		t.Errorf("active sheet %d of %v", f.GetActiveSheetIndex(), f.GetSheetList())
	}
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"} {
		if x := zipEntry(t, dst, part); strings.Contains(x, "tabSelected") || x == "" {
			t.Errorf("%s: %s", part, x)
		}
	}
	ds1, _, err := Read([]string{src}, Options{Partial: true})
	if err != nil {
		t.Fatal(err)
	}
	ds2, _, err := Read([]string{dst}, Options{Partial: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range ds2.Orgs {
		ds2.Orgs[i].Ref.File = ds1.Orgs[i].Ref.File
	}
	if fmt.Sprint(ds1.Orgs) != fmt.Sprint(ds2.Orgs) {
		t.Errorf("read back\n%v\nwant\n%v", ds2.Orgs, ds1.Orgs)
	}
}

// TestAnnotateBounded: annotating a 10,000-row sheet allocates within a few
// times the file's size (the reader's bound: it holds the file in memory),
// not a model of every cell; excelize's model allocated over 450 times the
// file size for the 100,000-member roster (BenchmarkAnnotate100k has the
// figures).
func TestAnnotateBounded(t *testing.T) {
	dir := t.TempDir()
	paths := newBooks().write(t, dir)
	raw, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	var rows strings.Builder
	for r := 7; r < 10007; r++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>党员%d</t></is></c><c r="I%d" t="inlineStr"><is><t>机关直属党支部</t></is></c><c r="H%d" t="inlineStr"><is><t>正式党员</t></is></c></row>`, r, r, r, r, r, r, r)
	}
	big := patchZip(t, raw, "xl/worksheets/sheet2.xml", func(s string) string {
		return strings.Replace(s, "</sheetData>", rows.String()+"</sheetData>", 1)
	})
	if err := os.WriteFile(paths[0], big, 0o644); err != nil {
		t.Fatal(err)
	}
	var diags model.Diagnostics
	for r := 7; r < 10007; r += 10 {
		diags = append(diags, model.Diagnostic{Severity: model.Error, Ref: model.CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: fmt.Sprintf("F%d", r)}, Problem: "缺", Fix: "补"})
	}
	dst := filepath.Join(dir, "标注.xlsx")
	allocated := func(fn func()) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		fn()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	read := allocated(func() {
		if _, _, err := Read(paths[:1], Options{Partial: true}); err != nil {
			t.Fatal(err)
		}
	})
	annotate := allocated(func() {
		if err := Annotate(paths[0], dst, diags); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("file %d bytes; Read allocated %d bytes, Annotate %d", len(big), read, annotate)
	if limit := read + 8<<20; annotate > limit {
		t.Errorf("annotating allocated %d bytes, want at most %d (what reading allocates, plus 8 MiB of buffers)", annotate, limit)
	}
	f, err := excelize.OpenFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if cs, _ := f.GetComments("党员"); len(cs) != len(diags) {
		t.Errorf("%d comments, want %d", len(cs), len(diags))
	}
}
