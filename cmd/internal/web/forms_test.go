package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/render/xlsx"
	"pingyou/pipeline/testtool"
)

// putJSON sends v as JSON and returns the status and body.
func (ts *testServer) putJSON(t *testing.T, method, path string, v any) (int, []byte) {
	t.Helper()
	b, _ := json.Marshal(v)
	return ts.do(t, method, path, bytes.NewReader(b), "application/json")
}

// qingshanForm is a unit's settings as typed on the page.
var qingshanForm = map[string]string{
	"unit.name": "中共青山湖区某某中学委员会", "unit.year": "2024", "unit.issue_date": "2024年12月28日",
	"decision.number": "青中党发〔2024〕3号", "branch_notice.number": "青中党函〔2024〕5号",
	"unit.office": "中共青山湖区某某中学委员会办公室", "unit.campaign": "创先争优活动", "unit.code": "QSZX",
	"decision.cc": "区委组织部、区委教育工委",
}

func unitRow(v runView, key string) UnitRow {
	if v.Check != nil {
		for _, u := range v.Check.Unit {
			if u.Key == key {
				return u
			}
		}
	}
	return UnitRow{}
}

func problemWith(v runView, sub string) *Problem {
	if v.Check == nil {
		return nil
	}
	for i, p := range v.Check.Problems {
		if strings.Contains(p.Problem, sub) {
			return &v.Check.Problems[i]
		}
	}
	return nil
}

// TestUnitFormIsKeptWithTheBatch: the settings typed on the page are the
// batch's own; the check passes with them, says each came from the page,
// and they survive a restart. A value the sheet would refuse is refused
// naming the field, and nothing is saved.
func TestUnitFormIsKeptWithTheBatch(t *testing.T) {
	dir := t.TempDir()
	ts := startServer(t, Config{DataDir: dir})
	id := ts.newRun(t)
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")})
	if code != http.StatusOK || v.Check == nil || v.Check.OK {
		t.Fatalf("upload without unit settings: %d %s %+v", code, msg, v.Check)
	}
	if p := problemWith(v, "还没有填写单位信息"); p == nil || !strings.Contains(p.Fix, "本页“单位信息”") {
		t.Errorf("the missing settings do not point at the form: %+v", v.Check.Problems)
	}
	if u := unitRow(v, "unit.name"); u.Value != "" || u.From != "" {
		t.Errorf("发文机关 before the form: %+v", u)
	}

	bad := map[string]string{"unit.name": "中共青山湖区某某中学委员会", "unit.issue_date": "2024年13月1日"}
	code, b := ts.putJSON(t, "PUT", "/api/runs/"+id+"/unit", map[string]any{"values": bad})
	var e struct{ Error, Field string }
	json.Unmarshal(b, &e)
	if code != http.StatusBadRequest || e.Field != "unit.issue_date" || !strings.HasPrefix(e.Error, "“成文日期”：") || !strings.Contains(e.Error, "没有保存") {
		t.Errorf("a bad date: %d %s", code, b)
	}
	if v := ts.get(t, id); len(v.Unit) != 0 {
		t.Errorf("a refused form was saved: %v", v.Unit)
	}

	values := map[string]string{"unit.short_name": "  "}
	for k, x := range qingshanForm {
		values[k] = x
	}
	code, b = ts.putJSON(t, "PUT", "/api/runs/"+id+"/unit", map[string]any{"values": values})
	json.Unmarshal(b, &v)
	if code != http.StatusOK || v.Check == nil || !v.Check.OK {
		t.Fatalf("with the form: %d %s", code, b)
	}
	if _, blank := v.Unit["unit.short_name"]; blank || v.Unit["unit.name"] != "中共青山湖区某某中学委员会" {
		t.Errorf("kept: %v", v.Unit)
	}
	if u := unitRow(v, "unit.name"); u.Value != "中共青山湖区某某中学委员会" || u.From != formName || u.Form != u.Value {
		t.Errorf("发文机关: %+v", u)
	}
	if u := unitRow(v, "unit.issue_date"); u.Value != "2024年12月28日" {
		t.Errorf("成文日期: %+v", u)
	}
	if u := unitRow(v, "decision.mark"); u.Value != "中共青山湖区某某中学委员会文件" || !strings.HasPrefix(u.From, "默认") {
		t.Errorf("红头 by default: %+v", u)
	}

	ts2 := startServer(t, Config{DataDir: dir})
	v = ts2.get(t, id)
	if v.Unit["decision.number"] != "青中党发〔2024〕3号" || v.Check == nil || !v.Check.OK {
		t.Errorf("after a restart: %v %+v", v.Unit, v.Check)
	}
	if code, b := ts2.do(t, "POST", "/api/runs/"+id+"/check", nil, ""); code != http.StatusOK || !strings.Contains(string(b), `"ok":true`) {
		t.Errorf("checked again after a restart: %d", code)
	}
}

// TestUnitFormAndSheetConflict: the roster's 单位信息 sheet prefills the
// form; a different value typed on the page is a conflict shown at the
// sheet's cell and beside the field, never resolved; clearing the field
// takes the sheet's.
func TestUnitFormAndSheetConflict(t *testing.T) {
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, rosterWithUnitSheet(t))},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")})
	if code != http.StatusOK || v.Check == nil || !v.Check.OK {
		t.Fatalf("upload: %d %s %+v", code, msg, v.Check)
	}
	u := unitRow(v, "unit.name")
	if u.Sheet != "中共青山湖区某某中学委员会" || u.SheetAt != "花名册.xlsx 单位信息!B2" || u.From != u.SheetAt || u.Conflict {
		t.Fatalf("the sheet's 发文机关 for the form: %+v", u)
	}
	code, b := ts.putJSON(t, "PUT", "/api/runs/"+id+"/unit", map[string]any{"values": map[string]string{"unit.name": "中共青山湖区另一中学委员会", "unit.year": "2024"}})
	json.Unmarshal(b, &v)
	if code != http.StatusOK || v.Check == nil || v.Check.OK {
		t.Fatalf("a conflict passes: %d %s", code, b)
	}
	p := problemWith(v, "“发文机关”与网页上填写的单位信息中的“中共青山湖区另一中学委员会”不一致")
	if p == nil || p.Severity != "错误" || p.File != "花名册.xlsx" || p.Sheet != "单位信息" || p.Cell != "B2" {
		t.Errorf("the conflict in the problem table: %+v", v.Check.Problems)
	}
	if u := unitRow(v, "unit.name"); !u.Conflict || u.Value != "" || u.Form != "中共青山湖区另一中学委员会" {
		t.Errorf("the conflict beside the field: %+v", u)
	}
	if u := unitRow(v, "unit.year"); u.Conflict || u.From != "花名册.xlsx 单位信息!B3" {
		t.Errorf("an equal year: %+v", u)
	}
	code, b = ts.putJSON(t, "PUT", "/api/runs/"+id+"/unit", map[string]any{"values": map[string]string{}})
	v = runView{}
	json.Unmarshal(b, &v)
	if code != http.StatusOK || v.Check == nil || !v.Check.OK || v.Unit != nil {
		t.Errorf("cleared: %d %+v %v", code, v.Check, v.Unit)
	}
}

// TestWordingEdits: the wording is listed in sections with its
// placeholders; an unknown placeholder is refused naming it and listing
// the known ones, with its section and line; an edit is kept in the
// batch's templates folder and used by the preview; 恢复 removes it.
func TestWordingEdits(t *testing.T) {
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "..", "fonts"))
	t.Setenv("PINGYOU_FONTS", fonts)
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	code, b := ts.do(t, "GET", "/api/runs/"+id+"/wording", nil, "")
	var ws []wordingView
	json.Unmarshal(b, &ws)
	if code != http.StatusOK || len(ws) != 3 || ws[0].Name != "表彰决定.tmpl" || ws[2].Name != "证书措辞.yaml" {
		t.Fatalf("wordings: %d %s", code, b)
	}
	if ws[0].Edited || ws[0].Sections[0].Key != "正文" || ws[0].Placeholders[0].Written != "{{.单位}}" || ws[0].Help == "" {
		t.Errorf("the decision's wording: %+v", ws[0])
	}

	path := "/api/runs/" + id + "/wording/" + "表彰决定.tmpl"
	code, b = ts.putJSON(t, "PUT", path, wordingEdit{Sections: map[string]string{"正文": "{{.年度}}年，\n{{.单位名称}}表现突出。"}})
	var e struct {
		Error, Section string
		Line           int
	}
	json.Unmarshal(b, &e)
	if code != http.StatusBadRequest || e.Section != "正文" || e.Line != 2 ||
		!strings.Contains(e.Error, "不认识的占位符 {{.单位名称}}") || !strings.Contains(e.Error, "可用的占位符：{{.单位}}（发文机关全称）、{{.年度}}（评议年度）") {
		t.Errorf("unknown placeholder: %d %s", code, b)
	}
	if _, err := os.Stat(filepath.Join(ts.cfg.DataDir, "runs", id, wordingDir, "表彰决定.tmpl")); err == nil {
		t.Error("a refused edit was saved")
	}
	code, b = ts.putJSON(t, "PUT", "/api/runs/"+id+"/wording/"+"证书措辞.yaml", wordingEdit{Sections: map[string]string{"优秀共产党员/body": "在{年份}年度表现突出"}})
	json.Unmarshal(b, &e)
	if code != http.StatusBadRequest || e.Section != "优秀共产党员/body" || !strings.Contains(e.Error, "不认识的占位符 {年份}。可用的占位符：{姓名}（获奖人姓名或组织名称）") {
		t.Errorf("a certificate's unknown placeholder: %d %s", code, b)
	}

	edited := "{{.年度}}年，本委员会各级党组织和广大党员表现突出，特予表彰。"
	code, b = ts.putJSON(t, "PUT", path, wordingEdit{Sections: map[string]string{"正文": edited}})
	json.Unmarshal(b, &ws)
	if code != http.StatusOK || !ws[0].Edited || ws[0].Sections[0].Text != edited {
		t.Fatalf("save: %d %s", code, b)
	}
	saved := readFile(t, filepath.Join(ts.cfg.DataDir, "runs", id, wordingDir, "表彰决定.tmpl"))
	if !strings.Contains(saved, `{{define "正文"}}`+edited+`{{end}}`) || !strings.Contains(saved, `{{define "附件1"}}`) {
		t.Errorf("the saved file:\n%s", saved)
	}

	// The preview uses it (with a roster that names the unit).
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, rosterWithUnitSheet(t))},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")})
	if code != http.StatusOK || v.Check == nil || !v.Check.OK {
		t.Fatalf("upload: %d %s %+v", code, msg, v.Check)
	}
	text := flat(draftText(t, ts, id, pipeline.PreviewDecision, nil))
	if !strings.Contains(text, "2024年，本委员会各级党组织和广大党员表现突出") || !strings.Contains(text, "中共青山湖区某某中学委员会") {
		t.Errorf("the preview lacks the edited wording:\n%s", text)
	}
	// A draft is previewed without being saved.
	text = flat(draftText(t, ts, id, pipeline.PreviewDecision, map[string]any{"wording": "表彰决定.tmpl", "sections": map[string]string{"正文": "{{.年度}}年，试一试新的措辞。"}}))
	if !strings.Contains(text, "2024年，试一试新的措辞。") {
		t.Errorf("the draft preview:\n%s", text)
	}
	if saved2 := readFile(t, filepath.Join(ts.cfg.DataDir, "runs", id, wordingDir, "表彰决定.tmpl")); saved2 != saved {
		t.Error("previewing a draft changed the saved wording")
	}

	code, b = ts.do(t, "DELETE", path, nil, "")
	json.Unmarshal(b, &ws)
	if code != http.StatusOK || ws[0].Edited {
		t.Errorf("reset: %d %s", code, b)
	}
	if text := flat(draftText(t, ts, id, pipeline.PreviewDecision, nil)); !strings.Contains(text, "紧紧围绕学校中心工作") {
		t.Errorf("after 恢复 the built-in wording is not used:\n%s", text)
	}
}

// draftText asks for a preview and returns its text (pdftotext).
func draftText(t *testing.T, ts *testServer, id, doc string, body any) string {
	t.Helper()
	var code int
	var b []byte
	if body == nil {
		code, b = ts.do(t, "POST", "/api/runs/"+id+"/drafts/"+doc, nil, "")
	} else {
		code, b = ts.putJSON(t, "POST", "/api/runs/"+id+"/drafts/"+doc, body)
	}
	var d draftView
	json.Unmarshal(b, &d)
	if code != http.StatusOK || d.PDF == "" {
		t.Fatalf("preview %s: %d %s", doc, code, b)
	}
	code, b = ts.do(t, "GET", d.PDF, nil, "")
	if code != http.StatusOK || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("preview PDF: %d", code)
	}
	p := filepath.Join(t.TempDir(), "preview.pdf")
	os.WriteFile(p, b, 0o644)
	return pdftotext(t, p)
}

// TestPreviewEndpoint: before the check passes there is nothing to show; after,
// each document's preview is a PDF served inline, with page images where
// the server has pdftoppm, made once per revision of the batch.
func TestPreviewEndpoint(t *testing.T) {
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "..", "fonts"))
	t.Setenv("PINGYOU_FONTS", fonts)
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	if code, b := ts.do(t, "POST", "/api/runs/"+id+"/drafts/表彰决定", nil, ""); code != http.StatusConflict || !strings.Contains(string(b), "检查通过后才能预览") {
		t.Errorf("before a check: %d %s", code, b)
	}
	if code, _ := ts.do(t, "POST", "/api/runs/"+id+"/drafts/公示", nil, ""); code != http.StatusNotFound {
		t.Errorf("an unknown document: %d", code)
	}
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, rosterWithUnitSheet(t))},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")})
	if code != http.StatusOK || !v.Check.OK {
		t.Fatalf("upload: %d %s", code, msg)
	}
	calls := 0
	ts.previewDoc = func(o pipeline.Options, doc string) ([]byte, int, error) { calls++; return pipeline.Preview(o, doc) }
	for _, doc := range draftDocs {
		code, b := ts.do(t, "POST", "/api/runs/"+id+"/drafts/"+doc, nil, "")
		var d draftView
		json.Unmarshal(b, &d)
		if code != http.StatusOK || d.Doc != doc {
			t.Fatalf("%s: %d %s", doc, code, b)
		}
		req, _ := http.NewRequest("GET", ts.base+d.PDF, nil)
		res, err := ts.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if ct := res.Header.Get("Content-Type") + " " + res.Header.Get("Content-Disposition"); !strings.HasPrefix(ct, "application/pdf inline") {
			t.Errorf("%s: served as %q, want an inline PDF for the browser's viewer", doc, ct)
		}
		wantPages := 1
		if doc == pipeline.PreviewCertificates {
			wantPages = 2 // 优秀共产党员 and 先进基层党组织 in the sample
		}
		if ts.pdftoppm == "" {
			wantPages = 0
		}
		if len(d.Pages) != wantPages {
			t.Errorf("%s: %d page images, want %d", doc, len(d.Pages), wantPages)
		}
		for _, p := range d.Pages {
			code, b := ts.do(t, "GET", p, nil, "")
			if code != http.StatusOK || !bytes.HasPrefix(b, []byte("\x89PNG")) {
				t.Errorf("%s: page image %s: %d", doc, p, code)
			}
		}
	}
	// Asked again, the same revision's preview is not made again.
	ts.do(t, "POST", "/api/runs/"+id+"/drafts/表彰决定", nil, "")
	if calls != len(draftDocs) {
		t.Errorf("%d previews made for %d documents", calls, len(draftDocs))
	}
	if text := draftText(t, ts, id, pipeline.PreviewDecision, nil); !strings.Contains(text, "青中党发〔2024〕3号") {
		t.Errorf("the decision's preview:\n%s", text)
	}
	for _, p := range []string{"/drafts/..%2Frun.json", "/drafts/draft-0.pdf", "/drafts/run.json"} {
		if code, _ := ts.do(t, "GET", "/api/runs/"+id+p, nil, ""); code != http.StatusNotFound {
			t.Errorf("GET %s: %d", p, code)
		}
	}
}

func pdftotext(t *testing.T, path string) string {
	t.Helper()
	bin := testtool.Require(t, "pdftotext")
	out, err := exec.Command(bin, path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// flat drops pdftotext's line breaks, so a sentence set over two lines
// reads as one.
func flat(s string) string { return strings.Join(strings.Fields(s), "") }

// TestRunWithTheFormListsWarnings: a batch whose unit settings were typed
// on the page generates documents that carry them (the decision's text
// read back by pdftotext), lists the print books among the outputs, and
// returns the run's 提醒 with their files and cells for the result card,
// its message saying how many there are.
func TestRunWithTheFormListsWarnings(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole batch")
	}
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "..", "fonts"))
	t.Setenv("PINGYOU_FONTS", fonts)
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")})
	if code != http.StatusOK || v.Check == nil || v.Check.OK {
		t.Fatalf("upload without unit settings: %d %s", code, msg)
	}
	code, b := ts.putJSON(t, "PUT", "/api/runs/"+id+"/unit", map[string]any{"values": qingshanForm})
	if code != http.StatusOK || !strings.Contains(string(b), `"ok":true`) {
		t.Fatalf("the form: %d %s", code, b)
	}
	if code, b := ts.do(t, "POST", "/api/runs/"+id+"/run", nil, ""); code != http.StatusAccepted {
		t.Fatalf("run: %d %s", code, b)
	}
	waitIdle(ts.Server)
	_, b = ts.do(t, "GET", "/api/runs/"+id, nil, "")
	v = runView{}
	json.Unmarshal(b, &v)
	if v.Job == nil || v.Job.State != jobDone {
		t.Fatalf("job %+v", v.Job)
	}

	// The warnings, with their places where they have one (a tie the
	// committee decides has none), and the message counting them.
	n := len(v.Job.Warnings)
	if n == 0 {
		t.Fatal("the sample batch gives no 提醒; the result card's table is untested")
	}
	cells := 0
	for _, p := range v.Job.Warnings {
		if p.Severity != "提醒" || p.Problem == "" {
			t.Errorf("not a warning: %+v", p)
		}
		if p.File != "" && p.Sheet != "" && p.Cell != "" {
			cells++
		}
	}
	if cells == 0 {
		t.Errorf("no warning names a sheet and cell: %+v", v.Job.Warnings)
	}
	if want := fmt.Sprintf("生成完成，有 %d 条提醒", n); !strings.HasPrefix(v.Job.Message, want) {
		t.Errorf("the job's message %q, want it to start %q", v.Job.Message, want)
	}

	// The print books are outputs the page can single out.
	kinds := map[string]string{}
	for _, o := range v.Outputs {
		kinds[o.Path] = o.Kind
	}
	if kinds[pipeline.NoticeBookName] != "公文合订本" {
		t.Errorf("%s is %q among the outputs", pipeline.NoticeBookName, kinds[pipeline.NoticeBookName])
	}

	// The outputs name the uploads as the clerk named them: the summary's
	// 问题清单 and the manifest's inputs say 花名册.xlsx, never the server's
	// 1.xlsx.
	code, b = ts.do(t, "GET", "/api/runs/"+id+"/output?path="+url.QueryEscape(pipeline.SummaryName), nil, "")
	if code != http.StatusOK {
		t.Fatalf("the summary: %d", code)
	}
	wb, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := wb.GetRows(xlsx.SheetProblems)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	serverName := regexp.MustCompile(`(^|[^0-9])[0-9]+\.xlsx`)
	for _, r := range rows {
		line := strings.Join(r, " | ")
		if strings.Contains(line, "花名册.xlsx") {
			named++
		}
		if serverName.MatchString(line) {
			t.Errorf("the summary's 问题清单 names a server file: %s", line)
		}
	}
	if named == 0 {
		t.Errorf("no row of the summary's 问题清单 names 花名册.xlsx: %q", rows)
	}
	code, b = ts.do(t, "GET", "/api/runs/"+id+"/output?path="+url.QueryEscape(archive.ManifestName), nil, "")
	var m archive.Manifest
	if code != http.StatusOK || json.Unmarshal(b, &m) != nil {
		t.Fatalf("the manifest: %d %.200s", code, b)
	}
	var inputs []string
	for _, in := range m.Inputs {
		inputs = append(inputs, in.Name)
	}
	if !slices.Equal(inputs, []string{"测评表.xlsx", "花名册.xlsx"}) && !slices.Equal(inputs, []string{"花名册.xlsx", "测评表.xlsx"}) {
		t.Errorf("the manifest's inputs are %q", inputs)
	}

	// The decision carries what was typed on the page.
	code, b = ts.do(t, "GET", "/api/runs/"+id+"/output?path="+url.QueryEscape(pipeline.DecisionName), nil, "")
	if code != http.StatusOK {
		t.Fatalf("the decision: %d", code)
	}
	p := filepath.Join(t.TempDir(), "决定.pdf")
	os.WriteFile(p, b, 0o644)
	text := flat(pdftotext(t, p))
	for _, want := range []string{"中共青山湖区某某中学委员会文件", "青中党发〔2024〕3号", "抄送：区委组织部，区委教育工委。", "中共青山湖区某某中学委员会办公室", "2024年12月28日"} {
		if !strings.Contains(text, want) {
			t.Errorf("the decision lacks %q:\n%s", want, text)
		}
	}
}
