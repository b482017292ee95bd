// Package docx writes a gongwen.Notice as a WordprocessingML document (.docx)
// that keeps the GB/T 9704-2012 layout when opened and edited in Word or
// LibreOffice: the PDF stays the record, the DOCX is the working copy.
//
// It reads the same semantic model as the PDF layout (gongwen.Notice) and
// emits the same text paragraph by paragraph; geometry is expressed the way
// a word processor keeps it while staff edit: a document grid of 22 lines ×
// 28 characters, paragraph indents in 字, paragraph borders for the red
// separator and the 版记 rules, PAGE fields in odd/even footers.
//
// Choices (see also the README comment in Write):
//   - Two-character names in a 名单 keep their text (张三, never 张　三): the
//     first character gets extra character spacing of 1 字 (w:spacing), so
//     the name occupies 3 字 like in the PDF and search/copy still find 张三.
//     w:fitText would do the same in Word but LibreOffice ignores it.
//   - 名单 are borderless tables with the PDF's columns (6 字 each, the last
//     one 4 字); a long name spans columns (w:gridSpan) as in the PDF.
//   - The 版记 is a frame anchored to the bottom of the type area
//     (w:framePr w:yAlign="bottom"), so it sits on the last line of the last
//     page however staff edit the text above. The PDF's rule "版记 on an even
//     page" (封四) depends on where the text ends, which only the word
//     processor knows; it is left to staff (insert a page break).
//   - 信函格式: the mark and the upper double line are a frame 30 mm from the
//     paper top, the lower double line a frame 20 mm above the paper bottom;
//     page 1 has an empty first-page footer (w:titlePg, footer3.xml).
//   - Word wraps the title itself; the PDF's 梯形 breaks are not forced.
//   - Seal images are not embedded (their space is kept with blank lines).
package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"pingyou/pipeline/layout/gongwen"
)

// Options are the DOCX choices that are not in the notice.
type Options struct {
	// Fonts maps a role (gongwen.RoleBody, RoleTitle, RoleHeading1,
	// RoleHeading2, RoleKai, RolePageNum) to an East Asian font name.
	Fonts map[string]string
	// Latin is the font for Latin letters and digits (w:ascii, w:hAnsi).
	Latin string
	// Red is the RGB hex colour of the mark and the red lines.
	Red string
}

// DefaultOptions returns the font names Chinese government templates use.
func DefaultOptions() Options {
	return Options{
		Fonts: map[string]string{
			gongwen.RoleBody:     "仿宋_GB2312",
			gongwen.RoleTitle:    "方正小标宋简体",
			gongwen.RoleHeading1: "黑体",
			gongwen.RoleHeading2: "楷体_GB2312",
			gongwen.RoleKai:      "楷体_GB2312",
			gongwen.RolePageNum:  "宋体",
		},
		Latin: "Times New Roman",
		Red:   "FF0000",
	}
}

// altNames are the fonts that usually stand in for the _GB2312 faces; they
// go to fontTable.xml as w:altName so Word and LibreOffice substitute well.
var altNames = map[string]string{
	"仿宋_GB2312": "仿宋",
	"楷体_GB2312": "楷体",
	"方正小标宋简体":   "宋体",
}

// Geometry in twips (1/20 pt) and derived grid values.
const (
	pageW, pageH = 11906, 16838 // A4 210 × 297 mm
	marginTop    = 2098         // 37 mm
	marginBottom = 1984         // 35 mm
	marginLeft   = 1587         // 28 mm
	marginRight  = 1474         // 26 mm
	typeW        = pageW - marginLeft - marginRight
	typeH        = pageH - marginTop - marginBottom
	// linePitch is 225 mm / 22 rounded down, so that 22 lines fit (580 × 22
	// would exceed the 12756-twip type area and leave 21 lines).
	linePitch = typeH / 22 // 579
	bodySz    = 32         // half-points: 3号 16 pt
	titleSz   = 44         // 2号 22 pt
	smallSz   = 28         // 4号 14 pt
	// footerDist puts the page number's top 7 mm below the type area
	// (bottom of a 14 pt line ≈ 274 mm from the paper top).
	footerDist = 1310
)

// charSpace is the OOXML w:docGrid w:charSpace: the character pitch is the
// default font size plus charSpace/4096 pt. 28 characters must fit the
// 156 mm type width: pitch = typeW/28 twips; rounded down so that Word's
// floor(width/pitch) gives 28, not 27.
func charSpace() int {
	pitch := float64(typeW) / 20 / 28 // pt
	return int(math.Floor((pitch - bodySz/2) * 4096))
}

// char is 1 字 in twips (the grid character pitch, rounded).
const char = typeW / 28 // 315

func mmTw(mm float64) int { return int(math.Round(mm / 25.4 * 1440)) }

// eighths converts a rule thickness in mm to w:sz eighths of a point.
func eighths(mm float64) int { return int(math.Round(mm / 25.4 * 72 * 8)) }

// Write writes n as a .docx to w. The output is a function of n and opt:
// zip entries in a fixed order, all dated with the notice date.
func Write(w io.Writer, n *gongwen.Notice, opt Options) error {
	if n == nil {
		return fmt.Errorf("docx: nil notice")
	}
	d := DefaultOptions()
	if opt.Fonts == nil {
		opt.Fonts = map[string]string{}
	}
	for k, v := range d.Fonts {
		if opt.Fonts[k] == "" {
			opt.Fonts[k] = v
		}
	}
	if opt.Latin == "" {
		opt.Latin = d.Latin
	}
	if opt.Red == "" {
		opt.Red = d.Red
	}
	b := &builder{n: n, opt: opt, letter: n.Form == gongwen.LetterForm}
	b.document()

	date := n.Date
	if date.IsZero() {
		date = n.PrintDate
	}
	mod := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	if !date.IsZero() && date.Year >= 1980 {
		day := date.Day
		if day == 0 {
			day = 1
		}
		mod = time.Date(date.Year, time.Month(date.Month), day, 0, 0, 0, 0, time.UTC)
	}

	parts := []struct{ name, body string }{
		{"[Content_Types].xml", b.contentTypes()},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", b.core(mod)},
		{"docProps/app.xml", appXML},
		{"word/document.xml", b.doc.String()},
		{"word/styles.xml", b.styles()},
		{"word/settings.xml", settings(b.letter)},
		{"word/fontTable.xml", b.fontTable()},
		{"word/footer1.xml", b.footer(false)},
		{"word/footer2.xml", b.footer(true)},
	}
	if b.letter {
		parts = append(parts, struct{ name, body string }{"word/footer3.xml", emptyFooter})
	}
	parts = append(parts, struct{ name, body string }{"word/_rels/document.xml.rels", b.docRels()})

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// esc escapes text for element content and attribute values.
func esc(s string) string {
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(s))
	return sb.String()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const (
	nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

type builder struct {
	n      *gongwen.Notice
	opt    Options
	letter bool
	doc    strings.Builder
}

func (b *builder) font(role string) string { return b.opt.Fonts[role] }

// rPr returns run properties for a role, size (half-points) and colour.
func (b *builder) rPr(role string, sz int, color string, extra string) string {
	var sb strings.Builder
	sb.WriteString("<w:rPr>")
	f := esc(b.font(role))
	l := esc(b.opt.Latin)
	fmt.Fprintf(&sb, `<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`, l, l, f, f)
	sb.WriteString(extra)
	if color != "" {
		fmt.Fprintf(&sb, `<w:color w:val="%s"/>`, esc(color))
	}
	if sz != 0 {
		fmt.Fprintf(&sb, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, sz, sz)
	}
	sb.WriteString("</w:rPr>")
	return sb.String()
}

// run is one w:r with text (tabs become w:tab).
func (b *builder) run(role string, sz int, color, extra, text string) string {
	var sb strings.Builder
	sb.WriteString("<w:r>")
	sb.WriteString(b.rPr(role, sz, color, extra))
	for i, part := range strings.Split(text, "\t") {
		if i > 0 {
			sb.WriteString("<w:tab/>")
		}
		if part != "" {
			fmt.Fprintf(&sb, `<w:t xml:space="preserve">%s</w:t>`, esc(part))
		}
	}
	sb.WriteString("</w:r>")
	return sb.String()
}

// para writes a paragraph with the given pPr content (without the wrapper)
// and runs.
func (b *builder) para(pPr string, runs ...string) {
	b.doc.WriteString("<w:p>")
	if pPr != "" {
		b.doc.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	for _, r := range runs {
		b.doc.WriteString(r)
	}
	b.doc.WriteString("</w:p>")
}

func (b *builder) blank() { b.para("") }

func jc(v string) string { return `<w:jc w:val="` + v + `"/>` }

// ind is an indentation in twips; first < 0 is a hanging indent.
func ind(left, right, first int) string {
	s := fmt.Sprintf(`<w:ind w:left="%d" w:right="%d"`, left, right)
	switch {
	case first > 0:
		s += fmt.Sprintf(` w:firstLine="%d"`, first)
	case first < 0:
		s += fmt.Sprintf(` w:hanging="%d"`, -first)
	}
	return s + "/>"
}

// width estimates a text's width in half 字: CJK and full-width forms are 2,
// Latin letters, digits and · are 1 (the PDF's fonts set them so).
func width(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r >= 0x2E80, r == 0x2014, r == 0x2026, r == 0x201C, r == 0x201D, r == 0x2018, r == 0x2019:
			w += 2
		default:
			w++
		}
	}
	return w
}

// halfChars converts a width in half 字 to twips.
func halfChars(h int) int { return h * char / 2 }

func (b *builder) document() {
	n := b.n
	b.doc.WriteString(xmlHeader + `<w:document ` + nsW + ` ` + nsR + `><w:body>`)
	b.head()
	b.mainText()
	b.signature()
	if n.Note != "" {
		b.para(ind(0, 0, 2*char), b.run(gongwen.RoleBody, 0, "", "", "（"+n.Note+"）"))
	}
	b.attachmentPages()
	b.colophon()
	b.doc.WriteString(`</w:body></w:document>`)
}

// sectPr returns the section properties; evenStart starts the section on
// an even page.
func (b *builder) sectPr(start string) string {
	var sb strings.Builder
	sb.WriteString("<w:sectPr>")
	sb.WriteString(`<w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>`)
	if b.letter {
		sb.WriteString(`<w:footerReference w:type="first" r:id="rId6"/>`)
	}
	if start != "" {
		fmt.Fprintf(&sb, `<w:type w:val="%s"/>`, start)
	}
	fmt.Fprintf(&sb, `<w:pgSz w:w="%d" w:h="%d"/>`, pageW, pageH)
	fmt.Fprintf(&sb, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="%d" w:gutter="0"/>`,
		marginTop, marginRight, marginBottom, marginLeft, footerDist)
	sb.WriteString(`<w:pgNumType w:fmt="decimal"/>`)
	if b.letter {
		sb.WriteString(`<w:titlePg/>`)
	}
	fmt.Fprintf(&sb, `<w:docGrid w:type="linesAndChars" w:linePitch="%d" w:charSpace="%d"/>`, linePitch, charSpace())
	sb.WriteString("</w:sectPr>")
	return sb.String()
}

// head writes 份号, 密级, 紧急程度, the mark, 发文字号 (with 签发人) and the
// red separator (文件格式) or the double lines (信函格式).
func (b *builder) head() {
	n, o := b.n, b.opt
	red := o.Red
	markText := strings.Join(n.Issuers, "")
	markLen := len([]rune(markText + n.MarkSuffix))
	if len(n.Issuers) > 1 {
		markLen = 0
		for _, is := range n.Issuers {
			markLen = max(markLen, len([]rune(is)))
		}
		markLen += len([]rune(n.MarkSuffix))
	}
	// Mark size: at most 36 pt, never wider than the type area.
	markSz := 72
	if markLen > 0 {
		if fit := int(float64(typeW) / 20 / float64(markLen) * 2); fit < markSz {
			markSz = fit
		}
	}
	markLine := markSz * 12 // exact line: 1.2 × size, in twips (sz is half-points → ×10 ×1.2)
	markRuns := func() []string {
		var rs []string
		for i, is := range n.Issuers {
			if i > 0 {
				rs = append(rs, `<w:r><w:br/></w:r>`)
			}
			rs = append(rs, b.run(gongwen.RoleTitle, markSz, red, "", is))
		}
		if n.MarkSuffix != "" {
			rs = append(rs, b.run(gongwen.RoleTitle, markSz, red, "", n.MarkSuffix))
		}
		return rs
	}

	if b.letter {
		// Mark 30 mm from the paper top, centred over a 170 mm thick-over-thin
		// double line 4 mm below it.
		frame := fmt.Sprintf(`<w:framePr w:w="%d" w:hSpace="0" w:wrap="notBeside" w:vAnchor="page" w:hAnchor="page" w:xAlign="center" w:y="%d"/>`,
			mmTw(170), mmTw(30)-markSz) // exact line: the glyph top sits ≈ 0.1 em below the line top
		bdr := fmt.Sprintf(`<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>`, 24, 11, red)
		b.para(frame+bdr+`<w:snapToGrid w:val="0"/>`+fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="exact"/>`, markLine)+jc("center"), markRuns()...)
		// Lower double line: thin over thick, 20 mm above the paper bottom.
		frame2 := fmt.Sprintf(`<w:framePr w:w="%d" w:h="%d" w:hRule="exact" w:hSpace="0" w:wrap="notBeside" w:vAnchor="page" w:hAnchor="page" w:xAlign="center" w:y="%d"/>`,
			mmTw(170), mmTw(3), pageH-mmTw(20)-mmTw(3))
		b.para(frame2+fmt.Sprintf(`<w:pBdr><w:bottom w:val="thinThickSmallGap" w:sz="24" w:space="0" w:color="%s"/></w:pBdr>`, red)+
			`<w:snapToGrid w:val="0"/><w:spacing w:line="20" w:lineRule="exact"/>`, "")
		// 份号 left and 发文字号 right on the first line, then 密级, 紧急程度.
		first := n.CopyNo
		tabs := fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, typeW)
		if n.Number != "" {
			first += "\t" + n.Number
		}
		if first != "" {
			b.para(tabs, b.run(gongwen.RoleBody, 0, "", "", first))
		}
		if n.Secrecy != "" {
			b.para("", b.run(gongwen.RoleHeading1, 0, "", "", n.Secrecy))
		}
		if n.Urgency != "" {
			b.para("", b.run(gongwen.RoleHeading1, 0, "", "", n.Urgency))
		}
		b.blank()
		b.title(n.Title)
		return
	}

	lines := 0
	if n.CopyNo != "" {
		b.para("", b.run(gongwen.RoleBody, 0, "", "", n.CopyNo))
		lines++
	}
	if n.Secrecy != "" {
		b.para("", b.run(gongwen.RoleHeading1, 0, "", "", n.Secrecy))
		lines++
	}
	if n.Urgency != "" {
		b.para("", b.run(gongwen.RoleHeading1, 0, "", "", n.Urgency))
		lines++
	}
	if len(n.Issuers) > 0 {
		// Mark top 35 mm below the type-area top.
		before := max(mmTw(35)-lines*linePitch-markSz, 0)
		b.para(fmt.Sprintf(`<w:snapToGrid w:val="0"/><w:spacing w:before="%d" w:line="%d" w:lineRule="exact"/>`, before, markLine)+jc("center"), markRuns()...)
		b.blank()
	}
	sep := ""
	if !n.Star {
		sep = fmt.Sprintf(`<w:pBdr><w:bottom w:val="single" w:sz="%d" w:space="11" w:color="%s"/></w:pBdr>`, eighths(0.5), red)
	}
	if n.Number != "" || len(n.Signers) > 0 {
		if len(n.Signers) > 0 {
			// Upward document: number indented 1 字, 签发人 right-indented 1 字.
			tabs := fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, typeW-2*char)
			b.para(sep+tabs+ind(char, char, 0),
				b.run(gongwen.RoleBody, 0, "", "", n.Number+"\t签发人："),
				b.run(gongwen.RoleKai, 0, "", "", strings.Join(n.Signers, "　")))
		} else {
			b.para(sep+jc("center"), b.run(gongwen.RoleBody, 0, "", "", n.Number))
		}
	}
	if n.Star {
		// Red line broken around the ★: underlined tabs either side.
		half := typeW/2 - char/2 - mmTw(1)
		tabs := fmt.Sprintf(`<w:tabs><w:tab w:val="left" w:pos="%d"/><w:tab w:val="right" w:pos="%d"/></w:tabs>`, half, typeW)
		line := fmt.Sprintf(`<w:u w:val="thick" w:color="%s"/>`, red)
		b.para(tabs+`<w:snapToGrid w:val="0"/><w:spacing w:before="120" w:line="400" w:lineRule="exact"/>`,
			b.run(gongwen.RoleTitle, bodySz, red, line, "\t"),
			b.run(gongwen.RoleTitle, bodySz, red, `<w:position w:val="-4"/>`, "★"),
			b.run(gongwen.RoleTitle, bodySz, red, line, "\t"))
	}
	b.blank()
	b.title(n.Title)
}

// title writes the 标题 centred in 2号 and the blank line under it.
func (b *builder) title(t string) {
	if t == "" {
		return
	}
	b.para(fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="exact"/>`, linePitch)+jc("center"),
		b.run(gongwen.RoleTitle, titleSz, "", "", t))
	b.blank()
}

// mainText writes 主送机关, the body and the 附件说明.
func (b *builder) mainText() {
	n := b.n
	if n.Recipients != "" {
		b.para("", b.run(gongwen.RoleBody, 0, "", "", n.Recipients))
	}
	b.blocks(n.Body)
	if len(n.Attachments) == 0 {
		return
	}
	b.blank()
	label := width("附件：")
	for i, a := range n.Attachments {
		num := ""
		if len(n.Attachments) > 1 {
			num = fmt.Sprintf("%d.", i+1)
		}
		sep := ""
		if num != "" && a.Name != "" && a.Name[0] >= '0' && a.Name[0] <= '9' {
			sep = " "
		}
		hang := width(num + sep)
		left := 4 + label + hang // 2 字 indent = 4 half 字
		text := num + sep + a.Name
		first := -halfChars(hang)
		if i == 0 {
			text = "附件：" + text
			first = -halfChars(hang + label)
		}
		b.para(ind(halfChars(left), 0, first), b.run(gongwen.RoleBody, 0, "", "", text))
	}
}

// blocks writes body or attachment blocks.
func (b *builder) blocks(blocks []gongwen.Block) {
	for _, blk := range blocks {
		switch blk.Kind {
		case gongwen.NameList:
			b.nameList(blk)
		case gongwen.Heading1:
			b.para(`<w:pStyle w:val="Heading1"/><w:keepNext/>`+ind(0, 0, 2*char), b.run(gongwen.RoleHeading1, 0, "", "", blk.Text)+b.runIn(blk))
		case gongwen.Heading2:
			b.para(`<w:pStyle w:val="Heading2"/>`+ind(0, 0, 2*char), b.run(gongwen.RoleHeading2, 0, "", "", blk.Text)+b.runIn(blk))
		default:
			b.para(ind(0, 0, 2*char), b.run(gongwen.RoleBody, 0, "", "", blk.Text)+b.runIn(blk))
		}
	}
}

func (b *builder) runIn(blk gongwen.Block) string {
	if blk.RunIn == "" {
		return ""
	}
	return b.run(gongwen.RoleBody, 0, "", "", blk.RunIn)
}

// nameList writes a 名单: group headings in 黑体, names in a borderless
// table on the PDF's columns (6 字 each, the last 4 字).
func (b *builder) nameList(blk gongwen.Block) {
	cols := blk.Columns
	if cols <= 0 {
		cols = 5
	}
	colChars := 28
	if cols > 1 {
		colChars = (28 - 3) / (cols - 1)
	}
	widths := make([]int, cols)
	for i := range widths {
		widths[i] = colChars * char
		if i == cols-1 {
			widths[i] = typeW - (cols-1)*colChars*char
		}
	}
	for _, g := range blk.Groups {
		if g.Heading != "" {
			b.para(`<w:keepNext/>`, b.run(gongwen.RoleHeading1, 0, "", "", g.Heading))
		}
		if len(g.Names) == 0 {
			continue
		}
		type cell struct {
			name string
			span int
		}
		var rows [][]cell
		var row []cell
		col := 0
		for _, name := range g.Names {
			w := width(name)
			if len([]rune(name)) == 2 && w == 4 {
				w = 6
			}
			span := 1
			for span*colChars*2 < w+2 && span < cols {
				span++
			}
			if col+span > cols {
				rows, row, col = append(rows, row), nil, 0
			}
			row = append(row, cell{name, span})
			col += span
		}
		rows = append(rows, row)

		b.doc.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + fmt.Sprint(typeW) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/>`)
		b.doc.WriteString(`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`)
		b.doc.WriteString(`<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>`)
		for _, w := range widths {
			fmt.Fprintf(&b.doc, `<w:gridCol w:w="%d"/>`, w)
		}
		b.doc.WriteString(`</w:tblGrid>`)
		for _, r := range rows {
			b.doc.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
			c := 0
			for _, cl := range r {
				w := 0
				for k := c; k < c+cl.span; k++ {
					w += widths[k]
				}
				b.doc.WriteString(`<w:tc><w:tcPr>` + fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, w))
				if cl.span > 1 {
					fmt.Fprintf(&b.doc, `<w:gridSpan w:val="%d"/>`, cl.span)
				}
				b.doc.WriteString(`</w:tcPr>`)
				// Off the character grid: the table's columns place the
				// names, and LibreOffice would otherwise widen each glyph to
				// grid cells and wrap 欧阳明明 inside its cell.
				b.para(fmt.Sprintf(`<w:snapToGrid w:val="0"/><w:spacing w:line="%d" w:lineRule="exact"/>`, linePitch), b.nameRuns(cl.name)...)
				b.doc.WriteString(`</w:tc>`)
				c += cl.span
			}
			if c < cols {
				w := 0
				for k := c; k < cols; k++ {
					w += widths[k]
				}
				b.doc.WriteString(`<w:tc><w:tcPr>` + fmt.Sprintf(`<w:tcW w:w="%d" w:type="dxa"/>`, w))
				if cols-c > 1 {
					fmt.Fprintf(&b.doc, `<w:gridSpan w:val="%d"/>`, cols-c)
				}
				b.doc.WriteString(`</w:tcPr><w:p/></w:tc>`)
			}
			b.doc.WriteString(`</w:tr>`)
		}
		b.doc.WriteString(`</w:tbl>`)
	}
}

// nameRuns keeps a two-character name's text and spaces it to 3 字: the
// first character carries 1 字 of extra character spacing.
func (b *builder) nameRuns(name string) []string {
	rs := []rune(name)
	if len(rs) == 2 && width(name) == 4 {
		return []string{
			b.run(gongwen.RoleBody, 0, "", fmt.Sprintf(`<w:spacing w:val="%d"/>`, char), string(rs[0])),
			b.run(gongwen.RoleBody, 0, "", "", string(rs[1])),
		}
	}
	return []string{b.run(gongwen.RoleBody, 0, "", "", name)}
}

// signature writes 发文机关署名 and 成文日期 (7.3.5).
func (b *builder) signature() {
	n := b.n
	if len(n.Organs) == 0 && n.Date.IsZero() {
		return
	}
	date := n.Date.String()
	dw := width(date)
	switch n.Seal {
	case gongwen.NoSeal:
		b.blank()
		ow := 0
		for _, o := range n.Organs {
			ow = max(ow, width(o))
		}
		// Positions in half 字 from the left edge of the type area.
		orgX := 56 - 4 - ow
		dateX := orgX + 4
		if dateX+dw > 56-4 {
			dateX = 56 - 4 - dw
			orgX = dateX - 4
		}
		for _, o := range n.Organs {
			b.para(ind(halfChars(orgX), 0, 0), b.run(gongwen.RoleBody, 0, "", "", o))
		}
		if date != "" {
			b.para(ind(halfChars(dateX), 0, 0), b.run(gongwen.RoleBody, 0, "", "", date))
		}
	default:
		// With seal: two blank lines for the seal, organs centred over the
		// date, the date right-indented 4 字.
		b.blank()
		b.blank()
		for _, o := range n.Organs {
			right := 8 + (dw-width(o))/2
			b.para(jc("right")+ind(0, halfChars(max(right, 0)), 0), b.run(gongwen.RoleBody, 0, "", "", o))
		}
		if date != "" {
			b.para(jc("right")+ind(0, 4*char, 0), b.run(gongwen.RoleBody, 0, "", "", date))
		}
	}
}

// attachmentPages writes each attachment with a body on new pages.
func (b *builder) attachmentPages() {
	n := b.n
	for i, a := range n.Attachments {
		if len(a.Body) == 0 {
			continue
		}
		label := "附件"
		if len(n.Attachments) > 1 {
			label += fmt.Sprint(i + 1)
		}
		b.para(`<w:pageBreakBefore/>`, b.run(gongwen.RoleHeading1, 0, "", "", label))
		b.blank()
		b.para(fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="exact"/>`, linePitch)+jc("center"), b.run(gongwen.RoleTitle, titleSz, "", "", a.Name))
		if a.Subtitle != "" {
			b.para(jc("center"), b.run(gongwen.RoleKai, 0, "", "", a.Subtitle))
		}
		b.blank()
		b.blocks(a.Body)
	}
}

// colophon writes the 版记 as a frame at the bottom of the type area of the
// page where the text ends. (The PDF moves it to a new even page when the
// text ends on an odd page; Word cannot know page parity when it is written,
// so staff insert a page break there if needed.)
func (b *builder) colophon() {
	n := b.n
	hasCC := len(n.CC) > 0
	hasPrint := !b.letter && (n.PrintOrgan != "" || !n.PrintDate.IsZero())
	if !hasCC && !hasPrint {
		b.doc.WriteString(b.sectPr(""))
		return
	}
	frame := fmt.Sprintf(`<w:framePr w:w="%d" w:hSpace="0" w:wrap="notBeside" w:vAnchor="margin" w:hAnchor="margin" w:x="0" w:yAlign="bottom"/>`, typeW)
	thick, thin := eighths(0.35), eighths(0.25)
	small := smallSz * 10 // 1 字 of 4号 in twips (14 pt = 280)
	bdr := func(top, bottom int) string {
		if b.letter {
			return "" // 信函格式: no rules (10.1)
		}
		s := "<w:pBdr>"
		if top > 0 {
			s += fmt.Sprintf(`<w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>`, top)
		}
		if bottom > 0 {
			s += fmt.Sprintf(`<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/>`, bottom)
		}
		return s + "</w:pBdr>"
	}
	common := frame + `<w:snapToGrid w:val="0"/><w:spacing w:line="` + fmt.Sprint(linePitch) + `" w:lineRule="exact"/>`
	if hasCC {
		label := "抄送："
		text := label + strings.Join(n.CC, "，") + "。"
		bottom := 0
		if !hasPrint {
			bottom = thick
		} else {
			bottom = thin
		}
		hang := width(label) * small / 2
		b.para(common+bdr(thick, bottom)+ind(small+hang, small, -hang), b.run(gongwen.RoleBody, smallSz, "", "", text))
	}
	if hasPrint {
		top := 0
		if !hasCC {
			top = thick
		}
		tabs := fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, typeW-2*small)
		text := n.PrintOrgan
		if !n.PrintDate.IsZero() {
			text += "\t" + n.PrintDate.String() + "印发"
		}
		b.para(common+bdr(top, thick)+tabs+ind(small, small, 0), b.run(gongwen.RoleBody, smallSz, "", "", text))
	}
	b.doc.WriteString(b.sectPr(""))
}
