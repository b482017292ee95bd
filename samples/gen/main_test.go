package main

import (
	"bytes"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// validID checks a 身份证号 by GB 11643-1999, written independently of the
// generator: ISO 7064 MOD 11-2 with weights 2^(17-i) mod 11.
func validID(id string) bool {
	if len(id) != 18 {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return false
		}
		w := 1
		for k := 0; k < 17-i; k++ {
			w = w * 2 % 11
		}
		sum += int(c-'0') * w
	}
	want := (12 - sum%11) % 11
	last := id[17]
	if want == 10 {
		return last == 'X'
	}
	return last == byte('0'+want)
}

func TestValidID(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"11010519491231002X", true}, // the example in GB 11643-1999
		{"440524188001010014", true},
		{"110105194912310021", false},
		{"11010519491231002", false},
		{"11010519491231002x", false},
	} {
		if got := validID(tc.id); got != tc.want {
			t.Errorf("validID(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}

func generate(t *testing.T, cfg config) string {
	t.Helper()
	cfg.Out = t.TempDir()
	if err := run(cfg, io.Discard); err != nil {
		t.Fatal(err)
	}
	return cfg.Out
}

func sameFiles(t *testing.T, a, b string) bool {
	t.Helper()
	for _, name := range []string{rosterFile, assessmentFile} {
		x, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			return false
		}
	}
	return true
}

// book is a workbook read back as rows of formatted text.
type book map[string][][]string

func readBook(t *testing.T, path string, check func(f *excelize.File)) book {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := book{}
	for _, s := range f.GetSheetList() {
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		b[s] = rows
	}
	if check != nil {
		check(f)
	}
	return b
}

var headers = map[string][]string{
	"党组织":  {"组织名称", "组织类型", "上级组织", "书记", "组织类别"},
	"党员":   {"姓名", "性别", "民族", "出生日期", "身份证号", "入党时间", "党员类型", "所在党支部", "人员类别", "职务"},
	"党员测评": {"姓名", "所在党支部", "身份证号", "自评", "互评", "群众评议", "组织评价", "优秀票", "合格票", "基本合格票", "不合格票", "处分情况", "备注"},
	"组织测评": {"组织名称", "领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好", "群众满意率", "备注"},
	"季度考核": {"组织名称", "季度", "考核得分", "备注"},
}

// data returns the rows below the header (row 2), after checking the title
// and header rows, the merged title and the frozen header.
func (b book) data(t *testing.T, sheet string) [][]string {
	t.Helper()
	rows := b[sheet]
	if len(rows) < 2 {
		t.Fatalf("%s: %d rows", sheet, len(rows))
	}
	if len(rows[0]) == 0 || !strings.Contains(rows[0][0], "江城师范学院") {
		t.Errorf("%s: row 1 is not a title: %q", sheet, rows[0])
	}
	if !slices.Equal(rows[1], headers[sheet]) {
		t.Errorf("%s: header row 2 = %q, want %q", sheet, rows[1], headers[sheet])
	}
	return rows[2:]
}

func checkLayout(t *testing.T, f *excelize.File) {
	for _, s := range f.GetSheetList() {
		merged, err := f.GetMergeCells(s)
		if err != nil || len(merged) != 1 || merged[0].GetStartAxis() != "A1" {
			t.Errorf("%s: merged title cells %v, %v", s, merged, err)
		}
		panes, err := f.GetPanes(s)
		if err != nil || !panes.Freeze || panes.YSplit != 2 {
			t.Errorf("%s: panes %+v, %v; want the two top rows frozen", s, panes, err)
		}
	}
}

func col(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

func TestGenerate(t *testing.T) {
	for _, tc := range []struct {
		name     string
		members  int
		branches int
		seed     uint64
	}{
		{"small", 200, 0, 1},
		{"sample size", 800, 0, 2012},
		{"explicit branches", 1500, 45, 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := config{Members: tc.members, Branches: tc.branches, Seed: tc.seed, Year: 2012}
			dir := generate(t, cfg)
			if !sameFiles(t, dir, generate(t, cfg)) {
				t.Error("two runs with the same flags differ")
			}
			other := cfg
			other.Seed++
			if sameFiles(t, dir, generate(t, other)) {
				t.Error("a different seed gives the same files")
			}

			roster := readBook(t, filepath.Join(dir, rosterFile), func(f *excelize.File) {
				checkLayout(t, f)
				rows, err := f.GetRows("党员")
				if err != nil {
					t.Fatal(err)
				}
				for r := 3; r <= len(rows); r++ {
					if typ, _ := f.GetCellType("党员", "E"+strconv.Itoa(r)); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
						t.Fatalf("党员!E%d: 身份证号 is not a text cell (type %v)", r, typ)
					}
					for _, c := range []string{"D", "F"} {
						raw, _ := f.GetCellValue("党员", c+strconv.Itoa(r), excelize.Options{RawCellValue: true})
						if _, err := strconv.Atoi(raw); err != nil {
							t.Fatalf("党员!%s%d = %q: not a date serial", c, r, raw)
						}
					}
				}
			})
			assess := readBook(t, filepath.Join(dir, assessmentFile), func(f *excelize.File) { checkLayout(t, f) })

			orgs := roster.data(t, "党组织")
			branchLevel := map[string]bool{}
			long := false
			for _, o := range orgs {
				switch o[1] {
				case "党支部", "直属党支部", "联合党支部":
					branchLevel[o[0]] = true
				}
				long = long || runeLen(o[0]) == 19
			}
			wantBranches := cfg.Branches
			if wantBranches == 0 {
				wantBranches = max(10, (cfg.Members+16)/33+6)
			}
			if len(branchLevel) != wantBranches {
				t.Errorf("%d branch-level organisations, want %d", len(branchLevel), wantBranches)
			}
			if !long {
				t.Error("no organisation name of 19 characters")
			}

			members := roster.data(t, "党员")
			if len(members) != tc.members {
				t.Errorf("党员: %d rows, want %d", len(members), tc.members)
			}
			ids := map[string]string{} // 身份证号 → 姓名
			pairs := map[[2]string]bool{}
			all := ""
			for i, m := range members {
				name, gender, birth, id, branch := m[0], m[1], m[3], m[4], m[7]
				all += name + "\n"
				if !validID(id) {
					t.Errorf("党员 row %d: invalid 身份证号 %q", i+3, id)
				}
				if len(id) == 18 && strings.ReplaceAll(birth, "-", "") != id[6:14] {
					t.Errorf("党员 row %d: 出生日期 %s does not match 身份证号 %s", i+3, birth, id)
				}
				if odd := len(id) == 18 && (id[16]-'0')%2 == 1; odd != (gender == "男") {
					t.Errorf("党员 row %d: 性别 %s does not match 身份证号 %s", i+3, gender, id)
				}
				if !branchLevel[branch] {
					t.Errorf("党员 row %d: 所在党支部 %q is not a branch", i+3, branch)
				}
				if _, dup := ids[id]; dup {
					t.Errorf("党员 row %d: duplicate 身份证号 %s", i+3, id)
				}
				ids[id] = name
				if pairs[[2]string{name, branch}] {
					t.Errorf("党员 row %d: %s twice in %s", i+3, name, branch)
				}
				pairs[[2]string{name, branch}] = true
			}
			for _, tc := range []struct {
				s   string
				min int
			}{{"𠇔", 2}, {"喆", 1}, {"堃", 1}, {"镕", 1}, {"珺", 1}, {"昇", 1}, {"赟", 1}, {"·", 3}, {"欧阳", 1}, {"\n田富\n", 1}, {"\n田大利\n", 1}} {
				if n := strings.Count(all, tc.s); n < tc.min {
					t.Errorf("%q occurs in %d names, want at least %d", tc.s, n, tc.min)
				}
			}

			evals := assess.data(t, "党员测评")
			if len(evals) != tc.members {
				t.Errorf("党员测评: %d rows, want %d", len(evals), tc.members)
			}
			for i, e := range evals {
				if ids[e[2]] != e[0] || !branchLevel[e[1]] {
					t.Errorf("党员测评 row %d: %q matches no member", i+3, e[:3])
				}
			}
			if n := len(assess.data(t, "组织测评")); n != len(orgs)-1 {
				t.Errorf("组织测评: %d rows, want %d (every organisation but the 党委)", n, len(orgs)-1)
			}
			if n := len(assess.data(t, "季度考核")); n != 4*len(branchLevel) {
				t.Errorf("季度考核: %d rows, want %d", n, 4*len(branchLevel))
			}
		})
	}
}

// rat parses a score exactly.
func rat(t *testing.T, s string) *big.Rat {
	t.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("not a number: %q", s)
	}
	return r
}

type graded struct {
	name, branch, joined, sanction string
	prob                           bool
	score, ratio                   *big.Rat
	votes                          [4]int
}

// TestPlantedCases reads the default sample back and checks the special cases
// the other stages' tests rely on, with exact arithmetic.
func TestPlantedCases(t *testing.T) {
	dir := generate(t, config{Members: 800, Seed: 2012, Year: 2012})
	roster := readBook(t, filepath.Join(dir, rosterFile), nil)
	assess := readBook(t, filepath.Join(dir, assessmentFile), nil)

	byID := map[string]*graded{}
	for _, m := range roster.data(t, "党员") {
		byID[m[4]] = &graded{name: m[0], branch: m[7], joined: m[5], prob: m[6] == "预备党员"}
	}
	weights := []*big.Rat{big.NewRat(1, 10), big.NewRat(3, 10), big.NewRat(3, 10), big.NewRat(3, 10)}
	var people []*graded
	sanctions := map[string]int{}
	for _, e := range assess.data(t, "党员测评") {
		g := byID[e[2]]
		g.score = new(big.Rat)
		for k := range 4 {
			g.score.Add(g.score, new(big.Rat).Mul(rat(t, e[3+k]), weights[k]))
		}
		total := 0
		for k := range 4 {
			g.votes[k], _ = strconv.Atoi(e[7+k])
			total += g.votes[k]
		}
		g.ratio = big.NewRat(int64(g.votes[0]), int64(total))
		g.sanction = e[11]
		sanctions[g.sanction]++
		people = append(people, g)
	}
	find := func(name, branch string) *graded {
		for _, g := range people {
			if g.name == name && (branch == "" || g.branch == branch) {
				return g
			}
		}
		t.Fatalf("%s not found in %q", name, branch)
		return nil
	}
	for _, tc := range []struct{ name, score string }{
		{"赵明远", "85"}, {"钱文博", "84.99"}, {"孙志强", "89.995"}, {"李建平", "90"}, {"李秀英", "92"},
		{"周建华", "95"}, {"吴国栋", "58.5"}, {"郑丽娟", "60"}, {"冯晓东", "69.99"}, {"陈淑芬", "88"},
		{"蒋文", "55.5"}, {"何俊杰", "91.5"}, {"吕思远", "91.5"}, {"王志刚", "90.5"}, {"方志刚", "90.5"},
	} {
		if g := find(tc.name, ""); g.score.Cmp(rat(t, tc.score)) != 0 || g.prob {
			t.Errorf("%s: 综合得分 %s (预备 %v), want %s as a full member", tc.name, g.score.FloatString(3), g.prob, tc.score)
		}
	}
	if g := find("李秀英", ""); g.ratio.Cmp(big.NewRat(1, 2)) != 0 {
		t.Errorf("李秀英: 优秀票率 %s, want exactly 1/2", g.ratio)
	}
	if !find("沈佳怡", "").prob {
		t.Error("沈佳怡 should be a 预备党员")
	}
	if sanctions["撤销党内职务"] != 1 || sanctions["留党察看"] != 1 || sanctions["警告"] < 3 {
		t.Errorf("sanctions %v: want one 撤销党内职务, one 留党察看, several 警告", sanctions)
	}

	// candidate reports an 优秀 candidate under the sample scheme.
	candidate := func(g *graded) bool {
		return !g.prob && g.sanction == "无" && g.score.Cmp(big.NewRat(85, 1)) >= 0 && g.ratio.Cmp(big.NewRat(1, 2)) > 0
	}
	// At the quota boundary of their branch: exactly quota−1 candidates rank above
	// the pair on (综合得分, 优秀票率), and none ties with them.
	for _, tc := range []struct {
		a, b       string
		sameJoined bool
	}{{"何俊杰", "吕思远", false}, {"王志刚", "方志刚", true}, {"李建平", "孙志强", false}} {
		a, b := find(tc.a, ""), find(tc.b, "")
		if a.branch != b.branch || !candidate(a) || !candidate(b) {
			t.Fatalf("%s and %s should be candidates in one branch", tc.a, tc.b)
		}
		if (a.joined == b.joined) != tc.sameJoined {
			t.Errorf("%s %s and %s %s: 入党时间 same = %v, want %v", tc.a, a.joined, tc.b, b.joined, !tc.sameJoined, tc.sameJoined)
		}
		n, above, equal := 0, 0, 0
		for _, g := range people {
			if g.branch != a.branch || g.prob {
				continue
			}
			n++
			if !candidate(g) || g == a || g == b {
				continue
			}
			switch c := g.score.Cmp(a.score); {
			case c > 0 || (c == 0 && g.ratio.Cmp(a.ratio) > 0):
				above++
			case c == 0 && g.ratio.Cmp(a.ratio) == 0:
				equal++
			}
		}
		quota := max(1, n*15/100)
		if above != quota-1 || equal != 0 {
			t.Errorf("%s: %d candidates above %s, %d tied, quota %d; want quota−1 above, none tied", a.branch, above, tc.a, equal, quota)
		}
	}
	if g, h := find("何俊杰", ""), find("吕思远", ""); g.votes != h.votes || g.score.Cmp(h.score) != 0 {
		t.Error("何俊杰 and 吕思远 should tie exactly")
	}

	// 流动红旗: a tie at the boundary of floor(20% × branches) in the second quarter.
	var q2 []*big.Rat
	for _, r := range assess.data(t, "季度考核") {
		if strings.Contains(r[1], "二") || strings.HasSuffix(r[1], "Q2") {
			q2 = append(q2, rat(t, r[2]))
		}
	}
	slices.SortFunc(q2, func(x, y *big.Rat) int { return y.Cmp(x) })
	if k := len(q2) * 20 / 100; k < 1 || q2[k-1].Cmp(q2[k]) != 0 {
		t.Errorf("no tie at the 流动红旗 boundary %d of %d in the second quarter", k, len(q2))
	}
}

// TestCommittedSamples checks that samples/花名册.xlsx and samples/测评表.xlsx
// are what the generator makes with the documented default flags.
func TestCommittedSamples(t *testing.T) {
	dir := generate(t, config{Members: 800, Seed: 2012, Year: 2012})
	if !sameFiles(t, dir, "..") {
		t.Error("samples/*.xlsx are stale: run go run ./samples/gen -members 800 -seed 2012 -o samples")
	}
}

func TestDocProps(t *testing.T) {
	dir := generate(t, config{Members: 200, Seed: 3, Year: 2015})
	f, err := excelize.OpenFile(filepath.Join(dir, rosterFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2015, 12, 31, 9, 0, 0, 0, time.UTC).Format(time.RFC3339)
	if p.Created != want || p.Modified != want {
		t.Errorf("document times %s / %s, want %s", p.Created, p.Modified, want)
	}
}
