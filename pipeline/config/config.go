// Package config reads the batch config file: who issues the documents and
// when, the notices' fixed parts, fonts, output naming, and the evaluation
// scheme. The embedded templates/pingyou.yaml is the default and the
// commented example for the IT person.
package config

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/model"
	"pingyou/pipeline/rules"
	"pingyou/pipeline/sheet"
	"pingyou/templates"
)

// DefaultName is the embedded default config's file name in templates/.
const DefaultName = "pingyou.yaml"

// Config is one batch's configuration.
type Config struct {
	Unit         Unit         `yaml:"unit"`
	Decision     Notice       `yaml:"decision"`      // 表彰决定
	BranchNotice Notice       `yaml:"branch_notice"` // 各支部评议结果通知（信函格式）
	Certificates Certificates `yaml:"certificates"`
	Fonts        Fonts        `yaml:"fonts"`
	Output       Output       `yaml:"output"`
	Scheme       rules.Scheme `yaml:"scheme"`

	// Source is the file the config came from, or "（内置默认配置）".
	Source string `yaml:"-"`
	// Dir is the folder relative paths in the config are resolved against.
	Dir string `yaml:"-"`
	// SHA256 is the hash of the config bytes, recorded in the manifest.
	SHA256 string `yaml:"-"`
}

// Unit describes the issuing party committee.
type Unit struct {
	Name       string `yaml:"name"`          // 发文机关全称, e.g. 中共江城师范学院委员会
	ShortName  string `yaml:"short_name"`    // used in titles and certificates
	Code       string `yaml:"code"`          // 单位代码, used in certificate numbers
	Year       int    `yaml:"year"`          // 评议年度
	IssueDate  Date   `yaml:"issue_date"`    // 成文日期 and certificate date
	Office     string `yaml:"office"`        // 印发机关, e.g. 中共江城师范学院委员会办公室
	PrintDate  Date   `yaml:"print_date"`    // 印发日期; defaults to issue_date
	Templates  string `yaml:"templates"`     // folder with edited templates; empty: the built-in ones
	Campaign   string `yaml:"campaign"`      // e.g. 创先争优活动
	Commission string `yaml:"commission"`    // 表彰 occasion wording, e.g. 庆祝中国共产党成立91周年
	Archive    string `yaml:"archive_fonds"` // 全宗号 for 档号-style names
}

// Notice holds the fixed parts of one 公文.
type Notice struct {
	Template   string   `yaml:"template"`   // wording template file in templates/
	Mark       string   `yaml:"mark"`       // 发文机关标志, e.g. 中共江城师范学院委员会文件
	Number     string   `yaml:"number"`     // 发文字号, e.g. 江师党发〔2012〕15号
	Title      string   `yaml:"title"`      // 标题
	Recipients string   `yaml:"recipients"` // 主送机关
	CC         []string `yaml:"cc"`         // 抄送
	Seal       string   `yaml:"seal"`       // seal image (PNG), optional
}

// Certificates configures the 荣誉证书/奖状.
type Certificates struct {
	Layout  string  `yaml:"layout"`      // layout name in templates/, e.g. 奖状A4横
	Number  string  `yaml:"number"`      // e.g. {单位代码}-{年度}-{类别}-{序号:4}
	Seal    string  `yaml:"seal"`        // seal image (PNG), optional
	OffsetX float64 `yaml:"offset_x_mm"` // 套打 printer calibration
	OffsetY float64 `yaml:"offset_y_mm"`
	// BookPages is the most pages in one volume (分册) of an award's combined
	// book (合订本); 0 means the default, 500.
	BookPages int `yaml:"book_pages"`
}

// DefaultBookPages is a volume a print shop can take in one job.
const DefaultBookPages = 500

// Fonts maps face keys to files and roles to fallback chains of face keys.
type Fonts struct {
	Dir   string              `yaml:"dir"`   // folder of the font files; empty: found next to the program
	Faces map[string]string   `yaml:"faces"` // key → file name (relative to dir) or absolute path
	Roles map[string][]string `yaml:"roles"` // role (body, title, heading1, …) → face keys, first that has the glyph wins
	// Docx names the fonts the editable DOCX asks Word/WPS for, by role
	// (body: 仿宋_GB2312, title: 方正小标宋简体, …); missing roles use those defaults.
	Docx map[string]string `yaml:"docx"`
}

// Output configures where and how results are written.
type Output struct {
	Dir string `yaml:"dir"` // default out/
	// Archival description (issue 9), all optional. Naming is a 档号-style
	// file-name pattern for notices and certificates, e.g.
	// "{全宗号}-WS·{年度}-{保管期限}-{机构}-{件号:4}" (archive.ParseNaming);
	// empty keeps the readable names.
	Naming         string `yaml:"naming"`
	Retention      string `yaml:"retention"`      // 保管期限: 永久, 30年, 10年 (or Y, D30, D10)
	Classification string `yaml:"classification"` // 密级, e.g. 公开 or 内部
	Organ          string `yaml:"organ"`          // 机构（问题）代码 for {机构}
	// Formats lists the document formats written: pdf (always, the record),
	// docx (editable notices), ofd (GB/T 33190); empty: pdf and docx (formats.go).
	Formats []string `yaml:"formats"`
}

// Date is a config date written as 2012-06-28.
type Date struct{ model.Date }

var dateRE = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)

// UnmarshalYAML accepts 2012-06-28.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	m := dateRE.FindStringSubmatch(strings.TrimSpace(n.Value))
	if m == nil {
		return fmt.Errorf("第%d行：日期应写成 2012-06-28 的形式（值：%s）", n.Line, n.Value)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	da, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 || da < 1 || da > model.DaysIn(y, mo) {
		return fmt.Errorf("第%d行：没有这一天（值：%s）", n.Line, n.Value)
	}
	d.Date = model.Date{Year: y, Month: mo, Day: da}
	return nil
}

// MarshalYAML writes the date back as 2012-06-28.
func (d Date) MarshalYAML() (any, error) {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day), nil
}

// DefaultBytes returns the embedded default config.
func DefaultBytes() []byte {
	b, err := templates.FS.ReadFile(DefaultName)
	if err != nil {
		panic("embedded default config missing: " + err.Error())
	}
	return b
}

// Default returns the embedded default config (the sample scheme).
func Default() *Config {
	c, err := Parse(DefaultBytes(), "（内置默认配置）", "")
	if err != nil {
		panic("embedded default config invalid: " + err.Error())
	}
	return c
}

// Load reads a config file. Sections it leaves out (fonts, output) come from
// the default; unknown keys are errors, so a typo is not silently ignored.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("找不到配置文件 %s", path)
		}
		return nil, fmt.Errorf("读取配置文件 %s 失败：%v", path, err)
	}
	return Parse(b, path, filepath.Dir(path))
}

// Parse decodes config bytes; source names them in messages, dir resolves
// relative paths.
func Parse(b []byte, source, dir string) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("配置文件 %s 有误：%s", source, yamlMessage(err))
	}
	if source != "（内置默认配置）" {
		c.fillDefaults(Default())
	}
	sum := sha256.Sum256(b)
	c.Source, c.Dir, c.SHA256 = source, dir, hex.EncodeToString(sum[:])
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("配置文件 %s 有误：%v", source, err)
	}
	return &c, nil
}

func (c *Config) fillDefaults(d *Config) {
	if len(c.Fonts.Faces) == 0 {
		c.Fonts.Faces = d.Fonts.Faces
	}
	if len(c.Fonts.Roles) == 0 {
		c.Fonts.Roles = d.Fonts.Roles
	}
	if len(c.Fonts.Docx) == 0 {
		c.Fonts.Docx = d.Fonts.Docx
	}
	if c.Output.Dir == "" {
		c.Output.Dir = d.Output.Dir
	}
	if c.Certificates.Layout == "" {
		c.Certificates.Layout = d.Certificates.Layout
	}
	if c.Certificates.Number == "" {
		c.Certificates.Number = d.Certificates.Number
	}
	if c.Certificates.BookPages == 0 {
		c.Certificates.BookPages = DefaultBookPages
	}
}

func (c *Config) validate() error {
	var problems []string
	if c.Unit.Name == "" {
		problems = append(problems, "unit.name（发文机关全称）不能为空")
	}
	if c.Unit.Year < 1949 || c.Unit.Year > 2200 {
		problems = append(problems, fmt.Sprintf("unit.year（评议年度）应为四位年份（值：%d）", c.Unit.Year))
	}
	if c.Certificates.BookPages < 0 {
		problems = append(problems, fmt.Sprintf("certificates.book_pages（合订本每册最多页数）应为正整数（值：%d）", c.Certificates.BookPages))
	}
	if c.Unit.IssueDate.IsZero() {
		problems = append(problems, "unit.issue_date（成文日期）不能为空，写成 2012-06-28 的形式")
	}
	if c.Unit.PrintDate.IsZero() {
		c.Unit.PrintDate = c.Unit.IssueDate
	}
	for role, chain := range c.Fonts.Roles {
		for _, key := range chain {
			if _, ok := c.Fonts.Faces[key]; !ok {
				problems = append(problems, fmt.Sprintf("fonts.roles.%s 用到的字体 %s 没有在 fonts.faces 中定义", role, key))
			}
		}
	}
	problems = append(problems, c.Output.formatProblems()...)
	problems = append(problems, c.Scheme.Problems()...)
	if len(problems) > 0 {
		sort.Strings(problems) // map iteration above; keep messages stable
		return errors.New(strings.Join(problems, "；"))
	}
	return nil
}

// yamlMessage turns yaml.v3's English errors into a short Chinese sentence
// that keeps the line number.
func yamlMessage(err error) string {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		var out []string
		for _, e := range te.Errors {
			out = append(out, translateYAML(e))
		}
		return strings.Join(out, "；")
	}
	return translateYAML(err.Error())
}

var (
	unknownFieldRE = regexp.MustCompile(`line (\d+): field (\S+) not found in type`)
	lineRE         = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
)

func translateYAML(s string) string {
	if m := unknownFieldRE.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("第%s行：不认识的配置项 %s（请检查拼写和缩进）", m[1], m[2])
	}
	if m := lineRE.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("第%s行：格式不对（%s），请检查缩进和冒号", m[1], m[2])
	}
	if strings.HasPrefix(s, "line ") {
		return "第" + strings.Replace(strings.TrimPrefix(s, "line "), ":", "行：", 1)
	}
	return s
}

// SheetOptions are the reader's column names the scheme asks for: the score
// dimensions of 党员测评 and the items of 党组织测评.
func (c *Config) SheetOptions() sheet.Options {
	var opt sheet.Options
	for _, d := range c.Scheme.Score.Dimensions {
		opt.MemberDimensions = append(opt.MemberDimensions, d.Name)
	}
	for _, it := range c.Scheme.Org.Items {
		opt.OrgItems = append(opt.OrgItems, it.Name)
	}
	return opt
}
