package web

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"pingyou/pipeline/model"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// testServer is a Server on 127.0.0.1:0 with a client holding its cookies.
type testServer struct {
	*Server
	base   string
	client *http.Client
	csrf   string
}

func startServer(t *testing.T, cfg Config) *testServer {
	t.Helper()
	if cfg.DataDir == "" {
		cfg.DataDir = t.TempDir()
	}
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
		waitIdle(s)
	})
	jar, _ := cookiejar.New(nil)
	ts := &testServer{Server: s, base: "http://" + ln.Addr().String(), client: &http.Client{Jar: jar}}
	if cfg.Token == "" {
		ts.loadCSRF(t)
	}
	return ts
}

// waitIdle waits for background batches, so TempDir cleanup can remove the
// data folder.
func waitIdle(s *Server) {
	for range 600 {
		busy := false
		for _, ru := range s.store.list() {
			ru.mu.Lock()
			busy = busy || ru.live != nil
			ru.mu.Unlock()
		}
		if !busy {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var csrfRE = regexp.MustCompile(`<meta name="csrf-token" content="([^"]+)">`)

func (ts *testServer) loadCSRF(t *testing.T) {
	t.Helper()
	res, err := ts.client.Get(ts.base + "/")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := csrfRE.FindSubmatch(b)
	if m == nil {
		t.Fatalf("no CSRF token in the page (status %d)", res.StatusCode)
	}
	ts.csrf = string(m[1])
}

func (ts *testServer) do(t *testing.T, method, path string, body io.Reader, contentType string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, ts.base+path, body)
	if ts.csrf != "" {
		req.Header.Set(csrfHeader, ts.csrf)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := ts.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

func (ts *testServer) newRun(t *testing.T) string {
	t.Helper()
	code, b := ts.do(t, "POST", "/api/runs", nil, "")
	if code != http.StatusCreated {
		t.Fatalf("create run: %d %s", code, b)
	}
	var v runView
	json.Unmarshal(b, &v)
	return v.ID
}

// multipartBody builds an upload; files maps a field to (name, content) pairs.
func multipartBody(parts ...[3]string) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, p := range parts {
		w, _ := mw.CreateFormFile(p[0], p[1])
		io.WriteString(w, p[2])
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func (ts *testServer) upload(t *testing.T, id string, parts ...[3]string) (int, runView, string) {
	t.Helper()
	body, ct := multipartBody(parts...)
	code, b := ts.do(t, "POST", "/api/runs/"+id+"/files", body, ct)
	var v runView
	json.Unmarshal(b, &v)
	var e struct{ Error string }
	json.Unmarshal(b, &e)
	return code, v, e.Error
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// plantError writes a copy of the sample 测评表 with a score typed in words.
func plantError(t *testing.T, dir string) string {
	t.Helper()
	f, err := excelize.OpenFile("../../../samples/测评表.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellStr("党员测评", "D4", "九十"); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "测评表.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNonLoopbackBindWithoutTokenIsRefused(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8080", ":8080", "192.168.1.10:8080", "[::]:8080"} {
		_, err := New(Config{Addr: addr, DataDir: t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), "访问口令") {
			t.Errorf("New(%s) without token: err = %v, want a refusal naming the token", addr, err)
		}
	}
	for _, addr := range []string{"127.0.0.1:8080", "localhost:8080", "[::1]:8080"} {
		if _, err := New(Config{Addr: addr, DataDir: t.TempDir()}); err != nil {
			t.Errorf("New(%s): %v", addr, err)
		}
	}
	if _, err := New(Config{Addr: "0.0.0.0:8080", Token: "short", DataDir: t.TempDir()}); err == nil {
		t.Error("a short token was accepted")
	}
}

func TestTokenIsRequiredOnEveryRequest(t *testing.T) {
	token := NewToken()
	ts := startServer(t, Config{Addr: "0.0.0.0:0", Token: token})
	for _, p := range []string{"/", "/api/runs", "/static/app.js", "/api/templates.zip"} {
		res, err := http.Get(ts.base + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("GET %s without token: %d, want 401", p, res.StatusCode)
		}
	}
	res, _ := http.Get(ts.base + "/?token=wrong-token-wrong-token")
	res.Body.Close()
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong token: %d, want 401", res.StatusCode)
	}
	// The right token sets the cookie and leads to the page without it.
	res, err := ts.client.Get(ts.base + "/?token=" + url.QueryEscape(token))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Request.URL.RawQuery != "" {
		t.Fatalf("with token: %d at %s, want 200 at / without the token", res.StatusCode, res.Request.URL)
	}
	ts.loadCSRF(t)
	if code, b := ts.do(t, "POST", "/api/runs", nil, ""); code != http.StatusCreated {
		t.Errorf("POST with cookie and CSRF: %d %s", code, b)
	}
	// A bearer header works for scripts.
	req, _ := http.NewRequest("GET", ts.base+"/api/runs", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, _ = http.DefaultClient.Do(req)
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("bearer token: %d", res.StatusCode)
	}
}

func TestLoopbackRefusesOtherHostNames(t *testing.T) {
	ts := startServer(t, Config{})
	req, _ := http.NewRequest("GET", ts.base+"/", nil)
	req.Host = "attacker.example:80"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d, want 421 (DNS rebinding)", res.StatusCode)
	}
}

func TestStateChangingRequestsNeedCSRFToken(t *testing.T) {
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	good := ts.csrf
	body, ct := multipartBody([3]string{"workbook", "a.xlsx", "x"})
	cases := []struct {
		name, method, path, token, origin string
	}{
		{"create, no token", "POST", "/api/runs", "", ""},
		{"create, wrong token", "POST", "/api/runs", "AAAA" + good[4:], ""},
		{"create, foreign origin", "POST", "/api/runs", good, "http://attacker.example"},
		{"upload, no token", "POST", "/api/runs/" + id + "/files", "", ""},
		{"check, no token", "POST", "/api/runs/" + id + "/check", "", ""},
		{"run, no token", "POST", "/api/runs/" + id + "/run", "", ""},
		{"delete, no token", "DELETE", "/api/runs/" + id, "", ""},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, ts.base+c.path, bytes.NewReader(body.Bytes()))
		req.Header.Set("Content-Type", ct)
		if c.token != "" {
			req.Header.Set(csrfHeader, c.token)
		}
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		res, err := ts.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden || !strings.Contains(string(b), "拒绝") && !strings.Contains(string(b), "CSRF") {
			t.Errorf("%s: %d %s, want 403 with a message", c.name, res.StatusCode, b)
		}
	}
	// The token of another session is not valid here.
	other := startServer(t, Config{DataDir: ts.cfg.DataDir})
	ts.csrf = other.csrf
	if code, _ := ts.do(t, "POST", "/api/runs", nil, ""); code != http.StatusForbidden {
		t.Errorf("another session's token: %d, want 403", code)
	}
	ts.csrf = good
	if code, _ := ts.do(t, "GET", "/api/runs/"+id, nil, ""); code != http.StatusOK {
		t.Errorf("the run was changed or lost: %d", code)
	}
	if code, b := ts.do(t, "DELETE", "/api/runs/"+id, nil, ""); code != http.StatusNoContent {
		t.Errorf("delete with token: %d %s", code, b)
	}
}

func TestOversizedUploadGetsAClearMessage(t *testing.T) {
	ts := startServer(t, Config{MaxFileSize: 1 << 20, MaxFiles: 3})
	id := ts.newRun(t)
	big := strings.Repeat("x", 1<<20+1)
	code, _, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", "small"}, [3]string{"workbook", "测评表.xlsx", big})
	if code != http.StatusRequestEntityTooLarge || !strings.Contains(msg, "“测评表.xlsx”太大") || !strings.Contains(msg, "1 MB") {
		t.Errorf("oversized file: %d %q, want 413 naming the file and the limit", code, msg)
	}
	// Nothing of that request was kept.
	code, b := ts.do(t, "GET", "/api/runs/"+id, nil, "")
	var v runView
	json.Unmarshal(b, &v)
	if code != http.StatusOK || len(v.Files) != 0 {
		t.Errorf("after a refused upload the run holds %d files", len(v.Files))
	}
	entries, _ := os.ReadDir(filepath.Join(ts.cfg.DataDir, "runs", id, "inputs"))
	if len(entries) != 0 {
		t.Errorf("temporary upload files left behind: %v", entries)
	}
	// A request announcing more than the whole limit is refused before reading.
	req, _ := http.NewRequest("POST", ts.base+"/api/runs/"+id+"/files", strings.NewReader(big))
	req.ContentLength = 10 << 20
	req.Header.Set(csrfHeader, ts.csrf)
	req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	res, err := ts.client.Do(req)
	if err == nil {
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), "上传的内容太大") {
			t.Errorf("oversized request: %d %s", res.StatusCode, b)
		}
	}
	// Too many workbooks.
	code, _, msg = ts.upload(t, id, [3]string{"workbook", "1.xlsx", "a"}, [3]string{"workbook", "2.xlsx", "b"},
		[3]string{"workbook", "3.xlsx", "c"}, [3]string{"workbook", "4.xlsx", "d"})
	if code != http.StatusRequestEntityTooLarge || !strings.Contains(msg, "最多 3 个工作簿") {
		t.Errorf("too many files: %d %q", code, msg)
	}
}

func TestUploadNamesNeverBecomePaths(t *testing.T) {
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	evil := []string{`../../../escape.xlsx`, `..\..\win.xlsx`, "/etc/passwd", "a\u202eb\u200b.xlsx", "..", ""}
	var parts [][3]string
	for _, n := range evil {
		parts = append(parts, [3]string{"workbook", n, "not a workbook"})
	}
	code, v, msg := ts.upload(t, id, parts...)
	if code != http.StatusOK {
		t.Fatalf("upload: %d %s", code, msg)
	}
	want := map[string]bool{"escape.xlsx": true, "win.xlsx": true, "passwd": true, "ab.xlsx": true, "未命名.xlsx": true}
	for _, f := range v.Files {
		if !regexp.MustCompile(`^[0-9]+\.xlsx$`).MatchString(f.Name) {
			t.Errorf("server name %q", f.Name)
		}
		if !want[f.Display] {
			t.Errorf("display name %q", f.Display)
		}
	}
	// Everything stayed inside the run's inputs folder.
	filepath.WalkDir(ts.cfg.DataDir, func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() && strings.Contains(p, "escape") || strings.Contains(p, "passwd") || strings.Contains(p, "win.xlsx") {
			t.Errorf("a path from an upload name: %s", p)
		}
		return nil
	})
	if _, err := os.Stat(filepath.Join(filepath.Dir(ts.cfg.DataDir), "escape.xlsx")); err == nil {
		t.Error("escape.xlsx written outside the data folder")
	}
	// Unreadable files are reported by the reader, under their display names.
	if v.Check == nil || v.Check.OK || len(v.Check.Problems) == 0 || !strings.HasPrefix(v.Check.Problems[0].Problem, "escape.xlsx ") {
		t.Errorf("check of non-workbooks: %+v", v.Check)
	}
	for _, p := range []string{"/api/runs/" + id + "/output?path=../run.json", "/api/runs/" + id + "/marked/..%2Frun.json", "/api/runs/..%2F..%2Fsecret.key"} {
		if code, b := ts.do(t, "GET", p, nil, ""); code != http.StatusNotFound {
			t.Errorf("GET %s: %d %s", p, code, b)
		}
	}
}

func TestUploadedSchemeMayNotNameServerFiles(t *testing.T) {
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	for _, cfg := range []string{
		"fonts:\n  dir: /etc\n",
		"decision:\n  seal: /etc/passwd\n",
		"unit:\n  templates: /etc\n",
		"fonts:\n  faces:\n    fang: /etc/passwd\n",
	} {
		code, _, msg := ts.upload(t, id, [3]string{"config", "方案.yaml", readFile(t, "../../../samples/pingyou.yaml") + "\n" + cfg})
		if code != http.StatusBadRequest || msg == "" {
			t.Errorf("config with %q: %d %q", cfg, code, msg)
		}
	}
	// Template and layout names become paths in the batch's wording folder.
	for _, cfg := range []string{"decision:\n  template: ../../secret.key\n", "branch_notice:\n  template: /etc/passwd\n",
		"certificates:\n  layout: ../奖状\n"} {
		code, _, msg := ts.upload(t, id, [3]string{"config", "方案.yaml", cfg})
		key := strings.SplitN(cfg, ":", 2)[0]
		if code != http.StatusBadRequest || !strings.Contains(msg, "引用了服务器上的文件") || !strings.Contains(msg, key) {
			t.Errorf("config with %q: %d %q", cfg, code, msg)
		}
	}
	code, v, msg := ts.upload(t, id, [3]string{"config", "本校方案.yaml", readFile(t, "../../../samples/pingyou.yaml")})
	if code != http.StatusOK || v.Config == nil || v.Config.Display != "本校方案.yaml" {
		t.Errorf("sample scheme: %d %q %+v", code, msg, v.Config)
	}
	// A config with a mistake is refused in Chinese, by the name it was uploaded as.
	code, _, msg = ts.upload(t, id, [3]string{"config", "坏方案.yaml", "unit:\n  year: 二〇二四\n"})
	if code != http.StatusBadRequest || !strings.Contains(msg, "配置文件 坏方案.yaml 有误：第2行 unit.year：应为整数（值：二〇二四）") || strings.Contains(msg, ".upload") {
		t.Errorf("bad config: %d %q", code, msg)
	}
}

func TestPlantedErrorIsReportedAtItsCell(t *testing.T) {
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	bad := plantError(t, t.TempDir())
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")},
		[3]string{"workbook", "测评表.xlsx", readFile(t, bad)}, [3]string{"config", "示例方案.yaml", readFile(t, "../../../samples/pingyou.yaml")})
	if code != http.StatusOK {
		t.Fatalf("upload: %d %s", code, msg)
	}
	c := v.Check
	if c == nil || c.OK || c.Errors == 0 {
		t.Fatalf("check: %+v", c)
	}
	var found *Problem
	for i, p := range c.Problems {
		if p.File == "测评表.xlsx" && p.Sheet == "党员测评" && p.Cell == "D4" {
			found = &c.Problems[i]
		}
	}
	if found == nil || found.Severity != "错误" || found.Value != "九十" || found.Problem == "" || found.Fix == "" {
		t.Fatalf("no 错误 at 测评表.xlsx 党员测评!D4 with value 九十 in %+v", c.Problems)
	}
	if len(c.Marked) != 1 || c.Marked[0].Display != "测评表-问题标注.xlsx" {
		t.Fatalf("annotated copies: %+v", c.Marked)
	}
	code, b := ts.do(t, "GET", "/api/runs/"+id+"/marked/"+url.PathEscape(c.Marked[0].Name), nil, "")
	if code != http.StatusOK {
		t.Fatalf("annotated download: %d", code)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !containsString(f.GetSheetList(), "问题清单") {
		t.Errorf("annotated workbook sheets %v lack 问题清单", f.GetSheetList())
	}
	f.Close()
	// Running with the error generates nothing.
	if code, b := ts.do(t, "POST", "/api/runs/"+id+"/run", nil, ""); code != http.StatusAccepted {
		t.Fatalf("run: %d %s", code, b)
	}
	waitIdle(ts.Server)
	_, b = ts.do(t, "GET", "/api/runs/"+id, nil, "")
	json.Unmarshal(b, &v)
	if v.Job == nil || v.Job.State != jobFailed || len(v.Outputs) != 0 || !strings.Contains(v.Job.Message, "错误") {
		t.Errorf("run with an error: %+v, %d outputs", v.Job, len(v.Outputs))
	}
	// The corrected file under the same name replaces the bad one.
	code, v, _ = ts.upload(t, id, [3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")})
	if code != http.StatusOK || len(v.Files) != 2 || v.Check == nil || !v.Check.OK || len(v.Check.Marked) != 0 {
		t.Errorf("after the fix: %d files %+v, check %+v", len(v.Files), v.Files, v.Check)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestRunsSurviveARestartAndCanBeDeleted(t *testing.T) {
	dir := t.TempDir()
	ts := startServer(t, Config{DataDir: dir})
	id := ts.newRun(t)
	ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")})
	// A job cut off by a restart is marked failed.
	ru := ts.store.get(id)
	ru.mu.Lock()
	ru.rec.Job = &Job{State: jobRunning, Started: time.Now(), Stage: 2}
	ru.save()
	ru.mu.Unlock()

	ts2 := startServer(t, Config{DataDir: dir})
	code, b := ts2.do(t, "GET", "/api/runs/"+id, nil, "")
	var v runView
	json.Unmarshal(b, &v)
	if code != http.StatusOK || len(v.Files) != 1 || v.Files[0].Display != "花名册.xlsx" || v.Check == nil {
		t.Fatalf("after restart: %d %+v", code, v.Record)
	}
	if v.Job.State != jobFailed || !strings.Contains(v.Job.Message, "停止") {
		t.Errorf("interrupted job: %+v", v.Job)
	}
	if code, _ := ts2.do(t, "DELETE", "/api/runs/"+id, nil, ""); code != http.StatusNoContent {
		t.Errorf("delete: %d", code)
	}
	if _, err := os.Stat(filepath.Join(dir, "runs", id)); !os.IsNotExist(err) {
		t.Errorf("run folder still there: %v", err)
	}
	if code, _ := ts2.do(t, "GET", "/api/runs/"+id, nil, ""); code != http.StatusNotFound {
		t.Errorf("deleted run: %d", code)
	}
}

func TestTemplatesDownload(t *testing.T) {
	ts := startServer(t, Config{})
	code, b := ts.do(t, "GET", "/api/templates.zip", nil, "")
	if code != http.StatusOK {
		t.Fatalf("templates: %d %s", code, b)
	}
	names := zipNames(t, b)
	for _, want := range []string{"花名册.xlsx", "测评表.xlsx", "pingyou.yaml"} {
		if !containsString(names, want) {
			t.Errorf("templates.zip %v lacks %s", names, want)
		}
	}
}

// TestProblemsOf: the problem table shows the uploaded names, in files and
// in texts, and keeps sheet and cell apart even when the sheet name has "!".
func TestProblemsOf(t *testing.T) {
	nm := &namer{byName: map[string]string{"1.xlsx": "花名册.xlsx", "2.xlsx": "测评表.xlsx"}, stems: map[string]string{"1": "花名册", "2": "测评表"}}
	diags := model.Diagnostics{
		{Severity: model.Error, Ref: model.CellRef{File: "2.xlsx", Sheet: "党员测评", Cell: "D4"}, Problem: "自评不是数字", Value: "九十", Fix: "请填写 0～100 的数字"},
		{Severity: model.Error, Ref: model.CellRef{File: "1.xlsx", Sheet: "组织 A!B", Cell: "C7"}, Problem: "与 2.xlsx 中的名称不一致", Value: "甲"},
		{Severity: model.Warning, Ref: model.CellRef{File: "公文/支部通知/001-甲.pdf"}, Problem: "第1页容不下署名"},
	}
	want := []Problem{
		{"错误", "测评表.xlsx", "党员测评", "D4", "自评不是数字", "九十", "请填写 0～100 的数字"},
		{"错误", "花名册.xlsx", "组织 A!B", "C7", "与 测评表.xlsx 中的名称不一致", "甲", ""},
		{"提醒", "公文/支部通知/001-甲.pdf", "", "", "第1页容不下署名", "", ""},
	}
	got := problemsOf(diags, nm)
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("problem %d =\n %+v, want\n %+v", i, got[i], want[i])
		}
	}
}

// TestAssetsAreSelfContained: the page must work on an isolated intranet.
func TestAssetsAreSelfContained(t *testing.T) {
	external := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|@font-face|\bsrc=["']?//`)
	fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			return nil
		}
		b, _ := staticFS.ReadFile(p)
		if m := external.Find(b); m != nil {
			t.Errorf("%s refers to something outside the binary: %q", p, m)
		}
		return nil
	})
}

func zipNames(t *testing.T, b []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range zr.File {
		out = append(out, f.Name)
	}
	return out
}
