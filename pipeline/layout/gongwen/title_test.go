package gongwen

import (
	"strings"
	"testing"
	"unicode/utf8"

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

func TestBreakTitle(t *testing.T) {
	width := layout.MM(156)
	m := hanMeasure(layout.Pt(22)) // 20 Han characters a line
	tests := []struct {
		title string
		want  []string
	}{
		{"关于表彰先进基层党组织的决定", []string{"关于表彰先进基层党组织的决定"}},
		{"中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定",
			[]string{"中共江城师范学院委员会关于表彰2012年度", "先进基层党组织和优秀共产党员的决定"}},
		{"关于在全区教育系统党的基层组织和党员中深入开展创先争优活动的实施方案",
			[]string{"关于在全区教育系统党的基层组织和党员中", "深入开展创先争优活动的实施方案"}},
	}
	for _, tt := range tests {
		got := breakTitle(tt.title, DefaultTitleRules, width, m)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("breakTitle(%q) =\n%q\nwant\n%q", tt.title, got, tt.want)
		}
	}
}

// TestBreakTitleProperties checks titles whatever the exact choice: no
// line overflows, text is kept, breaks are never inside a Keep word or a
// number, and the shape is a 梯形 (no line longer than the one above).
func TestBreakTitleProperties(t *testing.T) {
	width := layout.MM(156)
	m := hanMeasure(layout.Pt(22))
	titles := []struct {
		title     string
		trapezoid bool // a 梯形 split between words exists
	}{
		{"中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定", true},
		{"中共江城师范学院委员会关于表彰2012年度先进基层党组织、优秀共产党员和优秀党务工作者的决定", true},
		// 19/17/19 at best: every 梯形 split would cut 优秀共产党员; the breaker keeps the word.
		{"中共江城师范学院委员会关于开展2012年度民主评议党员和评选先进基层党组织、优秀共产党员及优秀党务工作者工作的通知", false},
		{"关于深入开展创先争优活动的实施意见", true},
	}
	for _, tc := range titles {
		title := tc.title
		lines := breakTitle(title, DefaultTitleRules, width, m)
		if strings.Join(lines, "") != title {
			t.Errorf("%q: lines %q lose text", title, lines)
		}
		pos := 0
		for i, ln := range lines {
			if w := m([]rune(ln)); w > width {
				t.Errorf("%q: line %q is %v wide, over %v", title, ln, w, width)
			}
			if tc.trapezoid && i > 0 && m([]rune(ln)) > m([]rune(lines[i-1])) {
				t.Errorf("%q: line %d %q longer than the one above (not 梯形): %q", title, i+1, ln, lines)
			}
			pos += utf8.RuneCountInString(ln)
			if i == len(lines)-1 {
				break
			}
			rs := []rune(title)
			for _, k := range DefaultTitleRules.Keep {
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
	rules := DefaultTitleRules
	rules.Shape = Diamond
	title := "中共江城师范学院委员会关于表彰2012年度先进基层党组织、优秀共产党员和优秀党务工作者的决定"
	lines := breakTitle(title, rules, layout.MM(156), hanMeasure(layout.Pt(22)))
	if len(lines) != 3 {
		t.Fatalf("want 3 lines, got %q", lines)
	}
	m := hanMeasure(layout.Pt(22))
	if m([]rune(lines[1])) < m([]rune(lines[0])) || m([]rune(lines[1])) < m([]rune(lines[2])) {
		t.Errorf("菱形: middle line should be longest: %q", lines)
	}
}
