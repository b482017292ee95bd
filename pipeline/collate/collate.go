// Package collate orders personal names 按姓氏笔画为序 (by surname stroke count, then stroke
// sequence), as Chinese commendation lists require (typesetting.md, "Names").
//
// The ordering implemented by Compare, step by step:
//
//  1. A name is normalised first: spaces (ASCII and U+3000, as in 张　三) and the middle dots used in
//     transliterated minority names (· U+00B7, ・ U+30FB, • U+2022, ‧ U+2027, ･ U+FF65) are removed, so
//     买买提·艾力 orders as 买买提艾力. The empty name sorts first.
//  2. The name is split into surname and given name: the surname is the first character, or the
//     first two characters when they form a compound surname from a fixed list (欧阳, 司马, 诸葛, …;
//     see compoundSurnames).
//  3. Surnames are compared character by character with the character order below, and a missing
//     character sorts first: so all names whose surname starts with 欧 are grouped under 欧 (8 strokes),
//     欧 before 欧阳 (compound surnames sort by their first character).
//  4. For the same surname, the shorter given name comes first (单名在前, 田富 before 田大利); given names
//     of the same length are then compared character by character.
//  5. Names that are still equal (they differ only in spaces or dots) are ordered by their bytes, so
//     Compare returns 0 only for identical strings; SortNames is stable on top of that.
//
// The character order: Han characters with a known stroke count come first, by
//
//	a. stroke count (Unihan kTotalStrokes, G source);
//	b. stroke sequence compared stroke by stroke in the order 横1 竖2 撇3 点4 折5, where 提 counts as 横,
//	   竖钩 as 竖, 捺 as 点 and all other bending strokes as 折 (现代汉语通用字笔顺规范); characters with a
//	   count but no sequence sort after those with one of the same count;
//	c. code point.
//
// All other characters (Latin letters, digits, punctuation, Han without data) follow, by code point.
package collate

import (
	"cmp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./gen

// countRange is a run of consecutive code points with their encoded stroke counts.
type countRange struct {
	lo, hi rune
	data   string
}

// decodeCount inverts the generator's encodeCount: printable ASCII skipping '"' and '\\'.
func decodeCount(b byte) int {
	if b > '\\' {
		b--
	}
	if b > '"' {
		b--
	}
	return int(b) - 0x21
}

// Strokes returns the stroke count of r (Unihan kTotalStrokes, simplified/G value) and whether it
// is known.
func Strokes(r rune) (int, bool) {
	i := sort.Search(len(countRanges), func(i int) bool { return countRanges[i].hi >= r })
	if i == len(countRanges) || r < countRanges[i].lo {
		return 0, false
	}
	c := decodeCount(countRanges[i].data[r-countRanges[i].lo])
	return c, c > 0
}

var seqMap = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string, 7000)
	for _, rec := range strings.Fields(seqData) {
		r, n := utf8.DecodeRuneInString(rec)
		m[r] = rec[n:]
	}
	return m
})

// Sequence returns the stroke sequence of r as digits 1–5 (横竖撇点折), e.g. "1121" for 王, and
// whether it is known.
func Sequence(r rune) (string, bool) {
	s, ok := seqMap()[r]
	return s, ok
}

// compareRune orders single characters: Han with a known count by (count, sequence, code point),
// then everything else by code point.
func compareRune(a, b rune) int {
	if a == b {
		return 0
	}
	ca, oka := Strokes(a)
	cb, okb := Strokes(b)
	switch {
	case oka && !okb:
		return -1
	case !oka && okb:
		return 1
	case oka && okb:
		if ca != cb {
			return cmp.Compare(ca, cb)
		}
		sa, hasA := Sequence(a)
		sb, hasB := Sequence(b)
		switch {
		case hasA && !hasB:
			return -1
		case !hasA && hasB:
			return 1
		case hasA && hasB:
			if c := strings.Compare(sa, sb); c != 0 {
				return c
			}
		}
	}
	return cmp.Compare(a, b)
}

// compareRunes compares rune slices element by element; a shorter prefix sorts first.
func compareRunes(a, b []rune) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if c := compareRune(a[i], b[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

// compoundSurnames lists two-character surnames that are kept together as the surname.
var compoundSurnames = map[string]bool{
	"欧阳": true, "司马": true, "上官": true, "诸葛": true, "东方": true, "皇甫": true, "尉迟": true,
	"公孙": true, "慕容": true, "长孙": true, "宇文": true, "司徒": true, "司空": true, "夏侯": true,
	"令狐": true, "端木": true, "独孤": true, "南宫": true, "西门": true, "轩辕": true, "申屠": true,
	"万俟": true, "闻人": true, "澹台": true, "公冶": true, "太史": true, "呼延": true, "钟离": true,
	"宗政": true, "濮阳": true, "淳于": true, "单于": true, "公羊": true, "赫连": true, "百里": true,
	"东郭": true, "拓跋": true, "完颜": true, "鲜于": true, "左丘": true, "谷梁": true, "乐正": true,
}

// split normalises a name and returns its surname and given name.
func split(name string) (surname, given []rune) {
	rs := make([]rune, 0, len(name)/3+1)
	for _, r := range name {
		switch r {
		case ' ', '\t', '\u3000', '\u00B7', '\u30FB', '\u2022', '\u2027', '\uFF65':
			continue
		}
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return nil, nil
	}
	n := 1
	if len(rs) >= 3 && compoundSurnames[string(rs[:2])] {
		n = 2
	}
	return rs[:n], rs[n:]
}

// Compare orders two names 按姓氏笔画 and returns -1, 0 or +1; 0 only when a == b. See the package
// documentation for the exact rule.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	sa, ga := split(a)
	sb, gb := split(b)
	if c := compareRunes(sa, sb); c != 0 {
		return c
	}
	if c := cmp.Compare(len(ga), len(gb)); c != 0 {
		return c
	}
	if c := compareRunes(ga, gb); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// Less reports whether a sorts before b (Compare(a, b) < 0), for use with sort.SliceStable over
// records.
func Less(a, b string) bool { return Compare(a, b) < 0 }

// SortNames sorts names in place 按姓氏笔画; the sort is stable.
func SortNames(names []string) {
	sort.SliceStable(names, func(i, j int) bool { return Compare(names[i], names[j]) < 0 })
}
