package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet"
)

// Defaults of the unit settings that may stay blank. {发文机关}, {简称} and
// {年度} are filled in from the other settings (ResolveUnit); {支部} is left
// for each branch's notice.
const (
	DefaultDecisionMark       = "{发文机关}文件"
	DefaultDecisionTitle      = "{发文机关}关于表彰{年度}年度先进基层党组织和优秀共产党员的决定"
	DefaultDecisionRecipients = "各党总支、直属党支部："
	DefaultBranchMark         = "{发文机关}"
	DefaultBranchTitle        = "关于{支部}{年度}年度民主评议党员结果的通知"
)

// Stage is what a run makes, and so which unit settings it needs.
type Stage int

const (
	// StageAll makes everything: the decision, the branch notices, the
	// certificates, the summary, and the 公示 when its start is set.
	StageAll Stage = iota
	// StagePublicity makes the 拟表彰对象公示 alone, days before the
	// decision: it needs the issuer, the year and the 公示's rows, not the
	// decision's 发文字号 or 成文日期, which are not known yet.
	StagePublicity
)

// Stage names as the command line takes them (--stage).
const (
	StageAllName       = "全部"
	StagePublicityName = "公示"
)

func (s Stage) String() string {
	if s == StagePublicity {
		return StagePublicityName
	}
	return StageAllName
}

// ParseStage reads a stage name (全部, 公示).
func ParseStage(name string) (Stage, bool) {
	switch strings.TrimSpace(name) {
	case "", StageAllName:
		return StageAll, true
	case StagePublicityName:
		return StagePublicity, true
	}
	return StageAll, false
}

// MakesPublicity reports whether a run of stage makes the 公示: always
// when asked for alone, else when its start date is set.
func (c *Config) MakesPublicity(stage Stage) bool {
	return stage == StagePublicity || !c.Publicity.Start.IsZero()
}

// PublicityEnd is the last day of the 公示: its working days counted from
// the start, weekends skipped (public holidays are not known).
func (c *Config) PublicityEnd() model.Date {
	days := c.Publicity.Days
	if days == 0 {
		days = DefaultPublicityDays
	}
	return c.Publicity.Start.WorkdaysEnd(days)
}

// UnitHelp words the advice in messages about missing settings for where
// the batch runs (the command line or the web page).
type UnitHelp struct {
	File   string // where a config file would go, e.g. 工作簿旁的 pingyou.yaml
	Sample string // how to ask for the sample settings; "" where there is no way
	// Form names a form the settings can be typed into (the web page's);
	// "" where there is none. Missing settings then point there first.
	Form string
}

// CLIHelp is the advice for the command line.
var CLIHelp = UnitHelp{File: "工作簿旁的 pingyou.yaml", Sample: "只是试用示例数据时，运行时加 --sample"}

// Origin says where one unit setting came from, for the run log and the
// web page.
type Origin struct {
	Key   string // config key, e.g. unit.name
	Label string // its name in the 单位信息 sheet, e.g. 发文机关
	Value string // as it will be printed
	From  string // 花名册.xlsx 单位信息!B3, pingyou.yaml 第9行, 默认
	Ref   model.CellRef
}

// isNoticeUnitKey: the parts of a notice that name the issuer.
func isNoticeUnitKey(p string) bool {
	for _, n := range []string{"decision", "branch_notice"} {
		for _, k := range []string{"mark", "number", "title", "recipients", "cc"} {
			if p == n+"."+k || strings.HasPrefix(p, n+"."+k+"[") {
				return true
			}
		}
	}
	return false
}

// unitText returns the text of a unit setting as the sheet would show it.
func (c *Config) unitText(key string) string {
	switch key {
	case "unit.year":
		if c.Unit.Year == 0 {
			return ""
		}
		return strconv.Itoa(c.Unit.Year)
	case "unit.issue_date":
		return c.Unit.IssueDate.String()
	case "unit.print_date":
		return c.Unit.PrintDate.String()
	case "publicity.start":
		return c.Publicity.Start.String()
	case "publicity.days":
		if c.Publicity.Days == 0 {
			return ""
		}
		return strconv.Itoa(c.Publicity.Days)
	case "decision.cc":
		return strings.Join(c.Decision.CC, "、")
	}
	if p := c.unitString(key); p != nil {
		return strings.TrimSpace(*p)
	}
	return ""
}

// unitString points at a text setting.
func (c *Config) unitString(key string) *string {
	switch key {
	case "unit.name":
		return &c.Unit.Name
	case "unit.short_name":
		return &c.Unit.ShortName
	case "unit.office":
		return &c.Unit.Office
	case "unit.campaign":
		return &c.Unit.Campaign
	case "unit.commission":
		return &c.Unit.Commission
	case "unit.code":
		return &c.Unit.Code
	case "decision.number":
		return &c.Decision.Number
	case "decision.mark":
		return &c.Decision.Mark
	case "decision.title":
		return &c.Decision.Title
	case "decision.recipients":
		return &c.Decision.Recipients
	case "branch_notice.number":
		return &c.BranchNotice.Number
	case "publicity.organ":
		return &c.Publicity.Organ
	case "publicity.contact":
		return &c.Publicity.Contact
	case "publicity.phone":
		return &c.Publicity.Phone
	case "publicity.address":
		return &c.Publicity.Address
	case "publicity.email":
		return &c.Publicity.Email
	}
	return nil
}

func (c *Config) setUnit(key string, v sheet.UnitValue) {
	switch key {
	case "unit.year":
		c.Unit.Year = v.Year
	case "unit.issue_date":
		c.Unit.IssueDate = Date{v.Date}
	case "unit.print_date":
		c.Unit.PrintDate = Date{v.Date}
	case "publicity.start":
		c.Publicity.Start = Date{v.Date}
	case "publicity.days":
		c.Publicity.Days = v.Count
	case "decision.cc":
		c.Decision.CC = v.List
	default:
		if p := c.unitString(key); p != nil {
			*p = v.Text
		}
	}
}

// UnitSetting is the text the config (a file or the sample) gives a unit
// setting, as the 单位信息 sheet would show it, and whether it gives one.
// Before ResolveUnit it is the file's own; after, the merged value.
func (c *Config) UnitSetting(key string) (string, bool) {
	if !c.fromConfig(key) {
		return "", false
	}
	return c.unitText(key), true
}

// fromConfig reports whether the config (a file or the sample) gives key.
func (c *Config) fromConfig(key string) bool { return c.Source != BuiltinSource && c.Set(key) }

// required reports whether a unit setting must be given for a run of
// stage: the 公示 alone needs only its own rows; a full run needs them too
// when it makes the 公示.
func (c *Config) required(f sheet.UnitField, stage Stage) bool {
	if stage == StagePublicity {
		return f.Publicity
	}
	if f.Key == "unit.code" {
		return strings.Contains(c.Certificates.Number, "{单位代码")
	}
	return f.Required || f.Publicity && c.MakesPublicity(stage)
}

// ResolveUnit completes the unit settings: each comes from the 单位信息 sheet
// (info; nil or without the sheet when there is none) or from the config
// file, then the blank ones that have a default get it, and every required
// one must be there. A setting written both in the sheet and in the file
// must be the same: an office must not send a document in a name that is
// not its own because two places disagree. The built-in scheme
// (BuiltinSource) has no unit settings at all; the sample (SampleSource)
// counts as a file.
//
// It returns where each setting came from and the problems, located at the
// sheet's cells where there is one (so the annotated copy marks them), else
// naming the file's keys. Errors mean no document may be made.
func (c *Config) ResolveUnit(info *sheet.UnitInfo, help UnitHelp) ([]Origin, model.Diagnostics) {
	return c.ResolveUnitFor(info, help, StageAll)
}

// ResolveUnitFor is ResolveUnit for a run of stage: what is required, and
// which defaults are reported, depend on what the run makes.
func (c *Config) ResolveUnitFor(info *sheet.UnitInfo, help UnitHelp, stage Stage) ([]Origin, model.Diagnostics) {
	if info == nil {
		info = &sheet.UnitInfo{}
	}
	var diags model.Diagnostics
	origins := map[string]Origin{}
	for _, f := range sheet.UnitFields {
		v, inSheet := info.Values[f.Key]
		inFile := c.fromConfig(f.Key)
		switch {
		case inSheet && inFile && c.unitText(f.Key) != v.Text:
			place := "单位信息表中的"
			if v.Ref.Sheet == "" { // typed on a form (pipeline: Settings.Form)
				place = v.Ref.File
			}
			diags = append(diags, model.Diagnostic{Severity: model.Error, Ref: v.Ref,
				Problem: fmt.Sprintf("“%s”与 %s 中的“%s”不一致", f.Label, c.Where(f.Key), c.unitText(f.Key)), Value: v.Text,
				Fix: fmt.Sprintf("只在一处填写：用%s，就删去 %s 中的 %s；或把两处改成一致", place, c.Name(), f.Key)})
		case inSheet:
			c.setUnit(f.Key, v)
			origins[f.Key] = Origin{Key: f.Key, Label: f.Label, Value: v.Text, From: v.Ref.String(), Ref: v.Ref}
		case inFile:
			origins[f.Key] = Origin{Key: f.Key, Label: f.Label, Value: c.unitText(f.Key), From: c.Where(f.Key),
				Ref: model.CellRef{File: c.Name()}}
		}
	}
	c.defaultUnit(origins, stage)
	diags = append(diags, c.missingUnit(info, origins, help, stage)...)
	if !diags.HasErrors() {
		diags = append(diags, c.expandUnit(origins)...)
		diags = append(diags, c.checkUnit(origins)...)
		if c.MakesPublicity(stage) {
			diags = append(diags, c.checkPublicity(origins, stage)...)
		}
	}
	var out []Origin
	for _, f := range sheet.UnitFields {
		// The 公示 alone: only what it prints is listed for checking.
		if stage == StagePublicity && !f.Publicity && !strings.HasPrefix(f.Key, "publicity.") {
			continue
		}
		if o, ok := origins[f.Key]; ok {
			out = append(out, o)
		}
	}
	return out, diags
}

// defaultUnit fills the blank settings that have a default; those of the
// 公示 only when the run makes one (else they would be listed as settings
// of documents that are not made).
func (c *Config) defaultUnit(origins map[string]Origin, stage Stage) {
	def := func(key string, p *string, value, why string) {
		if strings.TrimSpace(*p) != "" {
			return
		}
		*p = value
		if f, ok := sheet.UnitFieldByKey(key); ok {
			origins[key] = Origin{Key: key, Label: f.Label, Value: value, From: "默认：" + why}
		}
	}
	if c.Unit.Name != "" {
		def("unit.short_name", &c.Unit.ShortName, c.Unit.Name, "同发文机关")
	}
	def("decision.mark", &c.Decision.Mark, DefaultDecisionMark, "发文机关＋文件")
	def("decision.title", &c.Decision.Title, DefaultDecisionTitle, DefaultDecisionTitle)
	def("decision.recipients", &c.Decision.Recipients, DefaultDecisionRecipients, DefaultDecisionRecipients)
	def("branch_notice.mark", &c.BranchNotice.Mark, DefaultBranchMark, "发文机关")
	def("branch_notice.title", &c.BranchNotice.Title, DefaultBranchTitle, DefaultBranchTitle)
	if c.Unit.PrintDate.IsZero() && !c.Unit.IssueDate.IsZero() {
		c.Unit.PrintDate = c.Unit.IssueDate
		origins["unit.print_date"] = Origin{Key: "unit.print_date", Label: "印发日期", Value: c.Unit.PrintDate.String(), From: "默认：同成文日期"}
	}
	if !c.MakesPublicity(stage) {
		return
	}
	if c.Unit.Name != "" {
		def("publicity.organ", &c.Publicity.Organ, c.Unit.Name, "同发文机关")
	}
	if c.Publicity.Days == 0 {
		c.Publicity.Days = DefaultPublicityDays
		origins["publicity.days"] = Origin{Key: "publicity.days", Label: "公示工作日数", Value: strconv.Itoa(DefaultPublicityDays), From: "默认"}
	}
}

// missingUnit lists, one problem each, the required settings nobody gave,
// saying where to write them.
func (c *Config) missingUnit(info *sheet.UnitInfo, origins map[string]Origin, help UnitHelp, stage Stage) model.Diagnostics {
	var diags model.Diagnostics
	var missing []sheet.UnitField
	for _, f := range sheet.UnitFields {
		if _, ok := origins[f.Key]; !ok && c.required(f, stage) && c.unitText(f.Key) == "" {
			missing = append(missing, f)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	yaml := help.File
	if c.IsFile() {
		yaml = " " + c.Name()
	}
	// "在 pingyou.yaml 中", but "在上传的方案文件（.yaml）中": a space only
	// between a Latin file name and the Chinese around it.
	if r := yaml[len(yaml)-1]; r < 0x80 {
		yaml += " "
	}
	file := help.File
	if r := file[len(file)-1]; r < 0x80 {
		file += " "
	}
	if !info.Found() && c.Source == BuiltinSource {
		var labels []string
		for _, f := range missing {
			labels = append(labels, f.Label)
		}
		what := "不能确定以哪个单位的名义发文"
		if stage == StagePublicity {
			what = "不能生成拟表彰对象公示"
		}
		d := model.Diagnostic{Severity: model.Error, Ref: model.CellRef{File: info.Roster},
			Problem: "没有找到“单位信息”工作表，也没有配置文件（pingyou.yaml），" + what + "；缺少：" + strings.Join(labels, "、"),
			Fix: strings.TrimSuffix("在花名册中加一张“单位信息”表填写这些项目（pingyou init 写出的花名册模板中有这张表，可以整张复制过来），或在"+
				file+"中写明这些设置；"+help.Sample, "；")}
		if help.Form != "" {
			d.Problem = "还没有填写单位信息，" + what + "；缺少：" + strings.Join(labels, "、")
			d.Fix = "在" + help.Form + "中填写这些项目；也可以在花名册中加一张“单位信息”表，或在" + file + "中写明"
		}
		diags = append(diags, d)
	}
	for _, f := range missing {
		ref := info.Blank(f.Key)
		d := model.Diagnostic{Severity: model.Error, Ref: ref, Problem: "没有填写“" + f.Label + "”"}
		switch {
		case help.Form != "":
			d.Fix = fmt.Sprintf("在%s中填写“%s”，例：%s", help.Form, f.Label, f.Example)
			if ref.Cell != "" {
				d.Fix += fmt.Sprintf("（或填在 %s）", ref)
			}
		case ref.Cell != "":
			d.Fix = fmt.Sprintf("在 %s!%s 填写%s例：%s（或在%s中写 %s）", ref.Sheet, ref.Cell, f.Help, f.Example, yaml, f.Key)
		case c.IsFile() && c.keys[f.Key].Line > 0:
			// written in the file, but blank: name its line
			d.Ref = model.CellRef{File: c.Name()}
			d.Problem = fmt.Sprintf("第%d行 %s：没有填写“%s”", c.keys[f.Key].Line, f.Key, f.Label)
			d.Fix = fmt.Sprintf("在这一行填写%s例：%s（或在“单位信息”表中填写）", f.Help, f.Example)
		case info.Found():
			d.Fix = fmt.Sprintf("在“%s”表中加一行：第一列写“%s”，第二列填写内容，例：%s（或在%s中写 %s）", ref.Sheet, f.Label, f.Example, yaml, f.Key)
		default:
			d.Problem = fmt.Sprintf("缺少“%s”（%s）", f.Label, f.Key)
			d.Fix = fmt.Sprintf("在“单位信息”表中填写，或在%s中写 %s，例：%s", yaml, f.Key, f.Example)
		}
		diags = append(diags, d)
	}
	return diags
}

var (
	unitPlaceholderRE = regexp.MustCompile(`\{([^{}]*)\}`)
	numberYearRE      = regexp.MustCompile(`[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]`)
)

// expandUnit fills {发文机关}, {简称} and {年度} in the notices' marks, titles
// and recipients; {支部} stays for each branch's notice.
func (c *Config) expandUnit(origins map[string]Origin) model.Diagnostics {
	var diags model.Diagnostics
	vars := map[string]string{"发文机关": c.Unit.Name, "简称": c.Unit.ShortName, "年度": strconv.Itoa(c.Unit.Year)}
	for _, t := range []struct {
		key   string
		p     *string
		extra string
	}{
		{"decision.mark", &c.Decision.Mark, ""}, {"decision.title", &c.Decision.Title, ""},
		{"decision.recipients", &c.Decision.Recipients, ""}, {"branch_notice.mark", &c.BranchNotice.Mark, ""},
		{"branch_notice.title", &c.BranchNotice.Title, "支部"},
		{"publicity.organ", &c.Publicity.Organ, ""}, {"publicity.mark", &c.Publicity.Mark, ""},
	} {
		var bad []string
		*t.p = unitPlaceholderRE.ReplaceAllStringFunc(*t.p, func(m string) string {
			name := m[1 : len(m)-1]
			if v, ok := vars[name]; ok {
				return v
			}
			if name != t.extra {
				bad = append(bad, m)
			}
			return m
		})
		if o, ok := origins[t.key]; ok {
			o.Value = *t.p
			origins[t.key] = o
		}
		if len(bad) > 0 {
			ref, where := c.refOf(t.key, origins)
			diags = append(diags, model.Diagnostic{Severity: model.Error, Ref: ref,
				Problem: fmt.Sprintf("%s中有不认识的占位符 %s", where, strings.Join(bad, "、")), Value: *t.p,
				Fix: "可用的占位符：{发文机关}、{简称}、{年度}" + map[bool]string{true: "、{支部}", false: ""}[t.extra != ""]})
		}
	}
	return diags
}

// refOf is where a setting was given: its sheet cell, or the config file.
func (c *Config) refOf(key string, origins map[string]Origin) (model.CellRef, string) {
	if o, ok := origins[key]; ok && o.Ref.Sheet != "" {
		return o.Ref, "“" + o.Label + "”"
	}
	if c.fromConfig(key) {
		// The reference names the file; the text says where in it.
		return model.CellRef{File: c.Name()}, strings.TrimPrefix(c.Where(key), c.Name()+" ")
	}
	if f, ok := sheet.UnitFieldByKey(key); ok {
		return model.CellRef{}, "“" + f.Label + "”（默认）"
	}
	return model.CellRef{}, key + "（默认）"
}

// checkPublicity catches a 公示 period that an office would not post: one
// starting on a weekend, shorter than the usual five working days, or not
// over before the decision's 成文日期.
func (c *Config) checkPublicity(origins map[string]Origin, stage Stage) model.Diagnostics {
	var diags model.Diagnostics
	p := c.Publicity
	start, end := p.Start, c.PublicityEnd()
	if start.IsZero() {
		return nil
	}
	if start.Weekend() {
		ref, where := c.refOf("publicity.start", origins)
		diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: ref,
			Problem: fmt.Sprintf("%s%s是%s", where, spaceAfter(where), weekdayNames[start.Weekday()]), Value: start.String(),
			Fix: fmt.Sprintf("公示一般从工作日开始；如确定从这天开始，公示期按其后的 %d 个工作日算，到 %s", p.Days, end)})
	}
	if p.Days < DefaultPublicityDays {
		ref, where := c.refOf("publicity.days", origins)
		diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: ref,
			Problem: fmt.Sprintf("%s为 %d，少于通常的 %d 个工作日", where, p.Days, DefaultPublicityDays), Value: strconv.Itoa(p.Days),
			Fix: "拟表彰对象公示一般不少于5个工作日，请核对本单位的规定"})
	}
	if issue := c.Unit.IssueDate; stage == StageAll && !issue.IsZero() && !end.Before(issue.Date) {
		ref, where := c.refOf("unit.issue_date", origins)
		diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: ref,
			Problem: fmt.Sprintf("%s%s不在公示期满（%s）之后", where, spaceAfter(where), end), Value: issue.String(),
			Fix: "表彰决定应在公示期满、没有异议后作出；请核对成文日期和公示开始日期"})
	}
	return diags
}

// spaceAfter separates a config key from the Chinese that follows it; a
// quoted label needs no space.
func spaceAfter(where string) string {
	if strings.HasSuffix(where, "”") || strings.HasSuffix(where, "）") {
		return ""
	}
	return " "
}

var weekdayNames = [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

// checkUnit catches settings that do not fit together, the usual sign of a
// copy of another unit's or last year's settings: a red head without the
// unit's name, a title naming another committee, a 发文字号 of another year.
func (c *Config) checkUnit(origins map[string]Origin) model.Diagnostics {
	var diags model.Diagnostics
	name, short := c.Unit.Name, c.Unit.ShortName
	ours := func(s string) bool {
		return strings.Contains(s, name) || (short != "" && strings.Contains(s, short))
	}
	for _, key := range []string{"decision.mark", "branch_notice.mark", "publicity.mark"} {
		mark := map[string]string{"decision.mark": c.Decision.Mark, "branch_notice.mark": c.BranchNotice.Mark, "publicity.mark": c.Publicity.Mark}[key]
		if key == "publicity.mark" && mark == "" {
			continue // a 公示 without red head
		}
		if !ours(mark) {
			ref, where := c.refOf(key, origins)
			diags = append(diags, model.Diagnostic{Severity: model.Error, Ref: ref,
				Problem: fmt.Sprintf("%s“%s”中既没有发文机关“%s”，也没有简称“%s”", where, mark, name, short), Value: mark,
				Fix: "发文机关标志（红头）应是本单位的全称或规范化简称，请核对；不填则用发文机关全称"})
		}
	}
	if t := c.Decision.Title; strings.Contains(t, "委员会") && !ours(t) {
		ref, where := c.refOf("decision.title", origins)
		diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: ref,
			Problem: fmt.Sprintf("%s中提到的委员会不是发文机关“%s”", where, name), Value: t,
			Fix: "请核对标题；不填则为“发文机关＋关于表彰××年度先进基层党组织和优秀共产党员的决定”"})
	}
	issue := c.Unit.IssueDate
	for _, key := range []string{"decision.number", "branch_notice.number"} {
		num := map[string]string{"decision.number": c.Decision.Number, "branch_notice.number": c.BranchNotice.Number}[key]
		if m := numberYearRE.FindStringSubmatch(num); m != nil && !issue.IsZero() && m[1] != strconv.Itoa(issue.Year) {
			ref, where := c.refOf(key, origins)
			diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: ref,
				Problem: fmt.Sprintf("%s中的年份 %s 与成文日期 %s 不是同一年", where, m[1], issue), Value: num,
				Fix: "发文字号的年份应是成文的年份；请核对，是否沿用了往年的发文字号"})
		}
	}
	if y := c.Unit.Year; y != 0 && !issue.IsZero() && (issue.Year < y || issue.Year > y+1) {
		ref, where := c.refOf("unit.issue_date", origins)
		diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: ref,
			Problem: fmt.Sprintf("%s %s 与评议年度 %d 相差较远", where, issue, y), Value: issue.String(),
			Fix: "请核对成文日期和评议年度"})
	}
	if p := c.Unit.PrintDate; !p.IsZero() && !issue.IsZero() && p.Before(issue.Date) {
		ref, where := c.refOf("unit.print_date", origins)
		diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: ref,
			Problem: fmt.Sprintf("%s %s 早于成文日期 %s", where, p, issue), Value: p.String(),
			Fix: "印发日期不应早于成文日期，请核对；不填则同成文日期"})
	}
	return diags
}
