package gongwen

import (
	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

// Breaks are decisions of the layout that an editable copy (DOCX) must
// repeat, because a word processor would decide them differently: the
// title's lines (broken between words, 梯形/菱形) and where the 版记 goes.
type Breaks struct {
	Title       []string   // the 标题's lines
	Attachments [][]string // each attachment's title lines, in order
	// ColophonPages is how many pages after the one where the text ends the
	// 版记 is (0: the same page; 2: a blank page between); ColophonLines is
	// how many empty grid lines are above it on its page (below the text,
	// or from the top of the page). Both 0 without a 版记.
	ColophonPages, ColophonLines int
}

// PlannedBreaks returns the Breaks of doc, which Layout made from n with s
// and opt.
func PlannedBreaks(n *document.Notice, doc *layout.Document, s *layout.Setter, opt Options) Breaks {
	b := &builder{n: n, s: s, opt: opt, char: opt.CharPitch(), pitch: opt.LinePitch()}
	var br Breaks
	if n.Title != "" {
		br.Title = b.titleLines(n.Title, n.TitleBreaks) // as head.go sets it
	}
	for _, a := range n.Attachments {
		br.Attachments = append(br.Attachments, b.titleLines(a.Name, nil)) // as flow.go sets it
	}
	// The 版记 is the text in ColophonSize inside the type area of the last
	// page (page numbers are below it); the text ends on the last page with
	// other text in the type area.
	pitch := opt.LinePitch()
	bottom := opt.Top + opt.TypeHeight
	cell := func(y layout.Length) int { return int((y - opt.Top) / pitch) }
	last := len(doc.Pages) - 1
	first := -1
	textPage, textCell := -1, -1
	for pi, p := range doc.Pages {
		for _, it := range p.Items {
			r, ok := it.(*layout.TextRun)
			if !ok || len(r.Glyphs) == 0 || r.Y < opt.Top || r.Y > bottom {
				continue
			}
			if pi == last && r.Size == opt.ColophonSize {
				if c := cell(r.Y); first < 0 || c < first {
					first = c
				}
				continue
			}
			if pi > textPage || pi == textPage && cell(r.Y) > textCell {
				textPage, textCell = pi, cell(r.Y)
			}
		}
	}
	if first < 0 || textPage < 0 {
		return br
	}
	br.ColophonPages = last - textPage
	br.ColophonLines = first
	if br.ColophonPages == 0 {
		br.ColophonLines = first - textCell - 1
	}
	return br
}
