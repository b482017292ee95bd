package compose

import (
	"fmt"
	"math/big"
	"strings"
	"text/template"

	"pingyou/pipeline/decimal"
	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

// Counts are the 民主评议 figures of one unit, or of a department's units
// together, as a department's notice words them.
type Counts struct {
	Members, Assessed, Graded, NotGraded     int
	Excellent, Qualified, Basic, Unqualified int
	Commended, Advanced                      int // 受表彰党员, 先进基层党组织
}

// DepartmentUnit is one unit with results in a department's notice.
type DepartmentUnit struct {
	Name   string
	Counts Counts
}

// Department is what a department's 汇总 notice reports (issue 19): the
// units with results, the totals, and the units that are missing or over
// the department's limits, by name.
type Department struct {
	Name    string // the department, e.g. 中共江城市委组织部
	Year    int
	Units   int // all the department's units
	Results []DepartmentUnit
	Total   Counts
	Missing []string
	Over    []string
}

// percent is count/total as 12.5% (one decimal, half away from zero).
func percent(count, total int) string {
	if total == 0 {
		return "0.0%"
	}
	return decimal.Fixed(big.NewRat(int64(count)*100, int64(total)), 1) + "%"
}

func countsData(c Counts) map[string]any {
	return map[string]any{
		"党员总数": c.Members, "参加评议": c.Assessed, "评定等次": c.Graded, "不评定等次": c.NotGraded,
		"优秀": c.Excellent, "合格": c.Qualified, "基本合格": c.Basic, "不合格": c.Unqualified,
		"优秀占比": percent(c.Excellent, c.Graded), "合格占比": percent(c.Qualified, c.Graded),
		"基本合格占比": percent(c.Basic, c.Graded), "不合格占比": percent(c.Unqualified, c.Graded),
		"表彰数": c.Commended, "先进基层党组织数": c.Advanced,
	}
}

// DepartmentNotice composes a department's 汇总 notice (文件格式, with the
// parts of opt.Decision): the template's 正文 over the totals, and an
// attachment with one paragraph per unit (the template's 单位情况).
func DepartmentNotice(opt *Options, d *Department, t *template.Template) (*document.Notice, model.Diagnostics, error) {
	var diags model.Diagnostics
	n := header(opt.Decision, opt, &diags)
	data := countsData(d.Total)
	data["部门"], data["年度"], data["单位数"], data["汇总单位数"] = d.Name, d.Year, d.Units, len(d.Results)
	data["缺少单位数"], data["缺少单位"] = len(d.Missing), strings.Join(d.Missing, "、")
	data["超出比例单位数"], data["超出比例单位"] = len(d.Over), strings.Join(d.Over, "、")
	paras, err := wording(t, "正文", data)
	if err != nil {
		return nil, diags, err
	}
	n.Body = body(paras, t.Name())
	name, err := wordingLine(t, "附件1", data)
	if err != nil {
		return nil, diags, err
	}
	if name == "" || len(d.Results) == 0 || t.Lookup("单位情况") == nil {
		return n, diags, nil
	}
	var lines []string
	for i, u := range d.Results {
		ud := countsData(u.Counts)
		ud["序号"], ud["单位"], ud["年度"] = i+1, u.Name, d.Year
		line, err := wordingLine(t, "单位情况", ud)
		if err != nil {
			return nil, diags, fmt.Errorf("%s：%w", u.Name, err)
		}
		lines = append(lines, line)
	}
	n.Attachments = []document.Attachment{{Name: name, Body: body(lines, t.Name())}}
	return n, diags, nil
}
