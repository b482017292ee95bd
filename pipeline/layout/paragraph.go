package layout

import (
	"fmt"
	"unicode/utf8"
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
}

// Line is one set line. Runs' Y is 0 and their glyph X are relative to the
// line's left edge; Place moves them onto the page.
type Line struct {
	Runs  []TextRun
	Width Length // from the left edge to the end of the last glyph's advance
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

// Lines breaks p into lines no wider than width.
//
// This first version breaks greedily by character; the engine replaces it
// with 禁则, punctuation compression and justification.
func (s *Setter) Lines(p Paragraph, width Length) ([]Line, error) {
	var lines []Line
	var cur Line
	x := p.FirstIndent
	flush := func(last bool) {
		cur.Width = x
		cur.Last = last
		lines = append(lines, cur)
		cur = Line{}
		x = p.RestIndent
	}
	for _, r := range p.Text {
		face, units, ok := s.Face(p.Style.Faces, r)
		if !ok {
			return nil, &MissingGlyphError{Rune: r, Faces: p.Style.Faces, Source: p.Source}
		}
		adv := Length(int64(units) * int64(p.Style.Size) / 1000)
		if p.CharPitch > 0 && units >= 1000 {
			adv = p.CharPitch
		}
		if x+adv > width && len(cur.Runs) > 0 {
			flush(false)
		}
		n := len(cur.Runs)
		if n == 0 || cur.Runs[n-1].Face != face {
			cur.Runs = append(cur.Runs, TextRun{Face: face, Size: p.Style.Size, Color: p.Style.Color})
			n++
		}
		cur.Runs[n-1].Glyphs = append(cur.Runs[n-1].Glyphs, Glyph{Text: string(r), X: x, Advance: adv})
		x += adv
	}
	if len(cur.Runs) > 0 || utf8.RuneCountInString(p.Text) == 0 {
		flush(true)
	}
	return lines, nil
}
