package gongwen

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/layout"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// fakeMetrics: every face has every rune; below U+2000 (Latin, digits,
// space, ·) 1/2 em, everything else (Han, full-width marks, —, ★) 1 em.
// The face "nohan" has no Han characters, to test fallback.
type fakeMetrics struct{}

func (fakeMetrics) Advance(face string, r rune) (int, bool) {
	if r < 0x2000 {
		return 500, true
	}
	if face == "nohan" {
		return 0, false
	}
	return 1000, true
}

func testSetter() *layout.Setter { return &layout.Setter{Metrics: fakeMetrics{}} }

func mm(l layout.Length) string { return fmt.Sprintf("%.1f", l.Millimetres()) }

func colour(c layout.Color) string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// dump prints a document for goldens: one line per item, positions in mm
// (0.1 mm), text runs at their baseline with the left edge of the first
// glyph and the right edge of the last glyph's advance.
func dump(doc *layout.Document) string {
	var sb strings.Builder
	for i, p := range doc.Pages {
		fmt.Fprintf(&sb, "page %d %s×%s\n", i+1, mm(p.Width), mm(p.Height))
		for _, it := range p.Items {
			switch v := it.(type) {
			case *layout.TextRun:
				if len(v.Glyphs) == 0 {
					continue
				}
				g0, gn := v.Glyphs[0], v.Glyphs[len(v.Glyphs)-1]
				fmt.Fprintf(&sb, "  text  x=%s–%s y=%s %s %gpt %s %q\n", mm(g0.X), mm(gn.X+gn.Advance), mm(v.Y),
					v.Face, v.Size.Points(), colour(v.Color), v.Text())
			case *layout.Rule:
				fmt.Fprintf(&sb, "  rule  %s,%s–%s,%s w=%s %s\n", mm(v.X1), mm(v.Y1), mm(v.X2), mm(v.Y2), fmt.Sprintf("%.2f", v.Width.Millimetres()), colour(v.Color))
			case *layout.Image:
				fmt.Fprintf(&sb, "  image %q x=%s y=%s %s×%s\n", v.Key, mm(v.X), mm(v.Y), mm(v.W), mm(v.H))
			case *layout.Box:
				fmt.Fprintf(&sb, "  box   x=%s y=%s %s×%s\n", mm(v.X), mm(v.Y), mm(v.W), mm(v.H))
			}
		}
	}
	return sb.String()
}

// golden compares got with testdata/name.golden, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden; run go test -run %s -update and check the diff by eye\n%s", path, t.Name(), firstDiff(string(want), got))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return ""
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
