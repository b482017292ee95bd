package pipeline

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/testtool"
)

// runInputs runs the sample batch on the given workbooks.
func runInputs(t *testing.T, out string, inputs []string) string {
	t.Helper()
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	cfg.Dir = ""
	var log bytes.Buffer
	if err := Run(Options{Config: cfg, Inputs: inputs, OutDir: out, Log: &log, Program: "pingyou test", Force: true}); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	return log.String()
}

// filesOf returns the manifest's file entries by path.
func filesOf(t *testing.T, out string) (map[string]archive.Entry, *archive.Manifest) {
	t.Helper()
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]archive.Entry{}
	for _, e := range m.Files {
		files[e.Path] = e
	}
	return files, m
}

// TestSamplesAsXLSAndRenamed runs the sample batch three ways: as given,
// with the workbooks saved as .xls by LibreOffice, and with every tab
// renamed Sheet1, Sheet2, …. Every document is byte for byte the same. The
// summary workbook differs only in its 问题清单: its 提醒 name the input
// files (花名册.xls), and with renamed tabs there is one more 提醒 per table
// saying what the sheet was taken as; 文件目录.csv and the manifest differ
// only in the summary's hash and the inputs they record.
func TestSamplesAsXLSAndRenamed(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	bin := testtool.Require(t, "soffice")
	orig := filepath.Join(t.TempDir(), "out")
	runInputs(t, orig, samples)
	want, wantM := filesOf(t, orig)

	t.Run("xls", func(t *testing.T) {
		dir, profile := t.TempDir(), t.TempDir()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(profile),
			"--headless", "--norestore", "--convert-to", "xls", "--outdir", dir}, samples...)...)
		cmd.Env = append(os.Environ(), "HOME="+profile)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, b)
		}
		xls := []string{filepath.Join(dir, "花名册.xls"), filepath.Join(dir, "测评表.xls")}
		out := filepath.Join(t.TempDir(), "out")
		runInputs(t, out, xls)
		got, m := filesOf(t, out)
		sameDocuments(t, want, got, "read from .xls")
		// The 问题清单's 提醒 name the inputs by their names.
		xlsx := strings.NewReplacer("花名册.xls", "花名册.xlsx", "测评表.xls", "测评表.xlsx")
		sameSummary(t, orig, out, 0, xlsx.Replace)
		if len(m.Inputs) != 2 || m.Inputs[0].Name != "花名册.xls" || m.Inputs[1].Name != "测评表.xls" {
			t.Errorf("inputs recorded: %+v", m.Inputs)
		}
		m.Inputs, m.Batch = wantM.Inputs, wantM.Batch
		m.Files, wantM.Files = nil, nil
		if !reflect.DeepEqual(m, wantM) {
			t.Error("manifests differ in more than the inputs and the files")
		}
	})

	t.Run("renamed tabs", func(t *testing.T) {
		dir := t.TempDir()
		var renamed, back []string // back: the 问题清单's file\tsheet, renamed → original
		for _, p := range samples {
			f, err := excelize.OpenFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range f.GetSheetList() {
				f.SetSheetName(s, "Sheet"+string(rune('1'+i)))
				back = append(back, filepath.Base(p)+"\tSheet"+string(rune('1'+i))+"\t", filepath.Base(p)+"\t"+s+"\t")
			}
			q := filepath.Join(dir, filepath.Base(p))
			if err := f.SaveAs(q); err != nil {
				t.Fatal(err)
			}
			f.Close()
			renamed = append(renamed, q)
		}
		out := filepath.Join(t.TempDir(), "out")
		log := runInputs(t, out, renamed)
		if n := strings.Count(log, "按表头（第2行："); n != 5 {
			t.Errorf("%d sheets reported as taken by their header, want 5:\n%s", n, log)
		}
		got, _ := filesOf(t, out)
		sameDocuments(t, want, got, "with renamed tabs")
		sameSummary(t, orig, out, 5, strings.NewReplacer(back...).Replace)
	})
}

// sameDocuments wants every file of want but the summary and the catalog
// (which lists the summary's hash) byte for byte in got.
func sameDocuments(t *testing.T, want, got map[string]archive.Entry, how string) {
	t.Helper()
	for p, e := range want {
		if p == SummaryName || p == CatalogName {
			continue
		}
		if got[p] != e {
			t.Errorf("%s differs (or is missing) %s", p, how)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s only %s", p, how)
		}
	}
}

// sameSummary wants the summary workbooks of two runs to hold the same
// sheets and cells, but for extra rows in 问题清单, whose cells are compared
// after norm.
func sameSummary(t *testing.T, origDir, outDir string, extra int, norm func(string) string) {
	t.Helper()
	a, err := excelize.OpenFile(filepath.Join(origDir, SummaryName))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := excelize.OpenFile(filepath.Join(outDir, SummaryName))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if !reflect.DeepEqual(a.GetSheetList(), b.GetSheetList()) {
		t.Fatalf("summary sheets %v vs %v", a.GetSheetList(), b.GetSheetList())
	}
	for _, s := range a.GetSheetList() {
		ra, _ := a.GetRows(s)
		rb, _ := b.GetRows(s)
		if s == "问题清单" {
			if len(rb) != len(ra)+extra {
				t.Errorf("问题清单 has %d rows, want %d + %d", len(rb), len(ra), extra)
				continue
			}
			// Rows without their 序号 (extra rows renumber the rest).
			key := func(r []string) string { return strings.Join(r[min(1, len(r)):], "\t") }
			seen := map[string]int{}
			for _, r := range rb {
				seen[norm(key(r))]++
			}
			for _, r := range ra {
				if k := key(r); seen[k] == 0 {
					t.Errorf("问题清单 row missing: %s", k)
				} else {
					seen[k]--
				}
			}
			continue
		}
		if !reflect.DeepEqual(ra, rb) {
			t.Errorf("summary sheet %s differs", s)
		}
	}
}
