package xlsx

import (
	"math/big"
	"strings"
	"time"

	"pingyou/pipeline/model"
)

// The fixture: a 党委 with one 党总支 (two branches) and a directly governed
// branch; members with every grade, a 预备党员, an unresolved tie, a member
// without an assessment and the hostile texts the issue lists.

const (
	unitName   = "中共江城师范学院委员会"
	gbName     = "文学院党总支"
	staffName  = "文学院教工党支部"
	studName   = "文学院学生党支部"
	officeName = "机关党支部"
	hyperlink  = `=HYPERLINK("http://x","y")`
)

var dims = []string{"自评", "互评", "群众评议", "组织评价"}

func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

func testOrgs() []model.Organisation {
	return []model.Organisation{
		{Name: unitName, Type: model.PartyCommittee, Order: 0},
		{Name: gbName, Type: model.GeneralBranch, Parent: unitName, Order: 1},
		{Name: staffName, Type: model.Branch, Parent: gbName, Order: 2},
		{Name: studName, Type: model.Branch, Parent: gbName, Order: 3},
		{Name: officeName, Type: model.DirectBranch, Parent: unitName, Order: 4},
	}
}

type mspec struct {
	name, branch, gender string
	probation            bool
	noAssessment         bool
	votes                model.Votes
	score                string
	ratio                string
	rank                 int
	grade                model.Grade
	vetoes               []string
	tie                  bool
	remark               string
	reason               string
}

func testOptions() Options {
	return Options{
		Title:      "江城师范学院2012年度民主评议党员结果汇总表",
		Unit:       unitName,
		Year:       2012,
		Generated:  "2013年1月10日",
		Stamp:      time.Date(2013, 1, 10, 9, 0, 0, 0, time.FixedZone("CST", 8*3600)),
		Dimensions: dims,
		OrgItems:   []string{"领导班子好", "党员队伍好"},
		Orgs:       testOrgs(),
	}
}

var longRemark = strings.Repeat("长", 40000)

func testResults() *model.Results {
	specs := []mspec{
		{name: "张三", branch: staffName, gender: "男", votes: v(16, 4, 0, 0), score: "92.5", ratio: "4/5", rank: 1, grade: model.Excellent, reason: "综合得分92.50，评为优秀"},
		{name: "李四", branch: staffName, gender: "女", votes: v(15, 5, 0, 0), score: "89.995", ratio: "0.7655", rank: 2, grade: model.Qualified, reason: "综合得分90.00，优秀票率76.6%，超出名额，评为合格", remark: hyperlink},
		{name: "王五", branch: staffName, gender: "男", votes: v(2, 10, 6, 2), score: "65", ratio: "1/10", rank: 5, grade: model.Basic, reason: "综合得分65.00，评为基本合格", remark: "请假\x07两次\r\n已补课"},
		{name: "赵六", branch: staffName, gender: "男", votes: v(0, 5, 5, 10), score: "55", ratio: "0", rank: 6, grade: model.Unqualified, vetoes: []string{"处分情况为留党察看"}, reason: "处分情况为留党察看，评为不合格"},
		{name: "钱七", branch: staffName, gender: "女", probation: true, votes: v(10, 10, 0, 0), score: "88", ratio: "1/2", grade: model.NotGraded, reason: "预备党员，不评定等次"},
		{name: "孙八", branch: studName, gender: "男", votes: v(12, 8, 0, 0), score: "88.5", ratio: "3/5", rank: 1, grade: model.Qualified, tie: true, reason: "与周九并列，已提请党委研究，暂评为合格"},
		{name: "周九", branch: studName, gender: "女", votes: v(12, 8, 0, 0), score: "88.5", ratio: "3/5", rank: 1, grade: model.Qualified, tie: true, reason: "与孙八并列，已提请党委研究，暂评为合格", remark: longRemark},
		{name: "+刘十", branch: officeName, gender: "男", votes: v(18, 2, 0, 0), score: "95", ratio: "9/10", rank: 1, grade: model.Excellent, reason: "评为优秀", remark: "-5分@扣除"},
		{name: "吴一", branch: officeName, gender: "女", noAssessment: true, grade: model.NotGraded, reason: "无测评记录，不评定等次"},
	}
	res := &model.Results{}
	order := map[string]int{}
	for _, s := range specs {
		m := &model.Member{Name: s.name, Gender: s.gender, Branch: s.branch, Type: model.FullMember, Order: order[s.branch]}
		order[s.branch]++
		if s.probation {
			m.Type = model.ProbationMember
		}
		r := model.MemberResult{Member: m, Grade: s.grade, Graded: s.grade != model.NotGraded, RankInBranch: s.rank,
			Vetoes: s.vetoes, Reason: s.reason, TieUnresolved: s.tie, AllocationUnit: gbName}
		if s.branch == officeName {
			r.AllocationUnit = officeName
		}
		if !s.noAssessment {
			a := &model.MemberAssessment{Name: s.name, Branch: s.branch, Votes: s.votes, HasVotes: true, Remark: s.remark,
				Scores: map[string]*big.Rat{}}
			for i, d := range dims {
				a.Scores[d] = rat(s.score)
				if i == 0 {
					a.Scores[d] = rat("90")
				}
			}
			m.Assessment = a
			r.Score = rat(s.score)
			r.Scores = a.Scores
			r.Ratios = map[string]*big.Rat{"优秀票率": rat(s.ratio)}
		}
		res.Members = append(res.Members, r)
	}
	orgs := testOrgs()
	res.Orgs = []model.OrgResult{
		{Org: &orgs[2], Assessed: true, Items: map[string]*big.Rat{"领导班子好": rat("19"), "党员队伍好": rat("18.5")}, Total: rat("92"), Satisfaction: rat("0.95"), Band: "好", Advanced: true, Reason: "总分92.00，满意率95.0%，评为好"},
		{Org: &orgs[3], Assessed: true, Items: map[string]*big.Rat{"领导班子好": rat("15"), "党员队伍好": rat("14")}, Total: rat("70"), Satisfaction: rat("0.55"), Band: "一般", Reason: "群众满意率55.0%低于60%，评为一般"},
		{Org: &orgs[4], Assessed: true, Items: map[string]*big.Rat{"领导班子好": rat("18"), "党员队伍好": rat("17")}, Total: rat("85.125"), Satisfaction: rat("0.9"), Band: "较好", Reason: "总分85.13，评为较好"},
	}
	res.Quotas = []model.QuotaLine{
		{Award: "优秀", Scope: gbName, Population: 6, Full: 6, Probation: 1, Seats: 1, Used: 1, Rule: "6人×20%=1.2→向下取整1"},
		{Award: "优秀", Scope: officeName, Population: 1, Full: 2, Probation: 0, Seats: 1, Used: 1, Rule: "1人×20%=0.2，不足1人按1人"},
		{Award: "优秀共产党员", Scope: "全校", Population: 7, Full: 8, Probation: 1, Seats: 2, Used: 2, Rule: "7人×30%=2.1→向下取整2"},
	}
	res.Commendations = []model.Commendation{
		{Award: "优秀共产党员", Kind: model.PersonAward, Name: "张三", Unit: staffName, Group: gbName, Number: "JCSF-2012-YX-0001"},
		{Award: "优秀共产党员", Kind: model.PersonAward, Name: "+刘十", Unit: officeName, Group: officeName, Number: "JCSF-2012-YX-0002"},
		{Award: "先进基层党组织", Kind: model.OrgAward, Name: staffName, Group: gbName, Number: "JCSF-2012-XJ-0001"},
	}
	res.Diagnostics = model.Diagnostics{
		{Severity: model.Warning, Ref: model.CellRef{File: "测评表.xlsx", Sheet: "党员测评", Cell: "E12"}, Problem: "优秀票数为空，按0计", Value: "=1+1", Fix: "填写票数"},
		{Severity: model.Error, Ref: model.CellRef{File: "党员名册.xlsx", Sheet: "党员", Cell: "C5"}, Problem: "身份证号校验位错误", Value: "11010519491231002Y", Fix: "核对身份证号"},
	}
	return res
}

func v(e, q, b, u int) model.Votes {
	return model.Votes{Excellent: e, Qualified: q, Basic: b, Unqualified: u}
}
