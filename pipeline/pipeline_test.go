package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/testtool"
)

var samples = []string{filepath.Join("..", "samples", "花名册.xlsx"), filepath.Join("..", "samples", "测评表.xlsx")}

func runSamples(t *testing.T, out string) { t.Helper(); runSamplesWith(t, out, nil) }

// runSamplesWith runs the sample batch with the sample config as edit
// changes it.
func runSamplesWith(t *testing.T, out string, edit func(*config.Config)) {
	t.Helper()
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	cfg.Dir = ""
	if edit != nil {
		edit(cfg)
	}
	var log bytes.Buffer
	if err := Run(Options{Config: cfg, Inputs: samples, OutDir: out, Log: &log, Program: "pingyou test", Force: true}); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
}

func pdftotext(t *testing.T, path string) string {
	t.Helper()
	bin := testtool.Require(t, "pdftotext")
	out, err := exec.Command(bin, path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func TestSampleBatch(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if probs, err := archive.Verify(out); err != nil || len(probs) != 0 {
		t.Fatalf("verify: %v %v", probs, err)
	}
	certs := map[string]int{}
	for _, e := range m.Files {
		if e.Kind == "证书" {
			certs[strings.Split(e.Path, "/")[1]]++
		}
		if e.SHA256 == "" || e.SM3 == "" || e.Size == 0 {
			t.Errorf("manifest entry without hashes: %+v", e)
		}
	}
	if certs["优秀共产党员"] == 0 || certs["先进基层党组织"] == 0 {
		t.Fatalf("certificates per award: %v", certs)
	}
	for _, want := range []string{SummaryName, DecisionName, CatalogName} {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(want))); err != nil {
			t.Errorf("missing %s", want)
		}
	}

	// The decision's 名单 and the certificates give every name back exactly,
	// including those with rare characters, and every font is embedded.
	decision := pdftotext(t, filepath.Join(out, filepath.FromSlash(DecisionName)))
	compact := strings.Join(strings.Fields(decision), "")
	for _, s := range []string{"中共江城师范学院委员会文件", "江师党发〔2012〕15号", "各党总支、直属党支部：", "2012年6月28日", "按姓氏笔画为序"} {
		if !strings.Contains(compact, s) {
			t.Errorf("decision text lacks %q", s)
		}
	}
	pdffonts := testtool.Require(t, "pdffonts")
	for _, e := range m.Files {
		if !strings.HasSuffix(e.Path, ".pdf") {
			continue
		}
		p := filepath.Join(out, filepath.FromSlash(e.Path))
		fonts, err := exec.Command(pdffonts, p).Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(fonts)), "\n")[2:] {
			if f := strings.Fields(l); f[len(f)-5] != "yes" {
				t.Errorf("%s: font not embedded: %s", e.Path, l)
			}
		}
		if e.Kind != "证书" {
			continue
		}
		// 证书/优秀共产党员/0001-牛犇.pdf: the name in the file name is on the page.
		name := strings.TrimSuffix(strings.SplitN(filepath.Base(e.Path), "-", 2)[1], ".pdf")
		text := strings.Join(strings.Fields(pdftotext(t, p)), "")
		if !strings.Contains(text, name+"同志：") && !strings.Contains(text, name+"：") {
			t.Errorf("%s: text lacks the recipient %q: %q", e.Path, name, text)
		}
		if award := strings.Split(e.Path, "/")[1]; !strings.Contains(text, "“"+award+"”") {
			t.Errorf("%s: text lacks the award “%s”: %q", e.Path, award, text)
		}
		if !strings.Contains(text, "二〇一二年六月二十八日") || !strings.Contains(text, e.Number) {
			t.Errorf("%s: text lacks the Chinese date or the number %s: %q", e.Path, e.Number, text)
		}
	}

	// The combined PDF has one page per certificate, in the same order.
	combined := pdftotext(t, filepath.Join(out, "证书", "优秀共产党员-合订本.pdf"))
	pages := strings.Split(strings.TrimRight(combined, "\f\n"), "\f")
	if len(pages) != certs["优秀共产党员"] {
		t.Errorf("combined PDF has %d pages, want %d", len(pages), certs["优秀共产党员"])
	}
	all := strings.Join(strings.Fields(combined), "")
	notices := ""
	entries, _ := os.ReadDir(filepath.Join(out, filepath.FromSlash(NoticeDir)))
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".pdf") {
			continue
		}
		notices += strings.Join(strings.Fields(pdftotext(t, filepath.Join(out, filepath.FromSlash(NoticeDir), e.Name()))), "")
	}
	// Not every rare name is commended; the branch notices list every member.
	for _, rare := range []string{"王喆", "李堃", "陈镕", "李𠇔", "张𠇔华", "买买提·艾力", "欧阳明明"} {
		if !strings.Contains(notices, rare) {
			t.Errorf("branch notices do not give back %s", rare)
		}
	}
	if !strings.Contains(all, "同志：") {
		t.Error("combined certificates lack 同志：")
	}
}

func TestSampleBatchIsReproducible(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	runSamples(t, a)
	runSamples(t, b)
	ma, _ := archive.ReadManifest(a)
	mb, _ := archive.ReadManifest(b)
	if len(ma.Files) != len(mb.Files) {
		t.Fatalf("%d files vs %d", len(ma.Files), len(mb.Files))
	}
	for i := range ma.Files {
		if ma.Files[i] != mb.Files[i] {
			t.Errorf("%s differs between two runs of the same batch", ma.Files[i].Path)
		}
	}
	x, _ := os.ReadFile(filepath.Join(a, archive.ManifestName))
	y, _ := os.ReadFile(filepath.Join(b, archive.ManifestName))
	if !bytes.Equal(x, y) {
		t.Error("manifest.json differs between two runs")
	}
}

func TestRunRefusesAnotherBatchAndKeepsIt(t *testing.T) {
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "别的文件.docx"), []byte("keep me"), 0o644)
	cfg := config.Default()
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	err := Run(Options{Config: cfg, Inputs: samples, OutDir: out, Force: true})
	if err == nil || !strings.Contains(err.Error(), "别的文件.docx") {
		t.Fatalf("err = %v, want a refusal naming the file, even with --force", err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "别的文件.docx")); string(b) != "keep me" {
		t.Fatal("the existing file was touched")
	}
}

func TestRunWithInputErrorsGeneratesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "花名册.xlsx")
	b, _ := os.ReadFile(samples[0])
	os.WriteFile(bad, b, 0o644)
	out := filepath.Join(dir, "out")
	cfg := config.Default()
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	// The 测评表 is missing: 党员测评 and 组织测评 sheets are required.
	err := Run(Options{Config: cfg, Inputs: []string{bad}, OutDir: out})
	if !errors.Is(err, ErrInput) {
		t.Fatalf("err = %v, want ErrInput", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("output folder created although the input had errors")
	}
}

// A combined book longer than certificates.book_pages is split into volumes
// (分册) that together hold every certificate once, in list order.
func TestBookVolumes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamplesWith(t, out, func(cfg *config.Config) { cfg.Certificates.BookPages = 30 })
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string // the recipients of 优秀共产党员, in file order
	for _, e := range m.Files {
		if e.Kind == "证书" && strings.HasPrefix(e.Path, "证书/优秀共产党员/") {
			names = append(names, strings.TrimPrefix(e.Title, "优秀共产党员证书："))
		}
	}
	if len(names) <= 60 {
		t.Fatalf("the sample has %d 优秀共产党员; the test needs more than two volumes' worth", len(names))
	}
	var pages []string
	for v := 1; ; v++ {
		p := filepath.Join(out, "证书", fmt.Sprintf("优秀共产党员-合订本-第%02d册.pdf", v))
		if _, err := os.Stat(p); err != nil {
			break
		}
		vol := strings.Split(strings.TrimRight(pdftotext(t, p), "\f\n"), "\f")
		if want := min(30, len(names)-len(pages)); len(vol) != want {
			t.Errorf("volume %d has %d pages, want %d", v, len(vol), want)
		}
		pages = append(pages, vol...)
	}
	if len(pages) != len(names) {
		t.Fatalf("the volumes hold %d pages, want %d", len(pages), len(names))
	}
	for i, text := range pages {
		if !strings.Contains(strings.Join(strings.Fields(text), ""), names[i]) {
			t.Errorf("page %d of the volumes is not %s's certificate: %q", i+1, names[i], text)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "证书", "优秀共产党员-合订本.pdf")); err == nil {
		t.Error("a split book also kept the single-volume name")
	}
	// 先进基层党组织 has 3 certificates: one volume, the plain name.
	if _, err := os.Stat(filepath.Join(out, "证书", "先进基层党组织-合订本.pdf")); err != nil {
		t.Error(err)
	}
}

// TestFileCountsAgree: `run` and `verify` give the same number of files,
// the files the manifest lists (the web page shows that many too), each
// naming the manifest apart; it is what the output folder holds besides
// the manifest.
func TestFileCountsAgree(t *testing.T) {
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	cfg.Dir = ""
	out := filepath.Join(t.TempDir(), "out")
	var runLog, verifyLog bytes.Buffer
	if err := Run(Options{Config: cfg, Inputs: samples, OutDir: out, Log: &runLog, Program: "pingyou test"}); err != nil {
		t.Fatalf("run: %v\n%s", err, runLog.String())
	}
	if err := Verify(out, &verifyLog); err != nil {
		t.Fatal(err)
	}
	count := func(log, pattern string) int {
		m := regexp.MustCompile(pattern).FindStringSubmatch(log)
		if m == nil {
			t.Fatalf("no %q in:\n%s", pattern, log)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	ran := count(runLog.String(), `完成：(\d+) 个文件写入 .*，另有清单 .*manifest\.json。`)
	verified := count(verifyLog.String(), `清单列出的 (\d+) 个文件都在.*另有清单 manifest\.json`)
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	onDisk := 0
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != archive.ManifestName {
			onDisk++
		}
		return nil
	})
	if ran != verified || ran != len(m.Files) || ran != onDisk {
		t.Errorf("run says %d files, verify %d, the manifest lists %d, the folder holds %d besides the manifest",
			ran, verified, len(m.Files), onDisk)
	}
}
