package xlsx

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"pingyou/pipeline/testtool"
)

// soffice converts file in dir with LibreOffice (a real client) and fails the
// test on any error. Each call uses its own profile so runs do not collide.
func soffice(t *testing.T, dir, file, to string) {
	t.Helper()
	bin := testtool.Require(t, "soffice")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo-profile"))
	cmd := exec.CommandContext(ctx, bin, "--headless", "--norestore", "-env:UserInstallation="+profile,
		"--convert-to", to, "--outdir", dir, filepath.Join(dir, file))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", to, err, out)
	}
	if bytes.Contains(out, []byte("Error")) {
		t.Fatalf("soffice --convert-to %s reported an error:\n%s", to, out)
	}
}

func TestLibreOfficeCSV(t *testing.T) {
	testtool.Require(t, "soffice")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "summary.xlsx"), writeFixture(t), 0o644); err != nil {
		t.Fatal(err)
	}
	// 44 comma, 34 quote, 76 UTF-8, from line 1, token 9 true: cell contents as
	// shown (formatted), token 12 -1: every sheet to its own file (LibreOffice ≥ 7.2).
	soffice(t, dir, "summary.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1")
	read := func(sheet string) string {
		b, err := os.ReadFile(filepath.Join(dir, "summary-"+sheet+".csv"))
		if err != nil {
			t.Fatalf("no CSV for %s: %v", sheet, err)
		}
		return string(b)
	}
	members := read(SheetMembers)
	for _, w := range []string{
		"序号,所在党支部,姓名,性别,党员类型,是否参评,优秀票,合格票,基本合格票,不合格票,有效票,优秀票率,自评,互评,群众评议,组织评价,综合得分,支部内排名,否决情形,评定等次,说明,备注",
		`,李四,女,正式党员,是,15,5,0,0,20,76.6%,90.00,90.00,90.00,90.00,90.00,2,,合格,`,
		`"=HYPERLINK(""http://x"",""y"")"`, // LibreOffice kept it text: the formula was not evaluated to "y"
		",+刘十,",
	} {
		if !strings.Contains(members, w) {
			t.Errorf("%s.csv lacks %q", SheetMembers, w)
		}
	}
	if !strings.Contains(read(SheetBranches), "合计,,,9,8,1,8,7,1,,2,28.6%,3,42.9%,1,14.3%,1,14.3%,2") {
		t.Errorf("%s.csv lacks the 合计 row:\n%s", SheetBranches, read(SheetBranches))
	}
	if !strings.Contains(read(SheetOrgs), "文学院学生党支部,党支部,15.00,14.00,70.00,55.0%,一般,否,") {
		t.Errorf("%s.csv:\n%s", SheetOrgs, read(SheetOrgs))
	}
	if !strings.Contains(read(SheetCommended), "先进基层党组织,文学院教工党支部,文学院党总支,JCSF-2012-XJ-0001") {
		t.Errorf("%s.csv:\n%s", SheetCommended, read(SheetCommended))
	}
	read(SheetQuotas)
	if !strings.Contains(read(SheetProblems), "已截断") {
		t.Errorf("%s.csv lacks the truncation note", SheetProblems)
	}
}

// TestLibreOfficePDF prints a workbook with 45 branches and 1,500 members and
// checks that 支部统计 is printed one page wide on landscape A4: every page
// that shows its headings shows the first and the last of them.
func TestLibreOfficePDF(t *testing.T) {
	testtool.Require(t, "soffice")
	pdftotext := testtool.Require(t, "pdftotext")
	pdfinfo := testtool.Require(t, "pdfinfo")
	dir := t.TempDir()
	res, opt := bigResults(1500)
	var buf bytes.Buffer
	if err := WriteSummary(&buf, res, opt); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "big.xlsx"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	soffice(t, dir, "big.xlsx", "pdf")
	pdf := filepath.Join(dir, "big.pdf")
	info, err := exec.Command(pdfinfo, "-f", "1", "-l", "100000", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	sizes := regexp.MustCompile(`Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`).FindAllStringSubmatch(string(info), -1)
	if len(sizes) == 0 {
		t.Fatalf("pdfinfo: no pages\n%s", info)
	}
	var branchPages []int
	for _, m := range sizes {
		page, _ := strconv.Atoi(m[1])
		w, _ := strconv.ParseFloat(m[2], 64)
		h, _ := strconv.ParseFloat(m[3], 64)
		if int(w+0.5) != 842 || int(h+0.5) != 595 {
			t.Errorf("page %d is %.0f×%.0f pt, want landscape A4 842×595", page, w, h)
		}
		text, err := exec.Command(pdftotext, "-f", m[1], "-l", m[1], "-layout", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		s := string(text)
		// 参加评定人数 (a middle column) and 占比 (under each grade) are
		// headings only 支部统计 has, repeated on each of its pages.
		if !strings.Contains(s, "参加评定人数") && !strings.Contains(s, "占比") {
			continue
		}
		branchPages = append(branchPages, page)
		for _, h := range []string{"序号", "党总支", "参加评定人数", "名额计算", "占比", "不评定等次"} {
			if !strings.Contains(s, h) {
				t.Errorf("page %d of 支部统计 lacks heading %q: the table is split across pages in width", page, h)
			}
		}
	}
	if len(branchPages) < 2 {
		t.Errorf("支部统计 on pages %v; want the 45 branches to need at least two pages", branchPages)
	}
	t.Logf("%d pages; 支部统计 on pages %v", len(sizes), branchPages)
	if dst := os.Getenv("PINGYOU_KEEP"); dst != "" {
		_ = os.WriteFile(filepath.Join(dst, "big.pdf"), mustRead(t, pdf), 0o644)
		_ = os.WriteFile(filepath.Join(dst, "big.xlsx"), buf.Bytes(), 0o644)
	}
}

func mustRead(t *testing.T, p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
