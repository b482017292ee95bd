package xlsx

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// ReadPrior reads a summary workbook this package wrote, of this version or
// an earlier one, back into last year's results (issue 19): every member
// with branch, grade and 身份证号 (when its sheet has the column), every
// organisation with band and 组织代码, the commendations of each (表彰名单,
// awards per period left out), and the streaks its own 与上年对比 carried.
// Columns are found by their headings, so columns added since do not
// matter. name names the workbook in messages and in the records' CellRefs.
//
// The caller has checked the workbook against its manifest; what this
// returns as an error is a workbook pingyou did not write, or wrote in a
// form it can no longer read.
func ReadPrior(r io.Reader, name string) (*model.PriorYear, model.Diagnostics, error) {
	f, err := excelize.OpenReader(r, excelize.Options{RawCellValue: true, UnzipSizeLimit: 4 << 30})
	if err != nil {
		return nil, nil, fmt.Errorf("上年的汇总表 %s 无法打开（不是有效的 Excel 工作簿）", name)
	}
	defer f.Close()
	rd := &priorReader{f: f, name: name, py: &model.PriorYear{File: name}}
	if err := rd.members(); err != nil {
		return nil, nil, err
	}
	if err := rd.orgs(); err != nil {
		return nil, nil, err
	}
	if err := rd.commended(); err != nil {
		return nil, nil, err
	}
	if err := rd.runs(); err != nil {
		return nil, nil, err
	}
	return rd.py, rd.diags, nil
}

type priorReader struct {
	f     *excelize.File
	name  string
	py    *model.PriorYear
	diags model.Diagnostics
	// members by (姓名, 所在党支部) and by 身份证号; organisations by name.
	byPair map[[2]string][]int
	byID   map[string]int
	byOrg  map[string]int
}

// sheetRows is one table of the workbook: its headings and its data rows
// (those whose 序号 is a number; band rows and the 合计 row are not).
type sheetRows struct {
	sheet    string
	subtitle string
	head     map[string]int // heading → column, 0-based
	rows     [][]string
	nums     []int // each data row's row number
}

func (s *sheetRows) get(row []string, heading string) string {
	if c, ok := s.head[heading]; ok && c < len(row) {
		return strings.TrimSpace(row[c])
	}
	return ""
}

func (s *sheetRows) has(heading string) bool { _, ok := s.head[heading]; return ok }

// ref is the cell of a heading's column in data row i.
func (s *sheetRows) ref(file string, i int, heading string) model.CellRef {
	return model.CellRef{File: file, Sheet: s.sheet, Cell: model.CellName(s.head[heading]+1, s.nums[i])}
}

var errNoSheet = errors.New("no such sheet")

// table reads a sheet laid out as table.go writes it: title, subtitle, the
// headings in the row whose first cell is 序号 (a second heading row under
// grouped columns), then the data rows.
func (rd *priorReader) table(sheet string, required ...string) (*sheetRows, error) {
	if idx, _ := rd.f.GetSheetIndex(sheet); idx < 0 {
		return nil, errNoSheet
	}
	it, err := rd.f.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("上年的汇总表 %s 的“%s”工作表无法读取", rd.name, sheet)
	}
	defer it.Close()
	s := &sheetRows{sheet: sheet}
	num, headAt := 0, 0
	for it.Next() {
		num++
		row, err := it.Columns()
		if err != nil {
			return nil, fmt.Errorf("上年的汇总表 %s 的“%s”工作表第%d行无法读取", rd.name, sheet, num)
		}
		first := ""
		if len(row) > 0 {
			first = strings.TrimSpace(row[0])
		}
		switch {
		case s.head == nil && num == subtitleRow && first != "序号":
			s.subtitle = first
		case s.head == nil && first == "序号":
			s.head, headAt = map[string]int{}, num
			for c, h := range row {
				if h = strings.TrimSpace(h); h != "" {
					s.head[h] = c
				}
			}
		case s.head == nil:
			if num > headerRow+2 {
				return nil, fmt.Errorf("上年的汇总表 %s 的“%s”工作表前%d行没有列名（序号……），不是 pingyou 写出的汇总表", rd.name, sheet, num)
			}
		case num == headAt+1 && first == "":
			for c, h := range row { // the second heading row, under a group
				if h = strings.TrimSpace(h); h != "" {
					s.head[h] = c
				}
			}
		default:
			if _, err := strconv.Atoi(first); err == nil {
				s.rows = append(s.rows, row)
				s.nums = append(s.nums, num)
			}
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("上年的汇总表 %s 的“%s”工作表无法读取", rd.name, sheet)
	}
	if s.head == nil {
		return nil, fmt.Errorf("上年的汇总表 %s 的“%s”工作表没有列名，不是 pingyou 写出的汇总表", rd.name, sheet)
	}
	var missing []string
	for _, h := range required {
		if !s.has(h) {
			missing = append(missing, "“"+h+"”")
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("上年的汇总表 %s 的“%s”工作表缺少%s列，无法与上年对比", rd.name, sheet, strings.Join(missing, "、"))
	}
	return s, nil
}

func (rd *priorReader) need(sheet string, required ...string) (*sheetRows, error) {
	s, err := rd.table(sheet, required...)
	if errors.Is(err, errNoSheet) {
		return nil, fmt.Errorf("上年的汇总表 %s 中没有“%s”工作表，不是 pingyou 写出的汇总表", rd.name, sheet)
	}
	return s, err
}

var (
	subtitleYear = regexp.MustCompile(`年度：(\d{4})年`)
	subtitleUnit = regexp.MustCompile(`单位：([^　]+)`)
)

var grades = map[string]model.Grade{
	string(model.Excellent): model.Excellent, string(model.Qualified): model.Qualified,
	string(model.Basic): model.Basic, string(model.Unqualified): model.Unqualified,
	string(model.NotGraded): model.NotGraded,
}

func (rd *priorReader) members() error {
	s, err := rd.need(SheetMembers, "姓名", "所在党支部", "评定等次")
	if err != nil {
		return err
	}
	py := rd.py
	if m := subtitleYear.FindStringSubmatch(s.subtitle); m != nil {
		py.Year, _ = strconv.Atoi(m[1])
	}
	if m := subtitleUnit.FindStringSubmatch(s.subtitle); m != nil {
		py.Unit = m[1]
	}
	py.HasIDs = s.has("身份证号")
	rd.byPair, rd.byID = map[[2]string][]int{}, map[string]int{}
	for i, row := range s.rows {
		m := model.PriorMember{
			Name: s.get(row, "姓名"), Branch: s.get(row, "所在党支部"), IDNumber: s.get(row, "身份证号"),
			Grade: grades[s.get(row, "评定等次")], Ref: s.ref(rd.name, i, "姓名"),
		}
		if m.Name == "" {
			continue
		}
		j := len(py.Members)
		py.Members = append(py.Members, m)
		k := [2]string{m.Name, m.Branch}
		rd.byPair[k] = append(rd.byPair[k], j)
		if m.IDNumber != "" {
			if _, dup := rd.byID[m.IDNumber]; !dup {
				rd.byID[m.IDNumber] = j
			}
		}
	}
	return nil
}

func (rd *priorReader) orgs() error {
	s, err := rd.need(SheetOrgs, "组织名称", "档次")
	if err != nil {
		return err
	}
	rd.byOrg = map[string]int{}
	for i, row := range s.rows {
		o := model.PriorOrg{
			Name: s.get(row, "组织名称"), Code: s.get(row, "组织代码"), Type: model.OrgType(s.get(row, "组织类型")),
			Parent: s.get(row, "所属党总支"), Band: s.get(row, "档次"), Ref: s.ref(rd.name, i, "组织名称"),
		}
		if o.Name == "" {
			continue
		}
		if _, dup := rd.byOrg[o.Name]; !dup {
			rd.byOrg[o.Name] = len(rd.py.Orgs)
		}
		rd.py.Orgs = append(rd.py.Orgs, o)
	}
	return nil
}

// commended gives each member and organisation its awards from 表彰名单:
// a person by (姓名, 所在单位 = the branch), an organisation by name.
func (rd *priorReader) commended() error {
	s, err := rd.need(SheetCommended, "类别", "姓名/组织名称", "所在单位")
	if err != nil {
		return err
	}
	py := rd.py
	for i, row := range s.rows {
		award, who, unit := s.get(row, "类别"), s.get(row, "姓名/组织名称"), s.get(row, "所在单位")
		if award == "" || who == "" || s.get(row, "期间") != "" {
			continue
		}
		switch ms := rd.byPair[[2]string{who, unit}]; {
		case len(ms) == 1:
			m := &py.Members[ms[0]]
			m.Awards = appendNew(m.Awards, award)
		case len(ms) > 1:
			rd.diags = append(rd.diags, model.Diagnostic{Severity: model.Warning, Ref: s.ref(rd.name, i, "姓名/组织名称"),
				Problem: fmt.Sprintf("上年的表彰名单中的%s（%s）：上年该支部有%d名同名党员，无法确定是哪一位，不计入连续表彰", who, award, len(ms)),
				Value:   who, Fix: "如有需要，请人工核对"})
		default:
			if j, ok := rd.byOrg[who]; ok {
				o := &py.Orgs[j]
				o.Awards = appendNew(o.Awards, award)
			}
		}
	}
	return nil
}

// runs reads the streaks last year's own comparison found (its 与上年对比
// sheet, when it had one): a 连续年数 of two or more, by 类别.
func (rd *priorReader) runs() error {
	s, err := rd.table(SheetCompare, "对象", "类别", "姓名/组织名称", "所在单位", "身份证号/组织代码", "连续年数")
	if errors.Is(err, errNoSheet) {
		return nil
	}
	if err != nil {
		return err
	}
	py := rd.py
	py.Compared = true
	for _, row := range s.rows {
		n, err := strconv.Atoi(s.get(row, "连续年数"))
		kind := s.get(row, "类别")
		if err != nil || n < 2 || kind == "" {
			continue
		}
		who, unit, key := s.get(row, "姓名/组织名称"), s.get(row, "所在单位"), s.get(row, "身份证号/组织代码")
		var runs *map[string]int
		switch s.get(row, "对象") {
		case subjectMember:
			j, ok := rd.byID[key]
			if !ok || key == "" {
				ms := rd.byPair[[2]string{who, unit}]
				if len(ms) != 1 {
					continue
				}
				j = ms[0]
			}
			runs = &py.Members[j].Runs
		case subjectOrg:
			j, ok := rd.byOrg[who]
			if !ok {
				continue
			}
			runs = &py.Orgs[j].Runs
		default:
			continue
		}
		if *runs == nil {
			*runs = map[string]int{}
		}
		(*runs)[kind] = max((*runs)[kind], n)
	}
	return nil
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
