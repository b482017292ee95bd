package gongwen

import (
	"fmt"
	"unicode/utf8"

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
	br, err := b.blockRows(n.Body, b.root.Add(layout.StructDiv, "正文"))
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
		tl, err := b.centredRows(breakTitle(a.Name, o.TitleRules, o.TypeWidth, func(rs []rune) layout.Length { return b.measure(rs, tst) }), tst)
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
		br, err := b.blockRows(a.Body, sect)
		if err != nil {
			return nil, err
		}
		rows = append(rows, br...)
	}
	return rows, nil
}

// blockRows sets paragraphs, headings and name lists, their structure
// nodes children of parent.
func (b *builder) blockRows(blocks []Block, parent *layout.Node) ([]*row, error) {
	o := b.opt
	var rows []*row
	for _, blk := range blocks {
		if blk.Kind == NameList {
			nr, err := b.nameRows(blk, parent)
			if err != nil {
				return nil, err
			}
			rows = append(rows, nr...)
			continue
		}
		role := RoleBody
		switch blk.Kind {
		case Heading1:
			role = RoleHeading1
		case Heading2:
			role = RoleHeading2
		}
		setRole := role
		if blk.RunIn != "" {
			setRole = RoleBody
		}
		lines, err := b.para(blk.Text+blk.RunIn, textStyle{role: setRole, size: o.BodySize, grid: true}, 2*b.char, 0, o.TypeWidth, blk.Source)
		if err != nil {
			return nil, err
		}
		if blk.RunIn != "" && role != RoleBody {
			b.restyle(lines, utf8.RuneCountInString(blk.Text), role)
		}
		tr := b.textRows(lines, o.BodySize)
		// A heading stays with the line after it; a numbered paragraph that
		// runs on for several lines (1.实施……) is body text and may break.
		if blk.Kind != Paragraph && blk.RunIn == "" && len(tr) > 0 && len(tr) <= 2 {
			for _, r := range tr {
				r.keepNext = true
			}
			rows = append(rows, tag(tr, parent.Add(b.headingType(int(blk.Kind)), ""))...)
			continue
		}
		rows = append(rows, tag(tr, parent.Add(layout.StructP, ""))...)
	}
	return rows, nil
}

// nameRows lays out a 名单: each group's heading on its own line (黑体),
// then its names in columns on the grid. Column starts are whole 字 apart,
// the last column ending at most at the right edge; a two-character name
// is spread to three characters' width (张　三) by position only; a name
// too wide for its column takes the next one too.
func (b *builder) nameRows(blk Block, parent *layout.Node) ([]*row, error) {
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
			rows = append(rows, &row{cells: 1, keepNext: true, node: parent.Add(b.headingType(int(Heading1)), ""), draw: func(top, _ layout.Length) []layout.Item {
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
	rows := []*row{blankRow()}
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
		rows = append(rows, tag(b.textRows(lines, o.BodySize), note.Add(layout.StructP, ""))...)
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

// paginate puts the rows on pages, draws them and returns the last page's
// index and the lowest point used on it.
//
// Page fill (7.3.5.5): when the signature block does not fit below the
// text, it would stand alone on a new page. Instead the line pitch of the
// page's flow is reduced so the block fits, down to MinPitchPercent of the
// grid pitch; if that is not enough, the page's last two text lines move
// to the next page with it. Either way a warning says so.
func (b *builder) paginate(rows []*row, first int) (int, layout.Length) {
	L := b.opt.LinesPerPage
	pages := []*flowPage{{start: first, pitch: b.pitch}}
	cur, c := pages[0], first
	newPage := func() {
		cur = &flowPage{pitch: b.pitch}
		pages = append(pages, cur)
		c = 0
	}
	place := func(r *row) {
		if r.blank && c == cur.start && len(pages) > 1 {
			return // no blank line at the top of a page
		}
		cur.rows = append(cur.rows, placedRow{r, c})
		c += r.cells
	}
	for i, r := range rows {
		if r.newPage {
			newPage()
		}
		need := r.need()
		if r.keepNext && i+1 < len(rows) && !rows[i+1].newPage {
			need = r.cells + rows[i+1].need()
		}
		if c+need <= L || len(cur.rows) == 0 {
			place(r)
			continue
		}
		if r.sig && b.fill(cur, c, r, len(pages)) {
			place(r)
			continue
		}
		var moved []*row
		if r.sig {
			moved = b.pull(cur, len(pages))
		}
		newPage()
		for _, m := range moved {
			place(m)
		}
		place(r)
	}
	var bottom layout.Length
	for j, fp := range pages {
		for _, pr := range fp.rows {
			top := b.cellTop(fp.start) + layout.Length(pr.cell-fp.start)*fp.pitch
			b.add(j, pr.r.node.Mark(pr.r.draw(top, fp.pitch))...)
			if j == len(pages)-1 {
				bottom = max(bottom, top+layout.Length(pr.r.need())*fp.pitch)
			}
		}
	}
	b.page(len(pages) - 1)
	if bottom == 0 {
		bottom = b.cellTop(pages[len(pages)-1].start)
	}
	return len(pages) - 1, bottom
}

// fill tries to fit the signature row r at line c of page fp by reducing
// the page's line pitch.
func (b *builder) fill(fp *flowPage, c int, r *row, pageNo int) bool {
	used := c - fp.start + r.need()
	avail := layout.Length(b.opt.LinesPerPage-fp.start) * b.pitch
	p := avail / layout.Length(used)
	if p*100 < b.pitch*layout.Length(b.opt.MinPitchPercent) {
		return false
	}
	fp.pitch = p
	b.warn(fmt.Sprintf("第%d页容不下署名、成文日期和印章，已将该页行距由%.1f磅调整为%.1f磅（GB/T 9704-2012 7.3.5.5）",
		pageNo, b.pitch.Points(), p.Points()), "", "")
	return true
}

// pull removes the last two text lines (one if the page would keep fewer
// than two, e.g. page 1 with only 主送机关 above) and any blank lines
// between, plus a heading left above them, to go with the signature.
func (b *builder) pull(fp *flowPage, pageNo int) []*row {
	texts := 0
	for _, pr := range fp.rows {
		if !pr.r.blank {
			texts++
		}
	}
	want := min(2, texts-2)
	want = max(want, 1)
	k, text := len(fp.rows), 0
	for k > 1 && text < want {
		k--
		if !fp.rows[k].r.blank {
			text++
		}
	}
	for k > 1 && fp.rows[k-1].r.keepNext {
		k--
	}
	moved := make([]*row, 0, len(fp.rows)-k)
	for _, pr := range fp.rows[k:] {
		moved = append(moved, pr.r)
	}
	fp.rows = fp.rows[:k]
	b.warn(fmt.Sprintf("第%d页容不下署名、成文日期和印章，调整行距也不够，已将该页最后%d行移到下一页与署名同页（GB/T 9704-2012 7.3.5.5）",
		pageNo, len(moved)), "", "")
	return moved
}

// headingType is the structure type of a heading of kind (Heading1 = 1 …):
// one level below the title (H1) for 一、, but never more than one level
// below the heading before it, so no level is skipped (PDF/UA 7.4.2).
func (b *builder) headingType(kind int) layout.StructType {
	level := min(kind+1, b.lastLevel+1)
	b.lastLevel = level
	return layout.Heading(level)
}
