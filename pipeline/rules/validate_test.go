package rules

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	two := 2
	for _, tc := range []struct {
		name   string
		change func(s *Scheme)
		want   string // one of the problems starts with this
	}{
		{"unknown field", func(s *Scheme) { s.Grades[2].When[0].Field = "综合分" }, "scheme.grades[2].when[0].field：不认识的字段 综合分（可用：综合得分、"},
		{"field and column", func(s *Scheme) { s.Grades[2].When[0].Column = "X" }, "scheme.grades[2].when[0]：要写 field（字段）或 column（测评表中的列）之一"},
		{"two tests", func(s *Scheme) { v := "1"; s.Grades[2].When[0].Eq = &v }, "scheme.grades[2].when[0]：要写 op 和 value、eq、ne、in、not_in 中的一种"},
		{"bad op", func(s *Scheme) { s.Grades[2].When[0].Op = "=>" }, "scheme.grades[2].when[0].op：应为 >=、>、<=、<、==、!= 之一（值：=>）"},
		{"text with op", func(s *Scheme) { s.Grades[2].When[2] = Condition{Field: "处分情况", Op: ">", Value: MustNum("1")} }, "scheme.grades[2].when[2]：处分情况 是文字，请用 eq、ne、in 或 not_in"},
		{"number with eq", func(s *Scheme) { v := "85"; s.Grades[2].When[0] = Condition{Field: "综合得分", Eq: &v} }, "scheme.grades[2].when[0]：综合得分 是数值，请用 op 和 value 比较"},
		{"grade name", func(s *Scheme) { s.Grades[1].Grade = "良好" }, "scheme.grades[1].grade：等次应为 优秀、合格、基本合格、不合格 之一（值：良好）"},
		{"last has conditions", func(s *Scheme) { s.Grades = s.Grades[:3] }, "scheme.grades[2]：最后一条等次规则不能有条件或名额"},
		{"middle without conditions", func(s *Scheme) { s.Grades[1].When = nil }, "scheme.grades[1]：只有最后一条等次规则可以不写条件"},
		{"weights", func(s *Scheme) { s.Score.Dimensions[1].Weight = MustNum("3%") }, "scheme.score.dimensions：各项权重之和应为100%（现为73%）"},
		{"duplicate dimension", func(s *Scheme) { s.Score.Dimensions[1].Name = "自评" }, "scheme.score.dimensions[1].name：名称 自评 与 scheme.score.dimensions[0].name 重复"},
		{"vote", func(s *Scheme) { s.Ratios[0].Numerator = []string{"优票"} }, "scheme.ratios[0].numerator[0]：不认识的选票 优票"},
		{"scope", func(s *Scheme) { s.Grades[2].Quota.Scope = "college" }, "scheme.grades[2].quota.scope：应为 branch"},
		{"rounding", func(s *Scheme) { s.Grades[2].Quota.Rounding = "round" }, "scheme.grades[2].quota.rounding：应为 floor"},
		{"ratio and count", func(s *Scheme) { s.Grades[2].Quota.Count = &two }, "scheme.grades[2].quota：ratio（比例）和 count（固定名额）只能写一个"},
		{"ratio > 100%", func(s *Scheme) { s.Grades[2].Quota.Ratio = MustNum("150%") }, "scheme.grades[2].quota.ratio：应在0到100%之间（值：150%）"},
		{"allocate needs unit", func(s *Scheme) { s.Commendations[0].Quota.Scope = ScopeBranch }, "scheme.commendations[0].quota.allocate：按最大余数法分配时 scope 应为 unit"},
		{"population on members", func(s *Scheme) { s.Grades[2].Quota.Population = "branches" }, "scheme.grades[2].quota.population：党员名额的基数固定为"},
		{"tie", func(s *Scheme) { s.Grades[2].Tie = "random" }, "scheme.grades[2].tie：应为 chain"},
		{"rank key", func(s *Scheme) { s.RankBy[1].Key = "优秀率" }, "scheme.rank_by[1].key：不能按 优秀率 排序"},
		{"rank order", func(s *Scheme) { s.RankBy[3].Order = "asc" }, "scheme.rank_by[3].order：姓名只能按 strokes（姓氏笔画）排序"},
		{"empty chain", func(s *Scheme) { s.RankBy = nil }, "scheme.rank_by：要写排序依据"},
		{"exclude reason", func(s *Scheme) { s.Exclude[0].Reason = "" }, "scheme.exclude[0].reason：请写明不评定等次的原因"},
		{"from grades", func(s *Scheme) { s.Commendations[0].FromGrades = nil }, "scheme.commendations[0].from_grades：请写明从哪些等次中产生"},
		{"org field", func(s *Scheme) { s.Org.Awards[0].When[0].Field = "总分数" }, "scheme.org.awards[0].when[0].field：不认识的字段 总分数"},
		{"member field in org", func(s *Scheme) { s.Org.Awards[0].When[0].Field = "综合得分" }, "scheme.org.awards[0].when[0].field：不认识的字段 综合得分"},
		{"cap band", func(s *Scheme) { s.Org.Caps[0].MaxBand = "中" }, "scheme.org.caps[0].max_band：没有这个档次 中"},
		{"org scope", func(s *Scheme) { s.Org.Awards[0].Quota.Scope = ScopeBranch }, "scheme.org.awards[0].quota.scope：组织奖项的名额只能按全单位（unit）计算"},
		{"org type", func(s *Scheme) { s.Org.Awards[0].Types[0] = "总支" }, "scheme.org.awards[0].types[0]：不认识的组织类型 总支"},
		{"period", func(s *Scheme) { s.Org.Periodic[0].Period = "month" }, "scheme.org.periodic[0].period：目前只支持 quarter"},
		{"award twice", func(s *Scheme) { s.Org.Awards[0].Award = "优秀共产党员" }, "scheme.org.awards[0].award：奖项 优秀共产党员 与 scheme.commendations[0].award 重复"},
		{"empty", func(s *Scheme) { *s = Scheme{} }, "scheme：缺少评议方案"},
	} {
		s := sampleScheme(t)
		tc.change(s)
		probs := s.Problems()
		found := false
		for _, p := range probs {
			if strings.HasPrefix(p, tc.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want a problem starting %q, got %q", tc.name, tc.want, probs)
		}
		if err := s.Validate(); err == nil {
			t.Errorf("%s: Validate returned nil", tc.name)
		}
	}
	if err := sampleScheme(t).Validate(); err != nil {
		t.Errorf("sample scheme: %v", err)
	}
}
