package rules

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"pingyou/pipeline/collate"
	"pingyou/pipeline/decimal"
	"pingyou/pipeline/model"
	"pingyou/pipeline/rules/internal/fieldtab"
)

// Evaluate applies the scheme to the dataset and returns every decision with
// its reason. It is pure and deterministic: the outcome does not depend on the
// order of member, assessment or score rows (only on 组织名称 order as listed,
// which the scheme uses to break ties in largest-remainder allocation and to
// order 名单 groups). The scheme must have passed Validate.
func Evaluate(ds *model.Dataset, s *Scheme) *model.Results {
	e := newEvaluator(ds, s)
	e.members()
	e.rankInBranch()
	e.grades()
	e.commendations()
	e.recs = nil // member records are done with; organisations do not need them
	e.orgs()
	e.periodic()
	e.finish()
	return e.res
}

type evaluator struct {
	ds  *model.Dataset
	s   *Scheme
	res *model.Results

	orgByName map[string]*model.Organisation
	unitOf    map[string]string // branch name → allocation unit name
	recs      []*record         // per member, as ds.Members
	steps     [][]step          // per member: the reason fragments in rule order
	orgRecs   []*record         // per organisation, as ds.Orgs
	orgSteps  [][]string

	mf       memberFields                   // where member records keep the scheme's numbers
	orgShown *model.Names                   // the field names of organisations' Display, shared
	shared   fieldtab.Shared                // one copy of each value and text the results repeat
	ratios   map[string]map[string]*big.Rat // MemberResult.Ratios by ballots, shared
	ratioKey []byte
	misses   map[string]string // missText by rule and missKey
	missBuf  []byte
}

// step is one fragment of a member's reason.
type step struct {
	text string
	rule int32 // the grade rule (scheme.Grades index)
	miss bool  // why the rule did not apply (text made when shown): shown only if its grade ranks above the final one
}

func newEvaluator(ds *model.Dataset, s *Scheme) *evaluator {
	e := &evaluator{
		ds:        ds,
		s:         s,
		res:       &model.Results{},
		orgByName: map[string]*model.Organisation{},
		unitOf:    map[string]string{},
	}
	for i := range ds.Orgs {
		o := &ds.Orgs[i]
		if _, dup := e.orgByName[o.Name]; !dup {
			e.orgByName[o.Name] = o
		}
	}
	for i := range ds.Orgs {
		e.unitOf[ds.Orgs[i].Name] = e.allocationUnit(ds.Orgs[i].Name)
	}
	return e
}

// allocationUnit is the topmost 党总支 above a branch, or the branch itself.
func (e *evaluator) allocationUnit(branch string) string {
	unit := branch
	seen := map[string]bool{}
	for name := branch; name != "" && !seen[name]; {
		seen[name] = true
		o := e.orgByName[name]
		if o == nil {
			break
		}
		if o.Type == model.GeneralBranch {
			unit = o.Name
		}
		name = o.Parent
	}
	return unit
}

func (e *evaluator) unitOfBranch(branch string) string {
	if u, ok := e.unitOf[branch]; ok {
		return u
	}
	return branch
}

// orgOrder is the listed position of an organisation; unknown ones after all.
func (e *evaluator) orgOrder(name string) int {
	if o := e.orgByName[name]; o != nil {
		return o.Order
	}
	return len(e.ds.Orgs) + 1
}

func (e *evaluator) warn(ref model.CellRef, problem, value, fix string) {
	e.res.Diagnostics = append(e.res.Diagnostics, model.Diagnostic{Severity: model.Warning, Ref: ref, Problem: problem, Value: value, Fix: fix})
}

func (e *evaluator) fail(ref model.CellRef, problem, value, fix string) {
	e.res.Diagnostics = append(e.res.Diagnostics, model.Diagnostic{Severity: model.Error, Ref: ref, Problem: problem, Value: value, Fix: fix})
}

// --- members ---------------------------------------------------------------

// memberFields is the field table of member records, the scheme's numbers in
// name order (so a record's disp is its Display) and the roster texts, and
// where each of the numbers sits in it.
type memberFields struct {
	t            *fieldTable
	score, valid int   // 综合得分, 有效票
	dims         []int // by Score.Dimensions
	votes        []int // by voteFields
	ratios       []int // by Ratios
}

func newMemberFields(s *Scheme) memberFields {
	nums := []string{s.Score.Name}
	for _, d := range s.Score.Dimensions {
		nums = append(nums, d.Name)
	}
	nums = append(nums, voteFields...)
	nums = append(nums, FieldValidVotes)
	for _, rt := range s.Ratios {
		nums = append(nums, rt.Name)
	}
	t := sortedFieldTable(nums, memberTextFields)
	t.setShown(s.Score.Name, true)
	for _, rt := range s.Ratios {
		t.setPct(rt.Name)
		t.setShown(rt.Name, rt.InReason)
	}
	f := memberFields{t: t, score: t.num[s.Score.Name], valid: t.num[FieldValidVotes]}
	for _, d := range s.Score.Dimensions {
		f.dims = append(f.dims, t.num[d.Name])
	}
	for _, v := range voteFields {
		f.votes = append(f.votes, t.num[v])
	}
	for _, rt := range s.Ratios {
		f.ratios = append(f.ratios, t.num[rt.Name])
	}
	return f
}

// members makes every member's record (scores, 综合得分, votes, ratios) and
// decides who is graded.
func (e *evaluator) members() {
	s := e.s
	n := len(e.ds.Members)
	e.mf = newMemberFields(s)
	rows := fieldtab.NewRows(n, len(e.mf.t.numNames))
	recs := make([]record, n) // one allocation for all
	weights := newWeights(s.Score.Dimensions)
	excludes := make([]*ruleCheck, len(s.Exclude))
	for j, x := range s.Exclude {
		excludes[j] = newRuleCheck(e.mf.t, x.When, x.Any)
	}
	e.res.Members = make([]model.MemberResult, n)
	e.recs = make([]*record, n)
	e.steps = make([][]step, n)
	for i := range e.ds.Members {
		m := &e.ds.Members[i]
		mr := &e.res.Members[i]
		mr.Member = m
		mr.Grade = model.NotGraded
		mr.AllocationUnit = e.unitOfBranch(m.Branch)
		r := &recs[i]
		// The member gives the record its texts, dates, columns and
		// identity; numeric fields left unset are unknown.
		r.t, r.name, r.m = e.mf.t, m.Name, m
		r.nums, r.disp = rows.Row(i)
		e.recs[i] = r

		sc := e.memberScores(r, mr, weights)
		e.memberVotes(r, m.Assessment)
		noBallots := e.memberRatios(r, mr)
		mr.Display = r.display()
		e.grading(mr, r, excludes, sc, noBallots)
	}
}

// scoreCheck is what a member's scores say about grading.
type scoreCheck struct {
	missing    []string      // dimensions not filled in
	missingRef model.CellRef // the first one's cell
	outOfRange []string      // dimension and score, for the reason
}

// memberScores records the dimension scores and 综合得分 and reports those
// missing or out of range.
func (e *evaluator) memberScores(r *record, mr *model.MemberResult, w weights) scoreCheck {
	s, m := e.s, mr.Member
	a := m.Assessment
	var sc scoreCheck
	present := 0
	var vals [8]*big.Rat
	dims := vals[:0]
	if len(s.Score.Dimensions) > len(vals) {
		dims = make([]*big.Rat, 0, len(s.Score.Dimensions))
	}
	for _, d := range s.Score.Dimensions {
		var v *big.Rat
		if a != nil {
			v = a.Scores[d.Name]
		}
		if v != nil {
			present++
		}
		dims = append(dims, v)
	}
	// Scores are read-only: the result shares the assessment's map
	// when it holds exactly the scheme's dimensions, and its values.
	shareScores := a != nil && present == len(a.Scores)
	if shareScores {
		mr.Scores = a.Scores
	} else {
		mr.Scores = make(map[string]*big.Rat, present)
	}
	for j, d := range s.Score.Dimensions {
		v := dims[j]
		if v == nil {
			sc.missing = append(sc.missing, d.Name)
			if sc.missingRef.IsZero() && a != nil {
				sc.missingRef = a.Columns.Ref(d.Name)
			}
			continue
		}
		shown := e.fixedText(v, s.Score.Decimals)
		r.setNumAt(e.mf.dims[j], v, shown)
		if !shareScores {
			mr.Scores[d.Name] = v
		}
		if (d.Min.IsSet() && ratCmp(v, d.Min.r) < 0) || (d.Max.IsSet() && ratCmp(v, d.Max.r) > 0) {
			sc.outOfRange = append(sc.outOfRange, d.Name+shown)
			e.fail(cellOr(a.Columns.Ref(d.Name), a.Ref),
				fmt.Sprintf("%s（%s）的%s超出范围%s～%s", m.Name, m.Branch, d.Name, d.Min, d.Max),
				shown, "核对后改为范围内的分数")
		}
	}
	if len(sc.missing) == 0 {
		sum := e.weightedSum(dims, w)
		r.setNumAt(e.mf.score, sum, e.fixedText(sum, s.Score.Decimals))
		mr.Score = sum
	}
	return sc
}

// memberVotes records the vote counts and 有效票 (unknown without ballots).
func (e *evaluator) memberVotes(r *record, a *model.MemberAssessment) {
	if a == nil || !a.HasVotes {
		return
	}
	for j, f := range voteFields {
		v := voteCount(a.Votes, f)
		r.setNumAt(e.mf.votes[j], sharedInt(v), strconv.Itoa(v))
	}
	total := a.Votes.Total()
	r.setNumAt(e.mf.valid, sharedInt(total), strconv.Itoa(total))
}

// memberRatios records the ratios of the member's ballots and reports
// whether a required one is unknown (no ballots).
func (e *evaluator) memberRatios(r *record, mr *model.MemberResult) (noBallots bool) {
	a := mr.Member.Assessment
	mr.Ratios = e.sharedRatios(a, a != nil && a.HasVotes)
	for j, rt := range e.s.Ratios {
		v := mr.Ratios[rt.Name] // nil without ballots
		if v == nil {
			noBallots = noBallots || rt.Required
			continue
		}
		r.setNumAt(e.mf.ratios[j], v, e.percentText(v))
	}
	return noBallots
}

// grading decides whether the member is graded; if not, the reason says why:
// an exclusion rule, or scores or ballots missing or wrong.
func (e *evaluator) grading(mr *model.MemberResult, r *record, excludes []*ruleCheck, sc scoreCheck, noBallots bool) {
	m := mr.Member
	a := m.Assessment
	for xi, x := range excludes {
		if ok, _ := x.holds(r); ok {
			mr.Reason = expand(e.s.Exclude[xi].Reason, r)
			return
		}
	}
	switch {
	case a == nil:
		mr.Reason = "缺少测评数据：党员测评表中没有该党员的记录，不评定等次"
		e.warn(m.Ref, fmt.Sprintf("党员测评表中没有 %s（%s）的记录，不评定等次", m.Name, m.Branch), "",
			"在党员测评表中补上该党员的一行，或核对姓名、所在党支部、身份证号是否与花名册一致")
	case len(sc.missing) > 0:
		mr.Reason = "缺少测评数据：" + strings.Join(sc.missing, "、") + "未填，不评定等次"
		e.warn(cellOr(sc.missingRef, a.Ref), fmt.Sprintf("%s（%s）的%s未填，不评定等次", m.Name, m.Branch, strings.Join(sc.missing, "、")), "",
			"补填分数后重新运行")
	case len(sc.outOfRange) > 0:
		mr.Reason = "测评数据有误：" + strings.Join(sc.outOfRange, "、") + "超出范围，不评定等次"
	case noBallots:
		mr.Reason = "缺少测评数据：选票未填（有效票为0），不评定等次"
		e.warn(a.Ref, fmt.Sprintf("%s（%s）的民主测评选票未填，不评定等次", m.Name, m.Branch), "",
			"补填优秀票、合格票、基本合格票、不合格票")
	default:
		mr.Graded = true
	}
}

// appendDate appends d.String() (2010年6月28日, 2010年6月, "" when unset).
func appendDate(b []byte, d model.Date) []byte {
	if d.IsZero() {
		return b
	}
	b = strconv.AppendInt(b, int64(d.Year), 10)
	b = append(b, "年"...)
	b = strconv.AppendInt(b, int64(d.Month), 10)
	b = append(b, "月"...)
	if d.Day != 0 {
		b = strconv.AppendInt(b, int64(d.Day), 10)
		b = append(b, "日"...)
	}
	return b
}

// weights are the dimensions' weights, also as machine fractions when all
// of them fit (fit).
type weights struct {
	rats  []*big.Rat
	fracs []frac64
	fit   bool
}

func newWeights(dims []Dimension) weights {
	w := weights{fit: true}
	for _, d := range dims {
		f, ok := fracOf(d.Weight.r)
		w.rats = append(w.rats, d.Weight.r)
		w.fracs = append(w.fracs, f)
		w.fit = w.fit && ok
	}
	return w
}

// weightedSum is 综合得分 = Σ score×weight, exact, one shared value per
// result: in machine integers when they suffice, else with big.Rat.
func (e *evaluator) weightedSum(dims []*big.Rat, w weights) *big.Rat {
	if w.fit {
		acc, ok := frac64{0, 1}, true
		for j, v := range dims {
			f, fits := fracOf(v)
			if !fits {
				ok = false
				break
			}
			if acc, ok = acc.mulAdd(f, w.fracs[j]); !ok {
				break
			}
		}
		if ok {
			return e.shared.Frac(acc.num, acc.den)
		}
	}
	sum, term := new(big.Rat), new(big.Rat)
	for j, v := range dims {
		sum.Add(sum, term.Mul(v, w.rats[j]))
	}
	return e.shared.Rat(sum)
}

// fixedText is decimal.Fixed(v, decimals), one shared copy per value.
func (e *evaluator) fixedText(v *big.Rat, decimals int) string {
	return e.shared.Format(v, int64(decimals), func(v *big.Rat) string { return decimal.Fixed(v, decimals) })
}

// percentText is percent(v, PercentDecimals), one shared copy per value.
func (e *evaluator) percentText(v *big.Rat) string {
	return e.shared.Format(v, -1, func(v *big.Rat) string { return percent(v, e.s.PercentDecimals) })
}

// ratioCounts returns the numerator and denominator of a ratio for the votes.
func ratioCounts(rt Ratio, v model.Votes) (num, den int) {
	for _, f := range rt.Numerator {
		num += voteCount(v, f)
	}
	dl := rt.Denominator
	if len(dl) == 0 {
		dl = voteFields
	}
	for _, f := range dl {
		den += voteCount(v, f)
	}
	return num, den
}

// sharedRatios returns MemberResult.Ratios for a member's ballots: one map
// per distinct set of ratio values, shared (read-only) by the members that
// have it, instead of a map and a big.Rat per ratio and member.
func (e *evaluator) sharedRatios(a *model.MemberAssessment, hasVotes bool) map[string]*big.Rat {
	key := e.ratioKey[:0]
	for _, rt := range e.s.Ratios {
		num, den := -1, 0
		if hasVotes {
			num, den = ratioCounts(rt, a.Votes)
		}
		if den <= 0 {
			num, den = -1, 0
		} else {
			g := int(gcd64(int64(num), int64(den)))
			num, den = num/g, den/g
		}
		key = strconv.AppendInt(key, int64(num), 10)
		key = append(key, '/')
		key = strconv.AppendInt(key, int64(den), 10)
		key = append(key, ' ')
	}
	e.ratioKey = key
	if m, ok := e.ratios[string(key)]; ok {
		return m
	}
	m := make(map[string]*big.Rat, len(e.s.Ratios))
	for _, rt := range e.s.Ratios {
		var v *big.Rat
		if hasVotes {
			if num, den := ratioCounts(rt, a.Votes); den > 0 {
				v = big.NewRat(int64(num), int64(den))
			}
		}
		m[rt.Name] = v
	}
	if e.ratios == nil {
		e.ratios = map[string]map[string]*big.Rat{}
	}
	e.ratios[string(key)] = m
	return m
}

func cellOr(c, def model.CellRef) model.CellRef {
	if c.IsZero() {
		return def
	}
	return c
}

func voteCount(v model.Votes, f string) int {
	switch f {
	case FieldExcellentVotes:
		return v.Excellent
	case FieldQualifiedVotes:
		return v.Qualified
	case FieldBasicVotes:
		return v.Basic
	case FieldUnqualifiedVotes:
		return v.Unqualified
	}
	return 0
}

var placeholder = regexp.MustCompile(`\{([^{}]+)\}`)

// expand fills {字段} in a configured text with the record's values.
func expand(text string, r *record) string {
	return placeholder.ReplaceAllStringFunc(text, func(m string) string {
		k := m[1 : len(m)-1]
		if v, ok := r.text(k); ok {
			if v == "" {
				return k + "未填，"
			}
			return v
		}
		if _, v, ok := r.num(k); ok {
			return v
		}
		if v, ok := r.columns().Get(k); ok {
			return v
		}
		return m
	})
}

// appendPrefix appends the numbers every graded member's reason starts with.
func (e *evaluator) appendPrefix(b []byte, i int) []byte {
	r := e.recs[i]
	b = append(b, e.s.Score.Name...)
	b = append(b, r.disp[e.mf.score]...)
	for j, rt := range e.s.Ratios {
		if rt.InReason {
			b = append(b, "，"...)
			b = append(b, rt.Name...)
			if d := r.disp[e.mf.ratios[j]]; d != "" {
				b = append(b, d...)
			} else {
				b = append(b, "无（无选票）"...)
			}
		}
	}
	return b
}

// rankInBranch sets 支部内排名 by the scheme's chain; members equal on the
// whole chain share a rank.
func (e *evaluator) rankInBranch() {
	byBranch := map[string][]int{}
	for i, mr := range e.res.Members {
		if mr.Graded {
			b := mr.Member.Branch
			byBranch[b] = append(byBranch[b], i)
		}
	}
	for _, idx := range byBranch {
		recs := make([]*record, len(idx))
		for j, i := range idx {
			recs[j] = e.recs[i]
		}
		for _, p := range contest(recs, idx, len(idx), e.s.RankBy, TieChain) {
			e.res.Members[p.idx].RankInBranch = p.rank
		}
	}
}

// --- member quotas ---------------------------------------------------------

// scopeGroup is one scope's seats for a member quota.
type scopeGroup struct {
	key    string
	order  int
	pop    int
	seats  int
	phrase string // 本支部参评18人×15%=2.7→向下取整→名额2
	line   int    // index into res.Quotas
}

// memberScopes computes the seats of every scope of q and appends the quota
// lines. It returns the groups by key and each member's group key.
func (e *evaluator) memberScopes(q *Quota, award string) (map[string]*scopeGroup, func(i int) string) {
	scope := q.scope()
	allocated := q.Allocate == "largest_remainder"
	keyOf := func(i int) string {
		m := e.ds.Members[i]
		switch {
		case scope == ScopeBranch:
			return m.Branch
		case scope == ScopeGeneralBranch || allocated:
			return e.unitOfBranch(m.Branch)
		}
		return ""
	}
	type tally struct{ pop, full, prob int }
	counts := map[string]*tally{}
	total := &tally{}
	for i, mr := range e.res.Members {
		k := keyOf(i)
		t := counts[k]
		if t == nil {
			t = &tally{}
			counts[k] = t
		}
		for _, x := range []*tally{t, total} {
			if mr.Graded {
				x.pop++
			}
			switch mr.Member.Type {
			case model.FullMember:
				x.full++
			case model.ProbationMember:
				x.prob++
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		oi, oj := e.orgOrder(keys[i]), e.orgOrder(keys[j])
		if oi != oj {
			return oi < oj
		}
		return keys[i] < keys[j]
	})
	groups := map[string]*scopeGroup{}
	here := func(k string) string {
		if scope == ScopeUnit && !allocated {
			return e.s.unitName() + "参评"
		}
		if o := e.orgByName[k]; o != nil && o.Type == model.GeneralBranch {
			return "本党总支参评"
		}
		return "本支部参评"
	}
	if allocated {
		n, calc := seats(q, total.pop, "人")
		head := e.s.unitName() + "参评" + calc + "，按最大余数法分配"
		e.res.Quotas = append(e.res.Quotas, model.QuotaLine{
			Award: award, Scope: e.s.unitName(), Population: total.pop, Full: total.full, Probation: total.prob,
			Seats: n, Rule: calc + "，按最大余数法分配到各党总支和直属党支部",
		})
		ags := make([]*allocGroup, len(keys))
		for j, k := range keys {
			ags[j] = &allocGroup{pop: counts[k].pop, order: e.orgOrder(k)}
		}
		allocate(n, ags)
		for j, k := range keys {
			t := counts[k]
			groups[k] = &scopeGroup{key: k, order: j, pop: t.pop, seats: ags[j].seats, line: len(e.res.Quotas),
				phrase: fmt.Sprintf("%s，%s%d人，%s", head, here(k), t.pop, ags[j].text)}
			e.res.Quotas = append(e.res.Quotas, model.QuotaLine{
				Award: award, Scope: k, Population: t.pop, Full: t.full, Probation: t.prob,
				Seats: ags[j].seats, Rule: fmt.Sprintf("参评%d人，按最大余数法：%s", t.pop, ags[j].text),
			})
		}
		return groups, keyOf
	}
	for j, k := range keys {
		t := counts[k]
		n, calc := seats(q, t.pop, "人")
		label := k
		if scope == ScopeUnit {
			label = e.s.unitName()
		}
		groups[k] = &scopeGroup{key: k, order: j, pop: t.pop, seats: n, line: len(e.res.Quotas), phrase: here(k) + calc}
		e.res.Quotas = append(e.res.Quotas, model.QuotaLine{
			Award: award, Scope: label, Population: t.pop, Full: t.full, Probation: t.prob, Seats: n, Rule: calc,
		})
	}
	return groups, keyOf
}

// grades applies the grade rules in order.
func (e *evaluator) grades() {
	s := e.s
	n := len(e.res.Members)
	pending := make([]bool, n)
	graded := 0
	for i := range e.res.Members {
		if e.res.Members[i].Graded {
			pending[i] = true
			graded++
		}
	}
	// every rule adds at most one step per member: room for all in one allocation
	buf := make([]step, 0, graded*len(s.Grades))
	for i := range pending {
		if pending[i] {
			e.steps[i] = buf[len(buf) : len(buf) : len(buf)+len(s.Grades)]
			buf = buf[:len(buf)+len(s.Grades)]
		}
	}
	assign := func(i, ri int, text string) {
		e.res.Members[i].Grade = s.Grades[ri].Grade
		e.steps[i] = append(e.steps[i], step{text: text, rule: int32(ri)})
		pending[i] = false
	}
	for ri, rule := range s.Grades {
		hasCond := len(rule.When)+len(rule.Any) > 0
		check := newRuleCheck(e.mf.t, rule.When, rule.Any)
		cands := make([]int, 0, graded)
		for i := range pending {
			if !pending[i] {
				continue
			}
			ok, vetoed := check.holds(e.recs[i])
			if vetoed {
				e.addVetoes(i, evalRule(rule.When, rule.Any, e.recs[i]).vetoes)
			}
			if ok {
				cands = append(cands, i)
			} else {
				// the text (missText) is made only if the reason shows it
				e.steps[i] = append(e.steps[i], step{miss: true, rule: int32(ri)})
			}
		}
		if rule.Quota == nil {
			sure, unsure := "评为"+string(rule.Grade), "暂评为"+string(rule.Grade)
			for _, i := range cands {
				text := sure
				if e.res.Members[i].TieUnresolved {
					text = unsure
				}
				if hasCond {
					text = strings.Join(evalRule(rule.When, rule.Any, e.recs[i]).matched, "，") + "，" + text
				}
				assign(i, ri, text)
			}
			continue
		}
		groups, keyOf := e.memberScopes(rule.Quota, string(rule.Grade))
		byGroup := map[string][]int{}
		for _, i := range cands {
			byGroup[keyOf(i)] = append(byGroup[keyOf(i)], i)
		}
		keys := chainOr(rule.RankBy, s.RankBy)
		within, over := "，在名额内，评为"+string(rule.Grade), "，超出名额"
		for _, g := range sortedGroups(groups) {
			idx := byGroup[g.key]
			recs := make([]*record, len(idx))
			for j, i := range idx {
				recs[j] = e.recs[i]
			}
			head := fmt.Sprintf("符合%s条件，%s", rule.Grade, g.phrase)
			for _, p := range contest(recs, idx, g.seats, keys, rule.Tie) {
				rt := p.rankText()
				switch {
				case p.admitted:
					e.res.Quotas[g.line].Used++
					assign(p.idx, ri, head+"，候选人中"+rt+within)
				case p.tied:
					e.res.Members[p.idx].TieUnresolved = true
					e.steps[p.idx] = append(e.steps[p.idx], step{rule: int32(ri), text: head + "，候选人中" + rt + "，" + p.tieText()})
				default:
					e.steps[p.idx] = append(e.steps[p.idx], step{rule: int32(ri), text: head + "，候选人中" + rt + over})
				}
			}
			e.tieWarning(contestTies(idx, e.res.Members), string(rule.Grade), g)
		}
	}
	var b []byte // reused: each reason is one exact-size string
	for i := range e.res.Members {
		mr := &e.res.Members[i]
		if !mr.Graded {
			continue
		}
		final := gradeOrder[mr.Grade]
		b = e.appendPrefix(b[:0], i)
		for _, st := range e.steps[i] {
			if st.miss {
				if gradeOrder[s.Grades[st.rule].Grade] <= final {
					continue
				}
				st.text = e.missText(int(st.rule), i)
			}
			b = append(b, "，"...)
			b = append(b, st.text...)
		}
		mr.Reason = string(b)
	}
	e.steps = nil // not needed any more: let the collector have them during later stages
}

// missText explains why grade rule ri does not apply to member i. The text
// depends only on a few facts about the member (missKey), which repeat: it
// is made once per distinct set of facts.
func (e *evaluator) missText(ri, i int) string {
	rule := &e.s.Grades[ri]
	r := e.recs[i]
	key, ok := missKey(append(e.missBuf[:0], byte(ri), byte(ri>>8)), rule.When, rule.Any, r)
	e.missBuf = key
	if ok {
		if t, hit := e.misses[string(key)]; hit {
			return t
		}
	}
	ev := evalRule(rule.When, rule.Any, r)
	t := fmt.Sprintf("不符合%s条件（%s）", rule.Grade, strings.Join(ev.failed, "；"))
	if ok {
		if e.misses == nil {
			e.misses = map[string]string{}
		}
		e.misses[string(key)] = t
	}
	return t
}

// missKey appends to b everything the descriptions of the conditions depend
// on for r besides the conditions and r's field table: whether each holds,
// and the value where the description shows it. ok is false for 每项, whose
// description lists items.
func missKey(b []byte, when, anyOf []Condition, r *record) ([]byte, bool) {
	str := func(b []byte, s string) []byte {
		b = binary.AppendUvarint(b, uint64(len(s)))
		return append(b, s...)
	}
	for _, list := range [2][]Condition{when, anyOf} {
		b = append(b, '|')
		for _, c := range list {
			switch {
			case c.Field == FieldEachItem:
				return b, false
			case c.Column != "":
				text, _ := r.columns().Get(c.Column)
				b = str(append(b, 'c'), strings.TrimSpace(text))
			case c.Op != "":
				v, disp, _ := r.num(c.Field)
				switch {
				case v == nil:
					b = append(b, 'm')
				case compare(c.Op, v, c.Value.r):
					b = append(b, 'y')
				default:
					b = append(b, 'n')
				}
				if v != nil && !r.t.isShown(c.Field) {
					b = str(b, disp)
				}
			default:
				text := ""
				if _, _, isNum := r.num(c.Field); !isNum {
					text, _ = r.text(c.Field)
				}
				b = str(append(b, 't'), text)
			}
		}
	}
	return b, true
}

// contestTies returns the members of idx left to the committee, 按姓氏笔画.
func contestTies(idx []int, ms []model.MemberResult) []string {
	var names []string
	for _, i := range idx {
		if ms[i].TieUnresolved {
			names = append(names, ms[i].Member.Name)
		}
	}
	collate.SortNames(names)
	return names
}

func (e *evaluator) tieWarning(names []string, award string, g *scopeGroup) {
	if len(names) == 0 {
		return
	}
	scope := e.res.Quotas[g.line].Scope
	e.warn(model.CellRef{}, fmt.Sprintf("%s的%s名额：%s并列，余下名额无法在并列者中确定，已提请党委研究", scope, award, strings.Join(names, "、")),
		"", "由党委研究决定后在汇总表中注明")
}

func (e *evaluator) addVetoes(i int, vs []string) {
	mr := &e.res.Members[i]
	for _, v := range vs {
		if !contains(mr.Vetoes, v) {
			mr.Vetoes = append(mr.Vetoes, v)
		}
	}
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func sortedGroups(m map[string]*scopeGroup) []*scopeGroup {
	out := make([]*scopeGroup, 0, len(m))
	for _, g := range m {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].order < out[j].order })
	return out
}

// --- commendations ----------------------------------------------------------

func (e *evaluator) commendations() {
	for _, rule := range e.s.Commendations {
		var cands []int
		for i, mr := range e.res.Members {
			if !mr.Graded || mr.TieUnresolved || !gradeIn(rule.FromGrades, mr.Grade) {
				continue
			}
			ev := evalRule(rule.When, rule.Any, e.recs[i])
			if !ev.ok {
				e.addCommendReason(i, fmt.Sprintf("%s：不符合条件（%s）", rule.Award, strings.Join(ev.failed, "；")))
				continue
			}
			cands = append(cands, i)
		}
		groups, keyOf := e.memberScopes(rule.Quota, rule.Award)
		byGroup := map[string][]int{}
		for _, i := range cands {
			byGroup[keyOf(i)] = append(byGroup[keyOf(i)], i)
		}
		keys := chainOr(rule.RankBy, e.s.RankBy)
		var chosen []int
		allocLine := -1
		if rule.Quota.Allocate != "" && len(groups) > 0 {
			allocLine = sortedGroups(groups)[0].line - 1
		}
		for _, g := range sortedGroups(groups) {
			idx := byGroup[g.key]
			recs := make([]*record, len(idx))
			for j, i := range idx {
				recs[j] = e.recs[i]
			}
			var tied []string
			for _, p := range contest(recs, idx, g.seats, keys, rule.Tie) {
				rt := "，候选人中" + p.rankText()
				switch {
				case p.admitted:
					e.res.Quotas[g.line].Used++
					if allocLine >= 0 {
						e.res.Quotas[allocLine].Used++
					}
					e.res.Members[p.idx].Commended = true
					chosen = append(chosen, p.idx)
					e.addCommendReason(p.idx, rule.Award+"："+g.phrase+rt+"，在名额内，当选")
				case p.tied:
					tied = append(tied, e.ds.Members[p.idx].Name)
					e.res.Members[p.idx].TieUnresolved = true
					e.addCommendReason(p.idx, rule.Award+"："+g.phrase+rt+"，"+p.tieText())
				default:
					e.addCommendReason(p.idx, rule.Award+"："+g.phrase+rt+"，超出名额，未当选")
				}
			}
			collate.SortNames(tied)
			e.tieWarning(tied, rule.Award, g)
			q := &e.res.Quotas[g.line]
			if q.Used < q.Seats {
				q.Rule += fmt.Sprintf("；实有%d人当选，空缺%d个（不调剂）", q.Used, q.Seats-q.Used)
				e.warn(model.CellRef{}, fmt.Sprintf("%s的%s名额%d个，只有%d人当选，空缺%d个（按方案不调剂给其他单位）",
					q.Scope, rule.Award, q.Seats, q.Used, q.Seats-q.Used), "", "")
			}
		}
		sort.SliceStable(chosen, func(a, b int) bool {
			ma, mb := &e.res.Members[chosen[a]], &e.res.Members[chosen[b]]
			if oa, ob := e.orgOrder(ma.AllocationUnit), e.orgOrder(mb.AllocationUnit); oa != ob {
				return oa < ob
			}
			if ma.AllocationUnit != mb.AllocationUnit {
				return ma.AllocationUnit < mb.AllocationUnit
			}
			if c := collate.Compare(ma.Member.Name, mb.Member.Name); c != 0 {
				return c < 0
			}
			return e.recs[chosen[a]].identity() < e.recs[chosen[b]].identity()
		})
		for _, i := range chosen {
			m := &e.ds.Members[i]
			e.res.Commendations = append(e.res.Commendations, model.Commendation{
				Award: rule.Award, Kind: model.PersonAward, Name: m.Name, Unit: m.Branch,
				Group: e.res.Members[i].AllocationUnit, Member: m,
			})
		}
	}
}

func (e *evaluator) addCommendReason(i int, text string) {
	mr := &e.res.Members[i]
	if mr.CommendReason != "" {
		mr.CommendReason += "；"
	}
	mr.CommendReason += text
}

func gradeIn(list []model.Grade, g model.Grade) bool {
	for _, x := range list {
		if x == g {
			return true
		}
	}
	return false
}

// --- finish -----------------------------------------------------------------

var cellRE = regexp.MustCompile(`^([A-Z]+)(\d+)$`)

// finish orders the diagnostics by file, sheet, row and column, so they do
// not depend on the order records were visited.
func (e *evaluator) finish() {
	key := func(d model.Diagnostic) (string, string, int, string) {
		row, col := 0, d.Ref.Cell
		if m := cellRE.FindStringSubmatch(d.Ref.Cell); m != nil {
			row, _ = strconv.Atoi(m[2])
			col = fmt.Sprintf("%03d%s", len(m[1]), m[1])
		}
		return d.Ref.File, d.Ref.Sheet, row, col
	}
	ds := e.res.Diagnostics
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Ref.IsZero() != b.Ref.IsZero() {
			return !a.Ref.IsZero()
		}
		fa, sa, ra, ca := key(a)
		fb, sb, rb, cb := key(b)
		switch {
		case fa != fb:
			return fa < fb
		case sa != sb:
			return sa < sb
		case ra != rb:
			return ra < rb
		case ca != cb:
			return ca < cb
		}
		return a.Problem < b.Problem
	})
}
