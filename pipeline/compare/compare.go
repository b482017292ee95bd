// Package compare sets last year's results beside this year's (issue 19):
// it matches organisations and members across the two years, and finds the
// 分类定档 movement of each organisation (晋位, 持平, 降档), who stayed in the
// watched bands (一般, 差), members graded 基本合格 or 不合格 in consecutive
// years, and commendations received again. Every finding carries its
// reason; whatever cannot be matched is listed, never guessed.
//
// Matching:
//   - An organisation by 组织代码 when both years recorded one, else by
//     组织名称 (spaces and full-width letters aside). A renamed organisation
//     is found only through its code; two codes that differ are two
//     organisations, even under one name.
//   - A member by 身份证号. Only when one side has no 身份证号: by (姓名,
//     所在党支部), the branch followed through its own match, and only when
//     exactly one member on each side is left with that pair.
//
// The package is pure: last year's results come in as a model.PriorYear.
package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"pingyou/pipeline/model"
)

// Options are this year's settings the comparison needs.
type Options struct {
	Year  int      // this year's 评议年度
	Bands []string // this year's 分类定档 bands, best first
}

// Compare matches this year's results with last year's and finds what
// changed. The diagnostics are 提醒: names that changed, members matched by
// name, everything that could not be matched.
func Compare(prior *model.PriorYear, ds *model.Dataset, res *model.Results, opt Options) (*model.Comparison, model.Diagnostics) {
	c := &comparer{prior: prior, res: res, opt: opt}
	c.out = &model.Comparison{
		Year: opt.Year, PriorYear: prior.Year, PriorFile: prior.File,
		Bands: opt.Bands, Watch: watched(opt.Bands),
		Members: make([]model.MemberYear, len(res.Members)),
		Orgs:    make([]model.OrgYear, len(res.Orgs)),
	}
	c.awards()
	c.matchOrgs()
	c.orgFindings()
	c.matchMembers()
	c.memberFindings()
	c.gone()
	return c.out, c.diags
}

// watched are the bands whose organisations are followed year to year: 一般
// and every band below it; without a band named 一般, the last band.
func watched(bands []string) []string {
	if len(bands) < 2 {
		return nil
	}
	if i := slices.Index(bands, "一般"); i >= 0 {
		return slices.Clone(bands[i:])
	}
	return slices.Clone(bands[len(bands)-1:])
}

type comparer struct {
	prior *model.PriorYear
	res   *model.Results
	opt   Options
	out   *model.Comparison
	diags model.Diagnostics

	// This year's awards (not those per period) of each member and
	// organisation, by index into res.Members and res.Orgs.
	memberAwards map[int][]string
	orgAwards    map[int][]string
	// priorBranch maps this year's organisation names to last year's.
	priorBranch map[string]string
	takenOrg    []bool // by index into prior.Orgs
	takenMember []bool // by index into prior.Members
}

func (c *comparer) warn(ref model.CellRef, problem, value, fix string) {
	c.diags = append(c.diags, model.Diagnostic{Severity: model.Warning, Ref: ref, Problem: problem, Value: value, Fix: fix})
}

// awards collects this year's commendations per recipient.
func (c *comparer) awards() {
	c.memberAwards, c.orgAwards = map[int][]string{}, map[int][]string{}
	memberIdx := make(map[*model.Member]int, len(c.res.Members))
	for i := range c.res.Members {
		memberIdx[c.res.Members[i].Member] = i
	}
	orgIdx := make(map[*model.Organisation]int, len(c.res.Orgs))
	for i := range c.res.Orgs {
		orgIdx[c.res.Orgs[i].Org] = i
	}
	for _, cm := range c.res.Commendations {
		if cm.Period != "" {
			continue // 流动红旗 and other awards per period are not followed
		}
		if i, ok := memberIdx[cm.Member]; ok && cm.Member != nil {
			if !slices.Contains(c.memberAwards[i], cm.Award) {
				c.memberAwards[i] = append(c.memberAwards[i], cm.Award)
			}
		} else if i, ok := orgIdx[cm.Org]; ok && cm.Org != nil {
			if !slices.Contains(c.orgAwards[i], cm.Award) {
				c.orgAwards[i] = append(c.orgAwards[i], cm.Award)
			}
		}
	}
}

// nameKey is the key organisation names are compared by: no spaces,
// full-width letters and digits folded.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		}
		b.WriteRune(r)
	}
	return b.String()
}

// matchOrgs matches by 组织代码 first, then by name among the rest.
func (c *comparer) matchOrgs() {
	p := c.prior.Orgs
	c.takenOrg = make([]bool, len(p))
	c.priorBranch = map[string]string{}
	byCode, byName := map[string]int{}, map[string]int{}
	for i := range p {
		if p[i].Code != "" {
			if _, dup := byCode[p[i].Code]; !dup {
				byCode[p[i].Code] = i
			}
		}
		if _, dup := byName[nameKey(p[i].Name)]; !dup {
			byName[nameKey(p[i].Name)] = i
		}
	}
	match := func(i, j int, how model.Match) {
		c.takenOrg[j] = true
		oy := &c.out.Orgs[i]
		oy.Prior, oy.How = &p[j], how
		o := c.res.Orgs[i].Org
		c.priorBranch[o.Name] = p[j].Name
		if nameKey(p[j].Name) != nameKey(o.Name) {
			oy.PriorName = p[j].Name
			c.warn(o.Ref, "党组织名称与上年不同，按组织代码"+o.Code+"对应为同一组织", "上年："+p[j].Name,
				"如果是改名，无需处理；如果组织代码填错，请改正")
		}
	}
	for i := range c.res.Orgs {
		o := c.res.Orgs[i].Org
		if o == nil || o.Code == "" {
			continue
		}
		if j, ok := byCode[o.Code]; ok && !c.takenOrg[j] {
			match(i, j, model.ByCode)
		}
	}
	for i := range c.res.Orgs {
		o := c.res.Orgs[i].Org
		if o == nil || c.out.Orgs[i].Prior != nil {
			continue
		}
		j, ok := byName[nameKey(o.Name)]
		if !ok || c.takenOrg[j] {
			continue
		}
		if o.Code != "" && p[j].Code != "" && o.Code != p[j].Code {
			c.warn(o.Ref, "与上年的同名组织组织代码不同，没有对应为同一组织",
				fmt.Sprintf("本年：%s，上年：%s", o.Code, p[j].Code), "如果是同一组织，请核对组织代码")
			continue
		}
		match(i, j, model.ByOrgName)
	}
}

// orgFindings: band movement, watched bands and awards two years running.
func (c *comparer) orgFindings() {
	unknown := map[string]bool{}
	for i := range c.res.Orgs {
		r, oy := &c.res.Orgs[i], &c.out.Orgs[i]
		if r.Org == nil {
			continue
		}
		if oy.Prior == nil {
			oy.Note = "上年无此组织"
			c.warn(r.Org.Ref, fmt.Sprintf("上年（%d年度）的评议结果中没有这个党组织", c.prior.Year), r.Org.Name,
				"新成立的组织无需处理；如果是改名，两年都在党组织表中填写同一个“组织代码”才能对应（上年的结果没有组织代码时，本次只能列为未对应）")
			continue
		}
		p := oy.Prior
		oy.PriorBand = p.Band
		var notes []string
		if oy.PriorName != "" {
			notes = append(notes, "上年名称"+oy.PriorName)
		}
		now, was := slices.Index(c.opt.Bands, r.Band), slices.Index(c.opt.Bands, p.Band)
		switch {
		case r.Band == "" || p.Band == "":
		case was < 0:
			notes = append(notes, "上年档次“"+p.Band+"”不在本年的档次中，无法比较")
			if !unknown[p.Band] {
				unknown[p.Band] = true
				c.warn(p.Ref, "上年的档次“"+p.Band+"”不在本年评议方案的档次（"+strings.Join(c.opt.Bands, "、")+"）中，无法比较升降", p.Band,
					"两年的分类定档名称不同时，请人工比较")
			}
		case now < was:
			oy.Move = model.MoveUp
		case now == was:
			oy.Move = model.MoveSame
		default:
			oy.Move = model.MoveDown
		}
		if slices.Contains(c.out.Watch, r.Band) && slices.Contains(c.out.Watch, p.Band) {
			n := 1 + max(p.Runs[model.RunWatch], 1)
			oy.Runs = append(oy.Runs, model.Run{Kind: model.RunWatch, Years: n})
			notes = append(notes, fmt.Sprintf("连续%d年%s", n, c.out.WatchText()))
		}
		for _, a := range c.orgAwards[i] {
			if n := streak(a, p.Awards, p.Runs); n >= 2 {
				oy.Runs = append(oy.Runs, model.Run{Kind: a, Years: n})
				notes = append(notes, fmt.Sprintf("连续%d年获评%s", n, a))
			}
		}
		oy.Note = strings.Join(notes, "；")
	}
}

// streak is how many years running an award was received, this year
// included, given last year's awards and streaks.
func streak(award string, priorAwards []string, priorRuns map[string]int) int {
	if !slices.Contains(priorAwards, award) {
		return 1
	}
	return 1 + max(priorRuns[award], 1)
}

type pairKey struct{ name, branch string }

// matchMembers matches by 身份证号, then, where one side has none, by
// (姓名, 所在党支部) when that pair is left unique on both sides.
func (c *comparer) matchMembers() {
	p := c.prior.Members
	c.takenMember = make([]bool, len(p))
	byID := map[string]int{}
	for j := range p {
		if id := p[j].IDNumber; id != "" {
			if _, dup := byID[id]; !dup {
				byID[id] = j
			}
		}
	}
	ms := c.res.Members
	for i := range ms {
		m := ms[i].Member
		if m == nil || m.IDNumber == "" {
			continue
		}
		if j, ok := byID[m.IDNumber]; ok && !c.takenMember[j] {
			c.takenMember[j] = true
			c.out.Members[i].Prior, c.out.Members[i].How = &p[j], model.ByID
		}
	}
	// The pairs left on each side.
	left := map[pairKey][]int{}
	for j := range p {
		if !c.takenMember[j] {
			k := pairKey{p[j].Name, nameKey(p[j].Branch)}
			left[k] = append(left[k], j)
		}
	}
	here := map[pairKey][]int{}
	for i := range ms {
		if m := ms[i].Member; m != nil && c.out.Members[i].Prior == nil {
			k := pairKey{m.Name, nameKey(c.lastBranch(m.Branch))}
			here[k] = append(here[k], i)
		}
	}
	byName := 0
	for i := range ms {
		m := ms[i].Member
		if m == nil || c.out.Members[i].Prior != nil {
			continue
		}
		k := pairKey{m.Name, nameKey(c.lastBranch(m.Branch))}
		cands := left[k]
		switch {
		case len(cands) == 0:
			continue
		case len(cands) > 1 || len(here[k]) > 1:
			c.warn(m.Ref, fmt.Sprintf("上年同一党支部有%d名、本年有%d名同名党员，不能按姓名对应，列为未对应", len(cands), len(here[k])), m.Name,
				"给这几名党员都填写身份证号（上年的结果也有身份证号时）才能对应")
			continue
		}
		j := cands[0]
		if m.IDNumber != "" && p[j].IDNumber != "" {
			// Both have a number and they differ: two people, or a typing error.
			c.warn(m.Ref, "上年同一党支部的同名党员身份证号不同，没有对应为同一人", fmt.Sprintf("本年：%s，上年：%s", m.IDNumber, p[j].IDNumber),
				"如果是同一人，请核对身份证号")
			continue
		}
		c.takenMember[j] = true
		c.out.Members[i].Prior, c.out.Members[i].How = &p[j], model.ByNameInBranch
		byName++
		if c.prior.HasIDs {
			why := "本年没有填写身份证号"
			if m.IDNumber != "" {
				why = "上年的结果中没有身份证号"
			}
			c.warn(m.Ref, why+"，按姓名和所在党支部与上年对应（同一支部只有一人同名）", m.Name, "填写身份证号后按身份证号对应，更可靠")
		}
	}
	if !c.prior.HasIDs && byName > 0 {
		c.warn(model.CellRef{File: c.prior.File}, fmt.Sprintf("上年的汇总表没有身份证号（由较早版本的 pingyou 生成），%d名党员按姓名和所在党支部与上年对应", byName), "",
			"同一支部的同名党员不能这样对应，已列为未对应；明年起按身份证号对应")
	}
}

// lastBranch is the name a branch had last year, when the branch was
// matched; else its name.
func (c *comparer) lastBranch(name string) string {
	if p, ok := c.priorBranch[name]; ok {
		return p
	}
	return name
}

func weak(g model.Grade) bool { return g == model.Basic || g == model.Unqualified }

// memberFindings: grades 基本合格 or 不合格 two years running, awards again,
// names and branches that changed, and this year's members not matched.
func (c *comparer) memberFindings() {
	for i := range c.res.Members {
		r, my := &c.res.Members[i], &c.out.Members[i]
		m := r.Member
		if m == nil {
			continue
		}
		p := my.Prior
		if p == nil {
			my.Note = "上年无记录"
			c.warn(m.Ref, fmt.Sprintf("上年（%d年度）的评议结果中没有这名党员", c.prior.Year), m.Name,
				"新入党、转入的党员无需处理；如果上年就在本单位，请核对姓名、身份证号和所在党支部")
			continue
		}
		var notes []string
		if weak(r.Grade) && weak(p.Grade) {
			n := 1 + max(p.Runs[model.RunWeak], 1)
			my.Runs = append(my.Runs, model.Run{Kind: model.RunWeak, Years: n})
			notes = append(notes, fmt.Sprintf("连续%d年基本合格或不合格（上年%s）", n, p.Grade))
		}
		for _, a := range c.memberAwards[i] {
			if n := streak(a, p.Awards, p.Runs); n >= 2 {
				my.Runs = append(my.Runs, model.Run{Kind: a, Years: n})
				notes = append(notes, fmt.Sprintf("连续%d年获评%s", n, a))
			}
		}
		if p.Name != m.Name {
			my.PriorName = p.Name
			notes = append(notes, "上年姓名"+p.Name)
			c.warn(m.Ref, "姓名与上年不同，按身份证号对应为同一人", "上年："+p.Name, "如果是改名，无需处理；如果身份证号填错，请改正")
		}
		if nameKey(p.Branch) != nameKey(c.lastBranch(m.Branch)) {
			my.PriorBranch = p.Branch
			notes = append(notes, "上年在"+p.Branch)
		}
		if my.How == model.ByNameInBranch {
			notes = append(notes, "按姓名和所在党支部对应")
		}
		my.Note = strings.Join(notes, "；")
	}
}

// gone lists last year's organisations and members nobody matched.
func (c *comparer) gone() {
	for j := range c.prior.Orgs {
		if c.takenOrg[j] {
			continue
		}
		p := &c.prior.Orgs[j]
		c.out.GoneOrgs = append(c.out.GoneOrgs, p)
		c.warn(p.Ref, "上年的党组织在本年的党组织表中没有对应", p.Name,
			"撤销、合并的组织无需处理；如果是改名，两年都填写同一个“组织代码”才能对应")
	}
	for j := range c.prior.Members {
		if c.takenMember[j] {
			continue
		}
		p := &c.prior.Members[j]
		c.out.GoneMembers = append(c.out.GoneMembers, p)
		c.warn(p.Ref, "上年的党员在本年的评议结果中没有对应", p.Name+"（"+p.Branch+"）",
			"转出、去世等无需处理；如果仍在本单位，请核对本年花名册中的姓名、身份证号和所在党支部")
	}
}
