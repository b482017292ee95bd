package rules

import (
	"fmt"
	"strings"
	"testing"

	"pingyou/pipeline/collate"
	"pingyou/pipeline/model"
)

// excellent adds n candidates (综合得分 90+i, 优秀票率 90%) to a branch.
func excellent(b *builder, branch string, start, n int) {
	for i := range n {
		b.add(m{name: nameOf(start + i), branch: branch, scores: same(fmt.Sprint(90 + i)), votes: [4]int{9, 1, 0, 0}, join: date(2000, 1, 1)})
	}
}

// 优秀共产党员: 87 graded → floor(8.7) = 8 seats, split 18/40/29 by largest remainder.
func TestCommendationAllocation(t *testing.T) {
	s := sampleScheme(t)
	b := &builder{}
	b.org("党委", model.PartyCommittee, "").
		org("甲总支", model.GeneralBranch, "党委").org("甲一支部", model.Branch, "甲总支").
		org("乙总支", model.GeneralBranch, "党委").org("乙一支部", model.Branch, "乙总支").org("乙二支部", model.Branch, "乙总支").
		org("丙直属支部", model.DirectBranch, "党委")
	// 甲: 18 graded, 18×15% = 2.7 → 2 优秀
	excellent(b, "甲一支部", 0, 3)
	fill(b, "甲一支部", 3, 15)
	// 乙: two branches of 20, 20×15% = 3 优秀 each
	excellent(b, "乙一支部", 100, 4)
	fill(b, "乙一支部", 104, 16)
	excellent(b, "乙二支部", 200, 3)
	fill(b, "乙二支部", 203, 17)
	// 丙: 29 graded, 29×15% = 4.35 → 4 优秀; plus a 预备党员 who counts nowhere
	excellent(b, "丙直属支部", 300, 5)
	fill(b, "丙直属支部", 305, 24)
	b.add(m{name: "预备甲", branch: "丙直属支部", prob: true, scores: same("99"), votes: [4]int{9, 0, 0, 0}})
	r := Evaluate(&b.ds, s)

	// 8×18/87 = 1.655 → 1 (rem .655, 3rd); 8×40/87 = 3.678 → 3 (rem .678, 1st) +1; 8×29/87 = 2.667 → 2 (rem .667, 2nd) +1
	var lines []string
	for _, q := range r.Quotas {
		if q.Award == "优秀共产党员" {
			lines = append(lines, fmt.Sprintf("%s %d %d/%d %s", q.Scope, q.Population, q.Used, q.Seats, q.Rule))
		}
	}
	want := []string{
		"全校 87 8/8 87人×10%=8.7→向下取整→名额8，按最大余数法分配到各党总支和直属党支部",
		"甲总支 18 1/1 参评18人，按最大余数法：8×18/87≈1.66，整数部分1，余数≈0.66居第3位，未补→名额1",
		"乙总支 40 4/4 参评40人，按最大余数法：8×40/87≈3.68，整数部分3，余数≈0.68居第1位，补1→名额4",
		"丙直属支部 29 3/3 参评29人，按最大余数法：8×29/87≈2.67，整数部分2，余数≈0.67居第2位，补1→名额3",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("quota lines:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	// 名单: grouped by allocation unit as listed, names 按姓氏笔画 within a group
	var list []string
	for _, c := range r.Commendations {
		list = append(list, c.Group+":"+c.Name)
	}
	// 甲 (1 seat): 优秀 are 张一 92, 李一 91 (王一 90 lost the branch's 2 seats) → 张一.
	// 乙 (4 seats): 优秀 刘二 93, 张二 92, 李二 91 (乙一支部) and 张三 92, 李三 91, 王三 90 (乙二支部);
	// 93, 92, 92, then 李二 91 and 李三 91 are equal on 综合得分, 优秀票率 and 入党时间 → 姓氏笔画:
	// same surname, 二 (2 strokes) before 三 (3) → 李二.
	// 丙 (3 seats): 陈四 94, 刘四 93, 张四 92 (李四 91 out).
	// Listed 按姓氏笔画 within each group: 刘 (6) before 李, 张 (7; 李 横 before 张 横折) before 陈 (7; 张 横折横 before 陈 横折折折钩竖).
	got := strings.Join(list, " ")
	if want := "甲总支:张一 乙总支:刘二 乙总支:李二 乙总支:张二 乙总支:张三 丙直属支部:刘四 丙直属支部:张四 丙直属支部:陈四"; got != want {
		t.Errorf("list %s\nwant %s", got, want)
	}
	for _, c := range r.Commendations {
		mr := find(r, c.Name)
		if !mr.Commended || mr.Grade != model.Excellent || mr.AllocationUnit != c.Group {
			t.Errorf("%s: commended %v grade %s unit %s", c.Name, mr.Commended, mr.Grade, mr.AllocationUnit)
		}
	}
	first := find(r, nameOf(300+4)) // 丙's best (94)
	if !first.Commended || !strings.HasPrefix(first.CommendReason, "优秀共产党员：全校参评87人×10%=8.7→向下取整→名额8，按最大余数法分配，本支部参评29人，8×29/87≈2.67，整数部分2，余数≈0.67居第2位，补1→名额3，候选人中排名第1，在名额内，当选") {
		t.Errorf("丙 best: %q", first.CommendReason)
	}
	// names within each group are 按姓氏笔画
	groups := map[string][]string{}
	for _, c := range r.Commendations {
		groups[c.Group] = append(groups[c.Group], c.Name)
	}
	for g, names := range groups {
		for i := 1; i < len(names); i++ {
			if lessStrokes(names[i], names[i-1]) {
				t.Errorf("%s: %v not 按姓氏笔画", g, names)
			}
		}
	}
}

func lessStrokes(a, b string) bool {
	x := []string{a, b}
	collate.SortNames(x)
	return x[0] == a && a != b
}

// Seats a unit cannot fill stay empty and are reported, not moved.
func TestCommendationUnfilled(t *testing.T) {
	s := sampleScheme(t)
	b := &builder{}
	b.org("党委", model.PartyCommittee, "").org("一支部", model.DirectBranch, "党委").org("二支部", model.DirectBranch, "党委")
	// 20 + 20 graded → 4 seats → 2 and 2; 一支部 has 3 优秀, 二支部 only 1
	excellent(b, "一支部", 0, 3)
	fill(b, "一支部", 3, 17)
	excellent(b, "二支部", 100, 1)
	fill(b, "二支部", 101, 19)
	r := Evaluate(&b.ds, s)
	var got []string
	for _, q := range r.Quotas {
		if q.Award == "优秀共产党员" {
			got = append(got, fmt.Sprintf("%s %d/%d", q.Scope, q.Used, q.Seats))
		}
	}
	if strings.Join(got, " ") != "全校 3/4 一支部 2/2 二支部 1/2" {
		t.Errorf("quota %v", got)
	}
	if q := r.Quotas[len(r.Quotas)-1]; !strings.HasSuffix(q.Rule, "；实有1人当选，空缺1个（不调剂）") {
		t.Errorf("rule %q", q.Rule)
	}
	// 一支部's third 优秀 is not moved into the empty seat
	third := find(r, nameOf(0)) // 90, the lowest of 一支部's three 优秀
	if third.Grade != model.Excellent || third.Commended || !strings.HasSuffix(third.CommendReason, "候选人中排名第3，超出名额，未当选") {
		t.Errorf("third: %s %v %q", third.Grade, third.Commended, third.CommendReason)
	}
	found := false
	for _, d := range r.Diagnostics {
		if strings.Contains(d.Problem, "二支部的优秀共产党员名额2个，只有1人当选，空缺1个") {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning: %v", r.Diagnostics)
	}
}

// Organisations: 总分, 分类定档 with its cap, 先进基层党组织.
func TestOrgRules(t *testing.T) {
	s := sampleScheme(t)
	b := &builder{}
	b.org("党委", model.PartyCommittee, "")
	for i := range 12 {
		b.org(fmt.Sprintf("第%d支部", i+1), model.Branch, "党委")
	}
	type o struct {
		items  [5]string
		sat    string
		band   string
		adv    bool
		reason string
	}
	cases := []o{
		// 19+19+19+19+19 = 95, 95% → 好; 先进 candidate but 第2支部 has the same 总分 and a higher 满意率
		{[5]string{"19", "19", "19", "19", "19"}, "0.95", "好", false,
			"总分95.0，群众满意率95.0%，总分不低于90，定为好；符合先进基层党组织条件，全校党支部12个×10%=1.2→向下取整→名额1，排名第2，超出名额"},
		{[5]string{"19", "19", "19", "19", "19"}, "0.96", "好", true,
			"总分95.0，群众满意率96.0%，总分不低于90，定为好；符合先进基层党组织条件，全校党支部12个×10%=1.2→向下取整→名额1，排名第1，在名额内，评为先进基层党组织"},
		// 20+20+20+20+15 = 95 but one item < 16
		{[5]string{"20", "20", "20", "20", "15"}, "0.99", "好", false,
			"总分95.0，群众满意率99.0%，总分不低于90，定为好；不符合先进基层党组织条件（群众反映好15.0，低于16）"},
		// 90 exactly, 90% exactly: 好 and a candidate (third by 总分)
		{[5]string{"18", "18", "18", "18", "18"}, "0.9", "好", false,
			"总分90.0，群众满意率90.0%，总分不低于90，定为好；符合先进基层党组织条件，全校党支部12个×10%=1.2→向下取整→名额1，排名第3，超出名额"},
		// 17.9+18×4 = 89.9 → 较好
		{[5]string{"17.9", "18", "18", "18", "18"}, "0.95", "较好", false,
			"总分89.9，群众满意率95.0%，总分不低于80，定为较好；不符合先进基层党组织条件（总分低于90）"},
		// 16×5 = 80 → 较好; 满意率 89.9% < 90%
		{[5]string{"16", "16", "16", "16", "16"}, "0.899", "较好", false,
			"总分80.0，群众满意率89.9%，总分不低于80，定为较好；不符合先进基层党组织条件（总分低于90；群众满意率低于90%）"},
		// 12×5 = 60 → 一般
		{[5]string{"12", "12", "12", "12", "12"}, "0.8", "一般", false,
			"总分60.0，群众满意率80.0%，总分不低于60，定为一般；不符合先进基层党组织条件（总分低于90；领导班子好12.0、党员队伍好12.0、工作机制好12.0、工作业绩好12.0、群众反映好12.0，低于16；群众满意率低于90%）"},
		// 59.5 → 差
		{[5]string{"11.5", "12", "12", "12", "12"}, "0.8", "差", false, ""},
		// 95 but 满意率 59.9% < 60%: capped at 一般
		{[5]string{"19", "19", "19", "19", "19"}, "0.599", "一般", false,
			"总分95.0，群众满意率59.9%，总分不低于90，应为好，但群众满意率低于60%，至多定为一般；不符合先进基层党组织条件（群众满意率低于90%）"},
		// the cap never raises: 40 with 10% stays 差
		{[5]string{"8", "8", "8", "8", "8"}, "0.1", "差", false, ""},
		// 一般 with a low 满意率 stays 一般
		{[5]string{"14", "14", "14", "14", "14"}, "0.5", "一般", false, ""},
	}
	for i, c := range cases {
		b.orgScore(fmt.Sprintf("第%d支部", i+1), c.items, c.sat)
	}
	// 第12支部 has no assessment
	r := Evaluate(&b.ds, s)
	for i, c := range cases {
		or := r.Orgs[i+1]
		if or.Band != c.band || or.Advanced != c.adv || (c.reason != "" && or.Reason != c.reason) {
			t.Errorf("%s: %s %v %q\nwant %s %v %q", or.Org.Name, or.Band, or.Advanced, or.Reason, c.band, c.adv, c.reason)
		}
	}
	if or := r.Orgs[12]; or.Assessed || or.Band != "" || or.Reason != "未参加组织测评" {
		t.Errorf("unassessed: %+v", or)
	}
	if r.Orgs[0].Reason != "未参加组织测评" {
		t.Errorf("党委: %q", r.Orgs[0].Reason)
	}
	if len(r.Commendations) != 1 || r.Commendations[0].Name != "第2支部" || r.Commendations[0].Award != "先进基层党组织" || r.Commendations[0].Kind != model.OrgAward {
		t.Errorf("commendations %+v", r.Commendations)
	}
	if q := r.Quotas[len(r.Quotas)-1]; q.Award != "先进基层党组织" || q.Population != 12 || q.Seats != 1 || q.Used != 1 {
		t.Errorf("quota %+v", q)
	}
	if got := r.Orgs[1].Total.RatString(); got != "95" {
		t.Errorf("total %s", got)
	}
	if d := r.Orgs[5].Display; d.Get("总分") != "89.9" || d.Get("群众满意率") != "95.0%" || d.Get("领导班子好") != "17.9" {
		t.Errorf("display %v", d)
	}
	// the unassessed branch gets a warning
	if len(r.Diagnostics) != 1 || !strings.Contains(r.Diagnostics[0].Problem, "第12支部") {
		t.Errorf("diagnostics %v", r.Diagnostics)
	}
}

// 流动红旗: per quarter, floor(20% × scored) at least 1; ties at the boundary to the committee.
func TestRollingFlag(t *testing.T) {
	s := sampleScheme(t)
	b := &builder{}
	b.org("党委", model.PartyCommittee, "").org("总支", model.GeneralBranch, "党委")
	for i := range 10 {
		b.org(fmt.Sprintf("第%d支部", i+1), model.Branch, "总支")
	}
	// Q1: 10 scored → 10×20% = 2 seats; 98, 97 win
	// Q2: 10 scored → 2 seats; 98 wins, 95 and 95 tie for the second: both listed, none cut
	// Q3: 3 scored → 3×20% = 0.6 → 0 → at least 1
	// Q4: 10 scored → 2 seats; 98 and 98 tie inside the quota: both win
	q1 := []string{"98", "97", "90", "90", "80", "80", "80", "80", "80", "80"}
	q2 := []string{"98", "95", "95", "90", "80", "80", "80", "80", "80", "80"}
	q4 := []string{"98", "98", "90", "90", "80", "80", "80", "80", "80", "80"}
	for i := range 10 {
		name := fmt.Sprintf("第%d支部", i+1)
		b.quarter(name, 2012, 1, q1[i]).quarter(name, 2012, 2, q2[i]).quarter(name, 2012, 4, q4[i])
		if i < 3 {
			b.quarter(name, 2012, 3, fmt.Sprint(90-i))
		}
	}
	b.quarter("总支", 2012, 1, "99") // a 党总支 does not compete
	r := Evaluate(&b.ds, s)
	var got []string
	for _, c := range r.Commendations {
		got = append(got, c.Period+":"+c.Name)
	}
	want := "2012年第一季度:第1支部 2012年第一季度:第2支部 2012年第二季度:第1支部 2012年第三季度:第1支部 2012年第四季度:第1支部 2012年第四季度:第2支部"
	if strings.Join(got, " ") != want {
		t.Errorf("flags %s\nwant  %s", strings.Join(got, " "), want)
	}
	var pend []string
	for _, c := range r.Pending {
		pend = append(pend, c.Period+":"+c.Name)
	}
	if strings.Join(pend, " ") != "2012年第二季度:第2支部 2012年第二季度:第3支部" {
		t.Errorf("pending %v", pend)
	}
	var lines []string
	for _, q := range r.Quotas {
		if q.Award == "流动红旗" {
			lines = append(lines, fmt.Sprintf("%s %d/%d %s", q.Period, q.Used, q.Seats, q.Rule))
		}
	}
	wantLines := []string{
		"2012年第一季度 2/2 参加考核10个×20%=2→名额2",
		"2012年第二季度 1/2 参加考核10个×20%=2→名额2",
		"2012年第三季度 1/1 参加考核3个×20%=0.6→向下取整→0→不足1个按1个→名额1",
		"2012年第四季度 2/2 参加考核10个×20%=2→名额2",
	}
	if strings.Join(lines, "\n") != strings.Join(wantLines, "\n") {
		t.Errorf("lines\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}
	if or := r.Orgs[4]; !or.TieUnresolved || !strings.Contains(or.Reason, "2012年第二季度考核得分95，并列第2（参加考核10个×20%=2→名额2），与第2支部并列，余下1个名额无法在并列者中确定，提请党委研究") {
		t.Errorf("第3支部: %q", or.Reason)
	}
	if or := r.Orgs[2]; strings.Join(or.Awards, " ") != "2012年第一季度流动红旗 2012年第二季度流动红旗 2012年第三季度流动红旗 2012年第四季度流动红旗" {
		t.Errorf("第1支部 awards %v", or.Awards)
	}
}
