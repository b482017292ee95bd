package layout

// Stage 1 of inline layout: segment. Text is split into glyphs (one drawn
// rune each, with any combining or format characters riding along in its
// text) and glyphs are grouped into atoms, the units a line may not split:
// one Han character, one punctuation mark, a —— or …… pair, a Latin word or
// a number with its sign and unit symbols. Whether a line may break after an
// atom is decided here from the 禁则 tables below (data, not UAX #14: · is
// breakable before in UAX #14, and “” depend on the Unicode version).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// kind is what a glyph is for spacing and breaking.
type kind uint8

const (
	kHan    kind = iota // ideographs and other wide characters: a 1-em cell, centred
	kMark               // CJK punctuation from markTable: a fixed cell with ink alignment
	kWord               // Latin letters and digits (and what joins them): natural advance
	kSymbol             // other narrow characters: natural advance
	kSpace              // breakable space: natural advance, dropped at a line end
)

// align is where a glyph sits in its cell.
type align uint8

const (
	alignCenter align = iota
	alignLeft         // ink on the left: 。，、；： and closing marks
	alignRight        // ink on the right: opening marks
)

// mark describes one CJK punctuation character: its cell width in half-ems
// (in the 公文 grid em is the char pitch), where its ink sits, and which
// half of the cell is blank and may be compressed away.
type mark struct {
	halves     int8 // cell width in 1/2 em; 0: natural advance
	gridHalves int8 // cell width in the 公文 grid, if different (·: 1 em)
	align      align
	blankL     bool // the left 1/2 em is blank (opening marks)
	blankR     bool // the right 1/2 em is blank (。，、；： and closing marks)
	pair       bool // —— and ……: two of them form one unbreakable 2-em unit
	shared     bool // shared with Western text (East Asian Width A): draw from a CJK face
}

// Line-breaking classes (typesetting.md, 禁则, strict level). These strings
// are the rules: a character listed in noStart never begins a line, one in
// noEnd never ends a line.
const (
	noStartStops      = "、。，．：；！？‼⁇⁈⁉"
	noStartClosing    = "”’）》〉」』】〗〕］｝〙〛"
	noStartInterpunct = "·・‧"
	noStartSolidi     = "/／"
	noStartConnectors = "–～〜"
	noStartPostfix    = "%‰℃°′″"
	noStartStrict     = "—―⸺…⋯" // —— and …… (strict level); U+2015 is the GB 2312 mapping of ——
	// Western punctuation met inside Chinese text behaves the same way.
	noStartWestern = ")]},.;:!?％"

	noEndOpening = "“‘（《〈「『【〖〔［｛〘〚"
	noEndPrefix  = "￥＄£"
	noEndWestern = "([{$¥€"
)

var (
	noStart = runeSet(noStartStops, noStartClosing, noStartInterpunct, noStartSolidi,
		noStartConnectors, noStartPostfix, noStartStrict, noStartWestern)
	noEnd = runeSet(noEndOpening, noEndPrefix, noEndWestern)
)

// markTable gives the cell of every CJK punctuation mark with special
// spacing. Wide characters not listed (～ ／ ℃ ￥ …) take a centred 1-em
// cell like Han characters.
var markTable = func() map[rune]mark {
	m := map[rune]mark{}
	for _, r := range "、。，．：；" {
		m[r] = mark{halves: 2, align: alignLeft, blankR: true}
	}
	for _, r := range "！？" {
		m[r] = mark{halves: 2, align: alignLeft}
	}
	for _, r := range noStartClosing {
		m[r] = mark{halves: 2, align: alignLeft, blankR: true}
	}
	for _, r := range noEndOpening {
		m[r] = mark{halves: 2, align: alignRight, blankL: true}
	}
	for _, r := range "”’“‘" {
		mk := m[r]
		mk.shared = true
		m[r] = mk
	}
	for _, r := range "·‧" {
		m[r] = mark{halves: 1, gridHalves: 2, align: alignCenter, shared: true}
	}
	m['・'] = mark{halves: 1, gridHalves: 2, align: alignCenter}
	for _, r := range "—…⋯" {
		m[r] = mark{halves: 2, align: alignCenter, pair: true, shared: true}
	}
	m['―'] = mark{halves: 2, align: alignCenter, pair: true}
	m['⸺'] = mark{halves: 4, align: alignCenter}
	m['⸻'] = mark{halves: 6, align: alignCenter}
	return m
}()

// postfixNarrow are narrow symbols that stay with the number before them (100%).
const postfixNarrow = "%‰°′″"

// prefixNarrow are narrow symbols that stay with the number after them ($5, -3).
const prefixNarrow = "$¥€£+-±"

// joiners may sit inside a Latin word or number when a letter or digit
// follows: 3.14, 1,000, 12:30, GB/T, e-mail, don't.
const joiners = ".,:/-_'&@\u2010\u2011"

// numberPrefixHan are Han characters that bind the number after them (第3).
const numberPrefixHan = "第"

// unitHan are units and measure words that stay with the number before them
// (2012年, 6月, 28日, 5名, 100元, 3.5万); a line may break after them.
const unitHan = "年月日时分秒号个名位人次元角万亿千百岁届期项条款页章节册份米吨克斤升度倍成部户所家批件篇本张周天季"

func runeSet(ss ...string) map[rune]bool {
	m := map[rune]bool{}
	for _, s := range ss {
		for _, r := range s {
			m[r] = true
		}
	}
	return m
}

var (
	postfixSet = runeSet(postfixNarrow)
	prefixSet  = runeSet(prefixNarrow)
	joinerSet  = runeSet(joiners)
	unitSet    = runeSet(unitHan)
	narrowSet  = runeSet("\u2010\u2011\u2012–") // hyphens and the en dash are narrow in Chinese fonts too
)

// Drawn reports whether r is drawn as a glyph of its own. Control characters
// are dropped by layout; format and combining characters (variation
// selectors, zero-width joiners, accents) ride along in the text of the
// glyph before them and need no glyph of their own.
func Drawn(r rune) bool {
	return !unicode.In(r, unicode.Cc, unicode.Cf, unicode.Mn, unicode.Me)
}

// isWide reports whether r takes a 1-em cell in Chinese text: Han, kana,
// Hangul and every East Asian Wide or Fullwidth character, plus ambiguous
// symbols (★ ① ※ × ‰), which CJK fonts draw full width.
func isWide(r rune) bool {
	if r < 0x1100 {
		if r < 0x80 {
			return false
		}
	}
	if unicode.Is(unicode.Han, r) || (r >= 0x20000 && r <= 0x3FFFD) {
		return true
	}
	if narrowSet[r] {
		return false
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	case width.EastAsianAmbiguous:
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsSpace(r) &&
			!unicode.Is(unicode.Co, r) && r != 0xFFFD
	}
	return false
}

// isBreakSpace reports whether r is a breakable space (U+3000 is a 1-em
// character, the no-break spaces are symbols).
func isBreakSpace(r rune) bool {
	return unicode.Is(unicode.Zs, r) && r != 0x3000 && r != 0xA0 && r != 0x202F && r != 0x2007
}

func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsNumber(r)) && !isWide(r)
}

// glyph is one drawn character of a paragraph.
type glyph struct {
	r    rune
	text string // r plus any combining/format characters after it
	kind kind
	mk   mark // for kMark

	// set by measure
	face string
	adv  Length // the face's advance at the paragraph size
	w    Length // natural cell width on the line
}

// atom is an unbreakable unit: glyphs [g0, g1), the last nsp of them trailing spaces.
type atom struct {
	g0, g1  int
	nsp     int
	kind    kind
	noStart bool
	noEnd   bool
	digitR  bool // ends in a digit: binds a following unit (2012年)
	prefixL bool // is a number prefix such as 第

	// set by measure
	w      Length // natural width, trailing spaces excluded
	sp     Length // width of the trailing spaces (dropped at a line end)
	blankL Length // compressible blank on the left (opening marks)
	blankR Length // compressible blank on the right (stops and closing marks)

	// the boundary after this atom, set by segment (brk) and measure (the rest)
	brk       bool   // a line may break after this atom
	emergency bool   // brk was made up to split an atom wider than the line
	adj       Length // added between this atom and the next on one line: Han–Latin glue (+) or adjacent-mark kern (−)
	glueMin   Length // how far adj may shrink (glue only)
}

// segment splits text into glyphs and atoms and marks break opportunities.
// A glyph's text is a substring of text (no allocation) unless a dropped
// control character sits between it and a combining mark.
func segment(text string) ([]glyph, []atom) {
	gs := make([]glyph, 0, utf8.RuneCountInString(text))
	pending := -1      // byte offset of marks before the first glyph
	start, end := 0, 0 // the last glyph's text is text[start:end] if contig
	contig := false
	for i, r := range text {
		if r >= 0x4E00 && r <= 0x9FFF { // fast path: CJK Unified Ideographs
			if pending < 0 {
				gs = append(gs, glyph{r: r, text: text[i : i+3], kind: kHan})
				start, end, contig = i, i+3, true
				continue
			}
		}
		size := len(string(r))
		if r == utf8.RuneError {
			size = runeLen(text[i:])
		}
		switch {
		case unicode.Is(unicode.Cc, r):
			continue
		case !Drawn(r):
			if len(gs) == 0 {
				if pending < 0 {
					pending = i
				}
				continue
			}
			g := &gs[len(gs)-1]
			if contig && end == i {
				g.text = text[start : i+size]
			} else {
				g.text += text[i : i+size]
				contig = false
			}
			end = i + size
			continue
		}
		g := glyph{r: r, text: text[i : i+size]}
		start, end, contig = i, i+size, true
		if pending >= 0 {
			g.text = text[pending : i+size] // only marks and controls in between
			start = pending
			if strings.IndexFunc(g.text, func(r rune) bool { return unicode.Is(unicode.Cc, r) }) >= 0 {
				g.text = strings.Map(func(r rune) rune {
					if unicode.Is(unicode.Cc, r) {
						return -1
					}
					return r
				}, g.text)
				contig = false
			}
			pending = -1
		}
		if mk, ok := markTable[r]; ok {
			g.kind, g.mk = kMark, mk
		} else if r == 0x3000 || isWide(r) {
			g.kind = kHan
		} else if isBreakSpace(r) {
			g.kind = kSpace
		} else if isWordRune(r) {
			g.kind = kWord
		} else {
			g.kind = kSymbol
		}
		gs = append(gs, g)
	}
	return gs, atomize(gs)
}

// runeLen is the byte length of the (possibly invalid) rune at the start of s.
func runeLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

func atomize(gs []glyph) []atom {
	as := make([]atom, 0, len(gs))

	for i := 0; i < len(gs); {
		a := atom{g0: i, kind: gs[i].kind}
		r := gs[i].r
		switch {
		case gs[i].kind == kSpace:
			// a leading space: an atom of spaces only
			for i < len(gs) && gs[i].kind == kSpace {
				i++
			}
			a.g1 = i
			a.nsp = i - a.g0
			as = append(as, a)
			continue
		case startsWord(gs, i):
			i = wordEnd(gs, i)
			a.kind = kWord
			a.digitR = unicode.IsDigit(gs[i-1].r) || postfixSet[gs[i-1].r]
		case gs[i].kind == kMark && gs[i].mk.pair:
			// —— and ……: pairs of the same mark, a run of them unbreakable (noStart)
			i++
			if i < len(gs) && gs[i].r == r {
				i++
			}
		case r >= 0x4E00 && r <= 0x9FFF: // fast path: an ideograph is never in the 禁则 tables
			i++
			a.prefixL = containsRune(numberPrefixHan, r)
			for i < len(gs) && gs[i].kind == kSpace {
				i++
				a.nsp++
			}
			a.g1 = i
			as = append(as, a)
			continue
		default:
			i++
		}
		a.noStart = noStart[gs[a.g0].r]
		a.noEnd = noEnd[gs[i-1].r]
		for i < len(gs) && gs[i].kind == kSpace {
			i++
			a.nsp++
		}
		a.g1 = i
		as = append(as, a)
	}
	for k := 0; k+1 < len(as); k++ {
		as[k].brk = mayBreak(gs, &as[k], &as[k+1])
	}
	return as
}

// startsWord reports whether a Latin word or number starts at gs[i]: a
// letter or digit, or a sign or currency prefix directly before a digit.
func startsWord(gs []glyph, i int) bool {
	if gs[i].kind == kWord {
		return true
	}
	return prefixSet[gs[i].r] && i+1 < len(gs) && unicode.IsDigit(gs[i+1].r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joiners between them, and postfix symbols after a digit.
func wordEnd(gs []glyph, i int) int {
	i++
	for i < len(gs) {
		switch {
		case gs[i].kind == kWord:
			i++
		case joinerSet[gs[i].r] && i+1 < len(gs) && gs[i+1].kind == kWord:
			i += 2
		case postfixSet[gs[i].r] && unicode.IsDigit(gs[i-1].r):
			i++
		default:
			return i
		}
	}
	return i
}

// mayBreak is the line-breaking rule between atoms a and b.
func mayBreak(gs []glyph, a, b *atom) bool {
	if a.noEnd || b.noStart {
		return false
	}
	if a.nsp > 0 {
		return true
	}
	narrow := func(k kind) bool { return k == kWord || k == kSymbol }
	switch {
	case narrow(a.kind) && narrow(b.kind):
		return false // Western text breaks at spaces only
	case a.digitR && unitSet[gs[b.g0].r]:
		return false // a number and its unit: 2012年, 5名, 100元
	case a.prefixL && b.kind == kWord && unicode.IsDigit(gs[b.g0].r):
		return false // 第3
	}
	return true
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
