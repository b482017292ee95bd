package dept_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/dept"
	"pingyou/pipeline/render/xlsx"
	"pingyou/pipeline/testtool"
)

// The generated department of these tests: four schools (samples/gen
// -units 4). 江城 gets a scheme that gives twice the 优秀 and 表彰 a
// department allows; 河阳 gets a score that is not a number.
const (
	overUnit  = "江城师范学院"
	badUnit   = "河阳师范学院"
	badCell   = "D7"
	badSheet  = "党员测评"
	goodUnit  = "东山师范学院"
	unitCount = 4
)

// generate makes the department in a new folder.
func generate(t *testing.T) string {
	t.Helper()
	fonts, err := filepath.Abs(filepath.Join("..", "..", "fonts"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PINGYOU_FONTS", fonts)
	dir := t.TempDir()
	gen := exec.Command("go", "run", "../../samples/gen", "-units", strconv.Itoa(unitCount), "-members", "900", "-seed", "19", "-o", dir)
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("samples/gen: %v\n%s", err, out)
	}
	// 江城: the sample scheme with the unit's quotas raised above the
	// department's limits (15% 优秀, 10% 表彰), and more candidates.
	scheme, err := os.ReadFile(filepath.Join("..", "..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(scheme)
	for _, r := range [][2]string{{"        ratio: 15%", "        ratio: 40%"}, {"ratio: 10%", "ratio: 30%"},
		{`{field: 综合得分, op: ">=", value: 85}`, `{field: 综合得分, op: ">=", value: 70}`},
		{`{field: 优秀票率, op: ">", value: 50%}`, `{field: 优秀票率, op: ">", value: 10%}`}} {
		if !strings.Contains(s, r[0]) {
			t.Fatalf("samples/pingyou.yaml has no %q", r[0])
		}
		s = strings.Replace(s, r[0], r[1], 1)
	}
	if err := os.WriteFile(filepath.Join(dir, overUnit, "pingyou.yaml"), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	// 河阳: a 自评 that is not a number.
	book := filepath.Join(dir, badUnit, "测评表.xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(badSheet, badCell, "良好"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return dir
}

// counts is one unit's row of the statistics, as the test counts it.
type counts struct {
	members, assessed, graded, notGraded int
	grades                               [4]int // 优秀, 合格, 基本合格, 不合格
	commended, advanced                  int
}

var gradeNames = []string{"优秀", "合格", "基本合格", "不合格"}

// rows reads a sheet's rows below the row whose first cell is head.
func rows(t *testing.T, path, sheet, head string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("%s %s: %v", path, sheet, err)
	}
	for i, r := range all {
		if len(r) > 0 && r[0] == head {
			return all[i+1:]
		}
	}
	t.Fatalf("%s %s: no row starting %q", path, sheet, head)
	return nil
}

func col(header []string, name string) int {
	i := slices.Index(header, name)
	if i < 0 {
		panic("no column " + name)
	}
	return i
}

func cell(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// count is the independent calculation of a unit's row: members from its
// 花名册, assessed from its 测评表, grades and commendations from the unit's
// own summary workbook, all read back with excelize.
func count(t *testing.T, in, out string) counts {
	var c counts
	for _, r := range rows(t, filepath.Join(in, "花名册.xlsx"), "党员", "姓名") {
		if cell(r, 0) != "" {
			c.members++
		}
	}
	for _, r := range rows(t, filepath.Join(in, "测评表.xlsx"), "党员测评", "姓名") {
		if cell(r, 0) != "" {
			c.assessed++
		}
	}
	sum := filepath.Join(out, "评议结果汇总表.xlsx")
	f, err := excelize.OpenFile(sum)
	if err != nil {
		t.Fatal(err)
	}
	members, _ := f.GetRows("党员评议结果")
	f.Close()
	h := members[2]
	gi := col(h, "评定等次")
	for _, r := range members[3:] {
		if g := slices.Index(gradeNames, cell(r, gi)); g >= 0 {
			c.grades[g]++
			c.graded++
		} else {
			c.notGraded++
		}
	}
	awards := rows(t, sum, "表彰名单", "序号")
	for _, r := range awards {
		switch {
		case cell(r, 4) != "": // given per period: 流动红旗
		case cell(r, 1) == "先进基层党组织":
			c.advanced++
		default:
			c.commended++
		}
	}
	return c
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return n
}

// statsRow reads a row of 民主评议党员情况统计表 into counts.
func statsRow(t *testing.T, r []string) counts {
	c := counts{members: atoi(t, r[2]), assessed: atoi(t, r[3]), graded: atoi(t, r[4]), notGraded: atoi(t, r[5])}
	for g := range 4 {
		c.grades[g] = atoi(t, r[6+2*g])
	}
	c.commended, c.advanced = atoi(t, r[14]), atoi(t, r[15])
	return c
}

func TestDepartmentRun(t *testing.T) {
	in := generate(t)
	out := filepath.Join(t.TempDir(), "部门结果")
	var log bytes.Buffer
	rep, err := dept.Run(dept.Options{Path: in, OutDir: out, Log: &log, Program: "pingyou test"})
	if !errors.Is(err, pipeline.ErrInput) {
		t.Fatalf("a unit with errors: want ErrInput, got %v\n%s", err, log.String())
	}
	for _, want := range []string{badUnit, "1 个单位没有结果", overUnit, "超出部门规定的比例"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if !strings.Contains(log.String(), "测评表.xlsx "+badSheet+"!"+badCell) {
		t.Errorf("the log does not point at %s!%s:\n%s", badSheet, badCell, log.String())
	}
	if rep.Missing != 1 {
		t.Errorf("Missing = %d, want 1", rep.Missing)
	}

	// Each unit's folder as a single run makes it, verified alone; the bad
	// unit has none.
	for _, u := range []string{overUnit, goodUnit, "南湖师范学院"} {
		if err := pipeline.Verify(filepath.Join(out, dept.UnitsDir, u), &bytes.Buffer{}); err != nil {
			t.Errorf("verify %s: %v", u, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, dept.UnitsDir, badUnit)); err == nil {
		t.Errorf("%s has an output folder", badUnit)
	}

	sum := filepath.Join(out, dept.SummaryName)
	checkStats(t, in, out, sum, 3)
	checkLimits(t, out, sum)
	checkUnitCounts(t, sum, log.String())

	// The bad unit's problem, with its file and cell.
	found := false
	for _, r := range rows(t, sum, xlsx.SheetDeptProblems, "序号") {
		if strings.Contains(strings.Join(r, "|"), badUnit) && strings.Contains(cell(r, 3), "测评表.xlsx") &&
			cell(r, 4) == badSheet && cell(r, 5) == badCell {
			found = true
		}
	}
	if !found {
		t.Errorf("问题清单 has no row for %s %s!%s", badUnit, badSheet, badCell)
	}

	t.Run("notice", func(t *testing.T) { checkNotice(t, in, out) })
	checkVerify(t, out)
}

// checkNotice reads the department's 汇总 notice (its 部门.yaml asks for
// one) back with pdftotext: the totals of the units with results, the
// missing unit and the unit over the limits are named.
func checkNotice(t *testing.T, in, out string) {
	pdftotext := testtool.Require(t, "pdftotext")
	b, err := exec.Command(pdftotext, filepath.Join(out, dept.NoticeName), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The text without page numbers (— 1 —), which fall inside sentences.
	text := strings.Join(strings.Fields(regexp.MustCompile(`(?m)^— \d+ —$`).ReplaceAllString(string(b), "")), "")
	members := 0
	for _, u := range []string{overUnit, goodUnit, "南湖师范学院"} {
		members += count(t, filepath.Join(in, u), filepath.Join(out, dept.UnitsDir, u)).members
	}
	for _, want := range []string{"3个单位共有党员" + strconv.Itoa(members) + "名", "中共" + badUnit + "委员会的评议结果尚未报送",
		"中共" + overUnit + "委员会的优秀等次或表彰比例超出规定"} {
		if !strings.Contains(text, want) {
			t.Errorf("the notice does not say %q:\n%s", want, b)
		}
	}
}

// checkStats holds the statistics sheet to the independent count of each
// unit with results, and the 合计 row to their sums; the units without
// results are listed without figures.
func checkStats(t *testing.T, in, out, sum string, done int) {
	t.Helper()
	stats := rows(t, sum, xlsx.SheetDeptStats, "序号")[1:] // below the second heading row
	var total counts
	seen := 0
	for _, r := range stats {
		name := cell(r, 1)
		if strings.HasPrefix(cell(r, 0), "合计") {
			got := statsRow(t, r)
			if got != total {
				t.Errorf("合计 = %+v, want %+v", got, total)
			}
			if !strings.Contains(cell(r, 0), strconv.Itoa(done)+"个单位") {
				t.Errorf("合计 row %q does not count %d units", cell(r, 0), done)
			}
			continue
		}
		school := strings.TrimSuffix(strings.TrimPrefix(name, "中共"), "委员会")
		if school == badUnit {
			if cell(r, 2) != "" {
				t.Errorf("%s without results has figures: %v", badUnit, r)
			}
			if !strings.Contains(strings.Join(r, "|"), "没有") && !strings.Contains(strings.Join(r, "|"), "问题") {
				t.Errorf("%s's row does not say why it has no results: %v", badUnit, r)
			}
			continue
		}
		want := count(t, filepath.Join(in, school), filepath.Join(out, dept.UnitsDir, school))
		if got := statsRow(t, r); got != want {
			t.Errorf("%s: statistics %+v, counted %+v", school, got, want)
		}
		// The ratios: 优秀 of graded, to one decimal.
		if want.graded > 0 {
			pct := strings.TrimSuffix(cell(r, 7), "%")
			x, err := strconv.ParseFloat(pct, 64)
			if err != nil || abs(x-100*float64(want.grades[0])/float64(want.graded)) > 0.051 {
				t.Errorf("%s: 优秀占比 %q, want %.2f%%", school, cell(r, 7), 100*float64(want.grades[0])/float64(want.graded))
			}
		}
		total.members += want.members
		total.assessed += want.assessed
		total.graded += want.graded
		total.notGraded += want.notGraded
		for g := range 4 {
			total.grades[g] += want.grades[g]
		}
		total.commended += want.commended
		total.advanced += want.advanced
		seen++
	}
	if seen != done {
		t.Errorf("statistics have %d units with results, want %d", seen, done)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// checkLimits holds the limit checks to the test's own: 优秀 and 表彰 at most
// 15% and 10% of graded (count×100 ≤ base×limit), per unit with results.
func checkLimits(t *testing.T, out, sum string) {
	t.Helper()
	over := map[string]bool{}
	for _, r := range rows(t, sum, xlsx.SheetDeptLimits, "序号") {
		school := strings.TrimSuffix(strings.TrimPrefix(cell(r, 1), "中共"), "委员会")
		what := cell(r, 2)
		n, base := atoi(t, cell(r, 3)), atoi(t, cell(r, 4))
		limit := map[string]int{"优秀": 15, "表彰": 10, "先进基层党组织": 10}[what]
		wantOver := n*100 > base*limit
		if gotOver := cell(r, 8) != "符合"; gotOver != wantOver {
			t.Errorf("%s %s %d/%d (limit %d%%): result %q", school, what, n, base, limit, cell(r, 8))
		}
		if wantOver {
			over[school+" "+what] = true
		}
	}
	if !over[overUnit+" 优秀"] || !over[overUnit+" 表彰"] {
		t.Errorf("%s is not over its 优秀 and 表彰 limits: %v", overUnit, over)
	}
	for k := range over {
		if !strings.HasPrefix(k, overUnit) {
			t.Errorf("over a limit, unexpectedly: %s", k)
		}
	}
}

// checkVerify verifies the department and a unit, then tampers with a unit's
// file, a unit's manifest and the department's summary in turn.
func checkVerify(t *testing.T, out string) {
	t.Helper()
	var w bytes.Buffer
	if err := pipeline.Verify(out, &w); err != nil {
		t.Fatalf("verify the department: %v", err)
	}
	if !strings.Contains(w.String(), "部门的结果") || !strings.Contains(w.String(), badUnit) {
		t.Errorf("verify does not speak of the department and its missing unit:\n%s", w.String())
	}
	unit := filepath.Join(out, dept.UnitsDir, goodUnit)
	tamper := func(what, path string, edit func([]byte) []byte, levels ...string) {
		t.Helper()
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, edit(slices.Clone(orig)), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, dir := range levels {
			if err := pipeline.Verify(dir, &bytes.Buffer{}); err == nil {
				t.Errorf("%s: verify %s passed", what, dir)
			}
		}
		if err := os.WriteFile(path, orig, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	flip := func(b []byte) []byte { b[len(b)/2] ^= 1; return b }
	tamper("a unit's summary", filepath.Join(unit, "评议结果汇总表.xlsx"), flip, out, unit)
	// A unit's manifest changed (as when rewritten to match a changed
	// file): the department's manifest holds its hashes.
	tamper("a unit's manifest", filepath.Join(unit, archive.ManifestName), func(b []byte) []byte { return append(b, '\n') }, out)
	tamper("the department's summary", filepath.Join(out, dept.SummaryName), flip, out)
	if err := pipeline.Verify(out, &bytes.Buffer{}); err != nil {
		t.Errorf("verify after undoing the tampering: %v", err)
	}
}

// TestDepartmentMerge runs each unit alone (as other machines would), then
// merges their outputs: the same statistics, and both levels verify.
func TestDepartmentMerge(t *testing.T) {
	in := generate(t)
	out := filepath.Join(t.TempDir(), "部门结果")
	p, err := dept.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Units) != unitCount {
		t.Fatalf("%d units, want %d", len(p.Units), unitCount)
	}
	for _, u := range p.Units {
		// Each in its own output folder elsewhere, then copied in: what a
		// job array's results look like when gathered.
		elsewhere := filepath.Join(t.TempDir(), "out")
		err := dept.RunUnit(dept.Options{Path: in, OutDir: elsewhere, Program: "pingyou test"}, u.Folder)
		if u.Folder == badUnit {
			if !errors.Is(err, pipeline.ErrInput) {
				t.Errorf("%s alone: want ErrInput, got %v", u.Folder, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s alone: %v", u.Folder, err)
		}
		if err := os.CopyFS(filepath.Join(out, dept.UnitsDir, u.Folder), os.DirFS(u.OutDir(elsewhere))); err != nil {
			t.Fatal(err)
		}
	}
	var log bytes.Buffer
	rep, err := dept.Merge(dept.Options{Path: in, OutDir: out, Log: &log, Program: "pingyou test"})
	if !errors.Is(err, pipeline.ErrInput) || rep == nil || rep.Missing != 1 {
		t.Fatalf("merge: want one unit missing (ErrInput), got %v\n%s", err, log.String())
	}
	sum := filepath.Join(out, dept.SummaryName)
	checkStats(t, in, out, sum, 3)
	checkLimits(t, out, sum)
	if err := pipeline.Verify(out, &bytes.Buffer{}); err != nil {
		t.Fatalf("verify the merged department: %v", err)
	}

	// A unit whose workbooks changed after its results were made is not
	// counted, nor one whose folder changed after it was made.
	book := filepath.Join(in, "南湖师范学院", "花名册.xlsx")
	orig, _ := os.ReadFile(book)
	os.WriteFile(book, append(slices.Clone(orig), 0), 0o644)
	rep, err = dept.Merge(dept.Options{Path: in, OutDir: out, Log: &log, Program: "pingyou test"})
	if !errors.Is(err, pipeline.ErrInput) || rep.Missing != 2 || !strings.Contains(log.String(), "不是用部门文件夹中现在的工作簿生成的") {
		t.Errorf("merge over changed workbooks: want the unit missing, got %v", err)
	}
	os.WriteFile(book, orig, 0o644)

	victim := filepath.Join(out, dept.UnitsDir, goodUnit, "评议结果汇总表.xlsx")
	b, _ := os.ReadFile(victim)
	b[len(b)/2] ^= 1
	os.WriteFile(victim, b, 0o644)
	rep, err = dept.Merge(dept.Options{Path: in, OutDir: out, Log: &log, Program: "pingyou test"})
	if !errors.Is(err, pipeline.ErrInput) || rep.Missing != 2 || !strings.Contains(err.Error(), goodUnit) {
		t.Errorf("merge over a changed unit: want it missing, got %v", err)
	}
}

// checkUnitCounts: the units sheet gives each unit's 错误 and 提醒 as the
// unit's own run counted them in the log ("［folder］共 0 个错误、11 个提醒。").
func checkUnitCounts(t *testing.T, sum, log string) {
	t.Helper()
	logged := map[string][2]string{}
	for _, m := range regexp.MustCompile(`［([^］]+)］共 (\d+) 个错误、(\d+) 个提醒`).FindAllStringSubmatch(log, -1) {
		logged[dept.UnitsDir+"/"+m[1]] = [2]string{m[2], m[3]}
	}
	rs := rows(t, sum, xlsx.SheetDeptUnits, "序号")
	seen := 0
	for _, r := range rs {
		want, ok := logged[cell(r, 2)]
		if !ok {
			continue
		}
		seen++
		if got := [2]string{cell(r, 6), cell(r, 7)}; got != want {
			t.Errorf("%s: 错误/提醒 %v in the units sheet, %v in the log", cell(r, 2), got, want)
		}
	}
	if seen < 3 {
		t.Errorf("the units sheet matched %d units of the log's %d:\n%v", seen, len(logged), rs)
	}
}
