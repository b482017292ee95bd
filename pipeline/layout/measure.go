package layout

import "unicode"

// Stage 2 of inline layout: measure. Every glyph gets a face from the
// paragraph's fallback chain and its advance; glyphs and atoms get their
// natural cell widths; boundaries between atoms get their Han–Latin glue or
// adjacent-punctuation kern. Prefix sums make the width of any candidate
// line O(1), so line breaking never remeasures.

// metricsCtx holds the per-paragraph measuring parameters.
type metricsCtx struct {
	size  Length // font size
	em    Length // the em of cells: the char pitch in the 公文 grid, else the size
	grid  bool
	align Align
}

func (c *metricsCtx) halves(n int8) Length { return Length(n) * c.em / 2 }

// scaled converts a natural advance to its width on the line: in the grid,
// Latin text is tracked like Han text (pitch/size).
func (c *metricsCtx) scaled(l Length) Length {
	if !c.grid {
		return l
	}
	return l * c.em / c.size
}

// halfCells rounds a natural width up to whole half cells (grid only).
func (c *metricsCtx) halfCells(nat Length) Length {
	// n = ceil(2·nat/size) half cells, each em/2 wide
	n := (2*nat + c.size - 1) / c.size
	return n * c.em / 2
}

// wordCells is the width of a Latin word or number in the grid: whole half
// cells when its natural width is a whole number of half ems (FandolFang's
// digits, 0.5 em: 2012 takes exactly two cells), else its natural width
// tracked like Han text. Rounding 0.6-em digits (LXGW WenKai in a 楷体
// heading) up to half cells set a lone 7 in a full cell, visibly apart from
// 年 and 月: Arabic numbers sit tight against Han text in every face.
func (c *metricsCtx) wordCells(nat Length) Length {
	if (2*nat)%c.size == 0 {
		return c.halfCells(nat)
	}
	return c.scaled(nat)
}

// measure chooses faces and computes widths. It fails on the first rune no
// face in chain can draw.
func (s *Setter) measure(p *Paragraph, c *metricsCtx, gs []glyph, as []atom) error {
	chain := p.Style.Faces
	lead := p.Lead // bytes of text still in the lead (glyph texts are consecutive substrings)
	for i := range gs {
		g := &gs[i]
		chain := chain
		if lead > 0 {
			lead -= len(g.text)
			if len(p.LeadFaces) > 0 {
				chain = p.LeadFaces
			}
		}
		face, units, ok := s.faceFor(chain, g.r, g.kind == kMark && g.mk.shared)
		if !ok {
			return &MissingGlyphError{Rune: g.r, Faces: chain, Source: p.Source}
		}
		g.face = face
		g.adv = Length(int64(units) * int64(c.size) / 1000)
		switch g.kind {
		case kHan:
			g.w = c.em
		case kMark:
			h := g.mk.halves
			if c.grid && g.mk.gridHalves != 0 {
				h = g.mk.gridHalves
			}
			g.w = c.halves(h)
		default:
			g.w = c.scaled(g.adv)
		}
	}
	half := c.em / 2
	for k := range as {
		a := &as[k]
		var nat, sp Length
		for i := a.g0; i < a.g1-a.nsp; i++ {
			nat += gs[i].w
		}
		for i := a.g1 - a.nsp; i < a.g1; i++ {
			sp += gs[i].adv
		}
		if c.grid {
			if a.kind == kWord || a.kind == kSymbol {
				var adv Length
				for i := a.g0; i < a.g1-a.nsp; i++ {
					adv += gs[i].adv
				}
				nat = c.wordCells(adv)
			}
			if sp > 0 {
				sp = c.halfCells(sp)
			}
		}
		a.w, a.sp = nat, sp
		l, r := blanks(gs, a)
		if l {
			a.blankL = half
		}
		if r {
			a.blankR = half
		}
	}
	// boundaries
	for k := 0; k+1 < len(as); k++ {
		a, b := &as[k], &as[k+1]
		if a.nsp > 0 {
			continue
		}
		switch {
		case kerned(gs, a, b) && a.blankR > 0:
			a.adj = -a.blankR // 。” ）、 ”（: 1.5 em, not 2
		case kerned(gs, a, b):
			a.adj = -b.blankL // ，“ 《“
		case !c.grid && (a.kind == kHan && b.kind == kWord && !numberStart(gs, b) || a.kind == kWord && !a.digitR && b.kind == kHan):
			// Han–Latin glue, 1/4 em shrinkable to 1/8; none next to an
			// Arabic number, which 公文 practice sets tight (2012年, 第3名)
			// as the grid does, in titles, 版记 and certificates alike.
			a.adj = c.em / 4
			a.glueMin = c.em / 8
		}
	}
	return nil
}

// blanks reports which halves of atom a's cell are blank and may be
// compressed: those of a single mark.
func blanks(gs []glyph, a *atom) (left, right bool) {
	if a.kind != kMark || a.g1-a.nsp != a.g0+1 {
		return false, false
	}
	mk := gs[a.g0].mk
	return mk.blankL, mk.blankR
}

// kerned reports whether the boundary between atoms a and b drops a blank
// half em: two adjacent marks take 1.5 em (。” ）、 ”（ ，“ 《“), a's right
// half if it is blank, else b's left half.
func kerned(gs []glyph, a, b *atom) bool {
	if a.nsp > 0 || a.kind != kMark || b.kind != kMark {
		return false
	}
	_, r := blanks(gs, a)
	l, _ := blanks(gs, b)
	return r || l
}

// MarkKerns returns the byte offsets in text of the marks after which every
// line of the layout is half an em shorter: two adjacent marks take 1.5 em,
// not 2 (。” ）、 ”（ ，“ 《“). An editable copy repeats it with a condensed
// character spacing after the mark, since word processors either compress
// no mark or every mark.
func MarkKerns(text string) []int {
	gs, as := segment(text)
	if len(as) < 2 {
		return nil
	}
	// glyph i is the i-th rune of text that segment draws
	offs := make([]int, 0, len(gs))
	for i, r := range text {
		if !unicode.Is(unicode.Cc, r) && Drawn(r) {
			offs = append(offs, i)
		}
	}
	var ks []int
	for k := 0; k+1 < len(as); k++ {
		if last := as[k].g1 - as[k].nsp - 1; kerned(gs, &as[k], &as[k+1]) && last < len(offs) {
			ks = append(ks, offs[last])
		}
	}
	return ks
}

// numberStart reports whether atom a begins with an Arabic number (or a
// sign or currency prefix before one).
func numberStart(gs []glyph, a *atom) bool {
	r := gs[a.g0].r
	return unicode.IsDigit(r) || prefixSet[r] && a.g0+1 < len(gs) && unicode.IsDigit(gs[a.g0+1].r)
}

// faceFor picks the face for r: the first face in chain with a glyph. For
// punctuation shared with Western text (“ ” ‘ ’ · … —) a face that also has
// CJK text is preferred, so that they never fall into a Latin-only font.
func (s *Setter) faceFor(chain []string, r rune, shared bool) (string, int, bool) {
	if shared {
		for _, f := range chain {
			if u, ok := s.Metrics.Advance(f, r); ok && s.isCJK(f) {
				return f, u, true
			}
		}
	}
	return s.Face(chain, r)
}

// isCJK reports whether face is a Chinese font (it has 一 and 。).
func (s *Setter) isCJK(face string) bool {
	_, ok1 := s.Metrics.Advance(face, '一')
	_, ok2 := s.Metrics.Advance(face, '。')
	return ok1 && ok2
}

// sums are prefix sums over atoms and boundaries for O(1) line widths.
type sums struct {
	w     []Length // w[k] = Σ atoms[<k].w
	sp    []Length // trailing spaces
	adj   []Length // boundaries after atoms[<k]
	blank []Length // Σ blankL+blankR
	kern  []Length // Σ |kern| (blank consumed at boundaries)
	glue  []Length // Σ glue shrinkability (adj − glueMin for glue)
}

func newSums(as []atom) *sums {
	n := len(as) + 1
	buf := make([]Length, 6*n)
	s := &sums{w: buf[:n], sp: buf[n : 2*n], adj: buf[2*n : 3*n], blank: buf[3*n : 4*n],
		kern: buf[4*n : 5*n], glue: buf[5*n : 6*n]}
	for k, a := range as {
		s.w[k+1] = s.w[k] + a.w
		s.sp[k+1] = s.sp[k] + a.sp
		s.adj[k+1] = s.adj[k] + a.adj
		s.blank[k+1] = s.blank[k] + a.blankL + a.blankR
		var kern, glue Length
		if a.adj < 0 {
			kern = -a.adj
		} else if a.glueMin > 0 {
			glue = a.adj - a.glueMin
		}
		s.kern[k+1] = s.kern[k] + kern
		s.glue[k+1] = s.glue[k] + glue
	}
	return s
}
