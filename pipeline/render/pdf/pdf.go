// Package pdf draws a finished layout.Document with gopdf. It never measures
// or breaks text: every glyph is placed where the layout put it. Fonts are
// parsed once into a shared Fonts value and reused by every document, which
// may be rendered concurrently.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"

	"github.com/signintech/gopdf"

	"pingyou/pipeline/layout"
)

// Fonts holds parsed fonts shared by all documents of a batch.
type Fonts struct {
	container *gopdf.FontContainer
	mu        sync.Mutex
	loaded    map[string]bool
	data      func(face string) ([]byte, error)
}

// NewFonts returns a font cache that loads a face's TrueType bytes through
// data the first time a document uses it.
func NewFonts(data func(face string) ([]byte, error)) *Fonts {
	return &Fonts{container: &gopdf.FontContainer{}, loaded: map[string]bool{}, data: data}
}

func (f *Fonts) ensure(face string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.loaded[face] {
		return nil
	}
	b, err := f.data(face)
	if err != nil {
		return err
	}
	if err := f.container.AddTTFFontData(face, b); err != nil {
		return fmt.Errorf("字体 %s 无法用于 PDF：%w", face, err)
	}
	f.loaded[face] = true
	return nil
}

// Options are the per-document settings that are not geometry.
type Options struct {
	// Images maps layout.Image keys to PNG or JPEG bytes.
	Images map[string][]byte
	// Created is written as the document's creation date; it comes from the
	// config, never the clock, so output is reproducible. Zero omits it.
	Created time.Time
	// Creator names the program.
	Creator string
	// Subject and Keywords are used when the document's Meta leaves them
	// empty (config-wide values, e.g. 密级 and 保管期限 in the keywords).
	Subject, Keywords string
	// PDFA makes the file PDF/A-2: an XMP packet that mirrors the Info
	// dictionary with pdfaid part 2, conformance A (and PDF/UA-1) for a
	// document with a structure (tagged.go), U otherwise, and an sRGB output
	// intent. Fonts are always embedded and the file always has an /ID.
	PDFA bool
}

// Render writes doc as PDF to w.
func Render(w io.Writer, doc *layout.Document, fonts *Fonts, opt Options) error {
	if len(doc.Pages) == 0 {
		return fmt.Errorf("文档没有页面")
	}
	gp := &gopdf.GoPdf{}
	first := doc.Pages[0]
	// No CIDSet: PDF/A-2 does not require it (PDF/A-1 does); three objects
	// fewer per certificate.
	gp.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: first.Width.Points(), H: first.Height.Points()}, NoCIDSet: true,
		ObjectStreams: true}) // dictionaries compressed: a certificate 2.3 KB smaller
	in := info{Title: doc.Meta.Title, Author: doc.Meta.Author, Subject: orElse(doc.Meta.Subject, opt.Subject),
		Keywords: orElse(doc.Meta.Keywords, opt.Keywords), Number: doc.Meta.Number,
		Creator: opt.Creator, Producer: opt.Creator, Created: opt.Created}
	in.clean()
	gp.SetInfo(gopdf.PdfInfo{
		Title:        in.Title,
		Author:       in.Author,
		Subject:      in.Subject,
		Keywords:     in.Keywords,
		Creator:      in.Creator,
		Producer:     in.Producer,
		CreationDate: in.Created,
	})
	tags := newTagger(gp, doc) // tagged.go
	if opt.PDFA {
		gp.SetXMPMetadata(xmp(in, tags != nil))
		gp.SetOutputIntent(sRGB, 3, OutputCondition, OutputCondition)
	}
	for _, f := range faces(doc) {
		if err := fonts.ensure(f.face); err != nil {
			return err
		}
		var err error
		if f.apart {
			err = gp.AddTTFFontFromFontContainerAs(f.key(), f.face, fonts.container)
		} else {
			err = gp.AddTTFFontFromFontContainer(f.face, fonts.container)
		}
		if err != nil {
			return fmt.Errorf("字体 %s：%w", f.face, err)
		}
	}
	for i := range doc.Pages {
		p := &doc.Pages[i]
		gp.AddPageWithOption(gopdf.PageOption{PageSize: &gopdf.Rect{W: p.Width.Points(), H: p.Height.Points()}})
		if err := drawPage(gp, p, opt, tags); err != nil {
			return fmt.Errorf("第%d页：%w", i+1, err)
		}
	}
	var buf bytes.Buffer
	if err := gp.Write(&buf); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// subset is one embedded font subset: a face, or a face's runs set apart
// (layout.TextRun.Apart) in a subset of their own.
type subset struct {
	face  string
	apart bool
}

// key is the subset's family name in gopdf.
func (s subset) key() string {
	if s.apart {
		return s.face + "/apart"
	}
	return s.face
}

func runSubset(r *layout.TextRun) subset { return subset{face: r.Face, apart: r.Apart} }

// faces lists the subsets a document uses, sorted, so only those are
// embedded and in a stable order.
func faces(doc *layout.Document) []subset {
	set := map[subset]bool{}
	for _, p := range doc.Pages {
		for _, it := range p.Items {
			if r, ok := it.(*layout.TextRun); ok && len(r.Glyphs) > 0 {
				set[runSubset(r)] = true
			}
		}
	}
	out := make([]subset, 0, len(set))
	for f := range set {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key() < out[j].key() })
	return out
}

func drawPage(gp *gopdf.GoPdf, p *layout.Page, opt Options, tags *tagger) error {
	spans := tags.keep(p, textSpans(p))
	defer tags.end()
	for idx, it := range p.Items {
		tags.item(it) // marked content: the item's structure node, or an artifact
		switch v := it.(type) {
		case *layout.TextRun:
			sp, marked := spans[idx]
			if marked && sp.first {
				gp.BeginActualText(sp.text)
			}
			if err := drawRun(gp, v); err != nil {
				return err
			}
			if marked && sp.last {
				gp.EndMarked()
			}
		case *layout.Rule:
			gp.SetStrokeColor(v.Color.R, v.Color.G, v.Color.B)
			gp.SetLineWidth(v.Width.Points())
			gp.Line(v.X1.Points(), v.Y1.Points(), v.X2.Points(), v.Y2.Points())
		case *layout.Box:
			style := "D"
			if v.Fill {
				style = "F"
				gp.SetFillColor(v.Color.R, v.Color.G, v.Color.B)
			} else {
				gp.SetStrokeColor(v.Color.R, v.Color.G, v.Color.B)
				gp.SetLineWidth(v.Stroke.Points())
			}
			gp.RectFromUpperLeftWithStyle(v.X.Points(), v.Y.Points(), v.W.Points(), v.H.Points(), style)
		case *layout.Image:
			b, ok := opt.Images[v.Key]
			if !ok {
				return fmt.Errorf("缺少图片 %s", v.Key)
			}
			h, err := gopdf.ImageHolderByBytes(b)
			if err != nil {
				return fmt.Errorf("图片 %s 无法读取：%w", v.Key, err)
			}
			if err := gp.ImageByHolder(h, v.X.Points(), v.Y.Points(), &gopdf.Rect{W: v.W.Points(), H: v.H.Points()}); err != nil {
				return fmt.Errorf("图片 %s：%w", v.Key, err)
			}
		}
	}
	return nil
}

// span marks a run's place in a continuous stretch of text.
type span struct {
	first, last bool
	text        string // the whole stretch, on its first run
}

// textSpans finds stretches of continuous text: consecutive runs on one
// baseline less than half an em apart or Joined (a fallback face inside a
// line or a spread name). A
// stretch whose glyphs are not simply side by side (grid, justification, a
// spread name) is marked so extraction gives back its text without the
// spaces a reader would infer from the gaps; other runs are left plain.
func textSpans(p *layout.Page) map[int]span {
	out := map[int]span{}
	var cur []int
	flush := func() {
		if len(cur) == 0 {
			return
		}
		gappy, text := false, ""
		var prevEnd layout.Length
		for k, idx := range cur {
			r := p.Items[idx].(*layout.TextRun)
			text += r.Text()
			for i, g := range r.Glyphs {
				if (k > 0 || i > 0) && abs(g.X-prevEnd) > r.Size/20 {
					gappy = true
				}
				prevEnd = g.X + g.Advance
			}
		}
		if gappy {
			for k, idx := range cur {
				sp := span{first: k == 0, last: k == len(cur)-1}
				if sp.first {
					sp.text = text
				}
				out[idx] = sp
			}
		}
		cur = cur[:0]
	}
	var prev *layout.TextRun
	for i, it := range p.Items {
		r, ok := it.(*layout.TextRun)
		if !ok || len(r.Glyphs) == 0 {
			continue
		}
		if prev != nil {
			last := prev.Glyphs[len(prev.Glyphs)-1]
			gap := r.Glyphs[0].X - (last.X + last.Advance)
			near := r.Joined || gap >= -prev.Size/2 && gap < prev.Size/2
			if prev.Y != r.Y || !near || cur[len(cur)-1] != i-1 {
				flush()
			}
		}
		cur = append(cur, i)
		prev = r
	}
	flush()
	return out
}

func abs(l layout.Length) layout.Length {
	if l < 0 {
		return -l
	}
	return l
}

// drawRun places the run's glyphs. Glyphs evenly spaced after their
// natural advance share one text object, the spacing set as character
// spacing (Tc): a notice's lines sit on the 28-per-line grid, 0.207 pt
// tighter than the font's advance, and one text object per character made
// the content stream 2–3 times longer. Each glyph lands within tcTolerance of
// where the layout put it (the stream writes positions to 0.01 pt). Only
// small spacings (under a quarter em) are set this way.
func drawRun(gp *gopdf.GoPdf, r *layout.TextRun) error {
	if err := gp.SetFont(runSubset(r).key(), "", r.Size.Points()); err != nil {
		return fmt.Errorf("字体 %s：%w", r.Face, err)
	}
	gp.SetTextColor(r.Color.R, r.Color.G, r.Color.B)
	var tc layout.Length // character spacing in force
	first := true
	for i := 0; i < len(r.Glyphs); {
		g := r.Glyphs
		j := i + 1
		spacing := tc
		if j < len(g) {
			spacing = g[j].X - g[i].X - g[i].Advance
			if abs(spacing) > r.Size/4 {
				// A wide gap (a name spread over three cells) stays two
				// text objects: text selection would otherwise stretch the
				// last glyph over the gap.
				spacing = tc
			}
		}
		at := g[i].X + g[i].Advance + spacing // where the PDF puts glyph j
		for j < len(g) && abs(g[j].X-at) <= tcTolerance {
			at += g[j].Advance + spacing
			j++
		}
		text := g[i].Text
		if j > i+1 {
			n := 0
			for _, gl := range g[i:j] {
				n += len(gl.Text)
			}
			b := make([]byte, 0, n)
			for _, gl := range g[i:j] {
				b = append(b, gl.Text...)
			}
			text = string(b)
		}
		if j == i+1 {
			spacing = tc // one glyph: the spacing does not matter
		}
		if spacing != tc || first {
			gp.SetCharSpacing(spacing.Points())
			tc, first = spacing, false
		}
		gp.SetXY(g[i].X.Points(), r.Y.Points())
		if err := gp.Text(text); err != nil {
			return fmt.Errorf("文字“%s”：%w", text, err)
		}
		i = j
	}
	return nil
}

// tcTolerance is how far (1/1000 pt) a glyph may land from its layout
// position when it joins a text object with character spacing: grid
// positions are rounded to 1/1000 pt, so the spacing between neighbours
// alternates by one unit.
const tcTolerance = 2
