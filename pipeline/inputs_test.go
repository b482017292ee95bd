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
	"pingyou/pipeline/internal/testtool"
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
// renamed Sheet1, Sheet2, …. As .xls every output file is byte for byte the
// same (the manifest differs only in the inputs it records); with renamed
// tabs too, but for the summary workbook's 问题清单, which has one more
// 提醒 per table saying what the sheet was taken as (and 文件目录.csv,
// which lists the summary's hash).
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
		if !reflect.DeepEqual(got, want) {
			for p, e := range want {
				if got[p] != e {
					t.Errorf("%s differs (or is missing) when read from .xls", p)
				}
			}
			for p := range got {
				if _, ok := want[p]; !ok {
					t.Errorf("%s only when read from .xls", p)
				}
			}
		}
		if len(m.Inputs) != 2 || m.Inputs[0].Name != "花名册.xls" || m.Inputs[1].Name != "测评表.xls" {
			t.Errorf("inputs recorded: %+v", m.Inputs)
		}
		m.Inputs, m.Batch = wantM.Inputs, wantM.Batch
		if !reflect.DeepEqual(m, wantM) {
			t.Error("manifests differ in more than the inputs")
		}
	})

	t.Run("renamed tabs", func(t *testing.T) {
		dir := t.TempDir()
		var renamed []string
		for _, p := range samples {
			f, err := excelize.OpenFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range f.GetSheetList() {
				f.SetSheetName(s, "Sheet"+string(rune('1'+i)))
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
		for p, e := range want {
			if p == SummaryName || p == CatalogName {
				continue
			}
			if got[p] != e {
				t.Errorf("%s differs (or is missing) with renamed tabs", p)
			}
		}
		// The summary: every sheet the same but 问题清单.
		a, err := excelize.OpenFile(filepath.Join(orig, SummaryName))
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		b, err := excelize.OpenFile(filepath.Join(out, SummaryName))
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
				if len(rb) != len(ra)+5 {
					t.Errorf("问题清单 has %d rows, want %d + 5", len(rb), len(ra))
				}
				continue
			}
			if !reflect.DeepEqual(ra, rb) {
				t.Errorf("summary sheet %s differs with renamed tabs", s)
			}
		}
	})
}
