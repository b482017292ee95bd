package pipeline

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
)

// TestPreviewIsTheRunsDocument: the preview of the decision and of the
// first branch notice are byte for byte the files a run writes; the
// certificates' preview is the first certificate of each award.
func TestPreviewIsTheRunsDocument(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	cfg := func() *config.Config {
		c, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		c.Fonts.Dir, c.Dir = filepath.Join("..", "fonts"), ""
		return c
	}
	for _, tc := range []struct{ doc, file string }{
		{PreviewDecision, DecisionName},
		{PreviewNotice, NoticeDir + "/001-机关第一党支部.pdf"},
	} {
		got, n, err := Preview(Options{Config: cfg(), Inputs: samples, Program: "pingyou test"}, tc.doc)
		if err != nil || n < 1 {
			t.Fatalf("%s: %v", tc.doc, err)
		}
		want, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(tc.file)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("the preview of the %s differs from the run's %s", tc.doc, tc.file)
		}
	}
	got, n, err := Preview(Options{Config: cfg(), Inputs: samples, Program: "pingyou test"}, PreviewCertificates)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "证书.pdf")
	os.WriteFile(p, got, 0o644)
	pages := strings.Split(strings.TrimRight(pdftotext(t, p), "\f\n"), "\f")
	first := []string{"证书/优秀共产党员/0001-", "证书/先进基层党组织/0001-"}
	if len(pages) != len(first) || n != len(first) {
		t.Fatalf("%d certificate pages, want one per award (%d)", len(pages), len(first))
	}
	for i, prefix := range first {
		matches, _ := filepath.Glob(filepath.Join(out, filepath.FromSlash(prefix)+"*.pdf"))
		if len(matches) != 1 {
			t.Fatalf("%s: %v", prefix, matches)
		}
		if want := pdftotext(t, matches[0]); strings.TrimRight(want, "\f\n") != strings.TrimRight(pages[i], "\f\n") {
			t.Errorf("certificate page %d:\n%s\nwant (%s):\n%s", i+1, pages[i], matches[0], want)
		}
	}
}

// TestPreviewStopsAtInputErrors: with errors in the workbooks nothing is
// laid out; the problems go where a check's go.
func TestPreviewStopsAtInputErrors(t *testing.T) {
	_, inputs := copySamples(t, nil) // no unit settings anywhere
	var diags model.Diagnostics
	_, _, err := Preview(Options{Inputs: inputs, Diagnostics: func(d model.Diagnostics) { diags = append(diags, d...) }}, PreviewDecision)
	if !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), "改好后才能预览") {
		t.Fatalf("err = %v, want ErrInput", err)
	}
	if findDiag(diags, "没有填写“发文机关”") == nil && findDiag(diags, "缺少“发文机关”") == nil {
		t.Errorf("the missing settings are not reported: %v", diags)
	}
}
