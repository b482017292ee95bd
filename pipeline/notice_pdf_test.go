package pipeline

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/plaintext"
	"pingyou/pipeline/testtool"
)

// These tests check the typeset 公文 in the PDF itself, with poppler as the
// independent reader: page size, margins, lines per page, page numbers,
// text, and the red of the 版头.

const ptPerMM = 72 / 25.4

type word struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

var (
	pageRE = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

func bbox(t *testing.T, pdf string) (sizes [][2]float64, words []word) {
	t.Helper()
	bin := testtool.Require(t, "pdftotext")
	out, err := exec.Command(bin, "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	page := 0
	for _, line := range strings.Split(string(out), "\n") {
		if m := pageRE.FindStringSubmatch(line); m != nil {
			w, _ := strconv.ParseFloat(m[1], 64)
			h, _ := strconv.ParseFloat(m[2], 64)
			sizes = append(sizes, [2]float64{w, h})
			page++
			continue
		}
		if m := wordRE.FindStringSubmatch(line); m != nil {
			f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
			words = append(words, word{page, f(m[1]), f(m[2]), f(m[3]), f(m[4]), m[5]})
		}
	}
	return
}

func typesetSeed(t *testing.T) (string, string) {
	t.Helper()
	src := filepath.Join("plaintext", "testdata", "seeds", "000_034e52bbb917526e.txt")
	out := filepath.Join(t.TempDir(), "seed000.pdf")
	cfg := config.Default()
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	if err := Typeset(src, out, "南昌市青山湖区教育体育局文件", cfg, io.Discard); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(src)
	return out, string(b)
}

var pageNumRE = regexp.MustCompile(`^—\s*(\d+)\s*—$`)

func TestNoticePDFGeometry(t *testing.T) {
	pdf, _ := typesetSeed(t)
	sizes, words := bbox(t, pdf)
	if len(sizes) < 3 {
		t.Fatalf("%d pages; seed 000 takes many", len(sizes))
	}
	for i, s := range sizes {
		if math.Abs(s[0]-595.28) > 0.5 || math.Abs(s[1]-841.89) > 0.5 {
			t.Errorf("page %d is %.2f × %.2f pt, want A4 595.28 × 841.89", i+1, s[0], s[1])
		}
	}
	left, top := 28*ptPerMM, 37*ptPerMM
	right, bottom := (28+156)*ptPerMM, (37+225)*ptPerMM
	// Group words into lines per page; page numbers sit 7 mm below the type area.
	byPage := map[int][]word{}
	numbers := map[int]word{}
	for _, w := range words {
		line := strings.Join(strings.Fields(w.text), "")
		if w.yMin > bottom && pageNumRE.MatchString(line) {
			numbers[w.page] = w
			continue
		}
		byPage[w.page] = append(byPage[w.page], w)
	}
	// Page 2 is a full page of body text.
	p2 := byPage[2]
	minX, minY := math.Inf(1), math.Inf(1)
	rows := map[int]bool{}
	for _, w := range p2 {
		minX = math.Min(minX, w.xMin)
		minY = math.Min(minY, w.yMin)
		rows[int(math.Round(w.yMin))] = true
		if w.xMax > right+8.5 { // a line-end mark compressed to half a cell keeps a full advance box
			t.Errorf("page 2: %q ends at %.1f mm, beyond the type area", w.text, w.xMax/ptPerMM)
		}
	}
	if math.Abs(minX-left) > 0.5*ptPerMM {
		t.Errorf("page 2: body text starts %.2f mm from the left edge, want 28 ± 0.5", minX/ptPerMM)
	}
	if math.Abs(minY-top) > 1*ptPerMM {
		t.Errorf("page 2: first line's top at %.2f mm, want the type area's top at 37 mm", minY/ptPerMM)
	}
	if len(rows) != 22 {
		t.Errorf("page 2 has %d lines, want 22", len(rows))
	}
	// Full lines that end in a Han character reach the right edge of the type area.
	full := 0
	for _, w := range p2 {
		r := []rune(w.text)
		if w.xMin < left+1 && !strings.ContainsRune("。，、；：”’）》", r[len(r)-1]) && len(r) >= 27 {
			full++
			if math.Abs(w.xMax-right) > 0.2*ptPerMM {
				t.Errorf("full line %q ends at %.2f mm, want 184 ± 0.2", w.text, w.xMax/ptPerMM)
			}
		}
	}
	if full < 5 {
		t.Errorf("only %d full lines checked on page 2", full)
	}
	// Page numbers — N —: odd pages right with 1 字 indent, even pages left.
	char := 156.0 / 28 * ptPerMM
	for p := 1; p <= len(sizes); p++ {
		w, ok := numbers[p]
		if !ok {
			if p < len(sizes) {
				t.Errorf("page %d has no page number", p)
			}
			continue
		}
		n, _ := strconv.Atoi(pageNumRE.FindStringSubmatch(strings.Join(strings.Fields(w.text), ""))[1])
		if n != p {
			t.Errorf("page %d is numbered %d", p, n)
		}
		if p%2 == 1 && math.Abs(w.xMax-(right-char)) > 1.5 {
			t.Errorf("odd page %d: number ends at %.1f mm, want %.1f (right, 1 字 in)", p, w.xMax/ptPerMM, (right-char)/ptPerMM)
		}
		if p%2 == 0 && math.Abs(w.xMin-(left+char)) > 1.5 {
			t.Errorf("even page %d: number starts at %.1f mm, want %.1f (left, 1 字 in)", p, w.xMin/ptPerMM, (left+char)/ptPerMM)
		}
		if mm := w.yMin / ptPerMM; mm < 262 || mm > 262+12 {
			t.Errorf("page %d: number at %.1f mm from the top, want below the type area (TestPageNumberDash measures it)", p, mm)
		}
	}
}

func TestNoticePDFTextRoundTrips(t *testing.T) {
	pdf, src := typesetSeed(t)
	bin := testtool.Require(t, "pdftotext")
	out, err := exec.Command(bin, pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`—\s*\d+\s*—`).ReplaceAllString(string(out), "")
	text = strings.Join(strings.Fields(text), "")
	// Every body paragraph of the seed appears, whole, in the extracted text.
	checked := 0
	for _, para := range strings.Split(src, "\n") {
		// typeset sets half-width marks in Chinese text full-width and drops
		// spaces between Chinese characters (each change a 提醒)
		para, _ = plaintext.DropSpaces(strings.TrimSpace(para))
		para, _ = plaintext.NormalisePunct(para)
		p := strings.Join(strings.Fields(para), "")
		if len([]rune(p)) < 40 || strings.Contains(p, "主题词") {
			continue
		}
		checked++
		if !strings.Contains(text, p) {
			t.Errorf("paragraph not found in the PDF text: %.40s…", p)
		}
	}
	if checked < 10 {
		t.Fatalf("only %d paragraphs checked", checked)
	}
	for _, s := range []string{"南昌市青山湖区教育体育局文件", "湖教体发〔2010〕6号"} {
		if !strings.Contains(text, s) {
			t.Errorf("PDF text lacks %s", s)
		}
	}
}

// The 发文机关标志 and the separator are red when rendered: sample pixels of
// page 1 rendered by pdftoppm.
func TestNoticeHeaderIsRed(t *testing.T) {
	pdf, _ := typesetSeed(t)
	bin := testtool.Require(t, "pdftoppm")
	const dpi = 50
	out, err := exec.Command(bin, "-r", strconv.Itoa(dpi), "-f", "1", "-l", "1", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	w, h, pix, err := readPPM(out)
	if err != nil {
		t.Fatal(err)
	}
	px := func(mm float64) int { return int(mm / 25.4 * dpi) }
	count := func(y0, y1 float64) (red, dark int) {
		for y := px(y0); y < px(y1) && y < h; y++ {
			for x := px(28); x < px(184) && x < w; x++ {
				r, g, b := pix[3*(y*w+x)], pix[3*(y*w+x)+1], pix[3*(y*w+x)+2]
				if r > 180 && g < 120 && b < 120 {
					red++
				} else if r < 100 && g < 100 && b < 100 {
					dark++
				}
			}
		}
		return
	}
	// The mark's top is 35 mm below the type area's top (72 mm from the paper top).
	if red, dark := count(70, 90); red < 200 || dark > 0 {
		t.Errorf("mark area: %d red and %d black pixels; want the mark in red only", red, dark)
	}
	// Body text further down is black, not red.
	if red, dark := count(150, 200); red > 0 || dark < 100 {
		t.Errorf("body area: %d red and %d black pixels", red, dark)
	}
}

func readPPM(b []byte) (w, h int, pix []byte, err error) {
	r := bufio.NewReader(bytes.NewReader(b))
	var magic string
	var max int
	if _, err = fmt.Fscan(r, &magic, &w, &h, &max); err != nil || magic != "P6" || max != 255 {
		return 0, 0, nil, fmt.Errorf("not a P6 PPM (%q %d): %v", magic, max, err)
	}
	r.ReadByte()
	pix = make([]byte, 3*w*h)
	_, err = io.ReadFull(r, pix)
	return
}

// TestPageNumberDash measures where the 一字线 of each page number is
// printed: pdftotext -bbox finds the number, pdftoppm renders its box at
// 600 dpi and the row band of the dash's ink is taken. GB/T 9704-2012 7.5
// puts the 一字线 7 mm below the type area (the em box there put it 9.9 mm
// below).
func TestPageNumberDash(t *testing.T) {
	pdf, _ := typesetSeed(t)
	ppm := testtool.Require(t, "pdftoppm")
	_, words := bbox(t, pdf)
	const dpi = 600
	px := func(pt float64) int { return int(pt / 72 * dpi) }
	checked := 0
	for _, w := range words {
		if w.yMin < 262*ptPerMM || !pageNumRE.MatchString(strings.Join(strings.Fields(w.text), "")) || w.page > 3 {
			continue
		}
		x, y := px(w.xMin), px(w.yMin)
		out, err := exec.Command(ppm, "-r", strconv.Itoa(dpi), "-f", strconv.Itoa(w.page), "-l", strconv.Itoa(w.page), "-gray",
			"-x", strconv.Itoa(x), "-y", strconv.Itoa(y), "-W", strconv.Itoa(px(w.xMax)-x), "-H", strconv.Itoa(px(w.yMax)-y), pdf).Output()
		if err != nil {
			t.Fatal(err)
		}
		width, height, pix, err := readPGM(out)
		if err != nil {
			t.Fatal(err)
		}
		// The dash is the row band where ink runs furthest across: the
		// digits are narrower than the two dashes together.
		best, bestRows := 0, []int{}
		for r := 0; r < height; r++ {
			dark := 0
			for c := 0; c < width; c++ {
				if pix[r*width+c] < 128 {
					dark++
				}
			}
			switch {
			case dark > best*11/10:
				best, bestRows = dark, []int{r}
			case dark*11/10 >= best:
				bestRows = append(bestRows, r)
			}
		}
		mid := float64(y) + float64(bestRows[0]+bestRows[len(bestRows)-1]+1)/2
		below := mid/dpi*25.4 - 262
		t.Logf("page %d: 一字线 %.2f mm below the type area", w.page, below)
		if math.Abs(below-7) > 0.3 {
			t.Errorf("page %d: 一字线 %.2f mm below the type area, want 7", w.page, below)
		}
		checked++
	}
	if checked < 2 {
		t.Fatalf("only %d page numbers measured", checked)
	}
}

func readPGM(b []byte) (w, h int, pix []byte, err error) {
	r := bufio.NewReader(bytes.NewReader(b))
	var magic string
	var max int
	if _, err = fmt.Fscan(r, &magic, &w, &h, &max); err != nil || magic != "P5" || max != 255 {
		return 0, 0, nil, fmt.Errorf("not a P5 PGM (%q %d): %v", magic, max, err)
	}
	r.ReadByte()
	pix = make([]byte, w*h)
	_, err = io.ReadFull(r, pix)
	return
}
