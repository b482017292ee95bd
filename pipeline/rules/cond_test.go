package rules

import (
	"testing"
)

func TestConditions(t *testing.T) {
	r := newRecord()
	r.setNum("综合得分", rat("89.995"), "90.00")
	r.t.setShown("综合得分", true)
	r.setNum("自评", rat("55"), "55.00")
	r.setNum("优秀票率", rat("1/2"), "50.0%")
	r.t.setPct("优秀票率")
	r.t.setShown("优秀票率", true)
	r.setNum("互评", nil, "")
	r.setText("处分情况", "警告")
	r.setText("党员类型", "预备党员")
	r.setText("备注", "")
	r.cols = colsOf(map[string]string{"群众信任率": "45%", "岗位": "教师", "乱码": "好"})
	r.items = []string{"甲", "乙"}
	r.setNum("甲", rat("17"), "17.0")
	r.setNum("乙", rat("15.5"), "15.5")
	s := func(v string) *string { return &v }
	for _, tc := range []struct {
		name string
		c    Condition
		ok   bool
		desc string
	}{
		// 89.995 ≥ 90 is false, although it is shown as 90.00: comparisons use the exact value
		{">= exact", Condition{Field: "综合得分", Op: ">=", Value: MustNum("90")}, false, "综合得分低于90"},
		{">= equal", Condition{Field: "综合得分", Op: ">=", Value: MustNum("89.995")}, true, "综合得分不低于89.995"},
		{"<", Condition{Field: "综合得分", Op: "<", Value: MustNum("90")}, true, "综合得分低于90"},
		// 50% > 50% is false
		{"> boundary", Condition{Field: "优秀票率", Op: ">", Value: MustNum("50%")}, false, "优秀票率未超过50%"},
		{"> as fraction", Condition{Field: "优秀票率", Op: ">=", Value: MustNum("0.5")}, true, "优秀票率不低于50%"},
		{"<=", Condition{Field: "优秀票率", Op: "<=", Value: MustNum("50%")}, true, "优秀票率不高于50%"},
		{"==", Condition{Field: "自评", Op: "==", Value: MustNum("55")}, true, "自评55.00，等于55"},
		{"!=", Condition{Field: "自评", Op: "!=", Value: MustNum("55")}, false, "自评55.00，等于55"},
		// not shown in the reason prefix: the value is spelled out
		{"not shown", Condition{Field: "自评", Op: "<", Value: MustNum("60")}, true, "自评55.00，低于60"},
		{"missing", Condition{Field: "互评", Op: ">=", Value: MustNum("0")}, false, "互评缺失"},
		{"eq", Condition{Field: "处分情况", Eq: s("无")}, false, "处分情况为警告"},
		{"ne", Condition{Field: "党员类型", Ne: s("正式党员")}, true, "党员类型为预备党员"},
		{"in", Condition{Field: "处分情况", In: []string{"撤销党内职务", "留党察看"}}, false, "处分情况为警告"},
		{"in hit", Condition{Field: "处分情况", In: []string{"警告", "严重警告"}}, true, "处分情况为警告"},
		{"not_in", Condition{Field: "处分情况", NotIn: []string{"警告"}}, false, "处分情况为警告"},
		{"blank eq", Condition{Field: "备注", Eq: s("")}, true, "备注未填"},
		{"column number", Condition{Column: "群众信任率", Op: "<", Value: MustNum("50%")}, true, "群众信任率45%，低于50%"},
		{"column text", Condition{Column: "岗位", In: []string{"教师", "辅导员"}}, true, "岗位为教师"},
		{"column missing", Condition{Column: "没有", Op: "<", Value: MustNum("1")}, false, "没有未填"},
		{"column not a number", Condition{Column: "乱码", Op: "<", Value: MustNum("1")}, false, "乱码“好”不是数字"},
		// 每项: 甲17 ≥ 16 but 乙15.5 < 16
		{"each fails", Condition{Field: FieldEachItem, Op: ">=", Value: MustNum("16")}, false, "乙15.5，低于16"},
		{"each holds", Condition{Field: FieldEachItem, Op: ">=", Value: MustNum("15")}, true, "各项均不低于15"},
	} {
		got := eval(tc.c, r)
		if got.ok != tc.ok || got.desc != tc.desc {
			t.Errorf("%s: got %v %q, want %v %q", tc.name, got.ok, got.desc, tc.ok, tc.desc)
		}
		if holds(tc.c, r) != tc.ok {
			t.Errorf("%s: holds = %v, want %v", tc.name, !tc.ok, tc.ok)
		}
	}

	// when: all must hold; any: at least one; vetoes recorded.
	ev := evalRule(
		[]Condition{{Field: "综合得分", Op: ">=", Value: MustNum("85")}, {Field: "处分情况", Eq: s("无"), Veto: true}},
		nil, r)
	if ev.ok || len(ev.failed) != 1 || ev.failed[0] != "处分情况为警告" || len(ev.vetoes) != 1 {
		t.Errorf("when: %+v", ev)
	}
	ev = evalRule(nil, []Condition{{Field: "综合得分", Op: "<", Value: MustNum("60")}, {Field: "处分情况", In: []string{"警告"}, Veto: true}}, r)
	if !ev.ok || len(ev.matched) != 1 || ev.matched[0] != "处分情况为警告" || len(ev.vetoes) != 1 {
		t.Errorf("any: %+v", ev)
	}
	ev = evalRule(nil, []Condition{{Field: "综合得分", Op: "<", Value: MustNum("60")}}, r)
	if ev.ok || ev.failed[0] != "综合得分不低于60" {
		t.Errorf("any none: %+v", ev)
	}

	// ruleCheck.holds agrees with evalRule without building descriptions,
	// for a record of its own table and of another
	for _, rule := range [][2][]Condition{
		{{{Field: "综合得分", Op: ">=", Value: MustNum("85")}, {Field: "处分情况", Eq: s("无"), Veto: true}}, nil},
		{{{Field: "综合得分", Op: ">=", Value: MustNum("85")}}, {{Field: "处分情况", In: []string{"警告"}, Veto: true}}},
		{nil, {{Field: "综合得分", Op: "<", Value: MustNum("60")}, {Field: "处分情况", In: []string{"警告"}, Veto: true}}},
		{nil, {{Field: "综合得分", Op: "<", Value: MustNum("60")}}},
		{{{Field: "综合得分", Op: "<", Value: MustNum("90")}}, nil},
	} {
		ev := evalRule(rule[0], rule[1], r)
		ok, vetoed := newRuleCheck(newFieldTable(), rule[0], rule[1]).holds(r)
		if ok != ev.ok || vetoed != (len(ev.vetoes) > 0) {
			t.Errorf("ruleCheck of another table %v: %v %v, evalRule %+v", rule, ok, vetoed, ev)
		}
		ok, vetoed = newRuleCheck(r.t, rule[0], rule[1]).holds(r)
		if ok != ev.ok || vetoed != (len(ev.vetoes) > 0) {
			t.Errorf("ruleCheck %v: %v %v, evalRule %+v", rule, ok, vetoed, ev)
		}
	}
}
