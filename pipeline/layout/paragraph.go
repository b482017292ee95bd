package layout

import (
	"fmt"
)

// Align is a paragraph's horizontal alignment.
type Align int

const (
	Justify Align = iota // every line but the last fills the width
	Left
	Center
	Right
	Distribute // every line, the last included, fills the width (spread names)
)

// Style selects the font and colour of text.
type Style struct {
	Faces []string // fallback chain of face keys: the first face with a glyph for a rune draws it
	Size  Length
	Color Color
}

// Paragraph is a block of text to break into lines.
type Paragraph struct {
	Text        string
	Style       Style
	Align       Align
	FirstIndent Length // indent of the first line (公文 body: 2 字)
	RestIndent  Length // indent of wrapped lines (附件说明 aligns them to the name)
	CharPitch   Length // >0: the 公文 grid; a full line of Han characters spans exactly the width
	Source      string // where the text came from, named in errors (e.g. 花名册.xlsx 党员!A12)
	// Lead is how many bytes at the start of Text are set in LeadFaces
	// instead of Style.Faces: a run-in heading (（一）动员部署阶段。 in 楷体,
	// the paragraph after it in 仿宋). Measured in its own faces, so a
	// proportional mark of the heading face still takes its full cell.
	Lead      int
	LeadFaces []string
}

// Line is one set line. Runs' Y is 0 and their glyph X are relative to the
// line's left edge; Place moves them onto the page.
type Line struct {
	Runs  []TextRun
	Width Length // from the left edge to the end of the last glyph's cell (its advance box, or in the 公文 grid its grid cell)
	Last  bool   // the paragraph's last line
}

// Text returns the line's text as extraction gives it back.
func (l Line) Text() string {
	s := ""
	for i := range l.Runs {
		s += l.Runs[i].Text()
	}
	return s
}

// Place returns the line's runs moved to left edge x and baseline y.
func (l Line) Place(x, y Length) []Item {
	items := make([]Item, 0, len(l.Runs))
	for _, r := range l.Runs {
		run := r
		run.Y = y
		run.Glyphs = make([]Glyph, len(r.Glyphs))
		for i, g := range r.Glyphs {
			g.X += x
			run.Glyphs[i] = g
		}
		items = append(items, &run)
	}
	return items
}

// MissingGlyphError reports a character that no face in the chain can draw.
type MissingGlyphError struct {
	Rune   rune
	Faces  []string
	Source string
}

func (e *MissingGlyphError) Error() string {
	where := ""
	if e.Source != "" {
		where = e.Source + "："
	}
	return fmt.Sprintf("%s字符“%c”（U+%04X）在字体 %v 中都没有，无法排版；请在配置的字体链中加入含有此字的字体", where, e.Rune, e.Rune, e.Faces)
}

// Setter breaks paragraphs into lines using font metrics.
type Setter struct {
	Metrics Metrics
}

// Face returns the first face in chain that has r.
func (s *Setter) Face(chain []string, r rune) (face string, units int, ok bool) {
	for _, f := range chain {
		if u, ok := s.Metrics.Advance(f, r); ok {
			return f, u, true
		}
	}
	return "", 0, false
}

// Lines breaks p into lines no wider than width (the measure; indents are
// inside it) and justifies them. The stages, a file each: segment (glyphs,
// atoms, 禁则 break opportunities), measure (faces, cell widths, glue and
// kerns), linebreak (先挤进，后推出; CheckSingle), justify (compress, then
// stretch) and finalize (glyph positions and runs). See doc.go for the rules.
func (s *Setter) Lines(p Paragraph, width Length) ([]Line, error) {
	lines, _, err := s.set(p, width)
	return lines, err
}

// set is Lines, also returning the spans (for tests).
func (s *Setter) set(p Paragraph, width Length) ([]Line, []span, error) {
	if p.Style.Size <= 0 {
		return nil, nil, fmt.Errorf("layout: font size %v is not positive", p.Style.Size)
	}
	gs, as := segment(p.Text)
	c := &metricsCtx{size: p.Style.Size, em: p.Style.Size, align: p.Align}
	if p.CharPitch > 0 {
		c.grid, c.em = true, p.CharPitch
	}
	if err := s.measure(&p, c, gs, as); err != nil {
		return nil, nil, err
	}
	if len(as) == 0 {
		return []Line{{Last: true}}, nil, nil
	}
	as = splitWide(c, gs, as, min(width-p.FirstIndent, width-p.RestIndent))
	b := &breaker{p: &p, c: c, gs: gs, as: as, sm: newSums(as), width: width}
	spans := b.breakLines()
	lines := make([]Line, len(spans))
	for i, sp := range spans {
		last := i == len(spans)-1
		lines[i] = b.finalize(sp, b.justify(sp, i, last), last)
	}
	return lines, spans, nil
}
