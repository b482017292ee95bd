package gongwen

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

// hanMeasure measures like the fake metrics: Han 1 em, ASCII 1/2 em.
func hanMeasure(size layout.Length) func([]rune) layout.Length {
	return func(rs []rune) layout.Length {
		var w layout.Length
		for _, r := range rs {
			if r < 0x2000 {
				w += size / 2
			} else {
				w += size
			}
		}
		return w
	}
}

var (
	lexOnce sync.Once
	lex     *Lexicon
)

// testRules are the default title rules with the word list of templates/.
func testRules(t testing.TB) TitleRules {
	t.Helper()
	lexOnce.Do(func() {
		b, err := os.ReadFile("../../../templates/词表.txt")
		if err != nil {
			t.Fatal(err)
		}
		if lex, err = ParseLexicon(string(b)); err != nil {
			t.Fatal(err)
		}
	})
	r := DefaultTitleRules
	r.Words = lex
	return r
}

func breakAt(t testing.TB, title string, authorBreaks []int, rules TitleRules) []string {
	size := layout.Pt(22)
	m := hanMeasure(size)
	return breakTitle(title, authorBreaks, rules, layout.MM(156), size, func(r rune) layout.Length { return m([]rune{r}) })
}

// author turns "a|b" into the title "ab" and the break after a.
func author(s string) (string, []int) {
	parts := strings.Split(s, "|")
	var breaks []int
	n := 0
	for _, p := range parts[:len(parts)-1] {
		n += utf8.RuneCountInString(p)
		breaks = append(breaks, n)
	}
	return strings.Join(parts, ""), breaks
}

// TestBreakTitle: titles of the documents pingyou writes and of the seeds,
// 20 characters a line (22 pt on 156 mm), "|" marking line breaks; a "|" in
// the source is the author's own break.
func TestBreakTitle(t *testing.T) {
	rules := testRules(t)
	tests := []struct{ source, want string }{
		{"关于表彰先进基层党组织的决定", "关于表彰先进基层党组织的决定"},
		{"中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定",
			"中共江城师范学院委员会关于表彰2012年度|先进基层党组织和优秀共产党员的决定"},
		{"关于在全区教育系统党的基层组织和党员中深入开展创先争优活动的实施方案",
			"关于在全区教育系统党的基层组织和党员中|深入开展创先争优活动的实施方案"},
		// seed 000: the author's first line is too wide for 22 pt
		{"关于在全区教育系统党的基层组织和党员中深入开展|创先争优活动的实施方案",
			"关于在全区教育系统党的基层组织和党员中|深入开展创先争优活动的实施方案"},
		// seed 002: the author's lines fit and are kept
		{"关于在全校基层党组织和党员中|深入开展创先争优活动的实施方案",
			"关于在全校基层党组织和党员中|深入开展创先争优活动的实施方案"},
		// seed 003: the year and the 文种 together, not "教育系统深入|开展……"
		{"教育系统深入开展创先争优活动2012年工作要点", "教育系统深入开展创先争优活动|2012年工作要点"},
		{"关于机关第一党支部2012年度民主评议党员结果的通知", "关于机关第一党支部2012年度|民主评议党员结果的通知"},
		{"关于化学化工与材料科学学院本科生第一党支部2012年度民主评议党员结果的通知",
			"关于化学化工与材料科学学院本科生|第一党支部2012年度民主评议党员结果的通知"},
		{"关于后勤保障处与资产经营有限公司联合党支部2012年度民主评议党员结果的通知",
			"关于后勤保障处与资产经营有限公司|联合党支部2012年度民主评议党员结果的通知"},
		{"中共江城师范学院委员会关于开展2012年度民主评议党员和评选先进基层党组织、优秀共产党员及优秀党务工作者工作的通知",
			"中共江城师范学院委员会关于开展2012年度|民主评议党员和评选先进基层党组织、|优秀共产党员及优秀党务工作者工作的通知"},
	}
	for _, tt := range tests {
		title, breaks := author(tt.source)
		got := strings.Join(breakAt(t, title, breaks, rules), "|")
		if got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.source, got, tt.want)
		}
	}
}

// TestBreakTitleProperties checks titles whatever the exact choice: no
// line overflows, text is kept, breaks fall between words of the word
// list (never inside a Keep word or a number), no line starts with a
// closing mark or 的, and the lines form a 梯形 or 菱形 (no line shorter
// than both its neighbours).
func TestBreakTitleProperties(t *testing.T) {
	rules := testRules(t)
	m := hanMeasure(layout.Pt(22))
	titles := []struct {
		title string
		shape bool // a 梯形 or 菱形 split between words exists
	}{
		{"中共江城师范学院委员会关于表彰2012年度先进基层党组织、优秀共产党员和优秀党务工作者的决定", true},
		// 19/17/19 at best: a 梯形 would need 21 em on line 2 or a cut inside 优秀共产党员
		{"中共江城师范学院委员会关于开展2012年度民主评议党员和评选先进基层党组织、优秀共产党员及优秀党务工作者工作的通知", false},
		{"关于深入开展创先争优活动的实施意见", true},
		{"关于物理与电子信息工程学院本科生第二党支部2012年度民主评议党员结果的通知", true},
		{"关于数学与统计学院本科生第一党支部2012年度民主评议党员结果的通知", true},
		{"中共青山湖区教育体育局委员会关于印发《关于在全区教育系统党的基层组织和党员中深入开展创先争优活动的实施方案》的通知", true},
	}
	for _, tc := range titles {
		title := tc.title
		lines := breakAt(t, title, nil, rules)
		t.Logf("%s", strings.Join(lines, " / "))
		if strings.Join(lines, "") != title {
			t.Errorf("%q: lines %q lose text", title, lines)
		}
		rs := []rune(title)
		words := rules.Words.boundaries(rs)
		pos := 0
		for i, ln := range lines {
			w := m([]rune(ln))
			if w > layout.MM(156) {
				t.Errorf("%q: line %q is %v wide", title, ln, w)
			}
			if tc.shape && i > 0 && i+1 < len(lines) && w+layout.Pt(11) < m([]rune(lines[i-1])) && w+layout.Pt(11) < m([]rune(lines[i+1])) {
				t.Errorf("%q: line %d shorter than both neighbours: %q", title, i+1, lines)
			}
			if i > 0 && strings.ContainsAny(string([]rune(ln)[0]), noLineStart+noTitleStart) {
				t.Errorf("%q: line starts with %c", title, []rune(ln)[0])
			}
			pos += utf8.RuneCountInString(ln)
			if i == len(lines)-1 {
				break
			}
			if !words[pos] {
				t.Errorf("%q: break inside a word: %q", title, lines)
			}
			for _, k := range rules.Keep {
				forEach(rs, k, func(s, e int) {
					if s < pos && pos < e {
						t.Errorf("%q: break inside %q: %q", title, k, lines)
					}
				})
			}
			if isAlnum(rs[pos-1]) && isAlnum(rs[pos]) {
				t.Errorf("%q: break inside a number: %q", title, lines)
			}
		}
	}
}

func TestBreakTitleDiamond(t *testing.T) {
	rules := testRules(t)
	rules.Shape = Diamond
	title := "中共江城师范学院委员会关于表彰2012年度先进基层党组织、优秀共产党员和优秀党务工作者的决定"
	lines := breakAt(t, title, nil, rules)
	if len(lines) != 3 {
		t.Fatalf("want 3 lines, got %q", lines)
	}
	m := hanMeasure(layout.Pt(22))
	if m([]rune(lines[1])) < m([]rune(lines[0])) || m([]rune(lines[1])) < m([]rune(lines[2])) {
		t.Errorf("菱形: middle line should be longest: %q", lines)
	}
}

// TestSegmentation: the word list's boundaries in titles and names.
func TestSegmentation(t *testing.T) {
	rules := testRules(t)
	for _, tc := range []string{
		"关于|在|全区|教育系统|党|的|基层组织|和|党员中|深入开展|创先争优活动|的|实施方案",
		"中共|青山湖区|教育体育局|委员会|创先争优活动|领导小组",
		"化学化工|与|材料科学|学院|本科生|第一|党支部",
		"关于|机关|第一|党支部|2012|年度|民主评议党员|结果|的|通知",
	} {
		text, want := author(tc)
		b := rules.Words.boundaries([]rune(text))
		var got []int
		for i := 1; i < len(b)-1; i++ {
			if b[i] {
				got = append(got, i)
			}
		}
		if !equalInts(got, want) {
			var sb strings.Builder
			for i, r := range []rune(text) {
				if i > 0 && b[i] {
					sb.WriteByte('|')
				}
				sb.WriteRune(r)
			}
			t.Errorf("got  %s\nwant %s", sb.String(), tc)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// longBranch is a title with a branch name of n characters.
func longBranch(n int) string {
	name := strings.Repeat("物理与电子信息工程学院本科生", n/14+1)
	return "关于" + string([]rune(name)[:n]) + "党支部2012年度民主评议党员结果的通知"
}

// TestBreakTitleLinear: a 300-character branch name (51 s with the old
// search over every split into up to four lines) breaks in milliseconds,
// and time grows about linearly with the length.
func TestBreakTitleLinear(t *testing.T) {
	rules := testRules(t)
	timeOf := func(n int) time.Duration {
		title := longBranch(n)
		start := time.Now()
		lines := breakAt(t, title, nil, rules)
		d := time.Since(start)
		if strings.Join(lines, "") != title {
			t.Fatalf("text lost")
		}
		for _, ln := range lines {
			if hanMeasure(layout.Pt(22))([]rune(ln)) > layout.MM(156) {
				t.Errorf("%d: line %q too wide", n, ln)
			}
		}
		return d
	}
	timeOf(50)
	t300 := timeOf(300)
	t1200 := timeOf(1200)
	t.Logf("300 characters: %v, 1200: %v", t300, t1200)
	if t300 > 200*time.Millisecond {
		t.Errorf("300 characters took %v", t300)
	}
	if t1200 > 10*t300+50*time.Millisecond {
		t.Errorf("1200 characters took %v, 300 took %v: not linear", t1200, t300)
	}
}

func BenchmarkBreakTitle(b *testing.B) {
	rules := testRules(b)
	for _, n := range []int{10, 50, 200, 300} {
		title := longBranch(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				breakAt(b, title, nil, rules)
			}
		})
	}
}

// TestLongBranchNotice lays out a branch notice whose branch name has 300
// characters (title, 主送 and attachment title): 51 s before the title
// breaker was linear.
func TestLongBranchNotice(t *testing.T) {
	o := DefaultOptions()
	o.TitleRules = testRules(t)
	name := []rune(strings.Repeat("物理与电子信息工程学院本科生", 22))[:300]
	n := sigNotice([]int{60, 60, 40}, 1, document.WithSeal)
	n.Title = "关于" + string(name) + "党支部2012年度民主评议党员结果的通知"
	n.Recipients = string(name) + "党支部："
	n.Attachments[0] = document.Attachment{Name: string(name) + "党支部2012年度民主评议党员结果名单",
		Body: []document.Block{{Kind: document.NameList, Groups: []document.NameGroup{{Names: []string{"王五", "李四"}}}}}}
	start := time.Now()
	doc, _, err := Layout(n, testSetter(), o)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("a notice for a 300-character branch took %v", d)
	}
	if len(doc.Pages) < 2 {
		t.Errorf("%d pages", len(doc.Pages))
	}
}
