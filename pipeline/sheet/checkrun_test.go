package sheet_test

import (
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pingyou/pipeline"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet"
)

// TestCheckFindsWhatRunFinds runs `check` and `run` (pipeline.Check and
// pipeline.Run, which the CLI and the web page call) over every case of the
// bad-input corpus: both must come to the same verdict, and every problem
// run reports about an input workbook, check reports too, with the same
// cell and words. (A score of 105 once passed check and failed run.)
func TestCheckFindsWhatRunFinds(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: runs the whole batch per case")
	}
	cfg, err := config.Load(filepath.Join("..", "..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "..", "fonts")
	cfg.Dir = ""
	dir := t.TempDir()
	cases := sheet.BadCorpus(t, dir)
	if len(cases) < 60 {
		t.Fatalf("corpus has %d cases", len(cases))
	}
	for i, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			base := filepath.Join(dir, "out", strings.Repeat("x", i%3+1)+c.Name)
			lines := func(ds *[]string) func(model.Diagnostics) {
				return func(d model.Diagnostics) {
					for _, x := range d {
						*ds = append(*ds, x.Severity.String()+" "+x.String())
					}
				}
			}
			var checked, ran []string
			cerr := pipeline.Check(pipeline.Options{Config: cfg, Inputs: c.Paths, OutDir: filepath.Join(base, "check"),
				Log: io.Discard, Diagnostics: lines(&checked)})
			rerr := pipeline.Run(pipeline.Options{Config: cfg, Inputs: c.Paths, OutDir: filepath.Join(base, "run"),
				Log: io.Discard, Program: "pingyou test", Diagnostics: lines(&ran)})
			if errors.Is(cerr, pipeline.ErrInput) != errors.Is(rerr, pipeline.ErrInput) || (cerr == nil) != (rerr == nil) {
				t.Fatalf("check: %v\nrun: %v\ncheck found:\n%s", cerr, rerr, strings.Join(checked, "\n"))
			}
			var fe *sheet.FileError
			if errors.As(cerr, &fe) && cerr.Error() != rerr.Error() {
				t.Errorf("file error: check %q, run %q", cerr, rerr)
			}
			if rerr != nil && !errors.Is(rerr, pipeline.ErrInput) && fe == nil {
				t.Fatalf("run failed for another reason: %v", rerr)
			}
			// Run also reports what it found while writing, about its own
			// files; the input problems are those naming an input workbook.
			var inputs []string
			for _, l := range ran {
				if strings.Contains(l, "花名册.xlsx ") || strings.Contains(l, "测评表.xlsx ") || !strings.Contains(l, ".pdf") && !strings.Contains(l, ".docx") {
					inputs = append(inputs, l)
				}
			}
			if !slices.Equal(checked, inputs) {
				t.Errorf("check found:\n%s\nrun found:\n%s", strings.Join(checked, "\n"), strings.Join(ran, "\n"))
			}
		})
	}
}
