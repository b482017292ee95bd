package layout

import (
	"strings"
	"unicode/utf8"
)

// Heading levels of 公文 body text (GB/T 9704 7.3.3): 一、 in 黑体, （一） in
// 楷体, 1. and （1） in 仿宋.
const (
	HeadingNone = iota
	Heading1    // 一、 十一、 二十、
	Heading2    // （一） （十二）
	Heading3    // 1. 1． 12.
	Heading4    // （1） （12）
)

// HeadingLevel returns the heading level of a paragraph of 公文 body text
// from its number, or HeadingNone. Leading spaces are ignored. Chinese
// numbers run from 一 to 九十九 (十一, 二十, 二十一); "1.5亿" and "1.2 米" are
// not headings (a digit follows the point).
func HeadingLevel(text string) int {
	t := strings.TrimLeft(text, " \t\u3000")
	if _, rest, ok := cutChineseNumber(t); ok && strings.HasPrefix(rest, "、") {
		return Heading1
	}
	if inner, _, ok := cutParen(t); ok {
		if _, r, ok := cutChineseNumber(inner); ok && r == "" {
			return Heading2
		}
		if _, r, ok := cutArabic(inner); ok && r == "" {
			return Heading4
		}
		return HeadingNone
	}
	if _, rest, ok := cutArabic(t); ok {
		for _, dot := range []string{".", "．"} {
			if after, found := strings.CutPrefix(rest, dot); found {
				if r, _ := utf8.DecodeRuneInString(after); !isDigit(r) {
					return Heading3
				}
			}
		}
	}
	return HeadingNone
}

// HeadingNumber returns the numbering prefix of a heading (一、 （一） 1. （1）)
// and the heading text after it, or "" and text for a plain paragraph.
func HeadingNumber(text string) (number, rest string) {
	lv := HeadingLevel(text)
	t := strings.TrimLeft(text, " \t\u3000")
	var n int
	switch lv {
	case Heading1:
		_, r, _ := cutChineseNumber(t)
		n = len(t) - len(r) + len("、")
	case Heading2, Heading4:
		_, r, _ := cutParen(t)
		n = len(t) - len(r)
	case Heading3:
		_, r, _ := cutArabic(t)
		_, size := utf8.DecodeRuneInString(r)
		n = len(t) - len(r) + size
	default:
		return "", text
	}
	return t[:n], t[n:]
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// cutArabic cuts leading ASCII or full-width digits (no leading zero).
func cutArabic(s string) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) {
			break
		}
		d := int(r - '0')
		if r >= '０' {
			d = int(r - '０')
		}
		if i == 0 && d == 0 {
			return 0, s, false
		}
		n = n*10 + d
		i += size
	}
	return n, s[i:], i > 0
}

// cutParen cuts a full-width or ASCII parenthesised prefix.
func cutParen(s string) (inner, rest string, ok bool) {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if after, found := strings.CutPrefix(s, p[0]); found {
			if i := strings.Index(after, p[1]); i > 0 {
				return after[:i], after[i+len(p[1]):], true
			}
		}
	}
	return "", s, false
}

var cnDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cutChineseNumber cuts a Chinese number 一…九十九 written the standard way
// (十, 十一, 二十, 二十一; never 一十 or 零).
func cutChineseNumber(s string) (n int, rest string, ok bool) {
	rs := []rune(s)
	i := 0
	tens, units := 0, 0
	if i < len(rs) && cnDigits[rs[i]] > 0 {
		units = cnDigits[rs[i]]
		i++
	}
	if i < len(rs) && rs[i] == '十' {
		if units == 1 {
			return 0, s, false // 一十
		}
		tens = max(units, 1)
		units = 0
		i++
		if i < len(rs) && cnDigits[rs[i]] > 0 {
			units = cnDigits[rs[i]]
			i++
		}
	}
	if i == 0 {
		return 0, s, false
	}
	return tens*10 + units, string(rs[i:]), true
}
