package sheet

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// books is the good input, editable per test case.
//
// 党组织: A组织名称 B组织类型 C上级组织 D书记 E组织类别; data rows 3–7.
// 党员: A序号 B姓名 C性别 D民族 E出生日期 F身份证号 G入党时间 H党员类型
// I所在党支部 J人员类别 K职务; data rows 3–6.
// 党员测评: A姓名 B所在党支部 C身份证号 D自评 E互评 F群众评议 G组织评价
// H优秀票 I合格票 J基本合格票 K不合格票 L处分情况 M备注; data rows 3–6.
// 组织测评: A组织名称 B–F items G群众满意率 H备注; data rows 2–4.
type books struct {
	orgs, members, assess, orgAssess [][]any
	memberEdit, assessEdit           func(f *excelize.File, s string)
	orgAssessEdit                    func(f *excelize.File, s string)
	hiddenMembers                    bool
	extra                            []sheetSpec // more sheets in 测评表.xlsx
}

func newBooks() *books {
	return &books{orgs: orgRows(), members: memberRows(), assess: assessRows(), orgAssess: orgAssessRows()}
}

func (b *books) write(t testing.TB, dir string) []string {
	return []string{
		writeBook(t, dir, "花名册.xlsx", sheetSpec{Name: "党组织", Rows: b.orgs},
			sheetSpec{Name: "党员", Rows: b.members, Edit: b.memberEdit, Hidden: b.hiddenMembers}),
		writeBook(t, dir, "测评表.xlsx", append([]sheetSpec{{Name: "党员测评", Rows: b.assess, Edit: b.assessEdit},
			{Name: "组织测评", Rows: b.orgAssess, Edit: b.orgAssessEdit}}, b.extra...)...),
	}
}

// want is one expected diagnostic.
type want struct {
	sev     model.Severity
	ref     string // 工作表!单元格, or 工作表 for a whole sheet, or "" for the dataset
	problem string // substring of Problem
	value   string // exact Value, when not "-"
}

func W(ref, problem string) want { return want{model.Warning, ref, problem, "-"} }

// ballots adds three members to 机关直属党支部 (rows 7–9 of both sheets),
// whose ballots total 13 like 王五's; the last has the given counts.
func ballots(excellent, qualified, basic, unqualified int) func(b *books) {
	return func(b *books) {
		for i, n := range []string{"赵六", "孙七", "周八"} {
			b.members = append(b.members, []any{5 + i, n, "男", "汉族", "", "", "2001-07-01", "正式党员", "机关直属党支部"})
			v := []any{5, 8, 0, 0}
			if i == 1 {
				v = []any{3, 9, 1, 0}
			}
			if i == 2 {
				v = []any{excellent, qualified, basic, unqualified}
			}
			b.assess = append(b.assess, append([]any{n, "机关直属党支部", "", 80, 80, 80, 80}, v...))
		}
	}
}

// year2012 sets the evaluation year and issue date of the samples.
func year2012(o *Options)          { o.Year, o.AsOf = 2012, model.Date{Year: 2012, Month: 6, Day: 28} }
func E(ref, problem string) want   { return want{model.Error, ref, problem, "-"} }
func (w want) V(value string) want { w.value = value; return w }

// badCase is one workbook of the bad-input corpus: the good books with an
// edit, the diagnostics Read must give, and checks of what it read.
type badCase struct {
	name  string
	edit  func(b *books)
	opt   func(o *Options)
	want  []want // exactly these diagnostics, in this order
	check func(t *testing.T, ds *model.Dataset)
}

// write writes the case's workbooks into dir.
func (c badCase) write(t testing.TB, dir string) []string {
	b := newBooks()
	if c.edit != nil {
		c.edit(b)
	}
	if c.name == "missing sheet" {
		return []string{writeBook(t, dir, "花名册.xlsx", sheetSpec{Name: "党组织", Rows: b.orgs}, sheetSpec{Name: "党员", Rows: b.members}),
			writeBook(t, dir, "测评表.xlsx", sheetSpec{Name: "党员测评", Rows: b.assess})}
	}
	return b.write(t, dir)
}

func TestBadWorkbooks(t *testing.T) {
	for _, c := range badCases() {
		t.Run(c.name, func(t *testing.T) {
			opt := SampleOptions()
			if c.opt != nil {
				c.opt(&opt)
			}
			wants := c.want
			if c.name == "missing sheet" {
				wants = []want{E("", "没有找到“组织测评”表（在 花名册.xlsx、测评表.xlsx 中找过，没有哪张工作表的表头有 组织名称、领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好 这些列）")}
			}
			paths := c.write(t, t.TempDir())
			ds, diags, err := Read(paths, opt)
			if err != nil {
				t.Fatal(err)
			}
			ok := len(diags) == len(wants)
			for i := 0; ok && i < len(wants); i++ {
				w, d := wants[i], diags[i]
				ref := d.Ref.Sheet
				if d.Ref.Cell != "" {
					ref += "!" + d.Ref.Cell
				}
				if d.Severity != w.sev || ref != w.ref || !strings.Contains(d.Problem, w.problem) || (w.value != "-" && d.Value != w.value) || d.Fix == "" {
					ok = false
				}
				if w.ref != "" && d.Ref.File == "" {
					ok = false
				}
			}
			if !ok {
				var ws []string
				for _, w := range wants {
					ws = append(ws, fmt.Sprintf("%v %s %s %s", w.sev, w.ref, w.problem, w.value))
				}
				t.Errorf("got:\n%swant:\n%s", diagLines(diags), strings.Join(ws, "\n"))
			}
			if c.check != nil && ds != nil {
				c.check(t, ds)
			}
			checkXLSParity(t, paths, opt, ds, diags) // the same workbooks as .xls
		})
	}
}

// badCases is the bad-input corpus (also run through check and run by
// checkrun_test.go).
func badCases() []badCase {
	return []badCase{
		// text
		{name: "text trimmed", edit: func(b *books) {
			b.members[3][8] = "\u00a0文学院教工党支部\u3000\n"
			b.members[3][3] = " 汉族 "
		}, check: func(t *testing.T, ds *model.Dataset) {
			if m := ds.Members[1]; m.Branch != "文学院教工党支部" || m.Ethnicity != "汉族" {
				t.Errorf("not trimmed: %q %q", m.Branch, m.Ethnicity)
			}
		}},
		{name: "branch spelled with spaces and full-width", edit: func(b *books) { b.members[3][8] = "文学院 教工党支部" },
			want: []want{W("党员!I4", "写法“文学院教工党支部”不完全一样").V("文学院 教工党支部")}},
		// names
		{name: "name with space", edit: func(b *books) { b.members[2][1] = "张 三"; b.assess[2][0] = "张　三" },
			want: []want{W("党员!B3", "姓名中间有空格").V("张 三"), W("党员测评!A3", "姓名中间有空格").V("张　三")},
			check: func(t *testing.T, ds *model.Dataset) {
				if ds.Members[0].Name != "张三" || ds.Members[0].Assessment == nil {
					t.Errorf("name %q, joined %v", ds.Members[0].Name, ds.Members[0].Assessment != nil)
				}
			}},
		{name: "minority name dots", edit: func(b *books) { b.members[4][1] = "买买提•艾力"; b.assess[4][0] = "买买提．艾力" },
			check: func(t *testing.T, ds *model.Dataset) {
				if ds.Members[2].Name != "买买提·艾力" || ds.Members[2].Assessment == nil {
					t.Errorf("name %q", ds.Members[2].Name)
				}
			}},
		// invisible, direction-changing and unprintable characters in names
		{name: "direction control in a name", edit: func(b *books) { b.members[2][1] = "张\u202E三" },
			want: []want{E("党员!B3", "姓名中有看不见的文字方向控制符（U+202E），屏幕上显示的顺序与实际保存的文字不一样").V("张[U+202E]三")},
			check: func(t *testing.T, ds *model.Dataset) {
				if ds.Members[0].Name != "张三" || ds.Members[0].Assessment == nil {
					t.Errorf("name kept as %q", ds.Members[0].Name)
				}
			}},
		{name: "spoofed extension in an organisation name", edit: func(b *books) {
			b.orgAssess[1][0] = "\u2066文学院教工党支部\u2069"
			b.assess[4][1] = "文学院学生党支部\u202Efdp.exe"
		}, want: []want{E("党员测评!A5", "在党员表中找不到这个人"),
			E("党员测评!B5", "所在党支部中有看不见的文字方向控制符（U+202E）").V("文学院学生党支部[U+202E]fdp.exe"),
			E("组织测评!A2", "组织名称中有看不见的文字方向控制符（U+2066）").V("[U+2066]文学院教工党支部[U+2069]")}},
		{name: "trailing right-to-left mark", edit: func(b *books) { b.assess[2][0] = "张三\u200F" },
			want: []want{E("党员测评!A3", "姓名中有看不见的文字方向控制符（U+200F）").V("张三[U+200F]")}},
		{name: "zero-width space in a branch name", edit: func(b *books) { b.members[3][8] = "文学院教工\u200B党支部" },
			want: []want{W("党员!I4", "所在党支部中有看不见的字符（U+200B），已去掉").V("文学院教工[U+200B]党支部")},
			check: func(t *testing.T, ds *model.Dataset) {
				if ds.Members[1].Branch != "文学院教工党支部" {
					t.Errorf("branch %q", ds.Members[1].Branch)
				}
			}},
		{name: "soft hyphen and zero-width joiner in a name", edit: func(b *books) { b.members[5][1] = "王\u00AD五\u200D" },
			want: []want{W("党员!B6", "姓名中有看不见的字符（U+00AD），已去掉").V("王[U+00AD]五")}},
		{name: "only invisible characters", edit: func(b *books) { b.members[2][1] = "\u00AD\u200E" },
			want: []want{E("党员!B3", "姓名只有看不见的字符").V("[U+00AD][U+200E]"), E("党员测评!A3", "在党员表中找不到这个人")}},
		{name: "emoji in a name", edit: func(b *books) { b.members[3][1] = "李四😀" },
			want: []want{E("党员!B4", "姓名中有表情符号“😀”（U+1F600），公文和证书的字体中没有这个符号").V("李四😀")}},
		{name: "emoji presentation of a symbol", edit: func(b *books) { b.assess[3][0] = "李四❤️" },
			want: []want{E("党员测评!A4", "姓名中有表情符号“❤”（U+2764）").V("李四❤[U+FE0F]")}},
		{name: "flag in an organisation name", edit: func(b *books) { b.orgs[6][0] = "机关直属党支部🇨🇳"; b.orgs[6][1] = "直属党支部" },
			want: []want{E("党组织!A7", "组织名称中有表情符号“🇨”（U+1F1E8）")}},
		{name: "private-use character in a name", edit: func(b *books) { b.orgs[4][3] = "赵\uE000" },
			want: []want{E("党组织!D5", "书记中有私用区字符（U+E000，多半是造字程序造的字）").V("赵[U+E000]")}},
		{name: "rare character and symbol: for the fonts to decide", edit: func(b *books) {
			b.members[2][1] = "𠀀三"
			b.assess[2][0] = "𠀀三"
			b.orgs[4][3] = "赵★"
		}},
		// ballots: members of one branch are rated by the same voters
		{name: "优秀票 typed as 1300", edit: ballots(1300, 2, 0, 0),
			want: []want{E("党员测评!H9", "优秀票 1300 张，比本支部的投票人数（约 13 人，即本支部各人选票合计的中位数）还多").V("优秀1300、合格2、基本合格0、不合格0，合计1302")}},
		{name: "优秀票 above the voters", edit: ballots(17, 0, 0, 0),
			want: []want{E("党员测评!H9", "优秀票 17 张，比本支部的投票人数（约 13 人")}},
		{name: "ballot total under half the branch's", edit: ballots(1, 2, 0, 0),
			want: []want{E("党员测评!H9", "选票合计 3 张，与本支部通常的 13 张相差一倍以上").V("优秀1、合格2、基本合格0、不合格0，合计3")}},
		{name: "ballot total twice the branch's", edit: ballots(3, 23, 0, 0),
			want: []want{E("党员测评!I9", "选票合计 26 张，与本支部通常的 13 张相差一倍以上")}},
		{name: "ballot total somewhat off", edit: ballots(3, 14, 0, 0),
			want: []want{W("党员测评!I9", "选票合计 17 张，与本支部通常的 13 张相差较多").V("优秀3、合格14、基本合格0、不合格0，合计17")}},
		{name: "two blank ballots are normal", edit: ballots(3, 8, 0, 0)},
		// numbers
		{name: "full-width digits and spaces", edit: func(b *books) { b.assess[2][3] = "９５"; b.assess[2][4] = " 90 " },
			check: func(t *testing.T, ds *model.Dataset) {
				a := ds.Members[0].Assessment
				if a.Scores["自评"].RatString() != "95" || a.Scores["互评"].RatString() != "90" {
					t.Errorf("scores %v", a.Scores)
				}
			}},
		{name: "float drift of a number cell", edit: func(b *books) { b.assess[2][5] = 89.49999999999999 },
			check: func(t *testing.T, ds *model.Dataset) {
				if s := ds.Members[0].Assessment.Scores["群众评议"].RatString(); s != "179/2" {
					t.Errorf("got %s", s)
				}
			}},
		{name: "95分", edit: func(b *books) { b.assess[3][4] = "95分" },
			want: []want{W("党员测评!E4", "多了“分”字").V("95分")},
			check: func(t *testing.T, ds *model.Dataset) {
				if s := ds.Members[1].Assessment.Scores["互评"].RatString(); s != "95" {
					t.Errorf("got %s", s)
				}
			}},
		{name: "九十", edit: func(b *books) { b.assess[4][5] = "九十" }, want: []want{E("党员测评!F5", "不是阿拉伯数字").V("九十")}},
		{name: "缺考", edit: func(b *books) { b.assess[5][6] = "缺考" }, want: []want{E("党员测评!G6", "填了文字").V("缺考")}},
		{name: "5O", edit: func(b *books) { b.assess[2][3] = "5O" }, want: []want{E("党员测评!D3", "混入了字母").V("5O")}},
		{name: "score above max", edit: func(b *books) { b.assess[2][3] = 105 }, want: []want{E("党员测评!D3", "超过满分 100").V("105")}},
		{name: "negative score", edit: func(b *books) { b.orgAssess[1][2] = -1 }, want: []want{E("组织测评!C2", "不能为负数").V("-1")}},
		{name: "item above max", edit: func(b *books) { b.orgAssess[1][1] = 21 }, want: []want{E("组织测评!B2", "超过满分 20")}},
		{name: "votes not whole", edit: func(b *books) { b.assess[2][7] = 2.5 }, want: []want{E("党员测评!H3", "整数").V("2.5")}},
		{name: "formula without a cached value", edit: func(b *books) {
			// excelize writes the formula and no <v>: nothing calculated it.
			b.assessEdit = func(f *excelize.File, s string) { f.SetCellFormula(s, "D4", "80+5") }
			b.assess[3][3] = nil
		}, want: []want{E("党员测评!D4", "公式没有计算结果").V("=80+5")}},
		{name: "formula without a cached value in a required text column", edit: func(b *books) {
			b.memberEdit = func(f *excelize.File, s string) { f.SetCellFormula(s, "I5", `"文学院"&"学生党支部"`) }
			b.members[4][8] = nil
		}, want: []want{E("党员!I5", "公式没有计算结果").V(`="文学院"&"学生党支部"`), E("党员测评!A5", "在党员表中找不到这个人")}},
		// percent
		{name: "percent forms", edit: func(b *books) {
			b.orgAssess[1][6] = "92%"
			b.orgAssess[2][6] = 0.92
			b.orgAssess[3][6] = 92
		}, check: func(t *testing.T, ds *model.Dataset) {
			for _, o := range ds.OrgAssessments {
				if o.Satisfaction.RatString() != "23/25" {
					t.Errorf("%s: %s", o.Name, o.Satisfaction.RatString())
				}
			}
		}},
		{name: "percent bare 1", edit: func(b *books) { b.orgAssess[2][6] = 1 }, want: []want{E("组织测评!G3", "看不出是 1% 还是 100%").V("1")}},
		{name: "percent-formatted 100%", edit: func(b *books) {
			b.orgAssess[2][6] = 1
			b.orgAssessEdit = func(f *excelize.File, s string) {
				st, _ := f.NewStyle(&excelize.Style{NumFmt: 9})
				f.SetCellStyle(s, "G3", "G3", st)
			}
		}, check: func(t *testing.T, ds *model.Dataset) {
			if r := ds.OrgAssessments[1].Satisfaction.RatString(); r != "1" {
				t.Errorf("got %s", r)
			}
		}},
		// dates
		{name: "date forms", edit: func(b *books) {
			b.members[2][4] = time.Date(1990, 3, 7, 0, 0, 0, 0, time.UTC) // an Excel date serial
			b.members[3][6] = "2010/6/28"
			b.members[4][6] = "2010.6.28"
			b.members[5][6] = 201006 // typed into a General cell: a number
			b.members[4][4] = "1992.01.15"
		}, check: func(t *testing.T, ds *model.Dataset) {
			got := fmt.Sprint(ds.Members[0].Birth, ds.Members[1].JoinDate, ds.Members[2].JoinDate, ds.Members[3].JoinDate, ds.Members[2].Birth)
			if got != "1990年3月7日 2010年6月28日 2010年6月28日 2010年6月 1992年1月15日" {
				t.Error(got)
			}
		}},
		{name: "date 2010.10 as a number", edit: func(b *books) { b.members[3][6] = 2010.10 },
			want: []want{E("党员!G4", "分不清是1月还是10月").V("2010.1")}},
		{name: "no such day", edit: func(b *books) { b.members[3][6] = "2010-02-30" }, want: []want{E("党员!G4", "没有这一天").V("2010-02-30")}},
		{name: "not a date", edit: func(b *books) { b.members[3][6] = "前年" }, want: []want{E("党员!G4", "看不出是哪一天").V("前年")}},
		// impossible dates (the evaluation year and issue date come from the config)
		{name: "joined after the evaluation year", edit: func(b *books) { b.members[2][6] = "2099-01-01" }, opt: year2012,
			want: []want{E("党员!G3", "入党时间（2099年1月1日）晚于评议年度（2012年）").V("2099-01-01")}},
		{name: "joined after the year but before a later issue date", edit: func(b *books) { b.members[2][6] = "2013-01-05" },
			opt: func(o *Options) { o.Year, o.AsOf = 2012, model.Date{Year: 2013, Month: 1, Day: 10} }},
		{name: "joined after a later issue date", edit: func(b *books) { b.members[2][6] = "2013年2月" },
			opt:  func(o *Options) { o.Year, o.AsOf = 2012, model.Date{Year: 2013, Month: 1, Day: 10} },
			want: []want{E("党员!G3", "入党时间（2013年2月）晚于成文日期（2013年1月10日）").V("2013年2月")}},
		{name: "born after the evaluation year", edit: func(b *books) { b.members[5][4] = "2013-01-01" }, opt: year2012,
			want: []want{E("党员!E6", "出生日期（2013年1月1日）晚于评议年度（2012年）").V("2013-01-01")}},
		{name: "joined before birth", edit: func(b *books) { b.members[2][6] = "1989-05-01" }, opt: year2012,
			want: []want{E("党员!G3", "入党时间（1989年5月1日）早于出生日期（1990年3月7日）").V("1989-05-01")}},
		{name: "joined at 16", edit: func(b *books) { b.members[2][6] = "2006-06-01" },
			want: []want{E("党员!G3", "入党时未满18岁（出生于1990年3月7日，入党时间2006年6月1日）").V("2006-06-01")}},
		{name: "joined the day before the 18th birthday", edit: func(b *books) { b.members[2][6] = "2008-03-06" },
			want: []want{E("党员!G3", "入党时未满18岁")}},
		{name: "joined on the 18th birthday", edit: func(b *books) { b.members[2][6] = "2008-03-07" }},
		{name: "joined in the month of the 18th birthday", edit: func(b *books) { b.members[2][6] = "2008年3月" }},
		{name: "joined at 17, birth from the ID number", edit: func(b *books) { b.members[4][4] = nil; b.members[4][6] = "2009-06-01" },
			want: []want{E("党员!G5", "入党时未满18岁（出生于1992年1月15日，入党时间2009年6月1日）")}},
		{name: "joined at 16 before 1949", edit: func(b *books) { b.members[5][4] = "1930-05-01"; b.members[5][6] = "1946年3月" },
			want: []want{W("党员!G6", "入党时未满18岁（出生于1930年5月1日，入党时间1946年3月）").V("1946年3月")}},
		{name: "birth disagrees with ID", edit: func(b *books) { b.members[2][4] = "1990-03-08" },
			want: []want{W("党员!E3", "与身份证号中的出生日期（1990年3月7日）不一致")}},
		// 身份证号
		{name: "id lower-case x", edit: func(b *books) {
			b.members[2][5] = "11010519491231002x"
			b.members[2][4] = "1949-12-31"
			b.members[2][2] = "女"
			b.assess[2][2] = "11010519491231002X"
		}, check: func(t *testing.T, ds *model.Dataset) {
			if ds.Members[0].IDNumber != "11010519491231002X" || ds.Members[0].Assessment == nil {
				t.Errorf("%q", ds.Members[0].IDNumber)
			}
		}},
		{name: "id bad check digit", edit: func(b *books) { b.members[2][5] = "110101199003071234" },
			want: []want{E("党员!F3", "校验不通过").V("110101199003071234")}},
		{name: "id as number", edit: func(b *books) { b.members[2][5] = 110101199003071233; b.assess[2][2] = "" },
			want: []want{E("党员!F3", "当成了数字")}},
		{name: "id scientific text", edit: func(b *books) { b.members[2][5] = "1.10101E+17"; b.assess[2][2] = "" },
			want: []want{E("党员!F3", "当成了数字").V("1.10101E+17")}},
		{name: "id wrong length", edit: func(b *books) { b.members[2][5] = "11010119900307123" },
			want: []want{E("党员!F3", "应为18位，这里是17位")}},
		{name: "id differs between sheets", edit: func(b *books) { b.assess[2][2] = "110101199105010028" },
			want: []want{W("党员!B3", "没有这位正式党员的测评"), W("党员测评!A3", "姓名与党员表第4行（同一身份证号）的“李四”不一致"), E("党员测评!A4", "与本表第3行是同一个人，重复测评")}},
		// choices
		{name: "gender", edit: func(b *books) { b.members[2][2] = "M" }, want: []want{E("党员!C3", "性别应为“男”或“女”").V("M")}},
		{name: "gender disagrees with ID", edit: func(b *books) { b.members[2][2] = "女性" }, want: []want{W("党员!C3", "性别与身份证号")}},
		{name: "member type", edit: func(b *books) { b.members[2][7] = "积极分子" }, want: []want{E("党员!H3", "正式党员”或“预备党员").V("积极分子")}},
		{name: "member type blank", edit: func(b *books) { b.members[2][7] = nil }, want: []want{W("党员!H3", "党员类型为空，按正式党员处理")}},
		{name: "sanction", edit: func(b *books) { b.assess[2][11] = "记过" }, want: []want{E("党员测评!L3", "处分情况不在列表中").V("记过")}},
		{name: "org type", edit: func(b *books) { b.orgs[4][1] = "支委" }, want: []want{E("党组织!B5", "组织类型不对").V("支委")}},
		{name: "org category", edit: func(b *books) { b.orgs[4][4] = "教师" }, want: []want{W("党组织!E5", "组织类别不在列表中").V("教师")}},
		// rows
		{name: "blank row in the middle and a note below", edit: func(b *books) {
			m := b.members
			b.members = append(append(append([][]any{}, m[:4]...), []any{}), m[4:]...)
			b.members = append(b.members, []any{}, []any{nil, "填表人：王小二"}, []any{"注：身份证号请设为文本格式"})
		}},
		{name: "lone name after a blank row is data", edit: func(b *books) {
			b.members = append(b.members, []any{}, []any{nil, "赵六"})
		}, want: []want{W("党员!H8", "党员类型为空"), E("党员!I8", "所在党支部为空")}},
		{name: "hidden row", edit: func(b *books) {
			b.memberEdit = func(f *excelize.File, s string) { f.SetRowVisible(s, 4, false) }
		}, want: []want{W("党员!A4", "第4行被隐藏了"), E("党员测评!A4", "在党员表中找不到这个人")}},
		{name: "hidden sheet", edit: func(b *books) {
			b.extra = []sheetSpec{{Name: "季度考核", Rows: [][]any{{"组织名称", "季度", "考核得分"}, {"机关直属党支部", "2012Q1", 90}}, Hidden: true}}
		}, want: []want{W("季度考核", "被隐藏了，已跳过")}},
		{name: "merged branch cells", edit: func(b *books) {
			b.members[3][8] = nil
			b.memberEdit = func(f *excelize.File, s string) { f.MergeCell(s, "I3", "I4") }
		}, check: func(t *testing.T, ds *model.Dataset) {
			if ds.Members[1].Branch != "文学院教工党支部" {
				t.Errorf("merged cell not filled: %q", ds.Members[1].Branch)
			}
		}},
		{name: "headers with markers, in another order, title rows", edit: func(b *books) {
			hdr := []any{"姓 名*", "所在\n支部（必填）", "身份证号码", "自评", "互评", "群众评议", "组织评价", "优秀票", "合格票", "基本合格票", "不合格票", "处分情况", "备注"}
			b.assess = append([][]any{{"说明：本表由各支部填写"}, {}}, b.assess...)
			b.assess[3] = hdr
		}, check: func(t *testing.T, ds *model.Dataset) {
			if ds.Members[0].Assessment == nil || ds.Members[0].Assessment.Ref.Cell != "A5" {
				t.Error("not joined")
			}
		}},
		{name: "two-level header", edit: func(b *books) {
			b.assess[1] = []any{"姓名", "所在党支部", "身份证号", "自评", "互评", "群众评议", "组织评价", "得票情况", nil, nil, nil, "处分情况", "备注"}
			b.assess = append(b.assess[:2], append([][]any{{nil, nil, nil, nil, nil, nil, nil, "优秀票", "合格票", "基本合格票", "不合格票"}}, b.assess[2:]...)...)
		}, check: func(t *testing.T, ds *model.Dataset) {
			if a := ds.Members[0].Assessment; a == nil || a.Votes.Excellent != 12 || a.Ref.Cell != "A4" {
				t.Errorf("%+v", a)
			}
		}},
		{name: "missing required column", edit: func(b *books) {
			for _, r := range b.assess {
				if len(r) > 5 {
					r[5] = nil
				}
			}
		}, want: []want{E("党员测评!A2", "表头（第2行）缺少必填列：群众评议")}},
		{name: "missing sheet", edit: func(b *books) { b.orgAssess = nil; b.extra = nil },
			opt: nil, want: nil /* replaced below */},
		// joins and hierarchy
		{name: "unknown branch", edit: func(b *books) { b.members[3][8] = "理学院党支部"; b.assess[3][1] = "理学院党支部" },
			want: []want{E("党员!I4", "所在党支部“理学院党支部”不在党组织表中")}},
		{name: "member in a 党总支", edit: func(b *books) { b.members[3][8] = "文学院党总支"; b.assess[3][1] = "文学院党总支" },
			want: []want{E("党员!I4", "“文学院党总支”是党总支，党员应填到具体的党支部")}},
		{name: "same name same branch without id", edit: func(b *books) {
			b.members = append(b.members, []any{5, "王五", "男", "汉族", "", "", "", "正式党员", "机关直属党支部"})
		}, want: []want{W("党员!B6", "没有这位正式党员的测评"), E("党员!B7", "与第6行同名同支部（王五），没有身份证号无法区分"),
			W("党员!B7", "没有这位正式党员的测评"), E("党员测评!A6", "党员表中有2位同名同支部的党员（第6行、第7行）")}},
		{name: "assessment without member", edit: func(b *books) {
			b.assess = append(b.assess, []any{"陈七", "机关直属党支部", "", 90, 90, 90, 90})
		}, want: []want{E("党员测评!A7", "在党员表中找不到这个人").V("陈七")}},
		{name: "duplicate assessment", edit: func(b *books) {
			b.assess = append(b.assess, []any{"王五", "机关直属党支部", "", 90, 90, 90, 90})
		}, want: []want{E("党员测评!A7", "与本表第6行是同一个人，重复测评")}},
		{name: "member without assessment", edit: func(b *books) { b.assess = b.assess[:5] },
			want: []want{W("党员!B6", "没有这位正式党员的测评，将列为不评定等次").V("王五")}},
		{name: "probationary member without assessment is fine", edit: func(b *books) {
			b.assess = append(b.assess[:4], b.assess[5])
		}},
		{name: "unknown parent", edit: func(b *books) { b.orgs[3][2] = "中共江城师范学院党委" },
			want: []want{E("党组织!C4", "上级组织“中共江城师范学院党委”不在党组织表中")}},
		{name: "cycle", edit: func(b *books) { b.orgs[2][2] = "文学院党总支" },
			want: []want{W("党组织", "没有最上级的党委"), E("党组织!C3", "上级组织形成了循环：中共江城师范学院委员会 → 文学院党总支 → 中共江城师范学院委员会")}},
		{name: "branch under a branch", edit: func(b *books) { b.orgs[5][2] = "文学院教工党支部" },
			want: []want{E("党组织!C6", "是党支部，党支部下面不能再设组织")}},
		{name: "duplicate org", edit: func(b *books) {
			b.orgs = append(b.orgs, []any{"文学院学生党支部", "党支部", "文学院党总支"})
		},
			want: []want{E("党组织!A8", "组织名称与第6行重复")}},
		{name: "org assessment unknown org", edit: func(b *books) { b.orgAssess[3][0] = "机关党支部" },
			want: []want{W("党组织!A7", "组织测评表中没有这个党支部的测评"), E("组织测评!A4", "组织“机关党支部”不在党组织表中")}},
		{name: "quarters", edit: func(b *books) {
			b.extra = []sheetSpec{{Name: "季度考核", Rows: [][]any{
				{"组织名称", "季度", "考核得分"},
				{"机关直属党支部", "2012Q1", 90},
				{"机关直属党支部", "2012年第一季度", 91},
				{"文学院党总支", "2012Q1", 80},
				{"文学院学生党支部", "2012上半年", 80},
				{"文学院教工党支部", "2012Q1", nil},
			}}}
		}, want: []want{E("季度考核!A3", "与第2行是同一组织同一季度"), W("季度考核!A4", "流动红旗只在党支部之间评比"),
			E("季度考核!B5", "看不出是哪个季度"), E("季度考核!C6", "考核得分为空")}},
	}
}

// TestFormulaCells: a formula cell counts by its cached value; an error
// value (#DIV/0!) is reported; a formula that no program calculated (no <v>,
// or an empty one as openpyxl writes it) is reported as such, once per cell,
// while a formula whose text result is empty (t="str", <v></v>) is a blank.
// Both XML paths (the fast scanner and encoding/xml, which a CDATA section
// forces) give the same diagnostics.
func TestFormulaCells(t *testing.T) {
	for _, slow := range []bool{false, true} {
		dir := t.TempDir()
		paths := newBooks().write(t, dir)
		raw, err := os.ReadFile(paths[1])
		if err != nil {
			t.Fatal(err)
		}
		cell := func(s, ref, repl string) string {
			return regexp.MustCompile(`<c r="`+ref+`"[^>]*>.*?</c>`).ReplaceAllString(s, repl)
		}
		patched := patchZip(t, raw, "xl/worksheets/sheet1.xml", func(s string) string {
			s = cell(s, "D3", `<c r="D3"><f>90+5</f><v>95</v></c>`)
			s = cell(s, "E3", `<c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c>`)
			s = cell(s, "F3", `<c r="F3"><f>80+5</f></c>`)
			s = cell(s, "G3", `<c r="G3"><f>SUM(D3:F3)/3</f><v></v></c>`)
			s = cell(s, "M3", `<c r="M3" t="str"><f>IF(D3&gt;0,"","缺")</f><v></v></c>`)
			s = cell(s, "F4", `<c r="F4"><f t="shared" ref="F4:F5" si="0"/></c>`)
			// 姓名: only the formula is reported, not also 姓名为空 (买买提·艾力 is a
			// 预备党员, so no missing-assessment warning either).
			s = cell(s, "A5", `<c r="A5" t="str"><f>VLOOKUP(C5,花名册!A:B,2,0)</f></c>`)
			if slow {
				s = strings.Replace(s, "</sheetData>", `<row r="30"><c r="N30" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row></sheetData>`, 1)
			}
			return s
		})
		if err := os.WriteFile(paths[1], patched, 0o644); err != nil {
			t.Fatal(err)
		}
		ds, diags, err := Read(paths, SampleOptions())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range diags {
			got = append(got, d.Severity.String()+" "+d.Ref.Cell+" "+d.Problem+" "+d.Value)
		}
		const noCache = "公式没有计算结果（保存这个文件的程序没有计算公式）"
		want := []string{
			"错误 E3 互评是公式错误值 #DIV/0!",
			"错误 F3 " + noCache + " =80+5",
			"错误 G3 " + noCache + " =SUM(D3:F3)/3",
			"错误 F4 " + noCache + " （共享公式）",
			"错误 A5 " + noCache + " =VLOOKUP(C5,花名册!A:B,2,0)",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("slow=%v: got\n%s\nwant\n%s", slow, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if s := ds.Members[0].Assessment.Scores["自评"]; s == nil || s.RatString() != "95" {
			t.Errorf("cached value not used: %v", s)
		}
		if r := ds.Members[0].Assessment.Remark; r != "" {
			t.Errorf("empty text result read as %q", r)
		}
	}
}
