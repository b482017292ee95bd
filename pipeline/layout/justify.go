package layout

// Stage 4 of inline layout: justification. A line wider than its measure is
// compressed — the line-end mark to 1/2 em first, then the blank halves of
// the other marks, then Han–Latin glue down to 1/8 em; a justified line
// narrower than its measure is stretched with equal extra space in every gap
// between atoms (never inside ——, ……, a Latin word or a number), the
// remainder of the integer division spread evenly, so that its last cell
// ends exactly on the right edge.

// lineGeom is where a line's atoms go: starts[i] is the left edge of the
// natural cell of atom s+i, relative to the line's left edge; end is the
// right edge of the last cell.
type lineGeom struct {
	starts []Length
	end    Length
}

// kernTakesRight reports whether the kern after atom k consumed k's right
// blank (otherwise it consumed the next atom's left blank).
func (b *breaker) kernTakesRight(k int) bool { return b.as[k].adj < 0 && b.as[k].blankR > 0 }

func (b *breaker) justify(sp span, line int, last bool) lineGeom {
	s, e := sp.s, sp.e
	as := b.as
	n := e - s + 1
	avail := b.avail(line)
	nat := b.natural(s, e, line)
	// pre[i] moves atom s+i left of where the previous one ended (a cut left
	// blank is a negative pre); post[i] is what follows it before the next.
	pre := make([]Length, n)
	post := make([]Length, n)
	pre[0] = -b.startCut(s, line)
	for k := s; k < e; k++ {
		post[k-s] = as[k].sp + as[k].adj
	}
	total := nat
	switch {
	case nat > avail:
		need := nat - avail
		// 1. the mark at the line end to 1/2 em
		t := min(need, as[e].blankR)
		post[n-1] -= t
		need -= t
		// 2. the other marks' free blank halves, evenly
		if need > 0 {
			var where []*Length
			var caps []Length
			for k := s; k <= e; k++ {
				if k > s && as[k].blankL > 0 && !(as[k-1].adj < 0 && !b.kernTakesRight(k-1)) {
					where, caps = append(where, &pre[k-s]), append(caps, as[k].blankL)
				}
				if k < e && as[k].blankR > 0 && !b.kernTakesRight(k) {
					where, caps = append(where, &post[k-s]), append(caps, as[k].blankR)
				}
			}
			need -= apply(need, where, caps, -1)
		}
		// 3. Han–Latin glue down to 1/8 em
		if need > 0 {
			var where []*Length
			var caps []Length
			for k := s; k < e; k++ {
				if as[k].glueMin > 0 {
					where, caps = append(where, &post[k-s]), append(caps, as[k].adj-as[k].glueMin)
				}
			}
			need -= apply(need, where, caps, -1)
		}
		total = avail + need // need > 0 only if the line could not be made to fit
	case nat < avail && (!last && b.p.Align == Justify || b.p.Align == Distribute):
		extra := avail - nat
		gaps := Length(n - 1)
		if gaps > 0 {
			for j := Length(0); j < gaps; j++ {
				post[j] += (j+1)*extra/gaps - j*extra/gaps
			}
			total = avail
		} else if b.p.Align == Distribute {
			pre[0] += extra / 2 // a single character is centred
			total = nat + extra/2
		}
	}
	x := b.indent(line)
	switch {
	case b.p.Align == Center && total < avail:
		x += (avail - total) / 2
	case b.p.Align == Right && total < avail:
		x += avail - total
	}
	g := lineGeom{starts: make([]Length, n)}
	for i := 0; i < n; i++ {
		x += pre[i]
		g.starts[i] = x
		x += as[s+i].w
		x += post[i]
	}
	g.end = x
	return g
}

// apply spreads total over slots with the given capacities as evenly as
// integers allow, adding sign×share to *where[i]; it returns how much it
// placed (less than total when the capacities are exhausted).
func apply(total Length, where []*Length, caps []Length, sign Length) Length {
	given := make([]Length, len(caps))
	open := make([]int, 0, len(caps))
	for i, c := range caps {
		if c > 0 {
			open = append(open, i)
		}
	}
	rem := total
	for rem > 0 && len(open) > 0 {
		cnt := Length(len(open))
		share, extra := rem/cnt, rem%cnt
		next := open[:0]
		for j, i := range open {
			want := share
			if Length(j) < extra {
				want++
			}
			give := min(want, caps[i]-given[i])
			given[i] += give
			rem -= give
			if given[i] < caps[i] {
				next = append(next, i)
			}
		}
		open = next
	}
	for i, g := range given {
		*where[i] += sign * g
	}
	return total - rem
}
