package pipeline

// Issue 9 (archives): qpdf checks of every PDF of the sample batch,
// reproducibility across GOMAXPROCS in separate processes, `pingyou verify`
// on a corrupted byte. The kill test is in kill_test.go.

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/testtool"
)

// buildBinary builds cmd/pingyou into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pingyou")
	cmd := exec.Command("go", "build", "-o", bin, "../cmd/pingyou")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// binaryRun is the command for a sample batch run of the built binary into out.
func binaryRun(t *testing.T, bin, out string, env ...string) *exec.Cmd {
	t.Helper()
	fonts, _ := filepath.Abs(filepath.Join("..", "fonts"))
	cmd := exec.Command(bin, "run", "--force", "--config", filepath.Join("..", "samples", "pingyou.yaml"), "-o", out, samples[0], samples[1])
	cmd.Env = append(append(os.Environ(), "PINGYOU_FONTS="+fonts), env...)
	return cmd
}

// files maps every file under dir (relative, slash-separated) to its bytes.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSampleBatchPDFA: every PDF of the sample batch is well-formed for
// qpdf; veraPDF's PDF/A-2a and PDF/UA-1 verdicts on each kind of PDF are in
// TestArchiveFormats (formats_test.go).
func TestSampleBatchPDFA(t *testing.T) {
	qpdf := testtool.Require(t, "qpdf")
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range m.Files {
		if !strings.HasSuffix(e.Path, ".pdf") {
			continue
		}
		n++
		res, err := exec.Command(qpdf, "--check", filepath.Join(out, filepath.FromSlash(e.Path))).CombinedOutput()
		if err != nil || !bytes.Contains(res, []byte("No syntax or stream encoding errors found")) {
			t.Errorf("%s: qpdf --check: %v\n%s", e.Path, err, res)
		}
	}
	if n < 50 {
		t.Fatalf("only %d PDFs checked", n)
	}

	// pdfinfo shows the metadata of the decision.
	pdfinfo := testtool.Require(t, "pdfinfo")
	info, err := exec.Command(pdfinfo, "-isodates", filepath.Join(out, filepath.FromSlash(DecisionName))).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Title:           中共江城师范学院委员会关于表彰2012年度", "Author:          中共江城师范学院委员会",
		"Creator:         pingyou test", "CreationDate:    2012-06-28T00:00:00+08"} {
		if !strings.Contains(string(info), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

// TestReproducibleAcrossGOMAXPROCS runs the built binary twice in separate
// processes, on one CPU (GOMAXPROCS=1), with the default and
// compares every output file byte for byte.
func TestReproducibleAcrossGOMAXPROCS(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary twice")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	var outs []map[string][]byte
	settings := []string{"GOMAXPROCS=1", "", "GOMAXPROCS=8"} // "": the default, one per CPU
	for i, env := range settings {
		out := filepath.Join(dir, fmt.Sprint(i))
		cmd := binaryRun(t, bin, out)
		cmd.Env = withoutGOMAXPROCS(cmd.Env)
		if env != "" {
			cmd.Env = append(cmd.Env, env)
		}
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("run with %q: %v\n%s", env, err, b)
		}
		outs = append(outs, files(t, out))
	}
	t.Logf("default GOMAXPROCS here: %d", runtime.NumCPU())
	a := outs[0]
	if len(a) < 50 {
		t.Fatalf("only %d files", len(a))
	}
	for k, b := range outs[1:] {
		if len(a) != len(b) {
			t.Errorf("%d files with GOMAXPROCS=1, %d with %q", len(a), len(b), settings[k+1])
		}
		for name, x := range a {
			if y, ok := b[name]; !ok {
				t.Errorf("%s missing with %q", name, settings[k+1])
			} else if !bytes.Equal(x, y) {
				t.Errorf("%s differs between GOMAXPROCS=1 and %q", name, settings[k+1])
			}
		}
	}
}

func withoutGOMAXPROCS(env []string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, "GOMAXPROCS=") {
			out = append(out, e)
		}
	}
	return out
}

// TestVerifyNamesACorruptedFile: `pingyou verify` passes on a fresh output,
// and after one byte of one PDF is flipped it exits non-zero naming the file.
func TestVerifyNamesACorruptedFile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	out := filepath.Join(t.TempDir(), "out")
	if b, err := binaryRun(t, bin, out).CombinedOutput(); err != nil {
		t.Fatalf("run: %v\n%s", err, b)
	}
	if b, err := exec.Command(bin, "verify", out).CombinedOutput(); err != nil {
		t.Fatalf("verify of a fresh output: %v\n%s", err, b)
	}
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(9))
	var pdfs []archive.Entry
	for _, e := range m.Files {
		if strings.HasSuffix(e.Path, ".pdf") {
			pdfs = append(pdfs, e)
		}
	}
	victim := pdfs[rng.Intn(len(pdfs))]
	p := filepath.Join(out, filepath.FromSlash(victim.Path))
	b, _ := os.ReadFile(p)
	i := rng.Intn(len(b))
	b[i] ^= 0x01
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := exec.Command(bin, "verify", out).CombinedOutput()
	if err == nil {
		t.Fatalf("verify passed after byte %d of %s was changed:\n%s", i, victim.Path, got)
	}
	if !strings.Contains(string(got), "已改动："+victim.Path) {
		t.Errorf("verify output does not name %s as changed:\n%s", victim.Path, got)
	}
	if strings.Count(string(got), "已改动") != 1 {
		t.Errorf("verify reports other files too:\n%s", got)
	}
}

// TestNamingPattern: with output.naming set, notices and certificates are
// named by the 档号-style pattern, the manifest carries 密级 and 保管期限, and
// the PDFs' keywords name them.
func TestNamingPattern(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	var cfg *config.Config // kept for a second run with a bad pattern
	runSamplesWith(t, out, func(c *config.Config) {
		cfg = c
		cfg.Output.Naming = "{全宗号}-WS·{年度}-{保管期限}-{机构}-{件号:4}"
		cfg.Output.Retention, cfg.Output.Classification, cfg.Output.Organ = "永久", "公开", "DW"
	})
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"证书/优秀共产党员/JCSF-WS·2012-Y-DW-0001.pdf": false, NoticeDir + "/JCSF-WS·2012-Y-DW-0001.pdf": false}
	for _, e := range m.Files {
		if _, ok := want[e.Path]; ok {
			want[e.Path] = true
		}
		if e.Classification != "公开" || e.Retention != "永久" {
			t.Errorf("%s: 密级 %q 保管期限 %q", e.Path, e.Classification, e.Retention)
		}
		if (e.Kind == "证书" || strings.HasPrefix(e.Path, NoticeDir+"/")) && !strings.Contains(e.Path, "JCSF-WS·2012-Y-DW-") {
			t.Errorf("%s is not named by the pattern", e.Path)
		}
	}
	for p, found := range want {
		if !found {
			t.Errorf("no file %s", p)
		}
	}
	if probs, err := archive.Verify(out); err != nil || len(probs) > 0 {
		t.Fatalf("verify: %v %v", probs, err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "证书", "优秀共产党员", "JCSF-WS·2012-Y-DW-0001.pdf"))
	if !bytes.Contains(b, []byte("<pdf:Keywords>江城师范学院党委; 2012; 公开; 永久</pdf:Keywords>")) {
		t.Error("the certificate's XMP keywords do not carry 密级 and 保管期限")
	}

	cfg.Output.Naming = "{全宗号}-{年份}-{件号}"
	err = Run(Options{Config: cfg, Inputs: samples, OutDir: out, Force: true})
	if err == nil || !strings.Contains(err.Error(), "{年份} 不认识") {
		t.Fatalf("bad pattern: err = %v", err)
	}
	if probs, err := archive.Verify(out); err != nil || len(probs) > 0 {
		t.Fatalf("a failed run changed the previous output: %v %v", probs, err)
	}
}
