package gopdf

// Tests of the pingyou speed and size patches from L on (see PATCHES.md).

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// buildApartPDF draws common text in family "TestFont" and name text in a
// second subset of the same font (patch L), from one shared container.
func buildApartPDF(t *testing.T, fc *FontContainer, common, name string) []byte {
	t.Helper()
	pdf := GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	pdf.AddPage()
	if err := pdf.AddTTFFontFromFontContainer("TestFont", fc); err != nil {
		t.Fatal(err)
	}
	if err := pdf.AddTTFFontFromFontContainerAs("TestFont/apart", "TestFont", fc); err != nil {
		t.Fatal(err)
	}
	for i, l := range []struct{ family, text string }{{"TestFont/apart", name}, {"TestFont", common}} {
		if err := pdf.SetFont(l.family, "", 16); err != nil {
			t.Fatal(err)
		}
		pdf.SetXY(50, 50+float64(i)*30)
		if err := pdf.Text(l.text); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := pdf.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fontStreamsOf returns the FontFile2 streams of a PDF (still compressed).
func fontStreamsOf(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range regexp.MustCompile(`/FontFile2 (\d+) 0 R`).FindAllSubmatch(pdf, -1) {
		at := bytes.Index(pdf, []byte("\n"+string(m[1])+" 0 obj\n"))
		if at < 0 {
			t.Fatalf("FontFile2 object %s not found", m[1])
		}
		s := pdf[at:]
		start := bytes.Index(s, []byte("stream\n")) + len("stream\n")
		end := bytes.Index(s, []byte("\nendstream"))
		out = append(out, s[start:end])
	}
	return out
}

// TestPingyouApartSubset: patch L. A second subset of one font is embedded as
// a font of its own, named after the font with its own tag; the first
// subset's font program does not depend on the text set apart; text
// extraction gives both back; output is deterministic.
func TestPingyouApartSubset(t *testing.T) {
	_, data := cjkFont(t)
	fc := &FontContainer{}
	if err := fc.AddTTFFontData("TestFont", data); err != nil {
		t.Fatal(err)
	}
	const common = "在年度创先争优活动中表现突出"
	a := buildApartPDF(t, fc, common, "张𠇔同志")
	b := buildApartPDF(t, fc, common, "李四同志")
	if !bytes.Equal(a, buildApartPDF(t, fc, common, "张𠇔同志")) {
		t.Error("two builds differ")
	}
	names := regexp.MustCompile(`/BaseFont /([A-Z]{6})\+TestFont\n`).FindAllSubmatch(a, -1)
	tags := map[string]bool{}
	for _, n := range names {
		tags[string(n[1])] = true
	}
	if len(tags) != 2 {
		t.Errorf("want two subsets named ABCDEF+TestFont with different tags, got %q", names)
	}
	if bytes.Contains(a, []byte("apart")) {
		t.Error("the gopdf family name of the second subset reached the PDF")
	}
	fa, fb := fontStreamsOf(t, a), fontStreamsOf(t, b)
	if len(fa) != 2 || len(fb) != 2 {
		t.Fatalf("want 2 font programs, got %d and %d", len(fa), len(fb))
	}
	// Fonts are embedded in family order: TestFont, then TestFont/apart.
	if !bytes.Equal(fa[0], fb[0]) {
		t.Error("the common subset's font program changed with the text set apart")
	}
	if bytes.Equal(fa[1], fb[1]) {
		t.Error("different names gave the same font program")
	}
	file := filepath.Join(t.TempDir(), "apart.pdf")
	if err := os.WriteFile(file, a, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := pdftotext(t, file); got != "张𠇔同志\n\n"+common && strings.ReplaceAll(got, "\n", "") != "张𠇔同志"+common {
		t.Errorf("pdftotext = %q", got)
	}
}

// TestPingyouFontStreamCacheGenerations: patch L. An entry that keeps being
// used survives any number of one-off entries; unused ones are dropped.
func TestPingyouFontStreamCacheGenerations(t *testing.T) {
	c := &fontStreamCache{cur: map[fontStreamKey]fontStream{}}
	font := []byte{1}
	key := func(s string) fontStreamKey { return fontStreamKey{font: &font[0], size: 1, glyphs: s} }
	c.put(key("common"), []byte("z"), 7)
	c.put(key("unused"), []byte("u"), 1)
	for i := 0; i < 5*fontStreamLimit; i++ {
		if z, n, ok := c.get(key("common")); !ok || string(z) != "z" || n != 7 {
			t.Fatalf("after %d one-off entries the common entry is gone", i)
		}
		c.put(key("name"+string(rune(0x4E00+i))), []byte("n"), 1)
		if len(c.cur) > fontStreamLimit || len(c.old) > fontStreamLimit {
			t.Fatalf("cache grew past its bound: %d + %d", len(c.cur), len(c.old))
		}
	}
	if _, _, ok := c.get(key("unused")); ok {
		t.Error("an unused entry outlived two generations")
	}
}

// TestPingyouToUnicodeCompressed: patch M. The ToUnicode CMap is a Flate
// stream with one bfchar per glyph, Extension B as a surrogate pair, and the
// same bytes whether it came from the stream cache or not.
func TestPingyouToUnicodeCompressed(t *testing.T) {
	_, data := cjkFont(t)
	pdf, err := buildPingyouPDF(data, cjkLines)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`/ToUnicode (\d+) 0 R`).FindSubmatch(pdf)
	if m == nil {
		t.Fatal("no /ToUnicode")
	}
	at := bytes.Index(pdf, []byte("\n"+string(m[1])+" 0 obj\n<<\n/Filter /FlateDecode\n/Length "))
	if at < 0 {
		t.Fatal("ToUnicode is not a Flate stream")
	}
	cmap := inflatedStreams(t, pdf[at:])[0]
	if !bytes.Contains(cmap, []byte("<D840DDD4>\n")) || !bytes.Contains(cmap, []byte("beginbfchar\n")) ||
		!bytes.HasSuffix(cmap, []byte("endcmap CMapName currentdict /CMap defineresource pop end end\n")) {
		t.Errorf("ToUnicode CMap:\n%s", cmap)
	}
	if n := bytes.Count(cmap, []byte(">\n<")); n < 30 {
		t.Errorf("%d bfchar entries, want one per glyph", n)
	}
	fresh, err := compressBytes(cmap, toUnicodeLevel)
	if err != nil {
		t.Fatal(err)
	}
	cached, err := compressCached(cmap, toUnicodeLevel)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, cached) || !bytes.Contains(pdf, fresh) {
		t.Error("cached and fresh compression differ, or the PDF holds neither")
	}
}

// TestPingyouAppendUTF16BEHex: patch M's append form agrees with
// utf16.Encode for every kind of rune, invalid ones included.
func TestPingyouAppendUTF16BEHex(t *testing.T) {
	for _, r := range []rune{0, 'A', 0x7FF, '中', 0xD800, 0xDFFF, 0xFFFD, 0xFFFF, 0x10000, 0x201D4, 0x10FFFF, 0x110000, -1} {
		want := ""
		for _, u := range utf16.Encode([]rune{r}) {
			want += fmt.Sprintf("%04X", u)
		}
		if got := string(appendUTF16BEHex(nil, r)); got != want {
			t.Errorf("%U: %s, want %s", r, got, want)
		}
	}
}
