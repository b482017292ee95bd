package layout

import (
	"strings"
	"testing"
)

// breaks shows text with | at every line-break opportunity.
func breaks(text string) string {
	gs, as := segment(text)
	var b strings.Builder
	for k, a := range as {
		for i := a.g0; i < a.g1; i++ {
			b.WriteString(gs[i].text)
		}
		if a.brk && k < len(as)-1 {
			b.WriteString("|")
		}
	}
	return b.String()
}

func TestBreakOpportunities(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"创先争优", "创|先|争|优"},
		{"活动，是党的", "活|动，|是|党|的"},
		{"“三个代表”重要", "“三|个|代|表”|重|要"},
		{"方案。”（一）", "方|案。”|（一）"},
		{"《中国共产党章程》", "《中|国|共|产|党|章|程》"},
		{"他说——好", "他|说——|好"},
		{"等等……。", "等|等……。"},
		{"3.14和1,000", "3.14|和|1,000"},
		{"占100%的", "占|100%|的"},
		{"￥5元", "￥5元"},
		{"2012年6月28日", "2012年|6月|28日"},
		{"第3次会议", "第3次|会|议"},
		{"3.5万元", "3.5万|元"},
		{"GB/T 9704-2012", "GB/T |9704-2012"},
		{"湖教体发[2010]6号", "湖|教|体|发|[2010]6号"},
		{"买买提·艾力", "买|买|提·|艾|力"},
		{"37℃的", "37℃|的"},
		{"1–3名", "1–3名"},
		{"PDF文件", "PDF|文|件"},
		{"e-mail地址", "e-mail|地|址"},
	} {
		if got := breaks(c.in); got != c.want {
			t.Errorf("breaks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestKinsokuTables pins the 禁则 sets to typesetting.md.
func TestKinsokuTables(t *testing.T) {
	for _, r := range "、。，．：；！？‼⁇⁈⁉”’）》〉」』】〗〕］｝〙〛·・‧/／–～〜%‰℃°′″—…" {
		if !noStart[r] {
			t.Errorf("%c (U+%04X) may start a line", r, r)
		}
	}
	for _, r := range "“‘（《〈「『【〖〔［｛〘〚￥＄£" {
		if !noEnd[r] {
			t.Errorf("%c (U+%04X) may end a line", r, r)
		}
	}
	for _, r := range "中“（《￥" {
		if noStart[r] {
			t.Errorf("%c may not start a line", r)
		}
	}
	for _, r := range "中。”）" {
		if noEnd[r] {
			t.Errorf("%c may not end a line", r)
		}
	}
}
