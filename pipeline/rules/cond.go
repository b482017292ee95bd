package rules

import (
	"cmp"
	"math/big"
	"sort"
	"strings"

	"pingyou/pipeline/collate"
	"pingyou/pipeline/model"
)

// fieldTable is the field universe of one kind of record (members,
// organisations, quarter scores): the position of every numeric field (in
// record.nums and record.disp) and text field (in record.texts), and how the
// numeric ones are shown. The records of one scheme part share a table, so a
// record is a few slices instead of six maps.
type fieldTable struct {
	num, text map[string]int
	numNames  []string
	textNames []string
	pct       []bool // by numeric position: shown as a percentage
	shown     []bool // by numeric position: already shown at the start of the reason
	display   *model.Names
}

func newFieldTable() *fieldTable {
	return &fieldTable{num: map[string]int{}, text: map[string]int{}}
}

// sortedFieldTable makes a table whose numeric fields are in name order, so
// that a record's disp is its Display (model.Texts) as it is.
func sortedFieldTable(nums, texts []string) *fieldTable {
	t := newFieldTable()
	ns := make([]string, 0, len(nums))
	for _, n := range nums {
		if _, dup := t.num[n]; !dup {
			t.num[n] = -1
			ns = append(ns, n)
		}
	}
	sort.Strings(ns)
	for _, n := range ns {
		t.addNum(n)
	}
	for _, n := range texts {
		t.addText(n)
	}
	t.display = model.NewNames(ns)
	return t
}

// addNum returns the position of a numeric field, adding it when new.
func (t *fieldTable) addNum(name string) int {
	if i, ok := t.num[name]; ok && i >= 0 {
		return i
	}
	i := len(t.numNames)
	t.num[name] = i
	t.numNames = append(t.numNames, name)
	t.pct = append(t.pct, false)
	t.shown = append(t.shown, false)
	return i
}

// addText returns the position of a text field, adding it when new.
func (t *fieldTable) addText(name string) int {
	if i, ok := t.text[name]; ok {
		return i
	}
	i := len(t.textNames)
	t.text[name] = i
	t.textNames = append(t.textNames, name)
	return i
}

// setPct marks a numeric field as shown as a percentage.
func (t *fieldTable) setPct(name string) { t.pct[t.addNum(name)] = true }

// setShown marks whether a numeric field is shown at the start of the reason.
func (t *fieldTable) setShown(name string, shown bool) { t.shown[t.addNum(name)] = shown }

func (t *fieldTable) isPct(name string) bool {
	i, ok := t.num[name]
	return ok && t.pct[i]
}

func (t *fieldTable) isShown(name string) bool {
	i, ok := t.num[name]
	return ok && t.shown[i]
}

// record is what conditions and tie-break chains see of a member or an
// organisation: exact numbers, their display form, text fields and columns.
// A member's record reads its texts, dates, columns and identity from the
// member itself; other records keep them in recordExtra.
type record struct {
	t    *fieldTable
	nums []*big.Rat // by numeric position; nil means unknown
	disp []string   // numbers as shown in reasons
	m    *model.Member
	name string // 姓名 or 组织名称
	*recordExtra
}

// recordExtra is the part of a record that member records do not need.
type recordExtra struct {
	texts   []string      // by text position
	textSet uint64        // which of the first 64 text fields are set (later ones always count as set)
	cols    model.Columns // assessment columns by normalised header
	items   []string      // item names in order, for 每项
	listed  int           // Organisation.Order, for organisations
	ident   string        // a stable identity for a total order
}

// newRecord makes a record with a table of its own (tests, single records).
func newRecord() *record { return &record{t: newFieldTable(), recordExtra: &recordExtra{}} }

// newRecordIn makes a record for a shared table with room for all its numbers.
func newRecordIn(t *fieldTable) *record {
	return &record{t: t, nums: make([]*big.Rat, len(t.numNames)), disp: make([]string, len(t.numNames)),
		recordExtra: &recordExtra{texts: make([]string, len(t.textNames))}}
}

// memberText is text field i (memberTextFields order) of a member record.
func memberText(m *model.Member, i int) (string, bool) {
	switch memberTextFields[i] {
	case FieldName:
		return m.Name, true
	case "性别":
		return m.Gender, true
	case "民族":
		return m.Ethnicity, true
	case "党员类型":
		return string(m.Type), true
	case "所在党支部":
		return m.Branch, true
	case "人员类别":
		return m.Category, true
	case "职务":
		return m.Post, true
	case "身份证号":
		return m.IDNumber, true
	}
	a := m.Assessment
	if a == nil {
		return "", false
	}
	switch memberTextFields[i] {
	case "处分情况":
		return a.Sanction, true
	case "备注":
		return a.Remark, true
	}
	return "", false
}

// columns returns the assessment columns.
func (r *record) columns() model.Columns {
	if r.m != nil {
		if a := r.m.Assessment; a != nil {
			return a.Columns
		}
		return model.Columns{}
	}
	return r.cols
}

// identity is a stable identity for a total order: for members branch, ID
// number and dates (made only when names tie), for organisations the name.
func (r *record) identity() string {
	if r.m != nil {
		m := r.m
		b := append([]byte(m.Branch), 0)
		b = append(b, m.IDNumber...)
		b = append(b, 0)
		b = appendDate(b, m.JoinDate)
		b = append(b, 0)
		b = appendDate(b, m.Birth)
		return string(b)
	}
	return r.ident
}

func (r *record) listedOrder() int {
	if r.recordExtra == nil {
		return 0
	}
	return r.listed
}

func (r *record) itemNames() []string {
	if r.recordExtra == nil {
		return nil
	}
	return r.items
}

func (r *record) setNum(field string, v *big.Rat, disp string) {
	r.setNumAt(r.t.addNum(field), v, disp)
}

func (r *record) setNumAt(i int, v *big.Rat, disp string) {
	for len(r.nums) <= i {
		r.nums = append(r.nums, nil)
		r.disp = append(r.disp, "")
	}
	r.nums[i], r.disp[i] = v, disp
}

// num returns a numeric field; isNum is false when the record has no such field.
func (r *record) num(field string) (v *big.Rat, disp string, isNum bool) {
	i, ok := r.t.num[field]
	if !ok {
		return nil, "", false
	}
	return r.numAt(i)
}

func (r *record) numAt(i int) (v *big.Rat, disp string, isNum bool) {
	if i < 0 || i >= len(r.nums) {
		return nil, "", false
	}
	return r.nums[i], r.disp[i], true
}

// fieldRef is a field's positions in a table (-1: none): conditions checked
// for many records of one table look their field up once.
type fieldRef struct{ num, text int }

func (t *fieldTable) ref(field string) fieldRef {
	f := fieldRef{-1, -1}
	if i, ok := t.num[field]; ok && i >= 0 {
		f.num = i
	}
	if i, ok := t.text[field]; ok {
		f.text = i
	}
	return f
}

func (r *record) setText(field, v string) { r.setTextAt(r.t.addText(field), v) }

func (r *record) setTextAt(i int, v string) {
	for len(r.texts) <= i {
		r.texts = append(r.texts, "")
	}
	r.texts[i] = v
	if i < 64 {
		r.textSet |= 1 << i
	}
}

// text returns a text field; ok is false when it was never set.
func (r *record) text(field string) (string, bool) {
	i, ok := r.t.text[field]
	if !ok {
		return "", false
	}
	return r.textAt(i)
}

func (r *record) textAt(i int) (string, bool) {
	if i < 0 {
		return "", false
	}
	if r.m != nil {
		if i < len(memberTextFields) && r.t.textNames[i] == memberTextFields[i] {
			return memberText(r.m, i)
		}
		return "", false
	}
	if i >= len(r.texts) || (i < 64 && r.textSet&(1<<i) == 0) {
		return "", false
	}
	return r.texts[i], true
}

// date returns 入党时间 or 出生日期 (zero for organisations).
func (r *record) date(field string) model.Date {
	if r.m == nil {
		return model.Date{}
	}
	switch field {
	case FieldJoinDate:
		return r.m.JoinDate
	case FieldBirth:
		return r.m.Birth
	}
	return model.Date{}
}

// display returns the record's numbers as shown, as model.Texts; the table
// must have been made by sortedFieldTable, and the texts share r.disp.
func (r *record) display() model.Texts {
	return model.Texts{Names: r.t.display, Values: r.disp[:len(r.disp):len(r.disp)]}
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
	c := ratCmp(a, b)
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

func eval(c Condition, r *record) condResult { return evalCond(c, r, true) }

// holds reports whether a condition holds, without describing it: most
// descriptions are never shown (a member's reason keeps only the rules that
// matter for its grade), and building them for every member and rule was
// most of the work.
func holds(c Condition, r *record) bool { return evalCond(c, r, false).ok }

// evalCond evaluates a condition; desc is left empty unless describe.
func evalCond(c Condition, r *record, describe bool) condResult {
	return evalCondRef(c, r.t.ref(c.Field), r, describe)
}

// evalCondRef is evalCond with the field's positions in r's table.
func evalCondRef(c Condition, f fieldRef, r *record, describe bool) condResult {
	if c.Field == FieldEachItem {
		return evalEach(c, r, describe)
	}
	var text string
	var present bool
	numV, numDisp, isNum := r.numAt(f.num)
	if c.Column != "" {
		text, present = r.columns().Get(c.Column)
		text = strings.TrimSpace(text)
		present = present && text != ""
	} else if !isNum {
		text, _ = r.textAt(f.text)
		present = true
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
			v, disp = numV, numDisp
			if v == nil {
				if !describe {
					return condResult{}
				}
				return condResult{false, label + "缺失"}
			}
		}
		ok := compare(c.Op, v, c.Value.r)
		if !describe {
			return condResult{ok: ok}
		}
		words := opText[c.Op][0]
		if !ok {
			words = opText[c.Op][1]
		}
		pct := r.t.isPct(c.Field)
		desc := label + words + c.valueText(pct)
		if !r.t.isShown(c.Field) {
			desc = label + disp + "，" + words + c.valueText(pct)
		}
		return condResult{ok, desc}
	}
	// text tests
	var ok bool
	switch {
	case c.Eq != nil:
		ok = text == *c.Eq
	case c.Ne != nil:
		ok = text != *c.Ne
	case c.In != nil:
		ok = contains(c.In, text)
	case c.NotIn != nil:
		ok = !contains(c.NotIn, text)
	default:
		if !describe {
			return condResult{}
		}
		return condResult{false, label}
	}
	if !describe {
		return condResult{ok: ok}
	}
	if text == "" {
		return condResult{ok, label + "未填"}
	}
	return condResult{ok, label + "为" + text}
}

func evalEach(c Condition, r *record, describe bool) condResult {
	var failed []string
	bad := false
	for _, it := range r.itemNames() {
		v, disp, _ := r.num(it)
		if v == nil {
			bad = true
			if describe {
				failed = append(failed, it+"缺失")
			}
			continue
		}
		if !compare(c.Op, v, c.Value.r) {
			bad = true
			if describe {
				failed = append(failed, it+disp)
			}
		}
	}
	if !describe {
		return condResult{ok: !bad}
	}
	if !bad {
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

// ruleCheck is a rule's conditions with their fields looked up in one table.
type ruleCheck struct {
	t                 *fieldTable
	when, anyOf       []Condition
	whenRefs, anyRefs []fieldRef
}

func newRuleCheck(t *fieldTable, when, anyOf []Condition) *ruleCheck {
	rc := &ruleCheck{t: t, when: when, anyOf: anyOf}
	for _, c := range when {
		rc.whenRefs = append(rc.whenRefs, t.ref(c.Field))
	}
	for _, c := range anyOf {
		rc.anyRefs = append(rc.anyRefs, t.ref(c.Field))
	}
	return rc
}

// holds reports whether the rule's conditions hold for r, without
// descriptions; vetoed reports whether evalRule would record a veto (then
// call it for the texts). Fields are looked up once per check when r uses
// the check's table.
func (rc *ruleCheck) holds(r *record) (ok, vetoed bool) {
	ref := func(refs []fieldRef, j int, c Condition) fieldRef {
		if r.t == rc.t {
			return refs[j]
		}
		return r.t.ref(c.Field)
	}
	ok = true
	for j, c := range rc.when {
		if !evalCondRef(c, ref(rc.whenRefs, j, c), r, false).ok {
			ok = false
			if c.Veto {
				vetoed = true
			}
		}
	}
	if len(rc.anyOf) > 0 {
		held := false
		for j, c := range rc.anyOf {
			if evalCondRef(c, ref(rc.anyRefs, j, c), r, false).ok {
				held = true
				if c.Veto {
					vetoed = true
				}
			}
		}
		if !held {
			ok = false
		}
	}
	return ok, vetoed
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
	return compareKeyVals(k, keyNum(k, a), keyNum(k, b), a, b)
}

// keyNum is the number a record is ranked by under k; nil when k does not
// rank by a number or the record has none.
func keyNum(k RankKey, r *record) *big.Rat {
	if k.Column != "" {
		return colNum(r, k.Column)
	}
	if k.Key == FieldName || k.Key == FieldOrgName || isDateKey(k.Key) {
		return nil
	}
	v, _, _ := r.num(k.Key)
	return v
}

// compareKeyVals is compareKey with the numbers looked up (keyNum).
func compareKeyVals(k RankKey, x, y *big.Rat, a, b *record) int {
	if k.Column != "" {
		return compareNums(x, y, k.Order)
	}
	switch {
	case k.Key == FieldName || (k.Key == FieldOrgName && k.Order == "strokes"):
		return collate.Compare(a.name, b.name)
	case k.Key == FieldOrgName:
		return cmp.Compare(a.listedOrder(), b.listedOrder())
	}
	if isDateKey(k.Key) {
		da, db := a.date(k.Key), b.date(k.Key)
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
	return compareNums(x, y, k.Order)
}

func isDateKey(k string) bool { return k == FieldJoinDate || k == FieldBirth }

func colNum(r *record, col string) *big.Rat {
	v, _ := r.columns().Get(col)
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
		return ratCmp(b, a)
	}
	return ratCmp(a, b)
}
