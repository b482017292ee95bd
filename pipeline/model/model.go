// Package model holds the records every pipeline stage shares: organisations,
// members and their assessments as read from the workbooks (each with the cell
// it came from), the decisions the rules make about them, and the diagnostics
// any stage reports. It imports nothing but the standard library.
package model

import (
	"fmt"
	"math/big"
)

// CellRef locates a value in an input workbook. Cell is an A1 reference
// ("E12"); it is empty when the problem concerns a whole sheet or file.
type CellRef struct {
	File  string // base name of the workbook, e.g. 测评表.xlsx
	Sheet string
	Cell  string
}

// String formats the reference the way staff read it: 测评表.xlsx 党员测评!E12.
func (r CellRef) String() string {
	switch {
	case r.Sheet == "":
		return r.File
	case r.Cell == "":
		return r.File + " " + r.Sheet
	}
	return r.File + " " + r.Sheet + "!" + r.Cell
}

// IsZero reports whether r points nowhere.
func (r CellRef) IsZero() bool { return r == CellRef{} }

// Severity says whether a diagnostic stops document generation.
type Severity int

const (
	Warning Severity = iota // reported; generation goes on
	Error                   // generation stops
)

func (s Severity) String() string {
	if s == Error {
		return "错误"
	}
	return "提醒"
}

// Diagnostic is one problem found in the input or while deciding. Every stage
// collects them instead of stopping at the first.
type Diagnostic struct {
	Severity Severity
	Ref      CellRef
	Problem  string // what is wrong, in Chinese
	Value    string // the value as typed, if any
	Fix      string // how to fix it, in Chinese
}

// String renders the diagnostic as 文件 工作表!单元格：问题（值：…） → 怎么改.
func (d Diagnostic) String() string {
	s := d.Ref.String()
	if s != "" {
		s += "："
	}
	s += d.Problem
	if d.Value != "" {
		s += "（值：" + d.Value + "）"
	}
	if d.Fix != "" {
		s += " → " + d.Fix
	}
	return s
}

// Diagnostics is an ordered list of problems.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an Error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Count returns the number of errors and warnings.
func (ds Diagnostics) Count() (errors, warnings int) {
	for _, d := range ds {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// Date is a calendar date as staff typed it; Day is 0 when only the month is known
// (2010.06, 201006), and such precision is kept.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date in the 公文 style: 2010年6月28日, or 2010年6月.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Day == 0:
		return fmt.Sprintf("%d年%d月", d.Year, d.Month)
	}
	return fmt.Sprintf("%d年%d月%d日", d.Year, d.Month, d.Day)
}

// Before orders dates; a month-precision date counts as the first of its month.
func (d Date) Before(e Date) bool {
	a := d.Year*10000 + d.Month*100 + d.Day
	b := e.Year*10000 + e.Month*100 + e.Day
	return a < b
}

// DaysIn returns the number of days in month m of year y (Gregorian).
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// OrgType is the kind of a party organisation.
type OrgType string

const (
	PartyCommittee  OrgType = "党委"
	GeneralBranch   OrgType = "党总支"
	Branch          OrgType = "党支部"
	DirectBranch    OrgType = "直属党支部"
	JointBranch     OrgType = "联合党支部"
	TemporaryBranch OrgType = "临时党支部"
)

// OrgTypes lists the accepted organisation types in the order of the contract.
var OrgTypes = []OrgType{PartyCommittee, GeneralBranch, Branch, DirectBranch, JointBranch, TemporaryBranch}

// IsBranch reports whether members belong directly to organisations of this
// type: 党支部, 直属党支部, 联合党支部 and 临时党支部.
func (t OrgType) IsBranch() bool {
	switch t {
	case Branch, DirectBranch, JointBranch, TemporaryBranch:
		return true
	}
	return false
}

// Organisation is one row of the 党组织 sheet.
type Organisation struct {
	Name      string
	Type      OrgType
	Parent    string // 上级组织; empty for the top 党委
	Secretary string // 书记
	Category  string // 教工, 学生, 机关, 离退休, 其他
	Order     int    // position in the sheet, 0-based: "组织名称 order as listed"
	Ref       CellRef
	// Code is the optional 组织代码: it stays when a name changes, so that
	// last year's results find a renamed organisation (issue 19).
	Code string
}

// MemberType is 正式党员 or 预备党员.
type MemberType string

const (
	FullMember      MemberType = "正式党员"
	ProbationMember MemberType = "预备党员"
)

// Member is one row of the 党员 sheet, joined to its assessment.
type Member struct {
	Name      string
	Gender    string
	Ethnicity string
	Birth     Date
	IDNumber  string // 18 characters, check digit verified, x folded to X
	JoinDate  Date   // 入党时间
	Type      MemberType
	Branch    string // 所在党支部, an Organisation name
	Category  string // 人员类别
	Post      string // 职务
	Order     int    // position in the sheet, 0-based
	Ref       CellRef

	// Assessment is the member's row in 党员测评, or nil when there is none.
	Assessment *MemberAssessment
}

// Votes are the democratic-evaluation ballot counts.
type Votes struct {
	Excellent, Qualified, Basic, Unqualified int
}

// Total is the number of valid ballots.
func (v Votes) Total() int { return v.Excellent + v.Qualified + v.Basic + v.Unqualified }

// MemberAssessment is one row of the 党员测评 sheet. Numbers are exact rationals
// parsed from the decimal text of the cell; nil means the cell was blank.
// Cells with the same number share one *big.Rat (here and in OrgAssessment
// and QuarterScore): numbers from a Dataset are read-only.
type MemberAssessment struct {
	Name     string
	Branch   string
	IDNumber string
	Scores   map[string]*big.Rat // by dimension name as configured (自评, 互评, …)
	Votes    Votes
	HasVotes bool   // false when all four vote cells were blank
	Sanction string // 处分情况; "无" when blank
	Remark   string
	Columns  Columns // every column by normalised header, for configured conditions on any column
	Ref      CellRef // the row (cell of 姓名)
}

// OrgAssessment is one row of the 组织测评 sheet.
type OrgAssessment struct {
	Name         string
	Items        map[string]*big.Rat // by item name as configured (领导班子好, …)
	Satisfaction *big.Rat            // 群众满意率 as a fraction (0.92); nil if blank
	Remark       string
	Columns      Columns
	Ref          CellRef
}

// Header is the normalised column headers of a sheet, shared by all its rows.
type Header struct {
	File, Sheet string
	Keys        []string // normalised header text, unique, in sheet order
	Cols        []int    // column of each key, 1-based
	index       map[string]int
}

// NewHeader indexes the headers of a sheet; keys must be unique and cols as long.
func NewHeader(file, sheet string, keys []string, cols []int) *Header {
	h := &Header{File: file, Sheet: sheet, Keys: keys, Cols: cols, index: make(map[string]int, len(keys))}
	for i, k := range keys {
		h.index[k] = i
	}
	return h
}

// Columns is one row's value of every column of its sheet, by normalised
// header (a row of a shared Header instead of a map per row). Where a value
// came from is computed on demand by Ref.
type Columns struct {
	Header *Header  // nil: no columns
	Row    int      // sheet row, 1-based
	Values []string // by Header.Keys index; "" when the cell is blank
}

func (c Columns) pos(key string) int {
	if c.Header == nil {
		return -1
	}
	if i, ok := c.Header.index[key]; ok && i < len(c.Values) {
		return i
	}
	return -1
}

// Get returns the cleaned text of the column with the normalised header key;
// ok is false when the sheet has no such column.
func (c Columns) Get(key string) (value string, ok bool) {
	if i := c.pos(key); i >= 0 {
		return c.Values[i], true
	}
	return "", false
}

// Ref returns the cell of the column in this row, or the zero CellRef when
// the sheet has no such column.
func (c Columns) Ref(key string) CellRef {
	i := c.pos(key)
	if i < 0 {
		return CellRef{}
	}
	return CellRef{File: c.Header.File, Sheet: c.Header.Sheet, Cell: CellName(c.Header.Cols[i], c.Row)}
}

// Map returns the columns as a map by normalised header.
func (c Columns) Map() map[string]string {
	m := map[string]string{}
	if c.Header != nil {
		for i, k := range c.Header.Keys {
			if i < len(c.Values) {
				m[k] = c.Values[i]
			}
		}
	}
	return m
}

// CellName formats column col and row as an A1 reference: (5, 12) → "E12".
func CellName(col, row int) string {
	var b [24]byte
	i := len(b)
	for r := row; ; {
		i--
		b[i] = byte('0' + r%10)
		r /= 10
		if r == 0 {
			break
		}
	}
	for c := col; c > 0; {
		c--
		i--
		b[i] = byte('A' + c%26)
		c /= 26
	}
	return string(b[i:])
}

// QuarterScore is one row of the optional 季度考核 sheet.
type QuarterScore struct {
	Org     string
	Year    int
	Quarter int // 1–4
	Score   *big.Rat
	Remark  string
	Ref     CellRef
}

// InputFile records a workbook the batch read.
type InputFile struct {
	Path   string // as given on the command line
	Name   string // base name
	SHA256 string // hex
	Size   int64
}

// Dataset is everything read from the input workbooks, joined and checked.
type Dataset struct {
	Inputs          []InputFile
	Orgs            []Organisation
	Members         []Member
	OrgAssessments  []OrgAssessment
	Quarters        []QuarterScore
	HasQuarterSheet bool
}

// Org returns the organisation with the given name, or nil.
func (d *Dataset) Org(name string) *Organisation {
	for i := range d.Orgs {
		if d.Orgs[i].Name == name {
			return &d.Orgs[i]
		}
	}
	return nil
}
