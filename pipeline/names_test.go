package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/render/xlsx"
	"pingyou/pipeline/rules"
)

// TestNamesExtractWhole: every name in every list — the decision's 名单, each
// branch notice's 名单, each certificate's recipient — comes back from
// pdftotext as one word exactly as written, however it is set: spread to
// three cells (牛　犇), with a fallback glyph (犇 is not in FandolFang), or
// from Extension B (李𠇔). An archive search for 陈镕 must find 陈镕.
// Names printed in a fallback face are reported as 提醒, in the log and in
// the summary's 问题清单.
func TestNamesExtractWhole(t *testing.T) {
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	cfg.Dir = ""
	out := filepath.Join(t.TempDir(), "out")
	var log bytes.Buffer
	opt := Options{Config: cfg, Inputs: samples, OutDir: out, Log: &log, Program: "pingyou test", Force: true}
	if err := Run(opt); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	ds, _, err := read(&opt)
	if err != nil {
		t.Fatal(err)
	}
	res := rules.Evaluate(ds, &cfg.Scheme)
	words := func(path string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(pdftotext(t, path)) {
			m[w] = true
		}
		return m
	}

	decision := words(filepath.Join(out, filepath.FromSlash(DecisionName)))
	n := 0
	for _, c := range res.Commendations {
		if c.Award != compose.AwardMember && c.Award != compose.AwardOrg {
			continue
		}
		n++
		if !decision[c.Name] {
			t.Errorf("表彰决定: %q does not extract as one word", c.Name)
		}
	}
	if n < 50 {
		t.Fatalf("only %d names in the decision", n)
	}

	byBranch := map[string][]string{}
	for _, m := range res.Members {
		byBranch[m.Member.Branch] = append(byBranch[m.Member.Branch], m.Member.Name)
	}
	entries, err := os.ReadDir(filepath.Join(out, filepath.FromSlash(NoticeDir)))
	if err != nil {
		t.Fatal(err)
	}
	checked := map[string]bool{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".pdf") {
			continue
		}
		branch := strings.TrimSuffix(strings.SplitN(e.Name(), "-", 2)[1], ".pdf")
		names := byBranch[branch]
		if len(names) == 0 {
			t.Errorf("%s: no members for branch %q", e.Name(), branch)
			continue
		}
		w := words(filepath.Join(out, filepath.FromSlash(NoticeDir), e.Name()))
		for _, name := range names {
			checked[name] = true
			if !w[name] {
				t.Errorf("%s: %q does not extract as one word", e.Name(), name)
			}
		}
	}
	for _, rare := range []string{"牛犇", "陈镕", "王喆", "李堃", "刘珺", "周昇", "杨赟", "李𠇔", "张𠇔华", "买买提·艾力", "欧阳明明"} {
		if !checked[rare] {
			t.Errorf("the samples have no %s in a branch notice any more: the test lost its point", rare)
		}
	}

	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	certs := 0
	for _, e := range m.Files {
		if e.Kind != "证书" {
			continue
		}
		certs++
		name := strings.TrimSuffix(strings.SplitN(filepath.Base(e.Path), "-", 2)[1], ".pdf")
		w := words(filepath.Join(out, filepath.FromSlash(e.Path)))
		if !w[name+"同志："] && !w[name+"："] {
			t.Errorf("%s: the recipient %q does not extract as one word", e.Path, name)
		}
	}
	if certs == 0 {
		t.Fatal("no certificates")
	}

	// 提醒 for names in a fallback face: the log and the 问题清单.
	f, err := excelize.OpenFile(filepath.Join(out, SummaryName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetProblems)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ name, char, cell string }{
		{"牛犇", "犇", "A30"}, {"陈镕", "镕", "A16"}, {"李𠇔", "𠇔", "A323"},
	} {
		found := false
		for _, r := range rows {
			if len(r) >= 7 && r[4] == want.cell && r[6] == want.name && strings.Contains(r[5], "“"+want.char+"”") &&
				strings.Contains(r[5], "FandolFang") && strings.Contains(r[5], "AR PL UKai CN") {
				found = true
			}
		}
		if !found {
			t.Errorf("问题清单 has no row for %s (%s in %s)", want.name, want.char, want.cell)
		}
		line := "提醒：花名册.xlsx 党员!" + want.cell + "：“" + want.char + "”在字体 FandolFang"
		if !strings.Contains(log.String(), line) {
			t.Errorf("log lacks %q", line)
		}
	}
	if strings.Contains(log.String(), "：“王") {
		t.Errorf("a 提醒 for a character FandolFang has:\n%s", log.String())
	}
}
