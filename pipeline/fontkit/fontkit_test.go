package fontkit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"pingyou/pipeline/layout"
)

// fontsDir is the repository's fonts/ folder.
const fontsDir = "../../fonts"

// need loads the named files from fonts/ or skips the test.
func need(t testing.TB, faces map[string]string) *Set {
	t.Helper()
	for _, f := range faces {
		if _, err := os.Stat(filepath.Join(fontsDir, f)); err != nil {
			t.Fatalf("fonts/%s ships with the repository and is missing (see fonts/README.md): %v", f, err)
		}
	}
	s, err := Load(fontsDir, faces)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLoadMissing(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(dir, map[string]string{"fang": "FandolFang-Regular.ttf", "kai": "/nowhere/kai.ttf"})
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{"找不到字体 fang 的文件 FandolFang-Regular.ttf", filepath.Join(dir, "FandolFang-Regular.ttf"), "/nowhere/kai.ttf"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	var le *LoadError
	if !errors.As(err, &le) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error is not a LoadError wrapping ErrNotExist: %v", err)
	}
}

func TestLoadNotTrueType(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"a.otf": "OTTO\x00\x0a", "b.ttc": "ttcf\x00\x01", "c.ttf": "garbage"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Load(dir, map[string]string{"a": "a.otf", "b": "b.ttc", "c": "c.ttf"})
	if !errors.Is(err, ErrNotTrueType) || !strings.Contains(err.Error(), "convert.py") {
		t.Errorf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "c.ttf") {
		t.Errorf("not every problem reported: %v", err)
	}
}

func TestFandolFang(t *testing.T) {
	s := need(t, map[string]string{"fang": "FandolFang-Regular.ttf"})
	f := s.Face("fang")
	if f.UnitsPerEm() <= 0 || len(f.Bytes()) == 0 || f.Key != "fang" || !filepath.IsAbs(f.Path) {
		t.Errorf("face: upem %d, %d bytes, key %q, path %q", f.UnitsPerEm(), len(f.Bytes()), f.Key, f.Path)
	}
	for _, c := range []struct {
		r     rune
		units int
	}{{'“', 1000}, {'”', 1000}, {'中', 1000}, {'。', 1000}} {
		if u, ok := s.Advance("fang", c.r); !ok || u != c.units {
			t.Errorf("Advance(fang, %c) = %d, %v; want %d", c.r, u, ok, c.units)
		}
	}
	if u, ok := s.Advance("fang", '1'); !ok || u <= 0 || u >= 1000 {
		t.Errorf("Advance(fang, 1) = %d, %v", u, ok)
	}
	for _, r := range "喆堃镕" {
		if f.Has(r) {
			t.Errorf("FandolFang has %c", r)
		}
	}
	if a, d, _ := f.VMetrics(); a < 700 || a > 1200 || d < 0 || d > 400 {
		t.Errorf("VMetrics: ascent %d, descent %d", a, d)
	}
	if _, ok := s.Advance("nope", '中'); ok {
		t.Error("unknown face has a glyph")
	}
}

func TestLXGWWenKaiQuotes(t *testing.T) {
	s := need(t, map[string]string{"kai": "LXGWWenKai-Regular.ttf"})
	for _, r := range "“”" {
		u, ok := s.Advance("kai", r)
		if !ok || u < 300 || u > 400 {
			t.Errorf("Advance(kai, %c) = %d, %v; want about 350", r, u, ok)
		}
	}
}

func TestFallbackAndMissing(t *testing.T) {
	s := need(t, map[string]string{"fang": "FandolFang-Regular.ttf", "kai": "LXGWWenKai-Regular.ttf"})
	chain := []string{"fang", "kai"}
	if k, ok := s.FaceFor(chain, '喆'); !ok || k != "kai" {
		t.Errorf("喆 → %q, %v; want kai", k, ok)
	}
	if k, _ := s.FaceFor(chain, '王'); k != "fang" {
		t.Errorf("王 → %q", k)
	}
	got := string(s.Missing([]string{"fang"}, "王喆喆堃，镕\u200d"))
	if got != "喆堃镕" {
		t.Errorf("Missing = %q", got)
	}
	// through layout: 喆 falls back from 仿宋 to 楷体
	lines, err := (&layout.Setter{Metrics: s}).Lines(layout.Paragraph{Text: "王喆同志",
		Style: layout.Style{Faces: chain, Size: layout.Pt(16)}}, layout.MM(156))
	if err != nil {
		t.Fatal(err)
	}
	var faces []string
	for _, r := range lines[0].Runs {
		faces = append(faces, r.Face+":"+r.Text())
	}
	if strings.Join(faces, " ") != "fang:王 kai:喆 fang:同志" {
		t.Errorf("runs %v", faces)
	}
}

func TestConcurrent(t *testing.T) {
	s := need(t, map[string]string{"fang": "FandolFang-Regular.ttf"})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := rune(0x4E00); r < 0x4E00+4000; r++ {
				if u, ok := s.Advance("fang", r); ok && u != 1000 {
					t.Errorf("%c: %d", r, u)
					return
				}
			}
		}()
	}
	wg.Wait()
	// parsed once per process: a second Set shares the font
	s2 := need(t, map[string]string{"f2": "FandolFang-Regular.ttf"})
	if s2.Face("f2").fontData != s.Face("fang").fontData {
		t.Error("font parsed twice")
	}
}

func BenchmarkAdvance(b *testing.B) {
	s := need(b, map[string]string{"fang": "FandolFang-Regular.ttf"})
	for i := 0; b.Loop(); i++ {
		s.Advance("fang", rune(0x4E00+i%2000))
	}
}
