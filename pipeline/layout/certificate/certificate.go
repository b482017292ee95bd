// Package certificate lays out 荣誉证书 and 奖状: a Spec (page, border, one
// box per text element, read from a YAML file in templates/) and a
// Certificate (the words) become one page of positioned glyphs. Names always
// fit their box on one line: two-character names are spread to three
// characters' width, long names shrink within the configured minimum size and
// then tighten their spacing; a name that still cannot fit is reported.
package certificate

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/layout"
)

// Certificate is the text of one certificate.
type Certificate struct {
	Title     string   // 荣誉证书 / 奖状
	Name      string   // the recipient: person or organisation
	Person    bool     // a person: two-character names are spread
	Suffix    string   // after the name: 同志： or ：
	Body      []string // paragraphs
	Organ     string   // issuing organ
	Date      string   // 二〇一二年六月二十八日
	Number    string   // certificate number
	SealImage string   // image key, or "" for no seal
	Source    string   // where the recipient came from, for messages
}

// Spec is a certificate layout, as data. Lengths are millimetres, sizes points.
type Spec struct {
	Name     string              `yaml:"name"`
	Page     Size                `yaml:"page"`
	Borders  []Border            `yaml:"borders"`
	Variable bool                `yaml:"variable_only"` // 套打: print only the variable text (no title, no border)
	Boxes    map[string]Box      `yaml:"boxes"`         // title, recipient, body, organ, date, number
	Seal     Seal                `yaml:"seal"`
	Roles    map[string][]string `yaml:"-"` // face chains by role, from the config
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
		return nil, fmt.Errorf("证书版式 %s 有误：%v", name, err)
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
func Layout(c *Certificate, s *Spec, setter *layout.Setter, offsetX, offsetY layout.Length) (*layout.Document, Fit, error) {
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
	if err := placeBody(&page, setter, s, s.Boxes["body"], c.Body, offsetX, offsetY, c.Source, root); err != nil {
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

// placeRecipient sets 张　三同志： / 某某党支部： on one line in its box.
func placeRecipient(page *layout.Page, setter *layout.Setter, s *Spec, c *Certificate, dx, dy layout.Length) (Fit, error) {
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
		if c.Person && utf8.RuneCountInString(c.Name) == 2 {
			line = spreadName(line, size)
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

// spreadName moves the second character of a two-character name (and what
// follows) one em to the right: 张　三, with the text layer still 张三.
func spreadName(l layout.Line, size layout.Length) layout.Line {
	i := 0
	for ri := range l.Runs {
		gs := make([]layout.Glyph, len(l.Runs[ri].Glyphs))
		for gi, g := range l.Runs[ri].Glyphs {
			if i >= 1 {
				g.X += size
			}
			gs[gi] = g
			i++
		}
		l.Runs[ri].Glyphs = gs
	}
	l.Width += size
	return l
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
func placeBody(page *layout.Page, setter *layout.Setter, s *Spec, b Box, paras []string, dx, dy layout.Length, source string, root *layout.Node) error {
	size := layout.Pt(b.Size)
	leading := b.Leading
	if leading == 0 {
		leading = 1.8
	}
	pitch := layout.Length(float64(size) * leading)
	w := layout.MM(b.W)
	var lines []layout.Line
	var starts []int // each paragraph's first line
	for _, p := range paras {
		ls, err := setter.Lines(layout.Paragraph{Text: p, Style: s.style(b, size), Align: layout.Justify,
			FirstIndent: layout.Length(float64(size) * b.Indent), Source: source}, w)
		if err != nil {
			return err
		}
		starts = append(starts, len(lines))
		lines = append(lines, ls...)
	}
	if layout.Length(len(lines))*pitch > layout.MM(b.H)+pitch/2 {
		return fmt.Errorf("证书正文有 %d 行，超出了版式中正文框的高度；请缩短措辞或调整版式", len(lines))
	}
	y := layout.MM(b.Y) + size*88/100
	var para *layout.Node
	for i, l := range lines {
		for len(starts) > 0 && starts[0] == i {
			para, starts = root.Add(layout.StructP, ""), starts[1:]
		}
		page.Items = append(page.Items, para.Mark(l.Place(layout.MM(b.X)+dx, y+dy))...)
		y += pitch
	}
	return nil
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
