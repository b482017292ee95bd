package gopdf

// Tests of the pingyou patches (see PATCHES.md): ToUnicode above U+FFFF (A),
// subsetting (B) and deterministic output (C).

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cjkFontPath is the repository's LXGW WenKai (a glyf TrueType font with
// Extension B glyphs); PINGYOU_TEST_CJK_FONT overrides it.
const cjkFontPath = "../../fonts/LXGWWenKai-Regular.ttf"

// cjkLines: BMP text plus 𠇔 (U+201D4, Extension B), 35 distinct characters.
var cjkLines = []string{
	"关于表彰二〇二四年度优秀共产党员的决定",
	"各党支部：经研究，决定授予张𠇔同志称号。",
}

// maxCJKFontStream bounds the compressed FontFile2 for cjkLines: measured 9,472
// bytes (upstream v0.33.0: 41,007).
const maxCJKFontStream = 15000

const helperEnv = "PINGYOU_GOPDF_HELPER_OUT"

func TestMain(m *testing.M) {
	// Child process of TestPingyouDeterministicAcrossProcesses.
	if out := os.Getenv(helperEnv); out != "" {
		data, err := os.ReadFile(os.Getenv("PINGYOU_GOPDF_HELPER_FONT"))
		if err == nil {
			var pdf []byte
			if pdf, err = buildPingyouPDF(data, cjkLines); err == nil {
				err = os.WriteFile(out, pdf, 0o644)
			}
		}
		if err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func cjkFont(t *testing.T) (string, []byte) {
	t.Helper()
	path := os.Getenv("PINGYOU_TEST_CJK_FONT")
	if path == "" {
		path = cjkFontPath
	}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("CJK test font %s is absent (the repository's fonts/ should provide it; or set PINGYOU_TEST_CJK_FONT)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(path)
	return abs, data
}

// buildPingyouPDF draws lines with the given font, with a fixed CreationDate.
func buildPingyouPDF(fontData []byte, lines []string) ([]byte, error) {
	pdf := GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	pdf.SetInfo(PdfInfo{
		Title:        "测试𠇔",
		CreationDate: time.Date(2024, 5, 1, 9, 0, 0, 0, time.FixedZone("CST", 8*3600)),
	})
	pdf.AddPage()
	if err := pdf.AddTTFFontData("TestFont", fontData); err != nil {
		return nil, err
	}
	if err := pdf.SetFont("TestFont", "", 16); err != nil {
		return nil, err
	}
	for i, line := range lines {
		pdf.SetXY(50, 50+float64(i)*30)
		if err := pdf.Cell(nil, line); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if _, err := pdf.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// inflatedStreams returns the Flate streams of an unencrypted PDF, decompressed.
func inflatedStreams(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	re := regexp.MustCompile(`/Filter ?/FlateDecode`)
	for _, loc := range re.FindAllIndex(pdf, -1) {
		rest := pdf[loc[1]:]
		start := bytes.Index(rest, []byte("stream\n"))
		if start < 0 {
			continue
		}
		zr, err := zlib.NewReader(bytes.NewReader(rest[start+len("stream\n"):]))
		if err != nil {
			t.Fatalf("stream after %s: %v", pdf[loc[0]:loc[1]], err)
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("stream after %s: %v", pdf[loc[0]:loc[1]], err)
		}
		out = append(out, b)
	}
	return out
}

// fontFileLength returns the /Length of the FontFile2 stream.
func fontFileLength(t *testing.T, pdf []byte) int {
	t.Helper()
	m := regexp.MustCompile(`/FontFile2 (\d+) 0 R`).FindSubmatch(pdf)
	if m == nil {
		t.Fatal("no /FontFile2")
	}
	n := regexp.MustCompile(`(?m)^` + string(m[1]) + ` 0 obj\n<</Length (\d+)`).FindSubmatch(pdf)
	if n == nil {
		t.Fatalf("FontFile2 object %s not found", m[1])
	}
	l, _ := strconv.Atoi(string(n[1]))
	return l
}

// pdftotext returns the text of file, or skips when poppler-utils is absent
// (fails instead under PINGYOU_REQUIRE_TOOLS, as elsewhere in the repository).
func pdftotext(t *testing.T, file string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("PINGYOU_REQUIRE_TOOLS") != "" { // set by .ci/run
			t.Fatal("pdftotext (poppler-utils) not installed")
		}
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.TrimRight(string(out), "\n\f")
}

func TestPingyouUTF16BEHex(t *testing.T) {
	for r, want := range map[rune]string{'A': "0041", '中': "4E2D", 0x201D4: "D840DDD4", 0x2A6D6: "D869DED6", 0xFFFF: "FFFF", 0x10000: "D800DC00"} {
		if got := utf16BEHex(r); got != want {
			t.Errorf("utf16BEHex(%U) = %s, want %s", r, got, want)
		}
	}
}

func TestPingyouCJKExtensionB(t *testing.T) {
	_, font := cjkFont(t)
	pdf, err := buildPingyouPDF(font, cjkLines)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "cjk.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}

	// Patch A: 𠇔 as a surrogate pair in ToUnicode (Flate since patch M) and /Title.
	if !bytes.Contains(bytes.Join(inflatedStreams(t, pdf), nil), []byte("<D840DDD4>\n")) {
		t.Error("ToUnicode lacks <D840DDD4> for U+201D4")
	}
	if !bytes.Contains(pdf, []byte("/Title <FEFF6D4B8BD5D840DDD4>")) {
		t.Error("/Title is not UTF-16BE with a surrogate pair")
	}
	if bytes.Contains(pdf, []byte("<201D4>")) {
		t.Error("raw rune <201D4> written")
	}

	// Patch B: small font program, subset tag, CIDSet.
	if l := fontFileLength(t, pdf); l > maxCJKFontStream {
		t.Errorf("FontFile2 is %d bytes, want <= %d", l, maxCJKFontStream)
	} else {
		t.Logf("FontFile2 %d bytes, PDF %d bytes", l, len(pdf))
	}
	names := regexp.MustCompile(`/(?:BaseFont|FontName) /([A-Z]{6})\+TestFont\b`).FindAllSubmatch(pdf, -1)
	if len(names) != 3 {
		t.Errorf("want 3 subset-tagged names (Type0, CIDFont, FontDescriptor), got %d", len(names))
	}
	for _, n := range names {
		if string(n[1]) != string(names[0][1]) {
			t.Errorf("subset tags differ: %s, %s", n[1], names[0][1])
		}
	}
	if !regexp.MustCompile(`/CIDSet \d+ 0 R`).Match(pdf) {
		t.Error("no /CIDSet in the FontDescriptor")
	}

	// Patch C: same input, same bytes.
	again, err := buildPingyouPDF(font, cjkLines)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pdf, again) {
		t.Error("two builds in one process differ")
	}

	// Independent check: poppler extracts exactly the input.
	if got, want := pdftotext(t, file), strings.Join(cjkLines, "\n"); got != want {
		t.Errorf("pdftotext:\n got %q\nwant %q", got, want)
	}
}

func TestPingyouDeterministicAcrossProcesses(t *testing.T) {
	fontPath, font := cjkFont(t)
	want, err := buildPingyouPDF(font, cjkLines)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		out := filepath.Join(t.TempDir(), "child.pdf")
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), helperEnv+"="+out, "PINGYOU_GOPDF_HELPER_FONT="+fontPath)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("child process: %v\n%s", err, msg)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("child process %d wrote a different PDF (%d vs %d bytes)", i, len(got), len(want))
		}
	}
}

// TestPingyouHintedCompositeSubset uses upstream's LiberationSerif (hinted, with
// composite glyphs), so it runs without the CJK font: instructions are stripped
// and composites keep their components.
func TestPingyouHintedCompositeSubset(t *testing.T) {
	font, err := os.ReadFile("test/res/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{"ÀÉÖüñçåøÿ Ấ Ở ự ḯ Ǟ", "Hello, world"}
	pdf, err := buildPingyouPDF(font, lines)
	if err != nil {
		t.Fatal(err)
	}
	if l := fontFileLength(t, pdf); l > 5000 { // measured 3,017 (upstream 13,235)
		t.Errorf("FontFile2 is %d bytes, want <= 5000", l)
	}
	again, err := buildPingyouPDF(font, lines)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pdf, again) {
		t.Error("two builds in one process differ")
	}

	d := PdfDictionaryObj{PtrToSubsetFontObj: new(SubsetFontObj)}
	d.PtrToSubsetFontObj.init(nil)
	if err := d.PtrToSubsetFontObj.SetTTFData(font); err != nil {
		t.Fatal(err)
	}
	if _, err := d.PtrToSubsetFontObj.AddChars(strings.Join(lines, "")); err != nil {
		t.Fatal(err)
	}
	glyphs := d.subsetGlyphs()
	for _, g := range glyphs {
		data := stripGlyphInstructions(d.getGlyphData(g))
		if len(data) < 10 {
			continue
		}
		if n := int(int16(uint16(data[0])<<8 | uint16(data[1]))); n >= 0 {
			at := 10 + 2*n
			if data[at] != 0 || data[at+1] != 0 {
				t.Errorf("glyph %d keeps instructions", g)
			}
		}
	}
	if len(glyphs) <= len(d.PtrToSubsetFontObj.usedGlyphIndexs()) {
		t.Errorf("no composite components added: %d glyphs for %d used", len(glyphs), len(d.PtrToSubsetFontObj.usedGlyphIndexs()))
	}

	file := filepath.Join(t.TempDir(), "latin.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, want := pdftotext(t, file), strings.Join(lines, "\n"); got != want {
		t.Errorf("pdftotext:\n got %q\nwant %q", got, want)
	}
}
