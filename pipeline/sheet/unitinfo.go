package sheet

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// UnitSheet is the sheet of 花名册.xlsx where the office keeps the unit's
// settings (发文机关, 发文字号, 成文日期 …): one setting per row, 项目 | 内容 | 说明.
// Office staff edit Excel, not YAML; `pingyou init` writes the sheet and
// ReadUnitInfo reads it back. The rows are UnitFields.
const UnitSheet = "单位信息"

var unitSheetAliases = []string{"发文信息", "单位设置", "发文单位信息"}

// UnitKind is how a unit setting is written.
type UnitKind int

const (
	UnitText  UnitKind = iota
	UnitYear           // a four-digit year
	UnitDate           // a day: 2024-12-28, 2024年12月28日, or a date cell
	UnitList           // items separated by 、，,；;
	UnitCount          // a whole number of days: 5, 5个工作日
)

// UnitField is one row of the 单位信息 sheet and the config key it sets.
type UnitField struct {
	Key      string // config key, e.g. unit.name
	Label    string // 项目, as init writes it
	Aliases  []string
	Kind     UnitKind
	Required bool
	// Publicity marks what the 拟表彰对象公示 needs: required for a run of
	// the 公示 alone (before the decision, when the 发文字号 and the like
	// are not known yet), and for a full run that makes one.
	Publicity bool
	Example   string
	Help      string // 说明; says the default when the row may stay blank
}

// UnitFields are the rows of the 单位信息 sheet, in order: what the notices,
// certificates and summary need to name their issuer. The list is short on
// purpose; rarer settings (档号, seals, fonts) stay in pingyou.yaml.
var UnitFields = []UnitField{
	{Key: "unit.name", Label: "发文机关", Aliases: []string{"发文机关全称", "单位名称", "党委名称"}, Required: true, Publicity: true,
		Example: "中共某某委员会", Help: "发文机关全称：表彰决定和通知的落款、证书的发证机关。"},
	{Key: "unit.short_name", Label: "简称", Aliases: []string{"发文机关简称", "单位简称"},
		Example: "某某党委", Help: "用于汇总表标题；不填则用发文机关全称。"},
	{Key: "unit.year", Label: "评议年度", Aliases: []string{"年度"}, Kind: UnitYear, Required: true, Publicity: true,
		Example: "2024", Help: "四位年份。"},
	{Key: "unit.issue_date", Label: "成文日期", Aliases: []string{"发文日期"}, Kind: UnitDate, Required: true,
		Example: "2024-12-28", Help: "表彰决定和通知的成文日期，也是证书落款日期；写成 2024-12-28 或 2024年12月28日。"},
	{Key: "decision.number", Label: "表彰决定发文字号", Aliases: []string{"发文字号", "决定发文字号"}, Required: true,
		Example: "某党发〔2024〕15号", Help: "表彰决定的发文字号，年份用六角括号〔〕。"},
	{Key: "branch_notice.number", Label: "支部通知发文字号", Aliases: []string{"通知发文字号"}, Required: true,
		Example: "某党函〔2024〕8号", Help: "各党支部评议结果通知（信函格式）的发文字号。"},
	{Key: "unit.office", Label: "印发机关", Required: true,
		Example: "中共某某委员会办公室", Help: "版记中的印发机关。"},
	{Key: "decision.cc", Label: "抄送", Aliases: []string{"抄送机关"}, Kind: UnitList,
		Example: "某某市委组织部、某某市委教育工委", Help: "表彰决定的抄送机关，多个用顿号（、）分隔；没有可不填。"},
	{Key: "unit.campaign", Label: "活动名称", Required: true,
		Example: "创先争优活动", Help: "表彰决定正文和证书中“在××年度……中”的活动名称。"},
	{Key: "unit.commission", Label: "表彰时机", Aliases: []string{"纪念"},
		Example: "庆祝中国共产党成立103周年", Help: "表彰决定正文中“……之际”，可不填。"},
	{Key: "unit.code", Label: "单位代码", Required: true,
		Example: "MSDW", Help: "证书编号的前缀（字母或数字），如 MSDW-2024-YXDY-0001。"},
	{Key: "decision.mark", Label: "发文机关标志", Aliases: []string{"红头"},
		Example: "中共某某委员会文件", Help: "表彰决定的红头；不填则为发文机关全称加“文件”。"},
	{Key: "decision.title", Label: "表彰决定标题", Aliases: []string{"决定标题"},
		Example: "中共某某委员会关于表彰2024年度先进基层党组织和优秀共产党员的决定", Help: "不填则为“发文机关＋关于表彰××年度先进基层党组织和优秀共产党员的决定”。"},
	{Key: "decision.recipients", Label: "主送机关", Aliases: []string{"主送"},
		Example: "各党总支、直属党支部：", Help: "表彰决定的主送机关；不填则为“各党总支、直属党支部：”。"},
	{Key: "unit.print_date", Label: "印发日期", Kind: UnitDate,
		Example: "2024-12-28", Help: "版记中的印发日期；不填则同成文日期。"},
	// The 拟表彰对象公示, posted before the decision (pingyou run --stage 公示).
	{Key: "publicity.start", Label: "公示开始日期", Aliases: []string{"公示日期", "公示开始时间"}, Kind: UnitDate, Publicity: true,
		Example: "2024-12-16", Help: "公示第一天，也是落款日期。"},
	{Key: "publicity.days", Label: "公示工作日数", Aliases: []string{"公示天数", "公示期"}, Kind: UnitCount,
		Example: "5", Help: "不算周六、周日；不填为5。"},
	{Key: "publicity.organ", Label: "公示发布机关", Aliases: []string{"公示单位", "公示署名"},
		Example: "中共某某委员会组织部", Help: "不填同发文机关。"},
	{Key: "publicity.contact", Label: "公示联系人", Aliases: []string{"联系人"}, Publicity: true,
		Example: "王老师", Help: "受理异议的联系人。"},
	{Key: "publicity.phone", Label: "公示联系电话", Aliases: []string{"联系电话"}, Publicity: true,
		Example: "010-12345678", Help: "受理异议的电话。"},
	{Key: "publicity.address", Label: "公示通信地址", Aliases: []string{"通信地址", "通讯地址"},
		Example: "某某路1号行政楼305室", Help: "可不填。"},
	{Key: "publicity.email", Label: "公示电子邮箱", Aliases: []string{"电子邮箱"},
		Example: "zzb@example.com", Help: "可不填。"},
}

// UnitFieldByKey returns the row for a config key.
func UnitFieldByKey(key string) (UnitField, bool) {
	for _, f := range UnitFields {
		if f.Key == key {
			return f, true
		}
	}
	return UnitField{}, false
}

// UnitValue is one filled-in row of the 单位信息 sheet.
type UnitValue struct {
	Text  string // as written, trimmed (the list items joined by 、 for UnitList)
	Year  int
	Date  model.Date
	List  []string
	Count int           // UnitCount
	Ref   model.CellRef // the 内容 cell
}

// UnitInfo is the 单位信息 sheet as read from the input workbooks.
type UnitInfo struct {
	File  string // the workbook holding the sheet (base name); "" when none has one
	Sheet string
	// Roster is the workbook holding the roster (党组织 or 党员), else the
	// first given: where a missing sheet should be added.
	Roster string
	Values map[string]UnitValue     // filled rows, by UnitField.Key
	Rows   map[string]model.CellRef // the 内容 cell of every row present, by key
}

// Found reports whether an input has the sheet.
func (u *UnitInfo) Found() bool { return u != nil && u.File != "" }

// Blank is the cell to fill for key: its 内容 cell when the row is there,
// else the sheet, else the roster workbook.
func (u *UnitInfo) Blank(key string) model.CellRef {
	if ref, ok := u.Rows[key]; ok {
		return ref
	}
	if u.Found() {
		return model.CellRef{File: u.File, Sheet: u.Sheet}
	}
	return model.CellRef{File: u.Roster}
}

// ReadUnitInfo reads the 单位信息 sheet from whichever of the workbooks has
// it. A workbook that cannot be read gives the same *FileError as Read; a
// missing sheet is not a problem here (the settings may be in a config
// file): the caller decides. Problems in the rows come back as diagnostics
// with their cells.
func ReadUnitInfo(paths []string, opt Options) (*UnitInfo, model.Diagnostics, error) {
	info := &UnitInfo{Values: map[string]UnitValue{}, Rows: map[string]model.CellRef{}}
	rd := &reader{opt: opt}
	lim := opt.limits()
	for fi, p := range paths {
		wb, ferr := openWorkbook(p, lim)
		if ferr != nil {
			return nil, nil, ferr
		}
		for _, e := range wb.sheets {
			if k, ok := matchKind(e.Name); ok && (k == kindOrgs || k == kindMembers) && info.Roster == "" {
				info.Roster = wb.name
			}
		}
		for _, e := range wb.sheets {
			if !isUnitSheet(e.Name) {
				continue
			}
			l := loc{fileIdx: fi, sheetIdx: e.Index, file: wb.name, sheet: e.Name}
			if e.Hidden {
				rd.report(model.Warning, l, "工作表“"+e.Name+"”被隐藏了，已跳过（没有读入）", "", "如果要用这张表中的单位信息，请右键工作表标签→取消隐藏")
				continue
			}
			if info.Found() {
				rd.report(model.Error, l, fmt.Sprintf("与 %s 的工作表“%s”重复，都是单位信息表", info.File, info.Sheet), "", "请只保留一张，删除或改名另一张")
				continue
			}
			sh, ferr := wb.readSheet(e)
			if ferr != nil {
				return nil, nil, ferr
			}
			info.File, info.Sheet = wb.name, e.Name
			rd.readUnitRows(info, sh, l)
		}
	}
	if info.Roster == "" && len(paths) > 0 {
		info.Roster = filepath.Base(paths[0])
	}
	return info, rd.sorted(), nil
}

func isUnitSheet(name string) bool {
	n := normSheetName(name)
	if n == UnitSheet {
		return true
	}
	for _, a := range unitSheetAliases {
		if n == a {
			return true
		}
	}
	return false
}

// unitLabel matches a 项目 cell to a field.
func unitLabel(s string) (UnitField, bool) {
	n := normHeader(s)
	for _, f := range UnitFields {
		if n == f.Label {
			return f, true
		}
		for _, a := range f.Aliases {
			if n == a {
				return f, true
			}
		}
	}
	return UnitField{}, false
}

// readUnitRows reads the rows under the 项目 | 内容 header (or, without a
// header, columns A and B from the first row) down to the first blank row.
func (rd *reader) readUnitRows(info *UnitInfo, sh *rawSheet, l loc) {
	labelCol, valueCol, start := 1, 2, 0
	for i := range sh.Rows {
		r := &sh.Rows[i]
		if r.Num > 10 {
			break
		}
		lc, vc := 0, 0
		for _, c := range r.Cells {
			switch normHeader(c.Value) {
			case "项目", "设置项", "名称":
				lc = c.Col
			case "内容", "填写内容", "值":
				vc = c.Col
			}
		}
		if lc > 0 && vc > 0 {
			labelCol, valueCol, start = lc, vc, i+1
			break
		}
	}
	seen := map[string]int{}
	prev := 0
	for i := start; i < len(sh.Rows); i++ {
		r := &sh.Rows[i]
		if prev > 0 && r.Num > prev+1 {
			break // a blank row ends the table; notes may follow
		}
		prev = r.Num
		lc := r.cell(labelCol)
		label := ""
		if lc != nil {
			label = cleanText(lc.Value)
		}
		if strings.HasPrefix(label, "填写说明") || strings.HasPrefix(label, "说明") {
			break
		}
		var vcell *rawCell
		if c := r.cell(valueCol); c != nil {
			vcell = c
		}
		value := ""
		if vcell != nil {
			value = cleanText(vcell.Value)
		}
		at := l
		at.row, at.col = r.Num, valueCol
		ref := model.CellRef{File: l.file, Sheet: l.sheet, Cell: cellName(valueCol, r.Num)}
		f, ok := unitLabel(label)
		if !ok {
			if label != "" && value != "" {
				at.col = labelCol
				rd.report(model.Warning, at, "不认识的项目“"+label+"”，这一行没有读入", value,
					"项目名称应为："+unitLabelList())
			}
			continue
		}
		if row, dup := seen[f.Key]; dup {
			rd.report(model.Error, at, fmt.Sprintf("“%s”写了两行（第%d行已经有）", f.Label, row), value, "请删去其中一行")
			continue
		}
		seen[f.Key] = r.Num
		info.Rows[f.Key] = ref
		if value == "" {
			continue
		}
		v, is := parseUnitValue(f, value, vcell)
		if is != nil {
			rd.report(is.Sev, at, is.Problem, value, is.Fix)
			if is.Sev == model.Error {
				continue
			}
		}
		v.Ref = ref
		info.Values[f.Key] = v
	}
}

func unitLabelList() string {
	var ls []string
	for _, f := range UnitFields {
		ls = append(ls, f.Label)
	}
	return strings.Join(ls, "、")
}

var (
	yearRE     = regexp.MustCompile(`^(\d{4})\s*年?(?:度)?$`)
	countRE    = regexp.MustCompile(`^(\d{1,3})\s*(?:个工作日|个|天|日)?$`)
	listSepRE  = regexp.MustCompile(`[、，,；;\n]+`)
	maxUnitLen = 200
)

// parseUnitValue checks and converts one 内容 cell.
func parseUnitValue(f UnitField, value string, c *rawCell) (UnitValue, *issue) {
	v := UnitValue{Text: value}
	switch f.Kind {
	case UnitYear:
		t := foldWidth(value)
		if c != nil && c.Type == typeNumber {
			if n, den, ok := plainDecimal(t); ok && den == 1 {
				t = strconv.FormatInt(n, 10)
			}
		}
		m := yearRE.FindStringSubmatch(t)
		if m == nil {
			return v, errIssue("评议年度应为四位年份", "写成 2024 这样的四位数字")
		}
		v.Year = atoi(m[1])
		if v.Year < 1949 || v.Year > 2200 {
			return v, errIssue("评议年度不在 1949 到 2200 之间", "写成 2024 这样的四位年份")
		}
		v.Text = m[1]
	case UnitDate:
		typ := typeString
		if c != nil {
			typ = c.Type
		}
		d, is := parseDate(value, typ)
		if is != nil {
			return v, errIssue(f.Label+is.Problem, "写成 2024-12-28 或 2024年12月28日")
		}
		if d.Day == 0 {
			return v, errIssue(f.Label+"要写到哪一天", "写成 2024-12-28 或 2024年12月28日")
		}
		v.Date, v.Text = d, d.String()
	case UnitCount:
		t := foldWidth(value)
		if c != nil && c.Type == typeNumber {
			if n, den, ok := plainDecimal(t); ok && den == 1 {
				t = strconv.FormatInt(n, 10)
			}
		}
		m := countRE.FindStringSubmatch(t)
		if m == nil {
			return v, errIssue(f.Label+"应为工作日的天数", "写成 5 这样的整数")
		}
		v.Count = atoi(m[1])
		if v.Count < MinPublicityDays || v.Count > MaxPublicityDays {
			return v, errIssue(fmt.Sprintf("%s应在 %d 到 %d 之间", f.Label, MinPublicityDays, MaxPublicityDays), "写成 5 这样的整数")
		}
		v.Text = m[1]
	case UnitList:
		for _, it := range listSepRE.Split(value, -1) {
			if it = cleanText(it); it != "" {
				if is := checkUnitText(f, it); is != nil {
					return v, is
				}
				v.List = append(v.List, it)
			}
		}
		v.Text = strings.Join(v.List, "、")
	default:
		if is := checkUnitText(f, value); is != nil {
			return v, is
		}
	}
	return v, nil
}

// The range of a 公示's working days, in the sheet and in the config.
const MinPublicityDays, MaxPublicityDays = 1, 30

// checkUnitText refuses what cannot be printed on a 公文 as meant: line
// breaks, control and invisible or direction-changing characters (which can
// disguise a name), and text too long for a heading.
func checkUnitText(f UnitField, s string) *issue {
	if len([]rune(s)) > maxUnitLen {
		return errIssue(fmt.Sprintf("“%s”太长（超过 %d 个字）", f.Label, maxUnitLen), "请核对，只填写这一项的内容")
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			return errIssue("“"+f.Label+"”中不能换行", "请把内容写在一行内")
		case unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || unicode.Is(unicode.Cf, r):
			return errIssue(fmt.Sprintf("“%s”中有看不见的字符（U+%04X），印出来会与看到的不同", f.Label, r),
				"请删除这个单元格的内容后重新输入（不要从网页或聊天软件中复制）")
		}
	}
	return nil
}

// unitWidths are the column widths of 单位信息 (项目, 内容, 说明): together
// they fit a portrait A4 page at full size.
var unitWidths = []float64{18, 32, 46}

// unitRowMin is the least height of a row, in points: room to type in. The
// sheet must print on one page with every row, so no more.
const unitRowMin = 22

// writeUnitSheet adds the 单位信息 sheet to a roster template, as its first
// sheet: one row per setting (项目, blank 内容, 说明), required ones marked *
// in red, and notes below the table; it prints on a portrait page.
func writeUnitSheet(f *excelize.File) error {
	s := UnitSheet
	if _, err := f.NewSheet(s); err != nil {
		return err
	}
	st, err := newTemplateStyles(f)
	if err != nil {
		return err
	}
	f.SetCellValue(s, "A1", "单位信息（印在表彰决定、通知和证书上，带 * 的必填）")
	f.MergeCell(s, "A1", "C1")
	f.SetCellStyle(s, "A1", "C1", st.title)
	f.SetRowHeight(s, 1, 30)
	f.SetSheetRow(s, "A2", &[]any{"项目", "内容", "说明"})
	f.SetCellStyle(s, "A2", "C2", st.header)
	for i, fd := range UnitFields {
		r := i + 3
		label := fd.Label
		style := st.label
		if fd.Required {
			label += "*"
			style = st.requiredLabel
		}
		help := fd.Help
		if fd.Example != "" {
			help += "例：" + fd.Example
		}
		f.SetCellValue(s, cellName(1, r), label)
		f.SetCellStyle(s, cellName(1, r), cellName(1, r), style)
		f.SetCellStyle(s, cellName(2, r), cellName(2, r), st.guideBody)
		f.SetCellValue(s, cellName(3, r), help)
		f.SetCellStyle(s, cellName(3, r), cellName(3, r), st.guideBody)
		f.SetRowHeight(s, r, max(unitRowMin, wrappedHeight(wrappedLines(help, unitWidths[2]))))
		dv := excelize.NewDataValidation(true)
		dv.Sqref = cellName(2, r)
		switch fd.Kind {
		case UnitYear:
			dv.SetRange(1949, 2200, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
			dv.SetError(excelize.DataValidationErrorStyleStop, fd.Label, "请填四位年份，如 2024。")
		case UnitCount:
			dv.SetRange(MinPublicityDays, MaxPublicityDays, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
			dv.SetError(excelize.DataValidationErrorStyleStop, fd.Label, fmt.Sprintf("请填 %d 到 %d 之间的整数，如 5。", MinPublicityDays, MaxPublicityDays))
		}
		dv.SetInput(truncRunes(fd.Label, 32), truncRunes(help, 255))
		if err := f.AddDataValidation(s, dv); err != nil {
			return err
		}
	}
	// 内容 is text, so 2024-12-28 and 〔2024〕 stay as typed.
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Border: borders()})
	if err != nil {
		return err
	}
	last := len(UnitFields) + 2
	f.SetCellStyle(s, "B3", cellName(2, last), text)
	notes := []string{
		"填写说明",
		"1. 带 * 的项目必须填写；其余可以不填，不填时按“说明”列中的做法处理。第一列“项目”的文字不要改动，每项一行。",
		"2. 这里的内容会印在表彰决定、各支部通知和证书上，请与本单位正式发文一致；发文字号的年份用六角括号〔〕，如 某党发〔2024〕15号。",
		"3. 也可以不填这张表，而在工作簿旁的 pingyou.yaml 中写（unit.name 等，见 README）；两处都写时内容必须一致，否则程序会指出不一致的单元格，不会生成。",
		"4. 没有这张表、也没有 pingyou.yaml 时程序会停下并列出缺少的项目，不会用别的单位的名义发文。",
		"5. 要生成拟表彰对象公示，须填公示开始日期、公示联系人、公示联系电话。",
	}
	for i, n := range notes {
		r := last + 2 + i
		f.SetCellValue(s, cellName(1, r), n)
		f.MergeCell(s, cellName(1, r), cellName(3, r))
		f.SetCellStyle(s, cellName(1, r), cellName(3, r), st.note)
		if i > 0 {
			f.SetRowHeight(s, r, wrappedHeight(wrappedLines(n, sumWidths(unitWidths, 0, 3))))
		}
	}
	for i, w := range unitWidths {
		f.SetColWidth(s, colName(i+1), colName(i+1), w)
	}
	if err := moveSheetFirst(f, s); err != nil {
		return err
	}
	idx, _ := f.GetSheetIndex(s)
	f.SetActiveSheet(idx)
	if err := f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "B3", ActiveCell: "B3", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	return printSetup{widths: unitWidths, titleFrom: 1, titleTo: 2}.apply(f, s)
}

// ParseUnitValue reads a setting typed as text (a form's field) as a cell of
// the 单位信息 sheet is read: the same spellings, the same checks. The
// problem, when there is one, has no cell: the caller locates it.
func ParseUnitValue(f UnitField, text string) (UnitValue, *model.Diagnostic) {
	v, is := parseUnitValue(f, cleanText(text), nil)
	if is == nil {
		return v, nil
	}
	return v, &model.Diagnostic{Severity: is.Sev, Problem: is.Problem, Value: text, Fix: is.Fix}
}
