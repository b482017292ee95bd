package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline"
	"pingyou/pipeline/sheet"
)

// rosterWithUnitSheet is the sample roster with a 单位信息 sheet for a unit
// that is not the sample's.
func rosterWithUnitSheet(t *testing.T) string {
	t.Helper()
	f, err := excelize.OpenFile("../../../samples/花名册.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.NewSheet(sheet.UnitSheet)
	f.SetSheetRow(sheet.UnitSheet, "A1", &[]any{"项目", "内容"})
	rows := [][2]string{{"发文机关", "中共青山湖区某某中学委员会"}, {"评议年度", "2024"}, {"成文日期", "2024-12-28"},
		{"表彰决定发文字号", "青中党发〔2024〕3号"}, {"支部通知发文字号", "青中党函〔2024〕5号"},
		{"印发机关", "中共青山湖区某某中学委员会办公室"}, {"活动名称", "创先争优活动"}, {"单位代码", "QSZX"}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		f.SetSheetRow(sheet.UnitSheet, cell, &[]any{r[0], r[1]})
	}
	p := filepath.Join(t.TempDir(), "花名册.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func (ts *testServer) get(t *testing.T, id string) runView {
	t.Helper()
	code, b := ts.do(t, "GET", "/api/runs/"+id, nil, "")
	if code != http.StatusOK {
		t.Fatalf("get %s: %d %s", id, code, b)
	}
	var v runView
	json.Unmarshal(b, &v)
	return v
}

// The page uses the same settings as the command line: nothing in the
// sample's name; the 单位信息 sheet of the uploaded roster or an uploaded
// config; what is missing is a problem in the table, with its file.
func TestUnitSettingsOnThePage(t *testing.T) {
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")})
	if code != http.StatusOK {
		t.Fatalf("upload: %d %s", code, msg)
	}
	c := v.Check
	if c == nil || c.OK || len(c.Settings) != 0 {
		t.Fatalf("check without unit settings passed: %+v", c)
	}
	var missing *Problem
	for i, p := range c.Problems {
		if strings.Contains(p.Problem, "不能确定以哪个单位的名义发文") {
			missing = &c.Problems[i]
		}
	}
	if missing == nil || missing.File != "花名册.xlsx" || !strings.Contains(missing.Fix, "上传的方案文件") || strings.Contains(missing.Fix, "--sample") {
		t.Fatalf("no problem saying the unit settings are missing: %+v", c.Problems)
	}
	if strings.Contains(string(mustJSON(c)), "江城") {
		t.Error("the sample unit appears although nobody asked for it")
	}
	// The roster with its 单位信息 sheet, under the same name, replaces it.
	code, v, msg = ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, rosterWithUnitSheet(t))})
	if code != http.StatusOK || v.Check == nil || !v.Check.OK {
		t.Fatalf("with the sheet: %d %s %+v", code, msg, v.Check)
	}
	got := map[string]Setting{}
	for _, st := range v.Check.Settings {
		got[st.Label] = st
	}
	if s := got["发文机关"]; s.Value != "中共青山湖区某某中学委员会" || s.From != "花名册.xlsx 单位信息!B2" {
		t.Errorf("发文机关 shown as %+v", s)
	}
	if s := got["发文机关标志"]; s.Value != "中共青山湖区某某中学委员会文件" || !strings.HasPrefix(s.From, "默认") {
		t.Errorf("发文机关标志 shown as %+v", s)
	}
	if v.Check.Scheme != "内置示例方案" {
		t.Errorf("scheme %q", v.Check.Scheme)
	}
	// An uploaded config that disagrees with the sheet: the cell, with the
	// config named as the user uploaded it.
	code, v, _ = ts.upload(t, id, [3]string{"config", "本校方案.yaml", readFile(t, "../../../samples/pingyou.yaml")})
	if code != http.StatusOK || v.Check == nil || v.Check.OK {
		t.Fatalf("a disagreeing config passed: %d %+v", code, v.Check)
	}
	found := false
	for _, p := range v.Check.Problems {
		if p.File == "花名册.xlsx" && p.Sheet == "单位信息" && p.Cell == "B2" && strings.Contains(p.Problem, "与 本校方案.yaml 第9行 unit.name") {
			found = true
		}
	}
	if !found {
		t.Errorf("no conflict at 单位信息!B2: %+v", v.Check.Problems)
	}
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }

// A check that takes long holds only its own run: the batch list and the
// run's page answer meanwhile.
func TestASlowCheckHoldsNothingElse(t *testing.T) {
	ts := startServer(t, Config{})
	entered, release := make(chan struct{}), make(chan struct{})
	ts.checkBatch = func(opt pipeline.Options) error {
		close(entered)
		<-release
		return pipeline.Check(opt)
	}
	id := ts.newRun(t)
	done := make(chan int)
	go func() {
		code, _, _ := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")})
		done <- code
	}()
	<-entered
	// The check is blocked until release: these must answer before it.
	if code, b := ts.do(t, "GET", "/api/runs", nil, ""); code != http.StatusOK || !strings.Contains(string(b), id) {
		t.Errorf("list during a check: %d %s", code, b)
	}
	if v := ts.get(t, id); len(v.Files) != 1 {
		t.Errorf("the run's page during a check: %+v", v.Record)
	}
	if code, _ := ts.do(t, "POST", "/api/runs", nil, ""); code != http.StatusCreated {
		t.Errorf("new run during a check: %d", code)
	}
	close(release)
	if code := <-done; code != http.StatusOK {
		t.Errorf("upload: %d", code)
	}
}

// A running batch can be cancelled from the page, even one that never
// notices; a queued one can be cancelled or deleted; the server's job slot
// is never held by a cancelled batch, so the next one runs.
func TestJobsCanBeCancelledAndNeverBlockOthers(t *testing.T) {
	ts := startServer(t, Config{})
	stuck := make(chan struct{}) // a batch that ignores its context
	t.Cleanup(func() { close(stuck) })
	var mu sync.Mutex
	started := map[string]bool{}
	stuckID := ""
	ts.runBatch = func(opt pipeline.Options) error {
		id := filepath.Base(filepath.Dir(opt.OutDir))
		mu.Lock()
		started[id] = true
		isStuck := id == stuckID
		mu.Unlock()
		if isStuck {
			<-stuck
			return errors.New("too late")
		}
		<-opt.Context.Done()
		return pipeline.ErrCancelled
	}
	ids := make([]string, 4)
	for i := range ids {
		ids[i] = ts.newRun(t)
		ts.upload(t, ids[i], [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")})
	}
	mu.Lock()
	stuckID = ids[0]
	mu.Unlock()
	start := func(id string) {
		if code, b := ts.do(t, "POST", "/api/runs/"+id+"/run", nil, ""); code != http.StatusAccepted {
			t.Fatalf("run %s: %d %s", id, code, b)
		}
	}
	waitState := func(id, state string) runView {
		t.Helper()
		for range 200 {
			if v := ts.get(t, id); v.Job != nil && v.Job.State == state {
				return v
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("%s never reached %s: %+v", id, state, ts.get(t, id).Job)
		return runView{}
	}
	start(ids[0]) // stuck, ignores cancellation
	waitState(ids[0], jobRunning)
	start(ids[1])
	start(ids[2])
	waitState(ids[1], jobQueued)
	if code, _ := ts.do(t, "GET", "/api/runs", nil, ""); code != http.StatusOK {
		t.Errorf("list with a stuck batch: %d", code)
	}
	// A queued batch is deleted at once.
	if code, b := ts.do(t, "DELETE", "/api/runs/"+ids[1], nil, ""); code != http.StatusNoContent {
		t.Errorf("delete a queued batch: %d %s", code, b)
	}
	if _, err := os.Stat(filepath.Join(ts.cfg.DataDir, "runs", ids[1])); !os.IsNotExist(err) {
		t.Errorf("the deleted batch's folder: %v", err)
	}
	// Cancelling the stuck one frees the slot: the next queued one runs.
	if code, b := ts.do(t, "POST", "/api/runs/"+ids[0]+"/cancel", nil, ""); code != http.StatusAccepted {
		t.Fatalf("cancel: %d %s", code, b)
	}
	waitState(ids[2], jobRunning)
	// And that one stops when cancelled, as a batch does between documents.
	ts.do(t, "POST", "/api/runs/"+ids[2]+"/cancel", nil, "")
	v := waitState(ids[2], jobCancelled)
	if !strings.Contains(v.Job.Message, "原有结果没有改动") {
		t.Errorf("cancelled message %q", v.Job.Message)
	}
	// The stuck one leaves the list when deleted; its folder goes when it returns.
	if code, _ := ts.do(t, "DELETE", "/api/runs/"+ids[0], nil, ""); code != http.StatusNoContent {
		t.Errorf("delete the stuck batch: %d", code)
	}
	if code, _ := ts.do(t, "GET", "/api/runs/"+ids[0], nil, ""); code != http.StatusNotFound {
		t.Errorf("the stuck batch is still listed: %d", code)
	}
	start(ids[3])
	waitState(ids[3], jobRunning)
	ts.do(t, "POST", "/api/runs/"+ids[3]+"/cancel", nil, "")
	waitState(ids[3], jobCancelled)
	mu.Lock()
	defer mu.Unlock()
	if started[ids[1]] {
		t.Error("the deleted queued batch ran")
	}
}
