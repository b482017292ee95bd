package sheet

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestWriteTemplates(t *testing.T) {
	dir := t.TempDir()
	opt := SampleOptions()
	if err := WriteTemplates(dir, opt); err != nil {
		t.Fatal(err)
	}
	// Never overwrite.
	before := fileHash(t, filepath.Join(dir, RosterFile))
	if err := WriteTemplates(dir, opt); err == nil || !strings.Contains(err.Error(), "已经存在") {
		t.Errorf("second WriteTemplates: %v", err)
	}
	if fileHash(t, filepath.Join(dir, RosterFile)) != before {
		t.Error("template overwritten")
	}

	f, err := excelize.OpenFile(filepath.Join(dir, RosterFile))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(f.GetSheetList(), ","); got != "单位信息,党组织,党员,填表示例,填表说明" {
		t.Errorf("sheets %s", got)
	}
	hdr, _ := f.GetRows("党员")
	if len(hdr) < 2 || strings.Join(hdr[1], ",") != "姓名*,性别,民族,出生日期,身份证号,入党时间,党员类型,所在党支部*,人员类别,职务" {
		t.Errorf("header %q", hdr)
	}
	mc, _ := f.GetMergeCells("党员")
	if len(mc) != 1 || mc[0].GetStartAxis() != "A1" || mc[0].GetEndAxis() != "J1" {
		t.Errorf("title merge %v", mc)
	}
	panes, _ := f.GetPanes("党员")
	if !panes.Freeze || panes.YSplit != 2 {
		t.Errorf("panes %+v", panes)
	}
	dvs, _ := f.GetDataValidations("党员")
	lists := map[string]string{}
	prompts := 0
	for _, dv := range dvs {
		lists[strings.SplitN(dv.Sqref, ":", 2)[0]] = dv.Type + " " + dv.Formula1
		if dv.Prompt != nil && *dv.Prompt != "" {
			prompts++
		}
	}
	for cell, want := range map[string]string{
		"B3": `list "男,女"`,
		"G3": `list "正式党员,预备党员"`,
		"H3": `list '党组织'!$A$3:$A$1002`,
		"I3": `list "教职工,学生,机关,离退休,其他"`,
		"E3": `textLength 18`,
	} {
		if lists[cell] != want {
			t.Errorf("validation at %s = %q, want %q", cell, lists[cell], want)
		}
	}
	if prompts != 10 {
		t.Errorf("%d input hints, want one per column", prompts)
	}
	// 身份证号 (E) and dates (D, F) are text.
	for _, col := range []string{"D", "E", "F"} {
		id, _ := f.GetColStyle("党员", col)
		st, _ := f.GetStyle(id)
		if st.NumFmt != 49 {
			t.Errorf("column %s numFmt %d, want 49 (text)", col, st.NumFmt)
		}
	}
	dvs, _ = f.GetDataValidations("党组织")
	found := false
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, "B3") && dv.Formula1 == `"党委,党总支,党支部,直属党支部,联合党支部,临时党支部"` {
			found = true
		}
	}
	if !found {
		t.Error("组织类型 dropdown missing")
	}
	guide, _ := f.GetRows(guideSheet)
	text := ""
	for _, r := range guide {
		text += strings.Join(r, "|") + "\n"
	}
	for _, h := range []string{"党员|身份证号|选填|", "党组织|组织类型|必填|", "党员|所在党支部|必填|"} {
		if !strings.Contains(text, h) {
			t.Errorf("填表说明 lacks %q", h)
		}
	}
	f.Close()

	g, err := excelize.OpenFile(filepath.Join(dir, AssessmentFile))
	if err != nil {
		t.Fatal(err)
	}
	hdr, _ = g.GetRows("党员测评")
	if strings.Join(hdr[1], ",") != "姓名*,所在党支部*,身份证号,自评*,互评*,群众评议*,组织评价*,优秀票,合格票,基本合格票,不合格票,处分情况,备注" {
		t.Errorf("header %q", hdr[1])
	}
	hdr, _ = g.GetRows("组织测评")
	if strings.Join(hdr[1], ",") != "组织名称*,领导班子好*,党员队伍好*,工作机制好*,工作业绩好*,群众反映好*,群众满意率,备注" {
		t.Errorf("header %q", hdr[1])
	}
	dvs, _ = g.GetDataValidations("党员测评")
	found = false
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, "L3") && dv.Formula1 == `"无,警告,严重警告,撤销党内职务,留党察看"` {
			found = true
		}
	}
	if !found {
		t.Error("处分情况 dropdown missing")
	}
	g.Close()
	if got := strings.Join(sheetsOf(t, filepath.Join(dir, AssessmentFile)), ","); got != "党员测评,组织测评,填表示例,填表说明" {
		t.Errorf("测评表 sheets %s", got)
	}
}

func sheetsOf(t *testing.T, p string) []string {
	t.Helper()
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return f.GetSheetList()
}

// TestTemplateRoundTrip fills a few rows of the templates, as staff would, and
// reads them back.
func TestTemplateRoundTrip(t *testing.T) {
	dir := t.TempDir()
	opt := SampleOptions()
	if err := WriteTemplates(dir, opt); err != nil {
		t.Fatal(err)
	}
	fill := func(name string, rows map[string][][]any) {
		p := filepath.Join(dir, name)
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for sheet, rs := range rows {
			for i, r := range rs {
				cell, _ := excelize.CoordinatesToCellName(1, i+3)
				if err := f.SetSheetRow(sheet, cell, &r); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := f.SaveAs(p); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	fill(RosterFile, map[string][][]any{
		"党组织": {{"中共某某学院委员会", "党委"}, {"文学院教工党支部", "党支部", "中共某某学院委员会"}},
		"党员": {
			{"张三", "男", "汉族", "1990-03-07", "110101199003071233", "2010年6月", "正式党员", "文学院教工党支部"},
			{"李四", "女", "汉族", "1991.05", "", "2011.10", "预备党员", "文学院教工党支部"},
		},
	})
	fill(AssessmentFile, map[string][][]any{
		"党员测评": {{"张三", "文学院教工党支部", "", 95, 90, 88.5, 92, 10, 2, 0, 0, "无"}},
		"组织测评": {{"文学院教工党支部", 18, 18, 18, 18, 18, 0.95}},
	})
	paths := []string{filepath.Join(dir, RosterFile), filepath.Join(dir, AssessmentFile)}
	ds, diags, err := Read(paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics:\n%s", diagLines(diags))
	}
	if len(ds.Members) != 2 || ds.Members[0].Assessment == nil || ds.Members[1].JoinDate.String() != "2011年10月" || ds.Members[0].JoinDate.String() != "2010年6月" {
		t.Errorf("%+v", ds.Members)
	}
	if s := ds.OrgAssessments[0].Satisfaction; s == nil || s.RatString() != "19/20" {
		t.Errorf("satisfaction %v", s)
	}
	// The blank templates themselves read without a crash and say they are empty.
	blank := t.TempDir()
	WriteTemplates(blank, opt)
	_, d2, err := Read([]string{filepath.Join(blank, RosterFile), filepath.Join(blank, AssessmentFile)}, opt)
	if err != nil || !strings.Contains(diagLines(d2), "没有读到任何党员") {
		t.Errorf("blank: %v\n%s", err, diagLines(d2))
	}
}
