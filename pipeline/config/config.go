// Package config reads the batch config file: who issues the documents and
// when, the notices' fixed parts, fonts, output naming, and the evaluation
// scheme. The embedded templates/pingyou.yaml is the default and the
// commented example for the IT person.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/decimal"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
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
	Publicity    Publicity    `yaml:"publicity"`     // 拟表彰对象公示
	Certificates Certificates `yaml:"certificates"`
	Fonts        Fonts        `yaml:"fonts"`
	Output       Output       `yaml:"output"`
	Scheme       rules.Scheme `yaml:"scheme"`

	// Source is the file the config came from, SampleSource or BuiltinSource.
	Source string `yaml:"-"`
	// Dir is the folder relative paths in the config are resolved against.
	Dir string `yaml:"-"`
	// Bytes are the file's bytes as parsed (the embedded default's for a
	// built-in config): the manifest records them, so it describes the
	// config this batch ran with even if the file changes meanwhile.
	Bytes []byte `yaml:"-"`
	// SchemeBuiltin is true when the scheme is the built-in sample scheme
	// (no config file, or one without a scheme section).
	SchemeBuiltin bool `yaml:"-"`

	keys keyIndex // where each setting is written, for messages
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

// Publicity is the 拟表彰对象公示: posted for some working days before the
// decision (推荐 → 审核 → 公示 → 表彰决定), so that objections can be
// heard. Its start, working days, issuer and contact are unit settings
// (the 单位信息 sheet's 公示 rows); the rest is written here only.
type Publicity struct {
	Template string `yaml:"template"` // wording template file in templates/
	Start    Date   `yaml:"start"`    // first day, also the 公示's date; zero: no 公示 in a full run
	Days     int    `yaml:"days"`     // working days; 0: DefaultPublicityDays
	Organ    string `yaml:"organ"`    // 署名: the 党委 (default) or its 组织部/办公室
	Contact  string `yaml:"contact"`  // 联系人 for objections
	Phone    string `yaml:"phone"`    // 联系电话
	Address  string `yaml:"address"`  // 通信地址, optional
	Email    string `yaml:"email"`    // 电子邮箱, optional
	// Mark is a 发文机关标志 for a 公示 with a red head; empty (the usual
	// posted form): none, the title at the top of the page.
	Mark     string `yaml:"mark"`
	Seal     string `yaml:"seal"`      // seal image (PNG), optional
	SealMode string `yaml:"seal_mode"` // seal (default: signed and sealed) or none
}

// Publicity seal modes (publicity.seal_mode).
const (
	SealModeSeal = "seal" // 加盖印章: the seal image, or room for a hand-applied seal
	SealModeNone = "none" // 不加盖印章
)

// DefaultPublicityDays is the usual 公示期: at least five working days.
const DefaultPublicityDays = 5

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
	// Previous is last year's output folder, compared with this year's
	// results (issue 19); relative to the config file (PreviousDir).
	Previous string `yaml:"previous"`
}

// PreviousDir is output.previous with a relative path taken from the
// config file's folder; "" when not set.
func (c *Config) PreviousDir() string {
	p := c.Output.Previous
	if p == "" || filepath.IsAbs(p) || c.Dir == "" {
		return p
	}
	return filepath.Join(c.Dir, p)
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

// InitBytes is the config `pingyou init` writes beside the blank workbooks:
// the sample scheme and certificate settings, and the unit settings only as
// comments (the office fills them in the 单位信息 sheet; a value in both
// places must agree, so none is written here).
func InitBytes() []byte {
	head, err := templates.FS.ReadFile("init.yaml")
	if err != nil {
		panic("embedded init config missing: " + err.Error())
	}
	def := DefaultBytes()
	i := bytes.Index(def, []byte("\n# 评议方案"))
	if i < 0 {
		panic("embedded default config has no 评议方案 section")
	}
	return append(append([]byte(nil), head...), def[i+1:]...)
}

// Sources of the config that are not files.
const (
	// SampleSource is the embedded sample config (中共江城师范学院委员会),
	// used only when asked for by name (--sample, --config 示例).
	SampleSource = "内置示例配置"
	// BuiltinSource is the embedded sample scheme with no unit settings:
	// the config when no file is found; the unit settings must then come
	// from the 单位信息 sheet.
	BuiltinSource = "内置示例方案"
)

// Default returns the embedded sample config: the sample unit and scheme.
func Default() *Config {
	c, err := parse(DefaultBytes(), SampleSource, "", nil)
	if err != nil {
		panic("embedded default config invalid: " + err.Error())
	}
	c.SchemeBuiltin = true
	return c
}

// Builtin returns the embedded sample scheme, fonts and layout without any
// unit settings (unit, and the notices' marks, numbers, titles and 抄送):
// those must come from the 单位信息 sheet or a config file.
func Builtin() *Config {
	c := Default()
	c.Source = BuiltinSource
	c.Unit = Unit{}
	for _, n := range []*Notice{&c.Decision, &c.BranchNotice} {
		*n = Notice{Template: n.Template, Seal: n.Seal}
	}
	c.Publicity = Publicity{Template: c.Publicity.Template}
	for p := range c.keys {
		if strings.HasPrefix(p, "unit.") || p == "unit" || isNoticeUnitKey(p) ||
			strings.HasPrefix(p, "publicity.") && p != "publicity.template" {
			delete(c.keys, p)
		}
	}
	return c
}

// IsFile reports whether the config came from a file (not built in).
func (c *Config) IsFile() bool { return c.Source != SampleSource && c.Source != BuiltinSource }

// Name is the config's file name for messages, or its built-in name.
func (c *Config) Name() string {
	if !c.IsFile() {
		return c.Source
	}
	return filepath.Base(c.Source)
}

// Where names a setting for a message: "pingyou.yaml 第9行 unit.name", or
// "pingyou.yaml unit.name" when the key is not written in the file.
func (c *Config) Where(path string) string {
	if line := c.keys.line(path); line > 0 && c.keys[path].Line > 0 {
		return fmt.Sprintf("%s 第%d行 %s", c.Name(), line, path)
	}
	return c.Name() + " " + path
}

// Set reports whether the config file gives path a non-empty value.
func (c *Config) Set(path string) bool { return c.keys.set(path) }

// Load reads a config file. Sections it leaves out (fonts, output,
// certificates, and the scheme) come from the built-in sample; unknown keys
// are errors, so a typo is not silently ignored.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("找不到配置文件 %s", path)
		}
		return nil, fmt.Errorf("无法读取配置文件 %s", oserr.Describe(err))
	}
	return Parse(b, path, filepath.Dir(path))
}

// Parse decodes config bytes; source names them in messages, dir resolves
// relative paths.
func Parse(b []byte, source, dir string) (*Config, error) {
	return parse(b, source, dir, Default())
}

// decodeYAML decodes b into v, unknown keys refused, and indexes its keys
// by line; its error is the Chinese message naming the line.
func decodeYAML(b []byte, v any) (keyIndex, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, errors.New(yamlMessage(err, b, nil))
	}
	if root.Kind == 0 || (root.Kind == yaml.DocumentNode && len(root.Content) == 0) {
		return nil, errors.New(yamlMessage(io.EOF, b, nil))
	}
	idx := indexKeys(&root)
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return nil, errors.New(yamlMessage(err, b, idx))
	}
	return idx, nil
}

// parse decodes and checks config bytes; sections left out are filled from
// def unless def is nil (the embedded default itself).
func parse(b []byte, source, dir string, def *Config) (*Config, error) {
	name := source
	if source != SampleSource && source != BuiltinSource {
		name = filepath.Base(source)
	}
	fail := func(msg string) error { return fmt.Errorf("配置文件 %s 有误：%s", name, msg) }
	var c Config
	idx, err := decodeYAML(b, &c)
	if err != nil {
		return nil, fail(err.Error())
	}
	c.keys = idx
	if def != nil {
		c.fillDefaults(def)
		if _, ok := idx["scheme"]; !ok {
			c.Scheme, c.SchemeBuiltin = def.Scheme, true
		}
	}
	if c.Unit.PrintDate.IsZero() {
		c.Unit.PrintDate = c.Unit.IssueDate
	}
	c.Source, c.Dir, c.Bytes = source, dir, b
	if problems := c.validate(); len(problems) > 0 {
		return nil, fail(strings.Join(problems, "；"))
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
	if c.Decision.Template == "" {
		c.Decision.Template = d.Decision.Template
	}
	if c.BranchNotice.Template == "" {
		c.BranchNotice.Template = d.BranchNotice.Template
	}
	if c.Publicity.Template == "" {
		c.Publicity.Template = d.Publicity.Template
	}
}

// SheetOptions are what the reader checks the workbooks against: the score
// dimensions of 党员测评 and the items of 党组织测评 with their allowed
// ranges (so that a score out of range is found while reading, by check as
// by run), and the evaluation year and issue date (impossible dates).
func (c *Config) SheetOptions() sheet.Options {
	opt := sheet.Options{
		MemberRanges: map[string]sheet.Range{},
		OrgRanges:    map[string]sheet.Range{},
		Year:         c.Unit.Year,
		AsOf:         c.Unit.IssueDate.Date,
	}
	if opt.AsOf.IsZero() {
		opt.AsOf = c.Publicity.Start.Date // a run of the 公示 alone, before the decision's date is set
	}
	for _, d := range c.Scheme.Score.Dimensions {
		opt.MemberDimensions = append(opt.MemberDimensions, d.Name)
		if d.Min.IsSet() || d.Max.IsSet() {
			opt.MemberRanges[d.Name] = sheet.Range{Min: d.Min.Rat(), Max: d.Max.Rat()}
		}
	}
	for _, it := range c.Scheme.Org.Items {
		opt.OrgItems = append(opt.OrgItems, it.Name)
		if it.Min.IsSet() || it.Max.IsSet() {
			opt.OrgRanges[it.Name] = sheet.Range{Min: it.Min.Rat(), Max: it.Max.Rat()}
		}
	}
	return opt
}

// shortDecimal writes a scheme number as the shortest decimal equal to it
// ("" when unset): 100, 89.5, 0.15 for 15%. Scheme numbers have at most 6
// decimals (validate.go).
func shortDecimal(n rules.Num) string {
	if !n.IsSet() {
		return ""
	}
	r := n.Rat()
	for d := 0; d < 6; d++ {
		s := decimal.Fixed(r, d)
		if back, ok := new(big.Rat).SetString(s); ok && back.Cmp(r) == 0 {
			return s
		}
	}
	return decimal.Fixed(r, 6)
}
