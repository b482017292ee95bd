package sheet

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/model"
	"pingyou/pipeline/testtool"
)

// listDiags are 80 problems of 花名册.xlsx with long texts, as the 问题清单
// of an annotated copy lists them.
func listDiags() model.Diagnostics {
	var ds model.Diagnostics
	for i := range 80 {
		ds = append(ds, model.Diagnostic{
			Severity: model.Severity(i % 2),
			Ref:      model.CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: fmt.Sprintf("F%d", i+3)},
			Problem:  fmt.Sprintf("第%d条：身份证号的校验位不对，按前17位算出的校验位与最后一位不同，多半是录入时错了一位或两位数字颠倒", i+1),
			Value:    "11010119900307123" + fmt.Sprint(i%10),
			Fix:      fmt.Sprintf("请对照本人身份证逐位核对后重新输入（第%d条完）", i+1),
		})
	}
	return ds
}

// TestAnnotateListPrint: the 问题清单 of an annotated copy prints one page
// wide on landscape A4 with its heading on every page, and no wrapped text
// is cut off: each row is tall enough for its lines, so every problem and
// fix comes out whole.
func TestAnnotateListPrint(t *testing.T) {
	dir := t.TempDir()
	paths := goodBooks(t, dir)
	out := t.TempDir()
	dst := filepath.Join(out, "花名册-问题标注.xlsx")
	diags := listDiags()
	if err := Annotate(paths[0], dst, diags); err != nil {
		t.Fatal(err)
	}
	f := openT(t, dst)
	pl, _ := f.GetPageLayout(ListSheet)
	if *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("问题清单 page layout %s fit %d×%d", *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
	}
	titles := ""
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == ListSheet {
			titles = dn.RefersTo
		}
	}
	if titles != "'问题清单'!$1:$1" {
		t.Errorf("问题清单 print titles %q", titles)
	}
	for r := 2; r < 2+len(diags); r++ {
		if h, _ := f.GetRowHeight(ListSheet, r); h < 2*15 {
			t.Errorf("row %d height %.1f pt: too short for two wrapped lines", r, h)
		}
	}

	testtool.Require(t, "soffice")
	pdftotext := testtool.Require(t, "pdftotext")
	soffice(t, out, "pdf", dst)
	pdf := filepath.Join(out, "花名册-问题标注.pdf")
	// -raw keeps the order LibreOffice draws in: cell by cell, so the lines
	// of a wrapped cell are together.
	b, err := exec.Command(pdftotext, "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The list opens first: its pages come first; count them by the heading.
	pages := strings.Split(string(b), "\f")
	if d := os.Getenv("PINGYOU_KEEP"); d != "" {
		os.WriteFile(filepath.Join(d, "问题标注.pdf"), mustReadFile(t, pdf), 0o644)
		os.WriteFile(filepath.Join(d, "问题标注.xlsx"), mustReadFile(t, dst), 0o644)
	}
	all := ""
	listPages := 0
	for _, p := range pages {
		if !strings.Contains(p, "身份证号的校验位") {
			continue
		}
		listPages++
		for _, h := range []string{"序号", "工作表", "单元格", "等级", "问题", "值", "怎么改"} {
			if !strings.Contains(p, h) {
				t.Errorf("a page of 问题清单 lacks the heading %q (not repeated, or split in width)", h)
			}
		}
		all += strings.Join(strings.Fields(p), "")
	}
	if listPages < 2 {
		t.Errorf("问题清单 on %d pages; 80 long rows should need several", listPages)
	}
	for _, d := range diags {
		for _, s := range []string{d.Problem, d.Fix} {
			if !strings.Contains(all, strings.Join(strings.Fields(s), "")) {
				t.Errorf("printed 问题清单 lacks %q whole (clipped?)", s)
			}
		}
	}
}

func mustReadFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
