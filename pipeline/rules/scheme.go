// Package rules evaluates a scheme (weights, grade rules, quotas, commendations)
// against a model.Dataset and returns decisions with reasons. It is pure: no
// files, no clock, exact arithmetic (math/big).
//
// A scheme is data, the `scheme:` section of the batch config; the commented
// sample is at the end of templates/pingyou.yaml and a worked example is in
// docs/评议示例.md.
package rules

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"pingyou/pipeline/model"
)

// Scheme is the evaluation scheme, the `scheme:` section of the batch config.
type Scheme struct {
	// UnitName is how the whole unit is called in quota lines and reasons
	// (全校, 全单位); default 全单位.
	UnitName string `yaml:"unit_name"`
	// Score defines the member score dimensions and weights.
	Score Score `yaml:"score"`
	// Ratios are derived from the ballot counts (优秀票率, 不合格票率).
	Ratios []Ratio `yaml:"ratios"`
	// PercentDecimals is how many decimals percentages show (76.5%).
	PercentDecimals int `yaml:"percent_decimals"`
	// Exclude lists who is not graded (不评定等次) and why; first match wins.
	Exclude []Exclusion `yaml:"exclude"`
	// RankBy is the tie-break chain used for 支部内排名 and, unless a rule
	// gives its own, for every quota among members.
	RankBy []RankKey `yaml:"rank_by"`
	// Grades are tried in order for each graded member; the last rule must
	// have no conditions (everyone else).
	Grades []GradeRule `yaml:"grades"`
	// Commendations are person awards drawn from grades (优秀共产党员).
	Commendations []CommendationRule `yaml:"commendations"`
	// Org holds the organisation rules.
	Org OrgScheme `yaml:"org"`
}

// Score is the weighted member score.
type Score struct {
	Name       string      `yaml:"name"`     // 综合得分
	Decimals   int         `yaml:"decimals"` // shown with this many decimals (half-up)
	Dimensions []Dimension `yaml:"dimensions"`
}

// Dimension is one score column of 党员测评 with its weight.
type Dimension struct {
	Name   string `yaml:"name"`   // column header, e.g. 互评
	Weight Num    `yaml:"weight"` // 30%
	Min    Num    `yaml:"min"`    // optional valid range
	Max    Num    `yaml:"max"`
}

// Ratio is a vote ratio: sum of numerator votes / sum of denominator votes.
type Ratio struct {
	Name        string   `yaml:"name"`        // 优秀票率
	Numerator   []string `yaml:"numerator"`   // [优秀票]
	Denominator []string `yaml:"denominator"` // default: all four kinds
	InReason    bool     `yaml:"in_reason"`   // shown at the start of every member's reason
	Required    bool     `yaml:"required"`    // a member without ballots is not graded
}

// Exclusion makes matching members 不评定等次.
type Exclusion struct {
	When   []Condition `yaml:"when"` // all must hold
	Any    []Condition `yaml:"any"`  // at least one must hold
	Reason string      `yaml:"reason"`
}

// GradeRule gives a grade to members that meet its conditions, within a
// quota when it has one. Members beyond the quota go on to the next rules.
type GradeRule struct {
	Grade  model.Grade `yaml:"grade"`
	When   []Condition `yaml:"when"`
	Any    []Condition `yaml:"any"`
	Quota  *Quota      `yaml:"quota"`
	RankBy []RankKey   `yaml:"rank_by"` // default: scheme.rank_by
	Tie    string      `yaml:"tie"`     // chain (default) or committee
}

// CommendationRule is a person award chosen among members with given grades.
type CommendationRule struct {
	Award      string        `yaml:"award"` // 优秀共产党员
	FromGrades []model.Grade `yaml:"from_grades"`
	When       []Condition   `yaml:"when"`
	Any        []Condition   `yaml:"any"`
	Quota      *Quota        `yaml:"quota"`
	RankBy     []RankKey     `yaml:"rank_by"`
	Tie        string        `yaml:"tie"`
}

// Quota says how many seats a scope gets.
type Quota struct {
	// Scope: branch (each 党支部), general_branch (each 党总支 with all its
	// branches; a branch directly under the 党委 on its own), unit (whole unit).
	Scope    string `yaml:"scope"`
	Ratio    Num    `yaml:"ratio"`    // seats = population × ratio, rounded
	Count    *int   `yaml:"count"`    // or a fixed number of seats per scope
	Rounding string `yaml:"rounding"` // floor (default), half_up, ceil
	Min      int    `yaml:"min"`      // 不足1人按1人: min 1
	Max      *int   `yaml:"max"`      // optional cap
	// Allocate: largest_remainder splits a unit-wide quota among allocation
	// units (each 党总支, each branch directly under the 党委) in proportion to
	// their population.
	Allocate string `yaml:"allocate"`
	// Population (organisations only): branches (every branch-level
	// organisation in 党组织) or assessed (default: organisations assessed and
	// of the award's types). Members: always the graded members in scope.
	Population string `yaml:"population"`
}

// Scope values.
const (
	ScopeBranch        = "branch"
	ScopeGeneralBranch = "general_branch"
	ScopeUnit          = "unit"
)

// Tie policies.
const (
	TieChain     = "chain"     // break by the chain; a tie on every key goes to the committee
	TieCommittee = "committee" // a tie on the first key at the boundary goes to the committee
)

// RankKey is one link of a tie-break chain.
type RankKey struct {
	Key    string `yaml:"key"`    // a numeric field, 入党时间, 出生日期, 姓名, 组织名称
	Column string `yaml:"column"` // or a numeric column of the assessment sheet
	// Order: desc (higher first), asc (lower/earlier first), strokes (姓氏笔画),
	// listed (组织名称 as listed in 党组织).
	Order string `yaml:"order"`
}

// Condition is one test in the condition language. Exactly one of Field and
// Column, and exactly one of Op+Value, Eq, Ne, In, NotIn.
type Condition struct {
	Field  string   `yaml:"field"`  // computed value or record field (综合得分, 优秀票率, 党员类型, 每项…)
	Column string   `yaml:"column"` // any column of the assessment sheet, by header
	Op     string   `yaml:"op"`     // >=, >, <=, <, ==, !=
	Value  Num      `yaml:"value"`
	Eq     *string  `yaml:"eq"`
	Ne     *string  `yaml:"ne"`
	In     []string `yaml:"in"`
	NotIn  []string `yaml:"not_in"`
	// Veto marks a 否决情形: recorded when an `any` condition holds or a `when`
	// condition fails.
	Veto bool `yaml:"veto"`
}

// OrgScheme holds the organisation rules.
type OrgScheme struct {
	Items    []Item          `yaml:"items"`    // 五个好
	Total    string          `yaml:"total"`    // name of the sum: 总分
	Decimals int             `yaml:"decimals"` // display of items and total
	Bands    []Band          `yaml:"bands"`    // 分类定档, best first; the last has no conditions
	Caps     []Cap           `yaml:"caps"`
	Awards   []OrgAward      `yaml:"awards"`   // 先进基层党组织
	Periodic []PeriodicAward `yaml:"periodic"` // 流动红旗
}

// Item is one organisation score item.
type Item struct {
	Name string `yaml:"name"`
	Min  Num    `yaml:"min"`
	Max  Num    `yaml:"max"`
}

// Band is one 分类定档 band.
type Band struct {
	Band string      `yaml:"band"`
	When []Condition `yaml:"when"`
	Any  []Condition `yaml:"any"`
}

// Cap limits the band when its conditions hold (满意率<60% → 至多一般).
type Cap struct {
	When    []Condition `yaml:"when"`
	Any     []Condition `yaml:"any"`
	MaxBand string      `yaml:"max_band"`
}

// OrgAward is an organisation award with conditions and a unit-wide quota.
type OrgAward struct {
	Award  string      `yaml:"award"`
	Types  []string    `yaml:"types"` // organisation types that compete; empty: all
	When   []Condition `yaml:"when"`
	Any    []Condition `yaml:"any"`
	Quota  *Quota      `yaml:"quota"`
	RankBy []RankKey   `yaml:"rank_by"`
	Tie    string      `yaml:"tie"`
}

// PeriodicAward is a ranked award per period from the 季度考核 sheet.
type PeriodicAward struct {
	Award  string    `yaml:"award"`  // 流动红旗
	Period string    `yaml:"period"` // quarter
	Types  []string  `yaml:"types"`  // default: branch-level types
	Quota  *Quota    `yaml:"quota"`  // population: organisations scored in the period
	RankBy []RankKey `yaml:"rank_by"`
	Tie    string    `yaml:"tie"`
}

// Fixed field names the condition language knows besides the configured ones.
const (
	FieldExcellentVotes   = "优秀票"
	FieldQualifiedVotes   = "合格票"
	FieldBasicVotes       = "基本合格票"
	FieldUnqualifiedVotes = "不合格票"
	FieldValidVotes       = "有效票"
	FieldSatisfaction     = "群众满意率"
	FieldEachItem         = "每项"
	FieldQuarterScore     = "考核得分"
	FieldName             = "姓名"
	FieldOrgName          = "组织名称"
	FieldJoinDate         = "入党时间"
	FieldBirth            = "出生日期"
)

var voteFields = []string{FieldExcellentVotes, FieldQualifiedVotes, FieldBasicVotes, FieldUnqualifiedVotes}

var memberTextFields = []string{FieldName, "性别", "民族", "党员类型", "所在党支部", "人员类别", "职务", "身份证号", "处分情况", "备注"}

var orgTextFields = []string{FieldOrgName, "组织类型", "上级组织", "书记", "组织类别", "备注"}

// context is the field universe of one part of the scheme.
type context struct {
	num, text, date map[string]bool
	numList         []string // for messages, in a stable order
	each            bool     // 每项 allowed
	nameKey         string   // 姓名 or 组织名称
	columns         bool     // column: allowed
}

func newContext() *context {
	return &context{num: map[string]bool{}, text: map[string]bool{}, date: map[string]bool{}}
}

func (c *context) addNum(names ...string) {
	for _, n := range names {
		if n != "" && !c.num[n] {
			c.num[n] = true
			c.numList = append(c.numList, n)
		}
	}
}

func (c *context) addText(names ...string) {
	for _, n := range names {
		c.text[n] = true
	}
}

func (s *Scheme) memberContext() *context {
	c := newContext()
	c.addNum(s.Score.Name)
	for _, d := range s.Score.Dimensions {
		c.addNum(d.Name)
	}
	for _, r := range s.Ratios {
		c.addNum(r.Name)
	}
	c.addNum(voteFields...)
	c.addNum(FieldValidVotes)
	c.addText(memberTextFields...)
	c.date[FieldJoinDate] = true
	c.date[FieldBirth] = true
	c.nameKey = FieldName
	c.columns = true
	return c
}

func (s *Scheme) orgContext() *context {
	c := newContext()
	c.addNum(s.Org.Total)
	for _, it := range s.Org.Items {
		c.addNum(it.Name)
	}
	c.addNum(FieldSatisfaction)
	c.addText(orgTextFields...)
	c.each = true
	c.nameKey = FieldOrgName
	c.columns = true
	return c
}

func periodicContext() *context {
	c := newContext()
	c.addNum(FieldQuarterScore)
	c.addText(orgTextFields...)
	c.nameKey = FieldOrgName
	return c
}

// Validate checks the scheme and returns every problem in one error, each
// naming its key: scheme.grades[2].when[0].field：不认识的字段 综合分.
func (s *Scheme) Validate() error {
	if p := s.Problems(); len(p) > 0 {
		return errors.New(strings.Join(p, "；"))
	}
	return nil
}

// Problems lists what is wrong with the scheme, in Chinese, each naming its key.
func (s *Scheme) Problems() []string {
	v := &validator{}
	s.validate(v)
	return v.problems
}

type validator struct{ problems []string }

func (v *validator) add(path, format string, args ...any) {
	v.problems = append(v.problems, path+"："+fmt.Sprintf(format, args...))
}

var gradeOrder = map[model.Grade]int{model.Unqualified: 0, model.Basic: 1, model.Qualified: 2, model.Excellent: 3}

// validate checks the scheme section by section, in the order of the file,
// so the problems come in the order they are written.
func (s *Scheme) validate(v *validator) {
	if len(s.Score.Dimensions) == 0 && len(s.Grades) == 0 {
		v.add("scheme", "缺少评议方案（score、grades 等），请参照默认配置填写")
		return
	}
	fields := &claims{v: v, empty: "名称不能为空", taken: "名称 %s 与 %s 重复", by: map[string]string{}}
	s.validateScore(v, fields)
	for i, r := range s.Ratios {
		validateRatio(v, fmt.Sprintf("scheme.ratios[%d]", i), r, fields)
	}
	mc := s.memberContext()
	for i, e := range s.Exclude {
		p := fmt.Sprintf("scheme.exclude[%d]", i)
		checkConds(v, p, e.When, e.Any, mc, true)
		if strings.TrimSpace(e.Reason) == "" {
			v.add(p+".reason", "请写明不评定等次的原因（如 预备党员不评定等次）")
		}
	}
	checkChain(v, "scheme.rank_by", s.RankBy, mc, true)
	s.validateGrades(v, mc)
	awards := &claims{v: v, empty: "奖项名称不能为空", taken: "奖项 %s 与 %s 重复", by: map[string]string{}}
	for i, c := range s.Commendations {
		validateCommendation(v, fmt.Sprintf("scheme.commendations[%d]", i), c, mc, awards)
	}
	s.validateOrg(v, awards.claim)
}

// claims gives each name to one key of the scheme: a field or an award
// named twice is a problem naming both keys.
type claims struct {
	v            *validator
	empty, taken string // the problems: no name; a name claimed before (name, first key)
	by           map[string]string
}

func (c *claims) claim(path, name string) {
	if name == "" {
		c.v.add(path, "%s", c.empty)
		return
	}
	if prev, ok := c.by[name]; ok {
		c.v.add(path, c.taken, name, prev)
		return
	}
	c.by[name] = path
}

// validateScore checks score: its name, decimals, the dimensions and
// their weights (summing to 100%). The vote and roster fields are taken
// names from here on.
func (s *Scheme) validateScore(v *validator, fields *claims) {
	if s.Score.Name == "" {
		v.add("scheme.score.name", "不能为空（如 综合得分）")
	}
	if s.Score.Decimals < 0 || s.Score.Decimals > 6 {
		v.add("scheme.score.decimals", "应为0到6之间的整数（值：%d）", s.Score.Decimals)
	}
	if s.PercentDecimals < 0 || s.PercentDecimals > 6 {
		v.add("scheme.percent_decimals", "应为0到6之间的整数（值：%d）", s.PercentDecimals)
	}
	if len(s.Score.Dimensions) == 0 {
		v.add("scheme.score.dimensions", "至少要有一个评分项")
	}
	fields.claim("scheme.score.name", s.Score.Name)
	for _, f := range voteFields {
		fields.by[f] = "选票"
	}
	fields.by[FieldValidVotes] = "选票"
	for _, f := range memberTextFields {
		fields.by[f] = "党员名册"
	}
	sum := new(big.Rat).SetInt64(0)
	for i, d := range s.Score.Dimensions {
		p := fmt.Sprintf("scheme.score.dimensions[%d]", i)
		fields.claim(p+".name", d.Name)
		if !d.Weight.IsSet() {
			v.add(p+".weight", "缺少权重（如 30%%）")
			continue
		}
		if d.Weight.r.Sign() < 0 {
			v.add(p+".weight", "权重不能为负数（值：%s）", d.Weight)
		}
		sum.Add(sum, d.Weight.r)
		if d.Min.IsSet() && d.Max.IsSet() && d.Min.r.Cmp(d.Max.r) > 0 {
			v.add(p, "min 大于 max")
		}
	}
	if len(s.Score.Dimensions) > 0 && sum.Cmp(ratInt(1)) != 0 {
		v.add("scheme.score.dimensions", "各项权重之和应为100%%（现为%s%%）", approx(new(big.Rat).Mul(sum, ratHundred)))
	}
}

// validateRatio checks a ratio of ballots: its name, and that it counts
// only ballots.
func validateRatio(v *validator, p string, r Ratio, fields *claims) {
	fields.claim(p+".name", r.Name)
	if len(r.Numerator) == 0 {
		v.add(p+".numerator", "至少要写一种选票（优秀票、合格票、基本合格票、不合格票）")
	}
	for j, f := range r.Numerator {
		if !isVote(f) {
			v.add(fmt.Sprintf("%s.numerator[%d]", p, j), "不认识的选票 %s（可用：%s）", f, strings.Join(voteFields, "、"))
		}
	}
	for j, f := range r.Denominator {
		if !isVote(f) {
			v.add(fmt.Sprintf("%s.denominator[%d]", p, j), "不认识的选票 %s（可用：%s）", f, strings.Join(voteFields, "、"))
		}
	}
}

// validateGrades checks the grade rules: known grades, conditions on all
// but the last (which takes everyone left), quotas, ranking and ties.
func (s *Scheme) validateGrades(v *validator, mc *context) {
	if len(s.Grades) == 0 {
		v.add("scheme.grades", "至少要有一条等次规则")
	}
	for i, g := range s.Grades {
		p := fmt.Sprintf("scheme.grades[%d]", i)
		if _, ok := gradeOrder[g.Grade]; !ok {
			v.add(p+".grade", "等次应为 优秀、合格、基本合格、不合格 之一（值：%s）", g.Grade)
		}
		last := i == len(s.Grades)-1
		hasCond := len(g.When)+len(g.Any) > 0
		if last && (hasCond || g.Quota != nil) {
			v.add(p, "最后一条等次规则不能有条件或名额（其余党员都归入这一等次）")
		}
		if !last && !hasCond && g.Quota == nil {
			v.add(p, "只有最后一条等次规则可以不写条件")
		}
		checkConds(v, p, g.When, g.Any, mc, false)
		checkQuota(v, p+".quota", g.Quota, false)
		checkChain(v, p+".rank_by", g.RankBy, mc, false)
		checkTie(v, p+".tie", g.Tie)
	}
}

// validateCommendation checks one member award: a name of its own, the
// grades it comes from, its conditions, quota, ranking and ties.
func validateCommendation(v *validator, p string, c CommendationRule, mc *context, awards *claims) {
	awards.claim(p+".award", c.Award)
	if len(c.FromGrades) == 0 {
		v.add(p+".from_grades", "请写明从哪些等次中产生（如 [优秀]）")
	}
	for j, g := range c.FromGrades {
		if _, ok := gradeOrder[g]; !ok {
			v.add(fmt.Sprintf("%s.from_grades[%d]", p, j), "等次应为 优秀、合格、基本合格、不合格 之一（值：%s）", g)
		}
	}
	checkConds(v, p, c.When, c.Any, mc, false)
	if c.Quota == nil {
		v.add(p+".quota", "表彰要有名额")
	}
	checkQuota(v, p+".quota", c.Quota, false)
	checkChain(v, p+".rank_by", c.RankBy, mc, false)
	checkTie(v, p+".tie", c.Tie)
}

func (s *Scheme) validateOrg(v *validator, claimAward func(path, name string)) {
	o := &s.Org
	if len(o.Items) == 0 && len(o.Bands) == 0 && len(o.Awards) == 0 && len(o.Periodic) == 0 {
		return // no organisation rules
	}
	oc := s.orgContext()
	if len(o.Items) == 0 && (len(o.Bands) > 0 || len(o.Awards) > 0) {
		v.add("scheme.org.items", "至少要有一个考核项目")
	}
	if o.Total == "" && len(o.Items) > 0 {
		v.add("scheme.org.total", "不能为空（如 总分）")
	}
	if o.Decimals < 0 || o.Decimals > 6 {
		v.add("scheme.org.decimals", "应为0到6之间的整数（值：%d）", o.Decimals)
	}
	seen := map[string]bool{o.Total: true, FieldSatisfaction: true, FieldEachItem: true}
	for _, f := range orgTextFields {
		seen[f] = true
	}
	for i, it := range o.Items {
		p := fmt.Sprintf("scheme.org.items[%d].name", i)
		if it.Name == "" {
			v.add(p, "名称不能为空")
		} else if seen[it.Name] {
			v.add(p, "名称 %s 重复或与已有字段同名", it.Name)
		}
		seen[it.Name] = true
	}
	bands := map[string]int{}
	for i, b := range o.Bands {
		p := fmt.Sprintf("scheme.org.bands[%d]", i)
		if b.Band == "" {
			v.add(p+".band", "档次名称不能为空")
		} else if _, dup := bands[b.Band]; dup {
			v.add(p+".band", "档次 %s 重复", b.Band)
		}
		bands[b.Band] = i
		last := i == len(o.Bands)-1
		hasCond := len(b.When)+len(b.Any) > 0
		if last && hasCond {
			v.add(p, "最后一个档次不能有条件（其余组织都归入这一档）")
		}
		if !last && !hasCond {
			v.add(p, "只有最后一个档次可以不写条件")
		}
		checkConds(v, p, b.When, b.Any, oc, false)
	}
	for i, c := range o.Caps {
		p := fmt.Sprintf("scheme.org.caps[%d]", i)
		if _, ok := bands[c.MaxBand]; !ok {
			v.add(p+".max_band", "没有这个档次 %s", c.MaxBand)
		}
		if len(c.When)+len(c.Any) == 0 {
			v.add(p, "要写条件")
		}
		checkConds(v, p, c.When, c.Any, oc, false)
	}
	for i, a := range o.Awards {
		p := fmt.Sprintf("scheme.org.awards[%d]", i)
		claimAward(p+".award", a.Award)
		checkTypes(v, p+".types", a.Types)
		checkConds(v, p, a.When, a.Any, oc, false)
		if a.Quota == nil {
			v.add(p+".quota", "要有名额")
		}
		checkQuota(v, p+".quota", a.Quota, true)
		checkChain(v, p+".rank_by", a.RankBy, oc, false)
		if len(a.RankBy) == 0 {
			v.add(p+".rank_by", "要写排序依据（如 总分 desc）")
		}
		checkTie(v, p+".tie", a.Tie)
	}
	pc := periodicContext()
	for i, a := range o.Periodic {
		p := fmt.Sprintf("scheme.org.periodic[%d]", i)
		claimAward(p+".award", a.Award)
		if a.Period != "quarter" {
			v.add(p+".period", "目前只支持 quarter（按季度）（值：%s）", a.Period)
		}
		checkTypes(v, p+".types", a.Types)
		if a.Quota == nil {
			v.add(p+".quota", "要有名额")
		} else if a.Quota.Population != "" {
			v.add(p+".quota.population", "按期评比的基数固定为该期参加考核的组织数，不要写 population")
		}
		q := a.Quota
		if q != nil {
			qq := *q
			qq.Population = ""
			q = &qq
		}
		checkQuota(v, p+".quota", q, true)
		checkChain(v, p+".rank_by", a.RankBy, pc, false)
		if len(a.RankBy) == 0 {
			v.add(p+".rank_by", "要写排序依据（如 考核得分 desc）")
		}
		checkTie(v, p+".tie", a.Tie)
	}
}

func isVote(f string) bool {
	for _, v := range voteFields {
		if v == f {
			return true
		}
	}
	return false
}

func checkTypes(v *validator, path string, types []string) {
	for i, t := range types {
		ok := false
		for _, k := range model.OrgTypes {
			if string(k) == t {
				ok = true
			}
		}
		if !ok {
			v.add(fmt.Sprintf("%s[%d]", path, i), "不认识的组织类型 %s", t)
		}
	}
}

func checkTie(v *validator, path, tie string) {
	switch tie {
	case "", TieChain, TieCommittee:
	default:
		v.add(path, "应为 chain（按排序依据依次比较）或 committee（边界并列提请党委研究）（值：%s）", tie)
	}
}

func checkQuota(v *validator, path string, q *Quota, org bool) {
	if q == nil {
		return
	}
	switch q.Scope {
	case "", ScopeUnit:
	case ScopeBranch, ScopeGeneralBranch:
		if org {
			v.add(path+".scope", "组织奖项的名额只能按全单位（unit）计算")
		}
	default:
		v.add(path+".scope", "应为 branch（每个党支部）、general_branch（每个党总支）或 unit（全单位）（值：%s）", q.Scope)
	}
	switch {
	case q.Count != nil && q.Ratio.IsSet():
		v.add(path, "ratio（比例）和 count（固定名额）只能写一个")
	case q.Count == nil && !q.Ratio.IsSet():
		v.add(path, "要写 ratio（比例，如 15%%）或 count（固定名额）")
	case q.Count != nil && *q.Count < 0:
		v.add(path+".count", "不能为负数")
	case q.Ratio.IsSet() && (q.Ratio.r.Sign() < 0 || q.Ratio.r.Cmp(ratInt(1)) > 0):
		v.add(path+".ratio", "应在0到100%%之间（值：%s）", q.Ratio)
	}
	switch q.Rounding {
	case "", RoundFloor, RoundHalfUp, RoundCeil:
	default:
		v.add(path+".rounding", "应为 floor（向下取整）、half_up（四舍五入）或 ceil（向上取整）（值：%s）", q.Rounding)
	}
	if q.Min < 0 {
		v.add(path+".min", "不能为负数")
	}
	if q.Max != nil && *q.Max < q.Min {
		v.add(path+".max", "不能小于 min")
	}
	switch q.Allocate {
	case "":
	case "largest_remainder":
		if org {
			v.add(path+".allocate", "组织奖项不分配到各单位")
		} else if q.Scope != ScopeUnit {
			v.add(path+".allocate", "按最大余数法分配时 scope 应为 unit（先算全单位总名额）")
		}
	default:
		v.add(path+".allocate", "应为 largest_remainder（最大余数法）或不写（值：%s）", q.Allocate)
	}
	switch q.Population {
	case "":
	case "branches", "assessed":
		if !org {
			v.add(path+".population", "党员名额的基数固定为范围内参评（评定等次）的党员，不要写 population")
		}
	default:
		v.add(path+".population", "应为 branches（全部党支部）或 assessed（参加测评的组织）（值：%s）", q.Population)
	}
}

func checkChain(v *validator, path string, keys []RankKey, c *context, required bool) {
	if required && len(keys) == 0 {
		v.add(path, "要写排序依据（如 综合得分 desc）")
	}
	for i, k := range keys {
		p := fmt.Sprintf("%s[%d]", path, i)
		if (k.Key == "") == (k.Column == "") {
			v.add(p, "要写 key（字段）或 column（测评表中的列）之一")
			continue
		}
		if k.Column != "" {
			if !c.columns {
				v.add(p+".column", "这里不能按表格列排序")
			}
			if k.Order != "desc" && k.Order != "asc" {
				v.add(p+".order", "按列排序时应为 desc（大者在前）或 asc（小者在前）（值：%s）", k.Order)
			}
			continue
		}
		switch {
		case c.num[k.Key]:
			if k.Order != "desc" && k.Order != "asc" {
				v.add(p+".order", "%s 是数值，应为 desc（高者在前）或 asc（低者在前）（值：%s）", k.Key, k.Order)
			}
		case c.date[k.Key]:
			if k.Order != "desc" && k.Order != "asc" {
				v.add(p+".order", "%s 是日期，应为 asc（早者在前）或 desc（晚者在前）（值：%s）", k.Key, k.Order)
			}
		case k.Key == c.nameKey && k.Key == FieldName:
			if k.Order != "strokes" {
				v.add(p+".order", "姓名只能按 strokes（姓氏笔画）排序（值：%s）", k.Order)
			}
		case k.Key == c.nameKey && k.Key == FieldOrgName:
			if k.Order != "strokes" && k.Order != "listed" {
				v.add(p+".order", "组织名称应为 listed（按党组织表中的顺序）或 strokes（笔画）（值：%s）", k.Order)
			}
		default:
			v.add(p+".key", "不能按 %s 排序（可用：%s）", k.Key, c.rankable())
		}
	}
}

func (c *context) rankable() string {
	l := append([]string(nil), c.numList...)
	for _, d := range []string{FieldJoinDate, FieldBirth} {
		if c.date[d] {
			l = append(l, d)
		}
	}
	l = append(l, c.nameKey)
	return strings.Join(l, "、")
}

func (c *context) fields() string {
	l := append([]string(nil), c.numList...)
	if c.each {
		l = append(l, FieldEachItem)
	}
	for _, f := range memberTextFields {
		if c.text[f] {
			l = append(l, f)
		}
	}
	for _, f := range orgTextFields {
		if c.text[f] && !(c.nameKey == FieldName) {
			l = append(l, f)
		}
	}
	return strings.Join(l, "、")
}

var opNames = map[string]bool{">=": true, ">": true, "<=": true, "<": true, "==": true, "!=": true}

func checkConds(v *validator, path string, when, anyOf []Condition, c *context, needOne bool) {
	if needOne && len(when)+len(anyOf) == 0 {
		v.add(path, "要写条件（when 或 any）")
	}
	for i, cd := range when {
		checkCond(v, fmt.Sprintf("%s.when[%d]", path, i), cd, c)
	}
	for i, cd := range anyOf {
		checkCond(v, fmt.Sprintf("%s.any[%d]", path, i), cd, c)
	}
}

func checkCond(v *validator, p string, cd Condition, c *context) {
	if (cd.Field == "") == (cd.Column == "") {
		v.add(p, "要写 field（字段）或 column（测评表中的列）之一")
		return
	}
	tests := 0
	if cd.Op != "" || cd.Value.IsSet() {
		tests++
	}
	if cd.Eq != nil {
		tests++
	}
	if cd.Ne != nil {
		tests++
	}
	if cd.In != nil {
		tests++
	}
	if cd.NotIn != nil {
		tests++
	}
	if tests != 1 {
		v.add(p, "要写 op 和 value、eq、ne、in、not_in 中的一种")
		return
	}
	numeric := cd.Op != "" || cd.Value.IsSet()
	if numeric {
		if !opNames[cd.Op] {
			v.add(p+".op", "应为 >=、>、<=、<、==、!= 之一（值：%s）", cd.Op)
		}
		if !cd.Value.IsSet() {
			v.add(p+".value", "缺少比较的数值")
		}
	}
	if cd.Column != "" {
		if !c.columns {
			v.add(p+".column", "这里不能用表格列作条件")
		}
		return
	}
	switch {
	case c.num[cd.Field] || (c.each && cd.Field == FieldEachItem):
		if !numeric {
			v.add(p, "%s 是数值，请用 op 和 value 比较", cd.Field)
		}
	case c.text[cd.Field]:
		if numeric {
			v.add(p, "%s 是文字，请用 eq、ne、in 或 not_in", cd.Field)
		}
	default:
		v.add(p+".field", "不认识的字段 %s（可用：%s；测评表中的其他列请用 column）", cd.Field, c.fields())
	}
}

// chainOr returns keys, or def when keys is empty.
func chainOr(keys, def []RankKey) []RankKey {
	if len(keys) > 0 {
		return keys
	}
	return def
}

func (q *Quota) rounding() string {
	if q.Rounding == "" {
		return RoundFloor
	}
	return q.Rounding
}

func (q *Quota) scope() string {
	if q.Scope == "" {
		return ScopeUnit
	}
	return q.Scope
}

func (s *Scheme) unitName() string {
	if s.UnitName == "" {
		return "全单位"
	}
	return s.UnitName
}
