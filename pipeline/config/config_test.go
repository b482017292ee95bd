package config

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The sample scheme ships twice: embedded as the default and as
// samples/pingyou.yaml for people to copy. They must not drift apart.
func TestSampleConfigIsTheDefault(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, DefaultBytes()) {
		t.Fatal("samples/pingyou.yaml differs from templates/pingyou.yaml; run: cp templates/pingyou.yaml samples/")
	}
}

func TestParseErrorsAreChineseWithLine(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"typo", "unit:\n  nmae: x\n", "第2行：不认识的配置项 nmae"},
		{"bad date", "unit:\n  name: x\n  year: 2012\n  issue_date: 2012/6/28\n", "第4行：日期应写成 2012-06-28"},
		{"no such day", "unit:\n  name: x\n  year: 2012\n  issue_date: 2012-02-30\n", "没有这一天"},
		{"tab", "unit:\n\tname: x\n", "第2行"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.yaml), "测试.yaml", "")
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "测试.yaml") {
			t.Errorf("%s: err = %v, want it to name the file and say %q", tt.name, err, tt.want)
		}
	}
}

func TestMissingSectionsComeFromTheDefault(t *testing.T) {
	d := Default()
	var b bytes.Buffer
	b.WriteString("unit:\n  name: 中共某某委员会\n  year: 2013\n  issue_date: 2013-07-01\n")
	i := bytes.Index(DefaultBytes(), []byte("\nscheme:"))
	b.Write(DefaultBytes()[i:])
	c, err := Parse(b.Bytes(), "x.yaml", "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Fonts.Faces["fang"] != d.Fonts.Faces["fang"] || c.Output.Dir != "out" {
		t.Errorf("fonts/output not defaulted: %+v %+v", c.Fonts, c.Output)
	}
	if c.Unit.PrintDate != c.Unit.IssueDate {
		t.Errorf("print_date should default to issue_date, got %v", c.Unit.PrintDate)
	}
}

// english finds Go's or yaml.v3's English in a message meant for people.
var english = regexp.MustCompile(`cannot unmarshal|already defined|EOF|not found in type|mapping|yaml:|line \d|found character|did not find|no such file|not a directory|permission denied`)

func TestEveryNumberIsCheckedWithKeyAndLine(t *testing.T) {
	base := string(DefaultBytes())
	tests := []struct {
		name, from, to, want string
	}{
		{"book_pages overflow", "book_pages: 500", "book_pages: 9223372036854775807", "第{line}行 certificates.book_pages：合订本每册最多页数应为 1 到 10000 之间的整数（值：9223372036854775807）"},
		{"book_pages beyond int", "book_pages: 500", "book_pages: 99999999999999999999", "第{line}行 certificates.book_pages：应为整数"},
		{"book_pages negative", "book_pages: 500", "book_pages: -1", "第{line}行 certificates.book_pages"},
		{"offset nan", "offset_x_mm: 0 ", "offset_x_mm: .nan ", "第{line}行 certificates.offset_x_mm：套打水平偏移应为 -50 到 50 之间的毫米数（值：.nan）"},
		{"offset inf", "offset_y_mm: 0 ", "offset_y_mm: .inf ", "第{line}行 certificates.offset_y_mm：套打垂直偏移应为 -50 到 50 之间的毫米数（值：.inf）"},
		{"offset huge", "offset_x_mm: 0 ", "offset_x_mm: 1e300 ", "（值：1e300）"},
		{"offset words", "offset_x_mm: 0 ", "offset_x_mm: 左移两毫米 ", "第{line}行 certificates.offset_x_mm：应为数字（值：左移两毫米）"},
		{"number width", `number: "{单位代码}-{年度}-{类别}-{序号:4}"`, `number: "{序号:999999999}"`, "第{line}行 certificates.number：{序号:位数} 的位数应为 1 到 9（值：{序号:999999999}）"},
		{"number placeholder", `number: "{单位代码}-{年度}-{类别}-{序号:4}"`, `number: "{编号}"`, "第{line}行 certificates.number：不认识的占位符 {编号}"},
		{"year", "year: 2012 ", "year: 20120 ", "第{line}行 unit.year：评议年度应为 1949 到 2200 之间的四位年份（值：20120）"},
		{"year text", "year: 2012 ", "year: 二〇一二 ", "第{line}行 unit.year：应为整数（值：二〇一二）"},
		{"quota count", "        ratio: 15%\n", "        count: 9223372036854775807\n", "scheme.grades[2].quota.count：名额应为 0 到 1000000 之间的整数"},
		{"long number", `        - {field: 综合得分, op: ">=", value: 85}`, `        - {field: 综合得分, op: ">=", value: 85.000000000000000000000000000000000000000000000001}`, "第{line}行 scheme.grades[2].when[0].value：数字写得太长"},
		{"duplicate key", "  code: JCSF ", "  name: 又一个\n  code: JCSF ", "第{line}行：配置项 name 重复（第9行已经写过）"},
		{"list for text", "  short_name: 江城师范学院党委 ", "  short_name: [甲, 乙] ", "第{line}行 unit.short_name：应为一段文字"},
		{"text for list", "  cc: [江城市委组织部, 江城市委教育工委]", "  cc: 江城市委组织部", "第{line}行 decision.cc：应为列表"},
		{"section as value", "\nunit:\n", "\nunit: 江城\nunit_:\n", "应为一组设置"},
		{"colon in value", "  campaign: 创先争优活动", "  campaign: 活动: 创先争优", "第{line}行：这里不能出现冒号"},
		{"publicity days", "  days: 5 ", "  days: 31 ", "第{line}行 publicity.days：公示工作日数应为 1 到 30 之间的整数（值：31）"},
		{"publicity seal mode", "  seal_mode: seal ", "  seal_mode: 盖章 ", "第{line}行 publicity.seal_mode：不认识的印章方式 盖章：可写 seal（加盖印章，默认）或 none（不加盖印章）"},
		{"publicity start", "  start: 2012-06-15 ", "  start: 2012-06-31 ", "第{line}行：没有这一天（值：2012-06-31）"},
		{"unclosed bracket", "  cc: [江城市委组织部, 江城市委教育工委]", "  cc: [江城市委组织部, 江城市委教育工委", "方括号 [ ] 没有配对"},
	}
	for _, tt := range tests {
		y := strings.Replace(base, tt.from, tt.to, 1)
		if y == base {
			t.Fatalf("%s: %q not in the default config", tt.name, tt.from)
		}
		// {line}: the line the replaced text starts on (its first non-blank
		// line), so edits elsewhere in the default config do not move it.
		at := strings.Index(base, strings.TrimLeft(tt.from, "\n"))
		tt.want = strings.ReplaceAll(tt.want, "{line}", strconv.Itoa(strings.Count(base[:at], "\n")+1))
		_, err := Parse([]byte(y), "/some/where/本校.yaml", "")
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "配置文件 本校.yaml 有误") {
			t.Errorf("%s: err = %v\nwant it to name the file and say %q", tt.name, err, tt.want)
			continue
		}
		if m := english.FindString(err.Error()); m != "" {
			t.Errorf("%s: English %q in %q", tt.name, m, err)
		}
	}
	for _, y := range []string{"", "   \n# 只有注释\n", "- 甲\n- 乙\n", "unit: 1\n", "\tunit:\n"} {
		_, err := Parse([]byte(y), "x.yaml", "")
		if err == nil || english.MatchString(err.Error()) {
			t.Errorf("%q: err = %v", y, err)
		}
	}
}

func TestLoadSaysWhatIsWrongWithThePath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.yaml")
	os.WriteFile(file, []byte("unit:\n  name: x\n"), 0o644)
	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "没有.yaml"), "找不到配置文件"},
		{filepath.Join(file, "b.yaml"), "路径中有一段不是文件夹"},
		{dir, "是文件夹"},
	} {
		_, err := Load(tt.path)
		if err == nil || !strings.Contains(err.Error(), tt.want) || english.MatchString(err.Error()) {
			t.Errorf("Load(%s) = %v, want %q", tt.path, err, tt.want)
		}
	}
}

func TestInitConfigHasNoUnitSettings(t *testing.T) {
	c, err := Parse(InitBytes(), "pingyou.yaml", "")
	if err != nil {
		t.Fatal(err)
	}
	for p := range c.keys {
		if strings.HasPrefix(p, "unit") || isNoticeUnitKey(p) {
			t.Errorf("init config sets %s", p)
		}
	}
	if c.SchemeBuiltin || len(c.Scheme.Grades) != len(Default().Scheme.Grades) || c.Certificates.Layout != "奖状A4横" {
		t.Errorf("scheme not the sample's: builtin %v, %d grades", c.SchemeBuiltin, len(c.Scheme.Grades))
	}
	if !bytes.HasSuffix(InitBytes(), DefaultBytes()[bytes.Index(DefaultBytes(), []byte("# 评议方案")):]) {
		t.Error("init config's scheme section differs from the default's")
	}
}
