package sheet

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
	"pingyou/pipeline/testtool"
)

// soffice converts files with LibreOffice headless into outDir, with a
// private profile so parallel runs do not fight over the lock.
func soffice(t *testing.T, outDir, format string, files ...string) {
	t.Helper()
	bin := testtool.Require(t, "soffice")
	profile := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(profile), "--headless", "--norestore",
		"--convert-to", format, "--outdir", outDir}, files...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "HOME="+profile)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice %v: %v\n%s", args, err, out)
	}
	ext := format
	if i := strings.IndexByte(ext, ':'); i >= 0 {
		ext = ext[:i]
	}
	for _, f := range files {
		if ext == "csv" {
			break // named after each sheet: name-sheet.csv
		}
		p := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+"."+ext)
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("soffice did not write %s: %s", p, out)
		}
	}
}

// TestLibreOffice tries Read as a new user would: a workbook saved by
// LibreOffice (not excelize) with a merged title row, a blank row in the
// middle, full-width digits, a name typed 张 三 and a 身份证号 stored as a
// number (shown as 1.10101E+17). Read must report exactly the name and the
// 身份证号, with their cells; the annotated copy must open in LibreOffice.
func TestLibreOffice(t *testing.T) {
	testtool.Require(t, "soffice")
	if testing.Short() {
		t.Skip("-short")
	}
	src := t.TempDir()
	b := newBooks()
	b.members[2][1] = "张 三"                     // B3
	b.members[2][5] = int64(110101199003071234) // F3: a number cell, 18 digits
	b.assess[2][2] = ""                         // no 身份证号 on the assessment side: join by name
	b.assess[3][3] = "９５"                       // D4: full-width digits
	// A blank row in the middle of 党员 (row 5).
	b.members = append(b.members[:4], append([][]any{{}}, b.members[4:]...)...)
	b.memberEdit = func(f *excelize.File, s string) {
		if err := f.MergeCell(s, "A1", "K1"); err != nil {
			t.Fatal(err)
		}
	}
	in := b.write(t, src)
	lo := t.TempDir()
	soffice(t, lo, "xlsx:Calc MS Excel 2007 XML", in...)
	paths := []string{filepath.Join(lo, "花名册.xlsx"), filepath.Join(lo, "测评表.xlsx")}
	hashes := [][32]byte{fileHash(t, paths[0]), fileHash(t, paths[1])}

	// It really is LibreOffice's writing, and the ID really lost its digits.
	if app := zipEntry(t, paths[0], "docProps/app.xml"); !strings.Contains(app, "LibreOffice") {
		t.Errorf("not written by LibreOffice: %s", app)
	}
	if sh := zipEntry(t, paths[0], "xl/worksheets/sheet2.xml"); !strings.Contains(sh, "E+") {
		t.Logf("note: LibreOffice stored the 身份证号 without an exponent")
	}
	ds, diags, err := Read(paths, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("LibreOffice output read as:\n%s", diagLines(diags))
	want := []struct {
		sev     model.Severity
		ref     string
		problem string
	}{
		{model.Warning, "花名册.xlsx 党员!B3", "姓名中间有空格，已去掉"},
		{model.Error, "花名册.xlsx 党员!F3", "身份证号被 Excel 当成了数字，后几位已经丢失"},
	}
	if len(diags) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(diags), len(want), diagLines(diags))
	}
	for i, w := range want {
		d := diags[i]
		if d.Severity != w.sev || d.Ref.String() != w.ref || !strings.Contains(d.Problem, w.problem) || d.Fix == "" {
			t.Errorf("diagnostic %d = %s, want %s %s", i, d, w.ref, w.problem)
		}
	}
	if !strings.Contains(diags[1].Fix, "文本") {
		t.Errorf("fix should tell staff to format the column as text: %s", diags[1].Fix)
	}
	if len(ds.Members) != 4 || ds.Members[0].Name != "张三" || ds.Members[0].Assessment == nil {
		t.Errorf("members: %+v", ds.Members)
	}
	if s := ds.Members[1].Assessment.Scores["自评"]; s == nil || s.RatString() != "95" {
		t.Errorf("full-width ９５ read as %v", s)
	}

	// Annotate LibreOffice's file and open the copy in LibreOffice again.
	out := t.TempDir()
	ann := filepath.Join(out, "花名册（标注）.xlsx")
	if err := Annotate(paths[0], ann, diags); err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		if fileHash(t, p) != hashes[i] {
			t.Fatalf("%s changed", p)
		}
	}
	csvDir := t.TempDir()
	// Token 12 of the CSV filter options picks the sheet: 3 is 问题清单.
	soffice(t, csvDir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3", ann)
	data, err := os.ReadFile(filepath.Join(csvDir, "花名册（标注）-问题清单.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("LibreOffice opened the annotated copy; its 问题清单 sheet as CSV:\n%s", data)
	if len(recs) != 3 || recs[0][0] != "序号" || recs[1][2] != "B3" || recs[2][2] != "F3" || recs[2][3] != "错误" {
		t.Errorf("问题清单 as LibreOffice sees it: %q", recs)
	}
	// Round-trip the annotated copy through LibreOffice: fills and comments survive.
	rt := t.TempDir()
	soffice(t, rt, "xlsx:Calc MS Excel 2007 XML", ann)
	f, err := excelize.OpenFile(filepath.Join(rt, "花名册（标注）.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fills := cellFills(t, filepath.Join(rt, "花名册（标注）.xlsx"), f, "党员")
	for cell, color := range map[string]string{"B3": warningFill, "F3": errorFill, "C3": ""} {
		if got := fills[cell]; !strings.EqualFold(strings.TrimPrefix(got, "FF"), color) {
			t.Errorf("%s after LibreOffice: fill %q, want %q", cell, got, color)
		}
	}
	cs, _ := f.GetComments("党员")
	cells := map[string]bool{}
	for _, c := range cs {
		cells[c.Cell] = true
	}
	if !cells["B3"] || !cells["F3"] {
		t.Errorf("comments after LibreOffice: %+v", cs)
	}
}

// cellFills returns the solid fill colour (RRGGBB or AARRGGBB) of the cells
// (default B3, C3 and F3) read straight from styles.xml: excelize's GetStyle
// cannot resolve colours in workbooks without a theme part, which
// LibreOffice does not write.
func cellFills(t *testing.T, path string, f *excelize.File, sheet string, cells ...string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var ss struct {
		Fills []struct {
			Pattern struct {
				Type string `xml:"patternType,attr"`
				Fg   struct {
					RGB string `xml:"rgb,attr"`
				} `xml:"fgColor"`
			} `xml:"patternFill"`
		} `xml:"fills>fill"`
		Xfs []struct {
			FillID int `xml:"fillId,attr"`
		} `xml:"cellXfs>xf"`
	}
	for _, zf := range zr.File {
		if zf.Name == "xl/styles.xml" {
			rc, _ := zf.Open()
			if err := xml.NewDecoder(rc).Decode(&ss); err != nil {
				t.Fatal(err)
			}
			rc.Close()
		}
	}
	out := map[string]string{}
	if len(cells) == 0 {
		cells = []string{"B3", "C3", "F3"}
	}
	for _, cell := range cells {
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil || id >= len(ss.Xfs) {
			t.Fatalf("style of %s: %v", cell, err)
		}
		fl := ss.Fills[ss.Xfs[id].FillID].Pattern
		if fl.Type == "solid" {
			out[cell] = fl.Fg.RGB
		}
	}
	return out
}

func zipEntry(t *testing.T, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if zf.Name == name {
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	return ""
}
