package web

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/sheet"
	"pingyou/pipeline/testtool"
)

// browserContext starts Debian's chromium headless with the flags that work
// on an isolated machine, and a fresh profile.
func browserContext(t *testing.T, exec string) context.Context {
	t.Helper()
	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exec),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1360, 1000),
	)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelC := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA() })
	return ctx
}

// screenshotDir is where a test's screenshots go, to be looked at:
// $PINGYOU_SCREENSHOTS/<test>, else <temp>/pingyou-screenshots/<test>.
func screenshotDir(t *testing.T) string {
	d := os.Getenv("PINGYOU_SCREENSHOTS")
	if d == "" { // kept after the test, to be looked at
		d = filepath.Join(os.TempDir(), "pingyou-screenshots")
	}
	d = filepath.Join(d, t.Name())
	os.RemoveAll(d)
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", d)
	return d
}

func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	shot := chromedp.FullScreenshot(100)
	if strings.Contains(name, "预览") { // the viewer is fixed to the viewport
		shot = chromedp.CaptureScreenshot()
	}
	b, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// poll waits for a JavaScript condition.
func poll(t *testing.T, ctx context.Context, what, expr string, timeout time.Duration) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(timeout)))
	if err != nil {
		alert, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("alert").textContent`))
		t.Fatalf("waiting for %s: %v (alert on the page: %q)", what, err, alert)
	}
}

// dropFiles drops files on the element like a drag from the desktop.
func dropFiles(selector string, files []string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		pt, err := chromedp.Run(ctx, chromedp.Evaluate[[2]float64](`(() => {
			const e = document.querySelector(`+"`"+selector+"`"+`);
			e.scrollIntoView({block: "center"});
			const r = e.getBoundingClientRect();
			return [r.left + r.width / 2, r.top + r.height / 2];
		})()`))
		if err != nil {
			return err
		}
		data := &input.DragData{Items: []*input.DragDataItem{}, Files: files, DragOperationsMask: 1}
		for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
			if _, err := chromedp.Call(ctx, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: pt[0], Y: pt[1], Data: data}); err != nil {
				return fmt.Errorf("%s: %w", typ, err)
			}
		}
		return nil
	})
}

// TestBrowserEndToEnd drives the page in headless chromium: upload the sample
// workbooks with one planted error, find that error's cell in the problem
// table, drop the corrected file, run the batch, wait for it, download the zip
// and check it against the manifest. It takes a screenshot of each screen.
func TestBrowserEndToEnd(t *testing.T) {
	chromium := testtool.Require(t, "chromium")
	fonts, _ := filepath.Abs("../../../fonts")
	t.Setenv("PINGYOU_FONTS", fonts)
	shots := screenshotDir(t)
	roster, _ := filepath.Abs("../../../samples/花名册.xlsx")
	fixed, _ := filepath.Abs("../../../samples/测评表.xlsx")
	sampleConfig, _ := filepath.Abs("../../../samples/pingyou.yaml")
	bad := plantError(t, t.TempDir())

	ts := startServer(t, Config{Program: "pingyou test"})
	ctx := browserContext(t, chromium)

	// 1. The start screen.
	must(t, "open", chromedp.Do(ctx, chromedp.Navigate(ts.base+"/"), chromedp.WaitVisible(chromedp.CSS("#welcome"))))
	poll(t, ctx, "limits", `document.getElementById("limits").textContent.includes("MB")`, 10*time.Second)
	shoot(t, ctx, shots, "1-开始")

	// 2. A new run with the sample's config (its unit settings: the sample
	// roster has no 单位信息 sheet), then the workbooks with the planted error.
	must(t, "new run", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#new-run")), chromedp.WaitVisible(chromedp.CSS("#run"))))
	must(t, "upload the config", chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#config-input"), []string{sampleConfig})))
	poll(t, ctx, "the config shown", `document.getElementById("scheme-name").textContent === "pingyou.yaml"`, 30*time.Second)
	must(t, "upload", chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-input"), []string{roster, bad})))
	poll(t, ctx, "the problem table", `!document.getElementById("problems-wrap").hidden`, 60*time.Second)
	type row struct{ Severity, File, Sheet, Cell, Value, Problem, Fix string }
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]row](`Array.from(document.querySelectorAll("#problems tr")).map(tr => {
		const c = Array.from(tr.cells).map(td => td.textContent);
		return {Severity: c[0], File: c[1], Sheet: c[2], Cell: c[3], Value: c[4], Problem: c[5], Fix: c[6]};
	})`))
	must(t, "read the problem table", err)
	var planted *row
	for i, r := range rows {
		if r.File == "测评表.xlsx" && r.Sheet == "党员测评" && r.Cell == "D4" {
			planted = &rows[i]
		}
	}
	if planted == nil || planted.Severity != "错误" || planted.Value != "九十" || planted.Problem == "" || planted.Fix == "" {
		t.Fatalf("the planted error 测评表.xlsx 党员测评!D4 (九十) is not in the problem table: %+v", rows)
	}
	status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#check-status")))
	if !strings.Contains(status, "错误") {
		t.Errorf("check status %q does not say there are errors", status)
	}
	disabled, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("start").disabled`))
	if !disabled {
		t.Error("生成 is enabled while the check has errors")
	}
	// The annotated copy is offered and downloads.
	marked, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(async () => {
		const a = document.querySelector("#marked-list a");
		const r = await fetch(a.href);
		return [a.textContent, String(r.status), r.headers.get("Content-Type")];
	})()`, chromedp.EvalAwaitPromise))
	must(t, "annotated copy", err)
	if marked[0] != "测评表-问题标注.xlsx" || marked[1] != "200" || !strings.Contains(marked[2], "spreadsheetml") {
		t.Errorf("annotated copy link: %v", marked)
	}
	shoot(t, ctx, shots, "2-检查发现问题")

	// 3. The corrected file, dropped on the drop zone under the same name,
	// replaces the bad one; the check passes.
	must(t, "drop the corrected file", chromedp.Do(ctx, dropFiles("#drop", []string{fixed})))
	poll(t, ctx, "a passed check", `document.getElementById("check-status").classList.contains("ok")`, 60*time.Second)
	unit, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[document.querySelector('#unit-rows input[data-key="unit.name"]').value, document.querySelector("#unit-rows tr:first-child td.src").textContent]`))
	if len(unit) != 2 || unit[0] != "中共江城师范学院委员会" || unit[1] != "pingyou.yaml 第9行 unit.name" {
		t.Errorf("the unit settings shown after the check: %q", unit)
	}
	files, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#files tr td:first-child")).map(td => td.textContent)`))
	if len(files) != 2 || files[0] != "花名册.xlsx" || files[1] != "测评表.xlsx" {
		t.Errorf("files after the fix: %v", files)
	}
	shoot(t, ctx, shots, "3-检查通过")

	// 4. Run, with live progress.
	must(t, "start", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#start"))))
	poll(t, ctx, "progress", `document.querySelector("#stages li.active, #stages li.done") !== null`, 60*time.Second)
	shoot(t, ctx, shots, "4-生成中")
	poll(t, ctx, "the results", `!document.getElementById("results").hidden`, 3*time.Minute)
	seen, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#stages li.done").length`))
	if seen != len(stages) {
		t.Errorf("%d of %d stages marked done", seen, len(stages))
	}
	if ts.pdftoppm != "" {
		poll(t, ctx, "a first-page preview", `Array.from(document.querySelectorAll(".thumb img")).some(i => i.complete && i.naturalWidth > 100)`, 60*time.Second)
	}
	shoot(t, ctx, shots, "5-结果")
	// The result card: done with warnings, the print books first, the
	// warnings with their cells beside the results.
	card, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`({
		status: document.getElementById("run-status").textContent,
		summary: document.getElementById("results-summary").textContent,
		print: Array.from(document.querySelectorAll("#print-list li strong")).map(e => e.textContent),
		printPaths: Array.from(document.querySelectorAll("#print-list li")).map(e => e.textContent),
		warnings: document.querySelectorAll("#warnings tr").length,
		title: document.getElementById("warnings-title").textContent,
		batchWide: Array.from(document.querySelectorAll("#warnings tr td[colspan='3']")).map(e => e.textContent),
		cells: Array.from(document.querySelectorAll("#warnings tr td.cell")).filter(e => /^[A-Z]+[0-9]+$/.test(e.textContent)).length,
	})`))
	must(t, "the result card", err)
	n := int(card["warnings"].(float64))
	if n == 0 || !strings.Contains(card["status"].(string), fmt.Sprintf("完成，有 %d 条提醒", n)) ||
		!strings.HasPrefix(card["summary"].(string), fmt.Sprintf("完成，有 %d 条提醒", n)) || card["title"] != fmt.Sprintf("提醒（%d 条）", n) {
		t.Errorf("the result card does not say the run has %d warnings: %v", n, card)
	}
	// The sample's ties have no cell; its font fallbacks have theirs.
	if fmt.Sprint(card["batchWide"]) == "[]" || !strings.Contains(fmt.Sprint(card["batchWide"]), "整批结果") || card["cells"].(float64) == 0 {
		t.Errorf("the warnings' places: %v cells, batch-wide %v", card["cells"], card["batchWide"])
	}
	paths := fmt.Sprint(card["printPaths"])
	for _, want := range []string{"公文/支部通知-合订本.pdf", "证书/优秀共产党员-合订本.pdf", "证书/先进基层党组织-合订本.pdf"} {
		if !strings.Contains(paths, want) {
			t.Errorf("打印用 lacks %s: %v", want, card["printPaths"])
		}
	}
	shootElement(t, ctx, shots, "5a-结果卡片-打印用与提醒", "#results")

	// 5. Download everything as one zip and check it against the manifest.
	downloads := t.TempDir()
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	must(t, "download", chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			on := true
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: &on})
			return err
		}),
		chromedp.Click(chromedp.CSS("#zip"))))
	var zipPath string
	for ev, err := range progress {
		must(t, "download progress", err)
		if ev.State == browser.DownloadProgressStateCompleted {
			zipPath = filepath.Join(downloads, ev.GUID)
			break
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the zip download was cancelled")
		}
	}
	checkZipAgainstManifest(t, zipPath, ts.Server)

	// 6. The PDF preview in the page's own viewer (an <iframe>, the route
	// used where pdftoppm is absent).
	must(t, "preview", chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".card .actions button")), chromedp.WaitVisible(chromedp.CSS("#viewer"))))
	src, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("viewer-frame").src`))
	if !strings.Contains(src, "/output?path=") {
		t.Errorf("viewer src %q", src)
	}
	time.Sleep(time.Second)
	shoot(t, ctx, shots, "6-预览")
	must(t, "close preview", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#viewer-close")), chromedp.WaitNotVisible(chromedp.CSS("#viewer"))))

	// 7. Without pdftoppm (as on Windows) the results have no thumbnails and
	// the viewer shows the PDF itself. A second server on the same data
	// folder also shows that runs survive a restart.
	s2, err := New(Config{Addr: "127.0.0.1:0", DataDir: ts.cfg.DataDir, MaxFileSize: 32 << 10})
	must(t, "second server", err)
	s2.pdftoppm = ""
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, "listen", err)
	go s2.Serve(ln)
	defer s2.Shutdown(context.Background())
	base2 := "http://" + ln.Addr().String()
	id := ts.store.list()[0].rec.ID
	must(t, "open on the second server", chromedp.Do(ctx, chromedp.Navigate(base2+"/#/run/"+id)))
	poll(t, ctx, "the results after a restart", `!document.getElementById("results").hidden`, 30*time.Second)
	thumbs, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".thumb img").length`))
	if thumbs != 0 {
		t.Errorf("%d thumbnails without pdftoppm", thumbs)
	}
	frameType, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(async () => {
		document.querySelector(".card .actions button").click();
		const r = await fetch(document.getElementById("viewer-frame").src.split("#")[0]);
		return r.headers.get("Content-Type") + " " + r.headers.get("Content-Disposition");
	})()`, chromedp.EvalAwaitPromise))
	must(t, "iframe preview", err)
	if !strings.HasPrefix(frameType, "application/pdf inline") {
		t.Errorf("the iframe gets %q, want an inline PDF", frameType)
	}
	time.Sleep(time.Second)
	shoot(t, ctx, shots, "7-预览-无pdftoppm")
	must(t, "close preview", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#viewer-close"))))

	// 8. Delete the run from the list (two clicks: 删除, 确认删除).
	must(t, "delete", chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".run-list li button.danger"))))
	shootElement(t, ctx, shots, "8-确认删除", "nav.runs")
	// 确认删除 stays for 4 seconds; on a loaded machine the screenshot may
	// take longer, so arm it again when it has gone back, then confirm.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const b = document.querySelector(".run-list li button.danger");
		if (!b.classList.contains("armed")) b.click();
		b.click();
		return true;
	})()`))
	must(t, "confirm delete", err)
	poll(t, ctx, "the run gone", `!document.getElementById("no-runs").hidden && !document.getElementById("welcome").hidden`, 10*time.Second)
	if _, err := os.Stat(filepath.Join(ts.cfg.DataDir, "runs", id)); !os.IsNotExist(err) {
		t.Errorf("run folder left after delete: %v", err)
	}

	// 9. A workbook over the upload limit (32 KB on this server) is refused
	// with a message that names it and the limit.
	must(t, "new run", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#new-run")), chromedp.WaitVisible(chromedp.CSS("#run"))))
	must(t, "upload too large", chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-input"), []string{roster})))
	poll(t, ctx, "the size message", `!document.getElementById("alert").hidden`, 10*time.Second)
	alert, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#alert")))
	if !strings.Contains(alert, "花名册.xlsx") || !strings.Contains(alert, "上传上限") {
		t.Errorf("size message %q", alert)
	}
	shoot(t, ctx, shots, "9-文件过大")
}

// checkZipAgainstManifest: the zip holds exactly manifest.json and the files
// it lists, each with the listed size and SHA-256, and the unpacked folder
// passes archive.Verify (what `pingyou verify` runs).
func checkZipAgainstManifest(t *testing.T, zipPath string, s *Server) {
	t.Helper()
	zr, err := zip.OpenReader(zipPath)
	must(t, "open the downloaded zip", err)
	defer zr.Close()
	unpacked := t.TempDir()
	got := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		must(t, f.Name, err)
		b, err := io.ReadAll(rc)
		rc.Close()
		must(t, f.Name, err)
		got[f.Name] = b
		p := filepath.Join(unpacked, filepath.FromSlash(f.Name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		must(t, "unpack", os.WriteFile(p, b, 0o644))
	}
	var m archive.Manifest
	must(t, "manifest.json in the zip", json.Unmarshal(got[archive.ManifestName], &m))
	want := []string{archive.ManifestName}
	for _, e := range m.Files {
		want = append(want, e.Path)
		sum := sha256.Sum256(got[e.Path])
		if int64(len(got[e.Path])) != e.Size || hex.EncodeToString(sum[:]) != e.SHA256 {
			t.Errorf("%s in the zip: %d bytes, sha256 %x; manifest says %d, %s", e.Path, len(got[e.Path]), sum, e.Size, e.SHA256)
		}
	}
	var names []string
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	sort.Strings(want)
	if strings.Join(names, "\n") != strings.Join(want, "\n") {
		t.Errorf("zip holds %d files, manifest lists %d (+manifest.json)", len(names), len(m.Files))
	}
	for _, kind := range []string{"公文/表彰决定.pdf", "评议结果汇总表.xlsx", "文件目录.csv"} {
		if _, ok := got[kind]; !ok {
			t.Errorf("zip lacks %s", kind)
		}
	}
	if len(m.Inputs) != 2 || m.Program != "pingyou test" {
		t.Errorf("manifest inputs %+v, program %q", m.Inputs, m.Program)
	}
	problems, err := archive.Verify(unpacked)
	must(t, "verify", err)
	for _, p := range problems {
		t.Errorf("verify: %s", p.String())
	}
	// The zip is the server's output folder, byte for byte.
	onDisk, err := os.ReadFile(filepath.Join(s.store.list()[0].dir, "out", archive.ManifestName))
	must(t, "server manifest", err)
	if string(onDisk) != string(got[archive.ManifestName]) {
		t.Error("the zip's manifest differs from the run's")
	}
}

// typeInto replaces an input's or textarea's text as typing would (input
// events fire).
func typeInto(selector, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
			const e = document.querySelector(`+jsString(selector)+`);
			e.focus();
			e.value = `+jsString(text)+`;
			e.dispatchEvent(new Event("input", {bubbles: true}));
			return true;
		})()`))
		return err
	})
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// shootElement saves a screenshot of one element (a panel of the page).
func shootElement(t *testing.T, ctx context.Context, dir, name, selector string) {
	t.Helper()
	b, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(selector)))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserSettingsPreviewWording drives the new screens of issue 18 in
// headless chromium: the 单位信息 form filled on the page (no sheet, no
// scheme file), the decision's page 1 shown before generating, a conflict
// with the roster's 单位信息 sheet shown and resolved, and the wording
// edited: an unknown placeholder refused in Chinese, a draft previewed, the
// edit saved and used.
func TestBrowserSettingsPreviewWording(t *testing.T) {
	chromium := testtool.Require(t, "chromium")
	fonts, _ := filepath.Abs("../../../fonts")
	t.Setenv("PINGYOU_FONTS", fonts)
	shots := screenshotDir(t)
	roster, _ := filepath.Abs("../../../samples/花名册.xlsx")
	scores, _ := filepath.Abs("../../../samples/测评表.xlsx")
	ts := startServer(t, Config{Program: "pingyou test"})
	ctx := browserContext(t, chromium)

	// 1. Workbooks without any unit settings: the form says what is missing.
	must(t, "open", chromedp.Do(ctx, chromedp.Navigate(ts.base+"/"), chromedp.WaitVisible(chromedp.CSS("#welcome"))))
	poll(t, ctx, "info", `document.getElementById("limits").textContent.includes("MB")`, 10*time.Second)
	must(t, "new run", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#new-run")), chromedp.WaitVisible(chromedp.CSS("#run"))))
	must(t, "upload", chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-input"), []string{roster, scores})))
	poll(t, ctx, "the check", `document.getElementById("check-status").classList.contains("bad")`, 60*time.Second)
	missing, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll("#unit-rows td.src")).filter(td => td.textContent === "必填，尚未填写").length`))
	if missing != 8 {
		t.Errorf("%d required settings marked missing, want 8", missing)
	}
	draft, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#draft-status")))
	if !strings.Contains(draft, "检查通过后") {
		t.Errorf("the preview before the check passes: %q", draft)
	}
	shootElement(t, ctx, shots, "10-单位信息-未填", "#unit-panel")

	// 2. Filled on the page and saved: the check passes, each value says
	// it came from the page, and page 1 of the decision is shown.
	for key, v := range map[string]string{"unit.name": "中共青山湖区某某中学委员会", "unit.year": "2024", "unit.issue_date": "2024-12-28",
		"decision.number": "青中党发〔2024〕3号", "branch_notice.number": "青中党函〔2024〕5号", "unit.office": "中共青山湖区某某中学委员会办公室",
		"unit.campaign": "创先争优活动", "unit.code": "QSZX", "decision.cc": "区委组织部、区委教育工委"} {
		must(t, "type "+key, chromedp.Do(ctx, typeInto(`#unit-rows input[data-key="`+key+`"]`, v)))
	}
	must(t, "save the form", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#unit-save"))))
	poll(t, ctx, "a passed check", `document.getElementById("check-status").classList.contains("ok")`, 60*time.Second)
	src, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#unit-rows tr:first-child td.src`)))
	if src != "本页填写" {
		t.Errorf("发文机关's source: %q", src)
	}
	poll(t, ctx, "page 1 of the decision", `Array.from(document.querySelectorAll("#draft-pages img")).some(i => i.complete && i.naturalWidth > 300)`, 60*time.Second)
	shoot(t, ctx, shots, "11-单位信息-本页填写")
	shootElement(t, ctx, shots, "12-表彰决定第1页预览", "#draft-panel")
	// Kept with the batch: a second server on the same data folder shows it.
	s2 := startServer(t, Config{DataDir: ts.cfg.DataDir})
	must(t, "open on a restarted server", chromedp.Do(ctx, chromedp.Navigate(s2.base+"/#/run/"+ts.store.list()[0].rec.ID)))
	poll(t, ctx, "the form after a restart", `document.querySelector('#unit-rows input[data-key="unit.name"]') && document.querySelector('#unit-rows input[data-key="unit.name"]').value === "中共青山湖区某某中学委员会"`, 30*time.Second)

	// 3. The roster's 单位信息 sheet names another unit: a conflict beside
	// the field and in the problem table; 改用花名册中的 resolves it.
	must(t, "upload a roster with a 单位信息 sheet", chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-input"), []string{rosterNamed(t, "中共青山湖区另一中学委员会")})))
	poll(t, ctx, "the conflict", `document.querySelector("#unit-rows tr.conflict") !== null`, 60*time.Second)
	conflict, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#unit-rows tr.conflict td.src")))
	if !strings.Contains(conflict, "本页填写“中共青山湖区某某中学委员会”") || !strings.Contains(conflict, "花名册.xlsx 单位信息!B2 是“中共青山湖区另一中学委员会”") {
		t.Errorf("the conflict beside the field: %q", conflict)
	}
	status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#check-status")))
	if !strings.Contains(status, "错误") {
		t.Errorf("the check with a conflict: %q", status)
	}
	shootElement(t, ctx, shots, "13-单位信息-不一致", "#unit-panel")
	must(t, "use the sheet's", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#unit-rows tr.conflict td.src button"))))
	poll(t, ctx, "resolved", `document.querySelector("#unit-rows tr.conflict") === null && document.getElementById("check-status").classList.contains("ok")`, 60*time.Second)
	src, _ = chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#unit-rows tr:first-child td.src`)))
	if src != "花名册.xlsx 单位信息!B2" {
		t.Errorf("发文机关 after 改用花名册中的: %q", src)
	}

	// 4. Wording: an unknown placeholder is refused, naming it and the
	// known ones; nothing is saved.
	poll(t, ctx, "the wording editor", `document.querySelector('#wording-sections textarea[data-key="正文"]') !== null`, 30*time.Second)
	hint, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById(document.querySelector('#wording-sections textarea[data-key="正文"]').getAttribute("aria-describedby") || "x") || {}).textContent || ""`))
	if !strings.Contains(hint, "花括号部分请原样保留") {
		t.Errorf("the 正文 has no word on its {{if}}s: %q", hint)
	}
	must(t, "type a bad placeholder", chromedp.Do(ctx, typeInto(`#wording-sections textarea[data-key="正文"]`, "{{.年度}}年，\n{{.单位名称}}各级党组织表现突出，特予表彰。"), chromedp.Click(chromedp.CSS("#wording-save"))))
	poll(t, ctx, "the wording error", `!document.getElementById("wording-error").hidden`, 30*time.Second)
	werr, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#wording-error")))
	if !strings.Contains(werr, "“正文（每行一段）”第2行：有不认识的占位符 {{.单位名称}}。可用的占位符：{{.单位}}（发文机关全称）") {
		t.Errorf("the wording error: %q", werr)
	}
	shootElement(t, ctx, shots, "14-措辞-不认识的占位符", "#draft-panel")
	if _, err := os.Stat(filepath.Join(ts.store.list()[0].dir, wordingDir)); err == nil {
		t.Error("a refused wording was saved")
	}

	// 5. Corrected with a placeholder from the list, previewed unsaved,
	// then saved: the preview shows the new sentence.
	must(t, "correct", chromedp.Do(ctx, typeInto(`#wording-sections textarea[data-key="正文"]`, "{{.年度}}年，"),
		chromedp.Click(chromedp.CSS(`#placeholders button[title="插入 {{.单位}}"]`))))
	text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#wording-sections textarea[data-key="正文"]').value`))
	if text != "{{.年度}}年，{{.单位}}" {
		t.Errorf("after inserting a placeholder: %q", text)
	}
	must(t, "finish the sentence", chromedp.Do(ctx, typeInto(`#wording-sections textarea[data-key="正文"]`, text+"各级党组织表现突出，特予表彰。")))
	must(t, "preview the draft", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#wording-preview"))))
	poll(t, ctx, "the draft preview", `document.getElementById("draft-status").textContent.startsWith("按未保存的措辞预览") && Array.from(document.querySelectorAll("#draft-pages img")).some(i => i.complete && i.naturalWidth > 300)`, 60*time.Second)
	shootElement(t, ctx, shots, "15-措辞-预览未保存的修改", "#draft-panel")
	must(t, "save the wording", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#wording-save"))))
	poll(t, ctx, "saved", `document.getElementById("wording-status").textContent.startsWith("已保存") && !document.getElementById("wording-edited").hidden`, 30*time.Second)
	poll(t, ctx, "the saved wording's preview", `document.getElementById("draft-status").textContent.startsWith("预览：") && Array.from(document.querySelectorAll("#draft-pages img")).some(i => i.complete && i.naturalWidth > 300)`, 60*time.Second)
	pdfURL, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("draft-open").href`))
	code, b := ts.do(t, "GET", strings.TrimPrefix(pdfURL, s2.base), nil, "")
	p := filepath.Join(t.TempDir(), "决定.pdf")
	os.WriteFile(p, b, 0o644)
	if code != http.StatusOK || !strings.Contains(flat(pdftotext(t, p)), "2024年，中共青山湖区另一中学委员会各级党组织表现突出") {
		t.Errorf("the saved wording is not in the preview (%d)", code)
	}
	// The certificates' preview: one page per award.
	must(t, "certificates tab", chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#doc-tabs button[data-doc="证书"]`))))
	poll(t, ctx, "the certificates' preview", `document.querySelectorAll("#draft-pages img").length === 2 && Array.from(document.querySelectorAll("#draft-pages img")).every(i => i.complete && i.naturalWidth > 300)`, 60*time.Second)
	sections, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#wording-sections [data-key]").length`))
	if sections != 9 {
		t.Errorf("%d certificate wording fields, want 9 (3 awards × 标题, 称呼, 正文)", sections)
	}
	shootElement(t, ctx, shots, "16-证书预览与措辞", "#draft-panel")
}

// rosterNamed is the sample roster with a 单位信息 sheet naming unit.
func rosterNamed(t *testing.T, unit string) string {
	t.Helper()
	p := rosterWithUnitSheet(t)
	f, err := excelize.OpenFile(p)
	must(t, "open roster", err)
	defer f.Close()
	f.SetCellStr(sheet.UnitSheet, "B2", unit)
	must(t, "save roster", f.Save())
	return p
}
