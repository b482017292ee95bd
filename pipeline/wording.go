package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/template"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/templates"
)

// CertificateWordingName is the certificates' wording in templates/.
const CertificateWordingName = "证书措辞.yaml"

// Placeholder is one piece of data a wording may use, as it is written
// there ({{.年度}} or {年度}) and what it stands for.
type Placeholder struct {
	Name    string `json:"name"`
	Written string `json:"written"`
	Meaning string `json:"meaning"`
}

// Wording is one wording template a department may edit: a notice's
// (text/template with {{.名字}} placeholders) or the certificates' (YAML
// with {名字} placeholders). Edited copies go in a templates folder
// (unit.templates, Settings.Templates) under Name.
type Wording struct {
	Name         string        `json:"name"`  // file name, e.g. 表彰决定.tmpl
	Title        string        `json:"title"` // what it words, e.g. 表彰决定
	Preview      string        `json:"preview"`
	Placeholders []Placeholder `json:"placeholders"`
	fields       []compose.Field
	certificates bool
}

// Wordings are the wording templates of a batch, in the order a page lists
// them, named as the config names them.
func Wordings(cfg *config.Config) []Wording {
	ws := []Wording{
		{Name: cfg.Decision.Template, Title: "表彰决定", Preview: PreviewDecision, fields: compose.DecisionFields},
		{Name: cfg.BranchNotice.Template, Title: "支部评议结果通知", Preview: PreviewNotice, fields: compose.BranchFields},
		{Name: CertificateWordingName, Title: "证书", Preview: PreviewCertificates, fields: compose.CertificateFields, certificates: true},
	}
	for i := range ws {
		for _, f := range ws[i].fields {
			ws[i].Placeholders = append(ws[i].Placeholders, Placeholder{Name: f.Name, Written: ws[i].written(f.Name), Meaning: f.Meaning})
		}
	}
	return ws
}

func (w Wording) written(name string) string {
	if w.certificates {
		return "{" + name + "}"
	}
	return "{{." + name + "}}"
}

// WordingBytes is the wording in effect for cfg: the edited copy in its
// templates folder, else the built-in one.
func WordingBytes(cfg *config.Config, name string) ([]byte, error) { return templateBytes(cfg, name) }

// BuiltinWording is the wording as shipped.
func BuiltinWording(name string) ([]byte, error) {
	b, err := templates.FS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("找不到模板 %s", name)
	}
	return b, nil
}

// WordingSection is a part of a wording edited on its own: a notice
// template's {{define}} block, a certificate's title, 称呼 or body.
type WordingSection struct {
	Key       string `json:"key"`
	Label     string `json:"label"`
	Text      string `json:"text"`
	Multiline bool   `json:"multiline"`
}

// WordingText is a wording split for editing: the template's own notes and
// its sections, in order.
type WordingText struct {
	Help     string           `json:"help"`
	Sections []WordingSection `json:"sections"`
}

// WordingError is a problem with an edited wording, located in a section
// (and a line of it, from 1; 0 when it concerns the whole section).
type WordingError struct {
	Section string // WordingSection.Key
	Label   string
	Line    int
	Message string
}

func (e *WordingError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("“%s”第%d行：%s", e.Label, e.Line, e.Message)
	}
	if e.Label != "" {
		return fmt.Sprintf("“%s”：%s", e.Label, e.Message)
	}
	return e.Message
}

var (
	defineRE  = regexp.MustCompile(`\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}`)
	endRE     = regexp.MustCompile(`\{\{-?\s*end\s*-?\}\}`)
	commentRE = regexp.MustCompile(`(?s)\{\{-?\s*/\*(.*?)\*/\s*-?\}\}`)
)

// block is a {{define}} of a notice template: where its head, body and
// {{end}} are in the file.
type block struct {
	name                  string
	head, body, end, stop int // offsets: head start, body start, body end ({{end}} start), after {{end}}
}

func blocks(s string) []block {
	locs := defineRE.FindAllStringSubmatchIndex(s, -1)
	var out []block
	for i, l := range locs {
		limit := len(s)
		if i+1 < len(locs) {
			limit = locs[i+1][0]
		}
		ends := endRE.FindAllStringIndex(s[l[1]:limit], -1)
		if len(ends) == 0 {
			continue
		}
		last := ends[len(ends)-1]
		out = append(out, block{name: s[l[2]:l[3]], head: l[0], body: l[1], end: l[1] + last[0], stop: l[1] + last[1]})
	}
	return out
}

// noticeLabel names a {{define}} block for people.
func noticeLabel(name string) string {
	switch {
	case name == "正文":
		return "正文（每行一段）"
	case strings.HasSuffix(name, "说明"):
		return strings.TrimSuffix(name, "说明") + "标题下的说明"
	case strings.HasPrefix(name, "附件"):
		return name + "的标题"
	}
	return name
}

// Split cuts a wording file into its sections for editing.
func (w Wording) Split(b []byte) (*WordingText, error) {
	if w.certificates {
		return splitCertificates(b)
	}
	s := string(b)
	bl := blocks(s)
	out := &WordingText{Sections: []WordingSection{}}
	var help []string
	pre := len(s)
	if len(bl) > 0 {
		pre = bl[0].head
	}
	for _, m := range commentRE.FindAllStringSubmatch(s[:pre], -1) {
		help = append(help, strings.TrimSpace(m[1]))
	}
	out.Help = strings.Join(help, "\n")
	for _, k := range bl {
		out.Sections = append(out.Sections, WordingSection{Key: k.name, Label: noticeLabel(k.name), Text: s[k.body:k.end],
			Multiline: k.name == "正文"})
	}
	return out, nil
}

// Join puts edited sections back into the wording file b (the one they
// were split from): a notice's {{define}} heads and the certificates'
// codes stay as they were. Sections not in texts keep their text.
func (w Wording) Join(b []byte, texts map[string]string) ([]byte, error) {
	if w.certificates {
		return joinCertificates(b, texts)
	}
	s := string(b)
	var out strings.Builder
	at := 0
	for _, k := range blocks(s) {
		t, ok := texts[k.name]
		if !ok {
			continue
		}
		out.WriteString(s[at:k.body])
		out.WriteString(strings.ReplaceAll(t, "\r\n", "\n"))
		at = k.end
	}
	out.WriteString(s[at:])
	return []byte(out.String()), nil
}

// Check finds what would make the wording fail or print wrong, in words a
// department understands: an unknown placeholder (named, with the known
// ones listed), a {{ }} written wrong (with its line), a title that would
// print braces. It also runs a notice template on sample data: with none,
// one and several of each count. The error is a *WordingError.
func (w Wording) Check(b []byte) error {
	if w.certificates {
		return w.checkCertificates(b)
	}
	text, err := w.Split(b)
	if err != nil {
		return err
	}
	for _, sec := range text.Sections {
		if err := w.checkSection(sec); err != nil {
			return err
		}
	}
	t, err := compose.ParseTemplate(w.Name, b)
	if err != nil {
		return &WordingError{Message: templateMessage(err.Error(), nil)}
	}
	for _, n := range []int{0, 1, 3} {
		if err := t.ExecuteTemplate(&bytes.Buffer{}, "正文", w.sample(n)); err != nil {
			sec, line := w.sectionAt(b, err.Error())
			return &WordingError{Section: sec.Key, Label: sec.Label, Line: line, Message: "按示例数据套用时出错：" + execMessage(err.Error())}
		}
		for _, k := range text.Sections {
			if err := t.ExecuteTemplate(&bytes.Buffer{}, k.Key, w.sample(n)); err != nil {
				return &WordingError{Section: k.Key, Label: k.Label, Message: "按示例数据套用时出错：" + execMessage(err.Error())}
			}
		}
	}
	return nil
}

// checkSection parses one {{define}} block alone, so a line number is the
// section's own.
func (w Wording) checkSection(sec WordingSection) error {
	src := `{{define "` + sec.Key + `"}}` + sec.Text + `{{end}}`
	t, err := template.New(sec.Key).Parse(src)
	if err != nil {
		line := 0
		if m := tmplErrRE.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		return &WordingError{Section: sec.Key, Label: sec.Label, Line: line, Message: templateMessage(err.Error(), w.fields)}
	}
	if unknown := compose.TemplateFields(t, w.fields); len(unknown) > 0 {
		u := unknown[0]
		return &WordingError{Section: sec.Key, Label: sec.Label, Line: strings.Count(src[:u.Pos], "\n") + 1,
			Message: w.unknownMessage(u.Name)}
	}
	return nil
}

func (w Wording) unknownMessage(name string) string {
	var known []string
	for _, p := range w.Placeholders {
		known = append(known, p.Written+"（"+p.Meaning+"）")
	}
	return fmt.Sprintf("有不认识的占位符 %s。可用的占位符：%s", name, strings.Join(known, "、"))
}

// sample is data for a trial run of a notice template: every count n.
func (w Wording) sample(n int) map[string]any {
	data := map[string]any{}
	for _, f := range w.fields {
		if elems, ok := compose.ListFields[f.Name]; ok { // n elements
			list := make([]map[string]any, n)
			for i := range list {
				list[i] = map[string]any{}
				for _, e := range elems {
					list[i][e.Name] = any("某某")
					if e.Number {
						list[i][e.Name] = n
					}
				}
			}
			data[f.Name] = list
		} else if f.Number {
			data[f.Name] = n
			if f.Name == "年度" {
				data[f.Name] = 2024
			}
		} else {
			data[f.Name] = "某某"
		}
	}
	return data
}

// sectionAt finds the section and its line that an execution error of the
// whole file points at (template: NAME:LINE:COL: …).
func (w Wording) sectionAt(b []byte, msg string) (WordingSection, int) {
	m := tmplErrRE.FindStringSubmatch(msg)
	if m == nil {
		return WordingSection{}, 0
	}
	line, _ := strconv.Atoi(m[1])
	s := string(b)
	for _, k := range blocks(s) {
		first := strings.Count(s[:k.body], "\n") + 1
		last := strings.Count(s[:k.end], "\n") + 1
		if line >= first && line <= last {
			return WordingSection{Key: k.name, Label: noticeLabel(k.name)}, line - first + 1
		}
	}
	return WordingSection{}, 0
}

var (
	tmplErrRE = regexp.MustCompile(`template: [^:]*:(\d+)(?::\d+)?: (.*)$`)
	funcRE    = regexp.MustCompile(`function "([^"]+)" not defined`)
	missingRE = regexp.MustCompile(`missing value for (\w+)`)
	varRE     = regexp.MustCompile(`undefined variable "([^"]+)"`)
	badCharRE = regexp.MustCompile(`bad character U\+([0-9A-F]+) '(.+)'`)
)

// templateMessage says a text/template parse error in Chinese.
func templateMessage(msg string, fields []compose.Field) string {
	detail := msg
	if m := tmplErrRE.FindStringSubmatch(msg); m != nil {
		detail = m[2]
	}
	switch {
	case funcRE.MatchString(detail):
		name := funcRE.FindStringSubmatch(detail)[1]
		for _, f := range fields {
			if f.Name == name {
				return fmt.Sprintf("占位符 {{%s}} 少了前面的点，应写成 {{.%s}}", name, name)
			}
		}
		return fmt.Sprintf("{{ }} 中有不认识的“%s”：占位符要写成 {{.名字}}，判断用 {{if …}}…{{end}}", name)
	case strings.Contains(detail, "unexpected EOF"):
		return "{{if …}} 或 {{with …}} 缺少配对的 {{end}}，或某个 {{ 缺少配对的 }}"
	case strings.Contains(detail, "unexpected {{end}}"):
		return "多了一个 {{end}}（没有与之配对的 {{if …}} 或 {{with …}}）"
	case strings.Contains(detail, "unexpected {{else}}"):
		return "{{else}} 的位置不对：它只能写在 {{if …}} 与 {{end}} 之间"
	case strings.Contains(detail, "unclosed action"), strings.Contains(detail, "unclosed left paren"):
		return "有一个 {{ 缺少配对的 }}"
	case missingRE.MatchString(detail):
		return fmt.Sprintf("{{%s}} 后面缺少条件，例如 {{%s .优秀}}", missingRE.FindStringSubmatch(detail)[1], missingRE.FindStringSubmatch(detail)[1])
	case varRE.MatchString(detail):
		return fmt.Sprintf("不认识的变量 %s", varRE.FindStringSubmatch(detail)[1])
	case badCharRE.MatchString(detail):
		return fmt.Sprintf("{{ }} 中有不能用的字符“%s”：占位符要写成 {{.名字}}，点和名字之间不加空格", badCharRE.FindStringSubmatch(detail)[2])
	case strings.Contains(detail, `no such template "正文"`), strings.Contains(detail, "缺少"):
		return "缺少正文"
	}
	return "{{ }} 中的写法有误：占位符要写成 {{.名字}}，判断写成 {{if …}}…{{else}}…{{end}}"
}

// execMessage says a text/template execution error in Chinese.
func execMessage(msg string) string {
	switch {
	case strings.Contains(msg, "incompatible types for comparison"):
		return "比较的两边一个是数字、一个是文字（人数可以与数字比较，名称不能）"
	case strings.Contains(msg, "map has no entry for key"):
		return "用到了不存在的数据"
	case strings.Contains(msg, "wrong number of args"):
		return "{{ }} 中判断的写法有误（参数个数不对）"
	}
	return "{{ }} 中的写法有误"
}

// certParts are the parts of a certificate's wording a department edits
// (code and recipient are not wording).
var certParts = []struct{ key, label string }{{"title", "标题"}, {"suffix", "称呼后的文字"}, {"body", "正文（每行一段）"}}

func splitCertificates(b []byte) (*WordingText, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("证书措辞文件有误，无法在网页上编辑；请恢复为内置措辞")
	}
	doc := root.Content[0]
	out := &WordingText{Sections: []WordingSection{}}
	var help []string
	comments := root.HeadComment + "\n" + doc.HeadComment
	if len(doc.Content) > 0 {
		comments += "\n" + doc.Content[0].HeadComment
	}
	for _, l := range strings.Split(comments, "\n") {
		if l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "#")); l != "" {
			help = append(help, l)
		}
	}
	out.Help = strings.Join(help, "\n")
	for i := 0; i+1 < len(doc.Content); i += 2 {
		award, m := doc.Content[i].Value, doc.Content[i+1]
		for _, p := range certParts {
			v := mapValue(m, p.key)
			sec := WordingSection{Key: award + "/" + p.key, Label: award + " · " + p.label, Multiline: p.key == "body"}
			if v != nil {
				if v.Kind == yaml.SequenceNode {
					var lines []string
					for _, c := range v.Content {
						lines = append(lines, c.Value)
					}
					sec.Text = strings.Join(lines, "\n")
				} else {
					sec.Text = v.Value
				}
			}
			out.Sections = append(out.Sections, sec)
		}
	}
	return out, nil
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func joinCertificates(b []byte, texts map[string]string) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("证书措辞文件有误，无法在网页上编辑；请恢复为内置措辞")
	}
	doc := root.Content[0]
	for i := 0; i+1 < len(doc.Content); i += 2 {
		award, m := doc.Content[i].Value, doc.Content[i+1]
		for _, p := range certParts {
			t, ok := texts[award+"/"+p.key]
			if !ok {
				continue
			}
			var v *yaml.Node
			if p.key == "body" {
				v = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
				for _, l := range strings.Split(strings.ReplaceAll(t, "\r\n", "\n"), "\n") {
					if l = strings.TrimSpace(l); l != "" {
						v.Content = append(v.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: l})
					}
				}
			} else {
				v = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.TrimSpace(t)}
			}
			if old := mapValue(m, p.key); old != nil {
				*old = *v
			} else {
				m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: p.key}, v)
			}
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		return nil, err
	}
	enc.Close()
	return buf.Bytes(), nil
}

func (w Wording) checkCertificates(b []byte) error {
	text, err := splitCertificates(b)
	if err != nil {
		return &WordingError{Message: err.Error()}
	}
	for _, sec := range text.Sections {
		part := sec.Key[strings.LastIndex(sec.Key, "/")+1:]
		lines := strings.Split(sec.Text, "\n")
		if strings.TrimSpace(sec.Text) == "" && part != "suffix" {
			return &WordingError{Section: sec.Key, Label: sec.Label, Message: "不能为空"}
		}
		for i, l := range lines {
			line := 0
			if sec.Multiline {
				line = i + 1
			}
			if part != "body" {
				if compose.StrayBraces(l) || len(compose.WordingFields(l, nil)) > 0 {
					return &WordingError{Section: sec.Key, Label: sec.Label, Message: "这里不能用占位符，会原样印出；占位符只能用在正文中"}
				}
				continue
			}
			if u := compose.WordingFields(l, w.fields); len(u) > 0 {
				return &WordingError{Section: sec.Key, Label: sec.Label, Line: line, Message: w.unknownMessage(u[0].Name)}
			}
			if compose.StrayBraces(l) {
				return &WordingError{Section: sec.Key, Label: sec.Label, Line: line,
					Message: "有不配对的括号 { }：占位符要用半角大括号，写成 {姓名} 这样"}
			}
		}
	}
	if _, err := compose.ParseWording(b); err != nil {
		return &WordingError{Message: err.Error()}
	}
	return nil
}
