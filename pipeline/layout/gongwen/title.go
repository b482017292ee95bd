package gongwen

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"pingyou/pipeline/layout"
)

// Title breaking (GB/T 9704-2012 7.3.1: 回行时，要做到词意完整，排列对称，
// 长短适宜，间距恰当，标题排列应当使用梯形或菱形).
//
// A title that fits the width is one line. The author's own line breaks
// (a plain-text source's lines) are kept when each of those lines fits;
// otherwise they are the preferred break points. Every position between
// two characters gets a penalty:
//
//   - between two words of the Lexicon: breakWord; at a phrase boundary
//     (TitleRules.BreakBefore / BreakAfter, before a year such as 2012年):
//     breakStrong or better;
//   - inside a word: breakInside; inside a Keep word, a number or a Latin
//     word: breakKeep; where a line would start with a closing mark or 的,
//     or end with an opening mark: breakForbidden.
//
// A split into k lines costs the sum of its break penalties, the squared
// deviation of each line from the mean width (balance), and shape
// penalties: a line shorter than both its neighbours (neither 梯形 nor
// 菱形) costs much, a line longer than the one above costs a little under
// Trapezoid (上长下短 preferred), a 菱形 that is not one costs under
// Diamond; one line more than the fewest possible costs extraLine (more
// are not tried). The best
// split is found by dynamic programming over (line, start, end): a line's
// end is searched only within one line width of its share of the title,
// so the work grows linearly with the title's length (BenchmarkBreakTitle).
//
// All costs are integers (widths in 1/10 em of the title size), so the
// choice does not depend on floating-point rounding.
const (
	breakStrong    = 0
	breakYear      = -40 // before 2012年: the time and the 文种 read as one phrase
	breakAuthor    = -60 // where the author broke the line
	breakWord      = 40
	breakInside    = 1000
	breakKeep      = 10000
	breakForbidden = 100000
	shapeV         = 60  // per em a line is shorter than both neighbours
	shapeRise      = 20  // per em a line is longer than the one above (Trapezoid)
	shapeDiamond   = 300 // a Diamond title of 3+ lines that is not one
	extraLine      = 150
	shapeTolerance = 5 // 1/10 em: lines this close count as equal
)

// noTitleStart are characters a title line must not begin with, besides
// the closing marks: structural particles belong to the words before them.
const noTitleStart = "的之"

const (
	chineseDigits = "一二三四五六七八九十百千零〇两"
	numberUnits   = "年月日号个名位届次期"
)

// breakTitle splits title into lines no wider than width (adv gives each
// character's advance, em is the title's font size), breaking between
// words. authorBreaks are rune offsets where the source broke the title.
func breakTitle(title string, authorBreaks []int, rules TitleRules, width, em layout.Length, adv func(r rune) layout.Length) []string {
	return breakLines(title, authorBreaks, rules, width, em, adv, 1)
}

// breakLines is breakTitle into at least minLines lines (a long 署名 wraps
// into two even when it would fit the type width on one).
func breakLines(title string, authorBreaks []int, rules TitleRules, width, em layout.Length, adv func(r rune) layout.Length, minLines int) []string {
	rs := []rune(title)
	n := len(rs)
	if n == 0 {
		return nil
	}
	// widths exactly (for the width limit) and, for the costs, prefix sums in 1/10 em
	exact := make([]layout.Length, n+1)
	pre := make([]int64, n+1)
	for i, r := range rs {
		exact[i+1] = exact[i] + adv(r)
		pre[i+1] = int64(exact[i+1] * 10 / em)
	}
	if exact[n] <= width && minLines <= 1 || n < 2 {
		return []string{title}
	}
	if lines, ok := authorLines(rs, authorBreaks, exact, width); ok {
		return lines
	}
	limit := int64(width * 10 / em)
	pen := breakPenalties(rs, authorBreaks, rules)
	kmin := int((pre[n] + limit - 1) / limit)
	var best []int
	var bestCost int64
	kmin = max(kmin, minLines, 2)
	for k := kmin; k <= kmin+1 && k <= n; k++ {
		breaks, cost, ok := splitDP(pre, pen, k, limit, rules.Shape)
		if !ok {
			continue
		}
		cost += int64(k-kmin) * extraLine
		if best == nil || cost < bestCost {
			best, bestCost = breaks, cost
		}
	}
	if best == nil {
		return []string{title}
	}
	out := make([]string, 0, len(best)+1)
	prev := 0
	for _, b := range append(best, n) {
		out = append(out, string(rs[prev:b]))
		prev = b
	}
	return out
}

// authorLines returns the title broken where the author broke it, if every
// such line fits (exact: prefix widths).
func authorLines(rs []rune, breaks []int, exact []layout.Length, width layout.Length) ([]string, bool) {
	if len(breaks) == 0 {
		return nil, false
	}
	var out []string
	prev := 0
	for _, b := range append(slices.Clone(breaks), len(rs)) {
		if b <= prev || b > len(rs) || exact[b]-exact[prev] > width {
			return nil, false
		}
		out = append(out, string(rs[prev:b]))
		prev = b
	}
	return out, true
}

// breakPenalties returns pen[i], the cost of a line break before rs[i].
func breakPenalties(rs []rune, authorBreaks []int, rules TitleRules) []int64 {
	n := len(rs)
	pen := make([]int64, n+1)
	words := rules.Words.boundaries(rs)
	for i := 1; i < n; i++ {
		switch {
		case rules.Words == nil:
			pen[i] = breakWord // no word list: the rules below only
		case words[i]:
			pen[i] = breakWord
		default:
			pen[i] = breakInside
		}
	}
	strong := func(i int) {
		if i > 0 && i < n && pen[i] <= breakWord {
			pen[i] = min(pen[i], breakStrong)
		}
	}
	for _, w := range rules.BreakAfter {
		forEach(rs, w, func(_, end int) { strong(end) })
	}
	for _, w := range rules.BreakBefore {
		forEach(rs, w, func(start, _ int) { strong(start) })
	}
	for i := 1; i+1 < n; i++ {
		// before a year: 2012年, 2012年度
		if isDigit(rs[i]) && !isAlnum(rs[i-1]) {
			j := i
			for j < n && isDigit(rs[j]) {
				j++
			}
			if j-i == 4 && j < n && rs[j] == '年' && pen[i] <= breakWord {
				pen[i] = breakYear
			}
		}
	}
	for _, b := range authorBreaks {
		if b > 0 && b < n && pen[b] <= breakWord {
			pen[b] = breakAuthor
		}
	}
	for _, w := range rules.Keep {
		markInside(rs, w, func(i int) { pen[i] = max(pen[i], breakKeep) })
	}
	for _, w := range rules.NoBreakBefore {
		forEach(rs, w, func(start, _ int) {
			if start > 0 {
				pen[start] = max(pen[start], breakInside)
			}
		})
	}
	for _, w := range rules.NoBreakAfter {
		forEach(rs, w, func(_, end int) {
			if end < n {
				pen[end] = max(pen[end], breakInside)
			}
		})
	}
	for i := 1; i < n; i++ {
		// an ordinal stays with what it counts: 第一党支部, 第3名
		if rs[i-1] == '第' {
			j := i
			for j < n && (strings.ContainsRune(chineseDigits, rs[j]) || isDigit(rs[j])) {
				j++
			}
			for k := i; k <= j && k < n; k++ {
				pen[k] = max(pen[k], breakInside)
			}
		}
	}
	for i := 1; i < n; i++ {
		a, b := rs[i-1], rs[i]
		switch {
		case strings.ContainsRune(noLineStart, b) || strings.ContainsRune(noLineEnd, a) || strings.ContainsRune(noTitleStart, b):
			pen[i] = breakForbidden
		case isAlnum(a) && isAlnum(b), isDigit(a) && strings.ContainsRune(numberUnits, b):
			pen[i] = max(pen[i], breakKeep) // a number, or a number and its unit (2012年)
		}
	}
	return pen
}

// dpState is a split of the title's start into lines, the last one
// [start, end); phase says whether the widths have risen (1) or fallen (2)
// yet, for the shape.
type dpState struct {
	start int
	phase int8
	cost  int64
	prev  int // index of the previous line's state in its layer, -1 for line 1
}

// splitDP finds the cheapest split of the title (prefix widths pre, break
// penalties pen) into exactly k lines no wider than limit, returning the
// break positions.
func splitDP(pre, pen []int64, k int, limit int64, shape TitleShape) ([]int, int64, bool) {
	n := len(pre) - 1
	total := pre[n]
	mean := total / int64(k)
	bal := func(w int64) int64 { d := w - mean; return d * d / 10 }
	// lo[b]: the first start a with pre[b]-pre[a] <= limit
	lo := make([]int, n+1)
	for a, b := 0, 0; b <= n; b++ {
		for pre[b]-pre[a] > limit {
			a++
		}
		lo[b] = a
	}
	// layers[i][end] lists the states of line i+1 ending at end.
	layers := make([]dpLayer, k)
	newLayer := func() dpLayer { return make(dpLayer, n+1) }
	inBand := func(i, b int) bool { // line i (1-based) may end at b
		if i == k {
			return b == n
		}
		if b >= n || n-b < k-i || total-pre[b] > int64(k-i)*limit {
			return false
		}
		target := total * int64(i) / int64(k)
		return pre[b] >= target-limit && pre[b] <= target+limit
	}
	layers[0] = newLayer()
	for b := 1; b <= n; b++ {
		if lo[b] == 0 && inBand(1, b) {
			c := bal(pre[b])
			if b < n {
				c += pen[b]
			}
			layers[0][b] = []dpState{{start: 0, cost: c, prev: -1}}
		}
	}
	for i := 2; i <= k; i++ {
		cur := newLayer()
		for b := 1; b <= n; b++ {
			if !inBand(i, b) {
				continue
			}
			for a := max(lo[b], 1); a < b; a++ {
				prevs := layers[i-2][a]
				if len(prevs) == 0 {
					continue
				}
				w := pre[b] - pre[a]
				lineCost := bal(w)
				if b < n {
					lineCost += pen[b]
				}
				// best predecessor per resulting phase
				var bestFor [3]dpState
				var have [3]bool
				for pi, ps := range prevs {
					pw := pre[a] - pre[ps.start]
					c, ph := ps.cost+lineCost, ps.phase
					switch {
					case w > pw+shapeTolerance:
						if ph == 2 {
							c += shapeV * (w - pw) / 10 // fell, now rises: a short line between long ones
						}
						if shape == Trapezoid {
							c += shapeRise * (w - pw) / 10
						}
						ph = max(ph, 1)
						if ph == 2 {
							ph = 1
						}
					case w < pw-shapeTolerance:
						ph = 2
					}
					if !have[ph] || c < bestFor[ph].cost {
						bestFor[ph], have[ph] = dpState{start: a, phase: ph, cost: c, prev: pi}, true
					}
				}
				for ph := range bestFor {
					if have[ph] {
						cur[b] = append(cur[b], bestFor[ph])
					}
				}
			}
		}
		layers[i-1] = cur
	}
	finals := layers[k-1][n]
	bi, cost := -1, int64(0)
	for i := range finals {
		c := finals[i].cost
		if shape == Diamond && k >= 3 && !risesThenFalls(layers, finals[i]) {
			c += shapeDiamond
		}
		if bi < 0 || c < cost {
			bi, cost = i, c
		}
	}
	if bi < 0 {
		return nil, 0, false
	}
	breaks := make([]int, k-1)
	s := finals[bi]
	for i := k - 1; i >= 1; i-- {
		breaks[i-1] = s.start
		s = layers[i-1][s.start][s.prev]
	}
	return breaks, cost, true
}

// dpLayer lists the states of one line by where the line ends.
type dpLayer [][]dpState

// risesThenFalls reports whether the split ending in s went up and then
// down (a 菱形): its last step fell and an earlier one rose.
func risesThenFalls(layers []dpLayer, s dpState) bool {
	if s.phase != 2 {
		return false
	}
	for i := len(layers) - 2; i >= 0 && s.prev >= 0; i-- {
		s = layers[i][s.start][s.prev]
		if s.phase == 1 {
			return true
		}
	}
	return false
}

const (
	noLineStart = "、。，．：；！？”’）》〉」』】〗〕］｝·…—%"
	noLineEnd   = "“‘（《〈「『【〖〔［｛"
)

func isAlnum(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '.' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// forEach calls f with the rune range of every occurrence of w in rs.
func forEach(rs []rune, w string, f func(start, end int)) {
	if w == "" {
		return
	}
	n := utf8.RuneCountInString(w)
outer:
	for i := 0; i+n <= len(rs); i++ {
		k := i
		for _, r := range w {
			if rs[k] != r {
				continue outer
			}
			k++
		}
		f(i, i+n)
	}
}

// markInside calls f with every break position strictly inside an occurrence of w.
func markInside(rs []rune, w string, f func(i int)) {
	forEach(rs, w, func(start, end int) {
		for i := start + 1; i < end; i++ {
			f(i)
		}
	})
}
