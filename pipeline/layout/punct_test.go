package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// xOf returns the x of the n-th glyph (0-based) whose text is s.
func xOf(t *testing.T, l Line, s string, n int) Length {
	t.Helper()
	for _, g := range glyphsOf(l) {
		if g.Text == s {
			if n == 0 {
				return g.X
			}
			n--
		}
	}
	t.Fatalf("no %q in %q", s, l.Text())
	return 0
}

func setOne(t *testing.T, p Paragraph, width Length) Line {
	t.Helper()
	lines, err := setter.Lines(p, width)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 1 {
		t.Fatalf("%d lines for %q", len(lines), p.Text)
	}
	return lines[0]
}

// TestAdjacentMarks: two adjacent marks take 1.5 em, not 2 (proportional
// text at 10 pt, em = 10000, and the 公文 grid, em = the pitch).
func TestAdjacentMarks(t *testing.T) {
	const em = 10000
	for _, c := range []struct {
		text   string
		a, b   string // from the first mark's cell start to the next Han cell start
		second int    // which 好 follows
	}{
		{"好。”好", "。", "好", 1},
		{"（好）、好", "）", "好", 1},
		{"好”（好）", "”", "好", 1},
		{"好，“好”", "，", "好", 1},
	} {
		l := setOne(t, plain(c.text), Pt(100))
		cellA := xOf(t, l, c.a, 0) // ink-left marks sit at their cell start
		cellB := xOf(t, l, c.b, c.second)
		if got := cellB - cellA; got != 3*em/2 {
			t.Errorf("%s: %s%s… spans %d, want 1.5 em = %d", c.text, c.a, c.b, got, 3*em/2)
		}
		// the same in the grid
		p := gongwen(c.text)
		p.FirstIndent = 0
		l = setOne(t, p, gwWidth)
		cellA = xOf(t, l, c.a, 0)
		cellB = xOf(t, l, c.b, c.second) - (gwPitch-gwSize)/2
		if got := cellB - cellA; got != 2*gwPitch-gwPitch/2 {
			t.Errorf("grid %s: spans %d, want 1.5 pitch = %d", c.text, got, 2*gwPitch-gwPitch/2)
		}
	}
}

// TestMarkKerns: MarkKerns names the marks whose lines are half an em
// shorter, the first of each adjacent pair (the pair's last rune for ——),
// and agrees with the setter: a text's width is 1 em a character less half
// an em a kern.
func TestMarkKerns(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the text before each kerned mark, mark included
	}{
		{"名额二）。评定", []string{"名额二）"}},
		{"（好）、“好”（好）。", []string{"（好）", "（好）、", "（好）、“好”", "（好）、“好”（好）"}},
		{"好，“好”", []string{"好，"}},
		{"《“好”》", []string{"《", "《“好”"}},
		{"好——“好”", []string{"好——"}},
		{"好。好，好", nil},
		{"好。 “好", nil}, // a space between: no pair
	} {
		var got []string
		for _, k := range MarkKerns(c.text) {
			_, n := utf8.DecodeRuneInString(c.text[k:])
			got = append(got, c.text[:k+n])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("MarkKerns(%q) ends %q, want %q", c.text, got, c.want)
		}
		if strings.Contains(c.text, " ") {
			continue
		}
		l := setOne(t, plain(c.text), Pt(100))
		n := utf8.RuneCountInString(c.text)
		if want := Length(n)*10000 - Length(len(got))*5000; l.Width != want {
			t.Errorf("%q is %d wide, want %d (%d kerns)", c.text, l.Width, want, len(got))
		}
	}
}

// TestProportionalQuotes: a face whose “ ” are 0.35 em (LXGW WenKai) still
// gives them 1-em cells, opening mark right-aligned, closing left-aligned.
func TestProportionalQuotes(t *testing.T) {
	l := setOne(t, plain("“好”", "kai"), Pt(100))
	gs := glyphsOf(l)
	if gs[0].Advance != 3500 || gs[0].X != 10000-3500 {
		t.Errorf("“ at %d advance %d; want 6500, 3500", gs[0].X, gs[0].Advance)
	}
	if gs[1].X != 10000 || gs[2].X != 20000 || l.Width != 30000 {
		t.Errorf("好 at %d, ” at %d, width %d", gs[1].X, gs[2].X, l.Width)
	}
	// a Latin-only font first in the chain never gets the quotes
	l = setOne(t, plain("A“好”", "latin", "kai"), Pt(100))
	for _, r := range l.Runs {
		if r.Face == "latin" && strings.ContainsAny(r.Text(), "“”") {
			t.Errorf("quotes in the Latin font: %+v", l.Runs)
		}
	}
}

// TestDashes: —— and …… are 2-em units that never split and never start a line.
func TestDashes(t *testing.T) {
	han := strings.Repeat("党", 27)
	for _, mark := range []string{"——", "……", "⸺"} {
		p := gongwen(han + mark + "党的建设。")
		p.FirstIndent = 0
		lines, spans, err := setter.set(p, gwWidth)
		if err != nil {
			t.Fatal(err)
		}
		checkLines(t, p, gwWidth, lines, spans)
		if got := lines[1].Text(); !strings.HasPrefix(got, "党"+mark) {
			t.Errorf("%s: line 2 is %q; want the last 党 pushed down with it", mark, got)
		}
		if n := len([]rune(lines[0].Text())); n != 26 {
			t.Errorf("%s: line 1 has %d characters", mark, n)
		}
		// the unit is 2 em wide
		l := setOne(t, plain("好"+mark+"好"), Pt(100))
		if got := xOf(t, l, "好", 1) - xOf(t, l, "好", 0); got != 30000 {
			t.Errorf("%s: %d from 好 to 好, want 3 em", mark, got)
		}
	}
}

// TestSqueezeThenPush: 先挤进，后推出.
func TestSqueezeThenPush(t *testing.T) {
	// 28 cells with six commas, then 。: squeezed in by compressing punctuation
	p := gongwen(strings.Repeat("甲乙丙，", 6) + "甲乙丙丁。再起一行")
	p.FirstIndent = 0
	lines, spans, err := setter.set(p, gwWidth)
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, p, gwWidth, lines, spans)
	if !strings.HasSuffix(lines[0].Text(), "丁。") {
		t.Errorf("not squeezed in: %q", lines[0].Text())
	}
	// 28 Han cells, then 。: nothing to compress, so 丁 goes down with it
	p = gongwen(strings.Repeat("甲乙丙丁", 7) + "。再起一行")
	p.FirstIndent = 0
	lines, spans, err = setter.set(p, gwWidth)
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, p, gwWidth, lines, spans)
	if lines[1].Text() != "丁。再起一行" {
		t.Errorf("not pushed: %q / %q", lines[0].Text(), lines[1].Text())
	}
	// an opening mark never ends a line: it goes down
	p = gongwen(strings.Repeat("甲", 27) + "“乙丙”")
	p.FirstIndent = 0
	lines, spans, _ = setter.set(p, gwWidth)
	checkLines(t, p, gwWidth, lines, spans)
	if lines[1].Text() != "“乙丙”" {
		t.Errorf("opening mark: %q / %q", lines[0].Text(), lines[1].Text())
	}
}

// TestCheckSingle: a last line of one character pulls one more down.
func TestCheckSingle(t *testing.T) {
	for _, tail := range []string{"戊", "戊。", "戊。”"} {
		p := gongwen(strings.Repeat("甲乙丙丁", 7) + tail)
		p.FirstIndent = 0
		lines, spans, err := setter.set(p, gwWidth)
		if err != nil {
			t.Fatal(err)
		}
		checkLines(t, p, gwWidth, lines, spans)
		if got := lines[len(lines)-1].Text(); got != "丁"+tail {
			t.Errorf("last line %q, want %q", got, "丁"+tail)
		}
	}
}

// TestLatinSpacing: 1/4 em between Han and a Latin word, none next to an
// Arabic number, at line start or end or next to punctuation.
func TestLatinSpacing(t *testing.T) {
	l := setOne(t, plain("中文ABC中文"), Pt(100))
	if x := xOf(t, l, "A", 0); x != 22500 {
		t.Errorf("A at %d, want 2 em + 1/4 em = 22500", x)
	}
	if x := xOf(t, l, "中", 1); x != 22500+15000+2500 {
		t.Errorf("中 at %d", x)
	}
	l = setOne(t, plain("ABC。"), Pt(100))
	if x := xOf(t, l, "A", 0); x != 0 {
		t.Errorf("A at %d at line start", x)
	}
	if x := xOf(t, l, "。", 0); x != 15000 || l.Width != 25000 {
		t.Errorf("。 at %d (width %d), want 15000 without glue", x, l.Width)
	}
	// an Arabic number sits tight against Han text in proportional text too,
	// as in the grid (one rule for titles, 版记, body and certificates)
	l = setOne(t, plain("于2012年第3名，+5分、GB/T标准"), Pt(200))
	for _, c := range []struct {
		s    string
		k    int
		want Length
	}{{"2", 0, 10000}, {"年", 0, 30000}, {"3", 0, 50000}, {"名", 0, 55000}, {"+", 0, 75000},
		{"分", 0, 85000}, {"G", 0, 105000}, {"标", 0, 105000 + 4*5000 + 2500}} {
		if x := xOf(t, l, c.s, c.k); x != c.want {
			t.Errorf("%s at %d, want %d: %q", c.s, x, c.want, l.Text())
		}
	}
	// the grid: a number takes whole half cells, snug to the Han text
	p := gongwen("于2012年6月28日")
	p.FirstIndent = 0
	l = setOne(t, p, gwWidth)
	if x := xOf(t, l, "年", 0) - (gwPitch-gwSize)/2; x != gwPitch+2*gwPitch {
		t.Errorf("年 at %d, want 3 pitches %d", x, 3*gwPitch)
	}
	if l.Width != 7*gwPitch+gwPitch/2 {
		t.Errorf("width %d, want 7.5 pitches %d", l.Width, 7*gwPitch+gwPitch/2)
	}
}

func TestPunctuationGoldens(t *testing.T) {
	var b strings.Builder
	for _, text := range []string{"好。”好", "（好）、好", "好”（好）", "他说——好……。", "“好”", "张·三", "中文ABC中文，PDF。"} {
		b.WriteString("== " + text + " (10pt)\n")
		lines, _ := setter.Lines(plain(text), Pt(200))
		b.WriteString(dumpGlyphs(lines))
		b.WriteString("== " + text + " (kai, 10pt)\n")
		lines, _ = setter.Lines(plain(text, "kai"), Pt(200))
		b.WriteString(dumpGlyphs(lines))
		p := gongwen(text)
		p.FirstIndent = 0
		b.WriteString("== " + text + " (grid)\n")
		lines, _ = setter.Lines(p, gwWidth)
		b.WriteString(dumpGlyphs(lines))
	}
	golden(t, "punctuation", b.String())
}

func TestSeedGoldens(t *testing.T) {
	paras := seedParagraphs(t)
	var b strings.Builder
	for _, text := range paras[:40] {
		lines, err := setter.Lines(gongwen(text), gwWidth)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(dump(lines))
	}
	golden(t, "seeds_grid", b.String())
	b.Reset()
	for _, text := range paras[:20] {
		lines, err := setter.Lines(plain(text), Pt(250))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(dump(lines))
	}
	golden(t, "seeds_plain", b.String())
}

// TestLineStartOpening: an opening mark starting a wrapped line of
// proportional text loses its blank 1/2 em; in the 公文 grid it keeps it.
func TestLineStartOpening(t *testing.T) {
	p := plain(strings.Repeat("甲", 24) + "“乙丙”")
	lines, err := setter.Lines(p, Pt(250))
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 || lines[1].Text() != "“乙丙”" {
		t.Fatalf("lines %q", dump(lines))
	}
	if x := xOf(t, lines[1], "“", 0); x != -5000 {
		t.Errorf("“ at %d, want -5000 (its blank half cut)", x)
	}
	if x := xOf(t, lines[1], "乙", 0); x != 5000 {
		t.Errorf("乙 at %d, want 5000", x)
	}
	g := gongwen(strings.Repeat("甲", 27) + "“乙丙”")
	g.FirstIndent = 0
	lines, err = setter.Lines(g, gwWidth)
	if err != nil {
		t.Fatal(err)
	}
	if x := xOf(t, lines[1], "乙", 0) - (gwPitch-gwSize)/2; x != gwPitch {
		t.Errorf("grid: 乙 at %d, want one pitch %d", x, gwPitch)
	}
}

// TestStretchOutsideUnits: justification never opens ——, …… or a word.
func TestStretchOutsideUnits(t *testing.T) {
	p := plain("甲乙——丙ABC丁……戊。" + strings.Repeat("己", 30))
	lines, err := setter.Lines(p, Pt(255))
	if err != nil {
		t.Fatal(err)
	}
	l := lines[0]
	if l.Width != Pt(255) {
		t.Fatalf("not justified: %s", dump(lines))
	}
	if d := xOf(t, l, "—", 1) - xOf(t, l, "—", 0); d != 10000 {
		t.Errorf("—— opened: %d", d)
	}
	if d := xOf(t, l, "…", 1) - xOf(t, l, "…", 0); d != 10000 {
		t.Errorf("…… opened: %d", d)
	}
	if d := xOf(t, l, "C", 0) - xOf(t, l, "A", 0); d != 10000 {
		t.Errorf("ABC opened: %d", d)
	}
	if d := xOf(t, l, "乙", 0) - xOf(t, l, "甲", 0); d <= 10000 {
		t.Errorf("no stretch between Han: %d", d)
	}
}
