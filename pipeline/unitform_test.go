package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
)

// qingshanForm is qingshan as typed on the web page's form, by config key.
func qingshanForm() map[string]string {
	return map[string]string{
		"unit.name": "中共青山湖区某某中学委员会", "unit.short_name": "某某中学党委", "unit.year": "2024",
		"unit.issue_date": "2024-12-28", "decision.number": "青中党发〔2024〕3号", "branch_notice.number": "青中党函〔2024〕5号",
		"unit.office": "中共青山湖区某某中学委员会办公室", "decision.cc": "区委组织部，区委教育工委", "unit.campaign": "创先争优活动",
		"unit.code": "QSZX",
	}
}

var webForm = config.UnitHelp{File: "上传的方案文件（.yaml）", Form: "本页“单位信息”"}

func origin(r *Resolved, key string) config.Origin {
	for _, o := range r.Origins {
		if o.Key == key {
			return o
		}
	}
	return config.Origin{}
}

func source(r *Resolved, key string) UnitSource {
	for _, s := range r.Sources {
		if s.Key == key {
			return s
		}
	}
	return UnitSource{}
}

func findDiag(diags model.Diagnostics, sub string) *model.Diagnostic {
	for i, d := range diags {
		if strings.Contains(d.Problem, sub) {
			return &diags[i]
		}
	}
	return nil
}

// TestFormSettingsNameTheIssuer: settings typed on a form stand for the
// 单位信息 sheet when the workbooks have none; each is said to come from the
// form, written as the sheet would have it.
func TestFormSettingsNameTheIssuer(t *testing.T) {
	_, inputs := copySamples(t, nil)
	r, err := ResolveSettings(Settings{Form: qingshanForm(), FormName: "网页上填写的单位信息", Help: webForm}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Diags) != 0 {
		t.Fatalf("problems: %v", r.Diags)
	}
	if o := origin(r, "unit.name"); o.Value != "中共青山湖区某某中学委员会" || o.From != "网页上填写的单位信息" {
		t.Errorf("发文机关: %+v", o)
	}
	if o := origin(r, "unit.issue_date"); o.Value != "2024年12月28日" {
		t.Errorf("成文日期 as typed 2024-12-28: %+v", o)
	}
	if cc := r.Config.Decision.CC; strings.Join(cc, "|") != "区委组织部|区委教育工委" {
		t.Errorf("抄送 %q", cc)
	}
	if o := origin(r, "decision.mark"); !strings.HasPrefix(o.From, "默认") {
		t.Errorf("the red head not typed takes the default: %+v", o)
	}
}

// TestFormAndSheetMustAgree: a setting on the form and in the 单位信息 sheet
// must be the same; the page shows the conflict and never picks one. An
// equal value is no conflict and stays the sheet's.
func TestFormAndSheetMustAgree(t *testing.T) {
	_, inputs := copySamples(t, qingshan)
	form := map[string]string{"unit.name": "中共青山湖区另一中学委员会", "unit.year": "2024"}
	r, err := ResolveSettings(Settings{Form: form, Help: webForm}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	d := findDiag(r.Diags, "“发文机关”与网页上填写的单位信息中的“中共青山湖区另一中学委员会”不一致")
	if d == nil || d.Severity != model.Error || d.Ref.String() != "花名册.xlsx 单位信息!B3" || d.Value != "中共青山湖区某某中学委员会" {
		t.Fatalf("no conflict at 单位信息!B3: %v", r.Diags)
	}
	s := source(r, "unit.name")
	if !s.Conflict || s.Form != "中共青山湖区另一中学委员会" || s.Sheet != "中共青山湖区某某中学委员会" || s.SheetAt != "花名册.xlsx 单位信息!B3" {
		t.Errorf("sources of 发文机关: %+v", s)
	}
	if s := source(r, "unit.year"); s.Conflict || s.Form != "2024" || s.Sheet != "2024" {
		t.Errorf("an equal year: %+v", s)
	}
	if o := origin(r, "unit.year"); o.From != "花名册.xlsx 单位信息!B5" {
		t.Errorf("an equal year comes from %q, want the sheet's cell", o.From)
	}
}

// TestFormAndFileMustAgree: the form against an uploaded config file: the
// same rule, the message naming the file's line.
func TestFormAndFileMustAgree(t *testing.T) {
	_, inputs := copySamples(t, nil)
	cfg := filepath.Join(t.TempDir(), "方案.yaml")
	b, _ := os.ReadFile(filepath.Join("..", "samples", "pingyou.yaml"))
	os.WriteFile(cfg, b, 0o644)
	r, err := ResolveSettings(Settings{Config: cfg, Form: map[string]string{"unit.name": "中共青山湖区某某中学委员会"}, Help: webForm}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	d := findDiag(r.Diags, "“发文机关”与 方案.yaml 第9行 unit.name 中的“中共江城师范学院委员会”不一致")
	if d == nil || d.Ref.File != DefaultFormName || !strings.Contains(d.Fix, "用"+DefaultFormName+"，就删去 方案.yaml 中的 unit.name") {
		t.Fatalf("no conflict at the form: %v", r.Diags)
	}
	if s := source(r, "unit.name"); !s.Conflict || s.FileAt != "方案.yaml 第9行 unit.name" || s.File != "中共江城师范学院委员会" {
		t.Errorf("sources: %+v", s)
	}
}

// TestFormValuesAreCheckedLikeCells: what the sheet refuses the form
// refuses, with the same words; missing settings point at the form.
func TestFormValuesAreCheckedLikeCells(t *testing.T) {
	_, inputs := copySamples(t, nil)
	form := qingshanForm()
	form["unit.issue_date"] = "2024年13月1日"
	form["unit.name"] = "中共\u202e某某委员会"
	delete(form, "unit.office")
	r, err := ResolveSettings(Settings{Form: form, Help: webForm}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"“成文日期”：成文日期", "“发文机关”：“发文机关”中有看不见的字符（U+202E）", "没有填写“印发机关”"} {
		d := findDiag(r.Diags, want)
		if d == nil || d.Severity != model.Error {
			t.Errorf("no error %q in %v", want, r.Diags)
			continue
		}
		if want == "没有填写“印发机关”" && !strings.Contains(d.Fix, "在本页“单位信息”中填写“印发机关”") {
			t.Errorf("missing 印发机关: fix %q does not point at the form", d.Fix)
		}
	}
	// Nothing typed, no sheet, no file: the one sentence says to use the form.
	r, err = ResolveSettings(Settings{Help: webForm}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if d := findDiag(r.Diags, "还没有填写单位信息"); d == nil || !strings.HasPrefix(d.Fix, "在本页“单位信息”中填写这些项目") {
		t.Errorf("no settings at all: %v", r.Diags)
	}
}
