package gongwen

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lexicon is a word list with a grade per word (1–9, more common higher):
// titles and 署名 break only where it puts a word boundary. The pipeline
// reads it from templates/词表.txt, which an office may extend with its own
// names.
type Lexicon struct {
	grade  map[string]int8
	maxLen int // longest word in runes
}

// ParseLexicon reads a word list: one word a line, optionally followed by
// its grade (default 9); lines starting with # are comments.
func ParseLexicon(text string) (*Lexicon, error) {
	l := &Lexicon{grade: make(map[string]int8, strings.Count(text, "\n")+1)}
	for no, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, g, _ := strings.Cut(line, " ")
		grade := 9
		if g = strings.TrimSpace(g); g != "" {
			n, err := strconv.Atoi(g)
			if err != nil || n < 1 || n > 9 {
				return nil, fmt.Errorf("词表第%d行：频级应为 1–9 的数字（值：%s）", no+1, g)
			}
			grade = n
		}
		if int8(grade) > l.grade[w] {
			l.grade[w] = int8(grade)
		}
		l.maxLen = max(l.maxLen, utf8.RuneCountInString(w))
	}
	return l, nil
}

// Len is the number of words.
func (l *Lexicon) Len() int { return len(l.grade) }

// Costs of segmentation (lower is likelier), in the spirit of a
// maximum-probability segmenter: a known word costs wordBase − grade (a
// grade is about 2·log10 of its frequency), a character the list does not
// know costs unknownCost, a run of Latin letters and digits or a mark one
// token.
const (
	wordBase    = 18
	unknownCost = 30
	tokenCost   = 5
)

// boundaries returns, for each position 1..len(rs)-1, whether a word ends
// before rs[i]: the cheapest segmentation of rs into listed words, runs of
// Latin letters and digits, marks and single characters. A run of
// characters the list does not know stays whole (no boundary inside it):
// it is probably a name.
func (l *Lexicon) boundaries(rs []rune) []bool {
	n := len(rs)
	brk := make([]bool, n+1)
	if l == nil || n == 0 {
		return brk
	}
	// byte offsets, so words are looked up without allocating
	s := string(rs)
	off := make([]int, n+1)
	for i, k := 0, 0; i < n; i++ {
		off[i] = k
		k += utf8.RuneLen(rs[i])
	}
	off[n] = len(s)
	best := make([]int, n+1)
	next := make([]int, n+1)
	unknown := make([]bool, n+1)
	for i := n - 1; i >= 0; i-- {
		best[i], next[i] = -1, i+1
		if isAlnum(rs[i]) {
			j := i + 1
			for j < n && isAlnum(rs[j]) {
				j++
			}
			best[i], next[i] = tokenCost+best[j], j
			continue
		}
		if !unicode.Is(unicode.Han, rs[i]) {
			best[i] = tokenCost + best[i+1]
			continue
		}
		for j := i + 1; j <= n && j-i <= l.maxLen; j++ {
			g, ok := l.grade[s[off[i]:off[j]]]
			if !ok {
				continue
			}
			if c := wordBase - int(g) + best[j]; best[i] < 0 || c < best[i] {
				best[i], next[i] = c, j
			}
		}
		if best[i] < 0 {
			best[i], unknown[i] = unknownCost+best[i+1], true
		}
	}
	for i := 0; i < n; i = next[i] {
		if next[i] < n && !(unknown[i] && unknown[next[i]]) {
			brk[next[i]] = true
		}
	}
	return brk
}
