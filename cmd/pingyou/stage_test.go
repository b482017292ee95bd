package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStageFromTheCommandLine: `run --stage 公示` writes the 公示 alone,
// by default beside the config's output folder, which verify accepts; a
// config without the contact stops with the key to fill; an unknown stage
// is a usage error naming the one there is.
func TestStageFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("PINGYOU_FONTS", filepath.Join(startDir, "..", "..", "fonts"))
	work := copyWorkbooks(t, filepath.Join(dir, "work"))
	sample, err := os.ReadFile(filepath.Join(startDir, "..", "..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("样例.yaml", sample, 0o644)
	noContact := strings.Replace(string(sample), "  contact: 王明", "  contact: \"\"", 1)
	if noContact == string(sample) {
		t.Fatal("samples/pingyou.yaml has no publicity.contact to blank")
	}
	os.WriteFile("无联系人.yaml", []byte(noContact), 0o644)

	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown stage", []string{"run", "--stage", "决定", work[0], work[1]}, 2, []string{"不认识的 --stage 决定", "--stage 公示"}},
		{"no contact", []string{"run", "--stage", "公示", "--config", "无联系人.yaml", work[0], work[1]}, 1,
			[]string{"无联系人.yaml：第42行 publicity.contact：没有填写“公示联系人” → 在这一行填写受理异议的联系人。例：王老师"}},
		{"check the 公示 alone", []string{"check", "--stage", "公示", "--config", "样例.yaml", work[0], work[1]}, 0,
			[]string{"只生成拟表彰对象公示", "公示期：2012年6月15日至2012年6月21日", "检查通过"}},
		{"the 公示 alone", []string{"run", "--stage", "公示", "--config", "样例.yaml", work[0], work[1]}, 0,
			[]string{"完成：3 个文件写入 out-公示"}},
		{"verify it", []string{"verify", "out-公示"}, 0, []string{"校验通过", "3 个文件"}},
		{"help", []string{"run", "-h"}, 0, []string{"--stage 公示", "只生成拟表彰对象公示"}},
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
	if _, err := os.Stat(filepath.Join("out-公示", "公文", "拟表彰对象公示.pdf")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat("out"); !os.IsNotExist(err) {
		t.Errorf("the 公示 alone made the full results' folder: %v", err)
	}
}
