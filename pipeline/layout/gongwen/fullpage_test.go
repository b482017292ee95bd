package gongwen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/plaintext"
)

// Seed 000 runs to many pages of plain body text; every page between the
// first and the last is a full page of 22 lines. Long numbered paragraphs
// (1.实施……) once kept all their lines "with the next" and left a line empty.
func TestFullBodyPagesHave22Lines(t *testing.T) {
	n := seed(t, "000_034e52bbb917526e.txt")
	doc, _, err := Layout(n, testSetter(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for p := 1; p < len(doc.Pages)-2; p++ {
		lines := map[layout.Length]bool{}
		heading := false
		for _, it := range doc.Pages[p].Items {
			if r, ok := it.(*layout.TextRun); ok && !strings.HasPrefix(r.Text(), "—") {
				lines[r.Y] = true
				if layout.HeadingLevel(r.Text()) == 1 {
					heading = true
				}
			}
		}
		if heading {
			continue // a 一、 heading may move to the next page with its first line
		}
		checked++
		if len(lines) != 22 {
			t.Errorf("page %d has %d lines of text, want 22", p+1, len(lines))
		}
	}
	if checked < 3 {
		t.Fatalf("only %d pages checked", checked)
	}
}

// seeds are real 公文 texts, the plain-text reader's test corpus.
var seeds = filepath.Join("..", "..", "plaintext", "testdata", "seeds")

// seed reads one seed as the plain-text reader (typeset) does.
func seed(t *testing.T, name string) *document.Notice {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seeds, name))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := plaintext.Parse(string(b))
	return n
}

// Every seed lays out, with a mark as typeset gives it.
func TestSeedsLayOut(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v %v", files, err)
	}
	for _, f := range files {
		n := seed(t, filepath.Base(f))
		n.Issuers, n.MarkSuffix = []string{"中共江城师范学院委员会"}, "文件"
		if _, _, err := Layout(n, testSetter(), DefaultOptions()); err != nil {
			t.Errorf("%s: layout: %v", filepath.Base(f), err)
		}
	}
}
