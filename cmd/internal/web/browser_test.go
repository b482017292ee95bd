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
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"pingyou/pipeline/archive"
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

// screenshots go to $PINGYOU_SCREENSHOTS when set (to be looked at), else
// to a temporary folder.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("PINGYOU_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
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
	unit, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#unit-settings")))
	if !strings.Contains(unit, "中共江城师范学院委员会") || !strings.Contains(unit, "pingyou.yaml 第9行 unit.name") {
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
	n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".thumb img").length`))
	if n != 0 {
		t.Errorf("%d thumbnails without pdftoppm", n)
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
	shoot(t, ctx, shots, "8-确认删除")
	must(t, "confirm delete", chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".run-list li button.danger.armed"))))
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
