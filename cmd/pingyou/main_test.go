package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestExitCodesAndMessages(t *testing.T) {
	dir := t.TempDir()
	xls := filepath.Join(dir, "花名册.xls")
	os.WriteFile(xls, append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...), 0o644)
	empty := filepath.Join(dir, "空.xlsx")
	os.WriteFile(empty, nil, 0o644)
	badCfg := filepath.Join(dir, "bad.yaml")
	os.WriteFile(badCfg, []byte("unit:\n  nmae: x\n"), 0o644)

	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout+stderr
	}{
		{"version", []string{"version"}, 0, "pingyou "},
		{"no workbooks", []string{"run"}, 2, "请给出要处理的工作簿"},
		{"unknown flag", []string{"run", "--bogus", "x.xlsx"}, 2, "命令行参数有误"},
		{"broken xls", []string{"check", xls}, 2, "另存为"},
		{"empty file", []string{"check", empty}, 2, "空.xlsx"},
		{"missing file", []string{"check", filepath.Join(dir, "没有.xlsx")}, 2, "没有.xlsx"},
		{"config typo", []string{"check", "--config", badCfg, empty}, 2, "不认识的配置项 nmae"},
		{"verify non-output", []string{"verify", dir}, 2, "manifest.json"},
		{"init needs dir", []string{"init"}, 2, "用法：pingyou init 目录"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(append([]string{"pingyou"}, tt.args...), &out, &errb)
		all := out.String() + errb.String()
		if code != tt.code || !strings.Contains(all, tt.want) {
			t.Errorf("%s: exit %d, output %q; want exit %d and %q", tt.name, code, all, tt.code, tt.want)
		}
		if strings.Contains(all, "panic") || strings.Contains(all, "goroutine") {
			t.Errorf("%s: stack trace shown to the user: %s", tt.name, all)
		}
	}
}

func TestInputsNeverModified(t *testing.T) {
	src := filepath.Join("..", "..", "samples", "测评表.xlsx")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "测评表.xlsx")
	os.WriteFile(in, b, 0o444)
	var out, errb bytes.Buffer
	// Only one of the two workbooks: check reports the missing sheets (exit 1).
	code := run([]string{"pingyou", "check", "-o", filepath.Join(dir, "out"), in}, &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1; %s", code, errb.String())
	}
	after, _ := os.ReadFile(in)
	if !bytes.Equal(b, after) {
		t.Fatal("check modified its input")
	}
}

// english finds Go's or yaml.v3's English left in a message.
var english = regexp.MustCompile(`no such file|not a directory|is a directory|permission denied|cannot unmarshal|already defined|\bEOF\b|yaml:|line \d`)

// copyWorkbooks puts the sample workbooks into dir.
func copyWorkbooks(t *testing.T, dir string) []string {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	var out []string
	for _, n := range []string{"花名册.xlsx", "测评表.xlsx"} {
		b, err := os.ReadFile(filepath.Join(startDir, "..", "..", "samples", n))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, n)
		os.WriteFile(p, b, 0o644)
		out = append(out, p)
	}
	return out
}

func TestSettingsAndSafetyFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	sample := filepath.Join(startDir, "..", "..", "samples", "pingyou.yaml")
	plain := copyWorkbooks(t, filepath.Join(dir, "未配置"))
	work := copyWorkbooks(t, filepath.Join(dir, "work"))
	os.MkdirAll(filepath.Join(dir, "材料"), 0o755)
	os.WriteFile(filepath.Join(dir, "材料", "工作总结.docx"), []byte("一年的工作"), 0o644)
	os.WriteFile(filepath.Join(dir, "坏.yaml"), []byte("unit:\n  year: 二〇一二\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "重复.yaml"), []byte("unit:\n  name: 甲\n  name: 乙\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "空.yaml"), nil, 0o644)

	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"no settings anywhere", []string{"check", plain[0], plain[1]}, 1,
			[]string{"不能确定以哪个单位的名义发文", "缺少“发文机关”（unit.name）", "--sample"}},
		{"the sample by name", []string{"check", "--sample", plain[0], plain[1]}, 0,
			[]string{"内置示例配置", "发文机关：中共江城师范学院委员会", "检查通过"}},
		{"sample and config", []string{"check", "--sample", "--config", sample, plain[0]}, 2, []string{"只能用一个"}},
		{"-o work work/*.xlsx --force", []string{"run", "--config", sample, "-o", "work", "--force", work[0], work[1]}, 2,
			[]string{"在输出目录 work 中", "没有生成"}},
		{"--force -o 材料", []string{"run", "--config", sample, "-o", "材料", "--force", plain[0], plain[1]}, 2,
			[]string{"不是 pingyou 生成的文件（工作总结.docx）"}},
		{"yaml type", []string{"check", "--config", "坏.yaml", plain[0]}, 2, []string{"坏.yaml", "第2行 unit.year：应为整数（值：二〇一二）"}},
		{"yaml duplicate", []string{"check", "--config", "重复.yaml", plain[0]}, 2, []string{"第3行：配置项 name 重复（第2行已经写过）"}},
		{"yaml empty", []string{"check", "--config", "空.yaml", plain[0]}, 2, []string{"文件是空的"}},
		{"config under a file", []string{"check", "--config", filepath.Join(plain[0], "x.yaml"), plain[0]}, 2, []string{"路径中有一段不是文件夹"}},
		{"workbook under a file", []string{"check", "--sample", filepath.Join(plain[0], "x.xlsx")}, 2, []string{"路径中有一段不是文件夹"}},
		{"output under a file", []string{"run", "--config", sample, "-o", filepath.Join(plain[0], "out"), plain[0], plain[1]}, 2, []string{"路径中有一段不是文件夹"}},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(append([]string{"pingyou"}, tt.args...), &out, &errb)
		all := out.String() + errb.String()
		for _, w := range tt.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: output lacks %q (exit %d):\n%s", tt.name, w, code, all)
			}
		}
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d:\n%s", tt.name, code, tt.code, all)
		}
		if m := english.FindString(all); m != "" {
			t.Errorf("%s: English %q in:\n%s", tt.name, m, all)
		}
	}
	// Nothing was deleted or changed.
	for _, p := range append(work, filepath.Join(dir, "材料", "工作总结.docx")) {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

func TestInitExplainsWhatItWrote(t *testing.T) {
	t.Chdir(t.TempDir()) // check writes 问题标注 beside the default output folder
	dir := filepath.Join(t.TempDir(), "年终评议")
	var out, errb bytes.Buffer
	if code := run([]string{"pingyou", "init", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, w := range []string{"花名册.xlsx：先填“单位信息”表", "pingyou.yaml：评议方案", "pingyou check " + filepath.Join(dir, "花名册.xlsx")} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("init output lacks %q:\n%s", w, out.String())
		}
	}
	// Run on the blank templates: it stops at the 单位信息 cells to fill.
	out.Reset()
	errb.Reset()
	code := run([]string{"pingyou", "check", filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "花名册.xlsx 单位信息!B3：没有填写“发文机关”") ||
		!strings.Contains(errb.String(), "配置文件："+filepath.Join(dir, "pingyou.yaml")) {
		t.Errorf("check of blank templates: exit %d\n%s", code, errb.String())
	}
}

// startDir is the package folder, for tests that change the working folder.
var startDir, _ = os.Getwd()

// TestDepartmentFromTheCommandLine runs a department of two units made from
// the samples: A generates (and is over a 1% limit), B's roster is empty.
func TestDepartmentFromTheCommandLine(t *testing.T) {
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "fonts"))
	t.Setenv("PINGYOU_FONTS", fonts)
	d := t.TempDir()
	dept := filepath.Join(d, "部门")
	for _, u := range []string{"A", "B"} {
		os.MkdirAll(filepath.Join(dept, u), 0o755)
		for _, f := range []string{"花名册.xlsx", "测评表.xlsx", "pingyou.yaml"} {
			b, err := os.ReadFile(filepath.Join("..", "..", "samples", f))
			if err != nil {
				t.Fatal(err)
			}
			if u == "B" && f == "花名册.xlsx" {
				b = nil
			}
			os.WriteFile(filepath.Join(dept, u, f), b, 0o644)
		}
	}
	os.WriteFile(filepath.Join(dept, "部门.yaml"), []byte("department:\n  name: 中共测试市委组织部\nlimits:\n  excellent: 1%\n"), 0o644)
	onlyA := filepath.Join(dept, "仅A.yaml")
	os.WriteFile(onlyA, []byte("department:\n  name: 中共测试市委组织部\nunits:\n  - dir: A\nlimits:\n  excellent: 1%\n"), 0o644)
	out, out2, out3 := filepath.Join(d, "结果"), filepath.Join(d, "分头"), filepath.Join(d, "仅A")

	tests := []struct {
		name string
		args []string
		code int
		want []string // in stdout+stderr
	}{
		{"units", []string{"units", dept}, 0, []string{"A\nB\n"}},
		{"check", []string{"check", dept}, 1, []string{"［B］", "花名册.xlsx", "1 个单位有问题：B"}},
		{"run", []string{"run", "-o", out, dept}, 1, []string{"1 个单位没有结果", "B", "超出部门规定的比例", "优秀"}},
		{"verify department", []string{"verify", out}, 0, []string{"部门的结果", "1 个单位没有结果"}},
		{"verify unit", []string{"verify", filepath.Join(out, "单位", "A")}, 0, []string{"校验通过"}},
		{"over a limit only", []string{"run", "-o", out3, onlyA}, 3, []string{"超出部门规定的比例"}},
		{"one unit", []string{"run", "--unit", "A", "-o", out2, dept}, 0, []string{"完成"}},
		{"unknown unit", []string{"run", "--unit", "C", "-o", out2, dept}, 2, []string{"没有单位 C", "A、B"}},
		{"merge", []string{"run", "--summary-only", "-o", out2, dept}, 1, []string{"1 个单位没有结果"}},
		{"verify merged", []string{"verify", out2}, 0, []string{"部门的结果"}},
		{"unit flag on workbooks", []string{"run", "--unit", "A", filepath.Join(dept, "A", "花名册.xlsx")}, 2, []string{"--unit 只用于部门汇总"}},
		{"both", []string{"run", "--unit", "A", "--summary-only", dept}, 2, []string{"只能用一个"}},
		{"options after the folder", []string{"run", dept, "-o", out}, 2, []string{"选项要写在部门文件夹前面", "-o"}},
	}
	for _, tt := range tests {
		var o, e bytes.Buffer
		code := run(append([]string{"pingyou"}, tt.args...), &o, &e)
		all := o.String() + e.String()
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d\n%s", tt.name, code, tt.code, all)
		}
		for _, w := range tt.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: output does not say %q:\n%s", tt.name, w, all)
			}
		}
	}
}
