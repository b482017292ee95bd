package layout

// Stage 5 of inline layout: finalize. Atoms' cells become glyph positions:
// each glyph sits in its cell by its ink (opening marks right-aligned,
// 。，、；： and closing marks left-aligned, Han and the rest centred), with
// Glyph.Advance the face's own advance, so a proportional “ (0.35 em in
// LXGW WenKai) still takes a 1-em cell. Consecutive glyphs of one face form
// a TextRun.

func (b *breaker) finalize(sp span, g lineGeom, last bool) Line {
	gs, as := b.gs, b.as
	p := b.p
	ln := Line{Width: g.end, Last: last}
	emit := func(gl *glyph, x Length) {
		n := len(ln.Runs)
		if n == 0 || ln.Runs[n-1].Face != gl.face {
			ln.Runs = append(ln.Runs, TextRun{Face: gl.face, Size: p.Style.Size, Color: p.Style.Color, Joined: n > 0})
			n++
		}
		ln.Runs[n-1].Glyphs = append(ln.Runs[n-1].Glyphs, Glyph{Text: gl.text, X: x, Advance: gl.adv})
	}
	for k := sp.s; k <= sp.e; k++ {
		a := &as[k]
		x := g.starts[k-sp.s]
		end := a.g1 - a.nsp
		switch a.kind {
		case kWord, kSymbol:
			var nat Length
			for i := a.g0; i < end; i++ {
				nat += gs[i].w
			}
			off := (a.w - nat) / 2 // grid: the run centred in its half cells
			if k == sp.s {
				off = 0
			} else if k == sp.e {
				off = a.w - nat
			}
			cx := x + off
			for i := a.g0; i < end; i++ {
				emit(&gs[i], cx+(gs[i].w-gs[i].adv)/2)
				cx += gs[i].w
			}
		default:
			cx := x
			for i := a.g0; i < end; i++ {
				gl := &gs[i]
				var gx Length
				switch {
				case gl.kind == kMark && gl.mk.align == alignLeft:
					gx = cx
				case gl.kind == kMark && gl.mk.align == alignRight:
					gx = cx + gl.w - gl.adv
				default:
					gx = cx + (gl.w-gl.adv)/2
				}
				emit(gl, gx)
				cx += gl.w
			}
		}
		// trailing spaces: after the atom, or all at the line end (zero width there)
		sx := x + a.w
		if k == sp.e {
			sx = g.end
		}
		for i := end; i < a.g1; i++ {
			emit(&gs[i], sx)
			if k != sp.e {
				sx += gs[i].w
			}
		}
	}
	return ln
}
