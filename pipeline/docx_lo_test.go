package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/document"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
	"pingyou/pipeline/render/docx"
	"pingyou/pipeline/render/pdf"
	"pingyou/pipeline/testtool"
)

// TestDocxInLibreOffice converts the DOCX of the decision, a third of the
// branch notices of the sample batch and notices that need the page-fill
// measures of 7.3.5.5 with LibreOffice (one soffice call) and compares each
// with pingyou's PDF of the same notice (pdftotext of both): the same number
// of pages, the mark on one line, every full body line (a line of 正文 that
// reaches the right edge of the type area) set identically and on the same
// page, and the page with the signature carrying two lines of 正文.
//
// Two differences are LibreOffice's and allowed, each logged:
//   - Two adjacent marks (）。 ”（) take 1.5 em in the PDF; the DOCX condenses
//     the first by half a cell (Word and WPS follow), but LibreOffice 7.4
//     applies no character spacing after the last character of a run and
//     at most 1/6 em before it, so it sets them in 2 em and the rest of the
//     paragraph may break a character earlier.
//   - Where the PDF moved the last lines of a paragraph to the signature's
//     page, the DOCX keeps the paragraph with the signature (keepNext);
//     LibreOffice moves such a paragraph whole, so lines at the foot of the
//     page before may be on the signature's page.
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
	date := cfg.Unit.IssueDate.String()

	dir := t.TempDir()
	type pair struct{ name, pdf, docx, mark, organ string }
	var pairs []pair
	add := func(name, pdf, docx, mark string) {
		base := fmt.Sprintf("%03d", len(pairs)) // soffice names its PDF after the DOCX
		dst := filepath.Join(dir, base+".docx")
		b, err := os.ReadFile(docx)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, pair{name, pdf, dst, mark, cfg.Unit.Name})
	}
	addFile := func(pdf, mark string) {
		add(filepath.Base(pdf), pdf, strings.TrimSuffix(pdf, ".pdf")+".docx", mark)
	}
	addFile(filepath.Join(out, filepath.FromSlash(DecisionName)), cfg.Decision.Mark)
	// Every third branch notice: they share their wording and differ in
	// numbers, names and lengths; one soffice call for all (≈ 1 s each).
	notices, _ := filepath.Glob(filepath.Join(out, filepath.FromSlash(NoticeDir), "*.pdf"))
	sort.Strings(notices)
	for i, p := range notices {
		if i%3 == 0 || i == len(notices)-1 {
			addFile(p, cfg.BranchNotice.Mark)
		}
	}
	if len(pairs) < 10 {
		t.Fatalf("only %d notices", len(pairs))
	}
	for _, m := range pageFillNotices(t, filepath.Join(t.TempDir(), "fill")) {
		add(m.name, m.pdf, m.docx, m.mark)
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
	var full, same, paired int
	for _, p := range pairs {
		ours, oursPages := pdfLines(t, pdftotext, p.pdf)
		loPDF := strings.TrimSuffix(p.docx, ".docx") + ".pdf"
		lo, loPages := pdfLines(t, pdftotext, loPDF)
		if loPages != oursPages {
			t.Errorf("%s: LibreOffice sets %d pages, pingyou %d", p.name, loPages, oursPages)
		}
		checkSignaturePage(t, p.name+" (LibreOffice)", loPDF, date, p.organ)
		loPage := map[string][]int{}
		mark := false
		for _, l := range lo {
			loPage[l.text] = append(loPage[l.text], l.page)
			mark = mark || l.text == p.mark
		}
		if !mark {
			t.Errorf("%s: LibreOffice does not set the mark %q on one line", p.name, p.mark)
		}
		sig := 0 // the page with the date
		for _, l := range ours {
			if l.text == date {
				sig = l.page
			}
		}
		pair := false // the paragraph so far holds two adjacent marks
		var moved []textLine
		for i, l := range ours {
			// 正文: from the left edge or its 2-字 indent to the right edge;
			// the 附件说明 is not 正文.
			indented := l.xMin > left+char
			if indented {
				pair = false
			}
			pair = pair || adjacentMarks(l.text)
			if l.xMax < right-1 || l.xMin > left+2*char+1 || strings.HasPrefix(l.text, "附件：") {
				continue
			}
			full++
			pages, ok := loPage[l.text]
			switch {
			case ok:
				same++
				if !slices.Contains(pages, l.page) {
					moved = append(moved, l)
					if !slices.Contains(pages, l.page+1) || l.page+1 != sig || !lastBodyLines(ours, i, sig) {
						t.Errorf("%s: LibreOffice sets the line %q on page %v, pingyou on page %d", p.name, l.text, pages, l.page)
					}
				}
			case pair:
				paired++
				t.Logf("%s: LibreOffice breaks the line %q differently (two adjacent marks in the paragraph)", p.name, l.text)
			default:
				t.Errorf("%s: LibreOffice breaks the line %q differently", p.name, l.text)
			}
		}
		if len(moved) > 0 {
			t.Logf("%s: LibreOffice takes %d line(s) of 正文 on to page %d with the paragraph kept with the signature", p.name, len(moved), sig)
		}
	}
	pct := 100 * float64(same) / float64(max(full, 1))
	t.Logf("%d notices: %d of %d full body lines (%.1f %%) set identically by LibreOffice; %d after two adjacent marks not", len(pairs), same, full, pct, paired)
	if full < 60 || pct < 90 {
		t.Errorf("LibreOffice sets %d of %d full body lines (%.1f %%) like the PDF, want ≥ 90 %%", same, full, pct)
	}
}

// adjacentMarks reports whether s holds two adjacent marks that the PDF
// sets in 1.5 em: a stop or closing mark, or any mark before an opening one.
func adjacentMarks(s string) bool {
	const blankRight, blankLeft, other = "、。，．；：）》〉」』】〗〕］｝”’", "（《〈「『【〖〔［｛“‘", "！？—…"
	var prev rune
	for _, r := range s {
		if strings.ContainsRune(blankRight, prev) && strings.ContainsRune(blankRight+blankLeft+other, r) ||
			strings.ContainsRune(blankRight+blankLeft+other, prev) && strings.ContainsRune(blankLeft, r) {
			return true
		}
		prev = r
	}
	return false
}

// lastBodyLines reports whether ours[i] and the lines after it on its page
// are all of the page's 正文 (no 附件说明 or signature follows on it) and
// the next page is sig.
func lastBodyLines(ours []textLine, i, sig int) bool {
	for _, l := range ours[i+1:] {
		if l.page != ours[i].page {
			return l.page == sig
		}
		if strings.HasPrefix(l.text, "附件：") || pageNumLine.MatchString(l.text) {
			continue
		}
	}
	return true
}

// fillNotice is a notice laid out and written as the pipeline does it.
type fillNotice struct{ name, pdf, docx, mark string }

// pageFillNotices writes branch notices whose signature's page needs the
// page-fill measures (GB/T 9704-2012 7.3.5.5) — a tighter line pitch (on
// page 1, and on page 2 below a paragraph from page 1), 29 characters a
// line, lines moved — as PDF and DOCX into dir.
func pageFillNotices(t *testing.T, dir string) []fillNotice {
	t.Helper()
	cfg, set := defaultFonts(t)
	opt, err := noticeOptions(cfg, set)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pf := pdf.NewFonts(func(face string) ([]byte, error) { return set.Face(face).Bytes(), nil })
	var fs []fillNotice
	for _, c := range []struct {
		name  string
		paras []int
		seal  document.SealMode
		want  string // the warning the layout gives
	}{
		{"tighter lines", []int{20, 10, 60, 32}, document.WithSeal, "行距由"},
		{"29 a line", []int{76, 10, 60, 32}, document.NoSeal, "字距由"},
		{"a line moved", []int{27, 82, 60, 10}, document.NoSeal, "移到下一页"},
		{"a page full", []int{104, 82, 60, 54}, document.NoSeal, ""},
		// page 2 tightened, a paragraph running on from page 1
		{"tighter lines on page 2", []int{152, 180, 300, 76}, document.NoSeal, "第2页容不下署名、成文日期和印章，已将该页行距"},
	} {
		n := fillBody(c.paras, c.seal)
		doc, br, diags, err := gongwen.LayoutBreaks(n, &layout.Setter{Metrics: set}, opt)
		if err != nil {
			t.Fatal(err)
		}
		found := c.want == ""
		for _, d := range diags {
			found = found || strings.Contains(d.Problem, c.want)
		}
		if !found {
			t.Fatalf("%s: the layout took no measure %q: %v", c.name, c.want, diags)
		}
		f := fillNotice{"page fill: " + c.name, filepath.Join(dir, c.name+".pdf"), filepath.Join(dir, c.name+".docx"), n.Issuers[0]}
		var pb, db bytes.Buffer
		if err := pdf.Render(&pb, doc, pf, pdf.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := docx.Write(&db, n, docxOptions(cfg, br)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f.pdf, pb.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f.docx, db.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		fs = append(fs, f)
	}
	return fs
}

// fillBody is a branch notice of the default unit whose body is paragraphs
// of the given lengths, cut from one text with a comma every 9 characters.
func fillBody(paras []int, seal document.SealMode) *document.Notice {
	const text = "全校各级党组织和广大共产党员深入学习实践科学发展观紧紧围绕学校中心工作扎实开展创先争优活动在教书育人科学研究服务社会和加强党的建设等方面作出了积极贡献涌现出一批先进基层党组织和优秀共产党员为表彰先进树立典型庆祝中国共产党成立周年之际经各党总支直属党支部推荐党委组织部审核并公示党委研究决定"
	cfg := config.Default()
	n := &document.Notice{
		Form: document.LetterForm, Issuers: []string{cfg.Unit.Name}, Number: "江师党函〔2012〕8号",
		Title: "关于机关第一党支部2012年度民主评议党员结果的通知", Recipients: "机关第一党支部：",
		Organs: []string{cfg.Unit.Name}, Date: cfg.Unit.IssueDate.Date, Seal: seal,
		Attachments: []document.Attachment{{Name: "机关第一党支部2012年度民主评议党员结果名单"}},
	}
	rs := []rune(text)
	for i, k := range paras {
		var sb strings.Builder
		for j := range k {
			sb.WriteRune(rs[(i*17+j)%len(rs)])
			if j%9 == 8 && j < k-1 {
				sb.WriteString("，")
			}
		}
		sb.WriteString("。")
		n.Body = append(n.Body, document.Block{Text: sb.String()})
	}
	return n
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
