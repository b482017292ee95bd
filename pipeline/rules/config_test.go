package rules_test

import (
	"math/big"
	"strings"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/rules"
)

// The embedded default config carries the sample scheme of inputs.md.
func TestDefaultConfigScheme(t *testing.T) {
	s := config.Default().Scheme
	var dims []string
	for _, d := range s.Score.Dimensions {
		dims = append(dims, d.Name+"×"+d.Weight.String())
	}
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	check("dimensions", strings.Join(dims, " "), "自评×10% 互评×30% 群众评议×30% 组织评价×30%")
	check("score", s.Score.Name, "综合得分")
	check("ratio", s.Ratios[0].Name+"="+strings.Join(s.Ratios[0].Numerator, "+")+"/"+strings.Join(s.Ratios[0].Denominator, "+"),
		"优秀票率=优秀票/优秀票+合格票+基本合格票+不合格票")
	var grades []string
	for _, g := range s.Grades {
		grades = append(grades, string(g.Grade))
	}
	check("grades", strings.Join(grades, " "), "不合格 基本合格 优秀 合格")
	q := s.Grades[2].Quota
	check("优秀 quota", q.Scope+" "+q.Ratio.String()+" "+q.Rounding, "branch 15% floor")
	if q.Min != 1 || q.Ratio.Rat().RatString() != "3/20" {
		t.Errorf("优秀 quota min %d ratio %v", q.Min, q.Ratio.Rat())
	}
	var chain []string
	for _, k := range s.RankBy {
		chain = append(chain, k.Key+" "+k.Order)
	}
	check("chain", strings.Join(chain, ", "), "综合得分 desc, 优秀票率 desc, 入党时间 asc, 姓名 strokes")
	c := s.Commendations[0]
	check("commendation", c.Award+" "+string(c.FromGrades[0])+" "+c.Quota.Ratio.String()+" "+c.Quota.Allocate, "优秀共产党员 优秀 10% largest_remainder")
	check("org total", s.Org.Total, "总分")
	if len(s.Org.Items) != 5 || s.Org.Items[0].Max.String() != "20" {
		t.Errorf("org items %+v", s.Org.Items)
	}
	var bands []string
	for _, b := range s.Org.Bands {
		bands = append(bands, b.Band)
	}
	check("bands", strings.Join(bands, " "), "好 较好 一般 差")
	check("cap", s.Org.Caps[0].MaxBand, "一般")
	a := s.Org.Awards[0]
	check("先进", a.Award+" "+a.Quota.Ratio.String()+" "+a.Quota.Population, "先进基层党组织 10% branches")
	p := s.Org.Periodic[0]
	check("流动红旗", p.Award+" "+p.Period+" "+p.Quota.Ratio.String()+" "+p.Tie, "流动红旗 quarter 20% committee")

	// and it evaluates: a one-member branch gets its 不足1人按1人 seat
	ds := &model.Dataset{Orgs: []model.Organisation{{Name: "一支部", Type: model.Branch}}}
	ds.Members = []model.Member{{Name: "甲", Branch: "一支部", Type: model.FullMember, Assessment: &model.MemberAssessment{
		Scores: map[string]*big.Rat{"自评": big.NewRat(90, 1), "互评": big.NewRat(90, 1), "群众评议": big.NewRat(90, 1), "组织评价": big.NewRat(90, 1)},
		Votes:  model.Votes{Excellent: 9, Qualified: 1}, HasVotes: true, Sanction: "无"}}}
	res := rules.Evaluate(ds, &s)
	check("reason", res.Members[0].Reason, "综合得分90.00，优秀票率90.0%，符合优秀条件，本支部参评1人×15%=0.15→向下取整→0→不足1人按1人→名额1，候选人中排名第1，在名额内，评为优秀")
}

func TestConfigSchemeErrors(t *testing.T) {
	base := string(config.DefaultBytes())
	for _, tc := range []struct{ from, to, want string }{
		{"- {field: 综合得分, op: \">=\", value: 85}", "- {field: 综合分, op: \">=\", value: 85}", "scheme.grades[2].when[0].field：不认识的字段 综合分"},
		{"{name: 互评, weight: 30%, min: 0, max: 100}", "{name: 互评, wieght: 30%, min: 0, max: 100}", "不认识的配置项 wieght"},
		{"        ratio: 15%\n", "        ratio: 十五%\n", "应为数字或百分数"},
	} {
		y := strings.Replace(base, tc.from, tc.to, 1)
		if y == base {
			t.Fatalf("%q not in the default config", tc.from)
		}
		_, err := config.Parse([]byte(y), "test.yaml", "")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.to, err, tc.want)
		}
	}
}
