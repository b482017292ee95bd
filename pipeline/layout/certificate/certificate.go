// Package certificate lays out 荣誉证书 and 奖状: a Spec (page, border, one
// box per text element, read from a YAML file in templates/) and a
// Certificate (the words) become one page of positioned glyphs. Names always
// fit their box on one line at their natural spacing (a salutation is not a
// list: 牛犇同志：, never 牛　犇): long names shrink within the configured
// minimum size and then tighten their spacing; a name that still cannot fit
// is reported. A quoted honour (“优秀共产党员”) is never broken across lines:
// the body's measure is narrowed until it comes whole (see bodyLines).
package certificate

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

// Spec is a certificate layout, as data. Lengths are millimetres, sizes points.
type Spec struct {
	Name     string              `yaml:"name"`
	Page     Size                `yaml:"page"`
	Borders  []Border            `yaml:"borders"`
	Variable bool                `yaml:"variable_only"` // 套打: print only the variable text (no title, no border)
	Boxes    map[string]Box      `yaml:"boxes"`         // title, recipient, body, organ, date, number
	Seal     Seal                `yaml:"seal"`
	Roles    map[string][]string `yaml:"-"` // face chains by role, from the config

	// body caches the body's lines by wording: every certificate of an
	// award has the same body, and finding its measure sets it several
	// times. Nil (a Spec not from ParseSpec) caches nothing.
	body *bodyCache
}

// Size is a page size.
type Size struct {
	Width  float64 `yaml:"width"`
	Height float64 `yaml:"height"`
}

// Border is a rectangle drawn inset from the page edge.
type Border struct {
	Inset float64 `yaml:"inset"`
	Width float64 `yaml:"width"` // stroke width in mm
	Color string  `yaml:"color"`
}

// Box is where one text element goes.
type Box struct {
	X, Y, W, H float64 `yaml:",flow"`
	Role       string  `yaml:"role"`     // font role: title, kai, body …
	Size       float64 `yaml:"size"`     // font size in pt
	MinSize    float64 `yaml:"min_size"` // names shrink down to this before tightening
	Color      string  `yaml:"color"`
	Align      string  `yaml:"align"`   // left, center, right, distribute, justify
	Indent     float64 `yaml:"indent"`  // first-line indent in 字 (body)
	Leading    float64 `yaml:"leading"` // line pitch as a multiple of size (body); default 1.8
	MaxTighten float64 `yaml:"max_tighten"`
}

// Seal places the seal image centred over the organ and date boxes.
type Seal struct {
	Diameter float64 `yaml:"diameter"`
}

// ParseSpec reads a layout spec.
func ParseSpec(b []byte, name string) (*Spec, error) {
	var s Spec
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("证书版式 %s 有误：%w", name, err)
	}
	if s.Page.Width <= 0 || s.Page.Height <= 0 {
		return nil, fmt.Errorf("证书版式 %s：page 的 width、height 必须大于 0", name)
	}
	for _, k := range []string{"recipient", "body", "organ", "date"} {
		if _, ok := s.Boxes[k]; !ok {
			return nil, fmt.Errorf("证书版式 %s：缺少文字框 boxes.%s", name, k)
		}
	}
	for k, b := range s.Boxes {
		if b.W <= 0 || b.H <= 0 || b.Size <= 0 {
			return nil, fmt.Errorf("证书版式 %s：文字框 %s 的宽、高和字号必须大于 0", name, k)
		}
		if b.X < 0 || b.Y < 0 || b.X+b.W > s.Page.Width || b.Y+b.H > s.Page.Height {
			return nil, fmt.Errorf("证书版式 %s：文字框 %s 超出了纸张", name, k)
		}
	}
	s.body = &bodyCache{m: map[bodyKey]setBody{}}
	return &s, nil
}

// Fit reports how a name was made to fit its box.
type Fit struct {
	Size     layout.Length // font size used
	Tighten  layout.Length // spacing removed between characters
	Overflow bool          // could not fit even at the minimum
}

// Layout sets one certificate. Offset shifts all text (套打 calibration);
// it returns the page and how the recipient line was fitted.
func Layout(c *document.Certificate, s *Spec, setter *layout.Setter, offsetX, offsetY layout.Length) (*layout.Document, Fit, error) {
	page := layout.Page{Width: layout.MM(s.Page.Width), Height: layout.MM(s.Page.Height)}
	// Structure: the items each element appended become one node (borders
	// stay decoration).
	root := layout.NewStructure()
	tag := func(t layout.StructType, from int) *layout.Node {
		return tagFrom(root, t, page.Items, from)
	}
	if !s.Variable {
		for _, b := range s.Borders {
			in := layout.MM(b.Inset)
			page.Items = append(page.Items, &layout.Box{X: in, Y: in, W: page.Width - 2*in, H: page.Height - 2*in,
				Stroke: layout.MM(b.Width), Color: parseColor(b.Color)})
		}
		if box, ok := s.Boxes["title"]; ok && c.Title != "" {
			from := len(page.Items)
			if err := placeLine(&page, setter, s, box, c.Title, offsetX, offsetY, c.Source); err != nil {
				return nil, Fit{}, err
			}
			tag(layout.Heading(1), from)
		}
	}
	first := len(page.Items)
	fit, err := placeRecipient(&page, setter, s, c, offsetX, offsetY)
	if err != nil {
		return nil, fit, err
	}
	for _, it := range page.Items[first:] { // the name: its own font subset (see layout.TextRun)
		if r, ok := it.(*layout.TextRun); ok {
			r.Apart = true
		}
	}
	tag(layout.StructP, first)
	if err := placeBody(&page, setter, s, s.Boxes["body"], c.Body, c.Name, offsetX, offsetY, c.Source, root); err != nil {
		return nil, fit, err
	}
	for _, el := range []struct{ box, text string }{{"organ", c.Organ}, {"date", c.Date}, {"number", c.Number}} {
		box, ok := s.Boxes[el.box]
		if !ok || el.text == "" {
			continue
		}
		from := len(page.Items)
		if err := placeLine(&page, setter, s, box, el.text, offsetX, offsetY, c.Source); err != nil {
			return nil, fit, err
		}
		tag(layout.StructP, from)
	}
	if c.SealImage != "" && s.Seal.Diameter > 0 {
		o, d := s.Boxes["organ"], s.Boxes["date"]
		cx := (o.X + o.W/2 + d.X + d.W/2) / 2
		cy := (o.Y + d.Y + d.H) / 2
		r := s.Seal.Diameter / 2
		page.Items = append(page.Items, &layout.Image{Key: c.SealImage,
			X: layout.MM(cx-r) + offsetX, Y: layout.MM(cy-r) + offsetY, W: layout.MM(s.Seal.Diameter), H: layout.MM(s.Seal.Diameter)})
		tag(layout.StructFigure, len(page.Items)-1).Alt = "印章：" + c.Organ
	}
	return &layout.Document{Pages: []layout.Page{page}, Structure: root, Meta: layout.Meta{
		Title: c.Title + "：" + c.Name, Author: c.Organ, Subject: strings.Join(c.Body, ""), Number: c.Number, Date: c.Date,
	}}, fit, nil
}

func (s *Spec) style(b Box, size layout.Length) layout.Style {
	faces := s.Roles[b.Role]
	if len(faces) == 0 {
		faces = s.Roles["body"]
	}
	return layout.Style{Faces: faces, Size: size, Color: parseColor(b.Color)}
}

// measure sets text on one line without breaking.
func measure(setter *layout.Setter, st layout.Style, text, source string) (layout.Line, error) {
	lines, err := setter.Lines(layout.Paragraph{Text: text, Style: st, Align: layout.Left, Source: source}, layout.Length(1)<<40)
	if err != nil {
		return layout.Line{}, err
	}
	if len(lines) == 0 {
		return layout.Line{}, nil
	}
	return lines[0], nil
}

// placeLine puts one line in a box, aligned, vertically centred, shrinking
// it to fit the width if it must.
func placeLine(page *layout.Page, setter *layout.Setter, s *Spec, b Box, text string, dx, dy layout.Length, source string) error {
	size := layout.Pt(b.Size)
	w := layout.MM(b.W)
	line, err := measure(setter, s.style(b, size), text, source)
	if err != nil {
		return err
	}
	if line.Width > w {
		size = layout.Length(int64(size) * int64(w) / int64(line.Width))
		if line, err = measure(setter, s.style(b, size), text, source); err != nil {
			return err
		}
	}
	x := layout.MM(b.X)
	switch b.Align {
	case "center":
		x += (w - line.Width) / 2
	case "right":
		x += w - line.Width
	case "distribute":
		// Spread across the box, but never more than 2 em between characters:
		// a two-character 奖状 stays a word, centred.
		target := w
		if n := layout.Length(glyphCount(line)); n > 1 && (w-line.Width)/(n-1) > 2*size {
			target = line.Width + 2*size*(n-1)
		}
		line = spread(line, target)
		x += (w - target) / 2
	}
	page.Items = append(page.Items, line.Place(x+dx, baseline(b, size)+dy)...)
	return nil
}

// baseline centres a line of the given size vertically in the box; CJK
// glyphs sit about 0.88 em above the baseline and 0.12 em below.
func baseline(b Box, size layout.Length) layout.Length {
	top := layout.MM(b.Y)
	return top + (layout.MM(b.H)-size)/2 + size*88/100
}

// spread distributes a line's glyphs evenly across width w.
func spread(l layout.Line, w layout.Length) layout.Line {
	var n int
	for _, r := range l.Runs {
		n += len(r.Glyphs)
	}
	if n < 2 || l.Width >= w {
		return l
	}
	extra := w - l.Width
	i := 0
	for ri := range l.Runs {
		gs := make([]layout.Glyph, len(l.Runs[ri].Glyphs))
		for gi, g := range l.Runs[ri].Glyphs {
			g.X += extra * layout.Length(i) / layout.Length(n-1)
			gs[gi] = g
			i++
		}
		l.Runs[ri].Glyphs = gs
	}
	l.Width = w
	return l
}

// placeRecipient sets 张三同志： / 某某党支部： on one line in its box. A
// salutation is not a list: a two-character name keeps its natural spacing
// (spreading 张　三 to three cells is for 名单 only).
func placeRecipient(page *layout.Page, setter *layout.Setter, s *Spec, c *document.Certificate, dx, dy layout.Length) (Fit, error) {
	b := s.Boxes["recipient"]
	w := layout.MM(b.W)
	minSize := layout.Pt(b.MinSize)
	if minSize <= 0 {
		minSize = layout.Pt(b.Size) * 6 / 10
	}
	maxTighten := b.MaxTighten
	if maxTighten <= 0 {
		maxTighten = 0.15 // em
	}
	fit := Fit{Size: layout.Pt(b.Size)}
	set := func(size, tighten layout.Length) (layout.Line, error) {
		line, err := measure(setter, s.style(b, size), c.Name+c.Suffix, c.Source)
		if err != nil {
			return line, err
		}
		return tightenLine(line, tighten), nil
	}
	line, err := set(fit.Size, 0)
	if err != nil {
		return fit, err
	}
	if line.Width > w {
		// Shrink within the minimum size first…
		fit.Size = layout.Length(int64(fit.Size) * int64(w) / int64(line.Width))
		if fit.Size < minSize {
			fit.Size = minSize
		}
		if line, err = set(fit.Size, 0); err != nil {
			return fit, err
		}
		// …then tighten the spacing, up to maxTighten em per gap.
		if line.Width > w {
			gaps := layout.Length(glyphCount(line) - 1)
			limit := layout.Length(float64(fit.Size) * maxTighten)
			need := (line.Width - w + gaps - 1) / gaps
			if need > limit {
				need = limit
			}
			fit.Tighten = need
			line = tightenLine(line, need)
		}
		// Still too wide: shrink below the minimum so nothing overflows, and report it.
		for line.Width > w {
			fit.Overflow = true
			fit.Size = layout.Length(int64(fit.Size) * int64(w) / int64(line.Width))
			if line, err = set(fit.Size, fit.Tighten); err != nil {
				return fit, err
			}
		}
	}
	x := layout.MM(b.X)
	switch b.Align {
	case "center":
		x += (w - line.Width) / 2
	case "right":
		x += w - line.Width
	}
	page.Items = append(page.Items, line.Place(x+dx, baseline(b, fit.Size)+dy)...)
	return fit, nil
}

func tightenLine(l layout.Line, t layout.Length) layout.Line {
	if t == 0 {
		return l
	}
	i := 0
	for ri := range l.Runs {
		gs := make([]layout.Glyph, len(l.Runs[ri].Glyphs))
		for gi, g := range l.Runs[ri].Glyphs {
			g.X -= t * layout.Length(i)
			gs[gi] = g
			i++
		}
		l.Runs[ri].Glyphs = gs
	}
	if i > 1 {
		l.Width -= t * layout.Length(i-1)
	}
	return l
}

func glyphCount(l layout.Line) int {
	n := 0
	for _, r := range l.Runs {
		n += len(r.Glyphs)
	}
	return n
}

// placeBody sets the body paragraphs from the top of their box.
func placeBody(page *layout.Page, setter *layout.Setter, s *Spec, b Box, paras []string, name string, dx, dy layout.Length, source string, root *layout.Node) error {
	body, err := s.bodyLines(setter, b, paras, name, source)
	if err != nil {
		return err
	}
	y := layout.MM(b.Y) + body.size*88/100
	starts := body.starts
	var para *layout.Node // each paragraph is tagged P
	for i, l := range body.lines {
		for len(starts) > 0 && starts[0] == i {
			para, starts = root.Add(layout.StructP, ""), starts[1:]
		}
		page.Items = append(page.Items, para.Mark(l.Place(layout.MM(b.X)+dx, y+dy))...)
		y += body.pitch
	}
	return nil
}

// setBody is a body set in its box.
type setBody struct {
	lines       []layout.Line
	starts      []int // each paragraph's first line
	size, pitch layout.Length
}

// bodyLines breaks the body into lines so that no quoted honour
// (“优秀共产党员”, 《…》) shorter than a line is split — a designer would not
// print “优秀共 / 产党员” — nor the recipient's name where the wording
// repeats it, and the lines fit the box's height. At the box's
// width the honour often falls across the end of a line; the measure is
// then narrowed, in eighths of an em down to three quarters of the box, to
// the widest at which every honour comes whole: the honour moves to the
// next line and the line before it, full already, needs next to no
// stretching. The block stays flush left under the recipient. Wording too
// long for the box (a long unit named in it) is set half a point smaller at
// a time, down to min_size (default 4/5 of the size). If nothing works, the
// box's width and the smallest size are used as they are; a body still too
// tall is an error.
func (s *Spec) bodyLines(setter *layout.Setter, b Box, paras []string, name, source string) (setBody, error) {
	text := strings.Join(paras, "\n")
	if !strings.Contains(text, name) {
		name = "" // a wording without the name is the same for every certificate of an award: one cache entry
	}
	key := bodyKey{setter: setter, box: b, text: text, name: name}
	if body, ok := s.body.get(key); ok {
		return body, nil
	}
	leading := b.Leading
	if leading == 0 {
		leading = 1.8
	}
	minSize := layout.Pt(b.MinSize)
	if minSize <= 0 {
		minSize = layout.Pt(b.Size) * 4 / 5
	}
	full, room := layout.MM(b.W), layout.MM(b.H)
	var last setBody
	for size := layout.Pt(b.Size); size >= minSize; size -= layout.Pt(0.5) {
		pitch := layout.Length(float64(size) * leading)
		fits := func(ls []layout.Line) bool { return layout.Length(len(ls))*pitch <= room+pitch/2 }
		set := func(w layout.Length) (setBody, error) {
			body := setBody{size: size, pitch: pitch}
			for _, p := range paras {
				ls, err := setter.Lines(layout.Paragraph{Text: p, Style: s.style(b, size), Align: layout.Justify,
					FirstIndent: layout.Length(float64(size) * b.Indent), Source: source}, w)
				if err != nil {
					return setBody{}, err
				}
				body.starts = append(body.starts, len(body.lines))
				body.lines = append(body.lines, ls...)
			}
			return body, nil
		}
		var err error
		if last, err = set(full); err != nil {
			return setBody{}, err
		}
		if !fits(last.lines) {
			continue
		}
		if !splitsHonour(last.lines, size, full, name) {
			s.body.put(key, last)
			return last, nil
		}
		for w := full - size/8; w >= full*3/4; w -= size / 8 {
			narrow, err := set(w)
			if err != nil {
				return setBody{}, err
			}
			if !splitsHonour(narrow.lines, size, w, name) && fits(narrow.lines) {
				s.body.put(key, narrow)
				return narrow, nil
			}
		}
	}
	if layout.Length(len(last.lines))*last.pitch > room+last.pitch/2 {
		return setBody{}, fmt.Errorf("证书正文有 %d 行，超出了版式中正文框的高度；请缩短措辞或调整版式", len(last.lines))
	}
	s.body.put(key, last)
	return last, nil
}

// splitsHonour reports whether a line break falls inside a span that must
// stay on one line and is shorter than the measure w (counted as 1 em a
// character): a quoted span (“…” or 《…》) or the recipient's name where the
// wording repeats it (阿依古丽·吐 / 尔逊 is no better than 优秀共 / 产党员).
func splitsHonour(lines []layout.Line, size, w layout.Length, name string) bool {
	var text []rune
	var ends []int // rune offset where each line but the last ends
	for i, l := range lines {
		text = append(text, []rune(l.Text())...)
		if !l.Last && i < len(lines)-1 {
			ends = append(ends, len(text))
		}
	}
	split := func(from, to int) bool { // runes [from, to] on more than one line
		if layout.Length(to+1-from)*size > w {
			return false
		}
		for _, e := range ends {
			if e > from && e <= to {
				return true
			}
		}
		return false
	}
	open := -1
	var closer rune
	for i, r := range text {
		switch {
		case open < 0 && (r == '“' || r == '《'):
			open, closer = i, map[rune]rune{'“': '”', '《': '》'}[r]
		case open >= 0 && r == closer:
			if split(open, i) {
				return true
			}
			open = -1
		}
	}
	if n := []rune(name); len(n) >= 2 {
		for i := 0; i+len(n) <= len(text); i++ {
			if string(text[i:i+len(n)]) == name && split(i, i+len(n)-1) {
				return true
			}
		}
	}
	return false
}

// bodyKey identifies a body layout: the metrics, the box and the words.
type bodyKey struct {
	setter     *layout.Setter
	box        Box
	text, name string
}

// bodyCache holds the lines of a few bodies: one per award in a batch, or
// fewer hits when the wording names the person (then it stops growing).
type bodyCache struct {
	mu sync.RWMutex // read by every certificate, written once per award
	m  map[bodyKey]setBody
}

const bodyCacheMax = 64

func (c *bodyCache) get(k bodyKey) (setBody, bool) {
	if c == nil {
		return setBody{}, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	l, ok := c.m[k]
	return l, ok
}

func (c *bodyCache) put(k bodyKey, lines setBody) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) < bodyCacheMax {
		c.m[k] = lines
	}
}

// tagFrom makes items[from:] the content of a new child of root.
func tagFrom(root *layout.Node, t layout.StructType, items []layout.Item, from int) *layout.Node {
	n := root.Add(t, "")
	n.Mark(items[from:])
	return n
}

func parseColor(s string) layout.Color {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return layout.Black
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return layout.Black
	}
	return layout.Color{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v)}
}
