package model

// Last year beside this year (issue 19): what a batch keeps of the year
// before, read back from that year's summary workbook, and what comparing
// the two years found.

// Run kinds: what a PriorMember's or PriorOrg's Runs count, besides award
// names (优秀共产党员, 先进基层党组织, … two or more years running).
const (
	// RunWeak counts the consecutive years a member was graded 基本合格 or
	// 不合格.
	RunWeak = "评议等次"
	// RunWatch counts the consecutive years an organisation's 分类定档 was
	// in the watched bands (一般 or 差 in the sample scheme).
	RunWatch = "分类定档"
)

// PriorYear is last year's results as its summary workbook recorded them.
type PriorYear struct {
	Year int
	Unit string // 发文机关 as the workbook names it
	// File names the workbook in messages, e.g. 2011年结果/评议结果汇总表.xlsx.
	File string
	// HasIDs: its member sheet has a 身份证号 column (older outputs do not).
	HasIDs  bool
	Members []PriorMember // in the workbook's order
	Orgs    []PriorOrg
	// Compared: the workbook carried its own previous year (a 与上年对比
	// sheet), so Runs hold streaks longer than one year.
	Compared bool
}

// PriorMember is one row of last year's 党员评议结果.
type PriorMember struct {
	Name     string
	IDNumber string // "" when not recorded
	Branch   string
	Grade    Grade // 优秀 … 不合格, or 不评定等次
	Awards   []string
	// Runs are streaks ending last year that were two years or longer, by
	// run kind (RunWeak or an award): from last year's own comparison.
	Runs map[string]int
	Ref  CellRef // the row, for messages
}

// PriorOrg is one row of last year's 组织考核结果.
type PriorOrg struct {
	Name   string
	Code   string // 组织代码, "" when not recorded
	Type   OrgType
	Parent string // 所属党总支 as recorded, for the listing
	Band   string
	Awards []string
	Runs   map[string]int // as PriorMember.Runs, by RunWatch or an award
	Ref    CellRef
}

// Match says how a record was found in last year's results.
type Match int

const (
	Unmatched      Match = iota
	ByID                 // 身份证号
	ByNameInBranch       // (姓名, 所在党支部), unique on both sides, without a 身份证号 on one side
	ByCode               // 组织代码
	ByOrgName            // 组织名称
)

// Band movements (分类定档 compared with last year).
const (
	MoveUp   = "晋位"
	MoveSame = "持平"
	MoveDown = "降档"
)

// Run is a streak that includes this year: an award, or a run kind.
type Run struct {
	Kind  string // RunWeak, RunWatch or an award name
	Years int    // ≥ 2
}

// MemberYear is what the comparison found about one of this year's members.
type MemberYear struct {
	Prior *PriorMember // nil when unmatched
	How   Match
	// PriorBranch is last year's branch when it differs from this year's
	// (after following renamed branches), else "".
	PriorBranch string
	// PriorName is last year's 姓名 when it differs (same 身份证号).
	PriorName string
	Runs      []Run  // streaks of two or more years, RunWeak first, then awards in this year's order
	Note      string // 与上年对比, in Chinese, for the summary; "" when nothing to say
}

// Run returns the length of the streak of a kind, 0 when there is none.
func (m *MemberYear) Run(kind string) int { return runOf(m.Runs, kind) }

// OrgYear is what the comparison found about one of this year's organisations.
type OrgYear struct {
	Prior     *PriorOrg // nil when unmatched
	How       Match
	PriorName string // last year's 组织名称 when it differs (matched by 组织代码)
	PriorBand string
	Move      string // MoveUp, MoveSame, MoveDown; "" when a band is missing or not comparable
	Runs      []Run
	Note      string
}

// Run returns the length of the streak of a kind, 0 when there is none.
func (o *OrgYear) Run(kind string) int { return runOf(o.Runs, kind) }

func runOf(runs []Run, kind string) int {
	for _, r := range runs {
		if r.Kind == kind {
			return r.Years
		}
	}
	return 0
}

// Comparison is last year beside this year: per member and organisation of
// this year (parallel to Results.Members and Results.Orgs) and those of last
// year nobody this year matched.
type Comparison struct {
	Year, PriorYear int
	PriorFile       string
	Bands           []string // this year's 分类定档 bands, best first
	Watch           []string // the watched bands (一般, 差)
	Members         []MemberYear
	Orgs            []OrgYear
	GoneMembers     []*PriorMember // last year's members matched by nobody, in last year's order
	GoneOrgs        []*PriorOrg
}

// WatchText names the watched bands for a sentence: 一般或差.
func (c *Comparison) WatchText() string {
	s := ""
	for i, b := range c.Watch {
		if i > 0 {
			s += "或"
		}
		s += b
	}
	return s
}
