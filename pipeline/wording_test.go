package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
)

func wordingByName(t *testing.T, name string) Wording {
	t.Helper()
	for _, w := range Wordings(config.Builtin()) {
		if w.Name == name {
			return w
		}
	}
	t.Fatalf("no wording %s", name)
	return Wording{}
}

// TestWordingSplitJoin: the built-in wordings pass the check, split into
// the sections the page edits and join back unchanged.
func TestWordingSplitJoin(t *testing.T) {
	for _, w := range Wordings(config.Builtin()) {
		b, err := BuiltinWording(w.Name)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Check(b); err != nil {
			t.Errorf("%s: built-in wording: %v", w.Name, err)
		}
		text, err := w.Split(b)
		if err != nil {
			t.Fatal(err)
		}
		texts := map[string]string{}
		var keys []string
		for _, s := range text.Sections {
			texts[s.Key] = s.Text
			keys = append(keys, s.Key)
		}
		joined, err := w.Join(b, texts)
		if err != nil {
			t.Fatal(err)
		}
		if w.Name == CertificateWordingName {
			a, _ := compose.ParseWording(b)
			c, err := compose.ParseWording(joined)
			if err != nil || !reflect.DeepEqual(a, c) {
				t.Errorf("%s: joined differs: %v\n%s", w.Name, err, joined)
			}
			if !strings.Contains(string(joined), "可用的占位符") {
				t.Errorf("%s: the notes at the top were lost:\n%s", w.Name, joined)
			}
		} else if string(joined) != string(b) {
			t.Errorf("%s: joined differs:\n%s", w.Name, joined)
		}
		if text.Help == "" {
			t.Errorf("%s: no notes", w.Name)
		}
		t.Logf("%s: %v", w.Name, keys)
	}
	w := wordingByName(t, "表彰决定.tmpl")
	b, _ := BuiltinWording(w.Name)
	text, _ := w.Split(b)
	if got := text.Sections[0]; got.Key != "正文" || !got.Multiline || !strings.HasPrefix(got.Text, "{{.年度}}年，全校各级党组织") {
		t.Errorf("the first section: %+v", got)
	}
}

// TestWordingErrorsSayWhatAndWhere: each mistake a department can make in
// the wording is said in Chinese with its section and line; an unknown
// placeholder is named with the known ones listed.
func TestWordingErrorsSayWhatAndWhere(t *testing.T) {
	dec := wordingByName(t, "表彰决定.tmpl")
	cert := wordingByName(t, CertificateWordingName)
	decB, _ := BuiltinWording(dec.Name)
	certB, _ := BuiltinWording(cert.Name)
	body := func(w Wording, b []byte, key string) string {
		text, _ := w.Split(b)
		for _, s := range text.Sections {
			if s.Key == key {
				return s.Text
			}
		}
		t.Fatalf("no section %s", key)
		return ""
	}
	decBody := body(dec, decB, "正文")
	tests := []struct {
		name     string
		w        Wording
		b        []byte
		key      string
		text     string
		want     string // the whole message
		wantLine int
	}{
		{"unknown placeholder", dec, decB, "正文", "{{.年度}}年，\n{{.单位名称}}深入学习", "“正文（每行一段）”第2行：有不认识的占位符 {{.单位名称}}。可用的占位符：{{.单位}}（发文机关全称）、{{.年度}}（评议年度）、{{.活动}}（活动名称）、{{.纪念}}（表彰时机，可能为空）、{{.先进组织数}}（受表彰的先进基层党组织个数）、{{.第一个先进组织}}（名单中第一个先进基层党组织）、{{.优秀党员数}}（受表彰的优秀共产党员人数）、{{.第一个优秀党员}}（名单中第一名优秀共产党员）", 2},
		{"in a branch not taken", dec, decB, "正文", decBody + "{{if gt .先进组织数 100}}{{.先进组织名单}}{{end}}", "有不认识的占位符 {{.先进组织名单}}", 0},
		{"without the dot", dec, decB, "附件1", "{{年度}}年度先进基层党组织名单", "“附件1的标题”第1行：占位符 {{年度}} 少了前面的点，应写成 {{.年度}}", 1},
		{"an if without end", dec, decB, "正文", "第一段\n{{if .优秀党员数}}表彰", "{{if …}} 或 {{with …}} 缺少配对的 {{end}}", 0},
		{"an end too many", dec, decB, "正文", "第一段{{end}}", "多了一个 {{end}}", 1},
		{"a number compared with a text", dec, decB, "正文", "{{if gt .单位 1}}多{{end}}", "按示例数据套用时出错：比较的两边一个是数字、一个是文字", 0},
		{"a certificate's unknown placeholder", cert, certB, "优秀共产党员/body", "在{年度}年度{活动}中表现突出\n{名字}同志特发此证", "“优秀共产党员 · 正文（每行一段）”第2行：有不认识的占位符 {名字}。可用的占位符：{姓名}（获奖人姓名或组织名称）、{单位}（所在党支部）、{年度}（评议年度）、{活动}（活动名称）、{发证机关}（发文机关全称）、{单位代码}（单位代码）、{类别}（证书类别代码）、{序号}（证书序号）", 2},
		{"a placeholder in a title", cert, certB, "先进基层党组织/title", "{年度}奖状", "“先进基层党组织 · 标题”：这里不能用占位符，会原样印出；占位符只能用在正文中", 0},
		{"full-width braces", cert, certB, "优秀共产党员/body", "在｛年度｝年度表现突出", "有不配对的括号 { }", 1},
		{"an empty body", cert, certB, "优秀党务工作者/body", " \n", "“优秀党务工作者 · 正文（每行一段）”：不能为空", 0},
	}
	for _, tt := range tests {
		joined, err := tt.w.Join(tt.b, map[string]string{tt.key: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		err = tt.w.Check(joined)
		var we *WordingError
		if !errors.As(err, &we) {
			t.Errorf("%s: err = %v, want a WordingError", tt.name, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) || we.Section != tt.key || tt.wantLine > 0 && we.Line != tt.wantLine {
			t.Errorf("%s: %q (section %s line %d),\nwant %q in section %s line %d", tt.name, err, we.Section, we.Line, tt.want, tt.key, tt.wantLine)
		}
		t.Logf("%s: %s", tt.name, err)
		for _, en := range []string{"template:", "unexpected", "function", "map has", "yaml:"} {
			if strings.Contains(err.Error(), en) {
				t.Errorf("%s: English in %q", tt.name, err)
			}
		}
	}
}

// TestEditedWordingIsUsed: a folder of edited wording given as
// Settings.Templates takes the place of the built-in one.
func TestEditedWordingIsUsed(t *testing.T) {
	t.Setenv("PINGYOU_FONTS", filepath.Join("..", "fonts"))
	dir := t.TempDir()
	w := wordingByName(t, "表彰决定.tmpl")
	b, _ := BuiltinWording(w.Name)
	edited, err := w.Join(b, map[string]string{"正文": "{{.年度}}年，本委员会各级党组织表现突出，特此表彰。"})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, w.Name), edited, 0o644); err != nil {
		t.Fatal(err)
	}
	_, inputs := copySamples(t, qingshan)
	pdfBytes, _, err := Preview(Options{Settings: Settings{Templates: dir}, Inputs: inputs}, PreviewDecision)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "决定.pdf")
	os.WriteFile(p, pdfBytes, 0o644)
	if text := pdftotext(t, p); !strings.Contains(text, "2024年，本委员会各级党组织表现突出，特此表彰。") {
		t.Errorf("the edited wording is not in the decision:\n%s", text)
	}
}
