package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// yamlMessage turns yaml.v3's English errors into Chinese sentences that
// keep the line number and, where the line is known, name the key. The
// English text is never shown: a message yaml.v3 may add later falls back to
// a general sentence with the line.
func yamlMessage(err error, b []byte, idx keyIndex) string {
	if errors.Is(err, io.EOF) {
		return "文件是空的，没有任何设置"
	}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		var out []string
		for _, e := range te.Errors {
			out = append(out, translateYAML(e, b, idx))
		}
		return strings.Join(out, "；")
	}
	return translateYAML(err.Error(), b, idx)
}

var (
	unknownFieldRE = regexp.MustCompile(`^line (\d+): field (\S+) not found in type`)
	cannotRE       = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")
	duplicateRE    = regexp.MustCompile(`^line (\d+): mapping key "(.*)" already defined at line (\d+)$`)
	lineRE         = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	anchorRE       = regexp.MustCompile(`^(?:yaml: )?unknown anchor '(.*)' referenced$`)
)

// syntaxMessages are yaml.v3's parser and scanner messages, in Chinese.
var syntaxMessages = []struct{ en, zh string }{
	{"did not find expected key", "缩进没有对齐，或少了冒号"},
	{"mapping values are not allowed in this context", "这里不能出现冒号：值中含有冒号时请用引号括起来，或检查缩进"},
	{"did not find expected ',' or ']'", "方括号 [ ] 没有配对，或列表项之间少了逗号"},
	{"did not find expected ',' or '}'", "花括号 { } 没有配对，或两项之间少了逗号"},
	{"found unexpected end of stream", "文件意外结束：引号或括号没有配对"},
	{"found character that cannot start any token", "有不能出现在这里的字符：不要用 Tab 键缩进；以 @、` 开头的值请用引号括起来"},
	{"found a tab character that violates indentation", "用了 Tab 键缩进，YAML 只能用空格缩进"},
	{"found a tab character where an indentation space is expected", "用了 Tab 键缩进，YAML 只能用空格缩进"},
	{"could not find expected ':'", "少了冒号（写成“名称: 值”，冒号后面要有一个空格）"},
	{"did not find expected node content", "缺少值"},
	{"did not find expected '-' indicator", "列表项（以 - 开头的行）缩进没有对齐"},
	{"block sequence entries are not allowed in this context", "这里不能开始列表（- ），请检查缩进"},
	{"found unknown escape character", "双引号中有不认识的转义（反斜杠 \\），请改用单引号或去掉反斜杠"},
	{"control characters are not allowed", "含有不可见的控制字符，请删去"},
	{"invalid leading UTF-8 octet", "不是 UTF-8 编码；请用记事本打开后“另存为”，编码选 UTF-8"},
	{"invalid trailing UTF-8 octet", "不是 UTF-8 编码；请用记事本打开后“另存为”，编码选 UTF-8"},
	{"incomplete UTF-8 octet sequence", "不是 UTF-8 编码；请用记事本打开后“另存为”，编码选 UTF-8"},
	{"document contains excessive aliasing", "别名（*）引用过多"},
	{"exceeded max depth", "嵌套层次过深"},
}

func translateYAML(s string, b []byte, idx keyIndex) string {
	if strings.HasPrefix(s, "第") {
		return s // from our own UnmarshalYAML (dates, numbers): already Chinese
	}
	if m := unknownFieldRE.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("第%s行：不认识的配置项 %s（请检查拼写和缩进）", m[1], m[2])
	}
	if m := duplicateRE.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("第%s行：配置项 %s 重复（第%s行已经写过），请删去其中一处", m[1], m[2], m[3])
	}
	if m := cannotRE.FindStringSubmatch(s); m != nil {
		line, _ := strconv.Atoi(m[1])
		where, value := "第"+m[1]+"行", m[3]
		if k := idx.keyAt(line, m[3]); k != "" {
			where += " " + k
			if full := idx[k].Value; full != "" {
				value = full // yaml.v3 cuts long values mid-character
			}
		}
		if value != "" {
			value = "（值：" + value + "）"
		}
		return fmt.Sprintf("%s：应为%s%s", where, goTypeName(m[4], m[2]), value)
	}
	if m := anchorRE.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("引用了没有定义的锚点 *%s", m[1])
	}
	line, msg := "", strings.TrimPrefix(s, "yaml: ")
	if m := lineRE.FindStringSubmatch(s); m != nil {
		line, msg = m[1], m[2]
	}
	zh := "格式不对，请检查缩进、冒号和引号"
	for _, sm := range syntaxMessages {
		if strings.HasPrefix(msg, sm.en) {
			zh = sm.zh
			break
		}
	}
	if line == "" {
		if n := tabLine(b); n > 0 {
			return fmt.Sprintf("第%d行：用了 Tab 键缩进，YAML 只能用空格缩进", n)
		}
		return zh
	}
	if n := tabLine(b); n > 0 {
		if l, _ := strconv.Atoi(line); l >= n {
			return fmt.Sprintf("第%d行：用了 Tab 键缩进，YAML 只能用空格缩进", n)
		}
	}
	return "第" + line + "行：" + zh
}

// tabLine is the first line indented with a tab, or 0.
func tabLine(b []byte) int {
	for i, l := range bytes.Split(b, []byte("\n")) {
		ind := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		if bytes.ContainsRune(ind, '\t') && len(bytes.TrimSpace(l)) > 0 {
			return i + 1
		}
	}
	return 0
}

// goTypeName says in words what a Go type of the config expects.
func goTypeName(t, got string) string {
	switch {
	case t == "int" || t == "int64" || t == "*int" || t == "uint":
		if got == "float" {
			return "整数（不能有小数，也不能太大）"
		}
		return "整数"
	case t == "float64" || t == "float32":
		return "数字"
	case t == "string":
		return "一段文字（不是列表或一组设置）"
	case t == "bool":
		return "true 或 false"
	case strings.HasPrefix(t, "[]"):
		return "列表，如 [甲, 乙] 或每行以“- ”开头"
	case strings.HasPrefix(t, "map["):
		return "一组“名称: 值”（下一行缩进写）"
	}
	return "一组设置（下一行缩进写“名称: 值”），不是一个值或列表"
}
