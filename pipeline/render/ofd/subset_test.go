package ofd

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

func readFont(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "fonts", name))
	if err != nil {
		t.Fatalf("fonts/ ships with the repository: %v", err)
	}
	return b
}

// TestSubsetKeepsGlyphs: x/image/font/sfnt (an independent TrueType
// reader) finds every character of a subset through its cmap, with the
// original's advance and outline, for CJK, Latin, accented letters,
// composite glyphs (¨ ´ − ∕ in LXGW WenKai) and an Extension B character.
func TestSubsetKeepsGlyphs(t *testing.T) {
	for _, c := range []struct{ file, text string }{
		{"FandolFang-Regular.ttf", "中共江城师范学院委员会2012年“优秀”。"},
		{"LXGWWenKai-Regular.ttf", "王喆李堃陈镕éüÅñ·—Ab¨´−∕"},
		{"NotoSerifCJKsc-Regular.ttf", "张𠇔〔〕"},
	} {
		data := readFont(t, c.file)
		f, err := parseFont(data)
		if err != nil {
			t.Fatal(err)
		}
		orig, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		rs := []rune(c.text)
		gids := make([]int, len(rs))
		composite := false
		for i, r := range rs {
			g, err := orig.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				t.Fatalf("%s has no %c", c.file, r)
			}
			gids[i] = int(g)
			if gl := f.glyph(int(g)); len(gl) > 1 && int8(gl[0]) < 0 {
				composite = true
			}
		}
		prog, cmap := f.subset(rs, gids)
		sub, err := sfnt.Parse(prog)
		if err != nil {
			t.Fatalf("%s subset: %v", c.file, err)
		}
		if n := sub.NumGlyphs(); n > len(rs)+8 {
			t.Errorf("%s: %d glyphs in a subset of %d characters", c.file, n, len(rs))
		}
		var sb sfnt.Buffer
		for i, r := range rs {
			g, err := sub.GlyphIndex(&sb, r)
			if err != nil || g == 0 || int(g) != cmap[r] {
				t.Errorf("%s subset: %c → glyph %d (%v), cmap says %d", c.file, r, g, err, cmap[r])
				continue
			}
			ppem := fixed.I(f.upem)
			a1, _ := orig.GlyphAdvance(&buf, sfnt.GlyphIndex(gids[i]), ppem, font.HintingNone)
			a2, _ := sub.GlyphAdvance(&sb, g, ppem, font.HintingNone)
			if a1 != a2 {
				t.Errorf("%s %c: advance %v, subset %v", c.file, r, a1, a2)
			}
			s1, err1 := orig.LoadGlyph(&buf, sfnt.GlyphIndex(gids[i]), ppem, nil)
			s2, err2 := sub.LoadGlyph(&sb, g, ppem, nil)
			if err1 != nil || err2 != nil || len(s1) != len(s2) || len(s1) == 0 {
				t.Errorf("%s %c: outline %d segments (%v), subset %d (%v)", c.file, r, len(s1), err1, len(s2), err2)
				continue
			}
			for k := range s1 {
				if s1[k] != s2[k] {
					t.Errorf("%s %c: segment %d differs", c.file, r, k)
					break
				}
			}
		}
		t.Logf("%s: %d characters, %d glyphs, %d bytes (font %d); composites: %v", c.file, len(rs), sub.NumGlyphs(), len(prog), len(data), composite)
	}
}
