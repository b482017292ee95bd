package config

import (
	"strconv"
	"strings"
	"testing"

	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet"
)

// sheetInfo is a 单位信息 sheet with the given rows filled (key → text), the
// rows at B3, B4 … in UnitFields order as init writes them.
func sheetInfo(values map[string]string) *sheet.UnitInfo {
	info := &sheet.UnitInfo{File: "花名册.xlsx", Sheet: "单位信息", Roster: "花名册.xlsx",
		Values: map[string]sheet.UnitValue{}, Rows: map[string]model.CellRef{}}
	for i, f := range sheet.UnitFields {
		ref := model.CellRef{File: "花名册.xlsx", Sheet: "单位信息", Cell: "B" + strconv.Itoa(i+3)}
		info.Rows[f.Key] = ref
		text, ok := values[f.Key]
		if !ok {
			continue
		}
		v := sheet.UnitValue{Text: text, Ref: ref}
		switch f.Kind {
		case sheet.UnitYear:
			v.Year = atoiTest(text)
		case sheet.UnitDate:
			parts := strings.FieldsFunc(text, func(r rune) bool { return r == '-' })
			v.Date = model.Date{Year: atoiTest(parts[0]), Month: atoiTest(parts[1]), Day: atoiTest(parts[2])}
			v.Text = v.Date.String()
		case sheet.UnitList:
			v.List = strings.Split(text, "、")
		case sheet.UnitCount:
			v.Count = atoiTest(text)
		}
		info.Values[f.Key] = v
	}
	return info
}

func atoiTest(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

var filled = map[string]string{
	"unit.name": "中共青山湖区某某中学委员会", "unit.year": "2024", "unit.issue_date": "2024-12-28",
	"decision.number": "青中党发〔2024〕3号", "branch_notice.number": "青中党函〔2024〕5号",
	"unit.office": "中共青山湖区某某中学委员会办公室", "unit.campaign": "创先争优活动", "unit.code": "QSZX",
	"decision.cc": "区委组织部、区委教育工委",
}

func with(m map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			delete(out, kv[i])
		} else {
			out[kv[i]] = kv[i+1]
		}
	}
	return out
}

func yamlConfig(t *testing.T, unit string) *Config {
	t.Helper()
	c, err := Parse([]byte(unit), "/office/pingyou.yaml", "/office")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestResolveUnit(t *testing.T) {
	type want struct {
		sev     model.Severity // the most severe problem; 0 none
		cell    string         // where it points (file or file+sheet!cell)
		problem string
	}
	tests := []struct {
		name  string
		cfg   func(t *testing.T) *Config
		info  *sheet.UnitInfo
		check func(t *testing.T, c *Config, o []Origin)
		want  []want
	}{
		{name: "nothing anywhere", cfg: func(*testing.T) *Config { return Builtin() },
			info: &sheet.UnitInfo{Roster: "花名册.xlsx"},
			want: []want{
				{model.Error, "花名册.xlsx", "没有找到“单位信息”工作表，也没有配置文件（pingyou.yaml），不能确定以哪个单位的名义发文；缺少：发文机关、评议年度、成文日期、表彰决定发文字号、支部通知发文字号、印发机关、活动名称、单位代码"},
				{model.Error, "花名册.xlsx", "缺少“发文机关”（unit.name）"},
			}},
		{name: "sheet only", cfg: func(*testing.T) *Config { return Builtin() }, info: sheetInfo(filled),
			check: func(t *testing.T, c *Config, o []Origin) {
				if c.Unit.Name != filled["unit.name"] || c.Decision.Mark != "中共青山湖区某某中学委员会文件" ||
					c.Decision.Title != "中共青山湖区某某中学委员会关于表彰2024年度先进基层党组织和优秀共产党员的决定" ||
					c.BranchNotice.Title != "关于{支部}2024年度民主评议党员结果的通知" || c.BranchNotice.Mark != c.Unit.Name ||
					c.Unit.PrintDate != c.Unit.IssueDate || c.Unit.ShortName != c.Unit.Name || len(c.Decision.CC) != 2 {
					t.Errorf("resolved %+v %+v %+v", c.Unit, c.Decision, c.BranchNotice)
				}
				if o[0].Key != "unit.name" || o[0].From != "花名册.xlsx 单位信息!B3" {
					t.Errorf("origin of 发文机关: %+v", o[0])
				}
			}},
		{name: "a blank row points at its cell", cfg: func(*testing.T) *Config { return Builtin() },
			info: sheetInfo(with(filled, "unit.office", "")),
			want: []want{{model.Error, "花名册.xlsx 单位信息!B9", "没有填写“印发机关”"}}},
		{name: "sheet and file disagree", cfg: func(t *testing.T) *Config {
			return yamlConfig(t, "unit:\n  name: 中共江城师范学院委员会\n")
		}, info: sheetInfo(filled),
			want: []want{{model.Error, "花名册.xlsx 单位信息!B3", "“发文机关”与 pingyou.yaml 第2行 unit.name 中的“中共江城师范学院委员会”不一致"}}},
		{name: "sheet and file agree", cfg: func(t *testing.T) *Config {
			return yamlConfig(t, "unit:\n  name: 中共青山湖区某某中学委员会\n  year: 2024\n")
		}, info: sheetInfo(filled)},
		{name: "file only, one key missing", cfg: func(t *testing.T) *Config {
			return yamlConfig(t, "unit:\n  name: 中共某某委员会\n  year: 2024\n  issue_date: 2024-12-28\n  office: 中共某某委员会办公室\n  campaign: 创先争优活动\n  code: MS\ndecision:\n  number: 某党发〔2024〕1号\n")
		}, info: &sheet.UnitInfo{Roster: "花名册.xlsx"},
			want: []want{{model.Error, "花名册.xlsx", "缺少“支部通知发文字号”（branch_notice.number）"}}},
		{name: "the sample by name", cfg: func(*testing.T) *Config { return Default() }, info: &sheet.UnitInfo{Roster: "花名册.xlsx"},
			check: func(t *testing.T, c *Config, o []Origin) {
				if c.Unit.Name != "中共江城师范学院委员会" || o[0].From != "内置示例配置 第9行 unit.name" {
					t.Errorf("sample: %q from %q", c.Unit.Name, o[0].From)
				}
			}},
		{name: "a red head in another name", cfg: func(*testing.T) *Config { return Builtin() },
			info: sheetInfo(with(filled, "decision.mark", "中共江城师范学院委员会文件")),
			want: []want{{model.Error, "花名册.xlsx 单位信息!B14", "“发文机关标志”“中共江城师范学院委员会文件”中既没有发文机关"}}},
		{name: "last year's number", cfg: func(*testing.T) *Config { return Builtin() },
			info: sheetInfo(with(filled, "decision.number", "青中党发〔2023〕3号")),
			want: []want{{model.Warning, "花名册.xlsx 单位信息!B7", "中的年份 2023 与成文日期 2024年12月28日 不是同一年"}}},
		{name: "unknown placeholder", cfg: func(*testing.T) *Config { return Builtin() },
			info: sheetInfo(with(filled, "decision.title", "{单位}关于表彰的决定")),
			want: []want{{model.Error, "花名册.xlsx 单位信息!B15", "不认识的占位符 {单位}"}}},
	}
	for _, tt := range tests {
		c := tt.cfg(t)
		origins, diags := c.ResolveUnit(tt.info, CLIHelp)
		if len(tt.want) == 0 && len(diags) > 0 {
			t.Errorf("%s: unexpected problems %v", tt.name, diags)
		}
		for _, w := range tt.want {
			found := false
			for _, d := range diags {
				if d.Severity == w.sev && d.Ref.String() == w.cell && strings.Contains(d.Problem, w.problem) && d.Fix != "" {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: want %s at %q: %q; got\n%v", tt.name, w.sev, w.cell, w.problem, strings.Join(lines(diags), "\n"))
			}
		}
		if tt.check != nil && !diags.HasErrors() {
			tt.check(t, c, origins)
		}
	}
}

func lines(ds model.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Severity.String()+" "+d.String())
	}
	return out
}

// publicityRows are the 单位信息 rows a 公示 needs, and the issuer's.
var publicityRows = map[string]string{
	"unit.name": "中共青山湖区某某中学委员会", "unit.year": "2024",
	"publicity.start": "2024-12-16", "publicity.contact": "王老师", "publicity.phone": "010-12345678",
}

// TestResolveUnitForPublicity: the 公示 alone needs the issuer, the year
// and its own rows, not the decision's 发文字号 or 成文日期 (not known yet);
// a full run needs the 公示's rows only when it makes one (its start is
// given); a 公示 period an office would not post is a 提醒.
func TestResolveUnitForPublicity(t *testing.T) {
	type want struct {
		sev     model.Severity
		cell    string
		problem string
	}
	tests := []struct {
		name  string
		cfg   func(t *testing.T) *Config
		info  *sheet.UnitInfo
		stage Stage
		check func(t *testing.T, c *Config, o []Origin)
		want  []want
		not   []string // problems that must not be reported
	}{
		{name: "nothing anywhere", cfg: func(*testing.T) *Config { return Builtin() }, stage: StagePublicity,
			info: &sheet.UnitInfo{Roster: "花名册.xlsx"},
			want: []want{
				{model.Error, "花名册.xlsx", "没有找到“单位信息”工作表，也没有配置文件（pingyou.yaml），不能生成拟表彰对象公示；缺少：发文机关、评议年度、公示开始日期、公示联系人、公示联系电话"},
				{model.Error, "花名册.xlsx", "缺少“公示开始日期”（publicity.start）"},
			},
			not: []string{"发文字号", "成文日期", "印发机关"}},
		{name: "the 公示's rows are enough for the 公示", cfg: func(*testing.T) *Config { return Builtin() }, stage: StagePublicity,
			info: sheetInfo(publicityRows),
			check: func(t *testing.T, c *Config, o []Origin) {
				if c.Publicity.Organ != "中共青山湖区某某中学委员会" || c.Publicity.Days != 5 {
					t.Errorf("defaults: organ %q, days %d", c.Publicity.Organ, c.Publicity.Days)
				}
				var keys []string
				for _, x := range o {
					keys = append(keys, x.Key)
				}
				if got := strings.Join(keys, " "); got != "unit.name unit.year publicity.start publicity.days publicity.organ publicity.contact publicity.phone" {
					t.Errorf("settings listed for the 公示: %s", got)
				}
			}},
		{name: "a blank 公示 row points at its cell", cfg: func(*testing.T) *Config { return Builtin() }, stage: StagePublicity,
			info: sheetInfo(with(publicityRows, "publicity.phone", "")),
			want: []want{{model.Error, "花名册.xlsx 单位信息!B22", "没有填写“公示联系电话”"}}},
		{name: "the same rows do not make a full run", cfg: func(*testing.T) *Config { return Builtin() }, stage: StageAll,
			info: sheetInfo(publicityRows),
			want: []want{{model.Error, "花名册.xlsx 单位信息!B7", "没有填写“表彰决定发文字号”"}}},
		{name: "a full run without a 公示 needs none of its rows", cfg: func(*testing.T) *Config { return Builtin() }, stage: StageAll,
			info: sheetInfo(filled), not: []string{"公示"},
			check: func(t *testing.T, c *Config, o []Origin) {
				for _, x := range o {
					if strings.HasPrefix(x.Key, "publicity.") {
						t.Errorf("a 公示 setting listed without a 公示: %+v", x)
					}
				}
			}},
		{name: "a full run with a 公示 needs its contact", cfg: func(*testing.T) *Config { return Builtin() }, stage: StageAll,
			info: sheetInfo(with(filled, "publicity.start", "2024-12-16")),
			want: []want{{model.Error, "花名册.xlsx 单位信息!B21", "没有填写“公示联系人”"}}},
		{name: "a blank key in the file names its line", cfg: func(t *testing.T) *Config {
			return yamlConfig(t, "unit:\n  name: 中共某某委员会\n  year: 2024\npublicity:\n  start: 2024-12-16\n  contact: \"\"\n  phone: 010-12345678\n")
		}, stage: StagePublicity, info: &sheet.UnitInfo{Roster: "花名册.xlsx"},
			want: []want{{model.Error, "pingyou.yaml", "第6行 publicity.contact：没有填写“公示联系人”"}}},
		{name: "organ from the unit's name", cfg: func(t *testing.T) *Config {
			return yamlConfig(t, "publicity:\n  organ: \"{发文机关}组织部\"\n")
		}, stage: StagePublicity, info: sheetInfo(publicityRows),
			check: func(t *testing.T, c *Config, o []Origin) {
				if c.Publicity.Organ != "中共青山湖区某某中学委员会组织部" {
					t.Errorf("organ %q", c.Publicity.Organ)
				}
			}},
		// 2024-12-14 is a Saturday (GNU date).
		{name: "from a Saturday", cfg: func(*testing.T) *Config { return Builtin() }, stage: StagePublicity,
			info: sheetInfo(with(publicityRows, "publicity.start", "2024-12-14")),
			want: []want{{model.Warning, "花名册.xlsx 单位信息!B18", "“公示开始日期”是星期六"}}},
		{name: "three days", cfg: func(*testing.T) *Config { return Builtin() }, stage: StagePublicity,
			info: sheetInfo(with(publicityRows, "publicity.days", "3")),
			want: []want{{model.Warning, "花名册.xlsx 单位信息!B19", "“公示工作日数”为 3，少于通常的 5 个工作日"}}},
		// 2024-12-16 (Monday) + 5 working days ends on Friday 2024-12-20.
		{name: "decision before the 公示 is over", cfg: func(*testing.T) *Config { return Builtin() }, stage: StageAll,
			info: sheetInfo(with(filled, "publicity.start", "2024-12-16", "publicity.contact", "王老师", "publicity.phone", "010-12345678",
				"unit.issue_date", "2024-12-20")),
			want: []want{{model.Warning, "花名册.xlsx 单位信息!B6", "“成文日期”不在公示期满（2024年12月20日）之后"}}},
		{name: "decision after the 公示", cfg: func(*testing.T) *Config { return Builtin() }, stage: StageAll,
			info: sheetInfo(with(filled, "publicity.start", "2024-12-16", "publicity.contact", "王老师", "publicity.phone", "010-12345678",
				"unit.issue_date", "2024-12-23")),
			not: []string{"公示"}},
	}
	for _, tt := range tests {
		c := tt.cfg(t)
		origins, diags := c.ResolveUnitFor(tt.info, CLIHelp, tt.stage)
		if len(tt.want) == 0 && diags.HasErrors() {
			t.Errorf("%s: unexpected problems %v", tt.name, lines(diags))
		}
		for _, w := range tt.want {
			found := false
			for _, d := range diags {
				if d.Severity == w.sev && d.Ref.String() == w.cell && strings.Contains(d.Problem, w.problem) && d.Fix != "" {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: want %s at %q: %q; got\n%v", tt.name, w.sev, w.cell, w.problem, strings.Join(lines(diags), "\n"))
			}
		}
		for _, no := range tt.not {
			for _, d := range diags {
				if strings.Contains(d.Problem, no) {
					t.Errorf("%s: %q reported: %s", tt.name, no, d.String())
				}
			}
		}
		if tt.check != nil && !diags.HasErrors() {
			tt.check(t, c, origins)
		}
	}
}
