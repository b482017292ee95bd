package compose

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"
)

// Field is one piece of data a wording template may use: {{.年度}} in a
// notice template, {年度} in the certificate wording. Number: a count or
// year (compared with gt, eq …), else a text.
type Field struct {
	Name    string
	Meaning string
	Number  bool
}

// DecisionFields are the data of the 表彰决定 template (Decision's data).
var DecisionFields = []Field{
	{"单位", "发文机关全称", false}, {"年度", "评议年度", true}, {"活动", "活动名称", false}, {"纪念", "表彰时机，可能为空", false},
	{"先进组织数", "受表彰的先进基层党组织个数", true}, {"第一个先进组织", "名单中第一个先进基层党组织", false},
	{"优秀党员数", "受表彰的优秀共产党员人数", true}, {"第一个优秀党员", "名单中第一名优秀共产党员", false},
}

// BranchFields are the data of the branch notice template (BranchNotices').
var BranchFields = []Field{
	{"单位", "发文机关全称", false}, {"年度", "评议年度", true}, {"支部", "党支部名称", false}, {"党员总数", "本支部党员人数", true},
	{"参评人数", "参加评定等次的党员人数", true}, {"名额", "优秀等次名额", true}, {"名额说明", "名额怎么算的，可能为空", false},
	{"优秀", "评为优秀的人数", true}, {"合格", "评为合格的人数", true}, {"基本合格", "评为基本合格的人数", true}, {"不合格", "评为不合格的人数", true},
	{"不评定等次", "不评定等次的总人数", true}, {"预备党员", "不评定等次的预备党员人数", true},
	{"其他不评定等次", "因其他原因不评定等次的人数", true}, {"不评定原因", "这些人不评定等次的原因", false},
	// 与上年对比 (lastyear.go): empty or 0 without last year's results.
	{"有上年对比", "是否与上年对比", false}, {"上年年度", "上年的评议年度", true}, {"支部档次", "本支部本年的分类定档", false},
	{"上年档次", "本支部上年的分类定档", false}, {"档次变化", "晋位、持平、降档，无法比较时为空", false},
	{"关注档次", "需要关注的档次，如“一般或差”", false}, {"连续关注档次", "连续处于这些档次的年数，如“两年”，不是时为空", false},
	{"支部连续表彰", "本支部连续获得的表彰（每项有 .表彰 .连续）", false},
	{"连续基本合格不合格", "连续评为基本合格或不合格的党员（每组有 .连续 .名单 .人数）", false},
	{"连续表彰", "连续获得表彰的党员（每组有 .表彰 .连续 .名单 .人数）", false},
}

// CertificateFields are the placeholders of the certificate wording's body
// (Certificates' vars; all texts).
var CertificateFields = []Field{
	{"姓名", "获奖人姓名或组织名称", false}, {"单位", "所在党支部", false}, {"年度", "评议年度", false}, {"活动", "活动名称", false},
	{"发证机关", "发文机关全称", false}, {"单位代码", "单位代码", false}, {"类别", "证书类别代码", false}, {"序号", "证书序号", false},
}

// UnknownField is a placeholder a template uses that its data lacks.
type UnknownField struct {
	Name string // as written: {{.单位名称}} or {单位名称}
	Pos  int    // byte offset in the template's text
}

// TemplateFields lists, in order, the placeholders t uses ({{.名字}}) that
// are not among known. Found by walking the parse trees, so a placeholder
// inside an {{if}} branch the sample data does not take is found too.
func TemplateFields(t *template.Template, known []Field) []UnknownField {
	ok := map[string]bool{}
	for _, f := range known {
		ok[f.Name] = true
	}
	var out []UnknownField
	w := fieldWalk{out: &out, root: func(n *parse.VariableNode) {
		// $.年度 is the data's field wherever the dot is.
		if len(n.Ident) > 1 && n.Ident[0] == "$" && !ok[n.Ident[1]] {
			out = append(out, UnknownField{Name: "{{" + strings.Join(n.Ident, ".") + "}}", Pos: int(n.Pos)})
		}
	}}
	data := func(ident []string) bool { return len(ident) > 0 && ok[ident[0]] }
	for _, tt := range t.Templates() {
		if tt.Tree != nil {
			w.walk(tt.Tree.Root, data, true)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// fieldWalk collects the fields a template tree uses that its data lacks.
type fieldWalk struct {
	root func(*parse.VariableNode) // judges $.X, the data's field anywhere
	out  *[]UnknownField
}

// walk visits n, where known judges a field of the dot ({{.X}}). Inside
// {{with}} and {{range}} the dot is a value, not the data: every data
// value is a number or a text, so any field of it is unknown, but for the
// elements of a list field the data has (ListFields; top: n is where the
// dot is the data).
func (w fieldWalk) walk(n parse.Node, known func(ident []string) bool, top bool) {
	inner := func(elems map[string]bool) func([]string) bool {
		return func(ident []string) bool { return len(ident) == 1 && elems[ident[0]] }
	}
	switch n := n.(type) {
	case *parse.VariableNode:
		w.root(n)
	case *parse.ListNode:
		if n != nil { // an {{if}} without {{else}}
			for _, c := range n.Nodes {
				w.walk(c, known, top)
			}
		}
	case *parse.ActionNode:
		w.walk(n.Pipe, known, top)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				w.walk(c, known, top)
			}
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			w.walk(a, known, top)
		}
	case *parse.FieldNode:
		if !known(n.Ident) {
			*w.out = append(*w.out, UnknownField{Name: "{{." + strings.Join(n.Ident, ".") + "}}", Pos: int(n.Pos)})
		}
	case *parse.ChainNode:
		w.walk(n.Node, known, top)
	case *parse.IfNode:
		w.walk(n.Pipe, known, top)
		w.walk(n.List, known, top)
		w.walk(n.ElseList, known, top)
	case *parse.WithNode:
		w.walk(n.Pipe, known, top)
		w.walk(n.List, inner(nil), false)
		w.walk(n.ElseList, known, top)
	case *parse.RangeNode:
		w.walk(n.Pipe, known, top)
		var elems map[string]bool
		if top {
			elems = listElems(n.Pipe)
		}
		w.walk(n.List, inner(elems), false)
		w.walk(n.ElseList, known, top)
	case *parse.TemplateNode:
		w.walk(n.Pipe, known, top)
	}
}

// listElems is the keys of the elements of the list field a {{range}}
// goes over (ListFields), nil when it is not one.
func listElems(p *parse.PipeNode) map[string]bool {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return nil
	}
	f, ok := p.Cmds[0].Args[0].(*parse.FieldNode)
	if !ok || len(f.Ident) != 1 {
		return nil
	}
	keys := map[string]bool{}
	for _, e := range ListFields[f.Ident[0]] {
		keys[e.Name] = true
	}
	return keys
}

// WordingFields lists the placeholders of a certificate wording text that
// are not among known, as written ({单位名称}, {序号:12}).
func WordingFields(text string, known []Field) []UnknownField {
	ok := map[string]bool{}
	for _, f := range known {
		ok[f.Name] = true
	}
	var out []UnknownField
	for _, m := range placeholderRE.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		if !ok[name] {
			out = append(out, UnknownField{Name: text[m[0]:m[1]], Pos: m[0]})
			continue
		}
		if m[4] >= 0 {
			if w, err := strconv.Atoi(text[m[4]:m[5]]); err != nil || w > maxPadWidth {
				out = append(out, UnknownField{Name: text[m[0]:m[1]], Pos: m[0]})
			}
		}
	}
	return out
}

// strayBraceRE finds braces a certificate text has outside placeholders:
// a placeholder typed with the wrong brackets ({姓名】) would print as is.
var strayBraceRE = regexp.MustCompile(`[{}｛｝]`)

// StrayBraces reports whether text has braces that are not part of a
// placeholder.
func StrayBraces(text string) bool {
	return strayBraceRE.MatchString(placeholderRE.ReplaceAllString(text, ""))
}
