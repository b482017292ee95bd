// Command gen writes the sample organisation in samples/: a fictional school
// party committee (中共江城师范学院委员会) with its 党总支 and 党支部, their members,
// and a year of assessments, as the two workbooks office staff keep
// (花名册.xlsx, 测评表.xlsx) in the form ../shared/spec/inputs.md describes.
//
//	go run ./samples/gen -members 800 -seed 2012 -o samples
//
// The output is a function of the flags only: the same flags give byte-identical
// files. Special cases the other stages must handle (rare characters, names for
// 姓氏笔画 ordering, score and quota boundaries, exact ties) are planted
// deterministically and listed on standard output.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"
)

type config struct {
	Members  int
	Branches int // 0: about 30 for 800 members, members/33 + 6 in general
	Seed     uint64
	Out      string
	Year     int
	// Units > 0 makes a department instead (dept.go): Members split over
	// Units units, each in its own folder.
	Units  int
	School string // the unit's school; "": schoolName

	infoSheet bool        // a department's unit: settings in the 单位信息 sheet
	unitInfo  []unitField // a department's unit: its settings
}

func (c *config) defaults() {
	if c.Branches == 0 {
		c.Branches = max(10, (c.Members+16)/33+6)
	}
	if c.School == "" {
		c.School = schoolName
	}
}

// unitName is the unit's 党委, as the 党组织 sheet and its documents name it.
func (c *config) unitName() string { return "中共" + c.School + "委员会" }

func main() {
	var cfg config
	flag.IntVar(&cfg.Members, "members", 800, "党员人数")
	flag.IntVar(&cfg.Branches, "branches", 0, "党支部数（含直属、联合党支部）；0 表示按人数估计（800 人约 30 个）")
	flag.Uint64Var(&cfg.Seed, "seed", 2012, "随机种子")
	flag.StringVar(&cfg.Out, "o", "samples", "输出目录")
	flag.IntVar(&cfg.Year, "year", 2012, "年度")
	flag.IntVar(&cfg.Units, "units", 0, "生成部门：党员分到这么多个单位（每个单位一个文件夹，另有 部门.yaml）；0 表示只生成一个单位")
	flag.Parse()
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// Output file names.
const (
	rosterFile     = "花名册.xlsx"
	assessmentFile = "测评表.xlsx"
)

func run(cfg config, report io.Writer) error {
	if cfg.Units > 0 {
		return department(cfg, report)
	}
	cfg.defaults()
	if cfg.Year < 1980 || cfg.Year > 2100 {
		return fmt.Errorf("年度 %d 不合理", cfg.Year)
	}
	u, err := build(cfg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return err
	}
	// Fixed document times, derived from the year: the books are "closed" at year end.
	stamp := time.Date(cfg.Year, 12, 31, 9, 0, 0, 0, time.UTC)
	props := func(title string) *excelize.DocProperties {
		return &excelize.DocProperties{
			Title: title, Creator: cfg.School + "党委组织部", LastModifiedBy: cfg.School + "党委组织部",
			Created: stamp.Format(time.RFC3339), Modified: stamp.Format(time.RFC3339), Language: "zh-CN",
			Description: "pingyou 示例数据（虚构），由 samples/gen 生成",
		}
	}
	y := fmt.Sprintf("%d年", cfg.Year)
	if err := writeBook(filepath.Join(cfg.Out, rosterFile), stamp, props(cfg.School+"党员花名册（"+y+"）"), u.rosterSheets()); err != nil {
		return err
	}
	if err := writeBook(filepath.Join(cfg.Out, assessmentFile), stamp, props(cfg.School+y+"度民主评议和党组织考核"), u.assessmentSheets()); err != nil {
		return err
	}
	u.summary(report)
	return nil
}

func date(d day) time.Time { return d.time() }

func hundredths(v int) float64 { return float64(v) / 100 }

func (u *unit) rosterSheets() []sheet {
	y := fmt.Sprintf("（%d年）", u.cfg.Year)
	var info []sheet
	if u.cfg.infoSheet {
		info = append(info, u.unitInfoSheet())
	}
	return append(info, []sheet{
		{
			name: "党组织", title: u.cfg.School + "基层党组织名册" + y,
			cols: []column{{"组织名称", 44, fmtText}, {"组织类型", 12, fmtText}, {"上级组织", 30, fmtText},
				{"书记", 12, fmtText}, {"组织类别", 10, fmtText}},
			rows: func(emit func(...any) error) error {
				for _, o := range u.orgs {
					if err := emit(o.name, o.typ, blank(o.parent), o.secretary, blank(o.category)); err != nil {
						return err
					}
				}
				return nil
			},
		},
		{
			name: "党员", title: u.cfg.School + "党员花名册" + y,
			cols: []column{{"姓名", 14, fmtText}, {"性别", 6, fmtText}, {"民族", 9, fmtText},
				{"出生日期", 12, fmtDate}, {"身份证号", 21, fmtTextID}, {"入党时间", 12, fmtDate},
				{"党员类型", 10, fmtText}, {"所在党支部", 40, fmtText}, {"人员类别", 12, fmtText},
				{"职务", 20, fmtText}},
			rows: func(emit func(...any) error) error {
				for _, m := range u.members {
					kind := "正式党员"
					if m.prob {
						kind = "预备党员"
					}
					if err := emit(m.name, m.gender, m.ethnic, date(m.birth), m.id, date(m.joined), kind,
						u.orgs[m.branch].name, m.category, blank(m.post)); err != nil {
						return err
					}
				}
				return nil
			},
		},
	}...)
}

func (u *unit) assessmentSheets() []sheet {
	y := u.cfg.Year
	return []sheet{
		{
			name: "党员测评", title: fmt.Sprintf("%s%d年度民主评议党员测评汇总表", u.cfg.School, y),
			cols: []column{{"姓名", 14, fmtText}, {"所在党支部", 40, fmtText}, {"身份证号", 21, fmtTextID},
				{"自评", 8, fmtNumber}, {"互评", 8, fmtNumber}, {"群众评议", 10, fmtNumber}, {"组织评价", 10, fmtNumber},
				{"优秀票", 8, fmtNumber}, {"合格票", 8, fmtNumber}, {"基本合格票", 11, fmtNumber}, {"不合格票", 10, fmtNumber},
				{"处分情况", 14, fmtText}, {"备注", 20, fmtText}},
			rows: func(emit func(...any) error) error {
				for _, m := range u.members {
					if err := emit(m.name, u.orgs[m.branch].name, m.id,
						hundredths(m.s[0]), hundredths(m.s[1]), hundredths(m.s[2]), hundredths(m.s[3]),
						m.votes[0], m.votes[1], m.votes[2], m.votes[3], m.sanction, blank(m.note)); err != nil {
						return err
					}
				}
				return nil
			},
		},
		{
			name: "组织测评", title: fmt.Sprintf("%s%d年度基层党组织“五个好”测评表", u.cfg.School, y),
			cols: []column{{"组织名称", 44, fmtText}, {"领导班子好", 11, fmtNumber}, {"党员队伍好", 11, fmtNumber},
				{"工作机制好", 11, fmtNumber}, {"工作业绩好", 11, fmtNumber}, {"群众反映好", 11, fmtNumber},
				{"群众满意率", 11, fmtPercent}, {"备注", 20, fmtText}},
			rows: func(emit func(...any) error) error {
				for _, o := range u.orgs {
					if o.typ == typeCommittee {
						continue
					}
					v := make([]any, 0, 8)
					v = append(v, o.name)
					for _, it := range o.items {
						v = append(v, float64(it)/2)
					}
					v = append(v, float64(o.satisfaction)/100, blank(o.note))
					if err := emit(v...); err != nil {
						return err
					}
				}
				return nil
			},
		},
		{
			name: "季度考核", title: fmt.Sprintf("%s%d年度党支部季度考核（流动红旗）得分表", u.cfg.School, y),
			cols: []column{{"组织名称", 44, fmtText}, {"季度", 16, fmtText}, {"考核得分", 10, fmtOneDec}, {"备注", 20, fmtText}},
			rows: func(emit func(...any) error) error {
				for _, o := range u.orgs {
					if !o.branchLevel {
						continue
					}
					for q, s := range o.quarters {
						if err := emit(o.name, quarterLabel(y, q, o.qform), float64(s)/10, nil); err != nil {
							return err
						}
					}
				}
				return nil
			},
		},
	}
}

// blank maps "" to an empty cell.
func blank(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// summary prints the counts and the planted special cases.
func (u *unit) summary(w io.Writer) {
	types := map[string]int{}
	longest := ""
	for _, o := range u.orgs {
		types[o.typ]++
		if runeLen(o.name) > runeLen(longest) {
			longest = o.name
		}
	}
	prob := 0
	for _, m := range u.members {
		if m.prob {
			prob++
		}
	}
	branches, binding := 0, 0
	for _, o := range u.orgs {
		if !o.branchLevel {
			continue
		}
		branches++
		graded, cand := 0, 0
		for _, mi := range o.members {
			m := u.members[mi]
			if !m.prob {
				graded++
				if m.candidate() {
					cand++
				}
			}
		}
		if cand > max(1, graded*15/100) {
			binding++
		}
	}
	fmt.Fprintf(w, "%s：党组织 %d 个（党委 %d，党总支 %d，党支部 %d，直属党支部 %d，联合党支部 %d）\n",
		u.cfg.unitName(), len(u.orgs), types[typeCommittee], types[typeGeneral], types[typeBranch], types[typeDirect], types[typeJoint])
	fmt.Fprintf(w, "党员 %d 名，其中预备党员 %d 名（%.1f%%）；优秀候选多于名额的党支部 %d/%d\n",
		len(u.members), prob, float64(prob*1000/len(u.members))/10, binding, branches)
	fmt.Fprintf(w, "最长组织名称（%d 字）：%s\n", runeLen(longest), longest)
	for _, n := range u.notes {
		fmt.Fprintln(w, "- "+n)
	}
}
