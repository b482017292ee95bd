package layout

import "testing"

func TestMetaText(t *testing.T) {
	for in, want := range map[string]string{
		"关于表彰\n优秀\t党员":      "关于表彰 优秀 党员",
		"a\x00b\x7fc\ufffe": "abc",
		"  全角　空格  ":         "全角　空格",
		"<&>":               "<&>",
	} {
		if got := MetaText(in); got != want {
			t.Errorf("MetaText(%q) = %q, want %q", in, got, want)
		}
	}
}
