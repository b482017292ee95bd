package layout

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// fakeMetrics: Han and CJK punctuation 1000 units, ASCII 500 (space 250).
//   - "fang" lacks 喆 堃 镕 𠇔 (like FandolFang);
//   - "kai" has them but 𠇔, and its “ ” ‘ ’ are proportional, 350 units (like LXGW WenKai);
//   - "latin" has only ASCII and proportional quotes (a Latin-only font).
type fakeMetrics struct{}

func (fakeMetrics) Advance(face string, r rune) (int, bool) {
	quote := r == '“' || r == '”' || r == '‘' || r == '’'
	switch face {
	case "fang", "kai":
		if face == "fang" && strings.ContainsRune("喆堃镕", r) || r == '𠇔' || r == 0xFFFF {
			return 0, false
		}
		if face == "kai" && quote {
			return 350, true
		}
	case "latin":
		if quote {
			return 350, true
		}
		if r >= 0x80 {
			return 0, false
		}
	default:
		return 0, false
	}
	switch {
	case r == ' ':
		return 250, true
	case r < 0x80:
		return 500, true
	case r == 'ü' || unicode.Is(unicode.Latin, r):
		return 550, true
	}
	return 1000, true
}

var setter = &Setter{Metrics: fakeMetrics{}}

var (
	gwWidth = MM(156)
	gwPitch = gwWidth / 28
	gwSize  = Pt(16)
)

// gongwen is a body paragraph in the 公文 grid.
func gongwen(text string) Paragraph {
	return Paragraph{Text: text, Style: Style{Faces: []string{"fang", "kai"}, Size: gwSize},
		FirstIndent: 2 * gwPitch, CharPitch: gwPitch}
}

// plain is a proportional paragraph at 10 pt (em = 10000 units).
func plain(text string, faces ...string) Paragraph {
	if len(faces) == 0 {
		faces = []string{"fang", "kai"}
	}
	return Paragraph{Text: text, Style: Style{Faces: faces, Size: Pt(10)}}
}

// dump renders lines as text: per line the x of its first glyph, its width and text.
func dump(lines []Line) string {
	var b strings.Builder
	for i, l := range lines {
		x := Length(0)
		if len(l.Runs) > 0 && len(l.Runs[0].Glyphs) > 0 {
			x = l.Runs[0].Glyphs[0].X
		}
		last := ""
		if l.Last {
			last = " last"
		}
		fmt.Fprintf(&b, "%3d x=%8d w=%8d%s |%s|\n", i, x, l.Width, last, l.Text())
	}
	return b.String()
}

// dumpGlyphs lists every glyph's x and advance, for punctuation goldens.
func dumpGlyphs(lines []Line) string {
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "line %d w=%d\n", i, l.Width)
		for _, r := range l.Runs {
			for _, g := range r.Glyphs {
				fmt.Fprintf(&b, "  %-4s %s x=%7d adv=%6d\n", r.Face, g.Text, g.X, g.Advance)
			}
		}
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
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
		t.Errorf("%s differs from golden:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// firstLast returns the first and last drawn runes of a line, spaces skipped.
func firstLast(l Line) (first, last rune) {
	rs := []rune(strings.TrimFunc(l.Text(), func(r rune) bool { return isBreakSpace(r) || !Drawn(r) }))
	if len(rs) == 0 {
		return 0, 0
	}
	return rs[0], rs[len(rs)-1]
}

// checkLines verifies the invariants of a paragraph's lines: every rune of
// the text in order, no line wider than width, full justified lines exactly
// width wide, and no 禁则 violation outside emergency breaks. It returns the
// number of lines checked.
func checkLines(t *testing.T, p Paragraph, width Length, lines []Line, spans []span) {
	t.Helper()
	var got strings.Builder
	for _, l := range lines {
		got.WriteString(l.Text())
	}
	want := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cc, r) {
			return -1
		}
		return r
	}, p.Text)
	if got.String() != want && strings.IndexFunc(want, Drawn) >= 0 {
		t.Fatalf("text changed:\n got %q\nwant %q", got.String(), want)
	}
	for i, l := range lines {
		emergency := spans != nil && spans[i].emergency
		prevEmergency := i > 0 && spans != nil && spans[i-1].emergency
		// a single glyph wider than the line (⸻ in a 2-em measure) cannot be helped
		if l.Width > width && !emergency && len(glyphsOf(l)) > 1 {
			t.Errorf("line %d too wide: %d > %d: %q", i, l.Width, width, l.Text())
		}
		oneAtom := spans != nil && spans[i].s == spans[i].e // no gap to stretch
		if !l.Last && p.Align == Justify && !emergency && !oneAtom && l.Width != width {
			t.Errorf("line %d not justified: width %d, want %d: %q", i, l.Width, width, l.Text())
		}
		first, last := firstLast(l)
		if i > 0 && noStart[first] && !prevEmergency {
			t.Errorf("line %d starts with %c: %q", i, first, l.Text())
		}
		if !l.Last && noEnd[last] && !emergency {
			t.Errorf("line %d ends with %c: %q", i, last, l.Text())
		}
		if i > 0 && !prevEmergency {
			_, prevLast := firstLast(lines[i-1])
			if (first == '—' || first == '…') && prevLast == first {
				t.Errorf("line %d splits %c%c", i, first, first)
			}
		}
	}
}
