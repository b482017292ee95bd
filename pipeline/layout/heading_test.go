package layout

import "testing"

func TestHeadingLevel(t *testing.T) {
	for _, c := range []struct {
		text   string
		level  int
		number string
	}{
		{"一、指导思想", Heading1, "一、"},
		{" 二、目标要求 ", Heading1, "二、"},
		{"十、其他", Heading1, "十、"},
		{"十一、附则", Heading1, "十一、"},
		{"二十、附则", Heading1, "二十、"},
		{"二十三、附则", Heading1, "二十三、"},
		{"（一）学习动员阶段", Heading2, "（一）"},
		{"（十二）其他", Heading2, "（十二）"},
		{"(三)半角括号", Heading2, "(三)"},
		{"1.公开承诺", Heading3, "1."},
		{"12．领导点评", Heading3, "12．"},
		{"１．全角数字", Heading3, "１．"},
		{"（1）群众评议", Heading4, "（1）"},
		{"（10）评选表彰", Heading4, "（10）"},
		{"1.5亿元投入", HeadingNone, ""},
		{"2012年6月28日", HeadingNone, ""},
		{"一十、错写", HeadingNone, ""},
		{"一是加强学习", HeadingNone, ""},
		{"（附件）", HeadingNone, ""},
		{"深入开展创先争优活动", HeadingNone, ""},
		{"十七届四中全会", HeadingNone, ""},
		{"", HeadingNone, ""},
	} {
		if got := HeadingLevel(c.text); got != c.level {
			t.Errorf("HeadingLevel(%q) = %d, want %d", c.text, got, c.level)
		}
		if n, _ := HeadingNumber(c.text); n != c.number {
			t.Errorf("HeadingNumber(%q) = %q, want %q", c.text, n, c.number)
		}
	}
}
