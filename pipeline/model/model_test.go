package model

import (
	"reflect"
	"testing"
)

// TestDiagnosticString: the printed form staff read, 文件 工作表!单元格：问题
// （值：…） → 怎么改, with each part left out when it is empty.
func TestDiagnosticString(t *testing.T) {
	cell := CellRef{File: "测评表.xlsx", Sheet: "党员测评", Cell: "E12"}
	tests := []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{Ref: cell, Problem: "自评分超出范围", Value: "120", Fix: "改为0到100之间的数"},
			"测评表.xlsx 党员测评!E12：自评分超出范围（值：120） → 改为0到100之间的数"},
		{Diagnostic{Ref: cell, Problem: "自评分为空"}, "测评表.xlsx 党员测评!E12：自评分为空"},
		{Diagnostic{Ref: CellRef{File: "花名册.xlsx", Sheet: "党员"}, Problem: "缺少“姓名”列", Fix: "在表头中加上“姓名”"},
			"花名册.xlsx 党员：缺少“姓名”列 → 在表头中加上“姓名”"},
		{Diagnostic{Ref: CellRef{File: "配置文件"}, Problem: "发文字号的括号应为六角括号〔〕", Value: "江师党发[2012]15号"},
			"配置文件：发文字号的括号应为六角括号〔〕（值：江师党发[2012]15号）"},
		{Diagnostic{Problem: "第3行：主题词已删去"}, "第3行：主题词已删去"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%+v:\n got %s\nwant %s", tt.d, got, tt.want)
		}
	}
}

func TestCellRef(t *testing.T) {
	tests := []struct {
		r    CellRef
		want string
		zero bool
	}{
		{CellRef{}, "", true},
		{CellRef{File: "花名册.xlsx"}, "花名册.xlsx", false},
		{CellRef{File: "花名册.xlsx", Sheet: "党员"}, "花名册.xlsx 党员", false},
		{CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: "B3"}, "花名册.xlsx 党员!B3", false},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want || tt.r.IsZero() != tt.zero {
			t.Errorf("%#v: String %q, IsZero %v; want %q, %v", tt.r, got, tt.r.IsZero(), tt.want, tt.zero)
		}
	}
}

func TestCellName(t *testing.T) {
	tests := []struct {
		col, row int
		want     string
	}{
		{1, 1, "A1"}, {5, 12, "E12"}, {26, 9, "Z9"}, {27, 100, "AA100"}, {52, 1, "AZ1"}, {53, 1, "BA1"},
		{702, 1, "ZZ1"}, {703, 1, "AAA1"}, {16384, 1048576, "XFD1048576"},
	}
	for _, tt := range tests {
		if got := CellName(tt.col, tt.row); got != tt.want {
			t.Errorf("CellName(%d, %d) = %s, want %s", tt.col, tt.row, got, tt.want)
		}
	}
}

func TestDiagnosticsCount(t *testing.T) {
	ds := Diagnostics{{Severity: Warning}, {Severity: Error}, {Severity: Warning}}
	if e, w := ds.Count(); e != 1 || w != 2 || !ds.HasErrors() {
		t.Errorf("Count = %d, %d, HasErrors %v; want 1, 2, true", e, w, ds.HasErrors())
	}
	if (Diagnostics{{Severity: Warning}}).HasErrors() || (Diagnostics{}).HasErrors() {
		t.Error("warnings alone are not errors")
	}
	if Error.String() != "错误" || Warning.String() != "提醒" {
		t.Errorf("severities print as %s, %s", Error, Warning)
	}
}

// TestDate: the 公文 style, month precision kept, and the order of dates
// where a month-precision date counts as the first of its month.
func TestDate(t *testing.T) {
	for _, tt := range []struct {
		d    Date
		want string
	}{
		{Date{}, ""}, {Date{2012, 6, 28}, "2012年6月28日"}, {Date{2010, 6, 0}, "2010年6月"}, {Date{2012, 12, 1}, "2012年12月1日"},
	} {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
	for _, tt := range []struct {
		a, b Date
		want bool
	}{
		{Date{2012, 6, 28}, Date{2012, 6, 29}, true},
		{Date{2012, 6, 29}, Date{2012, 6, 28}, false},
		{Date{2012, 6, 28}, Date{2012, 6, 28}, false},
		{Date{2011, 12, 31}, Date{2012, 1, 1}, true},
		{Date{2012, 6, 0}, Date{2012, 6, 1}, true},
		{Date{2012, 5, 31}, Date{2012, 6, 0}, true},
	} {
		if got := tt.a.Before(tt.b); got != tt.want {
			t.Errorf("%v.Before(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	for _, tt := range []struct{ y, m, want int }{
		{2012, 2, 29}, {2011, 2, 28}, {1900, 2, 28}, {2000, 2, 29}, {2012, 4, 30}, {2012, 12, 31},
	} {
		if got := DaysIn(tt.y, tt.m); got != tt.want {
			t.Errorf("DaysIn(%d, %d) = %d, want %d", tt.y, tt.m, got, tt.want)
		}
	}
}

// TestColumns: a row's values by normalised header, and the cell each came
// from; a column the sheet lacks is reported as missing, not as blank.
func TestColumns(t *testing.T) {
	h := NewHeader("测评表.xlsx", "党员测评", []string{"姓名", "自评", "备注"}, []int{2, 5, 9})
	c := Columns{Header: h, Row: 7, Values: []string{"张三", "95", ""}}
	if v, ok := c.Get("自评"); v != "95" || !ok {
		t.Errorf("Get(自评) = %q, %v", v, ok)
	}
	if v, ok := c.Get("备注"); v != "" || !ok {
		t.Errorf("Get(备注) = %q, %v; want a blank cell that exists", v, ok)
	}
	if _, ok := c.Get("互评"); ok {
		t.Error("Get(互评): the sheet has no such column")
	}
	if got := c.Ref("自评").String(); got != "测评表.xlsx 党员测评!E7" {
		t.Errorf("Ref(自评) = %s", got)
	}
	if !c.Ref("互评").IsZero() || !(Columns{}).Ref("自评").IsZero() {
		t.Error("Ref of a missing column is not the zero CellRef")
	}
	if got, want := c.Map(), map[string]string{"姓名": "张三", "自评": "95", "备注": ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("Map = %v, want %v", got, want)
	}
}

func TestOrgTypeIsBranch(t *testing.T) {
	want := map[OrgType]bool{PartyCommittee: false, GeneralBranch: false, Branch: true, DirectBranch: true, JointBranch: true, TemporaryBranch: true}
	for _, ty := range OrgTypes {
		if ty.IsBranch() != want[ty] {
			t.Errorf("%s.IsBranch() = %v", ty, ty.IsBranch())
		}
	}
	if len(OrgTypes) != len(want) {
		t.Errorf("OrgTypes has %d types, the test knows %d", len(OrgTypes), len(want))
	}
}

// TestTexts: values shared by name across records; a missing name or
// value reads as "".
func TestTexts(t *testing.T) {
	names := NewNames([]string{"综合得分", "自评", "优秀票率"})
	tx := Texts{Names: names, Values: []string{"92.35", "", "76.5%"}}
	if tx.Get("综合得分") != "92.35" || tx.Get("自评") != "" || tx.Get("互评") != "" {
		t.Errorf("Get: %q %q %q", tx.Get("综合得分"), tx.Get("自评"), tx.Get("互评"))
	}
	if got, want := tx.Map(), map[string]string{"综合得分": "92.35", "优秀票率": "76.5%"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Map = %v, want %v", got, want)
	}
	var none *Names
	if none.Index("x") != -1 || none.Len() != 0 || (Texts{}).Get("x") != "" {
		t.Error("a nil Names has no names")
	}
}

// TestWorkdaysEnd: the expected days were read off a calendar (GNU date
// +%a for each), not computed by the code under test.
func TestWorkdaysEnd(t *testing.T) {
	day := func(y, m, d int) Date { return Date{Year: y, Month: m, Day: d} }
	for _, tc := range []struct {
		start Date
		n     int
		want  Date
	}{
		{day(2012, 6, 18), 5, day(2012, 6, 22)}, // Monday to Friday
		{day(2012, 6, 15), 5, day(2012, 6, 21)}, // Friday, over a weekend, to Thursday
		{day(2012, 6, 16), 5, day(2012, 6, 22)}, // from a Saturday: Monday to Friday
		{day(2024, 6, 16), 1, day(2024, 6, 17)}, // one day from a Sunday: the Monday
		{day(2024, 6, 17), 7, day(2024, 6, 25)}, // seven: into the next week
		{day(2012, 12, 28), 5, day(2013, 1, 3)}, // over New Year (the holiday is not known)
		{day(2024, 2, 28), 3, day(2024, 3, 1)},  // over 29 February of a leap year
		{day(2024, 6, 21), 0, day(2024, 6, 21)}, // 0 counts as 1
	} {
		if got := tc.start.WorkdaysEnd(tc.n); got != tc.want {
			t.Errorf("%s + %d working days ends %s, want %s", tc.start, tc.n, got, tc.want)
		}
	}
	if !day(2012, 6, 16).Weekend() || !day(2012, 6, 17).Weekend() || day(2012, 6, 15).Weekend() {
		t.Error("Weekend: 2012-06-16/17 are Saturday and Sunday, 06-15 a Friday")
	}
}
