package archive

import (
	"strings"
	"testing"
)

func TestNaming(t *testing.T) {
	fields := map[string]string{"全宗号": "JCSF", "门类": "WS", "年度": "2012", "保管期限": RetentionCode("永久"), "机构": "DW",
		"题名": "关于表彰的决定", "名称": "牛犇", "类别": "优秀共产党员", "文件编号": "江师党发〔2012〕15号"}
	tests := []struct {
		pattern string
		seq     int
		want    string
	}{
		{"{全宗号}-WS·{年度}-{保管期限}-{机构}-{件号:4}", 7, "JCSF-WS·2012-Y-DW-0007.pdf"},
		{"{全宗号}-{门类}·{年度}-{保管期限}-{机构}-{件号}", 12, "JCSF-WS·2012-Y-DW-0012.pdf"},
		{"{件号:3}-{名称}", 1, "001-牛犇.pdf"},
		{"{类别}/{件号}", 2, "优秀共产党员_0002.pdf"}, // a slash in the pattern cannot make a folder
		{"{文件编号}-{件号}", 1, "江师党发〔2012〕15号-0001.pdf"},
		{"CON{件号:1}", 1, "CON1.pdf"},
		{"{件号:1}", 10, "10.pdf"},
	}
	for _, tt := range tests {
		n, err := ParseNaming(tt.pattern)
		if err != nil {
			t.Errorf("ParseNaming(%q): %v", tt.pattern, err)
			continue
		}
		got, err := n.Name(fields, tt.seq, ".pdf")
		if err != nil || got != tt.want {
			t.Errorf("%q seq %d: %q, %v; want %q", tt.pattern, tt.seq, got, err, tt.want)
		}
	}
	// Values that would break a path are sanitised.
	n, _ := ParseNaming("{名称}-{件号}")
	got, _ := n.Name(map[string]string{"名称": `../a\b:c`}, 1, ".pdf")
	if got != "_a_b_c-0001.pdf" {
		t.Errorf("unsafe value gave %q", got)
	}
	got, _ = n.Name(map[string]string{"名称": strings.Repeat("中", 100)}, 1, ".pdf")
	if len(got) > maxNameBytes || !strings.HasSuffix(got, ".pdf") {
		t.Errorf("long name %d bytes: %q", len(got), got)
	}
	// A reserved device name as the whole base is escaped.
	n, _ = ParseNaming("{名称}{件号:1}")
	if got, _ := n.Name(map[string]string{"名称": "COM"}, 1, ".pdf"); got != "_COM1.pdf" {
		t.Errorf("reserved name gave %q", got)
	}
	if _, err := n.Name(map[string]string{}, 1, ".pdf"); err == nil || !strings.Contains(err.Error(), "{名称}") {
		t.Errorf("empty field: %v", err)
	}
}

func TestParseNamingErrors(t *testing.T) {
	for pattern, want := range map[string]string{
		"{全宗号}-{年份}-{件号}": "{年份} 不认识",
		"{全宗号:4}-{件号}":    "只有 {件号}",
		"{全宗号}-{年度}":      "没有 {件号}",
		"{件号}}":           "花括号",
		"{件号:0}":          "1–9",
	} {
		if _, err := ParseNaming(pattern); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseNaming(%q) = %v, want an error with %q", pattern, err, want)
		}
	}
}

func TestRetentionCode(t *testing.T) {
	for in, want := range map[string]string{"永久": "Y", "定期30年": "D30", "30年": "D30", "10年": "D10", "D10": "D10", "Y": "Y", "长期": "C"} {
		if got := RetentionCode(in); got != want {
			t.Errorf("RetentionCode(%q) = %q, want %q", in, got, want)
		}
	}
}
