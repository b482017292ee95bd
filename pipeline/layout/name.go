package layout

import "unicode/utf8"

// Name sets a person's name on one line in cells of the given width (0: the
// font size). A two-character name is spread to three characters' width —
// 张　三, its glyphs in cells 0 and 2 — by positioning alone, so the text
// layer still reads 张三. Other names (三 characters, or 4+ like 欧阳明明,
// 买买提·艾力) keep their natural width. The line is never broken.
func (s *Setter) Name(name string, st Style, cell Length) (Line, error) {
	if cell <= 0 {
		cell = st.Size
	}
	p := Paragraph{Text: name, Style: st, Align: Left, CharPitch: cell}
	lines, err := s.Lines(p, Length(utf8.RuneCountInString(name)+3)*cell*2)
	if err != nil {
		return Line{}, err
	}
	l := lines[0]
	gs := glyphsOf(l)
	if len(lines) != 1 || len(gs) != 2 || !isWide([]rune(gs[0].Text)[0]) || !isWide([]rune(gs[1].Text)[0]) {
		return l, nil
	}
	// move the second glyph two cells on: 张 in cell 0, 三 in cell 2
	shift := 2*cell - (gs[1].X - gs[0].X)
	last := &l.Runs[len(l.Runs)-1]
	last.Glyphs[len(last.Glyphs)-1].X += shift
	l.Width = 3 * cell
	return l, nil
}

// glyphsOf returns a line's glyphs in order.
func glyphsOf(l Line) []Glyph {
	n := 0
	for _, r := range l.Runs {
		n += len(r.Glyphs)
	}
	gs := make([]Glyph, 0, n)
	for _, r := range l.Runs {
		gs = append(gs, r.Glyphs...)
	}
	return gs
}
