package rules

import (
	"fmt"
	"strings"
	"testing"

	"pingyou/pipeline/model"
)

const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// nameOf returns a distinct two-character name for i.
func nameOf(i int) string {
	s := []rune(surnames)
	g := []rune("一二三四五六七八九十")
	return string(s[i%len(s)]) + string(g[(i/len(s))%len(g)]) + fmt.Sprint([]string{"", "甲", "乙", "丙"}[(i/len(s)/len(g))%4])
}

// fill adds n ordinary 合格 members (综合得分 75, 优秀票率 10%) to a branch, named from start.
func fill(b *builder, branch string, start, n int) {
	for i := range n {
		b.add(m{name: nameOf(start + i), branch: branch, scores: same("75"), votes: [4]int{1, 9, 0, 0}, join: date(2000, 1, 1)})
	}
}

func find(r *model.Results, name string) *model.MemberResult {
	for i := range r.Members {
		if r.Members[i].Member.Name == name {
			return &r.Members[i]
		}
	}
	return nil
}

// One member alone in a branch: every grade rule kind with its reason.
func TestGradeRules(t *testing.T) {
	s := sampleScheme(t)
	for _, tc := range []struct {
		name   string
		m      m
		grade  model.Grade
		reason string
		vetoes string
	}{
		// 59.99 < 60 → 不合格 by score
		{"below 60", m{scores: same("59.99"), votes: [4]int{0, 5, 5, 0}}, model.Unqualified,
			"综合得分59.99，优秀票率0.0%，综合得分低于60，评为不合格", ""},
		// a heavy sanction means 不合格 whatever the score (veto)
		{"留党察看", m{scores: same("95"), votes: [4]int{9, 1, 0, 0}, sanction: "留党察看"}, model.Unqualified,
			"综合得分95.00，优秀票率90.0%，处分情况为留党察看，评为不合格", "处分情况为留党察看"},
		{"撤销党内职务 and low score", m{scores: same("50"), votes: [4]int{0, 0, 0, 10}, sanction: "撤销党内职务"}, model.Unqualified,
			"综合得分50.00，优秀票率0.0%，综合得分低于60，处分情况为撤销党内职务，评为不合格", "处分情况为撤销党内职务"},
		// 60 exactly is 基本合格 (60 ≤ x < 70)
		{"60", m{scores: same("60"), votes: [4]int{0, 5, 5, 0}}, model.Basic,
			"综合得分60.00，优秀票率0.0%，综合得分低于70，评为基本合格", ""},
		// 69.995 is shown 70.00 but is below 70: still 基本合格
		{"69.995", m{scores: [4]string{"69.95", "70", "70", "70"}, votes: [4]int{0, 5, 5, 0}}, model.Basic,
			"综合得分70.00，优秀票率0.0%，综合得分低于70，评为基本合格", ""},
		// 70 exactly is 合格; the reason says why not 优秀
		{"70", m{scores: same("70"), votes: [4]int{0, 10, 0, 0}}, model.Qualified,
			"综合得分70.00，优秀票率0.0%，不符合优秀条件（综合得分低于85；优秀票率未超过50%），评为合格", ""},
		// 85 exactly and 6/10 = 60% > 50%: 优秀 within the 1 seat (1×15% = 0.15 → 0 → 1)
		{"85", m{scores: same("85"), votes: [4]int{6, 4, 0, 0}}, model.Excellent,
			"综合得分85.00，优秀票率60.0%，符合优秀条件，本支部参评1人×15%=0.15→向下取整→0→不足1人按1人→名额1，候选人中排名第1，在名额内，评为优秀", ""},
		// 5/10 = 50% is not > 50%
		{"ratio 50%", m{scores: same("90"), votes: [4]int{5, 5, 0, 0}}, model.Qualified,
			"综合得分90.00，优秀票率50.0%，不符合优秀条件（优秀票率未超过50%），评为合格", ""},
		// a light sanction bars 优秀 only
		{"警告", m{scores: same("95"), votes: [4]int{9, 1, 0, 0}, sanction: "警告"}, model.Qualified,
			"综合得分95.00，优秀票率90.0%，不符合优秀条件（处分情况为警告），评为合格", "处分情况为警告"},
		{"预备党员", m{prob: true, scores: same("95"), votes: [4]int{9, 1, 0, 0}}, model.NotGraded, "预备党员不评定等次", ""},
		{"党员类型 blank", m{prob: true, scores: same("95"), votes: [4]int{9, 1, 0, 0}, id: "blank-type"}, model.NotGraded, "党员类型未填，不评定等次", ""},
		{"no assessment", m{noAssessment: true}, model.NotGraded, "缺少测评数据：党员测评表中没有该党员的记录，不评定等次", ""},
		{"blank score", m{scores: [4]string{"90", "", "90", ""}, votes: [4]int{9, 1, 0, 0}}, model.NotGraded, "缺少测评数据：互评、组织评价未填，不评定等次", ""},
		{"no ballots", m{scores: same("90"), noVotes: true}, model.NotGraded, "缺少测评数据：选票未填（有效票为0），不评定等次", ""},
		{"zero ballots", m{scores: same("90")}, model.NotGraded, "缺少测评数据：选票未填（有效票为0），不评定等次", ""},
		{"out of range", m{scores: [4]string{"90", "105", "90", "90"}, votes: [4]int{9, 1, 0, 0}}, model.NotGraded, "测评数据有误：互评105.00超出范围，不评定等次", ""},
	} {
		b := &builder{}
		b.org("一支部", model.Branch, "")
		x := tc.m
		x.name, x.branch = "张三", "一支部"
		b.add(x)
		if x.id == "blank-type" {
			b.ds.Members[0].Type = ""
		}
		r := Evaluate(&b.ds, s)
		mr := r.Members[0]
		if mr.Grade != tc.grade || mr.Reason != tc.reason || strings.Join(mr.Vetoes, "、") != tc.vetoes {
			t.Errorf("%s:\n got %s %q %q\nwant %s %q %q", tc.name, mr.Grade, mr.Reason, mr.Vetoes, tc.grade, tc.reason, tc.vetoes)
		}
		if mr.Graded != (tc.grade != model.NotGraded) {
			t.Errorf("%s: Graded = %v", tc.name, mr.Graded)
		}
		// the 优秀 quota line counts only graded members
		for _, q := range r.Quotas {
			if q.Award == "优秀" && q.Population != map[bool]int{true: 1, false: 0}[mr.Graded] {
				t.Errorf("%s: population %d", tc.name, q.Population)
			}
		}
		switch tc.name {
		case "no assessment", "blank score", "no ballots":
			if len(r.Diagnostics) != 1 || r.Diagnostics[0].Severity != model.Warning {
				t.Errorf("%s: diagnostics %v", tc.name, r.Diagnostics)
			}
		case "out of range":
			if len(r.Diagnostics) != 1 || r.Diagnostics[0].Severity != model.Error || r.Diagnostics[0].Ref.Cell != "D2" {
				t.Errorf("%s: diagnostics %v", tc.name, r.Diagnostics)
			}
		}
	}
}

// The example: 18 graded in a branch, 15% → 2.7 → 2 seats, the third candidate is 合格.
func TestQuotaReasonExample(t *testing.T) {
	s := sampleScheme(t)
	b := &builder{}
	b.org("数学系第一党支部", model.Branch, "")
	b.add(
		m{name: "甲一", branch: "数学系第一党支部", scores: same("95"), votes: [4]int{15, 2, 0, 0}},
		m{name: "甲二", branch: "数学系第一党支部", scores: same("93"), votes: [4]int{14, 3, 0, 0}},
		// 92.5×10% + 92×30% + 92.5×30% + 92.5×30% = 92.35; 13/(13+4) = 76.47% → 76.5%
		m{name: "张三", branch: "数学系第一党支部", scores: [4]string{"92.5", "92", "92.5", "92.5"}, votes: [4]int{13, 4, 0, 0}},
		m{name: "预备", branch: "数学系第一党支部", prob: true, scores: same("99"), votes: [4]int{17, 0, 0, 0}},
	)
	fill(b, "数学系第一党支部", 0, 15) // 3 + 15 = 18 graded; the 预备党员 is not counted
	r := Evaluate(&b.ds, s)
	want := "综合得分92.35，优秀票率76.5%，符合优秀条件，本支部参评18人×15%=2.7→向下取整→名额2，候选人中排名第3，超出名额，评为合格"
	if got := find(r, "张三"); got.Reason != want || got.Grade != model.Qualified || got.RankInBranch != 3 {
		t.Errorf("got %s rank %d %q\nwant %q", got.Grade, got.RankInBranch, got.Reason, want)
	}
	q := r.Quotas[0]
	if q.Award != "优秀" || q.Population != 18 || q.Full != 18 || q.Probation != 1 || q.Seats != 2 || q.Used != 2 || q.Rule != "18人×15%=2.7→向下取整→名额2" {
		t.Errorf("quota %+v", q)
	}
	if g := find(r, "甲二"); g.Grade != model.Excellent || !strings.HasSuffix(g.Reason, "候选人中排名第2，在名额内，评为优秀") {
		t.Errorf("甲二 %s %s", g.Grade, g.Reason)
	}
}

// The tie-break chain, link by link, with one seat (7 graded × 15% = 1.05 → 1).
func TestTieBreakChain(t *testing.T) {
	s := sampleScheme(t)
	committee := sampleScheme(t)
	committee.Grades[2].Tie = TieCommittee
	for _, tc := range []struct {
		name   string
		s      *Scheme
		a, b   m
		winner string // "" : nobody, both left to the committee
		loser  string // the loser's reason ends with this
	}{
		{"score", s,
			m{name: "李四", scores: same("91"), votes: [4]int{6, 4, 0, 0}},
			m{name: "王五", scores: same("90"), votes: [4]int{9, 1, 0, 0}},
			"李四", "候选人中排名第2，超出名额，评为合格"},
		// 90 = 90, then 80% > 70%
		{"ratio", s,
			m{name: "李四", scores: same("90"), votes: [4]int{8, 2, 0, 0}},
			m{name: "王五", scores: same("90"), votes: [4]int{7, 3, 0, 0}},
			"李四", "候选人中排名第2，超出名额，评为合格"},
		// 90 = 90, 80% = 80%, then the earlier 入党时间 (2001.7 before 2001.7.2)
		{"join date", s,
			m{name: "李四", scores: same("90"), votes: [4]int{8, 2, 0, 0}, join: date(2001, 7, 2)},
			m{name: "王五", scores: same("90"), votes: [4]int{8, 2, 0, 0}, join: model.Date{Year: 2001, Month: 7}},
			"王五", "候选人中排名第2，超出名额，评为合格"},
		// everything equal but the name: 王 (4 strokes) before 李 (7 strokes)
		{"strokes", s,
			m{name: "李四", scores: same("90"), votes: [4]int{8, 2, 0, 0}, join: date(2001, 7, 1)},
			m{name: "王五", scores: same("90"), votes: [4]int{8, 2, 0, 0}, join: date(2001, 7, 1)},
			"王五", "候选人中排名第2，超出名额，评为合格"},
		// identical on the whole chain (same name, no 身份证号 to tell them apart): no arbitrary cut
		{"whole chain", s,
			m{name: "王五", scores: same("90"), votes: [4]int{8, 2, 0, 0}, join: date(2001, 7, 1), id: "1"},
			m{name: "王五", scores: same("90"), votes: [4]int{8, 2, 0, 0}, join: date(2001, 7, 1), id: "2"},
			"", "候选人中并列第1，与王五并列，余下1个名额无法在并列者中确定，提请党委研究，暂评为合格"},
		// committee policy: equal 综合得分 at the boundary is a tie even though 优秀票率 differs
		{"committee", committee,
			m{name: "李四", scores: same("90"), votes: [4]int{8, 2, 0, 0}},
			m{name: "王五", scores: same("90"), votes: [4]int{7, 3, 0, 0}},
			"", "候选人中并列第1，与李四并列，余下1个名额无法在并列者中确定，提请党委研究，暂评为合格"},
	} {
		b := &builder{}
		b.org("一支部", model.Branch, "")
		x, y := tc.a, tc.b
		x.branch, y.branch = "一支部", "一支部"
		b.add(x, y)
		fill(b, "一支部", 10, 5)
		r := Evaluate(&b.ds, tc.s)
		ra, rb := &r.Members[0], &r.Members[1]
		if tc.winner == "" {
			if ra.Grade != model.Qualified || rb.Grade != model.Qualified || !ra.TieUnresolved || !rb.TieUnresolved {
				t.Errorf("%s: %s %v / %s %v", tc.name, ra.Grade, ra.TieUnresolved, rb.Grade, rb.TieUnresolved)
			}
			if !strings.HasSuffix(rb.Reason, tc.loser) {
				t.Errorf("%s: reason %q, want suffix %q", tc.name, rb.Reason, tc.loser)
			}
			if r.Quotas[0].Used != 0 || r.Quotas[0].Seats != 1 {
				t.Errorf("%s: quota %+v", tc.name, r.Quotas[0])
			}
			if len(r.Diagnostics) != 1 || !strings.Contains(r.Diagnostics[0].Problem, "提请党委研究") {
				t.Errorf("%s: diagnostics %v", tc.name, r.Diagnostics)
			}
			continue
		}
		win, lose := ra, rb
		if tc.winner != ra.Member.Name {
			win, lose = rb, ra
		}
		if win.Grade != model.Excellent || lose.Grade != model.Qualified || !strings.HasSuffix(lose.Reason, tc.loser) {
			t.Errorf("%s: winner %s %s, loser %s %q", tc.name, win.Member.Name, win.Grade, lose.Grade, lose.Reason)
		}
		if win.RankInBranch != 1 || lose.RankInBranch != 2 {
			t.Errorf("%s: ranks %d %d", tc.name, win.RankInBranch, lose.RankInBranch)
		}
	}
}

// contest on its own: ranks, admissions, ties at and inside the boundary.
func TestContest(t *testing.T) {
	keys := []RankKey{{Key: "分", Order: "desc"}, {Key: "率", Order: "desc"}}
	mk := func(spec string) []*record { // "90/80 90/70 85/90"
		var out []*record
		for i, f := range strings.Fields(spec) {
			a, b, _ := strings.Cut(f, "/")
			r := newRecord()
			r.name = nameOf(i)
			r.setNum("分", rat(a), a)
			r.setNum("率", rat(b), b)
			out = append(out, r)
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		spec  string
		seats int
		tie   string
		want  string // per candidate in input order: A admitted, T tied, - out; with rank
	}{
		{"plain", "90/1 80/1 70/1", 2, TieChain, "A1 A2 -3"},
		{"all fit", "90/1 80/1", 5, TieChain, "A1 A2"},
		{"zero seats", "90/1 80/1", 0, TieChain, "-1 -2"},
		{"chain breaks", "90/2 90/1 80/1", 1, TieChain, "A1 -2 -3"},
		{"whole-chain tie at boundary", "90/1 95/1 90/1 80/1", 2, TieChain, "T2 A1 T2 -4"},
		{"whole-chain tie inside", "90/1 90/1 80/1", 2, TieChain, "A1 A1 -3"},
		{"committee at boundary", "90/2 95/1 90/1 80/1", 2, TieCommittee, "T2 A1 T2 -4"},
		{"committee inside", "90/2 90/1 80/1", 2, TieCommittee, "A1 A1 -3"},
		{"committee three-way", "90/3 90/2 90/1", 1, TieCommittee, "T1 T1 T1"},
	} {
		recs := mk(tc.spec)
		idx := make([]int, len(recs))
		for i := range idx {
			idx[i] = i
		}
		out := make([]string, len(recs))
		used := 0
		for _, p := range contest(recs, idx, tc.seats, keys, tc.tie) {
			c := "-"
			switch {
			case p.admitted:
				c = "A"
				used++
			case p.tied:
				c = "T"
			}
			out[p.idx] = fmt.Sprintf("%s%d", c, p.rank)
		}
		if got := strings.Join(out, " "); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
		if used > tc.seats {
			t.Errorf("%s: %d admitted for %d seats", tc.name, used, tc.seats)
		}
	}
}

// Quota variants: scope, rounding, fixed count.
func TestQuotaVariants(t *testing.T) {
	three := 3
	for _, tc := range []struct {
		name  string
		quota Quota
		// 党总支 with 一支部 (10 graded, 4 candidates) and 二支部 (10 graded, 0 candidates)
		excellent int
		lines     string
	}{
		// each branch: 10×15% = 1.5 → 1; 二支部 has no candidate
		{"branch", Quota{Scope: ScopeBranch, Ratio: MustNum("15%"), Min: 1}, 1,
			"一支部 10人×15%=1.5→向下取整→名额1 1/1；二支部 10人×15%=1.5→向下取整→名额1 0/1"},
		// the 党总支 with its branches: 20×15% = 3
		{"general_branch", Quota{Scope: ScopeGeneralBranch, Ratio: MustNum("15%")}, 3,
			"总支 20人×15%=3→名额3 3/3"},
		{"unit half_up", Quota{Scope: ScopeUnit, Ratio: MustNum("12.5%"), Rounding: RoundHalfUp}, 3,
			"全校 20人×12.5%=2.5→四舍五入→名额3 3/3"},
		{"unit ceil", Quota{Scope: ScopeUnit, Ratio: MustNum("11%"), Rounding: RoundCeil}, 3,
			"全校 20人×11%=2.2→向上取整→名额3 3/3"},
		{"count per branch", Quota{Scope: ScopeBranch, Count: &three}, 3,
			"一支部 10人，固定名额3→名额3 3/3；二支部 10人，固定名额3→名额3 0/3"},
	} {
		s := sampleScheme(t)
		q := tc.quota
		s.Grades[2].Quota = &q
		b := &builder{}
		b.org("党委", model.PartyCommittee, "").org("总支", model.GeneralBranch, "党委").
			org("一支部", model.Branch, "总支").org("二支部", model.Branch, "总支")
		for i := range 4 {
			b.add(m{name: nameOf(50 + i), branch: "一支部", scores: same(fmt.Sprint(90 + i)), votes: [4]int{9, 1, 0, 0}})
		}
		fill(b, "一支部", 0, 6)
		fill(b, "二支部", 6, 10)
		r := Evaluate(&b.ds, s)
		n := 0
		for _, mr := range r.Members {
			if mr.Grade == model.Excellent {
				n++
			}
		}
		var lines []string
		for _, l := range r.Quotas {
			if l.Award == "优秀" {
				rule := l.Rule
				if !strings.Contains(rule, "→名额") {
					rule += fmt.Sprintf("→名额%d", l.Seats)
				}
				lines = append(lines, fmt.Sprintf("%s %s %d/%d", l.Scope, rule, l.Used, l.Seats))
			}
		}
		if n != tc.excellent || strings.Join(lines, "；") != tc.lines {
			t.Errorf("%s: %d 优秀, lines %q\nwant %d, %q", tc.name, n, strings.Join(lines, "；"), tc.excellent, tc.lines)
		}
	}
}
