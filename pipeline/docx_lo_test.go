package pipeline

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/testtool"
)

// TestDocxInLibreOffice converts the decision's and a third of the branch
// notices' DOCX of the sample batch with LibreOffice (one soffice call) and compares
// each with pingyou's PDF of the same notice (pdftotext of both): the same
// number of pages, the mark on one line, and at least 90 % of the PDF's full
// body lines (a line of 正文 that reaches the right edge of the type area)
// set identically.
//
// LibreOffice gets the fonts the PDF uses under the names the DOCX asks for
// (仿宋_GB2312 → FandolFang …, through a fontconfig file of the test's own),
// as an office that has installed them would; with substitutes of other
// widths the comparison would measure the substitutes.
func TestDocxInLibreOffice(t *testing.T) {
	soffice := testtool.Require(t, "soffice")
	pdftotext := testtool.Require(t, "pdftotext")
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	cfg := config.Default()

	dir := t.TempDir()
	type pair struct{ name, pdf, docx, mark string }
	var pairs []pair
	add := func(pdf, mark string) {
		docx := strings.TrimSuffix(pdf, ".pdf") + ".docx"
		name := fmt.Sprintf("%03d", len(pairs)) // soffice names its PDF after the DOCX
		dst := filepath.Join(dir, name+".docx")
		b, err := os.ReadFile(docx)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, pair{filepath.Base(pdf), pdf, dst, mark})
	}
	add(filepath.Join(out, filepath.FromSlash(DecisionName)), cfg.Decision.Mark)
	// Every third branch notice: they share their wording and differ in
	// numbers, names and lengths; one soffice call for all (≈ 1.3 s each).
	notices, _ := filepath.Glob(filepath.Join(out, filepath.FromSlash(NoticeDir), "*.pdf"))
	sort.Strings(notices)
	for i, p := range notices {
		if i%3 == 0 || i == len(notices)-1 {
			add(p, cfg.BranchNotice.Mark)
		}
	}
	if len(pairs) < 10 {
		t.Fatalf("only %d notices", len(pairs))
	}

	args := []string{"-env:UserInstallation=file://" + filepath.Join(t.TempDir(), "lo"), "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", dir}
	for _, p := range pairs {
		args = append(args, p.docx)
	}
	cmd := exec.Command(soffice, args...)
	cmd.Env = append(os.Environ(), "FONTCONFIG_FILE="+fontconfig(t, cfg))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}

	// The type area: 28 mm from the left, 156 mm wide (GB/T 9704).
	left, right := 28*ptPerMM, (28+156)*ptPerMM
	char := 156 * ptPerMM / 28
	var full, same int
	for _, p := range pairs {
		ours, oursPages := pdfLines(t, pdftotext, p.pdf)
		lo, loPages := pdfLines(t, pdftotext, strings.TrimSuffix(p.docx, ".docx")+".pdf")
		if loPages != oursPages {
			t.Errorf("%s: LibreOffice sets %d pages, pingyou %d", p.name, loPages, oursPages)
		}
		loText := map[string]bool{}
		mark := false
		for _, l := range lo {
			loText[l.text] = true
			mark = mark || l.text == p.mark
		}
		if !mark {
			t.Errorf("%s: LibreOffice does not set the mark %q on one line", p.name, p.mark)
		}
		n, m := 0, 0
		for _, l := range ours {
			// 正文: from the left edge or its 2-字 indent to the right edge;
			// the 附件说明 is not 正文.
			if l.xMax < right-1 || l.xMin > left+2*char+1 || strings.HasPrefix(l.text, "附件：") {
				continue
			}
			n++
			if loText[l.text] {
				m++
			} else {
				t.Logf("%s: LibreOffice breaks the line %q differently", p.name, l.text)
			}
		}
		full += n
		same += m
	}
	pct := 100 * float64(same) / float64(max(full, 1))
	t.Logf("%d notices: %d of %d full body lines (%.1f %%) set identically by LibreOffice", len(pairs), same, full, pct)
	if full < 60 || pct < 90 {
		t.Errorf("LibreOffice sets %d of %d full body lines (%.1f %%) like the PDF, want ≥ 90 %%", same, full, pct)
	}
}

type textLine struct {
	page       int
	xMin, xMax float64
	text       string // whitespace removed
}

var (
	lineRE     = regexp.MustCompile(`(?s)<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>`)
	lineWordRE = regexp.MustCompile(`<word[^>]*>([^<]*)</word>`)
)

// pdfLines returns the text lines of a PDF (pdftotext -bbox-layout) and its
// page count. Invisible format characters (the DOCX's word joiners) are
// dropped.
func pdfLines(t *testing.T, pdftotext, pdf string) ([]textLine, int) {
	t.Helper()
	out, err := exec.Command(pdftotext, "-bbox-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	var lines []textLine
	pages := strings.Split(string(out), "<page ")
	for pi, pg := range pages[1:] {
		for _, m := range lineRE.FindAllStringSubmatch(pg, -1) {
			var sb strings.Builder
			for _, w := range lineWordRE.FindAllStringSubmatch(m[3], -1) {
				sb.WriteString(w[1])
			}
			text := strings.Map(func(r rune) rune {
				if r == '\u2060' || r == '\u200B' || r == ' ' {
					return -1
				}
				return r
			}, sb.String())
			x0, _ := strconv.ParseFloat(m[1], 64)
			x1, _ := strconv.ParseFloat(m[2], 64)
			lines = append(lines, textLine{pi + 1, x0, x1, text})
		}
	}
	return lines, len(pages) - 1
}

// fontconfig writes a fontconfig file that adds the repository's fonts/ to
// the system's and maps each DOCX font name (fonts.docx) to the family of
// the first face of its role, the face the PDF uses, and each face to the
// next of the role's chain for the characters it lacks.
func fontconfig(t *testing.T, cfg *config.Config) string {
	t.Helper()
	fontsDir, err := filepath.Abs(filepath.Join("..", "fonts"))
	if err != nil {
		t.Fatal(err)
	}
	set, err := fontkit.Load(fontsDir, cfg.Fonts.Faces)
	if err != nil {
		t.Fatal(err)
	}
	family := func(key string) string {
		if f := set.Face(key); f != nil {
			return f.Family()
		}
		return ""
	}
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
		`<include ignore_missing="yes">/etc/fonts/fonts.conf</include>`)
	fmt.Fprintf(&sb, `<dir>%s</dir><cachedir>%s</cachedir>`, fontsDir, filepath.Join(t.TempDir(), "fc"))
	roles := make([]string, 0, len(cfg.Fonts.Docx))
	for r := range cfg.Fonts.Docx {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, role := range roles {
		chain := cfg.Fonts.Roles[role]
		if len(chain) == 0 {
			continue
		}
		fmt.Fprintf(&sb, `<alias binding="same"><family>%s</family><prefer>`, cfg.Fonts.Docx[role])
		for _, k := range chain {
			fmt.Fprintf(&sb, `<family>%s</family>`, family(k))
		}
		sb.WriteString(`</prefer></alias>`)
	}
	sb.WriteString(`</fontconfig>`)
	p := filepath.Join(t.TempDir(), "fonts.conf")
	if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
