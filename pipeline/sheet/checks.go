package sheet

// Checks of values that parse but cannot be right: formulas never
// calculated, ballot totals that disagree within a branch, impossible dates,
// invisible and direction-changing characters in names. They run while
// reading, so `check` and `run` (and the web page, which calls them) report
// them alike, with the cell.

import (
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
