package layout

// Stage 3 of inline layout: line breaking. Greedy, first-fit, with 禁则
// resolved "先挤进，后推出": when the atom after a full line may not start a
// line (or the line's last atom may not end one), first try to squeeze the
// atoms up to the next legal break into the line by compressing punctuation
// (the line-end mark to 1/2 em, other marks' blank halves, Han–Latin glue to
// 1/8 em); failing that, push atoms down to the previous legal break. A last
// line of a single character pulls one more atom down (xeCJK CheckSingle).

// span is one line: atoms [s, e] inclusive.
type span struct {
	s, e      int
	emergency bool // no legal break fitted: the line was cut where it had to be
}

// breaker holds one paragraph's measured atoms.
type breaker struct {
	p     *Paragraph
	c     *metricsCtx
	gs    []glyph
	as    []atom
	sm    *sums
	width Length
}

func (b *breaker) indent(line int) Length {
	if line == 0 {
		return b.p.FirstIndent
	}
	return b.p.RestIndent
}

func (b *breaker) avail(line int) Length { return b.width - b.indent(line) }

// startCut is how much an opening mark at the start of a line loses: its
// blank 1/2 em on wrapped lines of proportional text; nothing at a
// paragraph's start and nothing in the 公文 grid, where the grid columns
// are kept (common practice in 公文).
func (b *breaker) startCut(s, line int) Length {
	if b.c.grid || line == 0 {
		return 0
	}
	return b.as[s].blankL
}

// natural is the width of atoms [s, e] set as one line, before justification.
func (b *breaker) natural(s, e, line int) Length {
	m := b.sm
	return m.w[e+1] - m.w[s] + m.sp[e] - m.sp[s] + m.adj[e] - m.adj[s] - b.startCut(s, line)
}

// squeeze is how much atoms [s, e] can be compressed: the blank halves of
// marks not already taken by adjacent-mark kerns (the first atom's left
// blank excepted) and the shrink of Han–Latin glue.
func (b *breaker) squeeze(s, e int) Length {
	m := b.sm
	return m.blank[e+1] - m.blank[s] - (m.kern[e] - m.kern[s]) - b.as[s].blankL + m.glue[e] - m.glue[s]
}

func (b *breaker) minimum(s, e, line int) Length { return b.natural(s, e, line) - b.squeeze(s, e) }

// breakLines returns the lines' spans.
func (b *breaker) breakLines() []span {
	n := len(b.as)
	var lines []span
	for s := 0; s < n; {
		line := len(lines)
		avail := b.avail(line)
		e := s
		for e+1 < n && b.natural(s, e+1, line) <= avail {
			e++
		}
		sp := span{s: s, e: e}
		switch {
		case e == n-1 || b.as[e].brk:
			// fits and breaks legally (between pieces of a word wider than any line, 禁则 permitting)
		default:
			// 先挤进: the atoms up to the next legal break, compressed
			e2 := e + 1
			for e2 < n-1 && !b.as[e2].brk && b.minimum(s, e2, line) <= avail {
				e2++
			}
			if (e2 == n-1 || b.as[e2].brk) && b.minimum(s, e2, line) <= avail {
				sp.e = e2
				break
			}
			// 后推出: back to the previous legal break
			e3 := e - 1
			for e3 >= s && !b.as[e3].brk {
				e3--
			}
			if e3 >= s {
				sp.e = e3
				break
			}
			sp.emergency = true // nothing legal fits: cut here
		}
		lines = append(lines, sp)
		s = sp.e + 1
	}
	if b.p.Align == Justify || b.p.Align == Left {
		b.checkSingle(lines)
	}
	return lines
}

// checkSingle avoids a last line holding a single character (punctuation
// after it not counted) by pulling atoms down from the line before, to its
// previous legal break, when the last line can take them.
func (b *breaker) checkSingle(lines []span) {
	if len(lines) < 2 {
		return
	}
	last, prev := &lines[len(lines)-1], &lines[len(lines)-2]
	if prev.emergency {
		return
	}
	chars := 0
	for k := last.s; k <= last.e; k++ {
		a := &b.as[k]
		if a.kind == kMark {
			continue
		}
		if a.kind != kHan && a.kind != kSpace {
			return // a Latin word or number is not "a single character"
		}
		if a.kind == kHan {
			chars++
		}
	}
	if chars != 1 {
		return
	}
	e3 := prev.e - 1
	for e3 >= prev.s && !b.as[e3].brk {
		e3--
	}
	if e3 < prev.s {
		return
	}
	line := len(lines) - 1
	// pull down at most a few characters' worth, and only if the last line holds them
	if b.natural(e3+1, prev.e, line) > 3*b.c.em || b.natural(e3+1, last.e, line) > b.avail(line) {
		return
	}
	prev.e = e3
	last.s = e3 + 1
}

// splitWide splits atoms wider than any line into single glyphs with
// emergency breaks between them, so that a long Latin word or a run of
// unbreakable marks can still be set without overflowing.
func splitWide(c *metricsCtx, gs []glyph, as []atom, limit Length) []atom {
	wide := false
	for k := range as {
		if as[k].w > limit && as[k].g1-as[k].nsp-as[k].g0 > 1 {
			wide = true
			break
		}
	}
	if !wide {
		return as
	}
	out := make([]atom, 0, len(as)+16)
	for _, a := range as {
		end := a.g1 - a.nsp
		if a.w <= limit || end-a.g0 <= 1 {
			out = append(out, a)
			continue
		}
		for i := a.g0; i < end; i++ {
			// between the pieces, 禁则 still hold where they can (100% keeps its %)
			p := atom{g0: i, g1: i + 1, kind: a.kind, emergency: true,
				brk: !noEnd[gs[i].r] && (i+1 >= end || !noStart[gs[i+1].r])}
			p.w = gs[i].w
			if c.grid && (a.kind == kWord || a.kind == kSymbol) {
				p.w = c.wordCells(gs[i].adv)
			}
			if i == a.g0 {
				p.noStart = a.noStart
			}
			if i == end-1 {
				p.g1 = a.g1
				p.nsp, p.sp = a.nsp, a.sp
				p.noEnd, p.digitR = a.noEnd, a.digitR
				p.brk, p.emergency, p.adj, p.glueMin = a.brk, a.emergency, a.adj, a.glueMin
			}
			out = append(out, p)
		}
	}
	return out
}
