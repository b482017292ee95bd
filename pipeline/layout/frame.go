// Package layout turns semantic documents into pages of positioned glyphs,
// rules and images: pure geometry, measured with font metrics but never
// touching a PDF library. Renderers draw exactly what it produced.
package layout

import "fmt"

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
