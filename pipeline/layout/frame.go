// Package layout turns semantic documents into pages of positioned glyphs,
// rules and images: pure geometry, measured with font metrics but never
// touching a PDF library. Renderers draw exactly what it produced.
package layout

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Length is a distance in thousandths of a point (1 pt = 1000). Integer
// geometry keeps goldens stable and avoids float drift; font advances at
// whole-point sizes are exact in this unit.
type Length int64

// Pt returns n points.
func Pt(n float64) Length { return Length(n*1000 + sign(n)*0.5) }

// MM returns n millimetres (1 mm = 72/25.4 pt), rounded to the unit.
func MM(n float64) Length { return Length(n*72000/25.4 + sign(n)*0.5) }

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// Points returns l in points.
func (l Length) Points() float64 { return float64(l) / 1000 }

// Millimetres returns l in millimetres.
func (l Length) Millimetres() float64 { return float64(l) * 25.4 / 72000 }

func (l Length) String() string { return fmt.Sprintf("%.3fpt", l.Points()) }

// Color is an sRGB colour.
type Color struct{ R, G, B uint8 }

var (
	Black = Color{0, 0, 0}
	Red   = Color{0xFF, 0, 0}
)

// Document is the finished layout of one output file.
type Document struct {
	Pages []Page
	Meta  Meta
	// Structure is the document's logical structure (see Node), or nil.
	Structure *Node
}

// Meta is the descriptive metadata a renderer writes into the file.
type Meta struct {
	Title    string
	Author   string // the issuing organ
	Subject  string
	Keywords string
	Number   string // 文件编号 / certificate number
	Date     string // as printed, e.g. 2012年6月28日
}

// MetaText makes a metadata string safe for every file format's metadata
// (PDF Info and XMP, OFD's DocInfo): invalid UTF-8 and characters XML 1.0
// cannot hold are dropped, other control characters (line breaks, tabs)
// become one space. PDF/A requires Info and XMP to agree, so both take
// this one value.
func MetaText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == 0xFFFE, r == 0xFFFF, r < 0x20 && !unicode.IsSpace(r), r == 0x7F:
			continue
		case unicode.IsSpace(r) && r != 0x3000:
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// Page is one sheet of paper; coordinates are from its top-left corner, y down.
type Page struct {
	Width, Height Length
	Items         []Item
}

// Item is one thing drawn on a page: *TextRun, *Rule, *Box or *Image.
type Item interface{ item() }

// TextRun is a run of glyphs in one face, size and colour on one baseline.
// Each glyph carries its own x, so the renderer never measures or spaces text.
// A run is continuous text: whatever the spacing between its glyphs (grid
// pitch, justification, a name spread to three cells), text extraction must
// give its glyphs back without inserted spaces. Runs that follow each other
// on one baseline with less than half an em between them join the same way
// (a fallback face inside a line); wider gaps separate words.
type TextRun struct {
	Face   string // font face key, as registered in the font set (fontkit)
	Size   Length // font size
	Color  Color
	Y      Length // baseline
	Glyphs []Glyph
	// Apart asks the renderer to embed the run's glyphs in a font subset of
	// their own, separate from the face's other text in the document. A
	// certificate sets it on the recipient line, the only text that changes
	// between the certificates of an award: the subset of the rest, and so
	// its compressed font program, then repeats across the batch and the PDF
	// renderer compresses it once instead of once per certificate.
	Apart bool
	// Joined says the run continues the text of the run before it in the
	// page's items (the same line or name, in another face: a character
	// the first face lacks): extraction must join them without a space,
	// however far apart they stand (a spread name 牛　犇 whose 犇 is a
	// fallback glyph).
	Joined bool
}

// Glyph is one character at an absolute x. Text is normally one rune; it is
// what text extraction must give back for this glyph.
type Glyph struct {
	Text    string
	X       Length // left edge of the glyph's advance box
	Advance Length // the advance the glyph was measured with (before any cell fitting)
}

// Rule is a straight line.
type Rule struct {
	X1, Y1, X2, Y2 Length
	Width          Length
	Color          Color
}

// Box is a rectangle outline or fill, used for borders and calibration grids.
type Box struct {
	X, Y, W, H Length
	Stroke     Length // outline width; 0 means no outline
	Color      Color
	Fill       bool
}

// Image places a picture (PNG or JPEG bytes, looked up by key in the render
// options) into a rectangle.
type Image struct {
	Key        string
	X, Y, W, H Length
}

func (*TextRun) item() {}
func (*Rule) item()    {}
func (*Box) item()     {}
func (*Image) item()   {}

// Text returns the run's text as extraction should give it back.
func (r *TextRun) Text() string {
	n := 0
	for _, g := range r.Glyphs {
		n += len(g.Text)
	}
	b := make([]byte, 0, n)
	for _, g := range r.Glyphs {
		b = append(b, g.Text...)
	}
	return string(b)
}

// Metrics reports glyph advances. fontkit's font set implements it for real
// fonts; tests use a fake (Han 1 em, Latin 1/2 em).
type Metrics interface {
	// Advance returns the advance width of r in face, in 1/1000 em, and
	// whether the face has a glyph for r at all.
	Advance(face string, r rune) (units int, ok bool)
}

// Node is an element of a document's logical structure: what a tagged PDF
// writes as its structure tree and an OFD as custom tags (标引). The tree
// holds the drawn items themselves (pointers), in reading order, so it
// survives any reordering of a page's items. A node holds either Kids or
// Items. Every item that carries content (text, the seal) belongs to exactly
// one node; items in no node are decoration or pagination (rules, borders,
// the ★ of the red line, page numbers), written as artifacts.
//
// The root has Type StructDocument. Layout code builds the tree with Add and
// Mark as it emits items; both do nothing on a nil node, so layout code that
// builds no structure needs no checks.
type Node struct {
	Type StructType
	// Name is the 公文 element this node is, in the element names of GB/T
	// 9704-2012 clause 7 (发文机关标志, 发文字号, 标题, 主送机关, 正文, 附件说明,
	// 发文机关署名, 成文日期, 印章, 抄送机关, 印发机关, 印发日期 …); empty for
	// nodes that are not one (a paragraph inside 正文, a certificate's lines).
	Name string
	// Alt is the alternate text of a figure: what a screen reader says for
	// the seal, and what an archive reads instead of the picture.
	Alt   string
	Kids  []*Node
	Items []Item
}

// StructType is a standard structure type of PDF 32000-1 (14.8.4); renderers
// of other formats map it as they need.
type StructType string

const (
	StructDocument StructType = "Document"
	StructSect     StructType = "Sect"
	StructDiv      StructType = "Div"
	StructP        StructType = "P"
	StructL        StructType = "L"  // list: kids are StructLI
	StructLI       StructType = "LI" // list item: kids StructLbl and/or StructLBody
	StructLbl      StructType = "Lbl"
	StructLBody    StructType = "LBody"
	StructFigure   StructType = "Figure" // needs Alt
)

// Heading is the structure type of a heading of level 1–6 (H1 … H6).
func Heading(level int) StructType {
	level = min(max(level, 1), 6)
	return StructType("H" + string(rune('0'+level)))
}

// NewStructure returns the root node of a document's structure.
func NewStructure() *Node { return &Node{Type: StructDocument} }

// Add appends a child of type t named name to n and returns it (nil for a
// nil n).
func (n *Node) Add(t StructType, name string) *Node {
	if n == nil {
		return nil
	}
	k := &Node{Type: t, Name: name}
	n.Kids = append(n.Kids, k)
	return k
}

// Mark records items as n's content, after what it holds, and returns them,
// so an emitter can write page.Items = append(page.Items, n.Mark(line.Place(x, y))...).
func (n *Node) Mark(items []Item) []Item {
	if n != nil {
		n.Items = append(n.Items, items...)
	}
	return items
}

// Owners maps every item in d's structure to the node holding it.
func (d *Document) Owners() map[Item]*Node {
	m := map[Item]*Node{}
	var walk func(n *Node)
	walk = func(n *Node) {
		for _, it := range n.Items {
			m[it] = n
		}
		for _, k := range n.Kids {
			walk(k)
		}
	}
	if d.Structure != nil {
		walk(d.Structure)
	}
	return m
}

// Append adds src's pages after d's; src's structure becomes a StructSect
// child of d's root (a certificate in a combined book).
func (d *Document) Append(src *Document) {
	d.Pages = append(d.Pages, src.Pages...)
	if src.Structure == nil {
		return
	}
	if d.Structure == nil {
		d.Structure = NewStructure()
	}
	s := *src.Structure
	s.Type = StructSect
	d.Structure.Kids = append(d.Structure.Kids, &s)
}

// Slice returns pages [from, to) of d, its structure pruned to the items on
// them (a volume of a combined book). The pages are shared, not copied.
func (d *Document) Slice(from, to int) *Document {
	out := &Document{Meta: d.Meta, Pages: d.Pages[from:to]}
	if d.Structure == nil {
		return out
	}
	on := map[Item]bool{}
	for _, p := range out.Pages {
		for _, it := range p.Items {
			on[it] = true
		}
	}
	var prune func(n *Node) *Node
	prune = func(n *Node) *Node {
		c := &Node{Type: n.Type, Name: n.Name, Alt: n.Alt}
		for _, it := range n.Items {
			if on[it] {
				c.Items = append(c.Items, it)
			}
		}
		for _, k := range n.Kids {
			if pk := prune(k); pk != nil {
				c.Kids = append(c.Kids, pk)
			}
		}
		if len(c.Items) == 0 && len(c.Kids) == 0 {
			return nil
		}
		return c
	}
	out.Structure = prune(d.Structure)
	if out.Structure == nil {
		out.Structure = NewStructure()
	}
	out.Structure.Type = d.Structure.Type
	return out
}
