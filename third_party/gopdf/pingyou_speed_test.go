package gopdf

// Tests of the pingyou speed and size patches from L on (see PATCHES.md).

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// TestPingyouWidths: patch N. /W leaves out glyphs of the default width 1000
// and groups consecutive CIDs, and still gives every used glyph its width.
func TestPingyouWidths(t *testing.T) {
	_, cjk := cjkFont(t)
	latin, err := os.ReadFile("test/res/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		data []byte
		text string
	}{"cjk": {cjk, "证书编号：JCSF-2012-YXDY-0001 在2012年度“优秀”"}, "latin": {latin, "Hello, World! fi ffl 0123 Ç"}} {
		pdf := GoPdf{}
		pdf.Start(Config{PageSize: *PageSizeA4})
		pdf.AddPage()
		if err := pdf.AddTTFFontData("F", c.data); err != nil {
			t.Fatal(err)
		}
		if err := pdf.SetFont("F", "", 12); err != nil {
			t.Fatal(err)
		}
		if err := pdf.Text(c.text); err != nil {
			t.Fatal(err)
		}
		var sub *SubsetFontObj
		for _, o := range pdf.pdfObjs {
			if s, ok := o.(*SubsetFontObj); ok {
				sub = s
			}
		}
		w := string(appendWidths(nil, sub))
		// Parse "/W [c [w w …] c [w …]]".
		got := map[int]int{}
		body := strings.TrimSuffix(strings.TrimPrefix(w, "/W ["), "]\n")
		for _, m := range regexp.MustCompile(`(\d+) \[([\d ]+)\]`).FindAllStringSubmatch(body, -1) {
			first, _ := strconv.Atoi(m[1])
			for i, f := range strings.Fields(m[2]) {
				got[first+i], _ = strconv.Atoi(f)
			}
		}
		if rest := regexp.MustCompile(`(\d+) \[([\d ]+)\]`).ReplaceAllString(body, ""); strings.TrimSpace(rest) != "" {
			t.Errorf("%s: unexpected /W syntax %q", name, w)
		}
		ones := 0
		for _, r := range c.text {
			g, _ := sub.CharIndex(r)
			want := int(sub.GlyphIndexToPdfWidth(g))
			cw, ok := got[int(sub.cid(g))]
			if !ok {
				cw = 1000 // the default /DW
			}
			if cw != want {
				t.Errorf("%s: %q CID %d width %d, want %d (%s)", name, r, sub.cid(g), cw, want, w)
			}
			if want == 1000 {
				ones++
			}
		}
		if strings.Contains(w, " 1000") || strings.Contains(w, "[1000") {
			t.Errorf("%s: a width of 1000 was written: %s", name, w)
		}
		t.Logf("%s: %s", name, w)
		if name == "cjk" && ones == 0 {
			t.Error("test text should have glyphs of width 1000")
		}
	}
}

// TestPingyouContentStateKept: patch O. A text object leaves out the font,
// spacing and colour operators that the previous text objects set, but sets
// them again after any other operator (here a filled rectangle, which sets
// the fill colour); the text extracts as drawn.
func TestPingyouContentStateKept(t *testing.T) {
	_, data := cjkFont(t)
	pdf := GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	pdf.AddPage()
	if err := pdf.AddTTFFontData("F", data); err != nil {
		t.Fatal(err)
	}
	text := func(x, y float64, s string) {
		t.Helper()
		pdf.SetXY(x, y)
		if err := pdf.Text(s); err != nil {
			t.Fatal(err)
		}
	}
	pdf.SetFont("F", "", 16)
	pdf.SetTextColor(200, 16, 46)
	pdf.SetCharSpacing(-0.207)
	text(50, 50, "荣誉")
	text(100, 50, "证书")
	pdf.SetFillColor(0, 0, 255)
	pdf.RectFromUpperLeftWithStyle(50, 60, 100, 10, "F")
	text(50, 100, "特发")
	pdf.SetFont("F", "", 12)
	text(50, 150, "此证")
	var buf bytes.Buffer
	if _, err := pdf.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	var content string
	for _, s := range inflatedStreams(t, buf.Bytes()) {
		if bytes.Contains(s, []byte(" TJ")) {
			content = string(s)
		}
	}
	if n := strings.Count(content, "BT\n"); n != 4 {
		t.Fatalf("%d text objects, want 4:\n%s", n, content)
	}
	for op, want := range map[string]int{"Tf\n": 3, "-0.207 Tc\n": 2, "0.784 0.063 0.180 rg\n": 2} {
		if n := strings.Count(content, op); n != want {
			t.Errorf("%q written %d times, want %d:\n%s", op, n, want, content)
		}
	}
	file := filepath.Join(t.TempDir(), "state.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got := pdftotext(t, file)
	for _, w := range []string{"荣誉", "证书", "特发", "此证"} {
		if !strings.Contains(got, w) {
			t.Errorf("pdftotext = %q, lacks %s", got, w)
		}
	}
}

// TestPingyouCmapBinarySearch: patch P. The binary search over cmap format 4
// segments maps every BMP code point to the same glyph as upstream's linear
// scan, for the CJK font and a Latin one.
func TestPingyouCmapBinarySearch(t *testing.T) {
	_, cjk := cjkFont(t)
	latin, err := os.ReadFile("test/res/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"cjk": cjk, "latin": latin} {
		var fast SubsetFontObj
		if err := fast.SetTTFData(data); err != nil {
			t.Fatal(err)
		}
		if !fast.ttfp.EndCountSorted {
			t.Fatalf("%s: cmap segments not recognised as sorted", name)
		}
		slow := fast
		slow.ttfp.EndCountSorted = false
		found := 0
		for r := rune(0); r <= 0xFFFF; r++ {
			g1, err1 := fast.charCodeToGlyphIndexFormat4(r)
			g2, err2 := slow.charCodeToGlyphIndexFormat4(r)
			if g1 != g2 || err1 != err2 {
				t.Fatalf("%s %U: binary search %d %v, linear %d %v", name, r, g1, err1, g2, err2)
			}
			if err1 == nil && g1 != 0 {
				found++
			}
		}
		if found < 100 {
			t.Errorf("%s: only %d characters mapped", name, found)
		}
	}
}

// TestPingyouAppendStrippedGlyph: patch P. Appending a stripped glyph to a
// table gives, for every glyph of a hinted font with composites and of the
// CJK font, the bytes patch B's stripGlyphInstructions gave (kept below as
// the reference), and leaves what was already in the table alone.
func TestPingyouAppendStrippedGlyph(t *testing.T) {
	_, cjk := cjkFont(t)
	latin, err := os.ReadFile("test/res/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"cjk": cjk, "latin": latin} {
		var f SubsetFontObj
		if err := f.SetTTFData(data); err != nil {
			t.Fatal(err)
		}
		glyf := f.ttfp.GetTables()["glyf"]
		loca := f.ttfp.LocaTable
		prefix := []byte("prefix")
		n, changed := 0, 0
		for g := 0; g+1 < len(loca); g++ {
			src := f.ttfp.FontData()[glyf.Offset+loca[g] : glyf.Offset+loca[g+1]]
			orig := append([]byte(nil), src...)
			want := upstreamPatchBStrip(src)
			got := appendStrippedGlyph(append([]byte(nil), prefix...), src)
			if string(got[:len(prefix)]) != "prefix" || !bytes.Equal(got[len(prefix):], want) {
				t.Fatalf("%s glyph %d: appendStrippedGlyph differs from patch B's strip", name, g)
			}
			if !bytes.Equal(src, orig) {
				t.Fatalf("%s glyph %d: font data modified", name, g)
			}
			if len(want) != len(src) {
				changed++
			}
			n++
		}
		t.Logf("%s: %d glyphs, %d changed by stripping", name, n, changed)
		if name == "latin" && changed == 0 {
			t.Error("the hinted font should have instructions to strip")
		}
	}
}

// upstreamPatchBStrip is stripGlyphInstructions as patch B wrote it.
func upstreamPatchBStrip(data []byte) []byte {
	out := append([]byte(nil), data...)
	if len(out) < 10 {
		return out
	}
	numContours := int(int16(binary.BigEndian.Uint16(out)))
	if numContours >= 0 { // simple glyph: endPtsOfContours, instructionLength, instructions, ...
		at := 10 + 2*numContours
		if at+2 > len(out) {
			return out
		}
		n := int(binary.BigEndian.Uint16(out[at:]))
		if at+2+n > len(out) {
			return out
		}
		binary.BigEndian.PutUint16(out[at:], 0)
		out = append(out[:at+2], out[at+2+n:]...)
		// Cut the old padding too: find the end of the flags and coordinates.
		numPoints := 0
		if numContours > 0 {
			numPoints = int(binary.BigEndian.Uint16(out[at-2:])) + 1
		}
		end, xyLen := at+2, 0
		for i := 0; i < numPoints; {
			if end >= len(out) {
				return out
			}
			flag := out[end]
			end++
			repeat := 1
			if flag&8 != 0 && end < len(out) {
				repeat += int(out[end])
				end++
			}
			for _, short := range [2]byte{2, 4} { // x then y: 1 byte, 0 bytes (same) or 2 bytes
				if flag&short != 0 {
					xyLen += repeat
				} else if flag&(short<<3) == 0 {
					xyLen += 2 * repeat
				}
			}
			i += repeat
		}
		if end+xyLen <= len(out) {
			out = out[:end+xyLen]
		}
		return out
	}
	at := 10 // composite glyph: components, then instructions if flagged
	for at+4 <= len(out) {
		flags := binary.BigEndian.Uint16(out[at:])
		binary.BigEndian.PutUint16(out[at:], flags&^weHaveInstructions)
		at += 4 // flags, glyphIndex
		if flags&arg1and2areWords != 0 {
			at += 4
		} else {
			at += 2
		}
		if flags&hasScale != 0 {
			at += 2
		} else if flags&xAndYScale != 0 {
			at += 4
		} else if flags&twoByTwo != 0 {
			at += 8
		}
		if flags&moreComponents == 0 {
			if at > len(out) {
				return append([]byte(nil), data...)
			}
			return out[:at]
		}
	}
	return append([]byte(nil), data...)
}

// TestPingyouNoCIDSet: patch Q. Config.NoCIDSet leaves the CIDSet stream and
// its reference out; fonts still embed and extract; qpdf finds the file sound.
func TestPingyouNoCIDSet(t *testing.T) {
	_, data := cjkFont(t)
	build := func(no bool) []byte {
		pdf := GoPdf{}
		pdf.Start(Config{PageSize: *PageSizeA4, NoCIDSet: no})
		pdf.AddPage()
		if err := pdf.AddTTFFontData("F", data); err != nil {
			t.Fatal(err)
		}
		pdf.SetFont("F", "", 16)
		pdf.SetXY(50, 50)
		if err := pdf.Text(cjkLines[1]); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := pdf.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	with, without := build(false), build(true)
	if !bytes.Contains(with, []byte("/CIDSet ")) || bytes.Contains(without, []byte("/CIDSet")) {
		t.Fatal("CIDSet not left out with NoCIDSet, or missing without it")
	}
	if len(without) >= len(with) {
		t.Errorf("without CIDSet %d bytes, with %d", len(without), len(with))
	}
	file := filepath.Join(t.TempDir(), "nocidset.pdf")
	if err := os.WriteFile(file, without, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := pdftotext(t, file); got != cjkLines[1] {
		t.Errorf("pdftotext = %q", got)
	}
	if qpdf, err := exec.LookPath("qpdf"); err == nil {
		if out, err := exec.Command(qpdf, "--check", file).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	}
}

// TestPingyouWriterAndXref: patch R. The /ID is still SHA-256 of every byte
// before the xref table (written through countingWriter now), each xref entry
// points at its object, and moving the cursor does not allocate.
func TestPingyouWriterAndXref(t *testing.T) {
	_, data := cjkFont(t)
	pdf, err := buildPingyouPDF(data, cjkLines)
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.LastIndex(pdf, []byte("\nxref\n")) + 1
	sum := sha256.Sum256(pdf[:start])
	id := fmt.Sprintf("%X", sum[:16])
	if !bytes.Contains(bytes.ToUpper(pdf), []byte("/ID [<"+id+"> <"+id+">]")) {
		t.Errorf("/ID is not SHA-256 of the bytes before xref (%s)", id)
	}
	lines := strings.Split(string(pdf[start:]), "\n")
	var n int
	fmt.Sscanf(lines[1], "0 %d", &n)
	if n < 5 || lines[2] != "0000000000 65535 f " {
		t.Fatalf("xref header %q %q", lines[1], lines[2])
	}
	for obj := 1; obj < n; obj++ {
		e := lines[2+obj]
		off, err := strconv.Atoi(strings.TrimLeft(e[:10], "0"))
		if len(e) != 19 || e[10:] != " 00000 n " || err != nil {
			t.Fatalf("xref entry %d: %q", obj, e)
		}
		if want := strconv.Itoa(obj) + " 0 obj\n"; !strings.HasPrefix(string(pdf[off:]), want) {
			t.Errorf("xref entry %d points at %q", obj, pdf[off:off+10])
		}
	}
	var gp GoPdf
	gp.Start(Config{PageSize: *PageSizeA4, Unit: UnitPT})
	if a := testing.AllocsPerRun(100, func() { gp.SetXY(10, 20); gp.SetCharSpacing(-0.2) }); a != 0 {
		t.Errorf("SetXY and SetCharSpacing allocate %.0f times", a)
	}
}

// TestPingyouReadShort: patch S. The binary.BigEndian forms read what the
// big.Int forms read, signed and unsigned, at every offset.
func TestPingyouReadShort(t *testing.T) {
	data := []byte{0x00, 0x01, 0x7F, 0xFF, 0x80, 0x00, 0xFF, 0xFF, 0x12}
	for off := 0; off+2 <= len(data); off++ {
		u := uint64(data[off])<<8 | uint64(data[off+1])
		s := int64(u)
		if u >= 0x8000 {
			s -= 65536
		}
		if v, n := ReadUShortFromByte(data, off); v != u || n != 2 {
			t.Errorf("ReadUShortFromByte at %d = %d, %d; want %d", off, v, n, u)
		}
		if v, n := ReadShortFromByte(data, off); v != s || n != 2 {
			t.Errorf("ReadShortFromByte at %d = %d, %d; want %d", off, v, n, s)
		}
	}
}

// TestPingyouGlyphCache: patch V. Concurrent lookups give exactly the
// stripped outlines, building font programs never changes cached bytes
// (components are renumbered in the copy), and the cache stays bounded while
// glyphs in use survive.
func TestPingyouGlyphCache(t *testing.T) {
	_, cjk := cjkFont(t)
	latin, err := os.ReadFile("test/res/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	c := &glyphCache{cur: map[glyphKey][]byte{}}
	for name, data := range map[string][]byte{"cjk": cjk, "latin": latin} {
		var f SubsetFontObj
		if err := f.SetTTFData(data); err != nil {
			t.Fatal(err)
		}
		glyf := f.ttfp.GetTables()["glyf"]
		loca := f.ttfp.LocaTable
		raw := func(g int) []byte { return f.ttfp.FontData()[glyf.Offset+loca[g] : glyf.Offset+loca[g+1]] }
		n := len(loca) - 1
		if n > 3000 {
			n = 3000
		}
		done := make(chan error)
		for w := 0; w < 8; w++ {
			go func(w int) {
				var gids []int
				for g := w; g < n; g += 1 + w%3 {
					gids = append(gids, g)
				}
				got := c.stripped(f.ttfp.FontData(), gids, raw)
				for i, g := range gids {
					if !bytes.Equal(got[i], appendStrippedGlyph(nil, raw(g))) {
						done <- fmt.Errorf("%s glyph %d: cached outline differs", name, g)
						return
					}
				}
				done <- nil
			}(w)
		}
		for w := 0; w < 8; w++ {
			if err := <-done; err != nil {
				t.Fatal(err)
			}
		}
	}

	// A document with composite glyphs (renumbered in the font program) built
	// twice, the font stream cache emptied in between so makeFont runs again.
	build := func() []byte {
		fontStreams.mu.Lock()
		fontStreams.cur, fontStreams.old = map[fontStreamKey]fontStream{}, nil
		fontStreams.mu.Unlock()
		pdf := GoPdf{}
		pdf.Start(Config{PageSize: *PageSizeA4})
		pdf.AddPage()
		if err := pdf.AddTTFFontData("L", latin); err != nil {
			t.Fatal(err)
		}
		pdf.SetFont("L", "", 14)
		pdf.SetXY(50, 50)
		pdf.Text("Çà é ñ ü Åö fi")
		var buf bytes.Buffer
		if _, err := pdf.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if !bytes.Equal(build(), build()) {
		t.Error("a second build with the glyphs cached differs")
	}

	// Bounded: glyphs in use survive many one-off ones.
	font := []byte{1}
	keep := bytes.Repeat([]byte{7}, 1000)
	one := func(g int) []byte { return keep }
	for i := 0; i < 3*glyphCacheBytes/1000; i++ {
		if got := c.stripped(font, []int{0, 1 + i}, one); !bytes.Equal(got[0], appendStrippedGlyph(nil, keep)) {
			t.Fatal("wrong outline")
		}
		if c.curBytes > glyphCacheBytes || c.oldBytes > glyphCacheBytes {
			t.Fatalf("cache grew to %d + %d bytes", c.curBytes, c.oldBytes)
		}
	}
	c.mu.Lock()
	_, inCur := c.cur[glyphKey{&font[0], 0}]
	c.mu.Unlock()
	if !inCur {
		t.Error("the glyph in use was dropped")
	}
}
