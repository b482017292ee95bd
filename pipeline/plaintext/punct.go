package plaintext

import (
	"strings"
	"unicode"
)

// fullWidth maps the half-width marks typed into Chinese text to the marks
// GB/T 15834-2011 asks for there.
var fullWidth = map[rune]rune{',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）'}

// PunctChange is one half-width mark NormalisePunct replaced, with a few
// characters either side as they read before.
type PunctChange struct {
	From, To rune
	Context  string // the text around the mark, as it was
	At       int    // the mark's rune offset in Context
}

// NormalisePunct replaces half-width , : ; ? ! ( ) in Chinese text by their
// full-width forms and returns what it changed. A mark is Chinese text's
// when a Chinese character (or full-width mark) stands before it, or one
// follows it and no digit stands before it (12:30, 3,000 and the marks of
// Latin text, numbers, URLs and e-mail addresses stay as they are). A
// bracket pair is converted when it encloses or touches Chinese text:
// "(一)" → "（一）", "(2010年6月)" → "（2010年6月）", "(c) 2012" stays.
func NormalisePunct(s string) (string, []PunctChange) {
	rs := []rune(s)
	conv := make([]bool, len(rs))
	prev := func(i int) rune { // the nearest non-space rune before i
		for i--; i >= 0; i-- {
			if rs[i] != ' ' {
				return rs[i]
			}
		}
		return 0
	}
	next := func(i int) rune {
		for i++; i < len(rs); i++ {
			if rs[i] != ' ' {
				return rs[i]
			}
		}
		return 0
	}
	open := []int{}
	for i, r := range rs {
		switch r {
		case ',', ':', ';', '?', '!':
			p, n := prev(i), next(i)
			if inURL(rs, i) {
				continue
			}
			conv[i] = chinese(p) || chinese(n) && !isDigit(p) && !(r == ':' && isLatin(p))
		case '(':
			open = append(open, i)
		case ')':
			if len(open) == 0 {
				conv[i] = chinese(prev(i))
				continue
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			c := chinese(prev(o)) || chinese(next(i))
			for _, x := range rs[o+1 : i] {
				c = c || chinese(x)
			}
			conv[o], conv[i] = c, c
		}
	}
	for _, o := range open {
		conv[o] = chinese(next(o))
	}
	var changes []PunctChange
	out := []rune(s)
	for i, c := range conv {
		if !c {
			continue
		}
		out[i] = fullWidth[rs[i]]
		lo, hi := max(0, i-4), min(len(rs), i+5)
		changes = append(changes, PunctChange{From: rs[i], To: out[i], Context: string(rs[lo:hi]), At: i - lo})
	}
	if len(changes) == 0 {
		return s, nil
	}
	// Spaces typed around a half-width mark are not wanted around the
	// full-width one (a full-width mark has its own space).
	var b strings.Builder
	for i, r := range out {
		if r == ' ' && (i > 0 && conv[i-1] || i+1 < len(out) && conv[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), changes
}

// chinese reports whether r is Chinese text or a full-width mark.
func chinese(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF01 && r <= 0xFF5E ||
		strings.ContainsRune("“”‘’…—·", r)
}

func isLatin(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// inURL reports whether rs[i] is inside a URL or an e-mail address: a run
// of non-space ASCII holding :// or @ with more address after the mark.
func inURL(rs []rune, i int) bool {
	lo, hi := i, i
	for lo > 0 && rs[lo-1] < 0x80 && rs[lo-1] > ' ' {
		lo--
	}
	for hi+1 < len(rs) && rs[hi+1] < 0x80 && rs[hi+1] > ' ' && !strings.ContainsRune(",;!?)", rs[hi+1]) {
		hi++
	}
	tok := string(rs[lo : hi+1])
	if !strings.Contains(tok, "://") && !strings.Contains(tok, "@") && !strings.HasPrefix(tok, "www.") {
		return false
	}
	return lo < i && i < hi // a mark at either end is the sentence's
}

// DropSpaces removes spaces typed between two pieces of Chinese text
// (主线，以 “筑牢 → 主线，以“筑牢) and next to a full-width mark (邮箱：
// xbzaj@… → 邮箱：xbzaj@…): Chinese text has no word spaces, and a
// full-width mark has its own blank. It returns how many it removed.
func DropSpaces(s string) (string, int) {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	n := 0
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' && len(out) > 0 {
			j := i
			for j < len(rs) && rs[j] == ' ' {
				j++
			}
			prev := out[len(out)-1]
			if j < len(rs) && (chinese(prev) && chinese(rs[j]) || fullMark(prev) || fullMark(rs[j])) {
				n++
				i = j - 1
				continue
			}
		}
		out = append(out, rs[i])
	}
	if n == 0 {
		return s, 0
	}
	return string(out), n
}

// fullMark reports whether r is a full-width mark (not a character).
func fullMark(r rune) bool { return chinese(r) && !unicode.Is(unicode.Han, r) }
