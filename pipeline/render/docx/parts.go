package docx

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"pingyou/pipeline/layout/gongwen"
)

const rootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const appXML = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
	`<Application>pingyou</Application><DocSecurity>0</DocSecurity></Properties>`

const emptyFooter = xmlHeader + `<w:ftr ` + nsW + `><w:p/></w:ftr>`

func (b *builder) contentTypes() string {
	var sb strings.Builder
	sb.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	sb.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	sb.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	ov := func(part, ct string) {
		fmt.Fprintf(&sb, `<Override PartName="%s" ContentType="%s"/>`, part, ct)
	}
	const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	ov("/word/document.xml", wml+"document.main+xml")
	ov("/word/styles.xml", wml+"styles+xml")
	ov("/word/settings.xml", wml+"settings+xml")
	ov("/word/fontTable.xml", wml+"fontTable+xml")
	ov("/word/footer1.xml", wml+"footer+xml")
	ov("/word/footer2.xml", wml+"footer+xml")
	if b.letter {
		ov("/word/footer3.xml", wml+"footer+xml")
	}
	ov("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	ov("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	sb.WriteString(`</Types>`)
	return sb.String()
}

func (b *builder) docRels() string {
	const base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	var sb strings.Builder
	sb.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	rel := func(id, typ, target string) {
		fmt.Fprintf(&sb, `<Relationship Id="%s" Type="%s%s" Target="%s"/>`, id, base, typ, target)
	}
	rel("rId1", "styles", "styles.xml")
	rel("rId2", "settings", "settings.xml")
	rel("rId3", "fontTable", "fontTable.xml")
	rel("rId4", "footer", "footer1.xml")
	rel("rId5", "footer", "footer2.xml")
	if b.letter {
		rel("rId6", "footer", "footer3.xml")
	}
	sb.WriteString(`</Relationships>`)
	return sb.String()
}

// core is docProps/core.xml: title, creator (the issuing organ) and the
// notice date; never the wall clock.
func (b *builder) core(created time.Time) string {
	n := b.n
	creator := strings.Join(n.Issuers, "、")
	if len(n.Organs) > 0 {
		creator = strings.Join(n.Organs, "、")
	}
	ts := created.UTC().Format("2006-01-02T15:04:05Z")
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(n.Title) + `</dc:title><dc:creator>` + esc(creator) + `</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified></cp:coreProperties>`
}

func settings(letter bool) string {
	_ = letter
	return xmlHeader + `<w:settings ` + nsW + `>` +
		`<w:evenAndOddHeaders/>` +
		`<w:defaultTabStop w:val="` + fmt.Sprint(char*2) + `"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/>` + // the 公文 grid: full-width marks keep their cell, as in the PDF
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`</w:settings>`
}

func (b *builder) styles() string {
	body := esc(b.font(gongwen.RoleBody))
	latin := esc(b.latin(gongwen.RoleBody))
	fonts := func(role string) string {
		f, l := esc(b.font(role)), esc(b.latin(role))
		return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`, l, l, f, f)
	}
	return xmlHeader + `<w:styles ` + nsW + `>` +
		`<w:docDefaults><w:rPrDefault><w:rPr>` +
		fmt.Sprintf(`<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`, latin, latin, body, body) +
		fmt.Sprintf(`<w:spacing w:val="%d"/><w:kern w:val="2"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`, tracking(), bodySz, bodySz) +
		`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>` + fonts(gongwen.RoleHeading1) + `<w:b w:val="0"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr>` + fonts(gongwen.RoleHeading2) + `<w:b w:val="0"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>` +
		`<w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr>` + fonts(gongwen.RolePageNum) + fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, smallSz, smallSz) + `</w:rPr></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		`</w:styles>`
}

func (b *builder) fontTable() string {
	seen := map[string]bool{}
	var names []string
	if b.opt.Latin != "" {
		seen[b.opt.Latin] = true
		names = append(names, b.opt.Latin)
	}
	var roles []string
	for r := range b.opt.Fonts {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	for _, r := range roles {
		if f := b.opt.Fonts[r]; !seen[f] {
			seen[f] = true
			names = append(names, f)
		}
	}
	var sb strings.Builder
	sb.WriteString(xmlHeader + `<w:fonts ` + nsW + `>`)
	for _, f := range names {
		fmt.Fprintf(&sb, `<w:font w:name="%s">`, esc(f))
		if alt := altNames[f]; alt != "" {
			fmt.Fprintf(&sb, `<w:altName w:val="%s"/>`, esc(alt))
		}
		if f == b.opt.Latin {
			sb.WriteString(`<w:charset w:val="00"/><w:family w:val="roman"/>`)
		} else {
			sb.WriteString(`<w:charset w:val="86"/><w:family w:val="auto"/>`)
		}
		sb.WriteString(`</w:font>`)
	}
	sb.WriteString(`</w:fonts>`)
	return sb.String()
}

// footer is a page number — N — in 4号 宋体: odd pages right-aligned with a
// right indent of 1 字, even pages left-aligned with a left indent of 1 字.
func (b *builder) footer(even bool) string {
	align, in := `<w:jc w:val="right"/>`, ind(0, smallSz*10, 0)
	if even {
		align, in = `<w:jc w:val="left"/>`, ind(smallSz*10, 0, 0)
	}
	r := func(t string) string { return b.run(gongwen.RolePageNum, smallSz, "", "", t) }
	return xmlHeader + `<w:ftr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="Footer"/>` + in + align + `</w:pPr>` +
		r("— ") +
		`<w:r>` + b.rPr(gongwen.RolePageNum, smallSz, "", "") + `<w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r>` + b.rPr(gongwen.RolePageNum, smallSz, "", "") + `<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r>` + b.rPr(gongwen.RolePageNum, smallSz, "", "") + `<w:fldChar w:fldCharType="separate"/></w:r>` +
		r("1") +
		`<w:r>` + b.rPr(gongwen.RolePageNum, smallSz, "", "") + `<w:fldChar w:fldCharType="end"/></w:r>` +
		r(" —") + `</w:p></w:ftr>`
}
