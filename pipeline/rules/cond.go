package rules

import (
	"math/big"
	"strings"

	"pingyou/pipeline/collate"
	"pingyou/pipeline/model"
)

// record is what conditions and tie-break chains see of a member or an
// organisation: exact numbers, their display form, text fields and columns.
type record struct {
	nums   map[string]*big.Rat // numeric fields; a missing key or nil value means unknown
	disp   map[string]string   // numbers as shown in reasons
	pct    map[string]bool     // fields shown as percentages
	shown  map[string]bool     // fields already shown at the start of the reason
	texts  map[string]string
	cols   model.Columns // assessment columns by normalised header
	dates  map[string]model.Date
	items  []string // item names in order, for 每项
	name   string   // 姓名 or 组织名称
	listed int      // Organisation.Order, for organisations
	ident  string   // a stable identity for a total order (branch, ID number)
}

func newRecord() *record { return newRecordSized(0, 0) }

// newRecordSized makes a record for about nums numeric and texts text
// fields, so that its maps do not grow while it is filled.
func newRecordSized(nums, texts int) *record {
	return &record{
		nums:  make(map[string]*big.Rat, nums),
		disp:  make(map[string]string, nums),
		pct:   map[string]bool{},
		shown: map[string]bool{},
		texts: make(map[string]string, texts),
		dates: map[string]model.Date{},
	}
}

func (r *record) setNum(field string, v *big.Rat, disp string) {
	r.nums[field] = v
	r.disp[field] = disp
}

// condResult is one evaluated condition: whether it holds and a Chinese
// description of the fact in the direction of the outcome.
type condResult struct {
	ok   bool
	desc string
}

var opText = map[string][2]string{ // [holds, fails]
	">=": {"不低于", "低于"},
	">":  {"高于", "未超过"},
	"<=": {"不高于", "高于"},
	"<":  {"低于", "不低于"},
	"==": {"等于", "不等于"},
	"!=": {"不等于", "等于"},
}

func compare(op string, a, b *big.Rat) bool {
	c := a.Cmp(b)
	switch op {
	case ">=":
		return c >= 0
	case ">":
		return c > 0
	case "<=":
		return c <= 0
	case "<":
		return c < 0
	case "==":
		return c == 0
	case "!=":
		return c != 0
	}
	return false
}

func (c Condition) label() string {
	if c.Column != "" {
		return c.Column
	}
	return c.Field
}

func (c Condition) valueText(pct bool) string {
	if pct {
		return c.Value.percentText()
	}
	return c.Value.String()
}

func eval(c Condition, r *record) condResult {
	if c.Field == FieldEachItem {
		return evalEach(c, r)
	}
	var text string
	var present bool
	if c.Column != "" {
		text, present = r.cols.Get(c.Column)
		text = strings.TrimSpace(text)
		present = present && text != ""
	} else if _, isNum := r.nums[c.Field]; !isNum {
		text, present = r.texts[c.Field], true
	}
	label := c.label()
	if c.Op != "" { // numeric
		var v *big.Rat
		disp := ""
		if c.Column != "" {
			if !present {
				return condResult{false, label + "未填"}
			}
			n, err := ParseNum(text)
			if err != nil {
				return condResult{false, label + "“" + text + "”不是数字"}
			}
			v, disp = n.r, text
		} else {
			v, disp = r.nums[c.Field], r.disp[c.Field]
			if v == nil {
				return condResult{false, label + "缺失"}
			}
		}
		ok := compare(c.Op, v, c.Value.r)
		words := opText[c.Op][0]
		if !ok {
			words = opText[c.Op][1]
		}
		desc := label + words + c.valueText(r.pct[c.Field])
		if !r.shown[c.Field] {
			desc = label + disp + "，" + words + c.valueText(r.pct[c.Field])
		}
		return condResult{ok, desc}
	}
	// text tests
	is := func(v string) string {
		if v == "" {
			return label + "未填"
		}
		return label + "为" + v
	}
	switch {
	case c.Eq != nil:
		ok := text == *c.Eq
		return condResult{ok, is(text)}
	case c.Ne != nil:
		ok := text != *c.Ne
		return condResult{ok, is(text)}
	case c.In != nil:
		ok := contains(c.In, text)
		return condResult{ok, is(text)}
	case c.NotIn != nil:
		ok := !contains(c.NotIn, text)
		return condResult{ok, is(text)}
	}
	return condResult{false, label}
}

func evalEach(c Condition, r *record) condResult {
	var failed []string
	for _, it := range r.items {
		v := r.nums[it]
		if v == nil {
			failed = append(failed, it+"缺失")
			continue
		}
		if !compare(c.Op, v, c.Value.r) {
			failed = append(failed, it+r.disp[it])
		}
	}
	if len(failed) == 0 {
		return condResult{true, "各项均" + opText[c.Op][0] + c.Value.String()}
	}
	return condResult{false, strings.Join(failed, "、") + "，" + opText[c.Op][1] + c.Value.String()}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ruleEval is the outcome of a rule's conditions for one record.
type ruleEval struct {
	ok      bool
	matched []string // descriptions of the conditions that hold (all of when, the any that held)
	failed  []string // why it does not hold
	vetoes  []string
}

func evalRule(when, anyOf []Condition, r *record) ruleEval {
	var e ruleEval
	e.ok = true
	for _, c := range when {
		res := eval(c, r)
		if res.ok {
			e.matched = append(e.matched, res.desc)
		} else {
			e.ok = false
			e.failed = append(e.failed, res.desc)
			if c.Veto {
				e.vetoes = append(e.vetoes, res.desc)
			}
		}
	}
	if len(anyOf) > 0 {
		var held, missed []string
		for _, c := range anyOf {
			res := eval(c, r)
			if res.ok {
				held = append(held, res.desc)
				if c.Veto {
					e.vetoes = append(e.vetoes, res.desc)
				}
			} else {
				missed = append(missed, res.desc)
			}
		}
		if len(held) == 0 {
			e.ok = false
			e.failed = append(e.failed, strings.Join(missed, "、"))
		} else {
			e.matched = append(e.matched, held...)
		}
	}
	return e
}

// compareBy orders two records by a tie-break chain; unknown values sort last.
func compareBy(keys []RankKey, a, b *record) int {
	for _, k := range keys {
		if c := compareKey(k, a, b); c != 0 {
			return c
		}
	}
	return 0
}

func compareKey(k RankKey, a, b *record) int {
	if k.Column != "" {
		return compareNums(colNum(a, k.Column), colNum(b, k.Column), k.Order)
	}
	switch {
	case k.Key == FieldName || (k.Key == FieldOrgName && k.Order == "strokes"):
		return collate.Compare(a.name, b.name)
	case k.Key == FieldOrgName:
		return cmpInt(a.listed, b.listed)
	}
	if _, ok := a.dates[k.Key]; ok || isDateKey(k.Key) {
		da, db := a.dates[k.Key], b.dates[k.Key]
		switch {
		case da.IsZero() && db.IsZero():
			return 0
		case da.IsZero():
			return 1
		case db.IsZero():
			return -1
		}
		c := 0
		if da.Before(db) {
			c = -1
		} else if db.Before(da) {
			c = 1
		}
		if k.Order == "desc" {
			c = -c
		}
		return c
	}
	return compareNums(a.nums[k.Key], b.nums[k.Key], k.Order)
}

func isDateKey(k string) bool { return k == FieldJoinDate || k == FieldBirth }

func colNum(r *record, col string) *big.Rat {
	v, _ := r.cols.Get(col)
	n, err := ParseNum(v)
	if err != nil {
		return nil
	}
	return n.r
}

func compareNums(a, b *big.Rat, order string) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	if order == "desc" {
		return b.Cmp(a)
	}
	return a.Cmp(b)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
