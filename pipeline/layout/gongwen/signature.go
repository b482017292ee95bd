package gongwen

import (
	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

// signature builds the block of 发文机关署名, 成文日期 and 印章 (7.3.5) as
// one indivisible row starting on the line right after the body (or the
// 附件说明). Offsets inside the block are in grid lines of the page's pitch.
func (b *builder) signature() (*row, error) {
	n, o := b.n, b.opt
	if len(n.Organs) == 0 && n.Date.IsZero() {
		return nil, nil
	}
	body := textStyle{role: RoleBody, size: o.BodySize, grid: true}
	date, err := b.line(n.Date.String(), body)
	if err != nil {
		return nil, err
	}
	organs := make([]layout.Line, len(n.Organs))
	var orgW layout.Length
	for i, s := range n.Organs {
		if organs[i], err = b.line(s, body); err != nil {
			return nil, err
		}
		orgW = max(orgW, organs[i].Width)
	}
	asc := b.asc(o.BodySize)
	// Structure: each organ (or signer's 职务), the date, then each seal
	// (sealNode). Lines are passed by value; their first run identifies them.
	nodes := map[*layout.TextRun]*layout.Node{}
	node := func(ln layout.Line, name string) {
		if len(ln.Runs) > 0 {
			nodes[&ln.Runs[0]] = b.root.Add(layout.StructP, name)
		}
	}
	for _, ln := range organs {
		node(ln, "发文机关署名")
	}
	node(date, "成文日期")
	at := func(ln layout.Line, x, top, pitch layout.Length, cell int) []layout.Item {
		items := ln.Place(x, top+layout.Length(cell)*pitch+asc)
		if len(ln.Runs) > 0 {
			nodes[&ln.Runs[0]].Mark(items)
		}
		return items
	}
	switch n.Seal {
	case document.NoSeal:
		if len(organs) == 1 && orgW > o.TypeWidth/2 {
			// a long 署名 wraps, so the block keeps to the right half
			lines, err := b.wrapOrgan(n.Organs[0], o.TypeWidth/2, o.TypeWidth-2*b.char)
			if err != nil {
				return nil, err
			}
			organs, orgW = lines, widest(lines)
		}
		return b.sigNoSeal(organs, orgW, date, at), nil
	case document.SignatureSeal:
		return b.sigSignature(organs, date, at), nil
	}
	if len(organs) == 1 {
		return b.sigSealOne(organs[0], n.Organs[0], date, at)
	}
	return b.sigSeal(organs, orgW, date, at), nil
}

func widest(lines []layout.Line) layout.Length {
	var w layout.Length
	for _, ln := range lines {
		w = max(w, ln.Width)
	}
	return w
}

// wrapOrgan breaks a 署名 between words into two lines no wider than
// width, or, if it cannot, into the fewest (two or more) no wider than wide.
func (b *builder) wrapOrgan(organ string, width, wide layout.Length) ([]layout.Line, error) {
	body := textStyle{role: RoleBody, size: b.opt.BodySize, grid: true}
	adv := func(r rune) layout.Length { return b.measure([]rune{r}, body) }
	texts := breakLines(organ, nil, b.opt.TitleRules, width, b.char, adv, 2)
	var lines []layout.Line
	for _, t := range texts {
		ln, err := b.line(t, body)
		if err != nil {
			return nil, err
		}
		lines = append(lines, ln)
	}
	if (len(lines) > 2 || widest(lines) > width) && wide > width {
		return b.wrapOrgan(organ, wide, wide)
	}
	return lines, nil
}

type placeFunc func(ln layout.Line, x, top, pitch layout.Length, cell int) []layout.Item

// sigNoSeal (7.3.5.2): a blank line; the organ(s) right-indented 2 字
// (several: one per line, aligned left); the date on the next line, its
// first character 2 字 right of the organ's. A date longer than that is
// right-indented 2 字 and the organ moves left to keep the 2 字 offset.
func (b *builder) sigNoSeal(organs []layout.Line, orgW layout.Length, date layout.Line, at placeFunc) *row {
	orgX := b.right - 2*b.char - orgW
	dateX := orgX + 2*b.char
	if dateX+date.Width > b.right-2*b.char {
		dateX = b.right - 2*b.char - date.Width
		orgX = dateX - 2*b.char
	}
	k := len(organs)
	return &row{cells: k + 2, sig: true, draw: func(top, pitch layout.Length) []layout.Item {
		var items []layout.Item
		for i, ln := range organs {
			items = append(items, at(ln, orgX, top, pitch, 1+i)...)
		}
		return append(items, at(date, dateX, top, pitch, k+1)...)
	}}
}

// sigSealOne (7.3.5.1), one organ: the date right-indented 4 字, the organ
// centred over it, the seal centred over both with its top on the line
// right after the body (so within one line of it); the organ and date go
// on the lines that put their middle below the seal's centre (居印章中心
// 偏下). A 署名 too long to be centred over the date and keep OrganRightMin
// 字 to the right edge wraps between words into lines each centred over
// the date; if a line is still too long, the date (and the seal) move left
// just enough, the date keeping at least its 4 字.
func (b *builder) sigSealOne(organ layout.Line, text string, date layout.Line, at placeFunc) (*row, error) {
	o := b.opt
	n := b.n
	S, p := o.SealSize, b.pitch
	margin := layout.Length(o.OrganRightMin) * b.char
	dateRight := b.right - 4*b.char
	xc := dateRight - date.Width/2
	lines := []layout.Line{organ}
	if maxW := 2 * (b.right - margin - xc); organ.Width > maxW {
		var err error
		if lines, err = b.wrapOrgan(text, maxW, o.TypeWidth-margin); err != nil {
			return nil, err
		}
		if w := widest(lines); xc+w/2 > b.right-margin {
			xc = b.right - margin - w/2
		}
	}
	k := len(lines)
	// d: the date's line in the block, the first that puts the middle of
	// the organ lines and the date below the seal's centre.
	d := max(int((S-o.BodySize+layout.Length(k)*p)/(2*p))+1, k)
	sealLines := int((S + p - 1) / p)
	dateX := xc - date.Width/2
	lo, hi := dateX, dateX+date.Width
	xs := make([]layout.Length, k)
	for i, ln := range lines {
		xs[i] = max(xc-ln.Width/2, b.left)
		lo, hi = min(lo, xs[i]), max(hi, xs[i]+ln.Width)
	}
	cx := (lo + hi) / 2
	key := sealKey(n.SealImages, 0)
	seal := b.sealNode(key, 0)
	return &row{cells: d + 1, reach: sealLines, sig: true, draw: func(top, pitch layout.Length) []layout.Item {
		var items []layout.Item
		if key != "" {
			items = append(items, seal.Mark([]layout.Item{&layout.Image{Key: key, X: cx - S/2, Y: top, W: S, H: S}})...)
		}
		for i, ln := range lines {
			items = append(items, at(ln, xs[i], top, pitch, d-k+i)...)
		}
		return append(items, at(date, dateX, top, pitch, d)...)
	}}, nil
}

// sigSeal (7.3.5.1) without an organ or with several (one organ:
// sigSealOne): the date right-indented 4 字, the seal with its top on the
// line right after the body (so within one line of it). Joint issue:
// one seal per organ in rows, right-aligned on the date's centre, columns
// far enough apart that neither seals nor names touch; the last seal
// presses on the last organ and the date.
func (b *builder) sigSeal(organs []layout.Line, orgW layout.Length, date layout.Line, at placeFunc) *row {
	o := b.opt
	n := b.n
	S, p := o.SealSize, b.pitch
	// d: the date's line in the block, the first whose pair (organ d-1,
	// date d) is centred below the seal's centre.
	d := int((S/2+p/2-o.BodySize/2)/p) + 1
	sealLines := int((S + p - 1) / p)
	dateRight := b.right - 4*b.char
	xc := dateRight - date.Width/2
	if len(organs) == 0 {
		dateX := dateRight - date.Width
		cx := dateX + date.Width/2
		key := sealKey(n.SealImages, 0)
		seal := b.sealNode(key, 0)
		return &row{cells: d + 1, reach: sealLines, sig: true, draw: func(top, pitch layout.Length) []layout.Item {
			var items []layout.Item
			if key != "" {
				items = append(items, seal.Mark([]layout.Item{&layout.Image{Key: key, X: cx - S/2, Y: top, W: S, H: S}})...)
			}
			return append(items, at(date, dateX, top, pitch, d)...)
		}}
	}
	// Joint issue.
	colW := max(S, orgW)
	dist := max(S+o.SealGap, orgW+b.char)
	xc = min(xc, b.right-colW/2)
	perRow := 1 + int((xc-colW/2-b.left)/dist)
	perRow = max(1, min(perRow, len(organs)))
	rowLines := max(int((S+o.SealGap+p-1)/p), d+1)
	nrows := (len(organs) + perRow - 1) / perRow
	type seat struct {
		ln    layout.Line
		cx    layout.Length
		line  int
		key   string
		index int
		seal  *layout.Node
	}
	var seats []seat
	for r := 0; r < nrows; r++ {
		from, to := r*perRow, min((r+1)*perRow, len(organs))
		for j := from; j < to; j++ {
			cx := xc - layout.Length(to-1-j)*dist
			seats = append(seats, seat{organs[j], cx, r * rowLines, sealKey(n.SealImages, j), j, b.sealNode(sealKey(n.SealImages, j), j)})
		}
	}
	last := (nrows - 1) * rowLines
	return &row{cells: last + d + 1, reach: last + sealLines, sig: true, draw: func(top, pitch layout.Length) []layout.Item {
		var items []layout.Item
		for _, s := range seats {
			rowTop := top + layout.Length(s.line)*pitch
			if s.key != "" {
				items = append(items, s.seal.Mark([]layout.Item{&layout.Image{Key: s.key, X: s.cx - S/2, Y: rowTop, W: S, H: S}})...)
			}
			items = append(items, at(s.ln, s.cx-s.ln.Width/2, rowTop, pitch, d-1)...)
		}
		return append(items, at(date, xc-date.Width/2, top+layout.Length(last)*pitch, pitch, d)...)
	}}
}

// sigSignature (7.3.5.3): two blank lines; per signer a 签名章 box
// right-indented 4 字 with the signer's 职务 2 字 to its left, centred on the
// box's height; signers one under the other; a blank line; the date
// right-indented 4 字.
func (b *builder) sigSignature(titles []layout.Line, date layout.Line, at placeFunc) *row {
	o := b.opt
	n := b.n
	SL := max(1, o.SignatureLines)
	imgX := b.right - 4*b.char - o.SignatureWidth
	k := len(titles)
	dateLine := 2 + k*SL + 1
	seals := make([]*layout.Node, k)
	for i := range seals {
		seals[i] = b.sealNode(sealKey(n.SealImages, i), i)
	}
	return &row{cells: dateLine + 1, sig: true, draw: func(top, pitch layout.Length) []layout.Item {
		var items []layout.Item
		for i, ln := range titles {
			y := top + layout.Length(2+i*SL)*pitch
			h := layout.Length(SL) * pitch
			if key := sealKey(n.SealImages, i); key != "" {
				items = append(items, seals[i].Mark([]layout.Item{&layout.Image{Key: key, X: imgX, Y: y, W: o.SignatureWidth, H: h}})...)
			}
			base := y + h/2 - o.BodySize/2 + b.asc(o.BodySize)
			items = append(items, ln.Place(imgX-2*b.char-ln.Width, base)...)
		}
		return append(items, at(date, b.right-4*b.char-date.Width, top, pitch, dateLine)...)
	}}
}

func sealKey(keys []string, i int) string {
	if i < len(keys) {
		return keys[i]
	}
	return ""
}

// sealNode is the structure node of organ i's seal (a figure named 印章,
// its alternate text naming whose seal it is), or nil without an image.
func (b *builder) sealNode(key string, i int) *layout.Node {
	if key == "" {
		return nil
	}
	alt := "印章"
	if i < len(b.n.Organs) {
		alt += "：" + b.n.Organs[i]
		if b.n.Seal == document.SignatureSeal {
			alt = "签发人签名章：" + b.n.Organs[i]
		}
	}
	f := b.root.Add(layout.StructFigure, "印章")
	f.Alt = alt
	return f
}
