package gongwen

import (
	"fmt"
	"strings"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

// Layout sets n on A4 pages. Problems with the content (a number not in the
// standard's form, a mark that must be set below 22 pt, page-fill
// adjustments) are diagnostics; err is for text that cannot be set at all
// (a character no face has).
func Layout(n *document.Notice, s *layout.Setter, opt Options) (*layout.Document, model.Diagnostics, error) {
	doc, _, diags, err := LayoutBreaks(n, s, opt)
	return doc, diags, err
}

func (b *builder) layout() (*layout.Document, model.Diagnostics, error) {
	n, opt := b.n, b.opt
	b.char = opt.CharPitch()
	b.pitch = opt.LinePitch()
	b.top, b.left = opt.Top, opt.Left
	b.right, b.bottom = opt.Left+opt.TypeWidth, opt.Top+opt.TypeHeight
	if err := b.run(); err != nil {
		return nil, b.diags, err
	}
	doc := &layout.Document{Structure: b.root, Meta: layout.Meta{
		Title:  n.Title,
		Author: strings.Join(n.Organs, "、"),
		Number: n.Number,
		Date:   n.Date.String(),
	}}
	if n.Seal == document.SignatureSeal || len(n.Organs) == 0 {
		doc.Meta.Author = strings.Join(n.Issuers, "、")
	}
	for _, p := range b.pages {
		doc.Pages = append(doc.Pages, *p)
	}
	return doc, b.diags, nil
}

// builder holds the state of one Layout call.
type builder struct {
	n     *document.Notice
	s     *layout.Setter
	opt   Options
	diags model.Diagnostics
	pages []*layout.Page

	char, pitch              layout.Length // 1 字 and 1 行 of the grid
	top, left, right, bottom layout.Length // type area edges
	unnumbered               map[int]bool  // 0-based pages without a page number

	// root is the document's structure: nodes named after the 公文 elements
	// (layout.Node), added in reading order as the items are emitted.
	root      *layout.Node
	lastLevel int  // heading level of the last heading tagged (headingType)
	tail      Tail // how the signature's page was set (paginate)
}

func (b *builder) warn(problem, value, fix string) {
	b.diags = append(b.diags, model.Diagnostic{Severity: model.Warning, Problem: problem, Value: value, Fix: fix})
}

func (b *builder) fail(problem, value, fix string) {
	b.diags = append(b.diags, model.Diagnostic{Severity: model.Error, Problem: problem, Value: value, Fix: fix})
}

// page returns the 0-based page i, adding blank pages as needed.
func (b *builder) page(i int) *layout.Page {
	for len(b.pages) <= i {
		b.pages = append(b.pages, &layout.Page{Width: b.opt.PaperWidth, Height: b.opt.PaperHeight})
	}
	return b.pages[i]
}

func (b *builder) add(i int, items ...layout.Item) {
	p := b.page(i)
	p.Items = append(p.Items, items...)
}

// cellTop is the top of grid line i (0-based) at the normal pitch.
func (b *builder) cellTop(i int) layout.Length { return b.top + layout.Length(i)*b.pitch }

// cellAt is the first grid line whose top is at or below y.
func (b *builder) cellAt(y layout.Length) int {
	d := y - b.top
	if d <= 0 {
		return 0
	}
	return int((d + b.pitch - 1) / b.pitch)
}

// asc is the distance from the top of the em box to the baseline.
func (b *builder) asc(size layout.Length) layout.Length {
	return size * layout.Length(b.opt.Ascent) / 1000
}

func (b *builder) run() error {
	n := b.n
	if n.Number != "" {
		if !document.ValidNumber(n.Number) {
			if norm, changed := document.NormaliseNumber(n.Number); changed && document.ValidNumber(norm) {
				b.warn("发文字号的年份应使用六角括号〔〕，已改正", n.Number, "在模板或配置中改为 "+norm)
				n2 := *n
				n2.Number = norm
				b.n, n = &n2, &n2
			} else {
				b.fail("发文字号不符合 GB/T 9704-2012（机关代字〔年份〕序号号，不加“第”，序号不编虚位）", n.Number, "改为如 江师党发〔2012〕15号 的形式")
			}
		}
	}
	if n.Date.IsZero() {
		b.warn("缺少成文日期", "", "在配置中填写成文日期")
	}
	var first int
	var err error
	switch n.Form {
	case document.LetterForm:
		first, err = b.headLetter()
	case document.PlainForm:
		first, err = b.headPlain()
	default:
		first, err = b.headFile()
	}
	if err != nil {
		return err
	}
	rows, err := b.flowRows()
	if err != nil {
		return err
	}
	last, usedBottom := b.paginate(rows, first)
	if err := b.colophon(last, usedBottom); err != nil {
		return err
	}
	return b.pageNumbers()
}

// pageNumbers adds — N — under the type area: odd pages right, even pages
// left, each indented 1 字 of the page-number size, the 一字线 PageNumGap
// (7 mm) below the type area (GB/T 9704-2012 7.5).
func (b *builder) pageNumbers() error {
	size := b.opt.PageNumSize
	y := b.bottom + b.opt.PageNumGap + size*layout.Length(b.opt.PageNumDash)/1000
	for i := range b.pages {
		if b.unnumbered[i] || (i == 0 && b.n.Form == document.LetterForm) {
			continue
		}
		text := fmt.Sprintf("— %d —", i+1)
		ln, err := b.line(text, textStyle{role: RolePageNum, size: size})
		if err != nil {
			return err
		}
		x := b.left + size
		if (i+1)%2 == 1 {
			x = b.right - size - ln.Width
		}
		b.add(i, ln.Place(x, y)...)
	}
	return nil
}
