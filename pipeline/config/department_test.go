package config

import (
	"strings"
	"testing"
)

// TestDepartmentConfig: the embedded default, a file's own limits and
// notice, and messages that name the line and key.
func TestDepartmentConfig(t *testing.T) {
	def := DefaultDepartment("部门")
	if def.Limits.Excellent.String() != "15%" || def.Limits.Commended.String() != "10%" || def.Limits.Advanced.String() != "10%" || def.Notice != nil || len(def.Units) != 0 {
		t.Fatalf("default: %+v", def)
	}
	d, err := ParseDepartment([]byte("department:\n  name: 中共江城市委组织部\n  year: 2012\nunits:\n  - dir: 甲\n  - dir: 乙\n    config: 乙.yaml\n"), "部门/部门.yaml", "部门")
	if err != nil {
		t.Fatal(err)
	}
	if d.Limits.Excellent.String() != "15%" {
		t.Errorf("limits left out should be the default's: %+v", d.Limits)
	}
	if d.Path(d.Units[1].Config) != "部门/乙.yaml" {
		t.Errorf("path %q", d.Path(d.Units[1].Config))
	}
	d, err = ParseDepartment([]byte("limits:\n  excellent: 0.2\n"), "部门.yaml", ".")
	if err != nil || d.Limits.Excellent.Rat().RatString() != "1/5" || d.Limits.Commended.IsSet() {
		t.Fatalf("own limits: %+v, %v", d, err)
	}
	d, err = ParseDepartment([]byte("notice:\n  mark: 中共江城市委组织部文件\n  number: 江组发〔2013〕3号\n  title: 关于2012年度民主评议党员工作情况的通报\n  issue_date: 2013-01-15\n  office: 中共江城市委组织部办公室\n"), "部门.yaml", ".")
	if err != nil {
		t.Fatal(err)
	}
	c := d.NoticeConfig("中共江城市委组织部", 2012)
	if c.Decision.Template != DefaultNoticeTemplate || c.Unit.PrintDate != c.Unit.IssueDate || c.Unit.Name != "中共江城市委组织部" || len(c.Fonts.Faces) == 0 {
		t.Errorf("notice config: %+v", c)
	}
	for _, tc := range []struct{ yaml, want string }{
		{"limits:\n  excellent: 150%\n", "第2行 limits.excellent：比例上限应大于 0、不超过 100%（值：150%）"},
		{"limits:\n  advanced: 十\n", "第2行"},
		{"units:\n  - dir: a/甲\n  - dir: b/甲\n", "第3行 units[1].dir：与第 1 个单位的文件夹同名（甲）"},
		{"units:\n  - config: x.yaml\n", "units[0]：缺少单位文件夹（dir）"},
		{"department:\n  year: 12\n", "第2行 department.year"},
		{"notice:\n  mark: 某某文件\n", "生成汇总通报要写发文字号"},
		{"unit:\n  name: x\n", "第1行"},
		{"", "文件是空的"},
	} {
		_, err := ParseDepartment([]byte(tc.yaml), "部门.yaml", ".")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "部门配置文件 部门.yaml 有误：") {
			t.Errorf("%q: %v, want %q", tc.yaml, err, tc.want)
		}
	}
}
