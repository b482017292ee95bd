package archive

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// NamingFields are the fields a file-name pattern may use, after DA/T 22-2015
// (档号 = 全宗号-门类·年度-保管期限-机构-件号) plus descriptive ones:
// 题名 (title), 名称 (the recipient or branch the file is for), 类别 (award)
// and 文件编号.
var NamingFields = []string{"全宗号", "门类", "年度", "保管期限", "机构", "件号", "题名", "名称", "类别", "文件编号"}

// Naming is a parsed file-name pattern such as
// "{全宗号}-WS·{年度}-{保管期限}-{机构}-{件号:4}".
type Naming struct {
	pattern string
	parts   []namePart
}

type namePart struct {
	lit   string
	field string // empty for a literal
	width int    // zero-padded width for 件号
}

var fieldRE = regexp.MustCompile(`\{([^{}:]*)(?::(\d+))?\}`)

// ParseNaming parses a pattern. Unknown fields, a width on a field other
// than 件号, a pattern without 件号 (names would collide) and stray braces are
// errors, in Chinese for the user.
func ParseNaming(pattern string) (*Naming, error) {
	n := &Naming{pattern: pattern}
	known := map[string]bool{}
	for _, f := range NamingFields {
		known[f] = true
	}
	last, seq := 0, false
	for _, m := range fieldRE.FindAllStringSubmatchIndex(pattern, -1) {
		n.parts = append(n.parts, namePart{lit: pattern[last:m[0]]})
		field := pattern[m[2]:m[3]]
		if !known[field] {
			return nil, fmt.Errorf("文件命名规则 %q 中的 {%s} 不认识；可用：{%s}", pattern, field, strings.Join(NamingFields, "}、{"))
		}
		p := namePart{field: field}
		if m[4] >= 0 {
			if field != "件号" {
				return nil, fmt.Errorf("文件命名规则 %q：只有 {件号} 可以指定位数", pattern)
			}
			p.width, _ = strconv.Atoi(pattern[m[4]:m[5]])
			if p.width < 1 || p.width > 9 {
				return nil, fmt.Errorf("文件命名规则 %q：件号位数应为 1–9", pattern)
			}
		} else if field == "件号" {
			p.width = 4 // DA/T 22-2015: 件号 has 4 digits
		}
		seq = seq || field == "件号"
		n.parts = append(n.parts, p)
		last = m[1]
	}
	n.parts = append(n.parts, namePart{lit: pattern[last:]})
	for _, p := range n.parts {
		if p.field == "" && strings.ContainsAny(p.lit, "{}") {
			return nil, fmt.Errorf("文件命名规则 %q 中有不成对的花括号", pattern)
		}
	}
	if !seq {
		return nil, fmt.Errorf("文件命名规则 %q 中没有 {件号}，文件会重名", pattern)
	}
	return n, nil
}

// Name expands the pattern for one file: fields gives the field values, seq
// the 件号, ext the extension (".pdf"). Each value and the whole name are
// made safe (SafeName): no path separators, no reserved names, bounded
// length. A field the pattern uses but fields leaves empty is an error, so
// an archive number is never silently incomplete.
func (n *Naming) Name(fields map[string]string, seq int, ext string) (string, error) {
	var b strings.Builder
	for _, p := range n.parts {
		switch {
		case p.field == "":
			b.WriteString(p.lit)
		case p.field == "件号":
			fmt.Fprintf(&b, "%0*d", p.width, seq)
		default:
			v := strings.TrimSpace(fields[p.field])
			if v == "" {
				return "", fmt.Errorf("文件命名规则 %q 用到 {%s}，但它没有值", n.pattern, p.field)
			}
			b.WriteString(SafeName(v))
		}
	}
	name := b.String()
	// Keep room for the extension inside the length limit.
	for len(name)+len(ext) > maxNameBytes {
		r := []rune(name)
		name = string(r[:len(r)-1])
	}
	return SafeName(name + ext), nil
}

// RetentionCode gives the DA/T 22 code of a 保管期限: 永久 → Y, 定期30年 or
// 30年 → D30, 定期10年 or 10年 → D10; a value already in code form (Y, D30)
// or anything else is returned as given.
func RetentionCode(s string) string {
	s = strings.TrimSpace(s)
	switch s {
	case "永久":
		return "Y"
	case "长期":
		return "C"
	case "短期":
		return "D"
	}
	t := strings.TrimSuffix(strings.TrimPrefix(s, "定期"), "年")
	if t != s {
		if _, err := strconv.Atoi(t); err == nil {
			return "D" + t
		}
	}
	return s
}
