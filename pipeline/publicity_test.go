package pipeline

import (
	"bytes"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/testtool"
)

// publicityRows are a 单位信息 sheet with only what the 公示 needs: no
// 发文字号 or 成文日期 (the decision is not made yet). The period starts on
// Friday 2024-12-27 (GNU date) and, skipping Saturday and Sunday, its five
// working days are 12-27, 12-30, 12-31, 2025-01-01 and 01-02: the program
// does not know public holidays (New Year's Day counts; README says so).
var publicityRows = [][2]string{
	{"发文机关", "中共青山湖区某某中学委员会"}, {"评议年度", "2024"},
	{"公示开始日期", "2024-12-27"}, {"公示工作日数", "5"}, {"公示发布机关", "中共青山湖区某某中学委员会组织部"},
	{"公示联系人", "王老师"}, {"公示联系电话", "0791-88123456"},
}

const publicityPeriod = "公示时间：2024年12月27日至2025年1月2日（5个工作日）。"

// TestPublicityStage: `run --stage 公示` from a 单位信息 sheet holding the
// 公示's rows alone writes the 公示 (PDF, DOCX), the catalog and a manifest
// that verify accepts, and nothing else; the text names the period, the
// contact and the organ.
func TestPublicityStage(t *testing.T) {
	dir, inputs := copySamples(t, publicityRows)
	t.Setenv("PINGYOU_FONTS", filepath.Join("..", "fonts"))
	out := filepath.Join(dir, "评议结果-公示")
	var log bytes.Buffer
	opt := cliOptions(inputs, out, &log)
	opt.Stage = config.StagePublicity
	if err := Run(opt); err != nil {
		t.Fatalf("run --stage 公示: %v\n%s", err, log.String())
	}
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range m.Files {
		paths = append(paths, e.Path)
	}
	slices.Sort(paths)
	want := []string{"公文/拟表彰对象公示.docx", PublicityName, CatalogName}
	slices.Sort(want)
	if !slices.Equal(paths, want) {
		t.Errorf("manifest lists %q, want only %q", paths, want)
	}
	var disk []string
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			r, _ := filepath.Rel(out, p)
			disk = append(disk, filepath.ToSlash(r))
		}
		return nil
	})
	if len(disk) != len(want)+1 {
		t.Errorf("folder holds %q", disk)
	}
	if probs, err := archive.Verify(out); err != nil || len(probs) != 0 {
		t.Fatalf("verify: %v %v", probs, err)
	}
	var verify bytes.Buffer
	if err := Verify(out, &verify); err != nil || !strings.Contains(verify.String(), "清单列出的 3 个文件都在") {
		t.Errorf("Verify: %v %s", err, verify.String())
	}
	if !strings.Contains(log.String(), "完成：3 个文件写入") {
		t.Errorf("run's count differs from verify's:\n%s", log.String())
	}
	for _, e := range m.Files {
		if e.Path == PublicityName && (e.Kind != "公文" || e.Title != "关于2024年度先进基层党组织和优秀共产党员拟表彰对象的公示" ||
			e.Author != "中共青山湖区某某中学委员会组织部" || e.Date != "2024年12月27日" || e.Number != "") {
			t.Errorf("manifest entry: %+v", e)
		}
	}
	for _, w := range []string{"公示期：2024年12月27日至2025年1月2日", "只生成拟表彰对象公示"} {
		if !strings.Contains(log.String(), w) {
			t.Errorf("log lacks %q:\n%s", w, log.String())
		}
	}
	for _, no := range []string{"发文字号", "成文日期"} {
		if strings.Contains(log.String(), no) {
			t.Errorf("the 公示 alone asks about the decision's %s:\n%s", no, log.String())
		}
	}
	text := compactText(pdftotext(t, filepath.Join(out, filepath.FromSlash(PublicityName))))
	for _, w := range []string{"关于2024年度先进基层党组织和优秀共产党员拟表彰对象的公示", publicityPeriod,
		"向中共青山湖区某某中学委员会组织部反映", "联系人：王老师", "联系电话：0791-88123456",
		"中共青山湖区某某中学委员会组织部2024年12月27日", "附件1", "附件2"} {
		if !strings.Contains(text, w) {
			t.Errorf("公示 text lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "江城") || strings.Contains(text, "文件") || strings.Contains(text, "〔") {
		t.Errorf("the 公示 carries the sample unit, a red head or a number:\n%s", text)
	}
}

// TestPublicityStageNeedsTheContact: a blank 公示联系人 stops the 公示 at its
// cell, in Chinese, before anything is written; the decision's settings
// are not asked for.
func TestPublicityStageNeedsTheContact(t *testing.T) {
	rows := slices.Clone(publicityRows)
	row := slices.IndexFunc(rows, func(r [2]string) bool { return r[0] == "公示联系人" })
	rows[row][1] = ""
	dir, inputs := copySamples(t, rows)
	out := filepath.Join(dir, "out")
	var log bytes.Buffer
	var diags model.Diagnostics
	opt := cliOptions(inputs, out, &log)
	opt.Stage = config.StagePublicity
	opt.Diagnostics = func(d model.Diagnostics) { diags = append(diags, d...) }
	if err := Run(opt); !errors.Is(err, ErrInput) {
		t.Fatalf("err = %v, want ErrInput\n%s", err, log.String())
	}
	cell := "花名册.xlsx 单位信息!B" + strconv.Itoa(row+3)
	found := false
	for _, d := range diags {
		if d.Severity == model.Error && d.Ref.String() == cell && strings.Contains(d.Problem, "没有填写“公示联系人”") && d.Fix != "" {
			found = true
		}
		for _, no := range []string{"发文字号", "成文日期", "印发机关", "单位代码"} {
			if strings.Contains(d.Problem, no) {
				t.Errorf("the 公示 alone asks for %s: %s", no, d.String())
			}
		}
	}
	if !found {
		t.Errorf("no error at %s for the blank 公示联系人:\n%s", cell, log.String())
	}
	if !strings.Contains(log.String(), cell) {
		t.Errorf("log does not name %s:\n%s", cell, log.String())
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Error("an output folder was made without the contact")
	}
}

// TestPublicityDir: the 公示 alone goes beside the full results, never
// into their folder (replaced whole, it would lose the decision's files).
func TestPublicityDir(t *testing.T) {
	for in, want := range map[string]string{"out": "out-公示", "评议结果/": "评议结果-公示",
		filepath.Join("a", "b"): filepath.Join("a", "b-公示")} {
		if got := PublicityDir(in); got != want {
			t.Errorf("PublicityDir(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPublicityInAFullRun: the sample batch (publicity.start set) makes the
// 公示 besides the decision, with the same 名单: organisations and
// members, grouped by unit, in the same order; as a GB/T 9704 page without
// 版头: A4, type area 156 × 225 mm at 28 mm from the left and 37 mm from the
// top, the title centred at its top, page numbers as in the other notices,
// two lines of 正文 on the signature's page and no red anywhere.
func TestPublicityInAFullRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, e := range m.Files {
		listed[e.Path] = true
	}
	for _, p := range []string{PublicityName, "公文/拟表彰对象公示.docx", DecisionName} {
		if !listed[p] {
			t.Errorf("manifest lacks %s", p)
		}
	}
	if probs, err := archive.Verify(out); err != nil || len(probs) != 0 {
		t.Fatalf("verify: %v %v", probs, err)
	}
	pub := filepath.Join(out, filepath.FromSlash(PublicityName))
	text := compactText(pdftotext(t, pub))
	// 2012-06-15 is a Friday (GNU date): five working days end on
	// Thursday 06-21, over the weekend of 06-16 and 06-17.
	for _, w := range []string{"公示时间：2012年6月15日至6月21日（5个工作日）。", "联系人：王明", "联系电话：027-12345678"} {
		if !strings.Contains(text, w) {
			t.Errorf("公示 text lacks %q", w)
		}
	}
	// The 名单 of the 公示 and of the decision read the same: every name
	// and unit heading, in order.
	decision := pdftotext(t, filepath.Join(out, filepath.FromSlash(DecisionName)))
	got, want := nameLists(pdftotext(t, pub)), nameLists(decision)
	if len(want) < 50 {
		t.Fatalf("only %d words in the decision's 名单", len(want))
	}
	if !slices.Equal(got, want) {
		t.Errorf("the 公示's 名单 differs from the decision's:\n公示 %q\n决定 %q", got, want)
	}
	for _, w := range []string{"牛犇", "机关第一党支部（5名）", "离退休教工第二党支部"} {
		if !slices.Contains(got, w) {
			t.Errorf("名单 lacks %s", w)
		}
	}
	checkSignaturePage(t, "公示", pub, "2012年6月15日", "中共江城师范学院委员会组织部")
	checkPlainNoticeGeometry(t, pub)

	// The 公示 posted days before (--stage 公示) and the one archived
	// with the decision are the same files, byte for byte.
	alone := filepath.Join(t.TempDir(), "公示")
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir, cfg.Dir = filepath.Join("..", "fonts"), ""
	var log bytes.Buffer
	if err := Run(Options{Config: cfg, Stage: config.StagePublicity, Inputs: samples, OutDir: alone, Log: &log, Program: "pingyou test"}); err != nil {
		t.Fatalf("run --stage 公示: %v\n%s", err, log.String())
	}
	for _, p := range []string{PublicityName, "公文/拟表彰对象公示.docx"} {
		a, _ := os.ReadFile(filepath.Join(out, filepath.FromSlash(p)))
		b, _ := os.ReadFile(filepath.Join(alone, filepath.FromSlash(p)))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: %d bytes in the full run, %d from --stage 公示, not the same", p, len(a), len(b))
		}
	}
}

// compactText is pdftotext's output without page numbers and white space.
func compactText(s string) string {
	s = regexp.MustCompile(`—\s*\d+\s*—`).ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), "")
}

// nameLists are the words of a notice's 附件 pages (from the first 附件1
// label on), without page numbers, labels, titles and the count line.
func nameLists(text string) []string {
	loc := regexp.MustCompile(`(?m)^\f?附件1$`).FindStringIndex(text)
	if loc == nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(text[loc[0]:], "\n") {
		l = strings.TrimSpace(strings.Trim(l, "\f"))
		if strings.HasPrefix(l, "抄送") {
			break // the decision's 版记
		}
		if l == "" || pageNumLine.MatchString(l) || regexp.MustCompile(`^附件\d$`).MatchString(l) ||
			strings.HasSuffix(l, "名单") || strings.HasPrefix(l, "（共") {
			continue
		}
		out = append(out, strings.Fields(l)...)
	}
	return out
}

// checkPlainNoticeGeometry measures a 公文 without 版头 with poppler: every
// page A4; text within the type area (28–184 mm across, 37–262 mm down);
// each page's first line at the type area's top and its text from the
// left edge; the title on page 1 first, centred, in the 小标宋 face; page
// numbers — N — 7 mm below the type area, odd pages right and even left,
// 1 字 in; and no red pixel on page 1 (no mark, no red line).
func checkPlainNoticeGeometry(t *testing.T, pdf string) {
	t.Helper()
	sizes, words := bbox(t, pdf)
	if len(sizes) < 2 {
		t.Fatalf("%d pages", len(sizes))
	}
	left, top := 28*ptPerMM, 37*ptPerMM
	right, bottom := (28+156)*ptPerMM, (37+225)*ptPerMM
	char := 156.0 / 28 * ptPerMM
	minX, minY := map[int]float64{}, map[int]float64{}
	numbers := map[int]word{}
	for _, w := range words {
		if w.yMin > bottom && pageNumRE.MatchString(strings.Join(strings.Fields(w.text), "")) {
			numbers[w.page] = w
			continue
		}
		if _, ok := minX[w.page]; !ok {
			minX[w.page], minY[w.page] = math.Inf(1), math.Inf(1)
		}
		minX[w.page], minY[w.page] = math.Min(minX[w.page], w.xMin), math.Min(minY[w.page], w.yMin)
		// pdftotext's boxes are the fonts' (Noto Serif CJK's reaches 0.27
		// em above the em box: 2.1 mm for the title); page 1's ink is
		// measured below.
		if w.xMin < left-0.5 || w.xMax > right+8.5 || w.yMin < top-2.5*ptPerMM || w.yMax > bottom+2*ptPerMM {
			t.Errorf("page %d: %q at %.1f–%.1f × %.1f–%.1f mm, outside the type area", w.page, w.text,
				w.xMin/ptPerMM, w.xMax/ptPerMM, w.yMin/ptPerMM, w.yMax/ptPerMM)
		}
	}
	for p, s := range sizes {
		if math.Abs(s[0]-595.28) > 0.5 || math.Abs(s[1]-841.89) > 0.5 {
			t.Errorf("page %d is %.2f × %.2f pt, want A4", p+1, s[0], s[1])
		}
		page := p + 1
		if page > 1 && math.Abs(minY[page]-top) > 1*ptPerMM {
			t.Errorf("page %d: first line's top at %.2f mm, want the type area's top, 37 mm", page, minY[page]/ptPerMM)
		}
		if page > 1 && math.Abs(minX[page]-left) > 0.5*ptPerMM {
			t.Errorf("page %d: text starts %.2f mm from the left edge, want 28", page, minX[page]/ptPerMM)
		}
		w, ok := numbers[page]
		if !ok {
			t.Errorf("page %d has no page number", page)
			continue
		}
		if n, _ := strconv.Atoi(pageNumRE.FindStringSubmatch(strings.Join(strings.Fields(w.text), ""))[1]); n != page {
			t.Errorf("page %d is numbered %d", page, n)
		}
		if page%2 == 1 && math.Abs(w.xMax-(right-char)) > 1.5 || page%2 == 0 && math.Abs(w.xMin-(left+char)) > 1.5 {
			t.Errorf("page %d: number at %.1f–%.1f mm, want 1 字 in from the %s", page, w.xMin/ptPerMM, w.xMax/ptPerMM,
				map[bool]string{true: "right", false: "left"}[page%2 == 1])
		}
		if mm := w.yMin / ptPerMM; mm < 262 || mm > 262+12 {
			t.Errorf("page %d: number at %.1f mm from the top", page, mm)
		}
	}
	// The title: the first words of page 1, centred on the type area.
	var title []word
	for _, w := range words {
		if w.page == 1 && w.yMin < minY[1]+3 {
			title = append(title, w)
		}
	}
	if len(title) == 0 || !strings.HasPrefix(title[0].text, "关于") {
		t.Fatalf("page 1 does not start with the title: %+v", title)
	}
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, w := range title {
		x0, x1 = math.Min(x0, w.xMin), math.Max(x1, w.xMax)
	}
	if mid := (x0 + x1) / 2 / ptPerMM; math.Abs(mid-(28+78)) > 2 {
		t.Errorf("title's first line centred at %.1f mm, want 106 (the type area's middle)", mid)
	}
	ppm := testtool.Require(t, "pdftoppm")
	const dpi = 150
	img, err := exec.Command(ppm, "-r", strconv.Itoa(dpi), "-f", "1", "-l", "1", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	w, h, pix, err := readPPM(img)
	if err != nil {
		t.Fatal(err)
	}
	red, dark, inkTop := 0, 0, -1
	for i := 0; i < w*h; i++ {
		r, g, b := pix[3*i], pix[3*i+1], pix[3*i+2]
		if r > 180 && g < 120 && b < 120 {
			red++
		} else if r < 100 && g < 100 && b < 100 {
			dark++
			if inkTop < 0 {
				inkTop = i / w
			}
		}
	}
	if red > 0 || dark < 1000 {
		t.Errorf("page 1: %d red and %d dark pixels; want black text and no red (no 版头)", red, dark)
	}
	// The title's ink starts within its first line's em box, just below
	// the type area's top (a Han character's ink is inset a little).
	t.Logf("page 1: ink from %.2f mm, %d dark pixels", float64(inkTop)/dpi*25.4, dark)
	if mm := float64(inkTop) / dpi * 25.4; mm < 37-0.2 || mm > 37+2 {
		t.Errorf("page 1: ink starts %.2f mm from the top, want the title at the type area's top (37 mm)", mm)
	}
}

// TestPublicityArchiveFormats: the 公示 alone, asked for as PDF, DOCX and
// OFD with a seal image: the PDF (a form without 版头, new to the layout)
// passes veraPDF as PDF/A-2a and PDF/UA-1, the OFD reads and renders like
// the PDF (ofdrw), and the manifest lists all three.
func TestPublicityArchiveFormats(t *testing.T) {
	if testing.Short() {
		t.Skip("the Java validators")
	}
	testtool.Validators(t)
	testtool.Require(t, "pdftoppm")
	dir := t.TempDir()
	seal := sealPNG(t, dir)
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir, cfg.Dir = filepath.Join("..", "fonts"), ""
	cfg.Output.Formats = []string{"pdf", "docx", "ofd"}
	cfg.Publicity.Seal = seal
	out := filepath.Join(dir, "out")
	var log bytes.Buffer
	if err := Run(Options{Config: cfg, Stage: config.StagePublicity, Inputs: samples, OutDir: out, Log: &log, Program: "pingyou test"}); err != nil {
		t.Fatalf("run --stage 公示: %v\n%s", err, log.String())
	}
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range m.Files {
		paths = append(paths, e.Path)
	}
	slices.Sort(paths)
	if want := []string{"公文/拟表彰对象公示.docx", "公文/拟表彰对象公示.ofd", PublicityName, CatalogName}; !slices.Equal(paths, want) {
		t.Errorf("manifest lists %q, want %q", paths, want)
	}
	pdf := filepath.Join(out, filepath.FromSlash(PublicityName))
	for _, flavour := range []string{"2a", "ua1"} {
		testtool.VeraPDF(t, flavour, pdf)
	}
	sameAsPDF(t, strings.TrimSuffix(pdf, ".pdf")+".ofd", pdf)
	tags := ofdTags(t, strings.TrimSuffix(pdf, ".pdf")+".ofd")
	if got := strings.Join(tags["标题"], ""); got != "关于2012年度先进基层党组织和优秀共产党员拟表彰对象的公示" {
		t.Errorf("OFD 标题 tag %q", got)
	}
	if len(tags["发文机关标志"]) != 0 || len(tags["发文字号"]) != 0 {
		t.Errorf("OFD tags a 版头 the 公示 does not have: %v", tags)
	}
}
