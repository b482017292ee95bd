package pipeline

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/render/xlsx"
	"pingyou/pipeline/rules"
	"pingyou/pipeline/sheet"
)

// Last year beside this year (issue 19), end to end: the sample unit run as
// 2012, then as 2013 with its workbooks edited the way a year changes them
// (a branch renamed under its 组织代码, a branch renamed without one, a
// member moved into the renamed branch, a member renamed, one without his
// 身份证号, one with a new 身份证号, one gone, two branches' scores moved),
// then as 2014 with 2013's workbooks, to carry streaks into a third year.
// What the summary's 与上年对比 sheet lists is checked against a comparison
// the test makes itself from each year's evaluated results.

// The edits, by name.
const (
	orgByCode     = "机关第二党支部" // renamed in 2013; both years have its 组织代码
	orgByCodeNew  = "机关党委第二党支部"
	orgNoCode     = "图书馆党支部" // renamed in 2013; 2012 has no 组织代码 for it
	orgNoCodeNew  = "图书与档案馆党支部"
	orgDown       = "机关第三党支部"   // 好 in 2012, scored down in 2013
	orgUp         = "附属实验学校党支部" // 一般 in 2012, scored up in 2013
	memberRenamed = "周小东"       // 机关第一党支部
	memberNewName = "周晓东"
	memberMoved   = "邓辉"  // 机关第一党支部 → orgByCodeNew
	memberJoined  = "林新远" // new in 2013
)

// yearEdits are the members chosen by branch (the first of the branch in
// the 党员 sheet): one loses his 身份证号, one gets another, one leaves,
// and a new member (memberJoined) joins one.
var yearEdits = struct{ noID, newID, gone, joined string }{
	noID: "外国语学院教工党支部", newID: "数学与统计学院教工党支部", gone: "文学院研究生党支部", joined: orgDown,
}

// book is an input workbook being edited.
type book struct {
	t *testing.T
	f *excelize.File
}

func openBook(t *testing.T, path string) book {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return book{t, f}
}

// col is the column (1-based) of a heading in the sheet's second row.
func (b book) col(sheet, heading string) int {
	b.t.Helper()
	rows, _ := b.f.GetRows(sheet)
	for i, h := range rows[1] {
		if h == heading {
			return i + 1
		}
	}
	b.t.Fatalf("%s has no column %s", sheet, heading)
	return 0
}

func (b book) get(sheet string, col, row int) string {
	v, _ := b.f.GetCellValue(sheet, model.CellName(col, row))
	return v
}

func (b book) set(sheet string, col, row int, v any) {
	b.t.Helper()
	if err := b.f.SetCellValue(sheet, model.CellName(col, row), v); err != nil {
		b.t.Fatal(err)
	}
}

// rows are the data rows' numbers of a sheet (from row 3).
func (b book) rows(sheet string) []int {
	rows, _ := b.f.GetRows(sheet)
	var out []int
	for r := 3; r <= len(rows); r++ {
		out = append(out, r)
	}
	return out
}

// replace sets every cell of a column equal to from to to.
func (b book) replace(sheet, heading, from, to string) {
	c := b.col(sheet, heading)
	for _, r := range b.rows(sheet) {
		if b.get(sheet, c, r) == from {
			b.set(sheet, c, r, to)
		}
	}
}

// find is the first row whose column heading holds v.
func (b book) find(sheet, heading, v string) int {
	b.t.Helper()
	c := b.col(sheet, heading)
	for _, r := range b.rows(sheet) {
		if b.get(sheet, c, r) == v {
			return r
		}
	}
	b.t.Fatalf("%s: no %s %s", sheet, heading, v)
	return 0
}

func (b book) save(path string) {
	b.t.Helper()
	if err := b.f.SaveAs(path); err != nil {
		b.t.Fatal(err)
	}
}

// idCheck is the GB 11643 check character of the first 17 digits.
func idCheck(s string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(s[i]-'0') * w[i]
	}
	return string("10X98765432"[sum%11])
}

// sampleYear writes the sample workbooks as the given year into dir: 2012
// is the samples with 组织代码 for every organisation but orgNoCode; 2013
// and later carry the edits.
func sampleYear(t *testing.T, dir string, year int) []string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	roster, assess := openBook(t, samples[0]), openBook(t, samples[1])
	defer roster.f.Close()
	defer assess.f.Close()
	// 组织代码 in a new column after the last.
	orgs := "党组织"
	rows, _ := roster.f.GetRows(orgs)
	codeCol := len(rows[1]) + 1
	roster.set(orgs, codeCol, 2, "组织代码")
	nameCol := roster.col(orgs, "组织名称")
	for i, r := range roster.rows(orgs) {
		if name := roster.get(orgs, nameCol, r); name != orgNoCode {
			roster.set(orgs, codeCol, r, fmt.Sprintf("JC%03d", i+1))
		}
	}
	if year > 2012 {
		rename := func(from, to string) {
			roster.replace(orgs, "组织名称", from, to)
			roster.replace(orgs, "上级组织", from, to)
			roster.replace("党员", "所在党支部", from, to)
			assess.replace("党员测评", "所在党支部", from, to)
			assess.replace("组织测评", "组织名称", from, to)
			assess.replace("季度考核", "组织名称", from, to)
		}
		rename(orgByCode, orgByCodeNew)
		rename(orgNoCode, orgNoCodeNew)
		roster.set(orgs, codeCol, roster.find(orgs, "组织名称", orgNoCodeNew), "JCNEW")
		// Scores that move two bands.
		items := []string{"领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"}
		for org, v := range map[string]float64{orgDown: 15, orgUp: 19} {
			r := assess.find("组织测评", "组织名称", org)
			for _, it := range items {
				assess.set("组织测评", assess.col("组织测评", it), r, v)
			}
		}
		// Members.
		firstOf := func(b book, s, branch string) int { return b.find(s, "所在党支部", branch) }
		for _, pair := range []struct {
			b book
			s string
		}{{roster, "党员"}, {assess, "党员测评"}} {
			b, s := pair.b, pair.s
			b.replace(s, "姓名", memberRenamed, memberNewName)
			b.set(s, b.col(s, "所在党支部"), b.find(s, "姓名", memberMoved), orgByCodeNew)
			idCol := b.col(s, "身份证号")
			b.set(s, idCol, firstOf(b, s, yearEdits.noID), "")
			r := firstOf(b, s, yearEdits.newID)
			old := b.get(s, idCol, r)
			id := old[:14] + "99" + old[16:17] // the sex digit kept
			b.set(s, idCol, r, id+idCheck(id))
			if err := b.f.RemoveRow(s, firstOf(b, s, yearEdits.gone)); err != nil {
				t.Fatal(err)
			}
			// A new member: a copy of the branch's first, under a new name
			// and 身份证号 (the sex digit kept).
			r = firstOf(b, s, yearEdits.joined)
			if err := b.f.DuplicateRow(s, r); err != nil {
				t.Fatal(err)
			}
			old = b.get(s, idCol, r)
			id = old[:14] + "77" + old[16:17]
			b.set(s, b.col(s, "姓名"), r+1, memberJoined)
			b.set(s, idCol, r+1, id+idCheck(id))
		}
		// The quarters are this year's.
		qc := assess.col("季度考核", "季度")
		for _, r := range assess.rows("季度考核") {
			if v := assess.get("季度考核", qc, r); v != "" {
				assess.set("季度考核", qc, r, strings.Replace(v, "2012", strconv.Itoa(year), 1))
			}
		}
	}
	paths := []string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}
	roster.save(paths[0])
	assess.save(paths[1])
	return paths
}

// yearConfig is the sample config as of a year.
func yearConfig(t *testing.T, year int) *config.Config {
	t.Helper()
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	cfg.Dir = ""
	y := strconv.Itoa(year)
	fix := func(s string) string { return strings.ReplaceAll(s, "2012", y) }
	cfg.Unit.Year = year
	cfg.Unit.IssueDate.Year, cfg.Unit.PrintDate.Year = year, year
	cfg.Decision.Number, cfg.Decision.Title = fix(cfg.Decision.Number), fix(cfg.Decision.Title)
	cfg.BranchNotice.Number, cfg.BranchNotice.Title = fix(cfg.BranchNotice.Number), fix(cfg.BranchNotice.Title)
	return cfg
}

func runYear(t *testing.T, cfg *config.Config, inputs []string, out, last string) string {
	t.Helper()
	var log bytes.Buffer
	if err := Run(Options{Config: cfg, Inputs: inputs, OutDir: out, Log: &log, Program: "pingyou test", Force: true, LastYear: last}); err != nil {
		t.Fatalf("run %d: %v\n%s", cfg.Unit.Year, err, log.String())
	}
	return log.String()
}

// evaluated is a year's results as the rules decide them, for the test's
// own comparison.
type evaluated struct {
	ds  *model.Dataset
	res *model.Results
	// by 身份证号: grade and person awards; by organisation name: band and awards.
	grade  map[string]model.Grade
	name   map[string]string
	branch map[string]string
	awards map[string][]string
	band   map[string]string
	orgAw  map[string][]string
}

func evaluate(t *testing.T, cfg *config.Config, inputs []string) *evaluated {
	t.Helper()
	ds, diags, err := sheet.Read(inputs, cfg.SheetOptions())
	if err != nil || diags.HasErrors() {
		t.Fatalf("read: %v %v", err, diags)
	}
	res := rules.Evaluate(ds, &cfg.Scheme)
	e := &evaluated{ds: ds, res: res, grade: map[string]model.Grade{}, name: map[string]string{}, branch: map[string]string{},
		awards: map[string][]string{}, band: map[string]string{}, orgAw: map[string][]string{}}
	for _, r := range res.Members {
		key := r.Member.IDNumber
		if key == "" {
			key = "name:" + r.Member.Name + "/" + r.Member.Branch
		}
		e.grade[key], e.name[key], e.branch[key] = r.Grade, r.Member.Name, r.Member.Branch
	}
	for _, r := range res.Orgs {
		e.band[r.Org.Name] = r.Band
	}
	for _, c := range res.Commendations {
		if c.Period != "" {
			continue
		}
		if c.Member != nil {
			key := c.Member.IDNumber
			if key == "" {
				key = "name:" + c.Member.Name + "/" + c.Member.Branch
			}
			e.awards[key] = append(e.awards[key], c.Award)
		} else if c.Org != nil {
			e.orgAw[c.Org.Name] = append(e.orgAw[c.Org.Name], c.Award)
		}
	}
	return e
}

// cmpRow is one data row of the 与上年对比 sheet.
type cmpRow struct {
	section                                       int // 1 … 6
	subject, kind, name, unit, key, was, is, move string
	years                                         int
}

func (r cmpRow) String() string {
	return fmt.Sprintf("%d %s %s %s %s %s %s→%s %s %d", r.section, r.subject, r.kind, r.name, r.unit, r.key, r.was, r.is, r.move, r.years)
}

func readCompareSheet(t *testing.T, path string) []cmpRow {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetCompare)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"序号", "对象", "类别", "姓名/组织名称", "所在单位", "身份证号/组织代码", "上年", "本年", "变化", "连续年数", "说明"}
	if !slices.Equal(rows[2], want) {
		t.Fatalf("headings %q, want %q", rows[2], want)
	}
	var out []cmpRow
	section := 0
	for _, r := range rows[3:] {
		r = append(r, make([]string, 11)...)
		if _, err := strconv.Atoi(r[0]); err != nil {
			section++
			continue
		}
		n, _ := strconv.Atoi(r[9])
		out = append(out, cmpRow{section, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], n})
	}
	if section != 6 {
		t.Fatalf("%d sections, want 6", section)
	}
	return out
}

// expectedRows compares two evaluated years the test's own way, knowing the
// edits: organisations by name, but for orgByCode; members by 身份证号, but
// for the one whose number was removed.
func expectedRows(cur, prev *evaluated, streak func(kind, key string) int) []cmpRow {
	orgPrev := func(name string) string {
		switch name {
		case orgByCodeNew:
			if _, ok := prev.band[orgByCode]; ok {
				return orgByCode
			}
		case orgNoCodeNew:
			if _, ok := prev.band[orgNoCode]; ok { // 2012 had no code for it
				return ""
			}
		}
		if _, ok := prev.band[name]; ok {
			return name
		}
		return ""
	}
	bands := []string{"好", "较好", "一般", "差"}
	watch := func(b string) bool { return b == "一般" || b == "差" }
	var out []cmpRow
	takenOrg := map[string]bool{}
	for _, r := range cur.res.Orgs {
		p := orgPrev(r.Org.Name)
		if p == "" {
			out = append(out, cmpRow{5, "党组织", "上年无对应", r.Org.Name, "", r.Org.Code, "无", r.Band, "", 0})
			continue
		}
		takenOrg[p] = true
		was := prev.band[p]
		if was != "" || r.Band != "" {
			move := ""
			if was != "" && r.Band != "" {
				switch i, j := slices.Index(bands, r.Band), slices.Index(bands, was); {
				case i < j:
					move = "晋位"
				case i == j:
					move = "持平"
				default:
					move = "降档"
				}
			}
			years := 0
			if watch(was) && watch(r.Band) {
				years = 1 + max(streak(model.RunWatch, p), 1)
			}
			out = append(out, cmpRow{1, "党组织", "分类定档", r.Org.Name, "", r.Org.Code, was, r.Band, move, years})
		}
		for _, a := range cur.orgAw[r.Org.Name] {
			if slices.Contains(prev.orgAw[p], a) {
				out = append(out, cmpRow{3, "党组织", a, r.Org.Name, "", r.Org.Code, "获评", "获评", "", 1 + max(streak(a, p), 1)})
			}
		}
		if p != r.Org.Name {
			out = append(out, cmpRow{4, "党组织", "名称变化", r.Org.Name, "", r.Org.Code, p, r.Org.Name, "", 0})
		}
	}
	takenMember := map[string]bool{}
	weak := func(g model.Grade) bool { return g == model.Basic || g == model.Unqualified }
	for _, r := range cur.res.Members {
		m := r.Member
		key := m.IDNumber
		if key == "" { // matched by name in its branch, which kept its name
			for k, n := range prev.name {
				if n == m.Name && prev.branch[k] == m.Branch {
					key = k
				}
			}
		}
		if _, ok := prev.grade[key]; !ok {
			out = append(out, cmpRow{5, "党员", "上年无对应", m.Name, m.Branch, m.IDNumber, "无", gradeText(r.Grade), "", 0})
			continue
		}
		takenMember[key] = true
		if weak(r.Grade) && weak(prev.grade[key]) {
			out = append(out, cmpRow{2, "党员", "评议等次", m.Name, m.Branch, m.IDNumber, string(prev.grade[key]), string(r.Grade), "", 1 + max(streak(model.RunWeak, key), 1)})
		}
		awKey := m.IDNumber
		if awKey == "" {
			awKey = "name:" + m.Name + "/" + m.Branch
		}
		for _, a := range cur.awards[awKey] {
			if slices.Contains(prev.awards[key], a) {
				out = append(out, cmpRow{3, "党员", a, m.Name, m.Branch, m.IDNumber, "获评", "获评", "", 1 + max(streak(a, key), 1)})
			}
		}
		if prev.name[key] != m.Name {
			out = append(out, cmpRow{4, "党员", "姓名变化", m.Name, m.Branch, m.IDNumber, prev.name[key], m.Name, "", 0})
		}
	}
	for _, r := range prev.res.Orgs {
		if !takenOrg[r.Org.Name] {
			out = append(out, cmpRow{6, "党组织", "本年无对应", r.Org.Name, "", r.Org.Code, r.Band, "无", "", 0})
		}
	}
	for k := range prev.grade {
		if !takenMember[k] {
			id := k
			if strings.HasPrefix(k, "name:") {
				id = ""
			}
			out = append(out, cmpRow{6, "党员", "本年无对应", prev.name[k], prev.branch[k], id, gradeText(prev.grade[k]), "无", "", 0})
		}
	}
	return out
}

func gradeText(g model.Grade) string {
	if g == "" {
		return string(model.NotGraded)
	}
	return string(g)
}

// sameRows compares the sheet's rows with the expected ones as sets (the
// 所在单位 of organisations aside: the sheet gives 上级组织 or 党总支).
func sameRows(t *testing.T, year int, got, want []cmpRow) {
	t.Helper()
	norm := func(rs []cmpRow) map[string]int {
		m := map[string]int{}
		for _, r := range rs {
			if r.subject == "党组织" {
				r.unit = ""
			}
			m[r.String()]++
		}
		return m
	}
	g, w := norm(got), norm(want)
	if maps.Equal(g, w) {
		return
	}
	for _, k := range slices.Sorted(maps.Keys(w)) {
		if g[k] != w[k] {
			t.Errorf("%d: want %q ×%d, sheet has ×%d", year, k, w[k], g[k])
		}
	}
	for _, k := range slices.Sorted(maps.Keys(g)) {
		if w[k] == 0 {
			t.Errorf("%d: sheet has %q, not expected", year, k)
		}
	}
}

func TestLastYearBesideThisYear(t *testing.T) {
	tmp := t.TempDir()
	if d := os.Getenv("KEEPDIR"); d != "" { // keep the outputs to look at (DEVELOPERS.md)
		tmp = d
	}
	in12 := sampleYear(t, filepath.Join(tmp, "in2012"), 2012)
	in13 := sampleYear(t, filepath.Join(tmp, "in2013"), 2013)
	in14 := sampleYear(t, filepath.Join(tmp, "in2014"), 2014)
	cfg12, cfg13, cfg14 := yearConfig(t, 2012), yearConfig(t, 2013), yearConfig(t, 2014)
	out12, out13, out14 := filepath.Join(tmp, "2012年结果"), filepath.Join(tmp, "2013年结果"), filepath.Join(tmp, "2014年结果")
	runYear(t, cfg12, in12, out12, "")
	log13 := runYear(t, cfg13, in13, out13, out12)
	runYear(t, cfg14, in14, out14, out13)
	e12, e13, e14 := evaluate(t, cfg12, in12), evaluate(t, cfg13, in13), evaluate(t, cfg14, in14)

	// 2013 beside 2012: streaks start from nothing.
	none := func(string, string) int { return 0 }
	want13 := expectedRows(e13, e12, none)
	got13 := readCompareSheet(t, filepath.Join(out13, SummaryName))
	sameRows(t, 2013, got13, want13)

	// The edits show where they should.
	has := func(rs []cmpRow, section int, name string) bool {
		for _, r := range rs {
			if r.section == section && r.name == name {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		section int
		name    string
	}{{4, orgByCodeNew}, {5, orgNoCodeNew}, {6, orgNoCode}, {4, memberNewName}, {1, orgDown}, {1, orgUp}, {5, memberJoined}} {
		if !has(got13, c.section, c.name) {
			t.Errorf("2013: section %d lacks %s", c.section, c.name)
		}
	}
	for _, r := range got13 {
		switch {
		case r.name == orgDown && r.section == 1 && r.move != "降档", r.name == orgUp && r.section == 1 && r.move != "晋位":
			t.Errorf("2013: %s", r)
		}
	}
	for section := 1; section <= 6; section++ {
		if !slices.ContainsFunc(got13, func(r cmpRow) bool { return r.section == section }) {
			t.Errorf("2013: section %d is empty; the edits should fill every one", section)
		}
	}

	// 2014 beside 2013, which carried 2012: a streak that began in 2012 is 3.
	streak13 := func(kind, key string) int {
		for _, r := range want13 {
			if r.kind == kind && r.years >= 2 && (r.key == key || r.name == key || "name:"+r.name+"/"+r.unit == key) {
				return r.years
			}
		}
		return 0
	}
	want14 := expectedRows(e14, e13, streak13)
	got14 := readCompareSheet(t, filepath.Join(out14, SummaryName))
	sameRows(t, 2014, got14, want14)
	three := 0
	for _, r := range got14 {
		if r.years == 3 {
			three++
		}
	}
	if three == 0 {
		t.Errorf("2014: no streak of three years: %v", got14)
	}

	// The log says what was matched; the 问题清单 has the 提醒.
	if !strings.Contains(log13, "与2012年度对比（2012年结果/评议结果汇总表.xlsx）：党员对应") {
		t.Errorf("2013 log lacks the comparison line:\n%s", log13)
	}
	problems := sheetRows(t, filepath.Join(out13, SummaryName), xlsx.SheetProblems)
	for _, want := range []string{
		"党组织名称与上年不同，按组织代码JC003对应为同一组织",
		"姓名与上年不同，按身份证号对应为同一人",
		"本年没有填写身份证号，按姓名和所在党支部与上年对应（同一支部只有一人同名）",
		"上年同一党支部的同名党员身份证号不同，没有对应为同一人",
		"上年的党员在本年的评议结果中没有对应",
		"上年的党组织在本年的党组织表中没有对应",
	} {
		if !slices.ContainsFunc(problems, func(r []string) bool { return len(r) > 5 && r[5] == want }) {
			t.Errorf("2013 问题清单 lacks %q", want)
		}
	}

	// The columns beside this year's on the existing sheets.
	members := sheetRows(t, filepath.Join(out13, SummaryName), xlsx.SheetMembers)
	head := members[2]
	ci := func(h string) int { return slices.Index(head, h) }
	if ci("上年等次") != ci("评定等次")+1 || ci("与上年对比") != ci("上年等次")+1 || ci("身份证号") != len(head)-1 {
		t.Errorf("member headings: %q", head)
	}
	for _, r := range members[3:] {
		r = append(r, make([]string, len(head))...)
		switch r[ci("姓名")] {
		case memberNewName:
			if !strings.Contains(r[ci("与上年对比")], "上年姓名"+memberRenamed) || r[ci("上年等次")] == "" {
				t.Errorf("%s: %q", memberNewName, r)
			}
		case memberMoved:
			if !strings.Contains(r[ci("与上年对比")], "上年在机关第一党支部") {
				t.Errorf("%s: %q", memberMoved, r)
			}
		}
	}
	orgs := sheetRows(t, filepath.Join(out13, SummaryName), xlsx.SheetOrgs)
	oh := orgs[2]
	oi := func(h string) int { return slices.Index(oh, h) }
	if oi("组织代码") < 0 || oi("档次变化") != oi("上年档次")+1 {
		t.Errorf("org headings: %q", oh)
	}
	for _, r := range orgs[3:] {
		if r[oi("组织名称")] == orgDown && (r[oi("上年档次")] != "好" || r[oi("档次变化")] != "降档") {
			t.Errorf("%s: %q", orgDown, r)
		}
	}

	t.Run("notices", func(t *testing.T) { lastYearNotices(t, out13, e13, e12, want13) })
	t.Run("refusals", func(t *testing.T) { lastYearRefusals(t, tmp, cfg13, in13, out12) })
}

func sheetRows(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// noticeText is the text of a branch's notice, without spaces and line breaks.
func noticeText(t *testing.T, out, branch string) string {
	t.Helper()
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m.Files {
		if strings.HasPrefix(e.Path, NoticeDir+"/") && strings.HasSuffix(e.Path, "-"+branch+".pdf") {
			return strings.Join(strings.Fields(pdftotext(t, filepath.Join(out, filepath.FromSlash(e.Path)))), "")
		}
	}
	t.Fatalf("no notice for %s", branch)
	return ""
}

// lastYearNotices: a branch notice says what is there to say about last
// year, with one name or many, and nothing when there is nothing.
func lastYearNotices(t *testing.T, out string, cur, prev *evaluated, found []cmpRow) {
	weakBy := map[string][]string{}
	for _, r := range cur.res.Members {
		g, ok := prev.grade[r.Member.IDNumber]
		if ok && (g == model.Basic || g == model.Unqualified) && (r.Grade == model.Basic || r.Grade == model.Unqualified) {
			weakBy[r.Member.Branch] = append(weakBy[r.Member.Branch], r.Member.Name)
		}
	}
	one, many := "", ""
	for _, b := range slices.Sorted(maps.Keys(weakBy)) {
		switch n := len(weakBy[b]); {
		case n == 1 && one == "":
			one = b
		case n > 1 && many == "":
			many = b
		}
	}
	if one == "" || many == "" {
		t.Fatalf("the sample needs a branch with one member graded 基本合格 or 不合格 two years and one with several: %v", weakBy)
	}
	text := noticeText(t, out, one)
	if want := "与2012年度相比，"; !strings.Contains(text, want) {
		t.Errorf("%s: notice lacks %q:\n%s", one, want, text)
	}
	if want := weakBy[one][0] + "同志已连续两年评为基本合格或不合格"; !strings.Contains(text, want) {
		t.Errorf("%s: notice lacks %q:\n%s", one, want, text)
	}
	text = noticeText(t, out, many)
	names := slices.Clone(weakBy[many])
	want := fmt.Sprintf("%d名同志已连续两年评为基本合格或不合格", len(names))
	if !strings.Contains(text, want) {
		t.Errorf("%s: notice lacks %q:\n%s", many, want, text)
	}
	for _, n := range names {
		if !strings.Contains(text, n+"、") && !strings.Contains(text, n+strconv.Itoa(len(names))+"名") {
			t.Errorf("%s: notice does not name %s among those two years running:\n%s", many, n, text)
		}
	}
	if text := noticeText(t, out, orgDown); !strings.Contains(text, "你支部分类定档由好降档为一般") {
		t.Errorf("%s: notice lacks its band going down:\n%s", orgDown, text)
	}
	// The branch renamed without a code was not found in 2012, its members
	// were: nothing about its band.
	if text := noticeText(t, out, orgNoCodeNew); strings.Contains(text, "你支部分类定档") {
		t.Errorf("%s: notice compares its band with 2012:\n%s", orgNoCodeNew, text)
	}
	// A branch with nothing to say says nothing.
	says := map[string]bool{}
	for _, r := range found {
		switch {
		case r.subject == "党员" && (r.section == 2 || r.section == 3):
			says[r.unit] = true
		case r.subject == "党组织" && (r.section == 3 || r.section == 1 && (r.move == "晋位" || r.move == "降档" || r.years >= 2)):
			says[r.name] = true
		}
	}
	quiet := ""
	for _, r := range cur.res.Orgs {
		if r.Org.Type.IsBranch() && !says[r.Org.Name] && slices.ContainsFunc(cur.res.Members, func(m model.MemberResult) bool { return m.Member.Branch == r.Org.Name }) {
			quiet = r.Org.Name
			break
		}
	}
	if quiet == "" {
		t.Fatal("every branch has something to say about 2012")
	}
	if text := noticeText(t, out, quiet); strings.Contains(text, "与2012年度相比") || !strings.Contains(text, "。请支部将评议结果向党员通报") {
		t.Errorf("%s has nothing to say about 2012, but its notice reads:\n%s", quiet, text)
	}
}

// lastYearRefusals: a folder that cannot serve as last year's stops check
// and run with a message that says why.
func lastYearRefusals(t *testing.T, tmp string, cfg *config.Config, inputs []string, good string) {
	copyDir := func(name string) string {
		dst := filepath.Join(tmp, name)
		if err := os.CopyFS(dst, os.DirFS(good)); err != nil {
			t.Fatal(err)
		}
		return dst
	}
	plain := filepath.Join(tmp, "随便一个文件夹")
	os.MkdirAll(plain, 0o755)
	os.WriteFile(filepath.Join(plain, SummaryName), []byte("x"), 0o644)
	edited := copyDir("改过的结果")
	f, err := excelize.OpenFile(filepath.Join(edited, SummaryName))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue(xlsx.SheetMembers, "A1", "改过")
	f.Save()
	f.Close()
	cases := []struct {
		name, dir, out, want string
	}{
		{"missing", filepath.Join(tmp, "没有这个目录"), "", "不存在"},
		{"not pingyou's", plain, "", "不是 pingyou 的输出目录：其中没有清单 manifest.json"},
		{"edited", edited, "", "与清单记录的校验值不符"},
		{"inside the output", good, filepath.Dir(good), "在本次的输出目录"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var log bytes.Buffer
			out := c.out
			if out == "" {
				out = filepath.Join(tmp, "out-"+c.name)
			}
			err := Check(Options{Config: cfg, Inputs: inputs, OutDir: out, Log: &log, LastYear: c.dir})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("check: %v, want %q", err, c.want)
			}
		})
	}
	// Not last year: 2012's own output for 2012.
	var log bytes.Buffer
	cfg12 := *cfg
	cfg12.Unit.Year = 2014
	err = Check(Options{Config: &cfg12, Inputs: inputs, OutDir: filepath.Join(tmp, "out-year"), Log: &log, LastYear: good})
	if err == nil || !strings.Contains(err.Error(), "是2012年度的结果，本次评议是2014年度：请给出2013年度的输出目录") {
		t.Fatalf("check with 2012 for 2014: %v", err)
	}
}
