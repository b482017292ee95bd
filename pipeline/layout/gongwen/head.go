package gongwen

import (
	"pingyou/pipeline/layout"
)

// headFile lays out the 文件格式 版头 and the title on page 1 and returns
// the first grid line of the flow (主送机关 or body).
func (b *builder) headFile() (int, error) {
	n, o := b.n, b.opt
	if _, err := b.copyMarks(b.cellTop); err != nil {
		return 0, err
	}

	// 发文机关标志: top edge 35 mm below the type-area top.
	markBottom, err := b.mark(b.n.Issuers, n.MarkSuffix, b.top+o.MarkTop, b.left, o.TypeWidth)
	if err != nil {
		return 0, err
	}

	// 发文字号 (and 签发人) two blank lines below the mark.
	numCell := b.cellAt(markBottom) + 2
	numCell, err = b.number(numCell)
	if err != nil {
		return 0, err
	}

	// Red separator 4 mm below the number's em box.
	sepY := b.cellTop(numCell) + o.BodySize + o.SeparatorGap + o.SeparatorWidth/2
	if err := b.separator(sepY); err != nil {
		return 0, err
	}

	// 标题 two blank lines below the separator.
	return b.title(b.cellAt(sepY+o.SeparatorWidth/2) + 2)
}

// headPlain lays out a notice without 版头 (document.PlainForm): 份号,
// 密级 and 紧急程度 as in 文件格式 if any, then the title, on the first free
// grid line; it returns the first flow line.
func (b *builder) headPlain() (int, error) {
	cell, err := b.copyMarks(b.cellTop)
	if err != nil {
		return 0, err
	}
	if cell > 0 {
		cell++ // a blank line under them
	}
	return b.title(cell)
}

// copyMarks sets 份号, 密级和保密期限 and 紧急程度, those given, flush left,
// the i-th on the line whose top is top(i); it returns how many lines they
// take.
func (b *builder) copyMarks(top func(i int) layout.Length) (int, error) {
	n, o := b.n, b.opt
	body := textStyle{role: RoleBody, size: o.BodySize, grid: true}
	hei := textStyle{role: RoleHeading1, size: o.BodySize, grid: true}
	cell := 0
	for _, e := range []struct {
		text string
		st   textStyle
		name string
	}{{n.CopyNo, body, "份号"}, {n.Secrecy, hei, "密级和保密期限"}, {n.Urgency, hei, "紧急程度"}} {
		if e.text == "" {
			continue
		}
		ln, err := b.line(e.text, e.st)
		if err != nil {
			return 0, err
		}
		b.add(0, b.root.Add(layout.StructP, e.name).Mark(ln.Place(b.left, top(cell)+b.asc(o.BodySize)))...)
		cell++
	}
	return cell, nil
}

// number sets the 发文字号 on grid line cell: centred, or with 签发人 the
// number indented 1 字 on the last line of the signers. It returns the grid
// line the number is on.
func (b *builder) number(cell int) (int, error) {
	n, o := b.n, b.opt
	body := textStyle{role: RoleBody, size: o.BodySize, grid: true}
	kai := textStyle{role: RoleKai, size: o.BodySize, grid: true}
	y := func(c int) layout.Length { return b.cellTop(c) + b.asc(o.BodySize) }
	if len(n.Signers) == 0 {
		if n.Number == "" {
			return cell, nil
		}
		ln, err := b.line(n.Number, body)
		if err != nil {
			return 0, err
		}
		b.add(0, b.root.Add(layout.StructP, "发文字号").Mark(ln.Place(b.left+(o.TypeWidth-ln.Width)/2, y(cell)))...)
		return cell, nil
	}
	// 签发人：name name / name name, two a line, right indent 1 字;
	// the number on the last line, indent 1 字.
	label, err := b.line("签发人：", body)
	if err != nil {
		return 0, err
	}
	var nameW layout.Length
	for _, s := range n.Signers {
		if w := b.measure([]rune(s), kai); w > nameW {
			nameW = w
		}
	}
	cols := 2
	if len(n.Signers) < 2 {
		cols = 1
	}
	blockW := label.Width + layout.Length(cols)*nameW + layout.Length(cols-1)*b.char
	x0 := b.right - b.char - blockW
	rows := (len(n.Signers) + 1) / 2
	number, signers := b.root.Add(layout.StructP, "发文字号"), b.root.Add(layout.StructP, "签发人")
	b.add(0, signers.Mark(label.Place(x0, y(cell)))...)
	for i, s := range n.Signers {
		ln, err := b.line(s, kai)
		if err != nil {
			return 0, err
		}
		x := x0 + label.Width + layout.Length(i%2)*(nameW+b.char)
		b.add(0, signers.Mark(ln.Place(x, y(cell+i/2)))...)
	}
	last := cell + rows - 1
	if n.Number != "" {
		ln, err := b.line(n.Number, body)
		if err != nil {
			return 0, err
		}
		b.add(0, number.Mark(ln.Place(b.left+b.char, y(last)))...)
	}
	return last, nil
}

// separator draws the red line across the type area at y, broken around a
// centred ★ when the notice asks for one.
func (b *builder) separator(y layout.Length) error {
	o := b.opt
	rule := func(x1, x2 layout.Length) *layout.Rule {
		return &layout.Rule{X1: x1, Y1: y, X2: x2, Y2: y, Width: o.SeparatorWidth, Color: o.Red}
	}
	if !b.n.Star {
		b.add(0, rule(b.left, b.right))
		return nil
	}
	st := textStyle{role: RoleTitle, size: o.StarSize, color: o.Red}
	ln, err := b.line("★", st)
	if err != nil {
		return err
	}
	cx := b.left + o.TypeWidth/2
	half := ln.Width / 2
	b.add(0, rule(b.left, cx-half-o.StarGap), rule(cx+half+o.StarGap, b.right))
	// The ★'s em box is centred on the line.
	b.add(0, ln.Place(cx-half, y-o.StarSize/2+b.asc(o.StarSize))...)
	return nil
}

// mark draws the 发文机关标志 in red with its top edge at top, centred in
// the width starting at x, at the largest size up to MarkSizeMax that fits.
// Several issuers are stacked and spread to the same width, the suffix
// (文件) to their right, vertically centred. It returns the mark's bottom.
func (b *builder) mark(names []string, suffix string, top, x, width layout.Length) (layout.Length, error) {
	o := b.opt
	if len(names) == 0 {
		b.warn("缺少发文机关标志", "", "在配置中填写发文机关名称")
		return top, nil
	}
	unit := textStyle{role: RoleTitle, size: 1000} // widths in 1/1000 em
	var nameU layout.Length
	for _, s := range names {
		if w := b.measure([]rune(s), unit); w > nameU {
			nameU = w
		}
	}
	suffixU := b.measure([]rune(suffix), unit)
	gapU := layout.Length(0)
	if len(names) > 1 && suffix != "" {
		gapU = 500 // half an em between the stacked names and 文件
	}
	if len(names) == 1 {
		nameU += suffixU
	}
	totalU := nameU + gapU
	if len(names) > 1 {
		totalU += suffixU
	}
	size := o.MarkSizeMax
	if totalU > 0 {
		if fit := width * 1000 / totalU / 500 * 500; fit < size {
			size = fit
		}
	}
	if size < o.MarkSizeMin {
		b.warn("发文机关标志过长，字号已缩小到"+layout.Length(size).String()+"（小于22磅）才能排在版心宽度内",
			names[0]+suffix, "使用规范化简称")
	}
	st := textStyle{role: RoleTitle, size: size, color: o.Red}
	node := b.root.Add(layout.StructP, "发文机关标志")
	if len(names) == 1 {
		ln, err := b.line(names[0]+suffix, st)
		if err != nil {
			return 0, err
		}
		b.add(0, node.Mark(ln.Place(x+(width-ln.Width)/2, top+b.asc(size)))...)
		return top + size, nil
	}
	nameW := nameU * size / 1000
	blockW := totalU * size / 1000
	x0 := x + (width-blockW)/2
	lead := size * layout.Length(o.MarkLineRatio) / 1000
	for i, s := range names {
		items, err := b.spread([]rune(s), x0, nameW, top+layout.Length(i)*lead+b.asc(size), st, "")
		if err != nil {
			return 0, err
		}
		b.add(0, node.Mark(items)...)
	}
	bottom := top + layout.Length(len(names)-1)*lead + size
	if suffix != "" {
		ln, err := b.line(suffix, st)
		if err != nil {
			return 0, err
		}
		emTop := (top+bottom)/2 - size/2
		b.add(0, node.Mark(ln.Place(x0+nameW+gapU*size/1000, emTop+b.asc(size)))...)
	}
	return bottom, nil
}

// title sets the 标题 from grid line cell, centred, broken between words;
// it returns the first flow line (one blank line below the title).
func (b *builder) title(cell int) (int, error) {
	o := b.opt
	if b.n.Title == "" {
		return cell, nil
	}
	st := textStyle{role: RoleTitle, size: o.TitleSize}
	lines := b.titleLines(b.n.Title, b.n.TitleBreaks)
	node := b.root.Add(layout.Heading(1), "标题")
	b.lastLevel = 1
	for i, t := range lines {
		ln, err := b.line(t, st)
		if err != nil {
			return 0, err
		}
		if ln.Width > o.TypeWidth {
			b.warn("标题中有一段无法在词间断开，超出了版心宽度", t, "缩短标题")
		}
		b.add(0, node.Mark(ln.Place(b.left+(o.TypeWidth-ln.Width)/2, b.cellTop(cell+i)+b.asc(o.TitleSize)))...)
	}
	return cell + len(lines) + 1, nil
}

// titleLines breaks a title (or an attachment's) between words into a
// 梯形 or 菱形 (breakTitle).
func (b *builder) titleLines(title string, authorBreaks []int) []string {
	o := b.opt
	st := textStyle{role: RoleTitle, size: o.TitleSize}
	return breakTitle(title, authorBreaks, o.TitleRules, o.TypeWidth, o.TitleSize, func(r rune) layout.Length { return b.measure([]rune{r}, st) })
}

// headLetter lays out the 信函格式 版头 and the title and returns the first
// flow line.
func (b *builder) headLetter() (int, error) {
	n, o := b.n, b.opt
	body := textStyle{role: RoleBody, size: o.BodySize, grid: true}
	issuers := n.Issuers
	if len(issuers) > 1 {
		issuers = issuers[:1] // 联合行文时，使用主办机关标志
	}
	markBottom, err := b.mark(issuers, "", o.LetterMarkTop, b.left, o.TypeWidth)
	if err != nil {
		return 0, err
	}
	x1 := (o.PaperWidth - o.LetterLineLength) / 2
	x2 := x1 + o.LetterLineLength
	red := func(y, w layout.Length) *layout.Rule {
		return &layout.Rule{X1: x1, Y1: y, X2: x2, Y2: y, Width: w, Color: o.Red}
	}
	// Upper double line, thick over thin, its top 4 mm below the mark.
	thickY := markBottom + o.SeparatorGap + o.LetterThick/2
	thinY := thickY + o.LetterLineGap
	b.add(0, red(thickY, o.LetterThick), red(thinY, o.LetterThin))
	// Lower double line, thin over thick, its bottom 20 mm above the paper edge.
	lowThick := o.PaperHeight - o.LetterBottom - o.LetterThick/2
	b.add(0, red(lowThick-o.LetterLineGap, o.LetterThin), red(lowThick, o.LetterThick))

	// 份号, 密级, 紧急程度 flush left, 发文字号 flush right, the first line
	// 7/8 of a 3号 character below the double line.
	first := thinY + o.LetterThin/2 + o.BodySize*7/8
	marks, err := b.copyMarks(func(i int) layout.Length { return first + layout.Length(i)*b.pitch })
	if err != nil {
		return 0, err
	}
	last := first + layout.Length(marks-1)*b.pitch
	if n.Number != "" {
		ln, err := b.line(n.Number, body)
		if err != nil {
			return 0, err
		}
		b.add(0, b.root.Add(layout.StructP, "发文字号").Mark(ln.Place(b.right-ln.Width, first+b.asc(o.BodySize)))...)
		if last < first {
			last = first
		}
	}
	bottom := thinY + o.LetterThin/2
	if last >= first {
		bottom = last + o.BodySize
	}
	return b.title(b.cellAt(bottom) + 2)
}
