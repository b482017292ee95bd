package rules

import (
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/model"
)

// sampleScheme reads the scheme section of templates/pingyou.yaml (the
// embedded default) without importing the config package.
func sampleScheme(t testing.TB) *Scheme {
	t.Helper()
	b, err := os.ReadFile("../../templates/pingyou.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Scheme Scheme `yaml:"scheme"`
	}
	var node yaml.Node
	if err := yaml.Unmarshal(b, &node); err != nil {
		t.Fatal(err)
	}
	if err := node.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Scheme.Validate(); err != nil {
		t.Fatal(err)
	}
	return &doc.Scheme
}

func rat(s string) *big.Rat {
	n, err := ParseNum(s)
	if err != nil {
		panic(err)
	}
	return n.r
}

// builder makes datasets in code.
type builder struct {
	ds model.Dataset
}

func (b *builder) org(name string, typ model.OrgType, parent string) *builder {
	b.ds.Orgs = append(b.ds.Orgs, model.Organisation{Name: name, Type: typ, Parent: parent, Order: len(b.ds.Orgs),
		Ref: model.CellRef{File: "组织.xlsx", Sheet: "党组织", Cell: fmt.Sprintf("A%d", len(b.ds.Orgs)+2)}})
	return b
}

// m is a member spec: scores 自评 互评 群众评议 组织评价 ("" = blank), votes 优秀 合格 基本合格 不合格.
type m struct {
	name, branch string
	prob         bool
	join         model.Date
	scores       [4]string
	votes        [4]int
	sanction     string
	noAssessment bool
	noVotes      bool
	id           string
}

// colsOf makes the Columns of a row from a map (columns B, C, … by sorted key).
func colsOf(m map[string]string) model.Columns {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	cols := make([]int, len(keys))
	vals := make([]string, len(keys))
	for i, k := range keys {
		cols[i], vals[i] = i+2, m[k]
	}
	return model.Columns{Header: model.NewHeader("测评表.xlsx", "党员测评", keys, cols), Row: 2, Values: vals}
}

var assessHeader = model.NewHeader("测评表.xlsx", "党员测评",
	[]string{"自评", "互评", "群众评议", "组织评价", "处分情况"}, []int{3, 4, 5, 6, 12})

func (b *builder) add(ms ...m) *builder {
	for _, x := range ms {
		row := len(b.ds.Members) + 2
		mem := model.Member{Name: x.name, Branch: x.branch, Type: model.FullMember, JoinDate: x.join, IDNumber: x.id,
			Order: len(b.ds.Members), Ref: model.CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: fmt.Sprintf("A%d", row)}}
		if x.prob {
			mem.Type = model.ProbationMember
		}
		if !x.noAssessment {
			a := &model.MemberAssessment{Name: x.name, Branch: x.branch, Scores: map[string]*big.Rat{},
				Votes:    model.Votes{Excellent: x.votes[0], Qualified: x.votes[1], Basic: x.votes[2], Unqualified: x.votes[3]},
				HasVotes: !x.noVotes, Sanction: x.sanction,
				Ref: model.CellRef{File: "测评表.xlsx", Sheet: "党员测评", Cell: fmt.Sprintf("A%d", row)}}
			if a.Sanction == "" {
				a.Sanction = "无"
			}
			for i, d := range []string{"自评", "互评", "群众评议", "组织评价"} {
				if x.scores[i] != "" {
					a.Scores[d] = rat(x.scores[i])
				}
			}
			// Score columns C–F (their values are not looked at through
			// Columns), 处分情况 in L.
			a.Columns = model.Columns{Header: assessHeader, Row: row, Values: []string{"", "", "", "", a.Sanction}}
			mem.Assessment = a
		}
		b.ds.Members = append(b.ds.Members, mem)
	}
	return b
}

func (b *builder) orgScore(name string, items [5]string, sat string) *builder {
	a := model.OrgAssessment{Name: name, Items: map[string]*big.Rat{},
		Ref: model.CellRef{File: "测评表.xlsx", Sheet: "组织测评", Cell: fmt.Sprintf("A%d", len(b.ds.OrgAssessments)+2)}}
	for i, it := range []string{"领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"} {
		if items[i] != "" {
			a.Items[it] = rat(items[i])
		}
	}
	if sat != "" {
		a.Satisfaction = rat(sat)
	}
	b.ds.OrgAssessments = append(b.ds.OrgAssessments, a)
	return b
}

func (b *builder) quarter(org string, y, q int, score string) *builder {
	b.ds.HasQuarterSheet = true
	b.ds.Quarters = append(b.ds.Quarters, model.QuarterScore{Org: org, Year: y, Quarter: q, Score: rat(score),
		Ref: model.CellRef{File: "测评表.xlsx", Sheet: "季度考核", Cell: fmt.Sprintf("A%d", len(b.ds.Quarters)+2)}})
	return b
}

// same four scores: every dimension s, so 综合得分 = s.
func same(s string) [4]string { return [4]string{s, s, s, s} }

func date(y, mo, d int) model.Date { return model.Date{Year: y, Month: mo, Day: d} }

func ratStr(r *big.Rat) string {
	if r == nil {
		return "nil"
	}
	return r.RatString()
}

// dump is a canonical text form of results, independent of input order.
func dump(r *model.Results) string {
	var lines []string
	for _, mr := range r.Members {
		m := mr.Member
		var ratios []string
		for k, v := range mr.Ratios {
			ratios = append(ratios, k+"="+ratStr(v))
		}
		sort.Strings(ratios)
		lines = append(lines, fmt.Sprintf("M|%s|%s|%s|g=%v|s=%s|%v|rank=%d|%s|tie=%v|c=%v|%s|%s|veto=%v|%s",
			m.Branch, m.Name, m.IDNumber, mr.Graded, ratStr(mr.Score), ratios, mr.RankInBranch, mr.Grade, mr.TieUnresolved,
			mr.Commended, mr.Reason, mr.CommendReason, mr.Vetoes, mr.AllocationUnit))
	}
	sort.Strings(lines)
	var orgs []string
	for _, or := range r.Orgs {
		orgs = append(orgs, fmt.Sprintf("O|%s|%v|%s|%s|%s|%v|%v|%s|%v", or.Org.Name, or.Assessed, ratStr(or.Total), ratStr(or.Satisfaction),
			or.Band, or.Advanced, or.TieUnresolved, or.Reason, or.Awards))
	}
	sort.Strings(orgs)
	lines = append(lines, orgs...)
	for _, q := range r.Quotas {
		lines = append(lines, fmt.Sprintf("Q|%+v", q))
	}
	for _, c := range r.Commendations {
		lines = append(lines, fmt.Sprintf("C|%s|%s|%s|%s|%s", c.Award, c.Name, c.Unit, c.Group, c.Period))
	}
	for _, c := range r.Pending {
		lines = append(lines, fmt.Sprintf("P|%s|%s|%s|%s|%s", c.Award, c.Name, c.Unit, c.Group, c.Period))
	}
	for _, d := range r.Diagnostics {
		lines = append(lines, "D|"+d.String())
	}
	return strings.Join(lines, "\n")
}
