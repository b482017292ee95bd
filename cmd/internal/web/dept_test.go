package web

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"pingyou/pipeline"
	"pingyou/pipeline/config"
	"pingyou/pipeline/dept"
	"pingyou/pipeline/testtool"
)

func (ts *testServer) dept(t *testing.T, method, path string, body any) (int, deptView, string) {
	t.Helper()
	var code int
	var b []byte
	if body != nil {
		code, b = ts.putJSON(t, method, path, body)
	} else {
		code, b = ts.do(t, method, path, nil, "")
	}
	var v deptView
	json.Unmarshal(b, &v)
	var e struct{ Error string }
	json.Unmarshal(b, &e)
	return code, v, e.Error
}

func unitOf(v deptView, name string) deptUnitView {
	for _, u := range v.Units {
		if u.Name == name {
			return u
		}
	}
	return deptUnitView{}
}

// deptFixture is a department batch of four units as a clerk would make
// it: two with the sample workbooks (one with samples/pingyou.yaml, one
// with the unit form), one that has sent nothing, one with a score typed
// in words.
type deptFixture struct {
	id                       string
	good, form, waiting, bad string
}

func makeDept(t *testing.T, ts *testServer) deptFixture {
	t.Helper()
	f := deptFixture{good: "江城师范学院党委", form: "青山湖区某某中学党委", waiting: "江城理工学院党委", bad: "江城医学院党委"}
	code, v, msg := ts.dept(t, "POST", "/api/depts", map[string]string{"name": "中共江城市委教育工委"})
	if code != http.StatusCreated || v.ID == "" || v.Name != "中共江城市委教育工委" {
		t.Fatalf("create department: %d %s %+v", code, msg, v.DeptRecord)
	}
	f.id = v.ID
	for _, name := range []string{f.good, f.form, f.waiting, f.bad} {
		if code, v, msg = ts.dept(t, "POST", "/api/depts/"+f.id+"/units", map[string]string{"name": name}); code != http.StatusCreated {
			t.Fatalf("add unit %s: %d %s", name, code, msg)
		}
	}
	if code, _, msg := ts.dept(t, "POST", "/api/depts/"+f.id+"/units", map[string]string{"name": f.good}); code != http.StatusConflict || !strings.Contains(msg, f.good) {
		t.Errorf("a unit added twice: %d %q", code, msg)
	}
	roster := [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")}
	scores := [3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")}
	scheme := [3]string{"config", "pingyou.yaml", readFile(t, "../../../samples/pingyou.yaml")}
	bad := [3]string{"workbook", "测评表.xlsx", readFile(t, plantError(t, t.TempDir()))}
	if code, _, msg := ts.upload(t, unitOf(v, f.good).Run, roster, scores, scheme); code != http.StatusOK {
		t.Fatalf("upload %s: %d %s", f.good, code, msg)
	}
	if code, _, msg := ts.upload(t, unitOf(v, f.form).Run, roster, scores); code != http.StatusOK {
		t.Fatalf("upload %s: %d %s", f.form, code, msg)
	}
	if code, b := ts.putJSON(t, "PUT", "/api/runs/"+unitOf(v, f.form).Run+"/unit", map[string]any{"values": qingshanForm}); code != http.StatusOK {
		t.Fatalf("the form of %s: %d %s", f.form, code, b)
	}
	if code, _, msg := ts.upload(t, unitOf(v, f.bad).Run, roster, bad, scheme); code != http.StatusOK {
		t.Fatalf("upload %s: %d %s", f.bad, code, msg)
	}
	return f
}

// TestDeptAPI drives a department batch through the API: the units'
// statuses, the generation, the summary against the units' own summary
// workbooks, the downloads and the manifest's verification.
func TestDeptAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("runs two whole batches")
	}
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "..", "fonts"))
	t.Setenv("PINGYOU_FONTS", fonts)
	ts := startServer(t, Config{})
	f := makeDept(t, ts)

	// The units are not in the list of single batches.
	_, b := ts.do(t, "GET", "/api/runs", nil, "")
	if strings.Contains(string(b), "\"id\"") {
		t.Errorf("the batch list shows the department's units: %s", b)
	}

	_, v, _ := ts.dept(t, "GET", "/api/depts/"+f.id, nil)
	want := map[string]string{f.good: unitChecked, f.form: unitChecked, f.waiting: unitWaiting, f.bad: unitProblem}
	for name, st := range want {
		if u := unitOf(v, name); u.Status != st {
			t.Errorf("%s: %q (%s), want %q", name, u.Status, u.Message, st)
		}
	}
	if u := unitOf(v, f.bad); !slices.ContainsFunc(u.Problems, func(p Problem) bool {
		return p.File == "测评表.xlsx" && p.Sheet == "党员测评" && p.Cell == "D4" && p.Value == "九十"
	}) {
		t.Errorf("%s's problems lack 测评表.xlsx 党员测评!D4: %+v", f.bad, u.Problems)
	}
	// The bad unit was given the good one's scheme file, and so its name.
	if u := unitOf(v, f.bad); u.SameIssuer != f.good || unitOf(v, f.form).SameIssuer != "" {
		t.Errorf("the same 发文机关 twice: %q, %q", u.SameIssuer, unitOf(v, f.form).SameIssuer)
	}
	if v.Counts[unitChecked] != 2 || v.Counts[unitWaiting] != 1 || v.Counts[unitProblem] != 1 {
		t.Errorf("counts %v", v.Counts)
	}

	code, v, msg := ts.dept(t, "POST", "/api/depts/"+f.id+"/run?wait=1", nil)
	if code != http.StatusAccepted {
		t.Fatalf("generate: %d %s", code, msg)
	}
	if v.Job == nil || v.Job.State != jobDone || v.Summary == nil {
		t.Fatalf("generation: %+v", v.Job)
	}
	for _, name := range []string{f.waiting, f.bad} {
		if !strings.Contains(v.Job.Message, name) {
			t.Errorf("the message does not name %s without results: %q", name, v.Job.Message)
		}
	}
	want[f.good], want[f.form] = unitDone, unitDone
	for name, st := range want {
		if u := unitOf(v, name); u.Status != st {
			t.Errorf("after generating, %s: %q (%s), want %q", name, u.Status, u.Message, st)
		}
	}
	sm := v.Summary
	t.Logf("%s\n%s\nmissing %v\nfindings %+v\ntotal %+v", strings.Join(v.Job.Log, "\n"), v.Job.Message, sm.Missing, sm.Findings, sm.Total)
	if len(sm.Rows) != 4 || len(sm.Missing) != 2 || len(sm.Findings) == 0 {
		t.Errorf("summary: %d rows, missing %v, %d findings", len(sm.Rows), sm.Missing, len(sm.Findings))
	}

	// The whole department as a zip: it verifies, and its statistics are
	// the units' own summary workbooks counted again.
	code, b = ts.do(t, "GET", "/api/depts/"+f.id+"/results.zip", nil, "")
	if code != http.StatusOK {
		t.Fatalf("department zip: %d %s", code, b)
	}
	out := unzip(t, b)
	var log bytes.Buffer
	if err := pipeline.Verify(out, &log); err != nil {
		t.Fatalf("verify the department's zip: %v\n%s", err, log.String())
	}
	code, b = ts.do(t, "GET", "/api/depts/"+f.id+"/file?path="+url.QueryEscape(dept.SummaryName), nil, "")
	if code != http.StatusOK || !bytes.Equal(b, []byte(readFile(t, filepath.Join(out, dept.SummaryName)))) {
		t.Fatalf("summary download: %d", code)
	}
	members, assessed := 0, 0
	for _, r := range deptRows(t, filepath.Join("..", "..", "..", "samples", "花名册.xlsx"), "党员", "姓名") {
		if deptCell(r, 0) != "" {
			members++
		}
	}
	for _, r := range deptRows(t, filepath.Join("..", "..", "..", "samples", "测评表.xlsx"), "党员测评", "姓名") {
		if deptCell(r, 0) != "" {
			assessed++
		}
	}
	stats := deptRows(t, filepath.Join(out, dept.SummaryName), "民主评议党员情况统计表", "序号")[1:]
	var total [7]int
	seen := 0
	for _, r := range stats {
		name := deptCell(r, 1)
		if strings.HasPrefix(deptCell(r, 0), "合计") {
			got := statsOf(t, r)
			if got != total {
				t.Errorf("合计 %v, want %v", got, total)
			}
			continue
		}
		var folder string
		for _, row := range sm.Rows {
			if row.Name == name && row.Status == unitDone {
				folder = row.Folder
			}
		}
		if folder == "" {
			if deptCell(r, 2) != "" {
				t.Errorf("%s without results has figures: %v", name, r)
			}
			continue
		}
		got := statsOf(t, r)
		want := unitCounts(t, filepath.Join(out, dept.UnitsDir, folder, "评议结果汇总表.xlsx"), members, assessed)
		if got != want {
			t.Errorf("%s: statistics %v, its own summary %v", name, got, want)
		}
		for i := range total {
			total[i] += want[i]
		}
		seen++
	}
	if seen != 2 {
		t.Errorf("%d units with figures in the statistics, want 2", seen)
	}
	if sm.Total.Members != total[0] || sm.Total.Graded != total[2] || sm.Total.Excellent != total[3] || sm.Total.Commended != total[5] {
		t.Errorf("the page's 合计 %+v, the workbook's %v", sm.Total, total)
	}

	// The manifest, and one unit's outputs.
	code, b = ts.do(t, "GET", "/api/depts/"+f.id+"/file?path=manifest.json", nil, "")
	if code != http.StatusOK || !strings.Contains(string(b), `"units"`) {
		t.Errorf("manifest download: %d", code)
	}
	code, b = ts.do(t, "GET", "/api/depts/"+f.id+"/units/"+unitOf(v, f.good).Run+"/results.zip", nil, "")
	if code != http.StatusOK {
		t.Fatalf("unit zip: %d", code)
	}
	if err := pipeline.Verify(unzip(t, b), &bytes.Buffer{}); err != nil {
		t.Errorf("verify %s's zip: %v", f.good, err)
	}
	if code, _ = ts.do(t, "GET", "/api/depts/"+f.id+"/units/"+unitOf(v, f.waiting).Run+"/results.zip", nil, ""); code != http.StatusNotFound {
		t.Errorf("the zip of a unit without results: %d", code)
	}
	if code, _ = ts.do(t, "GET", "/api/depts/"+f.id+"/file?path=../dept.json", nil, ""); code != http.StatusNotFound {
		t.Errorf("a file not in the manifest: %d", code)
	}

	// A change to a unit's workbooks takes it back to 已检查.
	if code, _, msg := ts.upload(t, unitOf(v, f.good).Run, [3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")}); code != http.StatusOK {
		t.Fatalf("upload again: %d %s", code, msg)
	}
	_, v, _ = ts.dept(t, "GET", "/api/depts/"+f.id, nil)
	if u := unitOf(v, f.good); u.Status != unitChecked || !v.Stale {
		t.Errorf("after a new upload, %s is %q, the summary stale: %v", f.good, u.Status, v.Stale)
	}

	// A unit taken off the list is gone from the next summary; the unit
	// that did not change keeps its output.
	if code, _, msg := ts.dept(t, "DELETE", "/api/depts/"+f.id+"/units/"+unitOf(v, f.bad).Run, nil); code != http.StatusOK {
		t.Fatalf("remove %s: %d %s", f.bad, code, msg)
	}
	code, v, msg = ts.dept(t, "POST", "/api/depts/"+f.id+"/run?wait=1", nil)
	if code != http.StatusAccepted || v.Job == nil || v.Job.State != jobDone || len(v.Summary.Rows) != 3 || v.Stale {
		t.Fatalf("generate again: %d %s %+v", code, msg, v.Job)
	}
	if !slices.ContainsFunc(v.Job.Log, func(l string) bool { return strings.Contains(l, f.form) && strings.Contains(l, "沿用") }) {
		t.Errorf("the unchanged unit was made again:\n%s", strings.Join(v.Job.Log, "\n"))
	}
	_, b = ts.do(t, "GET", "/api/depts/"+f.id+"/results.zip", nil, "")
	out = unzip(t, b)
	if err := pipeline.Verify(out, &bytes.Buffer{}); err != nil {
		t.Errorf("verify after removing a unit: %v", err)
	}
	if _, err := os.Stat(filepath.Join(ts.cfg.DataDir, "depts", f.id, "out", dept.UnitsDir, unitOf(v, f.good).Folder)); err != nil {
		t.Errorf("%s's output: %v", f.good, err)
	}

	// Deleting the department removes its units.
	if code, _ := ts.do(t, "DELETE", "/api/depts/"+f.id, nil, ""); code != http.StatusNoContent {
		t.Fatalf("delete: %d", code)
	}
	if ts.store.get(unitOf(v, f.good).Run) != nil {
		t.Error("a unit's run outlived its department")
	}
}

// unitCounts reads a unit's own summary workbook: [党员总数, 参加评议,
// 评定等次, 优秀, 不合格, 表彰, 先进基层党组织]; members and assessed are
// counted from its workbooks.
func unitCounts(t *testing.T, sum string, members, assessed int) [7]int {
	t.Helper()
	f, err := excelize.OpenFile(sum)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := f.GetRows("党员评议结果")
	f.Close()
	h := all[2]
	gi := slices.Index(h, "评定等次")
	c := [7]int{members, assessed, 0, 0, 0, 0, 0}
	for _, r := range all[3:] {
		switch deptCell(r, gi) {
		case "优秀":
			c[2]++
			c[3]++
		case "不合格":
			c[2]++
			c[4]++
		case "合格", "基本合格":
			c[2]++
		}
	}
	for _, r := range deptRows(t, sum, "表彰名单", "序号") {
		switch {
		case deptCell(r, 4) != "": // given per period
		case deptCell(r, 1) == "先进基层党组织":
			c[6]++
		default:
			c[5]++
		}
	}
	return c
}

// statsOf reads the same figures from a row of 民主评议党员情况统计表.
func statsOf(t *testing.T, r []string) [7]int {
	t.Helper()
	n := func(i int) int {
		x, err := strconv.Atoi(deptCell(r, i))
		if err != nil {
			t.Fatalf("not a number in column %d: %v", i, r)
		}
		return x
	}
	return [7]int{n(2), n(3), n(4), n(6), n(12), n(14), n(15)}
}

func deptRows(t *testing.T, path, sheet, head string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("%s %s: %v", path, sheet, err)
	}
	for i, r := range all {
		if len(r) > 0 && r[0] == head {
			return all[i+1:]
		}
	}
	t.Fatalf("%s %s: no row starting %q", path, sheet, head)
	return nil
}

func deptCell(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// unzip unpacks a zip into a new folder.
func unzip(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range zr.File {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBrowserDept drives a department batch in headless chromium as a
// clerk would: create it, add units by name, upload one unit's workbooks
// and another's with a planted error from the list, leave one waiting,
// generate, and read the summary. Screenshots: the list, the unit with
// problems, the summary.
func TestBrowserDept(t *testing.T) {
	chromium := testtool.Require(t, "chromium")
	fonts, _ := filepath.Abs("../../../fonts")
	t.Setenv("PINGYOU_FONTS", fonts)
	shots := screenshotDir(t)
	roster, _ := filepath.Abs("../../../samples/花名册.xlsx")
	scores, _ := filepath.Abs("../../../samples/测评表.xlsx")
	scheme, _ := filepath.Abs("../../../samples/pingyou.yaml")
	bad := plantError(t, t.TempDir())
	good, waiting, wrong := "江城师范学院党委", "江城理工学院党委", "江城医学院党委"

	ts := startServer(t, Config{Program: "pingyou test"})
	ctx := browserContext(t, chromium)
	must(t, "open", chromedp.Do(ctx, chromedp.Navigate(ts.base+"/"), chromedp.WaitVisible(chromedp.CSS("#welcome"))))
	must(t, "new department", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#new-dept")), chromedp.WaitVisible(chromedp.CSS("#new-dept-name"))))
	must(t, "name it", chromedp.Do(ctx, typeInto("#new-dept-name", "中共江城市委教育工委"), chromedp.Click(chromedp.CSS(`#new-dept-form button[type="submit"]`))))
	poll(t, ctx, "the department", `!document.getElementById("dept").hidden`, 10*time.Second)
	for i, name := range []string{good, waiting, wrong} {
		must(t, "add "+name, chromedp.Do(ctx, typeInto("#unit-name", name), chromedp.Click(chromedp.CSS(`#add-unit-form button[type="submit"]`))))
		poll(t, ctx, name+" listed", fmt.Sprintf(`document.querySelectorAll("#units tr.unit-row").length === %d`, i+1), 10*time.Second)
	}
	upload := func(unit string, files ...string) {
		t.Helper()
		sel := `#units tr[data-unit="` + unit + `"] input[type=file]`
		must(t, "upload to "+unit, chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS(sel), files)))
		poll(t, ctx, unit+" checked", `(() => { const b = document.querySelector('#units tr[data-unit="`+unit+`"] .state');
			return b && b.textContent !== "待上传"; })()`, 60*time.Second)
	}
	upload(good, roster, scores, scheme)
	// Dropped on the unit's row.
	must(t, "drop on "+wrong, chromedp.Do(ctx, dropFiles(`#units tr[data-unit="`+wrong+`"]`, []string{roster, bad, scheme})))
	poll(t, ctx, wrong+" checked", `(() => { const b = document.querySelector('#units tr[data-unit="`+wrong+`"] .state');
		return b && b.textContent !== "待上传"; })()`, 60*time.Second)
	type unitRow struct{ Name, State, Note, Problems string }
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]unitRow](`Array.from(document.querySelectorAll("#units tr.unit-row")).map(tr => {
		const next = tr.nextElementSibling;
		return {Name: tr.dataset.unit, State: tr.querySelector(".state").textContent, Note: tr.cells[4].textContent,
			Problems: next && next.classList.contains("problem-row") ? next.textContent : ""};
	})`))
	must(t, "read the units", err)
	want := map[string]string{good: unitChecked, waiting: unitWaiting, wrong: unitProblem}
	for _, r := range rows {
		if r.State != want[r.Name] {
			t.Errorf("%s is %q (%s), want %q", r.Name, r.State, r.Note, want[r.Name])
		}
		if r.Name == wrong && !strings.Contains(r.Problems, "测评表.xlsx 党员测评!D4") {
			t.Errorf("%s's problems do not name 测评表.xlsx 党员测评!D4: %q", wrong, r.Problems)
		}
	}
	counts, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#dept-counts")))
	t.Logf("counts: %s", counts)
	shoot(t, ctx, shots, "1-部门单位列表")
	shootElement(t, ctx, shots, "2-单位有问题", "#units-table")

	// The unit's own page, and back.
	must(t, "open "+wrong, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#units tr[data-unit="`+wrong+`"] a.button.secondary`)), chromedp.WaitVisible(chromedp.CSS("#unit-back"))))
	poll(t, ctx, "the unit's problems", `!document.getElementById("problems-wrap").hidden`, 20*time.Second)
	heading, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#run-heading")))
	if heading != "单位 "+wrong {
		t.Errorf("the unit's page is headed %q", heading)
	}
	shoot(t, ctx, shots, "3-单位页面")
	must(t, "back", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#unit-back-link")), chromedp.WaitVisible(chromedp.CSS("#dept"))))

	// The department's own limit for 优秀, tighter than the sample's 12.6%.
	must(t, "a limit", chromedp.Do(ctx, typeInto(`#limit-fields input[data-key="excellent"]`, "12"), chromedp.Click(chromedp.CSS(`#limits-form button[type="submit"]`))))
	poll(t, ctx, "the limit saved", `document.getElementById("limits-status").textContent.includes("优秀不超过评定等次人数的12%")`, 10*time.Second)

	// Generate.
	must(t, "generate", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#dept-start"))))
	poll(t, ctx, "the summary", `!document.getElementById("dept-summary").hidden && !document.getElementById("dept-start").disabled`, 3*time.Minute)
	status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#dept-status")))
	if !strings.Contains(status, "3 个单位中 1 个已生成") || !strings.Contains(status, waiting) || !strings.Contains(status, wrong) || !strings.Contains(status, "超出") {
		t.Errorf("status after generating: %q", status)
	}
	stats, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](`Array.from(document.querySelectorAll("#stats tr")).map(tr => Array.from(tr.cells).map(td => td.textContent))`))
	must(t, "read the statistics", err)
	if len(stats) != 4 {
		t.Fatalf("statistics rows: %q", stats)
	}
	var v deptView
	_, b := ts.do(t, "GET", "/api/depts", nil, "")
	var list []struct{ ID string }
	json.Unmarshal(b, &list)
	_, v, _ = ts.dept(t, "GET", "/api/depts/"+list[0].ID, nil)
	members := strconv.Itoa(v.Summary.Total.Members)
	if stats[0][0] != "中共江城师范学院委员会" || stats[0][1] != unitDone || stats[0][2] != members || stats[3][2] != members || !strings.HasPrefix(stats[3][0], "合计") {
		t.Errorf("statistics: %q, want %s members", stats, members)
	}
	dl, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
		const a = document.querySelector("#dept-downloads a");
		const r = await fetch(a.href);
		return [a.textContent, String(r.status), r.headers.get("Content-Type")];
	})()`, chromedp.EvalAwaitPromise))
	must(t, "the summary's download", err)
	if len(dl) != 3 || !strings.Contains(dl[0], dept.SummaryName) || dl[1] != "200" || !strings.Contains(dl[2], "spreadsheetml") {
		t.Errorf("the summary's download: %q", dl)
	}
	over, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#findings tr.over")).map(tr => tr.textContent)`))
	if len(over) != 1 || !strings.Contains(over[0], "优秀") || !strings.Contains(over[0], "超出上限") {
		t.Errorf("findings over the limit: %q", over)
	}
	shoot(t, ctx, shots, "4-部门汇总")
	shootElement(t, ctx, shots, "5-汇总表", "#dept-summary")

	// Deleted from the list, with a second click to confirm.
	must(t, "delete", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#dept-list button.danger"))))
	must(t, "confirm", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#dept-list button.danger.armed"))))
	poll(t, ctx, "the department gone", `document.querySelectorAll("#dept-list li").length === 0 && !document.getElementById("welcome").hidden`, 10*time.Second)
	if len(ts.store.list()) != 0 {
		t.Errorf("%d unit runs outlived their department", len(ts.store.list()))
	}
}

// TestDeptCancel stops a department's generation while a unit is being
// made: the job says so, the slot is free, and nothing half-made can be
// downloaded.
func TestDeptCancel(t *testing.T) {
	ts := startServer(t, Config{})
	started := make(chan struct{}, 1)
	ts.runBatch = func(o pipeline.Options) error {
		started <- struct{}{}
		<-o.Context.Done()
		return pipeline.ErrCancelled
	}
	_, v, _ := ts.dept(t, "POST", "/api/depts", map[string]string{"name": "中共江城市委教育工委"})
	id := v.ID
	_, v, _ = ts.dept(t, "POST", "/api/depts/"+id+"/units", map[string]string{"name": "江城师范学院党委"})
	if code, _, msg := ts.upload(t, v.Units[0].Run, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")},
		[3]string{"config", "pingyou.yaml", readFile(t, "../../../samples/pingyou.yaml")}); code != http.StatusOK {
		t.Fatalf("upload: %d %s", code, msg)
	}
	if code, _, msg := ts.dept(t, "POST", "/api/depts/"+id+"/run", nil); code != http.StatusAccepted {
		t.Fatalf("generate: %d %s", code, msg)
	}
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("the unit's run did not start")
	}
	if code, _, msg := ts.dept(t, "POST", "/api/depts/"+id+"/units", map[string]string{"name": "另一个"}); code != http.StatusConflict {
		t.Errorf("a unit added while generating: %d %q", code, msg)
	}
	if code, _ := ts.do(t, "GET", "/api/depts/"+id+"/results.zip", nil, ""); code != http.StatusConflict {
		t.Errorf("download while generating: %d", code)
	}
	ts.dept(t, "POST", "/api/depts/"+id+"/cancel", nil)
	waitIdle(ts.Server)
	_, v, _ = ts.dept(t, "GET", "/api/depts/"+id, nil)
	if v.Running || v.Job == nil || v.Job.State != jobCancelled || !strings.Contains(v.Job.Message, "已取消") || !v.Incomplete {
		t.Errorf("after cancelling: running %v, incomplete %v, job %+v", v.Running, v.Incomplete, v.Job)
	}
	if code, b := ts.do(t, "GET", "/api/depts/"+id+"/results.zip", nil, ""); code != http.StatusConflict || !strings.Contains(string(b), "重新生成") {
		t.Errorf("download after a cancelled generation: %d %s", code, b)
	}
	select { // the server's job slot is free
	case ts.jobs <- struct{}{}:
		<-ts.jobs
	default:
		t.Error("the job slot is still taken")
	}
}

// TestDeptLimits sets the department's limits on the page: a plain number
// is a percentage, a blank one is not checked, a wrong one is refused
// naming its field.
func TestDeptLimits(t *testing.T) {
	ts := startServer(t, Config{})
	_, v, _ := ts.dept(t, "POST", "/api/depts", map[string]string{"name": "中共江城市委教育工委"})
	id := v.ID
	if v.LimitValues["excellent"] != "15%" || v.LimitValues["commended"] != "10%" || !strings.Contains(v.LimitsText, "15%") {
		t.Errorf("built-in limits: %v %q", v.LimitValues, v.LimitsText)
	}
	code, v, msg := ts.dept(t, "PUT", "/api/depts/"+id+"/limits", map[string]any{"limits": map[string]string{"excellent": "12", "commended": "8％", "advanced": ""}})
	if code != http.StatusOK || v.LimitValues["excellent"] != "12%" || v.LimitValues["commended"] != "8%" || v.LimitValues["advanced"] != "" {
		t.Errorf("limits set: %d %s %v", code, msg, v.LimitValues)
	}
	for _, bad := range []string{"abc", "150%", "0"} {
		code, b := ts.putJSON(t, "PUT", "/api/depts/"+id+"/limits", map[string]any{"limits": map[string]string{"excellent": bad}})
		if code != http.StatusBadRequest || !strings.Contains(string(b), `"field":"excellent"`) || !strings.Contains(string(b), "优秀") {
			t.Errorf("limit %q: %d %s", bad, code, b)
		}
	}
	_, v, _ = ts.dept(t, "PUT", "/api/depts/"+id+"/limits", map[string]any{"limits": map[string]string{}})
	if len(v.LimitValues) != 0 || v.LimitsText != "不检查比例" {
		t.Errorf("no limits: %v %q", v.LimitValues, v.LimitsText)
	}
}

// TestDeptSameAsCLI generates a department (samples/gen: one unit with its
// pingyou.yaml, one with a 单位信息 sheet) on the web page and with
// dept.Run, as `pingyou run <folder>` does on a folder holding the same
// 部门.yaml and units: every file, manifests included, is the same bytes.
func TestDeptSameAsCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a department twice")
	}
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "..", "fonts"))
	t.Setenv("PINGYOU_FONTS", fonts)
	// The units in 单位/, as the web page keeps their uploads.
	in := t.TempDir()
	gen := exec.Command("go", "run", "../../../samples/gen", "-units", "2", "-members", "400", "-seed", "19", "-o", filepath.Join(in, dept.UnitsDir))
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("samples/gen: %v\n%s", err, out)
	}
	units := []string{"江城师范学院", "河阳师范学院"}
	// The department's 部门.yaml as the web page writes it: a name, the
	// units, the built-in limits.
	var listed []DeptUnit
	for _, u := range units {
		listed = append(listed, DeptUnit{Folder: u})
	}
	os.Remove(filepath.Join(in, dept.UnitsDir, config.DepartmentFileName))
	if err := os.WriteFile(filepath.Join(in, config.DepartmentFileName), deptConfig("中共江河省委组织部", listed, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	cli := filepath.Join(t.TempDir(), "部门结果")
	if _, err := dept.Run(dept.Options{Path: in, OutDir: cli, Program: "pingyou test"}); err != nil {
		t.Fatalf("dept.Run: %v", err)
	}

	ts := startServer(t, Config{Program: "pingyou test"})
	_, v, _ := ts.dept(t, "POST", "/api/depts", map[string]string{"name": "中共江河省委组织部"})
	id := v.ID
	for _, u := range units {
		_, v, _ = ts.dept(t, "POST", "/api/depts/"+id+"/units", map[string]string{"name": u})
		var parts [][3]string
		for _, name := range []string{"花名册.xlsx", "测评表.xlsx", "pingyou.yaml"} {
			b, err := os.ReadFile(filepath.Join(in, dept.UnitsDir, u, name))
			if err != nil {
				continue
			}
			field := "workbook"
			if name == "pingyou.yaml" {
				field = "config"
			}
			parts = append(parts, [3]string{field, name, string(b)})
		}
		if code, _, msg := ts.upload(t, unitOf(v, u).Run, parts...); code != http.StatusOK {
			t.Fatalf("upload %s: %d %s", u, code, msg)
		}
	}
	if code, v, msg := ts.dept(t, "POST", "/api/depts/"+id+"/run?wait=1", nil); code != http.StatusAccepted || v.Job == nil || v.Job.State != jobDone {
		t.Fatalf("generate: %d %s %+v", code, msg, v.Job)
	}
	web := filepath.Join(ts.cfg.DataDir, "depts", id, "out")

	compared := 0
	err := filepath.WalkDir(cli, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(cli, p)
		want, _ := os.ReadFile(p)
		got, err := os.ReadFile(filepath.Join(web, rel))
		if err != nil {
			t.Errorf("the web page did not write %s", rel)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the CLI's", rel)
			switch filepath.Ext(rel) {
			case ".xlsx":
				diffBooks(t, p, filepath.Join(web, rel))
			case ".json", ".csv":
				al, bl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
				for i := range min(len(al), len(bl)) {
					if al[i] != bl[i] {
						t.Logf("  line %d:\n    CLI %s\n    web %s", i+1, al[i], bl[i])
						break
					}
				}
			}
		}
		compared++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if compared < 100 {
		t.Errorf("compared only %d files", compared)
	}
	t.Logf("%d files the same", compared)
}

// diffBooks reports the first cells that differ between two workbooks.
func diffBooks(t *testing.T, a, b string) {
	t.Helper()
	fa, err := excelize.OpenFile(a)
	if err != nil {
		t.Fatal(err)
	}
	defer fa.Close()
	fb, err := excelize.OpenFile(b)
	if err != nil {
		t.Fatal(err)
	}
	defer fb.Close()
	shown := 0
	for _, sh := range fa.GetSheetList() {
		ra, _ := fa.GetRows(sh)
		rb, _ := fb.GetRows(sh)
		for i := range max(len(ra), len(rb)) {
			var x, y []string
			if i < len(ra) {
				x = ra[i]
			}
			if i < len(rb) {
				y = rb[i]
			}
			if !slices.Equal(x, y) && shown < 6 {
				t.Logf("  %s row %d:\n    CLI %q\n    web %q", sh, i+1, x, y)
				shown++
			}
		}
	}
}
