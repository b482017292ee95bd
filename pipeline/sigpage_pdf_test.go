package pipeline

import (
	"io"
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

// pageLines returns each page's text lines as pdftotext -raw gives them.
func pageLines(t *testing.T, pdf string) [][]string {
	t.Helper()
	bin := testtool.Require(t, "pdftotext")
	out, err := exec.Command(bin, "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	var pages [][]string
	for _, p := range strings.Split(strings.TrimSuffix(string(out), "\f"), "\f") { // pdftotext ends every page with \f
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		pages = append(pages, lines)
	}
	return pages
}

var pageNumLine = regexp.MustCompile(`^—\s*\d+\s*—$`)

// checkSignaturePage reads a typeset 公文 back: the page with the 成文日期
// carries at least two lines of 正文 above the 附件说明 and the signature,
// and the 附件说明 is all on that page. date is the 成文日期 as printed,
// organ the 发文机关署名.
func checkSignaturePage(t *testing.T, name, pdf, date, organ string) {
	t.Helper()
	pages := pageLines(t, pdf)
	sig := -1
	for i, p := range pages {
		for _, l := range p {
			if l == date {
				sig = i
			}
		}
	}
	if sig < 0 {
		t.Errorf("%s: no page with the date %s", name, date)
		return
	}
	for i, p := range pages {
		for _, l := range p {
			if strings.HasPrefix(l, "附件：") && i != sig {
				t.Errorf("%s: the 附件说明 is on page %d, the signature on page %d", name, i+1, sig+1)
			}
		}
	}
	body, note := 0, false
	for _, l := range pages[sig] {
		if l == date || len([]rune(l)) >= 2 && strings.HasPrefix(organ, l) {
			break
		}
		switch {
		case strings.HasPrefix(l, "附件："):
			note = true
		case !note && !pageNumLine.MatchString(l):
			body++
		}
	}
	if body < 2 {
		t.Errorf("%s: page %d carries %d line(s) of 正文 above the signature, want at least 2: %q", name, sig+1, body, pages[sig])
	}
}

// TestSignaturePagesOfARun checks the signature page of every notice of
// the sample batch: the 表彰决定 and each branch's result notice.
func TestSignaturePagesOfARun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	files, _ := filepath.Glob(filepath.Join(out, NoticeDir, "*.pdf"))
	files = append(files, filepath.Join(out, DecisionName))
	if len(files) < 20 {
		t.Fatalf("only %d notices", len(files))
	}
	for _, f := range files {
		checkSignaturePage(t, filepath.Base(f), f, "2012年6月28日", "中共江城师范学院委员会")
	}
}

// TestSignaturePagesOfSeeds typesets the five seeds: each that has a
// signature (000, 002 with a date only, 003) carries two lines of 正文 on
// its page.
func TestSignaturePagesOfSeeds(t *testing.T) {
	cfg := config.Default()
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	seeds, _ := filepath.Glob(filepath.Join("plaintext", "testdata", "seeds", "*.txt"))
	checked := 0
	for _, src := range seeds {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := plaintext.Parse(string(b))
		if n.Date.IsZero() {
			continue // no 成文日期 in the source: no signature block
		}
		organ := ""
		if len(n.Organs) > 0 {
			organ = n.Organs[0]
		}
		out := filepath.Join(t.TempDir(), strconv.Itoa(checked)+".pdf")
		if err := Typeset(src, out, "", cfg, io.Discard); err != nil {
			t.Fatal(err)
		}
		checkSignaturePage(t, filepath.Base(src), out, n.Date.String(), organ)
		checked++
	}
	if checked < 3 {
		t.Errorf("only %d seeds have a signature", checked)
	}
}
