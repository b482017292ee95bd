package gongwen

import (
	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

// Breaks are decisions of the layout that an editable copy (DOCX) must
// repeat, because a word processor would decide them differently: the
// title's lines (broken between words, 梯形/菱形), how the page with the
// signature was filled, and where the 版记 goes.
type Breaks struct {
	Title       []string   // the 标题's lines
	Attachments [][]string // each attachment's title lines, in order
	// ColophonPages is how many pages after the one where the text ends the
	// 版记 is (0: the same page; 2: a blank page between); ColophonLines is
	// how many empty grid lines are above it on its page (below the text,
	// or from the top of the page). Both 0 without a 版记.
	ColophonPages, ColophonLines int
	Tail                         Tail
}

// Tail is how the layout set the page that carries the 附件说明 and the
// signature block (7.3.5): the paragraph of 正文 that the unit is kept
// with, and the page-fill measures of 7.3.5.5 taken there. Paragraphs are
// indices into Notice.Body.
type Tail struct {
	// Page is the 0-based page of the 附件说明 and the signature block;
	// -1 when the notice has neither.
	Page int
	// Keep is the paragraph holding the last but one line of 正文 (the
	// last line if there is one line): the unit goes with it (-1: no 正文).
	// It has Lines lines, Before of them on pages before Page. Full
	// reports that the page before Page is full to its last grid line, so
	// that a split of Keep there is where the page ends; otherwise the
	// layout moved Keep's last lines to Page with the unit.
	Keep, Lines, Before int
	Full                bool
	// From is the first paragraph that starts on Page (len(Body) if none).
	From int
	// Rows and Used are not 0 when the layout tightened Page's line pitch
	// (7.3.5.5): Used lines of its flow (the paragraphs from From on, the
	// 主送机关 when it is on Page, the 附件说明 and the signature block) fill
	// Rows grid lines. Carried of them belong to a paragraph that runs on
	// from the page before, which a word processor, setting line spacing
	// per paragraph, keeps at the grid's pitch while the others take the
	// rest (the PDF sets the whole page at one pitch).
	Rows, Used, Carried int
	// Tight are the paragraphs set at CharPitch, one character a line
	// more than the grid (7.3.5.5).
	Tight     []int
	CharPitch layout.Length
	// Reach is how many grid lines the signature block (a seal) needs
	// below its last line of text.
	Reach int
}

// LayoutBreaks is Layout that also returns the Breaks of the document.
func LayoutBreaks(n *document.Notice, s *layout.Setter, opt Options) (*layout.Document, Breaks, model.Diagnostics, error) {
	b := &builder{n: n, s: s, opt: opt, root: layout.NewStructure()}
	doc, diags, err := b.layout()
	if err != nil {
		return nil, Breaks{}, diags, err
	}
	br := Breaks{Tail: b.tail}
	if n.Title != "" {
		br.Title = b.titleLines(n.Title, n.TitleBreaks) // as head.go sets it
	}
	for _, a := range n.Attachments {
		br.Attachments = append(br.Attachments, b.titleLines(a.Name, nil)) // as flow.go sets it
	}
	br.ColophonPages, br.ColophonLines = colophonPlace(doc, opt)
	return doc, br, diags, nil
}

// colophonPlace finds the 版记 in doc: the text in ColophonSize inside the
// type area of the last page (page numbers are below it); the text ends on
// the last page with other text in the type area.
func colophonPlace(doc *layout.Document, opt Options) (pages, lines int) {
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
		return 0, 0
	}
	pages, lines = last-textPage, first
	if pages == 0 {
		lines = first - textCell - 1
	}
	return pages, lines
}

// planTail records in b.tail how the flow's pages came out around the
// 附件说明 and the signature block.
func (b *builder) planTail(pages []*flowPage) {
	t := Tail{Page: -1, Keep: -1, From: len(b.n.Body)}
	type at struct {
		r    *row
		page int
	}
	var body []at
	for j, fp := range pages {
		for _, pr := range fp.rows {
			if pr.r.body {
				body = append(body, at{pr.r, j})
			}
			if (pr.r.note || pr.r.sig) && t.Page < 0 {
				t.Page = j
			}
			if pr.r.sig {
				t.Reach = max(pr.r.reach-pr.r.cells, 0)
			}
		}
	}
	if t.Page < 0 {
		b.tail = t
		return
	}
	if len(body) > 0 {
		t.Keep = body[max(len(body)-2, 0)].r.block
	}
	fp := pages[t.Page]
	started := map[int]bool{} // paragraphs with a line before Page
	for _, a := range body {
		if a.page < t.Page {
			started[a.r.block] = true
		}
		if a.r.block == t.Keep {
			t.Lines++
			if a.page < t.Page {
				t.Before++
			}
		}
	}
	if t.Page > 0 {
		t.Full = used(pages[t.Page-1]) >= b.opt.LinesPerPage-pages[t.Page-1].start
	}
	run := 0 // Page's lines of a paragraph that started earlier
	for _, pr := range fp.rows {
		if pr.r.body && !started[pr.r.block] {
			t.From = min(t.From, pr.r.block)
		}
		if pr.r.body && started[pr.r.block] {
			run++
		}
		if pr.r.tight && (len(t.Tight) == 0 || t.Tight[len(t.Tight)-1] != pr.r.block) {
			t.Tight = append(t.Tight, pr.r.block)
			t.CharPitch = b.tightPitch()
		}
	}
	if fp.pitch != b.pitch {
		t.Rows, t.Used, t.Carried = b.opt.LinesPerPage-fp.start, used(fp), run
	}
	b.tail = t
}

// used is how many grid lines fp's rows take from its first line, a seal
// reaching below its block included.
func used(fp *flowPage) int {
	n := 0
	for _, pr := range fp.rows {
		n = max(n, pr.cell-fp.start+pr.r.need())
	}
	return n
}
