package gongwen

import (
	"pingyou/pipeline/layout"
)

// textStyle is a role (font chain), size and colour; grid sets Han
// characters at the grid's CharPitch (body size only).
type textStyle struct {
	role  string
	size  layout.Length
	color layout.Color
	grid  bool
	pitch layout.Length // grid: the char pitch if not 1 字 (page fill sets a paragraph tighter)
}

func (b *builder) style(st textStyle) layout.Style {
	return layout.Style{Faces: b.opt.faces(st.role), Size: st.size, Color: st.color}
}

// para breaks text into lines of width with the given indents.
func (b *builder) para(text string, st textStyle, first, rest, width layout.Length, source string) ([]layout.Line, error) {
	return b.paraLead(text, st, 0, "", first, rest, width, source)
}

// paraLead is para with the first lead bytes of text in leadRole's faces
// (a run-in heading).
func (b *builder) paraLead(text string, st textStyle, lead int, leadRole string, first, rest, width layout.Length, source string) ([]layout.Line, error) {
	p := layout.Paragraph{Text: text, Style: b.style(st), Align: layout.Justify,
		FirstIndent: first, RestIndent: rest, Source: source}
	if lead > 0 {
		p.Lead, p.LeadFaces = lead, b.opt.faces(leadRole)
	}
	if st.grid {
		p.CharPitch = b.char
		if st.pitch > 0 {
			p.CharPitch = st.pitch
		}
	}
	return b.s.Lines(p, width)
}

// line sets text as one unbroken line at its natural width, starting at 0;
// callers position it (centred, right-aligned).
func (b *builder) line(text string, st textStyle) (layout.Line, error) {
	p := layout.Paragraph{Text: text, Style: b.style(st), Align: layout.Left}
	if st.grid {
		p.CharPitch = b.char
	}
	lines, err := b.s.Lines(p, 1<<40)
	if err != nil || len(lines) == 0 {
		return layout.Line{}, err
	}
	ln := lines[0]
	for _, more := range lines[1:] { // cannot happen with an unbounded width; keep the text anyway
		ln.Runs = append(ln.Runs, more.Runs...)
		ln.Width = more.Width
	}
	return ln, nil
}

// advance returns the face and advance of r in st, the grid pitch for
// full-width characters when st.grid.
func (b *builder) advance(r rune, st textStyle, source string) (string, layout.Length, error) {
	chain := b.opt.faces(st.role)
	face, units, ok := b.s.Face(chain, r)
	if !ok {
		return "", 0, &layout.MissingGlyphError{Rune: r, Faces: chain, Source: source}
	}
	if st.grid && units >= 1000 {
		return face, b.char, nil
	}
	return face, layout.Length(int64(units) * int64(st.size) / 1000), nil
}

// measure is the natural width of rs in st (grid pitch for full-width
// characters when st.grid). Missing glyphs count as 1 em; setting the text
// reports them.
func (b *builder) measure(rs []rune, st textStyle) layout.Length {
	var w layout.Length
	for _, r := range rs {
		_, adv, err := b.advance(r, st, "")
		if err != nil {
			adv = st.size
		}
		w += adv
	}
	return w
}

// glyphsAt builds one line of text with each rune at the given x (page
// coordinates) on baseline y, grouping runs by face. The text layer keeps
// the runes as they are, however far apart they stand.
func (b *builder) glyphsAt(rs []rune, xs []layout.Length, y layout.Length, st textStyle, source string) ([]layout.Item, error) {
	var items []layout.Item
	var cur *layout.TextRun
	for i, r := range rs {
		face, adv, err := b.advance(r, st, source)
		if err != nil {
			return nil, err
		}
		if cur == nil || cur.Face != face {
			cur = &layout.TextRun{Face: face, Size: st.size, Color: st.color, Y: y, Joined: cur != nil}
			items = append(items, cur)
		}
		cur.Glyphs = append(cur.Glyphs, layout.Glyph{Text: string(r), X: xs[i], Advance: adv})
	}
	return items, nil
}

// spread places rs across exactly width starting at x: equal extra space
// between characters (a single character is centred).
func (b *builder) spread(rs []rune, x, width, y layout.Length, st textStyle, source string) ([]layout.Item, error) {
	advs := make([]layout.Length, len(rs))
	var natural layout.Length
	for i, r := range rs {
		_, adv, err := b.advance(r, st, source)
		if err != nil {
			return nil, err
		}
		advs[i] = adv
		natural += adv
	}
	xs := make([]layout.Length, len(rs))
	extra := width - natural
	if extra < 0 {
		extra = 0
	}
	if len(rs) == 1 {
		xs[0] = x + extra/2
		return b.glyphsAt(rs, xs, y, st, source)
	}
	pos := x
	for i := range rs {
		xs[i] = pos + extra*layout.Length(i)/layout.Length(len(rs)-1)
		pos += advs[i]
	}
	return b.glyphsAt(rs, xs, y, st, source)
}
