package sheet

// Checks of values that parse but cannot be right: formulas never
// calculated, ballot totals that disagree within a branch, impossible dates,
// invisible and direction-changing characters in names. They run while
// reading, so `check` and `run` (and the web page, which calls them) report
// them alike, with the cell.

import (
	"fmt"
	"math/big"
	"strings"

	"pingyou/pipeline/model"
)

// uncalculated reports the formula cells of a data row that have no computed
// value, in any column with a header, and blanks them: the value is unknown,
// and a blank would make the member 不评定等次 with only a 未填 warning.
func (rd *reader) uncalculated(t *table, r *rawRow) {
	for i := range r.Cells {
		c := &r.Cells[i]
		if c.Type != typeNoCache {
			continue
		}
		if t.hasHeader(c.Col) {
			l := t.at(r.Num, c.Col)
			rd.report(model.Error, l, "公式没有计算结果（保存这个文件的程序没有计算公式）", c.Value,
				"请在 Excel/WPS 中打开并保存一次，再重新检查")
			if rd.noValue == nil {
				rd.noValue = map[loc]bool{}
			}
			rd.noValue[l] = true
		}
		c.Value = ""
	}
}

// hasHeader reports whether column col has a header cell.
func (t *table) hasHeader(col int) bool {
	for _, h := range t.headers {
		if h.Col == col {
			return true
		}
	}
	return false
}

// Range is the allowed scores of a column, both ends included; a nil end is
// open. Scores below 0 are errors whatever the range says.
type Range struct{ Min, Max *big.Rat }

// bounds is a column's Range as number checks it.
type bounds struct {
	min, max *big.Rat
	// maxInt is max when it is a whole number that fits (0: no maximum);
	// slow says the plain-decimal fast path cannot decide (a minimum above
	// 0, or a fractional maximum).
	maxInt int64
	slow   bool
}

// scoreBounds is the range of the column named name: from ranges when the
// scheme gives one, else 0 to def (no maximum when def is 0).
func scoreBounds(ranges map[string]Range, name string, def int64) bounds {
	rg, ok := ranges[name]
	if !ok {
		if def <= 0 {
			return bounds{}
		}
		return bounds{max: big.NewRat(def, 1), maxInt: def}
	}
	b := bounds{min: rg.Min, max: rg.Max}
	if b.min != nil && b.min.Sign() > 0 {
		b.slow = true
	}
	if b.max != nil {
		if b.max.IsInt() && b.max.Num().IsInt64() && b.max.Sign() > 0 && b.max.Num().Int64() < 1<<40 {
			b.maxInt = b.max.Num().Int64()
		} else {
			b.slow = true
		}
	}
	return b
}

// fast reports whether a plain decimal num/den (≥ 0) is within the bounds
// without big.Rat; false sends it to the exact check.
func (b bounds) fast(num, den int64) bool {
	return !b.slow && (b.maxInt == 0 || num <= b.maxInt*den)
}

// lowText is the lowest allowed score: the minimum, or 0.
func (b bounds) lowText() string {
	if b.min != nil && b.min.Sign() > 0 {
		return ratText(b.min)
	}
	return "0"
}

// check returns the problem and fix when v (≥ 0) is outside the bounds.
func (b bounds) check(key string, v *big.Rat) (problem, fix string) {
	lo := b.lowText()
	switch {
	case b.min != nil && v.Cmp(b.min) < 0:
		if b.max != nil {
			return key + "低于最低分 " + lo, "请填写 " + lo + " 到 " + ratText(b.max) + " 之间的分数"
		}
		return key + "低于最低分 " + lo, "请填写不低于 " + lo + " 的分数"
	case b.max != nil && v.Cmp(b.max) > 0:
		return key + "超过满分 " + ratText(b.max), "请填写 " + lo + " 到 " + ratText(b.max) + " 之间的分数"
	}
	return "", ""
}

// ratText writes a bound as staff read it: 100, 7.5.
func ratText(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	return strings.TrimRight(strings.TrimRight(r.FloatString(6), "0"), ".")
}

// dayRange is the first and last day a date can stand for, as yyyymmdd: a
// month-precision date (2010年6月) is any day of its month.
func dayRange(d model.Date) (first, last int) {
	base := d.Year*10000 + d.Month*100
	if d.Day != 0 {
		return base + d.Day, base + d.Day
	}
	return base + 1, base + model.DaysIn(d.Year, d.Month)
}

// latest is the last day a roster date can be, with what it is: the end of
// the evaluation year or the issue date, whichever is later (a 七一
// commendation is issued in June and still lists 预备党员 who join later
// that year, as the samples do); 0 when the options give neither.
func (o Options) latest() (day int, what string) {
	if o.Year > 0 {
		day, what = o.Year*10000+1231, fmt.Sprintf("评议年度（%d年）", o.Year)
	}
	if !o.AsOf.IsZero() {
		if d, _ := dayRange(o.AsOf); d > day {
			day, what = d, "成文日期（"+o.AsOf.String()+"）"
		}
	}
	return day, what
}

// checkDates reports dates of a member that cannot be right: born or joined
// after the evaluation year or the issue date, joined before being born, or
// joined before 18 (党章: 年满十八岁). A month-precision date is reported only
// when every day of its month is impossible. Joining younger is an error
// from 1949 on and a warning before, when wartime members did join younger.
func (rd *reader) checkDates(t *table, r *rawRow, m *model.Member) {
	birth, birthKey := m.Birth, "出生日期"
	if birth.IsZero() && m.IDNumber != "" {
		birth, birthKey = idBirth(m.IDNumber), "身份证号"
	}
	join := m.JoinDate
	at := func(key string) (loc, string) {
		l, c := t.cellLoc(r, key)
		if c == nil {
			return l, ""
		}
		return l, cleanText(c.Value)
	}
	if limit, what := rd.opt.latest(); limit > 0 {
		if first, _ := dayRange(birth); !birth.IsZero() && first > limit {
			l, v := at(birthKey)
			rd.report(model.Error, l, "出生日期（"+birth.String()+"）晚于"+what, v, "请核对出生日期（或身份证号）")
			return
		}
		if first, _ := dayRange(join); !join.IsZero() && first > limit {
			l, v := at("入党时间")
			rd.report(model.Error, l, "入党时间（"+join.String()+"）晚于"+what+"，这位党员不可能参加本次评议", v,
				"请核对入党时间；如果确是新入党的，请不要列入本年度的评议")
			return
		}
	}
	if birth.IsZero() || join.IsZero() {
		return
	}
	bFirst, _ := dayRange(birth)
	_, jLast := dayRange(join)
	l, v := at("入党时间")
	switch {
	case jLast < bFirst:
		rd.report(model.Error, l, "入党时间（"+join.String()+"）早于出生日期（"+birth.String()+"）", v,
			"请核对入党时间和出生日期（或身份证号）")
	case jLast < bFirst+180000: // the 18th birthday, as yyyymmdd
		sev, fix := model.Error, "党章规定年满十八岁才能入党；请核对入党时间和出生日期（或身份证号）"
		if join.Year < 1949 {
			sev, fix = model.Warning, "1949年以前确有未满十八岁入党的老党员；如果属实可不改，否则请核对入党时间和出生日期"
		}
		rd.report(sev, l, fmt.Sprintf("入党时未满18岁（出生于%s，入党时间%s）", birth.String(), join.String()), v, fix)
	}
}
