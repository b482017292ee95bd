package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
)

func sampleConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir, _ = filepath.Abs(filepath.Join("..", "fonts"))
	return cfg
}

// snapshot hashes every file under dir.
func snapshot(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	for p, b := range files(t, dir) {
		out[p] = sha256.Sum256(b)
	}
	return out
}

func sameFiles(a, b map[string][32]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestForceNeverDeletesWhatPingyouDidNotWrite: the output folder is replaced
// as a whole, so it may hold only what the previous manifest lists, as it
// was written; inputs, the config and the user's files make the run refuse,
// --force or not, and stay exactly as they were.
func TestForceNeverDeletesWhatPingyouDidNotWrite(t *testing.T) {
	fakePrev := func(batch string, extra map[string]string) func(t *testing.T, out string) {
		return func(t *testing.T, out string) {
			os.MkdirAll(filepath.Join(out, "公文"), 0o755)
			os.WriteFile(filepath.Join(out, "公文", "表彰决定.docx"), []byte("pingyou"), 0o644)
			m := &archive.Manifest{Batch: batch, Files: []archive.Entry{{Path: "公文/表彰决定.docx", Size: 7}}}
			if err := archive.WriteManifest(out, m); err != nil {
				t.Fatal(err)
			}
			for name, content := range extra {
				os.WriteFile(filepath.Join(out, filepath.FromSlash(name)), []byte(content), 0o644)
			}
		}
	}
	tests := []struct {
		name    string
		setup   func(t *testing.T, out string)
		inOut   bool // the workbooks and config are inside the output folder
		force   bool
		want    string // in the error; "" means the run succeeds
		replace bool   // the folder is replaced
	}{
		{name: "-o work work/*.xlsx --force", inOut: true, force: true, want: "在输出目录"},
		{name: "--force -o 材料 with 工作总结.docx", setup: func(t *testing.T, out string) {
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, "工作总结.docx"), []byte("一年的工作"), 0o644)
		}, force: true, want: "不是 pingyou 生成的文件（工作总结.docx）"},
		{name: "a file added to a previous result", setup: fakePrev("中共江城师范学院委员会 2012", map[string]string{"公文/签批单.pdf": "x"}),
			force: true, want: "放进了上次清单中没有的文件（公文/签批单.pdf）"},
		{name: "an edited result", setup: fakePrev("中共江城师范学院委员会 2012", map[string]string{"公文/表彰决定.docx": "改过的决定"}),
			force: true, want: "公文/表彰决定.docx 在生成后被修改过"},
		{name: "another batch without --force", setup: fakePrev("中共别的委员会 2011", nil), want: "另一批次（中共别的委员会 2011）"},
		{name: "another batch with --force", setup: fakePrev("中共别的委员会 2011", map[string]string{"Thumbs.db": "x"}), force: true, replace: true},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		out := filepath.Join(dir, "材料")
		cfg := sampleConfig(t)
		inputs := samples
		if tt.inOut {
			out = filepath.Join(dir, "work")
			_, inputs = copySamples(t, nil)
			os.MkdirAll(out, 0o755)
			for i, p := range inputs {
				b, _ := os.ReadFile(p)
				inputs[i] = filepath.Join(out, filepath.Base(p))
				os.WriteFile(inputs[i], b, 0o644)
			}
		}
		if tt.setup != nil {
			tt.setup(t, out)
		}
		before := map[string][32]byte{}
		if _, err := os.Stat(out); err == nil {
			before = snapshot(t, out)
		}
		var log bytes.Buffer
		err := Run(Options{Config: cfg, Inputs: inputs, OutDir: out, Force: tt.force, Log: &log})
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v\n%s", tt.name, err, log.String())
			}
		} else if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
		after := snapshot(t, out)
		if tt.replace {
			if probs, err := archive.Verify(out); err != nil || len(probs) > 0 {
				t.Errorf("%s: the new result does not verify: %v %v", tt.name, probs, err)
			}
			continue
		}
		if !sameFiles(before, after) {
			t.Errorf("%s: the output folder changed although the run refused", tt.name)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, "."+filepath.Base(out)+"*")); len(left) > 0 {
			t.Errorf("%s: left beside the output folder: %v", tt.name, left)
		}
	}
}

// TestCheckMakesNoEmptyFolder: no 问题标注 folder unless a copy is written,
// and a copy that cannot be written is a note, not a failure of check.
func TestCheckMakesNoEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	var log bytes.Buffer
	if err := Check(Options{Config: sampleConfig(t), Inputs: samples, OutDir: filepath.Join(dir, "out"), Log: &log}); err != nil {
		t.Fatal(err, log.String())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("check of valid input left %v", entries)
	}
	// Input errors where the copy cannot go (a file named 问题标注 is in the way).
	_, bad := copySamples(t, [][2]string{{"评议年度", "二〇二四"}})
	os.WriteFile(filepath.Join(dir, "问题标注"), nil, 0o444)
	log.Reset()
	err := Check(Options{Settings: CLISettings("", false, bad), Inputs: bad, OutDir: filepath.Join(dir, "out"), Log: &log})
	if !errors.Is(err, ErrInput) || !strings.Contains(log.String(), "没有写出 花名册.xlsx 的问题标注副本") || strings.Contains(log.String(), "not a directory") {
		t.Errorf("err = %v; log:\n%s", err, log.String())
	}
}

// cancelAt cancels when a line starting with prefix is logged.
type cancelAt struct {
	prefix string
	cancel context.CancelFunc
	buf    bytes.Buffer
	mu     sync.Mutex
}

func (c *cancelAt) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if bytes.HasPrefix(b, []byte(c.prefix)) {
		c.cancel()
	}
	return c.buf.Write(b)
}

func TestCancelledRunLeavesEarlierResults(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	runSamples(t, out)
	before := snapshot(t, out)
	for _, at := range []string{"排版证书", "排版各支部", "写出评议结果汇总表"} {
		ctx, cancel := context.WithCancel(context.Background())
		w := &cancelAt{prefix: at, cancel: cancel}
		err := Run(Options{Config: sampleConfig(t), Inputs: samples, OutDir: out, Log: w, Context: ctx})
		cancel()
		if !errors.Is(err, ErrCancelled) {
			t.Fatalf("cancelled at %s: err = %v\n%s", at, err, w.buf.String())
		}
		if !sameFiles(before, snapshot(t, out)) {
			t.Fatalf("cancelled at %s: the earlier results changed", at)
		}
		if entries, _ := os.ReadDir(parent); len(entries) != 1 {
			t.Errorf("cancelled at %s: left beside out: %v", at, entries)
		}
	}
}

// TestOneRunAtATime runs real processes: a run into a folder another process
// holds fails at once and touches nothing, not even the holder's stage
// folder; once the holder is gone (its lock goes with it) the next run
// proceeds and clears what was left. Two runs started together never both
// write: one waits its turn by failing, and the folder always verifies.
func TestOneRunAtATime(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	if b, err := binaryRun(t, bin, out).CombinedOutput(); err != nil {
		t.Fatalf("first run: %v\n%s", err, b)
	}
	before := snapshot(t, out)

	// This test process holds the lock and has a stage folder in progress.
	lock, err := archive.LockOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	live := filepath.Join(parent, archive.StagePrefix(out)+"live")
	os.MkdirAll(live, 0o755)
	os.WriteFile(filepath.Join(live, "半成品.pdf"), []byte("%PDF"), 0o644)
	b, err := binaryRun(t, bin, out).CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(b), "输出目录正被另一个 pingyou 使用") ||
		!strings.Contains(string(b), "另一次运行正在生成") {
		t.Fatalf("run while another holds the folder: %v\n%s", err, b)
	}
	if _, err := os.Stat(filepath.Join(live, "半成品.pdf")); err != nil {
		t.Fatal("the live run's stage folder was touched")
	}
	if !sameFiles(before, snapshot(t, out)) {
		t.Fatal("the output changed under the holder")
	}
	lock.Unlock()
	if b, err := binaryRun(t, bin, out).CombinedOutput(); err != nil {
		t.Fatalf("run after the holder let go: %v\n%s", err, b)
	}
	if _, err := os.Stat(live); !errors.Is(err, os.ErrNotExist) {
		t.Error("the dead run's stage folder was not cleared")
	}

	// Two at once, twice.
	for round := 0; round < 2; round++ {
		var wg sync.WaitGroup
		res := make([][]byte, 2)
		errs := make([]error, 2)
		for i := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res[i], errs[i] = binaryRun(t, bin, out).CombinedOutput()
			}()
		}
		wg.Wait()
		for i := range 2 {
			if errs[i] != nil && !strings.Contains(string(res[i]), "输出目录正被另一个 pingyou 使用") {
				t.Errorf("round %d, run %d failed otherwise: %v\n%s", round, i, errs[i], res[i])
			}
		}
		if probs, err := archive.Verify(out); err != nil || len(probs) > 0 {
			t.Fatalf("round %d: the output does not verify: %v %v", round, probs, err)
		}
	}
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if e.Name() != "out" {
			t.Errorf("left beside out: %s", e.Name())
		}
	}
}
