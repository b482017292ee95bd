package main

import (
	"bytes"
	"os"
	"path/filepath"
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
