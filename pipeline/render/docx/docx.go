// Package docx writes a document.Notice as a WordprocessingML document (.docx)
// that keeps the GB/T 9704-2012 layout when opened and edited in Word or
// LibreOffice: the PDF stays the record, the DOCX is the working copy.
//
// It reads the same semantic model as the PDF layout (document.Notice) and
// emits the same text paragraph by paragraph; geometry is expressed the way
// a word processor keeps it while staff edit: a document grid of 22 lines,
// 28 characters a line by a small condensed character spacing, paragraph
// indents in 字, paragraph borders for the red separator and the 版记 rules,
// PAGE fields in odd/even footers. Word, WPS and LibreOffice set it alike.
//
// Choices (see also the README comment in Write):
//   - Two-character names in a 名单 keep their text (张三, never 张　三): the
//     first character gets extra character spacing of 1 字 (w:spacing), so
//     the name occupies 3 字 like in the PDF and search/copy still find 张三.
//     w:fitText would do the same in Word but LibreOffice ignores it.
//   - 名单 are borderless tables with the PDF's columns (6 字 each, the last
//     one 4 字); a long name spans columns (w:gridSpan) as in the PDF.
//   - 28 字 a line: a grid of lines only (w:docGrid w:type="lines") and every
//     run condensed by tracking (w:spacing, −0.4 pt, trackFor), so 28
//     characters of 16 pt fit the 156 mm line and 28½ do not. A grid of
//     characters (linesAndChars with a negative w:charSpace) is what Word
//     templates use, but LibreOffice widens every glyph to the grid's
//     cells and sets about 18 字 a line. The red mark and the titles are
//     off the grid.
//   - Two adjacent marks (）。 ”（ ，“) take 1.5 字 as in the PDF: the first
//     is condensed by half its cell (layout.MarkKerns). Word and WPS set
//     it so; LibreOffice 7.4 cannot (see runs) and sets 2 字.
//   - The page with the signature is set as the PDF set it (Breaks.Tail,
//     7.3.5): the paragraphs with the last two lines of 正文, the 附件说明
//     and the signature are kept together (keepNext, widow control as the
//     PDF's split needs, bodyKeep), a tightened page's paragraphs get its
//     exact line pitch, a paragraph set 29 a line its character spacing.
//     Keeps rather than page breaks: the copy stays right when edited.
//     LibreOffice moves a kept paragraph whole where the PDF moved its
//     last lines.
//   - The 版记 is ordinary paragraphs with borders after the text (a frame
//     anchored to the page bottom loses its rules in LibreOffice). Where
//     the PDF put it — the same page below the text, or the next (even)
//     page — comes from the layout (Options.Breaks): page breaks before it
//     and space for the empty grid lines above it, so it ends on the last
//     line of the type area as long as the text above is not edited.
//   - 信函格式: the mark and the upper double line are a frame 30 mm from the
//     paper top, the lower double line a frame 20 mm above the paper bottom;
//     page 1 has an empty first-page footer (w:titlePg, footer3.xml).
//   - Titles break where the PDF's do (Options.Breaks: between words, 梯形
//     or 菱形), by line breaks (w:br) in one paragraph.
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

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
)

// Options are the DOCX choices that are not in the notice.
type Options struct {
	// Fonts maps a role (gongwen.RoleBody, RoleTitle, RoleHeading1,
	// RoleHeading2, RoleKai, RolePageNum) to an East Asian font name.
	Fonts map[string]string
	// Latin is the font for Latin letters and digits (w:ascii, w:hAnsi);
	// empty: the role's East Asian font, as in the PDF, whose digits are
	// half-width cells of 仿宋 (2012年 takes two 字, not Times New Roman's
	// narrower digits).
	Latin string
	// Red is the RGB hex colour of the mark and the red lines.
	Red string
	// Breaks are the PDF layout's title lines, signature page and 版记
	// position (gongwen.LayoutBreaks); nil: the word processor breaks
	// titles, the last paragraph is kept with the signature and the 版记
	// follows the text.
	Breaks *gongwen.Breaks
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
		Red: "FF0000",
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

// tracking is the character spacing of every run, in twips (w:spacing
// w:val): 28 characters of 3号 a line, as in the PDF (trackFor(28)).
func tracking() int { return trackFor(28) }

// trackFor is the character spacing that sets n characters of 3号 on the
// 156 mm line as the PDF's grid does. The grid is in half cells (a digit of
// 仿宋 takes half of one), so a line the PDF ends holds at most n cells and
// the next half cell does not fit: the character must be wider than
// typeW/(n+½) and at most typeW/n. It takes one twip more than the least
// (n=28: 312 twips, 15.6 pt; n+½ of them overrun by 2.4 pt): LibreOffice
// applies no character spacing to the last character of a run or of a
// script (Han, digits) and so sets a line with numbers wider than Word; the
// 109 twips 28 of them leave cover 13 such ends.
func trackFor(n int) int {
	return (2*typeW+2*n)/(2*n+1) + 1 - bodySz*10
}

// char is 1 字 in twips (the grid character pitch, rounded).
const char = typeW / 28 // 315

func mmTw(mm float64) int { return int(math.Round(mm / 25.4 * 1440)) }

// eighths converts a rule thickness in mm to w:sz eighths of a point.
func eighths(mm float64) int { return int(math.Round(mm / 25.4 * 72 * 8)) }

// Write writes n as a .docx to w. The output is a function of n and opt:
// zip entries in a fixed order, all dated with the notice date.
func Write(w io.Writer, n *document.Notice, opt Options) error {
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
	if opt.Red == "" {
		opt.Red = d.Red
	}
	b := &builder{n: n, opt: opt, letter: n.Form == document.LetterForm}
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
	n      *document.Notice
	opt    Options
	letter bool
	doc    strings.Builder
}

func (b *builder) font(role string) string { return b.opt.Fonts[role] }

// latin is the ascii/hAnsi font of a role: Options.Latin, or the role's own.
func (b *builder) latin(role string) string {
	if b.opt.Latin != "" {
		return b.opt.Latin
	}
	return b.font(role)
}

// rPr returns run properties for a role, size (half-points) and colour.
func (b *builder) rPr(role string, sz int, color string, extra string) string {
	return b.rPrFonts(role, b.latin(role), "", sz, color, 0, extra)
}

// rPrFonts is rPr with latin as the ascii/hAnsi font and track as the
// character spacing (0: the document's); hint is appended to the w:cs
// attribute's value as raw attribute text (`" w:hint="eastAsia`).
func (b *builder) rPrFonts(role, latin, hint string, sz int, color string, track int, extra string) string {
	var sb strings.Builder
	sb.WriteString("<w:rPr>")
	f := esc(b.font(role))
	l := esc(latin)
	fmt.Fprintf(&sb, `<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s%s"/>`, l, l, f, f, hint)
	// CT_RPr order: color, spacing, position, sz, szCs, u.
	if color != "" {
		fmt.Fprintf(&sb, `<w:color w:val="%s"/>`, esc(color))
	}
	if track != 0 {
		fmt.Fprintf(&sb, `<w:spacing w:val="%d"/>`, track)
	}
	under := strings.HasPrefix(extra, "<w:u ")
	if !under {
		sb.WriteString(extra)
	}
	if sz != 0 {
		fmt.Fprintf(&sb, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, sz, sz)
	}
	if under {
		sb.WriteString(extra)
	}
	sb.WriteString("</w:rPr>")
	return sb.String()
}

// runStyle is what the runs of a paragraph share beyond their role.
type runStyle struct {
	sz    int    // half-points; 0: the body size
	color string // RGB hex; "": automatic
	extra string // w:position (before w:sz) or w:u (after it)
	track int    // character spacing in twips; 0: the document's (tracking())
}

// span is text in one role.
type span struct{ role, text string }

// run is text in one role and size (see runs).
func (b *builder) run(role string, sz int, color, extra, text string) string {
	return b.runs(runStyle{sz: sz, color: color, extra: extra}, span{role, text})
}

// runs writes the spans of one paragraph as w:r elements, tabs as w:tab.
// Marks shared with Western text (“ ” ‘ ’ … — ·) get runs of their own in
// the East Asian font (w:hint="eastAsia", and as the ascii/hAnsi font too,
// which LibreOffice reads where it ignores the hint): in Chinese text they
// are full-width, as in the PDF, not Times New Roman's narrow quotes. The
// first of two adjacent marks (）。 ”（ ，“, layout.MarkKerns over the spans'
// joint text) is condensed by half its cell, as the PDF sets the pair in
// 1.5 em: Word's and LibreOffice's own punctuation compression squeezes
// every mark or none. LibreOffice 7.4 ignores it: it applies no character
// spacing after the last character of a run and at most −1/6 em (measured),
// and no DOCX property it reads can narrow one mark without distorting it
// (w:w squeezes the glyph), so there a line that needs the kern to hold
// its last character breaks one character early.
func (b *builder) runs(st runStyle, spans ...span) string {
	var all strings.Builder
	for _, sp := range spans {
		all.WriteString(sp.text)
	}
	kerned := map[int]bool{}
	for _, k := range layout.MarkKerns(all.String()) {
		kerned[k] = true
	}
	track := st.track
	if track == 0 {
		track = tracking()
	}
	size := st.sz
	if size == 0 {
		size = bodySz
	}
	// less half the cell a character takes (its size and the tracking)
	kernTrack := track - (size*10+track)/2

	var sb strings.Builder
	var prev rune
	off := 0
	for _, sp := range spans {
		type piece struct {
			shared, kern bool
			text         strings.Builder
		}
		var cur *piece
		flush := func() {
			if cur == nil {
				return
			}
			sb.WriteString("<w:r>")
			t := st.track
			if cur.kern {
				t = kernTrack
			}
			if cur.shared {
				sb.WriteString(b.rPrFonts(sp.role, b.font(sp.role), `" w:hint="eastAsia`, st.sz, st.color, t, st.extra))
			} else {
				sb.WriteString(b.rPrFonts(sp.role, b.latin(sp.role), "", st.sz, st.color, t, st.extra))
			}
			for j, seg := range strings.Split(cur.text.String(), "\t") {
				if j > 0 {
					sb.WriteString("<w:tab/>")
				}
				if seg != "" {
					fmt.Fprintf(&sb, `<w:t xml:space="preserve">%s</w:t>`, esc(seg))
				}
			}
			sb.WriteString("</w:r>")
			cur = nil
		}
		for i, r := range sp.text {
			shared, kern := isShared(r), kerned[off+i]
			if cur != nil && (cur.shared != shared || cur.kern != kern) {
				flush()
			}
			if cur == nil {
				cur = &piece{shared: shared, kern: kern}
			}
			cur.text.WriteString(joiner(prev, r))
			cur.text.WriteRune(r)
			prev = r
		}
		flush()
		off += len(sp.text)
	}
	if sb.Len() == 0 { // an empty run keeps its properties
		role := gongwen.RoleBody
		if len(spans) > 0 {
			role = spans[0].role
		}
		return "<w:r>" + b.rPrFonts(role, b.latin(role), "", st.sz, st.color, st.track, st.extra) + "</w:r>"
	}
	return sb.String()
}

// joiner is the invisible separator written between prev and r where a Han
// character meets a Latin letter or digit: U+2060 WORD JOINER after the
// Latin text (2012⁠年: no break there, as in the PDF, which binds a number
// to its unit) and U+200B ZERO WIDTH SPACE before it (a break stays
// possible). Word and WPS draw nothing for them and set the text tight by
// w:autoSpaceDE/DN="0" (docDefaults). LibreOffice puts 1/5 em between Han
// and a letter or digit (its "spacing between Asian and non-Asian text")
// whatever the DOCX says: its importer drops w:autoSpaceDE/DN
// (writerfilter DomainMapper: `case LN_CT_PPrBase_autoSpaceDE: break;`,
// still so on master), and only a character grid (which it renders at 18
// 字 a line) or a character that is neither letter nor digit at the
// boundary stops it. Measured with LibreOffice 7.4.7 on 人1人1人1人1人1 against
// the PDF: +30.2 pt (3.2 pt a boundary) with autoSpaceDE/DN="0" in
// docDefaults, in the Normal style or in every paragraph alike, +1.4 pt
// with the joiners. Without them every line with a number in it
// wraps early. The price: in the DOCX a search for 2012年 must skip the
// joiner, and copied text carries it (the PDF, the record, has none).
func joiner(prev, r rune) string {
	switch {
	case isHan(prev) && isAlnum(r):
		return "\u200B"
	case isAlnum(prev) && isHan(r):
		return "\u2060"
	}
	return ""
}

func isHan(r rune) bool {
	return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x3FFFF
}

func isAlnum(r rune) bool {
	return r < 0x80 && (r >= '0' && r <= '9' || r|0x20 >= 'a' && r|0x20 <= 'z')
}

// isShared reports punctuation that Unicode shares between Chinese and
// Western text (East Asian Width ambiguous) and that 公文 sets full-width.
func isShared(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '…', '—', '·', '―', '⋯':
		return true
	}
	return false
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
		b.para(b.tailPPr(keep{})+ind(0, 0, 2*char), b.run(gongwen.RoleBody, 0, "", "", "（"+n.Note+"）"))
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
	fmt.Fprintf(&sb, `<w:docGrid w:type="lines" w:linePitch="%d"/>`, linePitch)
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
	// Mark size: at most 36 pt, never wider than the type area, with 1 pt
	// to spare (a mark exactly as wide as the line wraps its last character
	// in LibreOffice).
	markSz := 72
	if markLen > 0 {
		if fit := int((float64(typeW)/20 - 1) / float64(markLen) * 2); fit < markSz {
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
		// The title two blank lines below the last line (10.2.2), as the
		// PDF sets it.
		b.blank()
		b.blank()
		b.title(n.Title, b.titleLines(-1))
		return
	}

	if n.Form == document.PlainForm {
		// No 版头: the title on the first line, or under 份号, 密级 and
		// 紧急程度 and a blank line, as gongwen.headPlain sets it.
		any := false
		if n.CopyNo != "" {
			b.para("", b.run(gongwen.RoleBody, 0, "", "", n.CopyNo))
			any = true
		}
		for _, s := range []string{n.Secrecy, n.Urgency} {
			if s != "" {
				b.para("", b.run(gongwen.RoleHeading1, 0, "", "", s))
				any = true
			}
		}
		if any {
			b.blank()
		}
		b.title(n.Title, b.titleLines(-1))
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
		// 发文字号 two lines below the mark (7.2.4), as in the PDF.
		b.blank()
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
	b.title(n.Title, b.titleLines(-1))
}

// titleLines returns the PDF's lines of the title (i < 0) or of attachment
// i's title, or nil.
func (b *builder) titleLines(i int) []string {
	br := b.opt.Breaks
	switch {
	case br == nil:
		return nil
	case i < 0:
		return br.Title
	case i < len(br.Attachments):
		return br.Attachments[i]
	}
	return nil
}

// title writes the 标题 centred in 2号, broken into the PDF's lines when
// they are known, and the blank line under it.
func (b *builder) title(t string, lines []string) {
	if t == "" {
		return
	}
	b.para(fmt.Sprintf(`<w:snapToGrid w:val="0"/><w:spacing w:line="%d" w:lineRule="exact"/>`, linePitch)+jc("center"), b.titleRuns(t, lines)...)
	b.blank()
}

// titleRuns is t in 2号 标题 runs, with a line break (w:br) between lines
// when lines (the PDF's) give back exactly t.
func (b *builder) titleRuns(t string, lines []string) []string {
	if len(lines) < 2 || strings.Join(lines, "") != t {
		return []string{b.run(gongwen.RoleTitle, titleSz, "", "", t)}
	}
	var rs []string
	for i, l := range lines {
		if i > 0 {
			rs = append(rs, `<w:r><w:br/></w:r>`)
		}
		rs = append(rs, b.run(gongwen.RoleTitle, titleSz, "", "", l))
	}
	return rs
}

// mainText writes 主送机关, the body and the 附件说明.
func (b *builder) mainText() {
	n := b.n
	if n.Recipients != "" {
		pPr := ""
		if t := b.tail(); t.Page == 0 {
			pPr = b.tailPPr(keep{})
		}
		b.para(pPr, b.run(gongwen.RoleBody, 0, "", "", n.Recipients))
	}
	b.blocks(n.Body, true)
	if len(n.Attachments) == 0 {
		return
	}
	// The 附件说明 goes with the signature, its lines never split.
	note := keep{next: true, lines: true}
	b.para(b.tailPPr(note))
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
		b.para(b.tailPPr(note)+ind(halfChars(left), 0, first), b.run(gongwen.RoleBody, 0, "", "", text))
	}
}

// keep are the pagination properties of a paragraph.
type keep struct {
	next, lines bool
	noNext      bool // keepNext off against the paragraph style
	widow       int  // widow/orphan control: 1 on, -1 off, 0 the document's (off, as the PDF)
}

// pPr is the start of a paragraph's properties in schema order (pStyle,
// keepNext, keepLines, widowControl, snapToGrid, spacing); pitch > 0 sets
// exact lines of that many twips off the grid. The caller appends ind, jc.
func (k keep) pPr(style string, pitch int) string {
	var sb strings.Builder
	if style != "" {
		sb.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	switch {
	case k.next:
		sb.WriteString(`<w:keepNext/>`)
	case k.noNext:
		sb.WriteString(`<w:keepNext w:val="0"/>`)
	}
	if k.lines {
		sb.WriteString(`<w:keepLines/>`)
	}
	switch k.widow {
	case 1:
		sb.WriteString(`<w:widowControl/>`)
	case -1:
		sb.WriteString(`<w:widowControl w:val="0"/>`)
	}
	if pitch > 0 {
		fmt.Fprintf(&sb, `<w:snapToGrid w:val="0"/><w:spacing w:line="%d" w:lineRule="exact"/>`, pitch)
	}
	return sb.String()
}

// tail is how the layout set the page with the signature; without
// Breaks, a tail that keeps the last paragraph with the signature.
func (b *builder) tail() gongwen.Tail {
	if b.opt.Breaks != nil {
		return b.opt.Breaks.Tail
	}
	t := gongwen.Tail{Page: -1, Keep: -1, From: len(b.n.Body)}
	if len(b.n.Attachments) > 0 || len(b.n.Organs) > 0 || !b.n.Date.IsZero() {
		t.Keep = len(b.n.Body) - 1
	}
	return t
}

// tailPitch is the exact line pitch in twips of the paragraphs that start
// on the signature's page when the layout tightened it (7.3.5.5): the
// page's Used lines in its Rows grid lines, in this document's grid; the
// Carried lines of a paragraph from the page before stay on the grid.
// Rounded down: the lines still fit. 0: the grid's.
func (b *builder) tailPitch() int {
	t := b.tail()
	if t.Rows == 0 || t.Used <= t.Carried {
		return 0
	}
	return (t.Rows - t.Carried) * linePitch / (t.Used - t.Carried)
}

// tailPPr is the pPr start of a paragraph after the body on the
// signature's page (附件说明, signature, 附注): k, at the page's pitch.
func (b *builder) tailPPr(k keep) string { return k.pPr("", b.tailPitch()) }

// bodyKeep is how body paragraph i (of Notice.Body) keeps with what
// follows, to repeat the layout's page with the signature (7.3.5): the
// paragraph with the last but one line of 正文 (Tail.Keep) and those after
// it are kept with the 附件说明 and the signature, so that a word processor
// moves lines of 正文 along with them as the PDF did, and does so again
// when the text is edited. How many of Keep's lines go along is widow
// control: on (two lines; the whole paragraph if it cannot leave two on
// each page), or off (one line) where the PDF moved one line or the page
// just ended there. One split has no such expression: the PDF moves two
// lines of a three-line paragraph, leaving one at the foot of the page;
// widow control then moves all three, and the page ends a line earlier
// than the PDF's. A hard page break inside the paragraph would match the
// PDF but break the page in the wrong place as soon as the text above it
// is edited, which is what this copy is for.
func (b *builder) bodyKeep(i int) keep {
	t := b.tail()
	switch {
	case t.Keep < 0 || i < t.Keep:
		return keep{}
	case i > t.Keep:
		return keep{next: true, widow: 1}
	}
	switch {
	case t.Before == 0: // whole on the page
		return keep{next: true, widow: 1}
	case t.Full:
		// The page ends in it: a word processor splits it there too. Kept
		// with the next, LibreOffice would move it whole.
		return keep{}
	case t.Lines-t.Before == 1: // the layout moved its last line
		return keep{next: true, widow: -1}
	}
	return keep{next: true, widow: 1}
}

// blocks writes body (main) or attachment blocks.
func (b *builder) blocks(blocks []document.Block, main bool) {
	t := b.tail()
	tight := map[int]bool{}
	for _, i := range t.Tight {
		tight[i] = true
	}
	for i, blk := range blocks {
		var k keep
		var pitch int
		indent := 2 * char
		st := runStyle{}
		if main {
			k = b.bodyKeep(i)
			if i >= t.From {
				pitch = b.tailPitch()
			}
			if tight[i] {
				// one character a line more (7.3.5.5), indented 2 of them
				st.track = trackFor(int(typeW / (t.CharPitch / 50)))
				indent = 2 * int(t.CharPitch/50)
			}
		}
		// A heading keeps with the next line unless a paragraph runs on
		// after it, as in the PDF.
		heading := blk.Kind == document.Heading1 || blk.Kind == document.Heading2
		if heading && blk.RunIn == "" {
			k.next = true
		} else if heading && !k.next {
			k.noNext = true
		}
		switch blk.Kind {
		case document.NameList:
			b.nameList(blk, pitch)
		case document.Heading1:
			b.para(k.pPr("Heading1", pitch)+ind(0, 0, indent), b.runs(st, span{gongwen.RoleHeading1, blk.Text}, span{gongwen.RoleBody, blk.RunIn}))
		case document.Heading2:
			b.para(k.pPr("Heading2", pitch)+ind(0, 0, indent), b.runs(st, span{gongwen.RoleHeading2, blk.Text}, span{gongwen.RoleBody, blk.RunIn}))
		default:
			b.para(k.pPr("", pitch)+ind(0, 0, indent), b.runs(st, span{gongwen.RoleBody, blk.Text + blk.RunIn}))
		}
	}
}

// nameList writes a 名单: group headings in 黑体, names in a borderless
// table on the PDF's columns (6 字 each, the last 4 字).
func (b *builder) nameList(blk document.Block, pitch int) {
	if pitch == 0 {
		pitch = linePitch
	}
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
				b.para(fmt.Sprintf(`<w:snapToGrid w:val="0"/><w:spacing w:line="%d" w:lineRule="exact"/>`, pitch), b.nameRuns(cl.name)...)
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
			b.runs(runStyle{track: char}, span{gongwen.RoleBody, string(rs[0])}),
			b.run(gongwen.RoleBody, 0, "", "", string(rs[1])),
		}
	}
	return []string{b.run(gongwen.RoleBody, 0, "", "", name)}
}

// signature writes 发文机关署名 and 成文日期 (7.3.5): one unit with the
// 附件说明 and the end of the body (bodyKeep), its lines at the page's
// pitch, and the empty lines a seal reaches below the date.
func (b *builder) signature() {
	n := b.n
	if len(n.Organs) == 0 && n.Date.IsZero() {
		return
	}
	date := n.Date.String()
	dw := width(date)
	next := b.tailPPr(keep{next: true})
	reach := b.tail().Reach
	last := next // the date's: kept with the seal's lines below it
	if reach == 0 {
		last = b.tailPPr(keep{})
	}
	switch n.Seal {
	case document.NoSeal:
		b.para(next)
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
		for i, o := range n.Organs {
			pPr := next
			if date == "" && i == len(n.Organs)-1 {
				pPr = last
			}
			b.para(pPr+ind(halfChars(orgX), 0, 0), b.run(gongwen.RoleBody, 0, "", "", o))
		}
		if date != "" {
			b.para(last+ind(halfChars(dateX), 0, 0), b.run(gongwen.RoleBody, 0, "", "", date))
		}
	default:
		// With seal: two blank lines for the seal, organs centred over the
		// date, the date right-indented 4 字.
		b.para(next)
		b.para(next)
		for i, o := range n.Organs {
			pPr := next
			if date == "" && i == len(n.Organs)-1 {
				pPr = last
			}
			right := 8 + (dw-width(o))/2
			b.para(pPr+ind(0, halfChars(max(right, 0)), 0)+jc("right"), b.run(gongwen.RoleBody, 0, "", "", o))
		}
		if date != "" {
			b.para(last+ind(0, 4*char, 0)+jc("right"), b.run(gongwen.RoleBody, 0, "", "", date))
		}
	}
	for i := range reach {
		k := keep{next: i < reach-1}
		b.para(b.tailPPr(k))
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
		b.para(fmt.Sprintf(`<w:snapToGrid w:val="0"/><w:spacing w:line="%d" w:lineRule="exact"/>`, linePitch)+jc("center"), b.titleRuns(a.Name, b.titleLines(i))...)
		if a.Subtitle != "" {
			b.para(jc("center"), b.run(gongwen.RoleKai, 0, "", "", a.Subtitle))
		}
		b.blank()
		b.blocks(a.Body, false)
	}
}

// colophonRules is what the 版记's paragraph borders add to its height, in
// twips, rounded up: three rules of at most 0.35 mm (1 pt) and their 1 pt
// gaps.
const colophonRules = 120

// colophon writes the 版记: paragraphs with rules after the text, on the
// page where the PDF has it and as far down (Options.Breaks).
func (b *builder) colophon() {
	n := b.n
	hasCC := len(n.CC) > 0
	hasPrint := !b.letter && (n.PrintOrgan != "" || !n.PrintDate.IsZero())
	if !hasCC && !hasPrint {
		b.doc.WriteString(b.sectPr(""))
		return
	}
	pages, lines := 0, 0
	if br := b.opt.Breaks; br != nil {
		pages, lines = br.ColophonPages, br.ColophonLines
	}
	// A blank page before the 版记 page (the PDF's 封四 rule) is an empty
	// paragraph of its own; the 版记's first paragraph starts a page and
	// takes the empty grid lines above it as space before.
	for range max(pages-1, 0) {
		b.para(`<w:pageBreakBefore/>`)
	}
	// pPr children in the schema's order: keepNext, keepLines,
	// pageBreakBefore, pBdr, tabs, snapToGrid, spacing, ind.
	pPr := func(first bool, bdr, tabs, ind string) string {
		s := `<w:keepNext/><w:keepLines/>`
		if first && pages > 0 {
			s += `<w:pageBreakBefore/>`
		}
		s += bdr + tabs + `<w:snapToGrid w:val="0"/>`
		before := ""
		if first && lines > 0 {
			// The rules' widths and their 1 pt gaps add to the
			// paragraphs' heights (not so in the PDF, which draws them
			// on the grid lines): 6 pt less space keeps the last line on
			// the page.
			before = fmt.Sprintf(` w:before="%d"`, max(lines*linePitch-colophonRules, 0))
		}
		return s + fmt.Sprintf(`<w:spacing%s w:line="%d" w:lineRule="exact"/>`, before, linePitch) + ind
	}
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
		b.para(pPr(true, bdr(thick, bottom), "", ind(small+hang, small, -hang)), b.run(gongwen.RoleBody, smallSz, "", "", text))
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
		b.para(pPr(!hasCC, bdr(top, thick), tabs, ind(small, small, 0)), b.run(gongwen.RoleBody, smallSz, "", "", text))
	}
	b.doc.WriteString(b.sectPr(""))
}
