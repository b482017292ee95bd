package oserr

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDescribeRealErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "花名册.xlsx")
	os.WriteFile(file, []byte("x"), 0o644)
	_, notExist := os.Open(filepath.Join(dir, "没有.xlsx"))
	_, notDir := os.Stat(filepath.Join(file, "x.yaml"))
	_, isDir := os.ReadFile(dir)
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"not exist", notExist, "没有.xlsx：不存在"},
		{"not a directory", notDir, "x.yaml：路径中有一段不是文件夹"},
		{"is a directory", isDir, "是文件夹"},
		{"other", errors.New("出错了"), "出错了"},
	}
	for _, tt := range tests {
		got := Describe(tt.err)
		if !strings.Contains(got, tt.want) || strings.Contains(got, " directory") || strings.Contains(got, "open ") {
			t.Errorf("%s: Describe(%v) = %q, want %q", tt.name, tt.err, got, tt.want)
		}
	}
}

func TestTranslateLeavesNoEnglish(t *testing.T) {
	tests := []struct{ in, want string }{
		{"无法读取配置文件：open /tmp/a/pingyou.yaml: no such file or directory", "无法读取配置文件：/tmp/a/pingyou.yaml：不存在"},
		{"无法创建临时输出目录：mkdir /x/材料/.out.tmp-1: not a directory", "无法创建临时输出目录：/x/材料/.out.tmp-1：路径中有一段不是文件夹"},
		{"rename /a/out /a/.out.old: permission denied", "/a/out /a/.out.old：没有权限"},
		{"读取失败（read 花名册.xlsx: is a directory）", "读取失败（花名册.xlsx：是文件夹，不是文件）"},
		{"写入失败：no space left on device", "写入失败：磁盘空间不足"},
		{"open C:\\x\\a.yaml: The system cannot find the file specified.", "C:\\x\\a.yaml：不存在"},
	}
	for _, tt := range tests {
		if got := Translate(tt.in); !strings.HasPrefix(got, tt.want) {
			t.Errorf("Translate(%q) = %q, want prefix %q", tt.in, got, tt.want)
		}
	}
}
