package pipeline

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
)

// TestNameTheFontsCannotPrint: a name with a character no face of the
// documents' fonts has (here a Tangut character) made run fail late, while
// laying out a notice, with exit 2 and no cell, and check passed. Both now
// report it at the name's cell, before anything is written.
func TestNameTheFontsCannotPrint(t *testing.T) {
	dir := t.TempDir()
	roster, err := excelize.OpenFile(samples[0])
	if err != nil {
		t.Fatal(err)
	}
	assess, err := excelize.OpenFile(samples[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		f     *excelize.File
		sheet string
	}{{roster, "党员"}, {assess, "党员测评"}} {
		if v, _ := f.f.GetCellValue(f.sheet, "A3"); v != "蒋晨然" {
			t.Fatalf("%s!A3 is %q", f.sheet, v)
		}
		f.f.SetCellStr(f.sheet, "A3", "蒋\U00017000然")
	}
	inputs := []string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}
	roster.SaveAs(inputs[0])
	assess.SaveAs(inputs[1])
	roster.Close()
	assess.Close()
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	cfg.Dir = ""
	for _, cmd := range []func(Options) error{Check, Run} {
		var got model.Diagnostics
		var log bytes.Buffer
		err := cmd(Options{Config: cfg, Inputs: inputs, OutDir: filepath.Join(dir, "out"), Log: &log, Program: "test",
			Diagnostics: func(d model.Diagnostics) { got = append(got, d...) }})
		if !errors.Is(err, ErrInput) {
			t.Fatalf("got %v\n%s", err, log.String())
		}
		var at []string
		for _, d := range got {
			if d.Severity == model.Error {
				at = append(at, d.String())
			}
		}
		want := "花名册.xlsx 党员!A3：“𗀀”（U+17000）在公文所用的字体（fang、fangbu、song、kai）中都没有，印出来会缺字（值：蒋𗀀然）"
		if len(at) != 1 || !strings.HasPrefix(at[0], want) {
			t.Errorf("errors:\n%s\nwant %s…", strings.Join(at, "\n"), want)
		}
	}
}
