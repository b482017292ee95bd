package gongwen

import (
	"os"
	"strings"
	"testing"

	"pingyou/pipeline/layout"
)

// Seed 000 runs to many pages of plain body text; every page between the
// first and the last is a full page of 22 lines. Long numbered paragraphs
// (1.实施……) once kept all their lines "with the next" and left a line empty.
func TestFullBodyPagesHave22Lines(t *testing.T) {
	b, err := os.ReadFile("testdata/seeds/000_034e52bbb917526e.txt")
	if err != nil {
		t.Fatal(err)
	}
	n, _ := ParsePlain(string(b))
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
