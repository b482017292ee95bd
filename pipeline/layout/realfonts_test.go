package layout_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
)

// realFonts loads FandolFang and LXGW WenKai from the repository's fonts/,
// or skips.
func realFonts(t testing.TB) *fontkit.Set {
	t.Helper()
	faces := map[string]string{"fang": "FandolFang-Regular.ttf", "kai": "LXGWWenKai-Regular.ttf"}
	for _, f := range faces {
		if _, err := os.Stat(filepath.Join("../../fonts", f)); err != nil {
			t.Fatalf("fonts/%s ships with the repository and is missing: %v", f, err)
		}
	}
	s, err := fontkit.Load("../../fonts", faces)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRealFontsGrid sets the seed corpus with FandolFang → LXGW WenKai in
// the 公文 grid: every full line exactly 156 mm, nothing lost, no 禁则
// violation at line starts and ends.
func TestRealFontsGrid(t *testing.T) {
	set := realFonts(t)
	s := &layout.Setter{Metrics: set}
	width := layout.MM(156)
	pitch := width / 28
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	lines := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range strings.Split(string(b), "\n") {
			text = strings.TrimSpace(text)
			if text == "" {
				continue
			}
			p := layout.Paragraph{Text: text, Style: layout.Style{Faces: []string{"fang", "kai"}, Size: layout.Pt(16)},
				FirstIndent: 2 * pitch, CharPitch: pitch, Source: filepath.Base(f)}
			ls, err := s.Lines(p, width)
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for i, l := range ls {
				got.WriteString(l.Text())
				if !l.Last && l.Width != width {
					t.Errorf("%s: line %d width %d, want %d: %q", f, i, l.Width, width, l.Text())
				}
				rs := []rune(strings.TrimRight(l.Text(), " "))
				if i > 0 && strings.ContainsRune("、。，：；！？”’）》", rs[0]) {
					t.Errorf("%s: line %d starts with %c", f, i, rs[0])
				}
				if !l.Last && strings.ContainsRune("“‘（《", rs[len(rs)-1]) {
					t.Errorf("%s: line %d ends with %c", f, i, rs[len(rs)-1])
				}
				for _, r := range l.Runs {
					if r.Face == "kai" && strings.ContainsAny(r.Text(), "“”") {
						t.Errorf("quotes fell back to kai: %q", l.Text())
					}
				}
			}
			if got.String() != text {
				t.Errorf("%s: text changed", f)
			}
			lines += len(ls)
		}
	}
	t.Logf("%d lines set with real fonts", lines)
}

// TestRealFontsQuotes: LXGW WenKai's proportional “ sits right-aligned in a
// 1-em cell; 喆 falls back from FandolFang to LXGW WenKai.
func TestRealFontsQuotes(t *testing.T) {
	set := realFonts(t)
	s := &layout.Setter{Metrics: set}
	ls, err := s.Lines(layout.Paragraph{Text: "“王喆”", Style: layout.Style{Faces: []string{"kai"}, Size: layout.Pt(10)}}, layout.Pt(100))
	if err != nil {
		t.Fatal(err)
	}
	g := ls[0].Runs[0].Glyphs
	if g[0].Advance > 4000 || g[0].X+g[0].Advance != 10000 || g[1].X != 10000 || ls[0].Width != 40000 {
		t.Errorf("kai quotes: %+v width %d", g, ls[0].Width)
	}
	ls, err = s.Lines(layout.Paragraph{Text: "王喆", Style: layout.Style{Faces: []string{"fang", "kai"}, Size: layout.Pt(10)}}, layout.Pt(100))
	if err != nil {
		t.Fatal(err)
	}
	if len(ls[0].Runs) != 2 || ls[0].Runs[1].Face != "kai" {
		t.Errorf("喆 not from kai: %+v", ls[0].Runs)
	}
}

// TestRealFontsDigitsTight: in the 公文 grid a number in LXGW WenKai (0.6-em
// digits, a （二） heading in 楷体) sits tight against the Han text, as
// FandolFang's 0.5-em digits do: a lone 7 between 年 and 月 takes its own
// tracked width, not a full cell; FandolFang's takes exactly half a cell.
func TestRealFontsDigitsTight(t *testing.T) {
	set := realFonts(t)
	s := &layout.Setter{Metrics: set}
	size := layout.Pt(16)
	pitch := layout.MM(156) / 28
	for _, face := range []string{"kai", "fang"} {
		ls, err := s.Lines(layout.Paragraph{Text: "2010年7月至", Style: layout.Style{Faces: []string{face}, Size: size},
			Align: layout.Left, CharPitch: pitch}, layout.MM(156))
		if err != nil {
			t.Fatal(err)
		}
		var gs []layout.Glyph
		for _, r := range ls[0].Runs {
			gs = append(gs, r.Glyphs...)
		}
		nian, yue := gs[4], gs[6]
		// Han glyphs are centred in their cells: the space 7 takes is from
		// the end of 年's cell to the start of 月's.
		got := (yue.X - (pitch-yue.Advance)/2) - (nian.X + (nian.Advance+pitch)/2)
		u, _ := set.Advance(face, '7')
		want := layout.Length(u) * size / 1000 * pitch / size
		if face == "fang" {
			want = pitch / 2
		}
		if got < want-2 || got > want+2 {
			t.Errorf("%s: 7 takes %v between 年 and 月, want %v", face, got, want)
		}
	}
}
