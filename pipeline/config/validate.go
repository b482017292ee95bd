package config

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"pingyou/pipeline/rules"
	"pingyou/pipeline/sheet"
)

// Ranges of the numbers a config may hold. Each bounds what a batch costs
// (a volume of book_pages pages, a number padded to a width) or rules out a
// value that cannot be meant (an offset of a metre prints off the paper).
const (
	MinYear, MaxYear   = 1949, 2200
	MaxOffsetMM        = 50      // 套打 offset, either way
	MaxBookPages       = 10000   // pages in one volume of a 合订本
	MaxNumberWidth     = 9       // digits a {序号:N} is padded to
	MaxQuota           = 1000000 // seats, min and max of a quota
	maxNumberTextRunes = 40      // a number written in the scheme
)

var placeholderRE = regexp.MustCompile(`\{([^{}:]*)(?::([^{}]*))?\}`)

// CertNumberFields are the placeholders certificates.number may use.
var CertNumberFields = []string{"单位代码", "年度", "类别", "序号", "姓名", "单位", "活动", "发证机关"}

// validate checks every setting that is written in the file (the unit
// settings may come from the 单位信息 sheet, so their presence is checked
// later, by ResolveUnit). Each problem names the line and the key.
func (c *Config) validate() []string {
	var problems []string
	add := func(path, format string, args ...any) {
		problems = append(problems, c.at(path)+"："+fmt.Sprintf(format, args...))
	}
	if y := c.Unit.Year; y != 0 && (y < MinYear || y > MaxYear) {
		add("unit.year", "评议年度应为 %d 到 %d 之间的四位年份（值：%d）", MinYear, MaxYear, y)
	}
	for _, o := range []struct {
		path string
		v    float64
		what string
	}{{"certificates.offset_x_mm", c.Certificates.OffsetX, "水平"}, {"certificates.offset_y_mm", c.Certificates.OffsetY, "垂直"}} {
		if math.IsNaN(o.v) || math.IsInf(o.v, 0) || math.Abs(o.v) > MaxOffsetMM {
			add(o.path, "套打%s偏移应为 -%d 到 %d 之间的毫米数（值：%s）", o.what, MaxOffsetMM, MaxOffsetMM, c.text(o.path, o.v))
		}
	}
	if p := c.Certificates.BookPages; p < 0 || p > MaxBookPages {
		add("certificates.book_pages", "合订本每册最多页数应为 1 到 %d 之间的整数（值：%d）", MaxBookPages, p)
	}
	problems = append(problems, c.checkPattern("certificates.number", c.Certificates.Number, CertNumberFields, "序号")...)
	if d := c.Publicity.Days; d != 0 && (d < sheet.MinPublicityDays || d > sheet.MaxPublicityDays) {
		add("publicity.days", "公示工作日数应为 %d 到 %d 之间的整数（值：%d）", sheet.MinPublicityDays, sheet.MaxPublicityDays, d)
	}
	if m := c.Publicity.SealMode; m != "" && m != SealModeSeal && m != SealModeNone {
		add("publicity.seal_mode", "不认识的印章方式 %s：可写 %s（加盖印章，默认）或 %s（不加盖印章）", m, SealModeSeal, SealModeNone)
	}
	for role, chain := range c.Fonts.Roles {
		for _, key := range chain {
			if _, ok := c.Fonts.Faces[key]; !ok {
				add("fonts.roles."+role, "用到的字体 %s 没有在 fonts.faces 中定义", key)
			}
		}
	}
	for _, p := range c.Output.formatProblems() {
		add("output.formats", "%s", p)
	}
	problems = append(problems, c.checkQuotas()...)
	problems = append(problems, c.checkNumberTexts()...)
	for _, p := range c.Scheme.Problems() {
		path, msg, ok := strings.Cut(p, "：")
		if ok && strings.HasPrefix(path, "scheme") {
			problems = append(problems, c.at(path)+"："+msg)
		} else {
			problems = append(problems, p)
		}
	}
	sort.SliceStable(problems, func(i, j int) bool { return lineOf(problems[i]) < lineOf(problems[j]) })
	return dedupe(problems)
}

// at is "第9行 unit.name", or the key alone when it is not written.
func (c *Config) at(path string) string {
	if line := c.keys.line(path); line > 0 {
		return fmt.Sprintf("第%d行 %s", line, path)
	}
	return path
}

// text is a number as written in the file, else as Go prints it.
func (c *Config) text(path string, v float64) string {
	if k, ok := c.keys[path]; ok && k.Value != "" {
		return k.Value
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

var lineNumRE = regexp.MustCompile(`^第(\d+)行`)

func lineOf(p string) int {
	if m := lineNumRE.FindStringSubmatch(p); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return math.MaxInt
}

func dedupe(ps []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// checkPattern checks a {名字} / {名字:N} pattern: known names, and a width
// (only on counter) from 1 to MaxNumberWidth.
func (c *Config) checkPattern(path, pattern string, known []string, counter string) []string {
	var problems []string
	add := func(format string, args ...any) {
		problems = append(problems, c.at(path)+"："+fmt.Sprintf(format, args...))
	}
	for _, m := range placeholderRE.FindAllStringSubmatch(pattern, -1) {
		if !contains(known, m[1]) {
			add("不认识的占位符 {%s}（可用：{%s}）", m[1], strings.Join(known, "}、{"))
			continue
		}
		if m[2] == "" && !strings.Contains(m[0], ":") {
			continue
		}
		if m[1] != counter {
			add("只有 {%s} 可以指定位数（值：%s）", counter, m[0])
			continue
		}
		w, err := strconv.Atoi(m[2])
		if err != nil || w < 1 || w > MaxNumberWidth {
			add("{%s:位数} 的位数应为 1 到 %d（值：%s）", counter, MaxNumberWidth, m[0])
		}
	}
	return problems
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkQuotas bounds the whole numbers of every quota: a count, min or max
// beyond any organisation's size is a typo, and an overflow later.
func (c *Config) checkQuotas() []string {
	var problems []string
	check := func(path string, q *rules.Quota) {
		if q == nil {
			return
		}
		for _, f := range []struct {
			key string
			v   *int
		}{{"count", q.Count}, {"min", &q.Min}, {"max", q.Max}} {
			if f.v != nil && (*f.v < 0 || *f.v > MaxQuota) {
				problems = append(problems, fmt.Sprintf("%s：名额应为 0 到 %d 之间的整数（值：%d）", c.at(path+".quota."+f.key), MaxQuota, *f.v))
			}
		}
	}
	s := &c.Scheme
	for i := range s.Grades {
		check(fmt.Sprintf("scheme.grades[%d]", i), s.Grades[i].Quota)
	}
	for i := range s.Commendations {
		check(fmt.Sprintf("scheme.commendations[%d]", i), s.Commendations[i].Quota)
	}
	for i := range s.Org.Awards {
		check(fmt.Sprintf("scheme.org.awards[%d]", i), s.Org.Awards[i].Quota)
	}
	for i := range s.Org.Periodic {
		check(fmt.Sprintf("scheme.org.periodic[%d]", i), s.Org.Periodic[i].Quota)
	}
	return problems
}

// checkNumberTexts bounds how long a number in the scheme may be written:
// the scheme computes exactly, and a thousand-digit weight or threshold
// would make every comparison slow without meaning anything.
func (c *Config) checkNumberTexts() []string {
	var problems []string
	for p, k := range c.keys {
		if !strings.HasPrefix(p, "scheme") || len([]rune(k.Value)) <= maxNumberTextRunes {
			continue
		}
		if _, err := rules.ParseNum(k.Value); err == nil {
			problems = append(problems, fmt.Sprintf("%s：数字写得太长（超过 %d 个字符），请写成 85、89.5、15%% 这样的形式", c.at(p), maxNumberTextRunes))
		}
	}
	return problems
}
