package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// A department (issue 19): -units N splits -members over N units of
// different sizes (from half to one and a half times the mean), each a
// school's 党委 in its own folder with its workbooks and its unit settings
// (pingyou.yaml for even-numbered units, the 单位信息 sheet for odd ones),
// and a 部门.yaml for the province's organisation department above them.
//
//	go run ./samples/gen -units 200 -members 1000000 -o bench/tmp/dept-1m

// Department names.
const (
	deptName  = "中共江河省委组织部"
	deptShort = "江河省委组织部"
)

var (
	cities      = []string{"江城", "河阳", "东山", "南湖", "北川", "西岭", "青石", "白沙", "云溪", "临江", "金水", "长丰", "桃源", "松原", "柳州", "石门", "清河", "凤鸣", "龙泉", "安平"}
	schoolTypes = []string{"师范学院", "理工学院", "医学院", "财经学院", "职业技术学院", "外国语学院", "农业大学", "艺术学院", "工业大学", "政法学院", "交通学院", "体育学院"}
)

// school is the i-th unit's school: every city with every kind of school.
func school(i int) string {
	n := len(cities) * len(schoolTypes)
	s := cities[i%len(cities)] + schoolTypes[(i/len(cities))%len(schoolTypes)]
	if rep := i / n; rep > 0 {
		s += "第" + chineseOrdinal(rep+1) + "分院"
	}
	return s
}

// unitSizes splits total over n units, deterministically by seed: weights
// from 50 to 150, rounded so that they add up to total.
func unitSizes(total, n int, seed uint64) []int {
	r := newRNG(seed, 0xd1b54a32d192ed03)
	w := make([]int, n)
	sum := 0
	for i := range w {
		w[i] = r.between(50, 150)
		sum += w[i]
	}
	sizes := make([]int, n)
	left := total
	for i := range sizes {
		sizes[i] = total * w[i] / sum
		left -= sizes[i]
	}
	for i := 0; left > 0; i = (i + 1) % n {
		sizes[i]++
		left--
	}
	return sizes
}

func department(cfg config, report io.Writer) error {
	if cfg.Units > 10000 {
		return fmt.Errorf("单位数 %d 太多", cfg.Units)
	}
	sizes := unitSizes(cfg.Members, cfg.Units, cfg.Seed)
	for i, n := range sizes {
		if n < 140 {
			return fmt.Errorf("%d 名党员分到 %d 个单位，第 %d 个只有 %d 名；每个单位至少要 140 名（-members 至少 %d）", cfg.Members, cfg.Units, i+1, n, 140*cfg.Units*3/2)
		}
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return err
	}
	for i, n := range sizes {
		uc := cfg
		uc.Units, uc.Members, uc.Branches = 0, n, 0
		uc.School = school(i)
		uc.Seed = cfg.Seed + uint64(i)*7919
		uc.Out = filepath.Join(cfg.Out, uc.School)
		uc.infoSheet = i%2 == 1
		uc.unitInfo = unitInfo(uc, i)
		if err := run(uc, io.Discard); err != nil {
			return fmt.Errorf("%s：%w", uc.School, err)
		}
		if !uc.infoSheet {
			if err := os.WriteFile(filepath.Join(uc.Out, "pingyou.yaml"), []byte(unitYAML(uc.unitInfo)), 0o644); err != nil {
				return err
			}
		}
		fmt.Fprintf(report, "%s：党员 %d 名（%s）\n", uc.unitName(), n, map[bool]string{true: "单位信息表", false: "pingyou.yaml"}[uc.infoSheet])
	}
	y := cfg.Year
	dy := fmt.Sprintf(`# %s的民主评议党员汇总配置（samples/gen 生成，虚构）
department:
  name: %s
  short_name: %s
  year: %d
limits:
  excellent: 15%%
  commended: 10%%
  advanced: 10%%
notice:
  mark: %s文件
  number: 江组发〔%d〕3号
  title: 关于%d年度民主评议党员工作情况的通报
  recipients: 各高校党委：
  issue_date: %d-01-15
  office: %s办公室
`, deptName, deptName, deptShort, y, deptName, y+1, y, y+1, deptName)
	if err := os.WriteFile(filepath.Join(cfg.Out, "部门.yaml"), []byte(dy), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(report, "%s：%d 个单位，党员 %d 名\n", deptName, cfg.Units, cfg.Members)
	return nil
}

// unitField is one unit setting: its 单位信息 label, its config key, value.
type unitField struct{ label, section, key, value string }

func unitInfo(c config, i int) []unitField {
	y := c.Year
	abbr := string([]rune(c.School)[:1]) + string(firstRune(strings.TrimPrefix(c.School, string([]rune(c.School)[:2]))))
	return []unitField{
		{"发文机关", "unit", "name", c.unitName()},
		{"简称", "unit", "short_name", c.School + "党委"},
		{"评议年度", "unit", "year", fmt.Sprint(y)},
		{"成文日期", "unit", "issue_date", fmt.Sprintf("%d-06-28", y)},
		{"表彰决定发文字号", "decision", "number", fmt.Sprintf("%s党发〔%d〕15号", abbr, y)},
		{"支部通知发文字号", "branch_notice", "number", fmt.Sprintf("%s党函〔%d〕8号", abbr, y)},
		{"印发机关", "unit", "office", c.unitName() + "办公室"},
		{"活动名称", "unit", "campaign", "创先争优活动"},
		{"单位代码", "unit", "code", fmt.Sprintf("U%03d", i+1)},
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// unitYAML is a unit's pingyou.yaml with its settings only (the built-in
// scheme applies).
func unitYAML(fields []unitField) string {
	var b strings.Builder
	b.WriteString("# 单位信息（samples/gen 生成，虚构）；评议方案用内置示例方案\n")
	for _, sec := range []string{"unit", "decision", "branch_notice"} {
		b.WriteString(sec + ":\n")
		for _, f := range fields {
			if f.section == sec {
				fmt.Fprintf(&b, "  %s: %s\n", f.key, f.value)
			}
		}
	}
	return b.String()
}

// unitInfoSheet is the 单位信息 sheet with the unit's settings.
func (u *unit) unitInfoSheet() sheet {
	return sheet{
		name: "单位信息", title: u.cfg.unitName() + "单位信息",
		cols: []column{{"项目", 20, fmtText}, {"内容", 44, fmtText}},
		rows: func(emit func(...any) error) error {
			for _, f := range u.cfg.unitInfo {
				if err := emit(f.label, f.value); err != nil {
					return err
				}
			}
			return nil
		},
	}
}
