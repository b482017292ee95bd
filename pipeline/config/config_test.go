package config

import (
	"bytes"
	"os"
	"path/filepath"
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
