package fontkit

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
	"golang.org/x/text/encoding/simplifiedchinese"

	"pingyou/pipeline/config"
)

// Ink coverage measures a face's weight: the mean fraction of the em square
// its glyphs cover with ink, rasterised anti-aliased at the same size. A
// fallback face prints the characters the body face lacks (names such as
// 牛犇, 陈镕); if it is much heavier than 仿宋 those characters stand out
// as bold. Weight is a property of the face, so it is compared on the same
// characters (GB 2312 level 1, which every candidate has); the fallback
// glyphs themselves are measured too, for the record.

const inkPPEM = 96 // pixels per em; large enough for hairlines to count

// nameChars are characters of real names that FandolFang lacks.
const nameChars = "喆堃镕珺犇昇頔玥瑀赟\U000201D4"

// gb2312Level1 returns the 3,755 hanzi of GB 2312 level 1 (rows 16–55).
func gb2312Level1(t testing.TB) []rune {
	t.Helper()
	dec := simplifiedchinese.GBK.NewDecoder()
	var out []rune
	for hi := 0xB0; hi <= 0xD7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			if hi == 0xD7 && lo > 0xF9 {
				break
			}
			s, err := dec.Bytes([]byte{byte(hi), byte(lo)})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, []rune(string(s))...)
		}
	}
	if len(out) != 3755 {
		t.Fatalf("GB 2312 level 1: %d hanzi, want 3755", len(out))
	}
	return out
}

// inkFace is one face to measure.
type inkFace struct {
	name string
	f    *sfnt.Font
	buf  sfnt.Buffer
}

// coverage returns the ink of r as a fraction of the em square, and whether
// the face has r.
func (fc *inkFace) coverage(r rune) (float64, bool) {
	gi, err := fc.f.GlyphIndex(&fc.buf, r)
	if err != nil || gi == 0 {
		return 0, false
	}
	segs, err := fc.f.LoadGlyph(&fc.buf, gi, fixed.I(inkPPEM), nil)
	if err != nil {
		return 0, false
	}
	// the em square from 0.88 em above the baseline to 0.12 em below, with a
	// margin for glyphs that overshoot it
	const margin = inkPPEM / 4
	w, h := inkPPEM+2*margin, inkPPEM+2*margin
	oy := float32(margin) + 0.88*inkPPEM
	ras := vector.NewRasterizer(w, h)
	p := func(q fixed.Point26_6) (float32, float32) {
		return float32(q.X)/64 + margin, float32(q.Y)/64 + oy
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			ras.MoveTo(p(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			ras.LineTo(p(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := p(s.Args[0])
			x2, y2 := p(s.Args[1])
			ras.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := p(s.Args[0])
			x2, y2 := p(s.Args[1])
			x3, y3 := p(s.Args[2])
			ras.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	ras.ClosePath()
	dst := image.NewAlpha(image.Rect(0, 0, w, h))
	ras.Draw(dst, dst.Bounds(), image.Opaque, image.Point{})
	var sum int
	for _, a := range dst.Pix {
		sum += int(a)
	}
	return float64(sum) / 255 / (inkPPEM * inkPPEM), true
}

// mean is the mean coverage over rs and the runes the face lacks.
func (fc *inkFace) mean(rs []rune) (float64, []rune) {
	var sum float64
	var n int
	var lacks []rune
	for _, r := range rs {
		c, ok := fc.coverage(r)
		if !ok {
			lacks = append(lacks, r)
			continue
		}
		sum += c
		n++
	}
	if n == 0 {
		return 0, lacks
	}
	return sum / float64(n), lacks
}

// openInk opens every face of a font file (.ttf, .otf, .ttc, .otc).
func openInk(t testing.TB, path string) []*inkFace {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := sfnt.ParseCollection(data)
	if err != nil {
		t.Logf("%s: %v (skipped)", path, err)
		return nil
	}
	var out []*inkFace
	for i := 0; i < c.NumFonts(); i++ {
		f, err := c.Font(i)
		if err != nil {
			t.Logf("%s face %d: %v (skipped)", path, i, err)
			continue
		}
		name, _ := f.Name(nil, sfnt.NameIDFull)
		out = append(out, &inkFace{name: filepath.Base(path) + " · " + name, f: f})
	}
	return out
}

// ratio is a face's weight against a reference face: the ratio of their
// mean coverage over the same characters.
func ratio(t testing.TB, ref, fc *inkFace, rs []rune) float64 {
	t.Helper()
	var rsum, fsum float64
	for _, r := range rs {
		a, ok1 := ref.coverage(r)
		b, ok2 := fc.coverage(r)
		if ok1 && ok2 {
			rsum += a
			fsum += b
		}
	}
	if rsum == 0 {
		t.Fatalf("%s and %s share no characters", ref.name, fc.name)
	}
	return fsum / rsum
}

// TestFallbackWeight: the face that prints what FandolFang lacks in 正文
// (the second face of the body chain, fonts.roles.body in the default
// config) is within 15 % of FandolFang's weight, and has the name
// characters.
func TestFallbackWeight(t *testing.T) {
	cfg := config.Default()
	chain := cfg.Fonts.Roles["body"]
	if len(chain) < 2 || cfg.Fonts.Faces[chain[0]] != "FandolFang-Regular.ttf" {
		t.Fatalf("default body chain %v does not start with FandolFang and a fallback", chain)
	}
	bodyFallback := cfg.Fonts.Faces[chain[1]]
	for _, f := range []string{"FandolFang-Regular.ttf", bodyFallback} {
		if _, err := os.Stat(filepath.Join(fontsDir, f)); err != nil {
			t.Fatalf("fonts/%s ships with the repository and is missing: %v", f, err)
		}
	}
	fang := openInk(t, filepath.Join(fontsDir, "FandolFang-Regular.ttf"))[0]
	fb := openInk(t, filepath.Join(fontsDir, bodyFallback))[0]
	ref := gb2312Level1(t)
	r := ratio(t, fang, fb, ref)
	fangMean, _ := fang.mean(ref)
	fbNames, lacks := fb.mean([]rune(nameChars))
	t.Logf("FandolFang %.4f, %s %.4f on GB 2312 level 1: ratio %.3f; its name glyphs %.4f", fangMean, fb.name, fangMean*r, r, fbNames)
	if r < 0.85 || r > 1.15 {
		t.Errorf("%s: ink %.3f × FandolFang's, want within 15 %%", fb.name, r)
	}
	if len(lacks) > 0 {
		t.Errorf("%s lacks %q", fb.name, string(lacks))
	}
}

// TestInkCandidates prints the weight of every face in the font files of
// $PINGYOU_INK_FONTS (a folder, e.g. the fonts of the Debian packages
// fonts-noto-cjk, fonts-noto-cjk-extra, fonts-lxgw-wenkai, fonts-arphic-*,
// fonts-wqy-*, fonts-droid-fallback unpacked with dpkg -x) against
// FandolFang: how fallback candidates were chosen (fonts/README.md).
func TestInkCandidates(t *testing.T) {
	dir := os.Getenv("PINGYOU_INK_FONTS")
	if dir == "" {
		t.Skip("PINGYOU_INK_FONTS is not set")
	}
	var paths []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			switch strings.ToLower(filepath.Ext(p)) {
			case ".ttf", ".otf", ".ttc", ".otc":
				paths = append(paths, p)
			}
		}
		return nil
	})
	sort.Strings(paths)
	fang := openInk(t, filepath.Join(fontsDir, "FandolFang-Regular.ttf"))[0]
	ref := gb2312Level1(t)
	fangMean, _ := fang.mean(ref)
	var b strings.Builder
	fmt.Fprintf(&b, "| face | ink, GB 2312 level 1 | × FandolFang | ink, name glyphs %s | lacks |\n|---|---|---|---|---|\n", nameChars)
	fmt.Fprintf(&b, "| %s | %.4f | 1.000 | — | %s |\n", fang.name, fangMean, nameChars)
	for _, p := range paths {
		for _, fc := range openInk(t, p) {
			if strings.Contains(fc.name, " JP") || strings.Contains(fc.name, " KR") || strings.Contains(fc.name, " TC") || strings.Contains(fc.name, " HK") {
				continue // same design as SC; the SC face is the one to ship
			}
			if _, ok := fc.coverage('仿'); !ok {
				continue
			}
			r := ratio(t, fang, fc, ref)
			names, lacks := fc.mean([]rune(nameChars))
			fmt.Fprintf(&b, "| %s | %.4f | %.3f | %.4f | %s |\n", fc.name, fangMean*r, r, names, string(lacks))
		}
	}
	t.Log("\n" + b.String())
}
