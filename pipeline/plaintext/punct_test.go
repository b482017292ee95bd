package plaintext

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestNormalisePunct(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"总体思路是:坚持以邓小平理论为指导,深入贯彻;努力?做到!", "总体思路是：坚持以邓小平理论为指导，深入贯彻；努力？做到！"},
		{"(一)强组织、增活力", "（一）强组织、增活力"},
		{"(2010年6月)", "（2010年6月）"},
		{"生(学员)的", "生（学员）的"},
		{"会议于12:30开始,共3,000人", "会议于12:30开始，共3,000人"},
		{"(电子邮箱： xbzaj@xbedu.net,电话:85177992)", "（电子邮箱： xbzaj@xbedu.net，电话：85177992）"},
		{"网址:http://www.moe.gov.cn/a,b.html。", "网址：http://www.moe.gov.cn/a,b.html。"},
		{"地址: 西安市东郊", "地址：西安市东郊"},
		{"全面推进阶段 (2010年8月—2011年6月)。", "全面推进阶段（2010年8月—2011年6月）。"},
		{"(c) 2012 Copyright, Inc.", "(c) 2012 Copyright, Inc."},
		{"GB/T 9704-2012 (Chinese)", "GB/T 9704-2012 (Chinese)"},
		{"“五个好”,“五带头”", "“五个好”，“五带头”"},
	} {
		got, _ := NormalisePunct(tc.in)
		if got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestDropSpaces(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"要以深入学习实践科学发展观为主线，以 “筑牢科学发展堡垒", "要以深入学习实践科学发展观为主线，以“筑牢科学发展堡垒"},
		{"标准 GB/T 9704 规定", "标准 GB/T 9704 规定"},
		{"2012 年", "2012 年"},
		{"党的建设   基层组织", "党的建设基层组织"},
		{"（电子邮箱： xbzaj@xbedu.net，电话：85177992）", "（电子邮箱：xbzaj@xbedu.net，电话：85177992）"},
	} {
		if got, _ := DropSpaces(tc.in); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// halfInChinese finds a half-width , : ; ? ! ( ) next to Chinese text.
var halfInChinese = regexp.MustCompile(`\p{Han}[,:;?!()]|[,:;?!()]\p{Han}`)

// TestParsePunct: in every seed, no half-width mark is left next to
// Chinese text, each line changed is named in a warning with its changes,
// and URLs, e-mail addresses and numbers keep their marks.
func TestParsePunct(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	total := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, diags := Parse(string(b))
		texts := []string{n.Title, n.Recipients}
		for _, blk := range n.Body {
			texts = append(texts, blk.Text+blk.RunIn)
		}
		for _, s := range texts {
			if m := halfInChinese.FindString(s); m != "" {
				t.Errorf("%s: %q left in %.40s…", filepath.Base(f), m, s)
			}
		}
		warned := 0
		for _, d := range diags {
			if strings.Contains(d.Problem, "半角标点已改为全角") {
				warned += strings.Count(d.Problem, "→")
				if !strings.HasPrefix(d.Problem, "第") || d.Value == "" {
					t.Errorf("%s: warning without its line: %s", filepath.Base(f), d)
				}
			}
		}
		total += warned
		t.Logf("%s: %d marks changed", filepath.Base(f), warned)
		if strings.Contains(string(b), "xbzaj@xbedu.net") {
			found := false
			for _, s := range texts {
				found = found || strings.Contains(s, "邮箱：xbzaj@xbedu.net，电话：85177992")
			}
			if !found {
				t.Errorf("%s: the e-mail address and telephone number were not kept", filepath.Base(f))
			}
		}
	}
	if total < 200 {
		t.Errorf("only %d marks changed over the seeds (003 and 004 have hundreds)", total)
	}
}
