package config

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"pingyou/pipeline/oserr"
	"pingyou/pipeline/rules"
	"pingyou/templates"
)

// DepartmentFileName is a department's config file in its folder (issue 19),
// and the embedded default in templates/.
const DepartmentFileName = "部门.yaml"

// DepartmentBuiltin names the embedded default department config in
// messages: the one used when a department's folder has none.
const DepartmentBuiltin = "内置部门配置"

// DefaultNoticeTemplate is the wording of a department's 汇总 notice.
const DefaultNoticeTemplate = "部门汇总通知.tmpl"

// Department is a department's config: the organisation department that
// collects the results of many units (基层党委), each an ordinary batch.
type Department struct {
	Info DepartmentInfo `yaml:"department"`
	// Units lists the units' folders; empty: every subfolder of the
	// department's folder, by name.
	Units []DepartmentUnit `yaml:"units"`
	// Config is the units' shared config file, relative to this file; "":
	// pingyou.yaml beside this file when there is one.
	Config string `yaml:"config"`
	Limits Limits `yaml:"limits"`
	// Notice, when set, asks for the department's 汇总 notice.
	Notice *DepartmentNotice `yaml:"notice"`

	// Source is the file it came from, or DepartmentBuiltin.
	Source string `yaml:"-"`
	// Dir resolves the relative paths in it (the file's folder, or the
	// department's folder for the built-in config).
	Dir   string `yaml:"-"`
	Bytes []byte `yaml:"-"`

	keys keyIndex
}

// DepartmentInfo names the department.
type DepartmentInfo struct {
	Name      string `yaml:"name"`
	ShortName string `yaml:"short_name"`
	Year      int    `yaml:"year"` // 0: the units' year
}

// DepartmentUnit is one unit of the department.
type DepartmentUnit struct {
	Dir    string `yaml:"dir"`    // the unit's folder, relative to the config file
	Config string `yaml:"config"` // its config file; "": found as for any unit
}

// Limits are the department's upper bounds on each unit's results, as
// fractions; unset: not checked.
type Limits struct {
	Excellent rules.Num `yaml:"excellent"` // 优秀 / 评定等次
	Commended rules.Num `yaml:"commended"` // 受表彰党员 / 评定等次
	Advanced  rules.Num `yaml:"advanced"`  // 先进基层党组织 / 支部级党组织
}

// DepartmentNotice holds the fixed parts of the department's 汇总 notice.
type DepartmentNotice struct {
	Template   string   `yaml:"template"`  // wording; default DefaultNoticeTemplate
	Templates  string   `yaml:"templates"` // folder of edited templates, relative to the file
	Mark       string   `yaml:"mark"`
	Number     string   `yaml:"number"`
	Title      string   `yaml:"title"`
	Recipients string   `yaml:"recipients"`
	CC         []string `yaml:"cc"`
	IssueDate  Date     `yaml:"issue_date"`
	Office     string   `yaml:"office"`
	PrintDate  Date     `yaml:"print_date"`
	Seal       string   `yaml:"seal"`
}

// DepartmentDefaultBytes is the embedded default department config.
func DepartmentDefaultBytes() []byte {
	b, err := templates.FS.ReadFile(DepartmentFileName)
	if err != nil {
		panic("embedded " + DepartmentFileName + " missing: " + err.Error())
	}
	return b
}

// DefaultDepartment is the embedded department config for the department
// folder dir: every subfolder a unit, the default limits, no notice.
func DefaultDepartment(dir string) *Department {
	d, err := ParseDepartment(DepartmentDefaultBytes(), DepartmentBuiltin, dir)
	if err != nil {
		panic("embedded department config invalid: " + err.Error())
	}
	return d
}

// LoadDepartment reads a department's config file.
func LoadDepartment(path string) (*Department, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("找不到部门配置文件 %s", path)
		}
		return nil, fmt.Errorf("无法读取部门配置文件 %s", oserr.Describe(err))
	}
	return ParseDepartment(b, path, filepath.Dir(path))
}

// ParseDepartment decodes a department config; source names it in
// messages, dir resolves its relative paths. A limits section left out
// takes the embedded default's limits.
func ParseDepartment(b []byte, source, dir string) (*Department, error) {
	name := source
	if source != DepartmentBuiltin {
		name = filepath.Base(source)
	}
	fail := func(msg string) error { return fmt.Errorf("部门配置文件 %s 有误：%s", name, msg) }
	var d Department
	idx, err := decodeYAML(b, &d)
	if err != nil {
		return nil, fail(err.Error())
	}
	d.keys, d.Source, d.Dir, d.Bytes = idx, source, dir, b
	if _, ok := idx["limits"]; !ok && source != DepartmentBuiltin {
		d.Limits = DefaultDepartment(dir).Limits
	}
	if n := d.Notice; n != nil {
		if n.Template == "" {
			n.Template = DefaultNoticeTemplate
		}
		if n.PrintDate.IsZero() {
			n.PrintDate = n.IssueDate
		}
	}
	if problems := d.validate(); len(problems) > 0 {
		return nil, fail(strings.Join(problems, "；"))
	}
	return &d, nil
}

// Name is the config's file name for messages, or DepartmentBuiltin.
func (d *Department) Name() string {
	if d.Source == DepartmentBuiltin {
		return d.Source
	}
	return filepath.Base(d.Source)
}

// IsFile reports whether the config came from a file.
func (d *Department) IsFile() bool { return d.Source != DepartmentBuiltin }

// Path resolves a path written in the config against its folder.
func (d *Department) Path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(d.Dir, p)
}

func (d *Department) at(path string) string {
	if line := d.keys.line(path); line > 0 {
		return fmt.Sprintf("第%d行 %s", line, path)
	}
	return path
}

var one = big.NewRat(1, 1)

func (d *Department) validate() []string {
	var problems []string
	add := func(path, format string, args ...any) {
		problems = append(problems, d.at(path)+"："+fmt.Sprintf(format, args...))
	}
	if y := d.Info.Year; y != 0 && (y < MinYear || y > MaxYear) {
		add("department.year", "评议年度应为 %d 到 %d 之间的四位年份（值：%d）", MinYear, MaxYear, y)
	}
	seen := map[string]int{}
	for i, u := range d.Units {
		p := fmt.Sprintf("units[%d].dir", i)
		clean := filepath.Clean(u.Dir)
		switch {
		case strings.TrimSpace(u.Dir) == "":
			add(fmt.Sprintf("units[%d]", i), "缺少单位文件夹（dir）")
			continue
		case clean == ".":
			add(p, "单位文件夹不能是部门配置文件所在的文件夹本身（值：%s）", u.Dir)
			continue
		}
		base := filepath.Base(clean)
		if j, dup := seen[base]; dup {
			add(p, "与第 %d 个单位的文件夹同名（%s）；结果按文件夹名存放，请改名其中一个", j+1, base)
		}
		seen[base] = i
	}
	for _, l := range []struct {
		key string
		n   rules.Num
	}{{"excellent", d.Limits.Excellent}, {"commended", d.Limits.Commended}, {"advanced", d.Limits.Advanced}} {
		if r := l.n.Rat(); r != nil && (r.Sign() <= 0 || r.Cmp(one) > 0) {
			add("limits."+l.key, "比例上限应大于 0、不超过 100%%（值：%s）", l.n)
		}
	}
	if n := d.Notice; n != nil {
		for _, k := range []struct{ key, v, what string }{
			{"mark", n.Mark, "发文机关标志"}, {"number", n.Number, "发文字号"}, {"title", n.Title, "标题"},
			{"office", n.Office, "印发机关"},
		} {
			if strings.TrimSpace(k.v) == "" {
				add("notice."+k.key, "生成汇总通报要写%s", k.what)
			}
		}
		if n.IssueDate.IsZero() {
			add("notice.issue_date", "生成汇总通报要写成文日期（如 2013-01-15）")
		}
		if n.PrintDate.Before(n.IssueDate.Date) {
			add("notice.print_date", "印发日期早于成文日期")
		}
	}
	sort.SliceStable(problems, func(i, j int) bool { return lineOf(problems[i]) < lineOf(problems[j]) })
	return dedupe(problems)
}

// NoticeConfig is a batch config for typesetting the department's notice:
// the built-in fonts and formats, the department as the issuing organ and
// the notice's parts as its 文件格式 decision. Nil when no notice is asked
// for. name is the department's name as resolved (the config's or the
// folder's).
func (d *Department) NoticeConfig(name string, year int) *Config {
	n := d.Notice
	if n == nil {
		return nil
	}
	c := Builtin()
	c.Source, c.Dir = d.Source, d.Dir
	c.Unit = Unit{Name: name, ShortName: d.Info.ShortName, Year: year, IssueDate: n.IssueDate, PrintDate: n.PrintDate,
		Office: n.Office, Templates: n.Templates}
	c.Decision = Notice{Template: n.Template, Mark: n.Mark, Number: n.Number, Title: n.Title,
		Recipients: n.Recipients, CC: n.CC, Seal: n.Seal}
	c.Certificates.Seal = ""
	return c
}
