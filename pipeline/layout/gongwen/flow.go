package gongwen

import (
	"fmt"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

// row is one unit of the flow after the title: a line of text, a blank
// line, or the signature block. Rows sit on grid lines; a page holds
// Options.LinesPerPage of them at the normal pitch.
type row struct {
	cells    int  // grid lines the row advances the flow
	reach    int  // grid lines it needs on its page (a seal may reach below the date); 0: cells
	blank    bool // an empty line, dropped at the top of a page
	keepNext bool // keep on the page of the next row (headings)
	newPage  bool // start a new page (attachments)
	sig      bool // the signature block: never alone on a page (7.3.5.5)
	body     bool // a line of 正文 (paragraphs and headings of the body)
	note     bool // the 附件说明 (and the blank line before it): goes with the signature
	block    int  // for body rows: the index of their paragraph in Notice.Body
	tight    bool // set one character a line tighter (page fill)
	para     *bodyPara
	draw     func(top, pitch layout.Length) []layout.Item
	node     *layout.Node // the structure node its items belong to; nil: draw marks them itself
}

// tag makes rows the content of node.
func tag(rows []*row, node *layout.Node) []*row {
	for _, r := range rows {
		r.node = node
	}
	return rows
}

// bodyPara is a body paragraph as set, with the way to set it again at a
// tighter character pitch (page fill, 7.3.5.5).
type bodyPara struct {
	rows  []*row
	tight func() ([]*row, error)
}

func (r *row) need() int { return max(r.cells, r.reach) }

func blankRow() *row {
	return &row{cells: 1, blank: true, draw: func(_, _ layout.Length) []layout.Item { return nil }}
}

// textRows turns set lines into one row each, left edge at the type area.
func (b *builder) textRows(lines []layout.Line, size layout.Length) []*row {
	rows := make([]*row, len(lines))
	for i, ln := range lines {
		rows[i] = &row{cells: 1, draw: func(top, _ layout.Length) []layout.Item {
			return ln.Place(b.left, top+b.asc(size))
		}}
	}
	return rows
}

// centredRows sets each text centred on its own line.
func (b *builder) centredRows(texts []string, st textStyle) ([]*row, error) {
	var rows []*row
	for _, t := range texts {
		ln, err := b.line(t, st)
		if err != nil {
			return nil, err
		}
		x := b.left + (b.opt.TypeWidth-ln.Width)/2
		rows = append(rows, &row{cells: 1, draw: func(top, _ layout.Length) []layout.Item {
			return ln.Place(x, top+b.asc(st.size))
		}})
	}
	return rows, nil
}

// flowRows builds everything after the title: 主送机关, body, 附件说明,
// signature, 附注, attachment pages.
func (b *builder) flowRows() ([]*row, error) {
	n, o := b.n, b.opt
	body := textStyle{role: RoleBody, size: o.BodySize, grid: true}
	var rows []*row
	if n.Recipients != "" {
		lines, err := b.para(n.Recipients, body, 0, 0, o.TypeWidth, "主送机关")
		if err != nil {
			return nil, err
		}
		rows = append(rows, tag(b.textRows(lines, o.BodySize), b.root.Add(layout.StructP, "主送机关"))...)
	}
	br, err := b.blockRows(n.Body, true, b.root.Add(layout.StructDiv, "正文"))
	if err != nil {
		return nil, err
	}
	rows = append(rows, br...)
	ar, err := b.attachmentNote()
	if err != nil {
		return nil, err
	}
	rows = append(rows, ar...)
	sig, err := b.signature()
	if err != nil {
		return nil, err
	}
	if sig != nil {
		rows = append(rows, sig)
	}
	if n.Note != "" {
		lines, err := b.para("（"+n.Note+"）", body, 2*b.char, 0, o.TypeWidth, "附注")
		if err != nil {
			return nil, err
		}
		rows = append(rows, tag(b.textRows(lines, o.BodySize), b.root.Add(layout.StructP, "附注"))...)
	}
	for i, a := range n.Attachments {
		if len(a.Body) == 0 {
			continue
		}
		label := "附件"
		if len(n.Attachments) > 1 {
			label += fmt.Sprint(i + 1)
		}
		ln, err := b.line(label, textStyle{role: RoleHeading1, size: o.BodySize, grid: true})
		if err != nil {
			return nil, err
		}
		sect := b.root.Add(layout.StructSect, "附件")
		rows = append(rows, &row{cells: 1, newPage: true, node: sect.Add(layout.StructP, ""), draw: func(top, _ layout.Length) []layout.Item {
			return ln.Place(b.left, top+b.asc(o.BodySize))
		}}, blankRow())
		tst := textStyle{role: RoleTitle, size: o.TitleSize}
		tl, err := b.centredRows(b.titleLines(a.Name, nil), tst)
		if err != nil {
			return nil, err
		}
		rows = append(rows, tag(tl, sect.Add(layout.Heading(1), ""))...)
		b.lastLevel = 1
		if a.Subtitle != "" {
			sl, err := b.centredRows([]string{a.Subtitle}, textStyle{role: RoleKai, size: o.BodySize, grid: true})
			if err != nil {
				return nil, err
			}
			rows = append(rows, tag(sl, sect.Add(layout.StructP, ""))...)
		}
		rows = append(rows, blankRow())
		br, err := b.blockRows(a.Body, false, sect)
		if err != nil {
			return nil, err
		}
		rows = append(rows, br...)
	}
	return rows, nil
}

// blockRows sets paragraphs, headings and name lists, their structure
// nodes children of parent; body marks the rows as 正文 (the main text, not
// an attachment's).
func (b *builder) blockRows(blocks []document.Block, body bool, parent *layout.Node) ([]*row, error) {
	o := b.opt
	var rows []*row
	for bi, blk := range blocks {
		if blk.Kind == document.NameList {
			nr, err := b.nameRows(blk, parent)
			if err != nil {
				return nil, err
			}
			rows = append(rows, nr...)
			continue
		}
		role := RoleBody
		switch blk.Kind {
		case document.Heading1:
			role = RoleHeading1
		case document.Heading2:
			role = RoleHeading2
		}
		st := textStyle{role: role, size: o.BodySize, grid: true}
		var lead int
		if blk.RunIn != "" {
			// the heading in its face, the paragraph after it in the body face
			st.role, lead = RoleBody, len(blk.Text)
		}
		keep := blk.Kind != document.Paragraph && blk.RunIn == ""
		set := func(st textStyle) ([]*row, error) {
			// 2 字 of the paragraph's own pitch: a paragraph set 29 a line
			// (page fill) holds 27 on its first line, as an editable copy
			// that indents in its characters does.
			indent := 2 * b.char
			if st.pitch > 0 {
				indent = 2 * st.pitch
			}
			lines, err := b.paraLead(blk.Text+blk.RunIn, st, lead, role, indent, 0, o.TypeWidth, blk.Source)
			if err != nil {
				return nil, err
			}
			tr := b.textRows(lines, o.BodySize)
			for _, r := range tr {
				// A heading stays with the line after it; a numbered paragraph
				// that runs on for several lines (1.实施……) is body text and may break.
				r.keepNext = keep && len(tr) <= 2
				r.body = body
				r.block = bi
			}
			return tr, nil
		}
		tr, err := set(st)
		if err != nil {
			return nil, err
		}
		// A heading (kept with the next line) is tagged as one; a numbered
		// paragraph that runs on is a paragraph, like the rest.
		node := parent.Add(layout.StructP, "")
		if keep && len(tr) > 0 && len(tr) <= 2 {
			node.Type = b.headingType(int(blk.Kind))
		}
		tag(tr, node)
		if body {
			bp := &bodyPara{rows: tr}
			bp.tight = func() ([]*row, error) {
				tst := st
				tst.pitch = b.tightPitch()
				rs, err := set(tst)
				for _, r := range rs {
					r.para, r.node = bp, node
					r.tight = true
				}
				return rs, err
			}
			for _, r := range tr {
				r.para = bp
			}
		}
		rows = append(rows, tr...)
	}
	return rows, nil
}

// tightPitch is the char pitch page fill may set a paragraph at: one more
// character a line, if that keeps within MinCharPercent of 1 字; else 1 字.
func (b *builder) tightPitch() layout.Length {
	p := b.opt.TypeWidth / layout.Length(b.opt.CharsPerLine+1)
	if p*100 < b.char*layout.Length(b.opt.MinCharPercent) {
		return b.char
	}
	return p
}

// nameRows lays out a 名单: each group's heading on its own line (黑体),
// then its names in columns on the grid. Column starts are whole 字 apart,
// the last column ending at most at the right edge; a two-character name
// is spread to three characters' width (张　三) by position only; a name
// too wide for its column takes the next one too.
func (b *builder) nameRows(blk document.Block, parent *layout.Node) ([]*row, error) {
	o := b.opt
	st := textStyle{role: RoleBody, size: o.BodySize, grid: true}
	cols := blk.Columns
	if cols <= 0 {
		cols = o.NameColumns
	}
	colChars := o.CharsPerLine
	if cols > 1 {
		colChars = (o.CharsPerLine - 3) / (cols - 1)
	}
	colW := layout.Length(colChars) * b.char
	var rows []*row
	for _, g := range blk.Groups {
		if g.Heading != "" {
			ln, err := b.line(g.Heading, textStyle{role: RoleHeading1, size: o.BodySize, grid: true})
			if err != nil {
				return nil, err
			}
			rows = append(rows, &row{cells: 1, keepNext: true, node: parent.Add(b.headingType(int(document.Heading1)), ""), draw: func(top, _ layout.Length) []layout.Item {
				return ln.Place(b.left, top+b.asc(o.BodySize))
			}})
		}
		list := parent.Add(layout.StructL, "") // one item per name
		type placed struct {
			rs   []rune
			xs   []layout.Length
			node *layout.Node
		}
		var line []placed
		col := 0
		flush := func() {
			if len(line) == 0 {
				return
			}
			names := line
			rows = append(rows, &row{cells: 1, draw: func(top, _ layout.Length) []layout.Item {
				var items []layout.Item
				for _, p := range names {
					it, _ := b.glyphsAt(p.rs, p.xs, top+b.asc(o.BodySize), st, "") // glyphs checked below
					items = append(items, p.node.Mark(it)...)
				}
				return items
			}})
			line, col = nil, 0
		}
		for _, name := range g.Names {
			rs := []rune(name)
			xs := make([]layout.Length, len(rs))
			var w layout.Length
			for i, r := range rs {
				_, adv, err := b.advance(r, st, blk.Source)
				if err != nil {
					return nil, err
				}
				xs[i] = w
				w += adv
			}
			if len(rs) == 2 && xs[1] == b.char && w == 2*b.char {
				xs[1], w = 2*b.char, 3*b.char
			}
			span := 1
			for layout.Length(span)*colW < w+b.char && span < cols {
				span++
			}
			if col+span > cols {
				flush()
			}
			x := b.left + layout.Length(col)*colW
			for i := range xs {
				xs[i] += x
			}
			line = append(line, placed{rs, xs, list.Add(layout.StructLI, "").Add(layout.StructLBody, "")})
			col += span
		}
		flush()
	}
	return rows, nil
}

// attachmentNote is the 附件说明: a blank line, then 附件：1. name … indented
// 2 字, later items' numbers under the first's, wrapped lines aligned to the
// name. Widths of 附件： and 1. are measured on the grid.
func (b *builder) attachmentNote() ([]*row, error) {
	n, o := b.n, b.opt
	if len(n.Attachments) == 0 {
		return nil, nil
	}
	st := textStyle{role: RoleBody, size: o.BodySize, grid: true}
	blank := blankRow()
	blank.note = true
	rows := []*row{blank}
	note := b.root.Add(layout.StructDiv, "附件说明") // a paragraph per attachment
	indent := 2 * b.char
	numX := indent + b.measure([]rune("附件："), st)
	for i, a := range n.Attachments {
		num := ""
		if len(n.Attachments) > 1 {
			num = fmt.Sprintf("%d.", i+1)
		}
		rest := numX + b.measure([]rune(num), st)
		if num != "" && a.Name != "" && a.Name[0] >= '0' && a.Name[0] <= '9' {
			rest += b.measure([]rune(" "), st)
		}
		sep := ""
		if num != "" && a.Name != "" && a.Name[0] >= '0' && a.Name[0] <= '9' {
			sep = " " // 1. 2012年度…, not 1.2012年度…
		}
		text, first := num+sep+a.Name, numX
		if i == 0 {
			text, first = "附件："+text, indent
		}
		lines, err := b.para(text, st, first, rest, o.TypeWidth, "附件说明")
		if err != nil {
			return nil, err
		}
		for _, r := range tag(b.textRows(lines, o.BodySize), note.Add(layout.StructP, "")) {
			r.note = true
			rows = append(rows, r)
		}
	}
	return rows, nil
}

// flowPage is one page's share of the flow.
type flowPage struct {
	start int           // first grid line of the flow (page 1: below the title)
	pitch layout.Length // line pitch, reduced by page fill
	rows  []placedRow
}

type placedRow struct {
	r    *row
	cell int
}

// pager puts rows on pages: cur is the page being filled, c its next grid line.
type pager struct {
	b     *builder
	pages []*flowPage
	cur   *flowPage
	c     int
}

func (p *pager) newPage() {
	p.cur = &flowPage{pitch: p.b.pitch}
	p.pages = append(p.pages, p.cur)
	p.c = 0
}

func (p *pager) place(r *row) {
	if r.blank && p.c == p.cur.start && len(p.pages) > 1 {
		return // no blank line at the top of a page
	}
	p.cur.rows = append(p.cur.rows, placedRow{r, p.c})
	p.c += r.cells
}

// replace sets fp's rows anew from its first line.
func (p *pager) replace(fp *flowPage, rows []*row) {
	cur, c := p.cur, p.c
	p.cur, p.c = fp, fp.start
	fp.rows = fp.rows[:0]
	for _, r := range rows {
		p.place(r)
	}
	if fp != cur {
		p.cur, p.c = cur, c
	}
}

func rowsOf(fp *flowPage) []*row {
	rs := make([]*row, len(fp.rows))
	for i, pr := range fp.rows {
		rs[i] = pr.r
	}
	return rs
}

func bodyLines(rs []*row) int {
	n := 0
	for _, r := range rs {
		if r.body {
			n++
		}
	}
	return n
}

// paginate puts the rows on pages, draws them and returns the last page's
// index and the lowest point used on it. The 附件说明 and the signature
// block go as one unit (placeTail).
func (b *builder) paginate(rows []*row, first int) (int, layout.Length) {
	L := b.opt.LinesPerPage
	p := &pager{b: b}
	p.newPage()
	p.cur.start, p.c = first, first
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if r.note || r.sig {
			end := i
			for end < len(rows)-1 && !rows[end].sig {
				end++
			}
			b.placeTail(p, rows[i:end+1])
			i = end
			continue
		}
		if r.newPage {
			p.newPage()
		}
		need := r.need()
		if r.keepNext && i+1 < len(rows) && !rows[i+1].newPage {
			need = r.cells + rows[i+1].need()
		}
		if p.c+need > L && len(p.cur.rows) > 0 {
			p.newPage()
		}
		p.place(r)
	}
	b.planTail(p.pages)
	var bottom layout.Length
	for j, fp := range p.pages {
		for _, pr := range fp.rows {
			top := b.cellTop(fp.start) + layout.Length(pr.cell-fp.start)*fp.pitch
			b.add(j, pr.r.node.Mark(pr.r.draw(top, fp.pitch))...)
			if j == len(p.pages)-1 {
				bottom = max(bottom, top+layout.Length(pr.r.need())*fp.pitch)
			}
		}
	}
	b.page(len(p.pages) - 1)
	if bottom == 0 {
		bottom = b.cellTop(p.pages[len(p.pages)-1].start)
	}
	return len(p.pages) - 1, bottom
}

// placeTail places the 附件说明 (its blank line first) and the signature
// block, never split, on a page that also carries at least two lines of 正文
// (GB/T 9704-2012 7.3.5: the page with the signature carries 正文; the
// 附件说明 is not 正文). When the unit does not fit below the text, the page
// fill measures of 7.3.5.5 come first — a tighter line pitch, down to
// MinPitchPercent, and then tighter character spacing (one more character
// a line, within MinCharPercent) for the page's last paragraphs; failing
// those, whole lines of 正文 move to the next page with it. A page holding
// fewer than two lines of 正文 above a unit that fits takes lines from the
// end of the page before. Each measure is reported as a warning.
func (b *builder) placeTail(p *pager, unit []*row) {
	L := b.opt.LinesPerPage
	need := 0
	for _, r := range unit {
		need += r.cells
	}
	need += unit[len(unit)-1].need() - unit[len(unit)-1].cells
	pageNo := func() int { return len(p.pages) } // 1-based number of cur among flow pages
	body := bodyLines(rowsOf(p.cur))
	// Lines of 正文 the page can get from the page before (page 1 keeps one).
	spare := 0
	if len(p.pages) > 1 {
		prev := p.pages[len(p.pages)-2]
		spare = bodyLines(rowsOf(prev))
		if len(p.pages) == 2 {
			spare--
		}
	}
	switch {
	case body >= 2 || spare <= 0:
		if p.c+need <= L || b.fill(p, need) {
			for _, r := range unit {
				p.place(r)
			}
			return
		}
	default:
		// It fits, but with fewer than two lines of 正文: take lines from the
		// end of the page before, if the page has room for them.
		prev := p.pages[len(p.pages)-2]
		k := cutFor(rowsOf(prev), min(2-body, spare), len(p.pages) == 2)
		extra := 0
		for _, r := range rowsOf(prev)[k:] {
			extra += r.cells
		}
		if p.c+extra+need > L {
			break
		}
		moved := rowsOf(prev)[k:]
		p.replace(prev, rowsOf(prev)[:k])
		p.replace(p.cur, append(moved, rowsOf(p.cur)...))
		b.warn(fmt.Sprintf("第%d页署名之上的正文不足两行，已将上一页最后%d行正文移到该页（GB/T 9704-2012 7.3.5）", pageNo(), bodyLines(moved)), "", "")
		for _, r := range unit {
			p.place(r)
		}
		return
	}
	// Move whole lines of 正文: the unit goes to the next page with two of them.
	rows := rowsOf(p.cur)
	k := cutFor(rows, min(2, body), len(p.pages) == 1)
	moved := rows[k:]
	if bodyLines(moved) > 0 {
		p.replace(p.cur, rows[:k])
		what := "署名、成文日期和印章"
		if unit[0].note {
			what = "附件说明、" + what
		}
		b.warn(fmt.Sprintf("第%d页容不下%s，调整行距、字距也不够，已将该页最后%d行正文移到下一页与署名同页（GB/T 9704-2012 7.3.5.5）",
			pageNo(), what, bodyLines(moved)), "", "")
	} else {
		moved = nil
	}
	p.newPage()
	for _, r := range append(moved, unit...) {
		p.place(r)
	}
}

// cutFor returns where to cut rows so that the rows after the cut hold
// their last n lines of 正文 (with the blank lines between them and a
// heading kept with them); first keeps at least one line of 正文 before the
// cut (page 1 must show 正文).
func cutFor(rows []*row, n int, first bool) int {
	if first {
		n = min(n, bodyLines(rows)-1)
	}
	k := len(rows)
	if n <= 0 {
		return k
	}
	for taken := 0; k > 0 && taken < n; {
		k--
		if rows[k].body {
			taken++
		}
	}
	for k > 0 && rows[k-1].keepNext && (!first || bodyLines(rows[:k-1]) > 0) {
		k--
	}
	return k
}

// fill makes room for need more lines on the current page by the measures
// of 7.3.5.5: the line pitch of the page's flow down to MinPitchPercent of
// 1 行, then with the page's last paragraphs (whole on the page) set one
// character a line tighter. It reports whether the unit now fits.
func (b *builder) fill(p *pager, need int) bool {
	fp := p.cur
	avail := layout.Length(b.opt.LinesPerPage-fp.start) * b.pitch
	fits := func(lines int) (layout.Length, bool) {
		if lines <= b.opt.LinesPerPage-fp.start {
			return b.pitch, true
		}
		pitch := avail / layout.Length(lines)
		return pitch, pitch*100 >= b.pitch*layout.Length(b.opt.MinPitchPercent)
	}
	used := p.c - fp.start + need
	if pitch, ok := fits(used); ok {
		fp.pitch = pitch
		b.warn(fmt.Sprintf("第%d页容不下署名、成文日期和印章，已将该页行距由%.1f磅调整为%.1f磅（GB/T 9704-2012 7.3.5.5）",
			len(p.pages), b.pitch.Points(), pitch.Points()), "", "")
		return true
	}
	// Tighter character spacing, last paragraph first.
	if b.tightPitch() == b.char {
		return false
	}
	// The paragraphs whole on the page, last first.
	rows := rowsOf(fp)
	var cands []*bodyPara
	for k := len(rows) - 1; k >= 0; k-- {
		bp := rows[k].para
		if bp == nil || k+1 < len(rows) && rows[k+1].para == bp {
			continue // one paragraph once, from its last line
		}
		if bp.rows[0] != firstOf(rows, bp) {
			break // the paragraph began on an earlier page
		}
		cands = append(cands, bp)
	}
	done := 0
	for _, bp := range cands {
		tight, err := bp.tight()
		if err != nil {
			return false
		}
		if len(tight) >= len(bp.rows) {
			continue // no line saved: leave the paragraph as it is
		}
		used -= len(bp.rows) - len(tight)
		done++
		rows = substitute(rows, bp, tight)
		if pitch, ok := fits(used); ok {
			p.replace(fp, rows)
			fp.pitch = pitch
			msg := fmt.Sprintf("第%d页容不下署名、成文日期和印章，已将该页%d段的字距由%.1f磅调整为%.1f磅", len(p.pages), done, b.char.Points(), b.tightPitch().Points())
			if pitch != b.pitch {
				msg += fmt.Sprintf("、行距由%.1f磅调整为%.1f磅", b.pitch.Points(), pitch.Points())
			}
			b.warn(msg+"（GB/T 9704-2012 7.3.5.5）", "", "")
			return true
		}
	}
	return false
}

// firstOf returns the first of rows that belongs to bp, or nil.
func firstOf(rows []*row, bp *bodyPara) *row {
	for _, r := range rows {
		if r.para == bp {
			return r
		}
	}
	return nil
}

// substitute replaces bp's rows in rows by with.
func substitute(rows []*row, bp *bodyPara, with []*row) []*row {
	out := make([]*row, 0, len(rows)+len(with))
	done := false
	for _, r := range rows {
		if r.para != bp {
			out = append(out, r)
			continue
		}
		if !done {
			out = append(out, with...)
			done = true
		}
	}
	return out
}

// headingType is the structure type of a heading of kind (Heading1 = 1 …):
// one level below the title (H1) for 一、, but never more than one level
// below the heading before it, so no level is skipped (PDF/UA 7.4.2).
func (b *builder) headingType(kind int) layout.StructType {
	level := min(kind+1, b.lastLevel+1)
	b.lastLevel = level
	return layout.Heading(level)
}
