package gongwen

import (
	"strings"
	"unicode"

	"pingyou/pipeline/layout"
)

// breakTitle splits a title into lines no wider than width, breaking only
// between words. width(i, j) must return the width of runes[i:j].
//
// Break opportunities come from rules (after BreakAfter tokens, before
// BreakBefore tokens), minus positions inside Keep words, inside runs of
// digits or Latin letters, before closing or after opening punctuation.
// Among the splits with the fewest lines, the most balanced one that has
// the wanted shape wins (梯形: no line shorter than the one below; 菱形:
// the middle line longest). When no word break fits, any position that
// keeps words and numbers whole is tried, then any position at all.
func breakTitle(title string, rules TitleRules, width layout.Length, measure func(rs []rune) layout.Length) []string {
	rs := []rune(title)
	n := len(rs)
	if n == 0 {
		return nil
	}
	if measure(rs) <= width {
		return []string{title}
	}
	keep := make([]bool, n+1) // keep[i]: no break before rs[i]
	for _, w := range rules.Keep {
		markInside(rs, w, func(i int) { keep[i] = true })
	}
	for i := 1; i < n; i++ {
		a, b := rs[i-1], rs[i]
		if isAlnum(a) && isAlnum(b) || strings.ContainsRune(noLineStart, b) || strings.ContainsRune(noLineEnd, a) {
			keep[i] = true
		}
	}
	word := make([]bool, n+1)
	for _, w := range rules.BreakAfter {
		forEach(rs, w, func(start, end int) { word[end] = true })
	}
	for _, w := range rules.BreakBefore {
		forEach(rs, w, func(start, end int) { word[start] = true })
	}
	var words, whole, any []int
	for i := 1; i < n; i++ {
		if !keep[i] {
			whole = append(whole, i)
			if word[i] {
				words = append(words, i)
			}
		}
		any = append(any, i)
	}
	for _, cands := range [][]int{words, whole, any} {
		if best := bestSplit(rs, cands, width, rules.Shape, measure); best != nil {
			return best
		}
	}
	return []string{title}
}

const (
	noLineStart = "、。，．：；！？”’）》〉」』】〗〕］｝·…—%"
	noLineEnd   = "“‘（《〈「『【〖〔［｛"
)

func isAlnum(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '.' }

// forEach calls f with the rune range of every occurrence of w in rs.
func forEach(rs []rune, w string, f func(start, end int)) {
	ws := []rune(w)
	if len(ws) == 0 {
		return
	}
	for i := 0; i+len(ws) <= len(rs); i++ {
		if string(rs[i:i+len(ws)]) == w {
			f(i, i+len(ws))
		}
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

// bestSplit tries 2, 3 and 4 lines over the candidate positions.
func bestSplit(rs []rune, cands []int, width layout.Length, shape TitleShape, measure func([]rune) layout.Length) []string {
	for lines := 2; lines <= 4; lines++ {
		var best []int
		bestCost := 0.0
		var pick func(from, left int, chosen []int)
		pick = func(from, left int, chosen []int) {
			if left == 0 {
				cost, ok := splitCost(rs, chosen, width, shape, measure)
				if ok && (best == nil || cost < bestCost) {
					best, bestCost = append([]int(nil), chosen...), cost
				}
				return
			}
			for k := from; k < len(cands); k++ {
				pick(k+1, left-1, append(chosen, cands[k]))
			}
		}
		pick(0, lines-1, nil)
		if best != nil {
			out := make([]string, 0, lines)
			prev := 0
			for _, b := range append(best, len(rs)) {
				out = append(out, string(rs[prev:b]))
				prev = b
			}
			return out
		}
	}
	return nil
}

// splitCost is the squared deviation of line widths from their mean, plus
// a large penalty when the shape is wrong; ok is false if a line overflows.
func splitCost(rs []rune, breaks []int, width layout.Length, shape TitleShape, measure func([]rune) layout.Length) (float64, bool) {
	var ws []float64
	prev := 0
	for _, b := range append(append([]int(nil), breaks...), len(rs)) {
		w := measure(rs[prev:b])
		if w > width {
			return 0, false
		}
		ws = append(ws, float64(w)/1000)
		prev = b
	}
	mean := 0.0
	for _, w := range ws {
		mean += w
	}
	mean /= float64(len(ws))
	cost := 0.0
	for _, w := range ws {
		cost += (w - mean) * (w - mean)
	}
	const wrongShape = 1e7
	switch {
	case shape == Diamond && len(ws) >= 3:
		for i := 1; i < len(ws)-1; i++ {
			if ws[i] < ws[0] || ws[i] < ws[len(ws)-1] {
				cost += wrongShape
			}
		}
	default: // 梯形, and two-line 菱形 titles, which are 梯形 too
		for i := 1; i < len(ws); i++ {
			if ws[i] > ws[i-1] {
				cost += wrongShape + (ws[i]-ws[i-1])*(ws[i]-ws[i-1])
			}
		}
	}
	return cost, true
}
