package layout

import (
	"strings"
	"testing"
	"time"
)

// TestNoQuadratic: pathological unbreakable input stays linear-ish.
func TestNoQuadratic(t *testing.T) {
	for _, unit := range []string{"《", "）", "—", "a", "好"} {
		p := gongwen(strings.Repeat(unit, 50000))
		start := time.Now()
		if _, err := setter.Lines(p, gwWidth); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q×50000 took %v", unit, d)
		}
	}
}

func BenchmarkLinesGongwen(b *testing.B) {
	paras := seedParagraphs(b)
	var text strings.Builder
	for _, p := range paras {
		if text.Len() > 6000 { // ≈ 2000 characters
			break
		}
		text.WriteString(strings.TrimSpace(p))
	}
	p := gongwen(text.String())
	b.SetBytes(int64(len(p.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := setter.Lines(p, gwWidth); err != nil {
			b.Fatal(err)
		}
	}
}
