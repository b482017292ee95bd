package sheet

// The parts Annotate edits or adds: worksheets (streamed), styles, comments,
// VML drawings for the comments, and the 问题清单 sheet.

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet/internal/xmlscan"
)

// zipEpoch is the time of the entries Annotate writes: the copy is a
// function of its input.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// afterLegacyDrawing are the worksheet children that come after
// <legacyDrawing> in the schema's order.
var afterLegacyDrawing = map[string]bool{
	"legacyDrawingHF": true, "drawingHF": true, "picture": true, "oleObjects": true, "controls": true,
	"webPublishItems": true, "tableParts": true, "extLst": true,
}

// editSheet copies a worksheet from r to w token by token. Every sheet
// loses tabSelected (the list is the one selected tab); a sheet with marks
// gets the new style on each marked cell, an empty styled cell where a
// marked cell does not exist (and a row where its row does not), and a
// <legacyDrawing> for its comments when it had none.
func (a *annotator) editSheet(p *sheetPlan, part string, r io.Reader, w *bufio.Writer) error {
	s := newRawScanner(r)
	var attrs []rawAttr
	var prefix []byte
	depth := 0
	rowAt := 0       // index into p.rows of the next marked row not reached
	row, col := 0, 0 // current row and column
	var pending []int
	legacyDone := p == nil || !p.newVML
	num := make([]byte, 0, 16)
	cellTag := func(m *mark, old int) {
		fmt.Fprintf(w, `<%sc r="%s" s="%d"/>`, prefix, m.ref, a.st.styleFor(old, m.sev))
	}
	// flushRows writes the marked rows before row n that the sheet lacks.
	flushRows := func(n int) {
		for p != nil && rowAt < len(p.rows) && p.rows[rowAt] < n {
			rn := p.rows[rowAt]
			fmt.Fprintf(w, `<%srow r="%d">`, prefix, rn)
			for _, c := range p.byRow[rn] {
				cellTag(p.marks[[2]int{rn, c}], 0)
			}
			fmt.Fprintf(w, `</%srow>`, prefix)
			rowAt++
		}
	}
	// flushCells writes the marked cells of the current row before column n.
	flushCells := func(n int) {
		for len(pending) > 0 && pending[0] < n {
			cellTag(p.marks[[2]int{row, pending[0]}], 0)
			pending = pending[1:]
		}
	}
	legacy := func() {
		if !legacyDone {
			fmt.Fprintf(w, `<%slegacyDrawing xmlns:r="%s" r:id="%s"/>`, prefix, nsRel, p.vmlRID)
			legacyDone = true
		}
	}
	for {
		kind, tok, err := s.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch kind {
		case rawStart:
			pre, local := tagName(tok)
			empty := selfClosing(tok)
			if depth == 0 {
				prefix = append([]byte(nil), pre...)
			}
			if depth == 1 && afterLegacyDrawing[string(local)] {
				legacy()
			}
			if !empty {
				depth++
			}
			switch string(local) {
			case "sheetView":
				attrs = tagAttrs(tok, attrs[:0])
				if _, ok := rawAttrValue(attrs, "tabSelected"); ok {
					writeTag(w, pre, local, dropAttr(attrs, "tabSelected"), empty)
					continue
				}
			case "sheetData":
				if empty {
					fmt.Fprintf(w, `<%ssheetData>`, prefix)
					flushRows(1 << 30)
					fmt.Fprintf(w, `</%ssheetData>`, prefix)
					continue
				}
			case "row":
				if p == nil {
					break
				}
				attrs = tagAttrs(tok, attrs[:0])
				row++
				if v, ok := rawAttrValue(attrs, "r"); ok {
					if n, err := strconv.Atoi(string(v)); err == nil && n > 0 {
						row = n
					}
				} else {
					attrs = setAttr(attrs, "r", strconv.AppendInt(num[:0], int64(row), 10))
				}
				col = 0
				flushRows(row)
				pending = nil
				if rowAt < len(p.rows) && p.rows[rowAt] == row {
					pending = slices.Clone(p.byRow[row])
					rowAt++
					attrs = dropAttr(attrs, "spans") // cells may be added
				}
				if empty && len(pending) > 0 {
					writeTag(w, pre, local, attrs, false)
					flushCells(1 << 30)
					fmt.Fprintf(w, `</%srow>`, prefix)
					continue
				}
				writeTag(w, pre, local, attrs, empty)
				continue
			case "c":
				if p == nil {
					break
				}
				attrs = tagAttrs(tok, attrs[:0])
				col++
				if v, ok := rawAttrValue(attrs, "r"); ok {
					if c, _, ok := splitRef(string(v)); ok {
						col = c
					}
				} else {
					attrs = setAttr(attrs, "r", []byte(cellName(col, row)))
				}
				flushCells(col)
				if len(pending) > 0 && pending[0] == col {
					pending = pending[1:]
					old := 0
					if v, ok := rawAttrValue(attrs, "s"); ok {
						old, _ = strconv.Atoi(string(v))
					}
					m := p.marks[[2]int{row, col}]
					attrs = setAttr(attrs, "s", []byte(strconv.Itoa(a.st.styleFor(old, m.sev))))
				}
				writeTag(w, pre, local, attrs, empty)
				continue
			}
		case rawEnd:
			depth--
			_, local := tagName(tok)
			switch string(local) {
			case "row":
				if p != nil {
					flushCells(1 << 30)
				}
			case "sheetData":
				flushRows(1 << 30)
			}
			if depth == 0 {
				legacy()
			}
		}
		w.Write(tok)
	}
	if p != nil && (rowAt < len(p.rows) || !legacyDone) {
		return fmt.Errorf("worksheet ends early")
	}
	return nil
}

// styleEdit adds fills, fonts, borders and cell formats to styles.xml.
type styleEdit struct {
	part   string
	data   []byte
	prefix string
	// Sections found: byte offsets of the start tag's end, the end tag's
	// start (or the self-closing tag), and the number of children.
	sec  map[string]*section
	xfs  [][2]int // each cellXfs <xf>: start tag [from, to)
	font [2]string
	// Added, in order.
	fills, fonts, borders, newXfs []string
	xfOf                          map[[2]int]int
	list                          listStyles
}

type section struct {
	start, end int // the start tag [start, openEnd); children up to end
	openEnd    int
	empty      bool // <fills/>
	n          int
}

type listStyles struct{ head, body, link, err, warn int }

var styleOrder = []string{"numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"}

func newStyleEdit(part string, data []byte) (*styleEdit, error) {
	if data == nil {
		data = []byte(xml.Header + `<styleSheet xmlns="` + nsMain + `"><fonts count="1"><font><sz val="11"/></font></fonts>` +
			`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
			`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
			`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
			`<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`)
	}
	st := &styleEdit{part: part, data: data, sec: map[string]*section{}, xfOf: map[[2]int]int{}}
	s := newRawScanner(bytes.NewReader(data))
	off, depth := 0, 0
	var cur *section
	fontStart := -1
	for {
		kind, tok, err := s.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch kind {
		case rawStart:
			pre, local := tagName(tok)
			if depth == 0 {
				st.prefix = string(pre)
			}
			if depth == 1 {
				cur = &section{start: off, openEnd: off + len(tok), empty: selfClosing(tok)}
				st.sec[string(local)] = cur
				if cur.empty {
					cur.end = off + len(tok)
					cur = nil
				}
			} else if depth == 2 && cur != nil {
				cur.n++
				if string(local) == "xf" && st.sec["cellXfs"] == cur {
					st.xfs = append(st.xfs, [2]int{off, off + len(tok)})
				}
				if string(local) == "font" && st.sec["fonts"] == cur && cur.n == 1 {
					fontStart = off
				}
			} else if depth == 3 && fontStart >= 0 && st.sec["fonts"] == cur && cur.n == 1 {
				attrs := tagAttrs(tok, nil)
				if v, ok := rawAttrValue(attrs, "val"); ok {
					switch string(local) {
					case "sz":
						st.font[0] = string(v)
					case "name":
						st.font[1] = string(v)
					}
				}
			}
			if !selfClosing(tok) {
				depth++
			}
		case rawEnd:
			depth--
			if depth == 1 && cur != nil {
				cur.end = off
				cur = nil
			}
		}
		off += len(tok)
	}
	if st.sec["cellXfs"] == nil || len(st.xfs) == 0 {
		return nil, fmt.Errorf("styles without cell formats")
	}
	for _, name := range []string{"fonts", "fills", "borders"} {
		if st.sec[name] == nil {
			return nil, fmt.Errorf("styles without %s", name)
		}
	}
	p := st.prefix
	fill := func(rgb string) int {
		st.fills = append(st.fills, fmt.Sprintf(`<%sfill><%spatternFill patternType="solid"><%sfgColor rgb="FF%s"/><%sbgColor indexed="64"/></%spatternFill></%sfill>`, p, p, p, rgb, p, p, p))
		return st.sec["fills"].n + len(st.fills) - 1
	}
	font := func(extra string) int {
		f := "<" + p + "font>" + extra
		if st.font[0] != "" {
			f += `<` + p + `sz val="` + st.font[0] + `"/>`
		}
		if st.font[1] != "" {
			f += `<` + p + `name val="` + st.font[1] + `"/>`
		}
		st.fonts = append(st.fonts, f+"</"+p+"font>")
		return st.sec["fonts"].n + len(st.fonts) - 1
	}
	st.fills = nil
	red, yellow, grey := fill(errorFill), fill(warningFill), fill("D9D9D9")
	bold := font("<" + p + "b/>")
	link := font(`<` + p + `u/><` + p + `color rgb="FF0563C1"/>`)
	line := `<` + p + `%s style="thin"><` + p + `color rgb="FFBFBFBF"/></` + p + `%s>`
	st.borders = append(st.borders, "<"+p+"border>"+fmt.Sprintf(line, "left", "left")+fmt.Sprintf(line, "right", "right")+
		fmt.Sprintf(line, "top", "top")+fmt.Sprintf(line, "bottom", "bottom")+"<"+p+"diagonal/></"+p+"border>")
	border := st.sec["borders"].n
	xf := func(font, fill int, align string) int {
		st.newXfs = append(st.newXfs, fmt.Sprintf(`<%sxf numFmtId="0" fontId="%d" fillId="%d" borderId="%d" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><%salignment %s/></%sxf>`,
			p, font, fill, border, p, align, p))
		return len(st.xfs) + len(st.newXfs) - 1
	}
	st.list = listStyles{
		head: xf(bold, grey, `horizontal="center" vertical="center"`),
		body: xf(0, 0, `vertical="top" wrapText="1"`),
		link: xf(link, 0, `vertical="top"`),
		err:  xf(0, red, `horizontal="center" vertical="top"`),
		warn: xf(0, yellow, `horizontal="center" vertical="top"`),
	}
	return st, nil
}

// styleFor returns the cell format that is old with the fill of sev,
// adding it on first use.
func (st *styleEdit) styleFor(old int, sev model.Severity) int {
	if old < 0 || old >= len(st.xfs) {
		old = 0
	}
	k := [2]int{old, int(sev)}
	if id, ok := st.xfOf[k]; ok {
		return id
	}
	fill := st.sec["fills"].n // red, the first added
	if sev != model.Error {
		fill++
	}
	x := st.xfs[old]
	tok := st.data[x[0]:x[1]]
	pre, local := tagName(tok)
	attrs := tagAttrs(tok, nil)
	attrs = setAttr(attrs, "fillId", []byte(strconv.Itoa(fill)))
	attrs = setAttr(attrs, "applyFill", []byte("1"))
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	writeTag(w, pre, local, attrs, selfClosing(tok))
	w.Flush()
	if !selfClosing(tok) {
		// The children and the end tag, as they were.
		end := bytes.Index(st.data[x[1]:], []byte("</"+string(pre)+"xf>"))
		if end < 0 {
			b.WriteString("</" + string(pre) + "xf>")
		} else {
			b.Write(st.data[x[1] : x[1]+end+len("</"+string(pre)+"xf>")])
		}
	}
	st.newXfs = append(st.newXfs, b.String())
	id := len(st.xfs) + len(st.newXfs) - 1
	st.xfOf[k] = id
	return id
}

// bytes returns styles.xml with the additions.
func (st *styleEdit) bytes() []byte {
	type splice struct {
		at, drop int
		s        string
	}
	var sp []splice
	add := func(name string, items []string) {
		sc := st.sec[name]
		if len(items) == 0 {
			return
		}
		n := sc.n + len(items)
		tok := st.data[sc.start:sc.openEnd]
		pre, local := tagName(tok)
		attrs := setAttr(tagAttrs(tok, nil), "count", []byte(strconv.Itoa(n)))
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		writeTag(w, pre, local, attrs, false)
		w.Flush()
		if sc.empty {
			sp = append(sp, splice{sc.start, sc.end - sc.start, b.String() + strings.Join(items, "") + "</" + string(pre) + string(local) + ">"})
			return
		}
		sp = append(sp, splice{sc.start, sc.openEnd - sc.start, b.String()}, splice{sc.end, 0, strings.Join(items, "")})
	}
	add("fonts", st.fonts)
	add("fills", st.fills)
	add("borders", st.borders)
	add("cellXfs", st.newXfs)
	slices.SortFunc(sp, func(a, b splice) int { return a.at - b.at })
	var out bytes.Buffer
	at := 0
	for _, s := range sp {
		out.Write(st.data[at:s.at])
		out.WriteString(s.s)
		at = s.at + s.drop
	}
	out.Write(st.data[at:])
	return out.Bytes()
}

// commentPart is a comments part as read.
type commentPart struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Authors []string   `xml:"authors>author"`
	List    []struct {
		Ref      string `xml:"ref,attr"`
		AuthorID int    `xml:"authorId,attr"`
		Inner    []byte `xml:",innerxml"`
	} `xml:"commentList>comment"`
}

// editComments writes the comments part of a sheet: the comments it had
// (b; nil for a new part), with the marked cells' comments replacing theirs
// (the old text kept after （原批注）), and the new ones.
func (a *annotator) editComments(part string, b []byte) ([]byte, error) {
	p := a.planOfComments(part)
	var old commentPart
	if b != nil {
		if err := xml.Unmarshal(b, &old); err != nil {
			return nil, err
		}
	}
	var out bytes.Buffer
	out.WriteString(xml.Header + `<comments xmlns="` + nsMain + `"`)
	for _, at := range old.Attrs {
		if at.Name.Space == "xmlns" && at.Name.Local != "" {
			fmt.Fprintf(&out, ` xmlns:%s="%s"`, at.Name.Local, xmlEscape(at.Value))
		}
	}
	out.WriteString("><authors>")
	for _, au := range old.Authors {
		out.WriteString("<author>" + xmlEscape(au) + "</author>")
	}
	me := len(old.Authors)
	out.WriteString("<author>pingyou</author></authors><commentList>")
	oldText := map[string]string{}
	for _, c := range old.List {
		if _, col, ok := cellOf(c.Ref); ok && p.marks[col] != nil {
			oldText[p.marks[col].ref] = innerText(c.Inner)
			continue
		}
		fmt.Fprintf(&out, `<comment ref="%s" authorId="%d">`, xmlEscape(c.Ref), c.AuthorID)
		out.Write(c.Inner)
		out.WriteString("</comment>")
	}
	for _, m := range p.order {
		body := strings.Join(m.lines, "\n")
		if t, ok := oldText[m.ref]; ok {
			body += "\n\n（原批注）" + t
		}
		fmt.Fprintf(&out, `<comment ref="%s" authorId="%d"><text><r><rPr><b/><sz val="9"/></rPr><t xml:space="preserve">pingyou 检查：`+"\n"+`</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">%s</t></r></text></comment>`,
			m.ref, me, xmlEscape(body))
	}
	out.WriteString("</commentList></comments>")
	return out.Bytes(), nil
}

// cellOf parses a comment's ref into the marks key (row, col).
func cellOf(ref string) (string, [2]int, bool) {
	c, r, ok := splitRef(ref)
	if !ok || r == 0 {
		return "", [2]int{}, false
	}
	return ref, [2]int{r, c}, true
}

// innerText is the text of a comment's <t> elements, phonetic runs left out.
func innerText(inner []byte) string {
	d := xml.NewDecoder(bytes.NewReader(inner))
	var b strings.Builder
	inT, inRPh := false, 0
	for {
		tok, err := d.Token()
		if err != nil {
			return b.String()
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inT = inRPh == 0
			case "rPh":
				inRPh++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inT = false
			case "rPh":
				inRPh--
			}
		case xml.CharData:
			if inT {
				b.Write(t)
			}
		}
	}
}

// appendVML writes a VML drawing with a note shape for each new comment:
// into the sheet's drawing (b), or as a new one (b nil).
func (a *annotator) appendVML(part string, b []byte) []byte {
	p := a.planOfVML(part)
	var shapes bytes.Buffer
	if b == nil || !bytes.Contains(b, []byte("_x0000_t202")) {
		shapes.WriteString(`<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`)
	}
	for i, m := range p.order {
		id := p.blocks[i/1023]*1024 + i%1023 + 1
		rows := min(20, 3+len(m.lines)*2)
		fmt.Fprintf(&shapes, `<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:%dpt;z-index:%d;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">`+
			`<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>`+
			`<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>%d, 15, %d, 2, %d, 15, %d, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>`,
			id, rows*15, i+1, m.col, max(0, m.row-2), m.col+4, m.row-1+rows, m.row-1, m.col-1)
	}
	blocks := make([]string, len(p.blocks))
	for i, n := range p.blocks {
		blocks[i] = strconv.Itoa(n)
	}
	if b == nil {
		var out bytes.Buffer
		out.WriteString(`<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">`)
		fmt.Fprintf(&out, `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="%s"/></o:shapelayout>`, strings.Join(blocks, ","))
		out.Write(shapes.Bytes())
		out.WriteString("</xml>")
		return out.Bytes()
	}
	// The new blocks join the drawing's id map.
	if i := bytes.Index(b, []byte("idmap")); i >= 0 {
		if j := bytes.Index(b[i:], idmapRE); j >= 0 {
			at := i + j + len(idmapRE)
			if k := bytes.IndexByte(b[at:], '"'); k >= 0 {
				b = slices.Concat(b[:at+k], []byte(","+strings.Join(blocks, ",")), b[at+k:])
			}
		}
	}
	end := bytes.LastIndex(b, []byte("</xml>"))
	if end < 0 {
		return append(b, shapes.Bytes()...)
	}
	return slices.Concat(b[:end], shapes.Bytes(), b[end:])
}

// writeList writes the 问题清单 sheet: one row per problem with the cell as a
// link, frozen header, the only selected tab.
// listWidths are the column widths of 问题清单 (序号, 工作表, 单元格, 等级,
// 问题, 值, 怎么改): together they fit a landscape A4 page at full size.
var listWidths = []float64{6, 12, 9, 7, 43, 20, 43}

func (a *annotator) writeList(w *bufio.Writer) {
	ls := a.st.list
	n := max(len(a.diags), 1) + 1
	w.WriteString(xml.Header)
	// Printed like the templates (print.go): landscape A4, one page wide,
	// the heading on every page (a print title, added by editWorkbook),
	// rows as tall as their wrapped text.
	fmt.Fprintf(w, `<worksheet xmlns="%s" xmlns:r="%s"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:G%d"/>`, nsMain, nsRel, n)
	w.WriteString(`<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`)
	w.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, wd := range listWidths {
		fmt.Fprintf(w, `<col min="%d" max="%d" width="%g" customWidth="1"/>`, i+1, i+1, wd)
	}
	w.WriteString(`</cols><sheetData>`)
	str := func(ref string, style int, s string) {
		fmt.Fprintf(w, `<c r="%s" s="%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, style, xmlEscape(s))
	}
	w.WriteString(`<row r="1">`)
	for i, h := range []string{"序号", "工作表", "单元格", "等级", "问题", "值", "怎么改"} {
		str(cellName(i+1, 1), ls.head, h)
	}
	w.WriteString(`</row>`)
	if len(a.diags) == 0 {
		w.WriteString(`<row r="2">`)
		str("A2", ls.body, "没有发现问题")
		w.WriteString(`</row>`)
	}
	for i, d := range a.diags {
		r := i + 2
		lines := 1
		for j, v := range []string{d.Ref.Sheet, d.Ref.Cell, d.Severity.String(), d.Problem, d.Value, d.Fix} {
			lines = max(lines, wrappedLines(v, listWidths[j+1]))
		}
		fmt.Fprintf(w, `<row r="%d" ht="%g" customHeight="1"><c r="A%d" s="%d"><v>%d</v></c>`, r, wrappedHeight(lines), r, ls.body, i+1)
		str(cellName(2, r), ls.body, d.Ref.Sheet)
		link := ls.body
		if d.Ref.Cell != "" && d.Ref.Sheet != "" {
			link = ls.link
		}
		str(cellName(3, r), link, d.Ref.Cell)
		sev := ls.warn
		if d.Severity == model.Error {
			sev = ls.err
		}
		str(cellName(4, r), sev, d.Severity.String())
		str(cellName(5, r), ls.body, d.Problem)
		str(cellName(6, r), ls.body, d.Value)
		str(cellName(7, r), ls.body, d.Fix)
		w.WriteString(`</row>`)
	}
	w.WriteString(`</sheetData>`)
	links := false
	for i, d := range a.diags {
		if d.Ref.Cell == "" || d.Ref.Sheet == "" {
			continue
		}
		if !links {
			w.WriteString(`<hyperlinks>`)
			links = true
		}
		target := "'" + strings.ReplaceAll(d.Ref.Sheet, "'", "''") + "'!" + d.Ref.Cell
		fmt.Fprintf(w, `<hyperlink ref="C%d" location="%s" display="%s"/>`, i+2, xmlEscape(target), xmlEscape(d.Ref.Cell))
	}
	if links {
		w.WriteString(`</hyperlinks>`)
	}
	fmt.Fprintf(w, `<printOptions horizontalCentered="1"/><pageMargins left="%g" right="%g" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>`, pageMargin, pageMargin)
	w.WriteString(`<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`)
	w.WriteString(`<headerFooter><oddFooter>` + xmlEscape(printFooter) + `</oddFooter></headerFooter></worksheet>`)
}

// xmlEscape escapes text for XML content and attribute values; characters
// XML 1.0 cannot hold become OOXML's _xHHHH_ (and a literal _x…_ is kept
// literal by escaping its underscore).
func xmlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			b.WriteString("&#13;")
		case r == '_' && i+7 <= len(s) && s[i+1] == 'x' && s[i+6] == '_' && isHex(s[i+2:i+6]):
			b.WriteString("_x005F_")
		case r == utf8.RuneError && n == 1, !xmlscan.IsChar(r):
			fmt.Fprintf(&b, "_x%04X_", r&0xFFFF)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// Lines formats diagnostics for the console, one per line:
// 文件 工作表!单元格：问题（值：…）→ 怎么改, errors prefixed 错误, warnings 提醒.
func Lines(diags model.Diagnostics) []string {
	out := make([]string, len(diags))
	for i, d := range diags {
		out[i] = d.Severity.String() + "　" + d.String()
	}
	return out
}
