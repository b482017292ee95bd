package rules

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"pingyou/pipeline/decimal"
	"pingyou/pipeline/model"
)

// orgs scores organisations, sets 分类定档 and decides the organisation awards.
func (e *evaluator) orgs() {
	ds := e.ds
	e.res.Orgs = make([]model.OrgResult, len(ds.Orgs))
	e.orgRecs = make([]*record, len(ds.Orgs))
	e.orgSteps = make([][]string, len(ds.Orgs))
	t, items := e.orgTable()
	byName := e.orgAssessments()
	for i := range ds.Orgs {
		e.org(i, t, items, byName[ds.Orgs[i].Name])
	}
	if len(ds.OrgAssessments) == 0 {
		return // no 组织测评 sheet: nobody competes
	}
	for _, aw := range e.s.Org.Awards {
		e.orgAward(aw)
	}
}

// orgTable is the fields of organisation records: the total, 群众满意率 and
// the items (numbers), and the roster's texts; and the items' names, which
// every record shares.
func (e *evaluator) orgTable() (*fieldTable, []string) {
	o := &e.s.Org
	nums := []string{o.Total, FieldSatisfaction}
	items := make([]string, len(o.Items))
	for j, it := range o.Items {
		items[j] = it.Name
		nums = append(nums, it.Name)
	}
	t := sortedFieldTable(nums, orgTextFields)
	t.setPct(FieldSatisfaction)
	t.setShown(o.Total, true)
	t.setShown(FieldSatisfaction, true)
	e.orgShown = t.display
	return t, items
}

// orgAssessments groups the 组织测评 rows by name; a row of no listed
// organisation is not counted, with a warning.
func (e *evaluator) orgAssessments() map[string][]*model.OrgAssessment {
	byName := map[string][]*model.OrgAssessment{}
	for i := range e.ds.OrgAssessments {
		a := &e.ds.OrgAssessments[i]
		byName[a.Name] = append(byName[a.Name], a)
		if e.orgByName[a.Name] == nil {
			e.warn(a.Ref, fmt.Sprintf("组织测评表中的 %s 不在党组织表中，未计入", a.Name), a.Name, "核对组织名称是否与党组织表一致")
		}
	}
	return byName
}

// org records organisation i and, when the scheme scores organisations and
// it has exactly one 组织测评 row as, scores it; its steps say why not
// otherwise.
func (e *evaluator) org(i int, t *fieldTable, items []string, as []*model.OrgAssessment) {
	o, org, or := &e.s.Org, &e.ds.Orgs[i], &e.res.Orgs[i]
	or.Org = org
	or.Items = map[string]*big.Rat{}
	r := newRecordIn(t)
	e.orgRecs[i] = r
	r.name, r.listed, r.ident = org.Name, org.Order, org.Name
	setOrgTexts(r, org)
	if len(items) > 0 {
		r.items = items
	}
	if len(o.Items) == 0 {
		return
	}
	switch {
	case len(as) == 0:
		e.orgSteps[i] = append(e.orgSteps[i], "未参加组织测评")
		if org.Type.IsBranch() && len(e.ds.OrgAssessments) > 0 {
			e.warn(org.Ref, fmt.Sprintf("组织测评表中没有 %s 的记录，不定档、不参加评选", org.Name), "", "在组织测评表中补上该组织的一行")
		}
		return
	case len(as) > 1:
		for _, a := range as {
			e.fail(a.Ref, fmt.Sprintf("组织测评表中 %s 有%d行", org.Name, len(as)), org.Name, "删去重复的行，只保留一行")
		}
		e.orgSteps[i] = append(e.orgSteps[i], "组织测评表中有重复的行，不定档、不参加评选")
		return
	}
	a := as[0]
	e.scoreOrg(i, r, a)
	if or.Assessed {
		e.orgSteps[i] = append(e.orgSteps[i], e.orgHead(i, r, a))
	}
}

// scoreOrg takes organisation i's items, total and 群众满意率 from its row
// a. A missing item or one out of range leaves it unassessed, which its
// steps say.
func (e *evaluator) scoreOrg(i int, r *record, a *model.OrgAssessment) {
	o, org, or := &e.s.Org, &e.ds.Orgs[i], &e.res.Orgs[i]
	r.setText("备注", a.Remark)
	r.cols = a.Columns
	var missing, bad []string
	total := new(big.Rat)
	for _, it := range o.Items {
		v := a.Items[it.Name]
		if v == nil {
			missing = append(missing, it.Name)
			continue
		}
		v = new(big.Rat).Set(v)
		or.Items[it.Name] = v
		r.setNum(it.Name, v, decimal.Fixed(v, o.Decimals))
		total.Add(total, v)
		if (it.Min.IsSet() && v.Cmp(it.Min.r) < 0) || (it.Max.IsSet() && v.Cmp(it.Max.r) > 0) {
			_, d, _ := r.num(it.Name)
			bad = append(bad, it.Name+d)
			e.fail(cellOr(a.Columns.Ref(it.Name), a.Ref), fmt.Sprintf("%s的%s超出范围%s～%s", org.Name, it.Name, it.Min, it.Max),
				d, "核对后改为范围内的分数")
		}
	}
	if a.Satisfaction != nil {
		v := new(big.Rat).Set(a.Satisfaction)
		or.Satisfaction = v
		r.setNum(FieldSatisfaction, v, percent(v, e.s.PercentDecimals))
	}
	switch {
	case len(missing) > 0:
		e.orgSteps[i] = append(e.orgSteps[i], "缺少测评数据："+strings.Join(missing, "、")+"未填，不定档、不参加评选")
		e.warn(cellOr(a.Columns.Ref(missing[0]), a.Ref), fmt.Sprintf("%s的%s未填，不定档、不参加评选", org.Name, strings.Join(missing, "、")), "", "补填分数后重新运行")
	case len(bad) > 0:
		e.orgSteps[i] = append(e.orgSteps[i], "测评数据有误："+strings.Join(bad, "、")+"超出范围，不定档、不参加评选")
	default:
		or.Assessed = true
		or.Total = total
		r.setNum(o.Total, total, decimal.Fixed(total, o.Decimals))
	}
	or.Display = r.display()
}

// orgHead is the first step of an assessed organisation's reason: its
// total, 群众满意率 (warned about when blank) and band.
func (e *evaluator) orgHead(i int, r *record, a *model.OrgAssessment) string {
	o, org, or := &e.s.Org, &e.ds.Orgs[i], &e.res.Orgs[i]
	sat := "群众满意率未填"
	if or.Satisfaction != nil {
		_, d, _ := r.num(FieldSatisfaction)
		sat = FieldSatisfaction + d
	} else {
		e.warn(cellOr(a.Columns.Ref(FieldSatisfaction), a.Ref), fmt.Sprintf("%s的群众满意率未填", org.Name), "", "补填群众满意率（如 92%）")
	}
	_, totalText, _ := r.num(o.Total)
	head := o.Total + totalText + "，" + sat
	if len(o.Bands) > 0 {
		head += "，" + e.band(i)
	}
	return head
}

// setOrgTexts sets an organisation record's roster texts.
func setOrgTexts(r *record, org *model.Organisation) {
	r.setText(FieldOrgName, org.Name)
	r.setText("组织类型", string(org.Type))
	r.setText("上级组织", org.Parent)
	r.setText("书记", org.Secretary)
	r.setText("组织类别", org.Category)
}

// band applies 分类定档 and the caps to an assessed organisation.
func (e *evaluator) band(i int) string {
	o := &e.s.Org
	r := e.orgRecs[i]
	bi := len(o.Bands) - 1
	var text string
	for j, b := range o.Bands {
		ev := evalRule(b.When, b.Any, r)
		if ev.ok {
			bi = j
			if len(ev.matched) > 0 {
				text = strings.Join(ev.matched, "，") + "，"
			}
			break
		}
	}
	base := bi
	var capText string
	for _, c := range o.Caps {
		ci := -1
		for j, b := range o.Bands {
			if b.Band == c.MaxBand {
				ci = j
			}
		}
		if ci < 0 || bi >= ci {
			continue
		}
		if ev := evalRule(c.When, c.Any, r); ev.ok {
			bi = ci
			capText = "，但" + strings.Join(ev.matched, "，") + "，至多定为" + c.MaxBand
		}
	}
	if bi != base {
		text += "应为" + o.Bands[base].Band + capText
	} else {
		text += "定为" + o.Bands[bi].Band
	}
	e.res.Orgs[i].Band = o.Bands[bi].Band
	return text
}

func typeIn(types []string, t model.OrgType, def func(model.OrgType) bool) bool {
	if len(types) == 0 {
		return def(t)
	}
	return contains(types, string(t))
}

func anyType(model.OrgType) bool { return true }

// orgAward decides one organisation award over the whole unit.
func (e *evaluator) orgAward(aw OrgAward) {
	q := aw.Quota
	pop, phrase := 0, e.s.unitName()+"参评组织"
	if q.Population == "branches" {
		phrase = e.s.unitName() + "党支部"
		for _, o := range e.ds.Orgs {
			if o.Type.IsBranch() {
				pop++
			}
		}
	}
	var idx []int
	var recs []*record
	for i, or := range e.res.Orgs {
		if !or.Assessed || !typeIn(aw.Types, or.Org.Type, anyType) {
			continue
		}
		if q.Population != "branches" {
			pop++
		}
		ev := evalRule(aw.When, aw.Any, e.orgRecs[i])
		if !ev.ok {
			e.orgSteps[i] = append(e.orgSteps[i], fmt.Sprintf("不符合%s条件（%s）", aw.Award, strings.Join(ev.failed, "；")))
			continue
		}
		idx = append(idx, i)
		recs = append(recs, e.orgRecs[i])
	}
	n, calc := seats(q, pop, "个")
	line := len(e.res.Quotas)
	e.res.Quotas = append(e.res.Quotas, model.QuotaLine{Award: aw.Award, Scope: e.s.unitName(), Population: pop, Seats: n, Rule: calc})
	head := fmt.Sprintf("符合%s条件，%s%s", aw.Award, phrase, calc)
	var chosen, tied []int
	for _, p := range contest(recs, idx, n, aw.RankBy, aw.Tie) {
		or := &e.res.Orgs[p.idx]
		rt := "，" + p.rankText()
		switch {
		case p.admitted:
			e.res.Quotas[line].Used++
			or.Advanced = true
			or.Awards = append(or.Awards, aw.Award)
			chosen = append(chosen, p.idx)
			e.orgSteps[p.idx] = append(e.orgSteps[p.idx], head+rt+"，在名额内，评为"+aw.Award)
		case p.tied:
			or.TieUnresolved = true
			tied = append(tied, p.idx)
			e.orgSteps[p.idx] = append(e.orgSteps[p.idx], head+rt+"，"+p.tieText())
		default:
			e.orgSteps[p.idx] = append(e.orgSteps[p.idx], head+rt+"，超出名额")
		}
	}
	e.orgList(aw.Award, "", chosen, tied)
}

// orgList appends organisation commendations (and ties for the committee)
// in listed order.
func (e *evaluator) orgList(award, period string, chosen, tied []int) {
	byOrder := func(l []int) {
		sort.Slice(l, func(a, b int) bool { return e.ds.Orgs[l[a]].Order < e.ds.Orgs[l[b]].Order })
	}
	byOrder(chosen)
	byOrder(tied)
	mk := func(i int) model.Commendation {
		o := &e.ds.Orgs[i]
		return model.Commendation{Award: award, Kind: model.OrgAward, Name: o.Name, Unit: o.Parent,
			Group: e.unitOfBranch(o.Name), Org: o, Period: period}
	}
	for _, i := range chosen {
		e.res.Commendations = append(e.res.Commendations, mk(i))
	}
	var names []string
	for _, i := range tied {
		e.res.Pending = append(e.res.Pending, mk(i))
		names = append(names, e.ds.Orgs[i].Name)
	}
	if len(names) > 0 {
		e.warn(model.CellRef{}, fmt.Sprintf("%s%s名额：%s并列，余下名额无法在并列者中确定，已提请党委研究", period, award, strings.Join(names, "、")),
			"", "由党委研究决定")
	}
}

var cnQuarter = [...]string{"", "一", "二", "三", "四"}

// periodic decides the per-period awards (流动红旗) from 季度考核.
func (e *evaluator) periodic() {
	defer func() {
		for i := range e.res.Orgs {
			e.res.Orgs[i].Reason = strings.Join(e.orgSteps[i], "；")
		}
	}()
	if len(e.ds.Quarters) == 0 {
		return
	}
	type period struct{ y, q int }
	qt := newFieldTable()
	qt.setShown(FieldQuarterScore, true)
	for _, f := range orgTextFields {
		qt.addText(f)
	}
	for _, aw := range e.s.Org.Periodic {
		rows := map[period]map[string][]*model.QuarterScore{}
		for i := range e.ds.Quarters {
			qs := &e.ds.Quarters[i]
			org := e.orgByName[qs.Org]
			switch {
			case org == nil:
				e.warn(qs.Ref, fmt.Sprintf("季度考核表中的 %s 不在党组织表中，未计入", qs.Org), qs.Org, "核对组织名称是否与党组织表一致")
				continue
			case !typeIn(aw.Types, org.Type, model.OrgType.IsBranch):
				e.warn(qs.Ref, fmt.Sprintf("%s是%s，不参加%s评比，未计入", qs.Org, org.Type, aw.Award), "", "")
				continue
			case qs.Score == nil:
				e.warn(qs.Ref, fmt.Sprintf("%s %d年第%s季度的考核得分未填，未计入", qs.Org, qs.Year, cnQuarter[qs.Quarter%5]), "", "补填考核得分")
				continue
			}
			p := period{qs.Year, qs.Quarter}
			if rows[p] == nil {
				rows[p] = map[string][]*model.QuarterScore{}
			}
			rows[p][qs.Org] = append(rows[p][qs.Org], qs)
		}
		periods := make([]period, 0, len(rows))
		for p := range rows {
			periods = append(periods, p)
		}
		sort.Slice(periods, func(i, j int) bool {
			if periods[i].y != periods[j].y {
				return periods[i].y < periods[j].y
			}
			return periods[i].q < periods[j].q
		})
		for _, p := range periods {
			label := fmt.Sprintf("%d年第%s季度", p.y, cnQuarter[p.q%5])
			var idx []int
			var recs []*record
			for i := range e.ds.Orgs {
				org := &e.ds.Orgs[i]
				qs := rows[p][org.Name]
				if len(qs) == 0 {
					continue
				}
				if len(qs) > 1 {
					for _, x := range qs {
						e.fail(x.Ref, fmt.Sprintf("季度考核表中 %s %s有%d行", org.Name, label, len(qs)), "", "删去重复的行，只保留一行")
					}
					continue
				}
				r := newRecordIn(qt)
				r.name, r.listed, r.ident = org.Name, org.Order, org.Name
				r.setNum(FieldQuarterScore, qs[0].Score, plain(qs[0].Score))
				setOrgTexts(r, org)
				idx = append(idx, i)
				recs = append(recs, r)
			}
			n, calc := seats(aw.Quota, len(idx), "个")
			line := len(e.res.Quotas)
			e.res.Quotas = append(e.res.Quotas, model.QuotaLine{Award: aw.Award, Scope: e.s.unitName(), Population: len(idx),
				Seats: n, Rule: "参加考核" + calc, Period: label})
			var chosen, tied []int
			pos := map[int]int{}
			for j, i := range idx {
				pos[i] = j
			}
			for _, pl := range contest(recs, idx, n, aw.RankBy, aw.Tie) {
				or := &e.res.Orgs[pl.idx]
				_, score, _ := recs[pos[pl.idx]].num(FieldQuarterScore)
				head := fmt.Sprintf("%s%s%s，%s", label, FieldQuarterScore, score, pl.rankText())
				switch {
				case pl.admitted:
					e.res.Quotas[line].Used++
					chosen = append(chosen, pl.idx)
					or.Awards = append(or.Awards, label+aw.Award)
					e.orgSteps[pl.idx] = append(e.orgSteps[pl.idx], fmt.Sprintf("%s（参加考核%s），获%s", head, calc, aw.Award))
				case pl.tied:
					tied = append(tied, pl.idx)
					or.TieUnresolved = true
					e.orgSteps[pl.idx] = append(e.orgSteps[pl.idx], fmt.Sprintf("%s（参加考核%s），%s", head, calc, pl.tieText()))
				}
			}
			e.orgList(aw.Award, label, chosen, tied)
		}
	}
}

// plain shows a number exactly when it has a short decimal form, else to 2 decimals.
func plain(r *big.Rat) string {
	if s, ok := exactDecimal(r); ok && len(s) <= 12 {
		return s
	}
	return decimal.Fixed(r, 2)
}
