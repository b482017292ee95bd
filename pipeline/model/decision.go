package model

import "math/big"

// Grade is the outcome of 民主评议 for one member.
type Grade string

const (
	Excellent   Grade = "优秀"
	Qualified   Grade = "合格"
	Basic       Grade = "基本合格"
	Unqualified Grade = "不合格"
	NotGraded   Grade = "不评定等次" // 预备党员 and anyone the scheme excludes
)

// MemberResult is the decision about one member, with the numbers behind it.
type MemberResult struct {
	Member         *Member
	Graded         bool
	Score          *big.Rat            // 综合得分, exact; nil when not computable; may be shared by members with the same score, read-only
	Scores         map[string]*big.Rat // component scores by dimension (may be the assessment's own map; read-only)
	Ratios         map[string]*big.Rat // derived ratios by name (优秀票率, 不合格票率); nil values when no ballots; shared by members with the same ballots, read-only
	RankInBranch   int                 // 1-based rank among graded members of the branch by the tie-break chain; 0 if not graded
	Grade          Grade
	Vetoes         []string // veto reasons that applied (e.g. 处分情况为留党察看)
	Reason         string   // why, in Chinese, with the numbers
	TieUnresolved  bool     // left for the committee at a quota boundary
	Commended      bool     // chosen as 优秀共产党员
	CommendReason  string
	AllocationUnit string // the 党总支 or directly-governed branch whose seats it competes for
	// Display holds every computed value as shown in Reason, by field name
	// (综合得分 "92.35", 自评 "89.50", 优秀票率 "76.5%"), rounded half-up from
	// the exact value; use it so tables and reasons agree to the digit.
	Display Texts
}

// Names is a list of field names shared by many records (every member's
// Display), so that each record keeps only its values.
type Names struct {
	list  []string
	index map[string]int
}

// NewNames indexes a list of distinct names.
func NewNames(list []string) *Names {
	n := &Names{list: list, index: make(map[string]int, len(list))}
	for i, s := range list {
		n.index[s] = i
	}
	return n
}

// Index returns the position of name, or -1.
func (n *Names) Index(name string) int {
	if n == nil {
		return -1
	}
	if i, ok := n.index[name]; ok {
		return i
	}
	return -1
}

// Len is the number of names.
func (n *Names) Len() int {
	if n == nil {
		return 0
	}
	return len(n.list)
}

// Texts is one text per name of a shared Names list; "" means none.
type Texts struct {
	Names  *Names
	Values []string
}

// Get returns the text of the field, "" when there is none.
func (t Texts) Get(name string) string {
	if i := t.Names.Index(name); i >= 0 && i < len(t.Values) {
		return t.Values[i]
	}
	return ""
}

// Map returns the non-empty texts by field name.
func (t Texts) Map() map[string]string {
	m := map[string]string{}
	if t.Names != nil {
		for i, k := range t.Names.list {
			if i < len(t.Values) && t.Values[i] != "" {
				m[k] = t.Values[i]
			}
		}
	}
	return m
}

// OrgResult is the decision about one organisation.
type OrgResult struct {
	Org           *Organisation
	Assessed      bool
	Items         map[string]*big.Rat
	Total         *big.Rat
	Satisfaction  *big.Rat
	Band          string // 分类定档: 好, 较好, 一般, 差
	Advanced      bool   // 先进基层党组织
	Reason        string
	TieUnresolved bool
	Awards        []string // every organisation award it received (先进基层党组织, 2012年第一季度流动红旗 …)
	Display       Texts    // items, 总分, 群众满意率 as shown in Reason
}

// QuotaLine explains one quota: how many seats a scope got and why.
type QuotaLine struct {
	Award      string // 优秀 (grade quota), 优秀共产党员, 先进基层党组织, 流动红旗 …
	Scope      string // organisation name or 全校/全单位
	Population int    // members (or branches) counted in the denominator
	Full       int    // 正式党员 in scope, for the 名额分配表
	Probation  int    // 预备党员 in scope
	Seats      int
	Used       int
	Rule       string // e.g. 18人×15%=2.7→向下取整2
	Period     string // for per-period awards: 2012年第一季度
}

// Award kinds.
const (
	PersonAward = "person"
	OrgAward    = "org"
)

// Commendation is one recipient of an honour, in 名单 order.
type Commendation struct {
	Award  string // 优秀共产党员, 先进基层党组织, 优秀党务工作者, 流动红旗
	Kind   string // PersonAward or OrgAward
	Name   string // person's or organisation's name
	Unit   string // for people: the branch (or allocation unit) shown in the 名单
	Group  string // 名单 grouping heading (the 党总支 or directly-governed branch)
	Member *Member
	Org    *Organisation
	Number string // certificate number, filled by the certificate stage
	Period string // for per-period awards: 2012年第一季度
}

// Results is everything the rules decided.
type Results struct {
	Members       []MemberResult // in input order
	Orgs          []OrgResult    // in input order
	Quotas        []QuotaLine
	Commendations []Commendation // grouped by award, each in 名单 order
	Diagnostics   Diagnostics
	// Pending lists those tied at a quota boundary that the scheme leaves to
	// the committee (流动红旗 ties); they are not in Commendations.
	Pending []Commendation
}
