package plaintext

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

// Parse reads a 公文 typed or pasted as plain text, one paragraph a
// line: an optional 发文字号, the title (up to three lines), an optional
// 主送机关 line ending in ：, body paragraphs and headings (一、 （一） 1.
// （1）), 附件： lines, the signature (organ line and date line) near the
// end, and 版记 lines (抄送：, …印发). What GB/T 9704-2012 no longer has
// (主题词, a 主送 line in the 版记) and web-page debris (breadcrumbs, site
// footers, 发布时间, 浏览次数, copyright) are dropped or moved, each with a
// warning naming the line. Dates in Chinese numerals become Arabic.
func Parse(text string) (*document.Notice, model.Diagnostics) {
	p := &plainParser{n: &document.Notice{Form: document.FileForm, Seal: document.WithSeal}}
	p.parse(text)
	return p.n, p.diags
}

type plainParser struct {
	n     *document.Notice
	diags model.Diagnostics
}

func (p *plainParser) warn(line int, problem, value, fix string) {
	p.diags = append(p.diags, model.Diagnostic{Severity: model.Warning,
		Problem: fmt.Sprintf("第%d行：%s", line, problem), Value: value, Fix: fix})
}

type plainLine struct {
	no   int
	text string
}

var (
	reNumberLine = regexp.MustCompile(`^[^\s，。：:]{1,12}\s*[\[【（(［〔{｛]\s*\d{4}\s*[\]】）)］〕}｝]\s*第?\d+号$`)
	reHeading1   = regexp.MustCompile(`^[一二三四五六七八九十]+、`)
	reHeading2   = regexp.MustCompile(`^[（(][一二三四五六七八九十]+[）)]`)
	reHeading3   = regexp.MustCompile(`^\d+[.．、](\D|$)`)
	reHeading4   = regexp.MustCompile(`^[（(]\d+[）)]`)
	reAttach     = regexp.MustCompile(`^附\s*件\s*[:：]\s*(.*)$`)
	reAttachItem = regexp.MustCompile(`^(\d+)[.．、]\s*(.+)$`)
	reCC         = regexp.MustCompile(`^抄\s*送\s*[:：]\s*(.*)$`)
	reTo         = regexp.MustCompile(`^主\s*送\s*[:：]\s*(.*)$`)
	reKeywords   = regexp.MustCompile(`^主\s*题\s*词\s*[:：]`)
	rePrinted    = regexp.MustCompile(`^(.*?)\s*([0-9〇零一二三四五六七八九十]+年[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日)\s*印\s*发$`)
	reDate       = regexp.MustCompile(`^([0-9〇零○ＯO一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月(?:([0-9一二三四五六七八九十]{1,3})日)?$`)
	reParenDate  = regexp.MustCompile(`^[（(]\s*(\d{4}年\d{1,2}月(?:\d{1,2}日)?)\s*[）)]$`)
	reSpace      = regexp.MustCompile(`[ \t\x{00A0}\x{3000}\x{FEFF}]+`)
)

// debris are web-page remains: a line is dropped if it matches one.
var debris = []*regexp.Regexp{
	regexp.MustCompile(`^首\s*页$`),
	regexp.MustCompile(`^首\s*页\s*[>＞»]`),
	regexp.MustCompile(`[>＞»]\s*正文$`),
	regexp.MustCompile(`^(发布时间|发布日期|更新时间|浏览次数|点击数|阅读次数|访问量|来源|作者|编辑|责任编辑)\s*[:：]`),
	regexp.MustCompile(`版权所有|Copyright|©|\(c\)\s*\d{4}|ICP备`),
	regexp.MustCompile(`邮编\s*[:：]|地址\s*[:：].*邮编`),
	regexp.MustCompile(`本站|欢迎咨询|客服|上一篇|下一篇|打印本页|关闭窗口|返回顶部|【字体|字号：`),
}

// genres are 文种 words a title ends with.
var genres = []string{"决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示",
	"批复", "议案", "函", "纪要", "方案", "要点", "办法", "规定", "细则", "计划", "总结", "规划", "安排", "名单"}

func cleanLine(s string) string {
	s = strings.TrimRight(s, "\r")
	s = reSpace.ReplaceAllString(s, " ")
	return strings.TrimSpace(s)
}

func isDebris(s string) bool {
	for _, re := range debris {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "；") || strings.HasSuffix(s, "！") ||
		strings.HasSuffix(s, "？") || strings.HasSuffix(s, "，") || strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")
}

func isHeading(s string) bool {
	return reHeading1.MatchString(s) || reHeading2.MatchString(s) || reHeading3.MatchString(s) || reHeading4.MatchString(s)
}

func (p *plainParser) parse(text string) {
	var lines []plainLine
	for i, raw := range strings.Split(text, "\n") {
		s := cleanLine(raw)
		if s == "" {
			continue
		}
		if isDebris(s) {
			p.warn(i+1, "网页残留内容，已删除", s, "")
			continue
		}
		if norm, n := DropSpaces(s); n > 0 {
			p.warn(i+1, fmt.Sprintf("中文字之间的空格已删除（%d处）", n), s, "")
			s = norm
		}
		if norm, changes := NormalisePunct(s); len(changes) > 0 {
			p.warn(i+1, "中文里的半角标点已改为全角："+describeChanges(changes), s, "")
			s = norm
		}
		lines = append(lines, plainLine{i + 1, s})
	}
	lines = p.tail(lines)
	i := 0
	// 发文字号 before the title.
	for ; i < len(lines) && i < 3; i++ {
		s := lines[i].text
		if !reNumberLine.MatchString(s) {
			break
		}
		norm, changed := document.NormaliseNumber(s)
		if !document.ValidNumber(norm) {
			p.warn(lines[i].no, "发文字号不符合 GB/T 9704-2012（不加“第”，序号不编虚位）", s, "改为如 江师党发〔2012〕15号 的形式")
		} else if changed {
			p.warn(lines[i].no, "发文字号的年份应使用六角括号〔〕，已改为 "+norm, s, "")
		}
		p.n.Number = norm
	}
	// Title: up to three short lines without final punctuation, ending at a 文种 word.
	for k := 0; i < len(lines) && k < 3; k++ {
		s := lines[i].text
		if endsSentence(s) || isHeading(s) || utf8.RuneCountInString(s) > 40 || reParenDate.MatchString(s) {
			break
		}
		if p.n.Title != "" {
			p.n.TitleBreaks = append(p.n.TitleBreaks, utf8.RuneCountInString(p.n.Title)) // the author's line break
		}
		p.n.Title += s
		i++
		if hasGenre(p.n.Title) {
			break
		}
	}
	// A date in brackets under the title (（2010年6月）): the 成文日期 if the end has none.
	var titleDate model.Date
	if i < len(lines) {
		if m := reParenDate.FindStringSubmatch(lines[i].text); m != nil {
			titleDate, _, _ = parseDate(m[1])
			p.warn(lines[i].no, "标题下的日期不是 GB/T 9704-2012 的要素，已删除（成文日期在署名下）", lines[i].text, "")
			i++
		}
	}
	if i < len(lines) && p.n.Recipients == "" {
		s := lines[i].text
		if (strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")) && !isHeading(s) && utf8.RuneCountInString(s) <= 60 {
			p.n.Recipients = strings.TrimSuffix(s, ":")
			if !strings.HasSuffix(p.n.Recipients, "：") {
				p.n.Recipients += "："
			}
			i++
		}
	}
	for ; i < len(lines); i++ {
		l := lines[i]
		s := l.text
		if s == p.n.Title {
			p.warn(l.no, "重复的标题，已删除", s, "")
			continue
		}
		if m := reAttach.FindStringSubmatch(s); m != nil {
			p.attachments(m[1], lines[i+1:], &i)
			continue
		}
		p.n.Body = append(p.n.Body, blockFor(s, fmt.Sprintf("第%d行", l.no)))
	}
	if p.n.Date.IsZero() && !titleDate.IsZero() {
		p.n.Date = titleDate
	}
}

func hasGenre(title string) bool {
	for _, g := range genres {
		if strings.HasSuffix(title, g) {
			return true
		}
	}
	return false
}

// blockFor classifies a body line. A （一） heading followed by text in the
// same line is split after its first 。 so only the heading is set in 楷体.
func blockFor(s, source string) document.Block {
	b := document.Block{Kind: document.Paragraph, Text: s, Source: source}
	switch {
	case reHeading1.MatchString(s):
		b.Kind = document.Heading1
	case reHeading2.MatchString(s):
		b.Kind = document.Heading2
	case reHeading4.MatchString(s):
		b.Kind = document.Heading4
	case reHeading3.MatchString(s):
		b.Kind = document.Heading3
	}
	if b.Kind == document.Heading1 || b.Kind == document.Heading2 {
		if k := strings.Index(s, "。"); k >= 0 && k+len("。") < len(s) {
			b.Text, b.RunIn = s[:k+len("。")], s[k+len("。"):]
		}
	}
	return b
}

// attachments reads 附件：1. name and the numbered lines after it.
func (p *plainParser) attachments(first string, rest []plainLine, i *int) {
	add := func(s string) {
		if m := reAttachItem.FindStringSubmatch(s); m != nil {
			s = m[2]
		}
		p.n.Attachments = append(p.n.Attachments, document.Attachment{Name: strings.TrimRight(s, "。")})
	}
	if first != "" {
		add(first)
	}
	for _, l := range rest {
		if !reAttachItem.MatchString(l.text) || utf8.RuneCountInString(l.text) > 60 {
			break
		}
		add(l.text)
		*i++
	}
}

// tail takes the 版记 lines, 主题词 and the signature off the end of lines.
func (p *plainParser) tail(lines []plainLine) []plainLine {
	for len(lines) > 0 {
		l := lines[len(lines)-1]
		s := l.text
		switch {
		case reKeywords.MatchString(s):
			p.warn(l.no, "主题词已在 GB/T 9704-2012 中取消，已删除", s, "")
		case reCC.MatchString(s):
			for _, c := range strings.FieldsFunc(reCC.FindStringSubmatch(s)[1], func(r rune) bool { return strings.ContainsRune("，,、；; ", r) }) {
				if c = strings.TrimRight(c, "。."); c != "" {
					p.n.CC = append(p.n.CC, c)
				}
			}
		case reTo.MatchString(s):
			to := strings.TrimRight(reTo.FindStringSubmatch(s)[1], "。. ")
			p.warn(l.no, "版记中的“主送”是旧格式，主送机关已移到标题下", s, "")
			if p.n.Recipients == "" {
				p.n.Recipients = to + "："
			}
		case rePrinted.MatchString(s):
			m := rePrinted.FindStringSubmatch(s)
			p.n.PrintOrgan = strings.TrimSpace(m[1])
			p.n.PrintDate = p.date(l.no, m[2])
		default:
			return p.signature(lines)
		}
		lines = lines[:len(lines)-1]
	}
	return lines
}

// signature takes a date line and the organ line above it off the end.
func (p *plainParser) signature(lines []plainLine) []plainLine {
	if len(lines) == 0 {
		return lines
	}
	l := lines[len(lines)-1]
	if !reDate.MatchString(l.text) {
		return lines
	}
	p.n.Date = p.date(l.no, l.text)
	lines = lines[:len(lines)-1]
	if len(lines) > 1 {
		o := lines[len(lines)-1].text
		if !endsSentence(o) && !isHeading(o) && utf8.RuneCountInString(o) <= 40 {
			p.n.Organs = []string{o}
			lines = lines[:len(lines)-1]
		}
	}
	return lines
}

// describeChanges lists each replaced mark in its context:
// “是:坚持”→“是：坚持”、“精神,以”→“精神，以”.
func describeChanges(cs []PunctChange) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		after := []rune(c.Context)
		after[c.At] = c.To
		parts[i] = "“" + c.Context + "”→“" + string(after) + "”"
	}
	return fmt.Sprintf("%s（%d处）", strings.Join(parts, "、"), len(cs))
}

// date parses a date line, warning when it was in Chinese numerals.
func (p *plainParser) date(no int, s string) model.Date {
	d, chinese, ok := parseDate(s)
	if !ok {
		p.warn(no, "无法识别的日期", s, "写成如 2012年6月28日")
		return model.Date{}
	}
	if chinese {
		p.warn(no, "GB/T 9704-2012 的日期用阿拉伯数字，已改为 "+d.String(), s, "")
	}
	return d
}

// parseDate reads 2010年6月28日 or 二〇一〇年六月二十八日 (also 2010年6月).
func parseDate(s string) (d model.Date, chinese, ok bool) {
	m := reDate.FindStringSubmatch(s)
	if m == nil {
		return d, false, false
	}
	year := ""
	for _, r := range m[1] {
		switch {
		case r >= '0' && r <= '9':
			year += string(r)
		default:
			chinese = true
			k := strings.IndexRune("〇一二三四五六七八九", r)
			if r == '零' || r == '○' || r == 'Ｏ' || r == 'O' {
				k = 0
			}
			if k < 0 {
				return d, chinese, false
			}
			year += strconv.Itoa(utf8.RuneCountInString("〇一二三四五六七八九"[:k]))
		}
	}
	d.Year, _ = strconv.Atoi(year)
	var c1, c2 bool
	d.Month, c1, ok = number(m[2])
	if !ok {
		return d, chinese, false
	}
	if m[3] != "" {
		if d.Day, c2, ok = number(m[3]); !ok {
			return d, chinese, false
		}
	}
	chinese = chinese || c1 || c2
	if d.Month < 1 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return d, chinese, false
	}
	return d, chinese, true
}

// number reads 6, 28, 六, 十, 十一, 二十, 二十八, 三十一.
func number(s string) (int, bool, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, false, true
	}
	digit := func(r rune) int { return strings.IndexRune("零一二三四五六七八九", r) / len("一") }
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10, true, true
	case len(rs) == 1:
		d := digit(rs[0])
		return d, true, d > 0
	case len(rs) == 2 && rs[0] == '十':
		d := digit(rs[1])
		return 10 + d, true, d > 0
	case len(rs) == 2 && rs[1] == '十':
		d := digit(rs[0])
		return d * 10, true, d > 1
	case len(rs) == 3 && rs[1] == '十':
		a, b := digit(rs[0]), digit(rs[2])
		return a*10 + b, true, a > 1 && b > 0
	}
	return 0, false, false
}
