package plaintext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    model.Date
		chinese bool
		ok      bool
	}{
		{"2010年6月28日", model.Date{Year: 2010, Month: 6, Day: 28}, false, true},
		{"二〇一〇年六月二十八日", model.Date{Year: 2010, Month: 6, Day: 28}, true, true},
		{"二〇一二年十月一日", model.Date{Year: 2012, Month: 10, Day: 1}, true, true},
		{"二〇一二年十二月三十一日", model.Date{Year: 2012, Month: 12, Day: 31}, true, true},
		{"二〇一二年十一月二十日", model.Date{Year: 2012, Month: 11, Day: 20}, true, true},
		{"二零一二年七月十日", model.Date{Year: 2012, Month: 7, Day: 10}, true, true},
		{"2010年6月", model.Date{Year: 2010, Month: 6}, false, true},
		{"2010年13月1日", model.Date{}, false, false},
		{"二〇一二年一十月一日", model.Date{}, true, false},
	}
	for _, tt := range tests {
		d, chinese, ok := parseDate(tt.in)
		if ok != tt.ok || ok && (d != tt.want || chinese != tt.chinese) {
			t.Errorf("parseDate(%q) = %v, %v, %v; want %v, %v, %v", tt.in, d, chinese, ok, tt.want, tt.chinese, tt.ok)
		}
	}
}

func TestParseSynthetic(t *testing.T) {
	text := `江师党发【2012】15号
中共江城师范学院委员会关于表彰2012年度
先进基层党组织和优秀共产党员的决定
各党总支、直属党支部：
　　2012年，全校各级党组织深入开展创先争优活动。
一、表彰对象
（一）先进基层党组织。机关第一党支部等十个。
1.评选条件。按照“五个好”的要求。
（1）组织推荐。
附件：1.2012年度先进基层党组织名单
2.2012年度优秀共产党员名单
中共江城师范学院委员会
二〇一二年六月二十八日
主题词：表彰　决定
抄送：中共江城市委组织部，江城市委教育工委。
中共江城师范学院委员会办公室　　2012年6月28日印发
`
	n, diags := Parse(text)
	if n.Number != "江师党发〔2012〕15号" {
		t.Errorf("number %q", n.Number)
	}
	if n.Title != "中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定" {
		t.Errorf("title %q", n.Title)
	}
	if n.Recipients != "各党总支、直属党支部：" {
		t.Errorf("recipients %q", n.Recipients)
	}
	kinds := []document.BlockKind{document.Paragraph, document.Heading1, document.Heading2, document.Heading3, document.Heading4}
	if len(n.Body) != len(kinds) {
		t.Fatalf("body %+v", n.Body)
	}
	for i, k := range kinds {
		if n.Body[i].Kind != k {
			t.Errorf("block %d %q is %v, want %v", i, n.Body[i].Text, n.Body[i].Kind, k)
		}
	}
	if b := n.Body[2]; b.Text != "（一）先进基层党组织。" || b.RunIn != "机关第一党支部等十个。" {
		t.Errorf("run-in heading split as %q + %q", b.Text, b.RunIn)
	}
	if len(n.Attachments) != 2 || n.Attachments[0].Name != "2012年度先进基层党组织名单" || n.Attachments[1].Name != "2012年度优秀共产党员名单" {
		t.Errorf("attachments %+v", n.Attachments)
	}
	if len(n.Organs) != 1 || n.Organs[0] != "中共江城师范学院委员会" || n.Date != (model.Date{Year: 2012, Month: 6, Day: 28}) {
		t.Errorf("signature %v %v", n.Organs, n.Date)
	}
	if strings.Join(n.CC, "|") != "中共江城市委组织部|江城市委教育工委" {
		t.Errorf("cc %q", n.CC)
	}
	if n.PrintOrgan != "中共江城师范学院委员会办公室" || n.PrintDate != (model.Date{Year: 2012, Month: 6, Day: 28}) {
		t.Errorf("印发 %q %v", n.PrintOrgan, n.PrintDate)
	}
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"六角括号", "阿拉伯数字", "主题词"} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning about %s in\n%s", want, all)
		}
	}
}

// seedDebris are fragments of web pages that must not reach the notice.
var seedDebris = []string{"首页", "首 页", "文章中心", "版权", "©", "邮编", "本站", "主题词", "浏览次数", "发布时间", "客服"}

func TestParseSeeds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n, diags := Parse(string(b))
		name := filepath.Base(f)
		texts := []string{n.Title, n.Recipients, n.Number, strings.Join(n.Organs, ""), n.PrintOrgan}
		for _, blk := range n.Body {
			texts = append(texts, blk.Text+blk.RunIn)
		}
		for _, s := range texts {
			for _, d := range seedDebris {
				if strings.Contains(s, d) {
					t.Errorf("%s: debris %q survives in %q", name, d, s)
				}
			}
		}
		if n.Title == "" || len(n.Body) < 10 {
			t.Errorf("%s: title %q, %d blocks", name, n.Title, len(n.Body))
		}
		heads := 0
		for _, blk := range n.Body {
			if blk.Kind == document.Heading1 {
				heads++
			}
			if blk.Text == n.Title {
				t.Errorf("%s: title repeated in the body", name)
			}
		}
		if heads < 3 {
			t.Errorf("%s: %d 一、 headings found", name, heads)
		}
		if diags.HasErrors() {
			t.Errorf("%s: errors %v", name, diags)
		}
		t.Logf("%s: number %q title %q to %q organ %q date %v, %d blocks, %d warnings", name, n.Number, n.Title, n.Recipients, n.Organs, n.Date, len(n.Body), len(diags))
	}
}

func TestParseSeed000(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "seeds", "000_034e52bbb917526e.txt"))
	if err != nil {
		t.Fatal(err)
	}
	n, diags := Parse(string(b))
	if n.Number != "湖教体发〔2010〕6号" {
		t.Errorf("number %q, want 湖教体发〔2010〕6号", n.Number)
	}
	if n.Title != "关于在全区教育系统党的基层组织和党员中深入开展创先争优活动的实施方案" || len(n.TitleBreaks) != 1 || n.TitleBreaks[0] != 23 {
		t.Errorf("title %q, the author's breaks %v (want after 深入开展, 23)", n.Title, n.TitleBreaks)
	}
	if len(n.Organs) != 1 || n.Organs[0] != "中共青山湖区教育体育局委员会创先争优活动领导小组" || n.Date != (model.Date{Year: 2010, Month: 6, Day: 28}) {
		t.Errorf("signature %q %v", n.Organs, n.Date)
	}
	if n.PrintOrgan != "中共青山湖区教育体育局委员会创先争优活动领导小组办公室" || n.PrintDate != (model.Date{Year: 2010, Month: 6, Day: 28}) {
		t.Errorf("印发 %q %v", n.PrintOrgan, n.PrintDate)
	}
	if n.Recipients != "各学校、幼儿园、局机关深入开展创先争优活动领导小组：" {
		t.Errorf("主送 %q", n.Recipients)
	}
	warned := map[string]bool{}
	for _, d := range diags {
		for _, k := range []string{"六角括号", "主题词", "主送"} {
			if strings.Contains(d.Problem, k) {
				warned[k] = true
			}
		}
	}
	if len(warned) != 3 {
		t.Errorf("warnings %v, want number, 主题词 and 主送", diags)
	}
}
