package compose

import (
	"strings"
	"testing"
)

func TestFillPaddingIsBounded(t *testing.T) {
	vars := map[string]string{"序号": "7", "年度": "2024"}
	tests := []struct{ pattern, want, err string }{
		{"{年度}-{序号:4}", "2024-0007", ""},
		{"{序号:9}", "000000007", ""},
		{"{序号:1}", "7", ""},
		{"{序号:999999999}", "", "位数最多 9"},
		{"{序号:99999999999999999999}", "", "位数最多 9"},
		{"{编号}", "", "不认识的占位符 {编号}"},
	}
	for _, tt := range tests {
		got, err := fill(tt.pattern, vars)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("fill(%q): %q, %v; want error %q", tt.pattern, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("fill(%q) = %q, %v; want %q", tt.pattern, got, err, tt.want)
		}
	}
}
