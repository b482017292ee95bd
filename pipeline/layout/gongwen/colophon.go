package gongwen

import (
	"strings"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

// colophon places the 版记 at the foot of the last page: its last rule on
// the bottom edge of the type area, one grid line per text line, the text
// centred in its line, 4号 仿宋 indented 1 字 (of 4号) both sides.
//
// Page: the 版记 goes on the last page if it fits below the text, else on a
// new page. With ColophonEvenPage (double-sided printing, 版记 on 封四) it
// must be an even page (unless the whole document fits on one page): after
// an odd last page it takes the next page,
// which is numbered; if an even last page is full, a blank page and the
// 版记 page follow, and per 7.5 neither carries a page number.
//
// 信函格式: no 印发 line and no rules (GB/T 9704-2012 10.1).
func (b *builder) colophon(last int, usedBottom layout.Length) error {
	n, o := b.n, b.opt
	letter := n.Form == document.LetterForm
	hasCC := len(n.CC) > 0
	hasPrint := !letter && (n.PrintOrgan != "" || !n.PrintDate.IsZero())
	if !hasCC && !hasPrint {
		return nil
	}
	size := o.ColophonSize
	st := textStyle{role: RoleBody, size: size}
	var ccLines []layout.Line
	if hasCC {
		label := "抄送："
		rest := size + b.measure([]rune(label), st)
		var err error
		ccLines, err = b.para(label+strings.Join(n.CC, "，")+"。", st, size, rest, o.TypeWidth-size, "抄送")
		if err != nil {
			return err
		}
	}
	var orgLines []layout.Line
	var date layout.Line
	if hasPrint {
		var err error
		if date, err = b.line(n.PrintDate.String()+"印发", st); err != nil {
			return err
		}
		// A long 印发机关 wraps rather than run into the date: it may use the
		// width left of the date, less 1 字 indents and 1 字 between them.
		if orgLines, err = b.para(n.PrintOrgan, st, 0, 0, o.TypeWidth-3*size-date.Width, "印发机关"); err != nil {
			return err
		}
	}
	lines := len(ccLines) + len(orgLines)
	height := layout.Length(lines) * b.pitch
	top := b.bottom - height

	page := last
	fits := usedBottom <= top
	switch {
	case !o.ColophonEvenPage || last == 0 && fits:
		if !fits {
			page = last + 1
		}
	case (last+1)%2 == 1: // odd last page: the 版记 takes the next (even) page
		page = last + 1
	case !fits: // even and full: a blank page, then the 版记
		page = last + 2
		b.unnumbered = map[int]bool{last + 1: true, last + 2: true}
	}
	b.page(page)

	base := func(i int) layout.Length {
		return top + layout.Length(i)*b.pitch + (b.pitch-size)/2 + b.asc(size)
	}
	cc, organ := b.root.Add(layout.StructP, "抄送机关"), b.root.Add(layout.StructP, "印发机关")
	for i, ln := range ccLines {
		b.add(page, cc.Mark(ln.Place(b.left, base(i)))...)
	}
	for i, ln := range orgLines {
		b.add(page, organ.Mark(ln.Place(b.left+size, base(len(ccLines)+i)))...)
	}
	if hasPrint {
		b.add(page, b.root.Add(layout.StructP, "印发日期").Mark(date.Place(b.right-size-date.Width, base(lines-1)))...)
	}
	if letter {
		return nil
	}
	rule := func(y, w layout.Length) *layout.Rule {
		return &layout.Rule{X1: b.left, Y1: y, X2: b.right, Y2: y, Width: w, Color: layout.Black}
	}
	b.add(page, rule(top, o.RuleThick), rule(b.bottom, o.RuleThick))
	if hasCC && hasPrint {
		b.add(page, rule(top+layout.Length(len(ccLines))*b.pitch, o.RuleThin))
	}
	return nil
}
