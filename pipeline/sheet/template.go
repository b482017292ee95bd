package sheet

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Template file names written by WriteTemplates.
const (
	RosterFile     = "花名册.xlsx"
	AssessmentFile = "测评表.xlsx"
	guideSheet     = "填表说明"
)

// templateRows is how many rows below the header carry dropdowns, formats
// and hints.
const templateRows = 1000

// colKind decides a template column's format and validation.
type colKind int

const (
	kText colKind = iota
	kID
	kDate
	kChoice
	kBranchRef // a name from the 党组织 sheet of the same workbook
	kScore
	kCount
	kPercent
)

// tcol is a column of a template.
type tcol struct {
	Header   string
	Required bool
	Kind     colKind
	Width    float64
	List     []string   // kChoice
	Range    ScoreRange // kScore: the scheme's valid range
	Hint     string     // input hint shown when the cell is selected (≤ 255 chars)
	Guide    string     // explanation on the 填表说明 sheet
}

// tsheet is a sheet of a template.
type tsheet struct {
	Name, Title string
	Cols        []tcol
}

func (o Options) templateSheets() (roster, assess []tsheet) {
	orgTypes := orgTypeNames()
	roster = []tsheet{
		{Name: "党组织", Title: "党组织名册", Cols: []tcol{
			{Header: "组织名称", Required: true, Width: 30, Hint: "填写党组织全称，如：中共某某学院委员会、文学院教工党支部。",
				Guide: "党组织的全称。每个组织一行，最上级的党委也要填。党员表的“所在党支部”、测评表的“组织名称”都要与这里一字不差。"},
			{Header: "组织类型", Required: true, Kind: kChoice, List: orgTypes, Width: 14, Hint: "从下拉列表中选择。",
				Guide: "从下拉列表选择：" + strings.Join(orgTypes, "、") + "。"},
			{Header: "上级组织", Kind: kBranchRef, Width: 30, Hint: "从下拉列表选择上一级组织；最上级的党委留空。",
				Guide: "上一级党组织的全称（必须是本表中已有的组织）。党支部的上级是党总支或党委；最上级的党委留空。"},
			{Header: "书记", Width: 12, Hint: "书记姓名，可不填。", Guide: "书记姓名，可不填。"},
			{Header: "组织类别", Kind: kChoice, List: orgCategories, Width: 12, Hint: "从下拉列表中选择，可不填。",
				Guide: "从下拉列表选择：" + strings.Join(orgCategories, "、") + "，可不填。"},
		}},
		{Name: "党员", Title: "党员花名册", Cols: []tcol{
			{Header: "姓名", Required: true, Width: 12, Hint: "姓名中间不要加空格；少数民族姓名中间的点写作“·”。",
				Guide: "党员姓名。不要用空格对齐两个字的姓名；少数民族姓名中间的点可以写“·”或“.”，程序会统一成“·”。"},
			{Header: "性别", Kind: kChoice, List: genders, Width: 7, Hint: "从下拉列表中选择。", Guide: "男 或 女。"},
			{Header: "民族", Width: 10, Hint: "如：汉族。", Guide: "如：汉族、回族，可不填。"},
			{Header: "出生日期", Kind: kDate, Width: 14, Hint: "如 1990-03-07 或 1990年3月7日；只知道月份可写 1990年3月。",
				Guide: "如 1990-03-07、1990/3/7、1990年3月7日；只知道月份的写 1990年3月 或 1990.03。本列已设为文本格式，照原样保存。"},
			{Header: "身份证号", Kind: kID, Width: 22, Hint: "18位，最后一位可以是X。本列已设为文本，请直接输入，不要加空格。",
				Guide: "18位公民身份号码，最后一位可以是 X。本列已设为“文本”格式；如果从别处粘贴后显示成 1.10101E+17，说明后几位已经丢失，请把单元格设为文本后重新输入。"},
			{Header: "入党时间", Kind: kDate, Width: 14, Hint: "如 2010-06-28；只知道月份可写 2010年6月。",
				Guide: "写法同出生日期。只知道月份的写 2010年6月，程序会保留“只到月”。"},
			{Header: "党员类型", Kind: kChoice, List: memberTypes, Width: 12, Hint: "从下拉列表中选择。",
				Guide: "正式党员 或 预备党员（写“正式”“预备”也可以）。预备党员不评定等次。空着按正式党员处理。"},
			{Header: "所在党支部", Required: true, Kind: kBranchRef, Width: 30, Hint: "从下拉列表选择，必须与“党组织”表中的支部名称一致。",
				Guide: "党员所在党支部的全称，必须是“党组织”表中的党支部、直属党支部、联合党支部或临时党支部，不能填党总支或党委。"},
			{Header: "人员类别", Kind: kChoice, List: memberCategory, Width: 12, Hint: "从下拉列表中选择，也可以自己填写。",
				Guide: "如：" + strings.Join(memberCategory, "、") + "，可不填。"},
			{Header: "职务", Width: 16, Hint: "如：讲师、科长，可不填。", Guide: "职务或职称，可不填。"},
		}},
	}
	ms := []tcol{
		{Header: "姓名", Required: true, Width: 12, Hint: "与花名册中的姓名一致。", Guide: "与花名册“党员”表中的姓名一致。"},
		{Header: "所在党支部", Required: true, Width: 30, Hint: "与花名册中的所在党支部一致。", Guide: "与花名册“党员”表中的所在党支部一致。同一支部有同名党员时，必须填身份证号。"},
		{Header: "身份证号", Kind: kID, Width: 22, Hint: "可不填；有同名同支部的党员时必填。本列为文本格式。",
			Guide: "可不填；填了就按身份证号与花名册对应（同一支部有同名党员时必须填）。本列已设为文本格式。"},
	}
	for _, d := range o.MemberDimensions {
		r := scoreRange(o.MemberRanges, d, o.MemberScoreMax)
		hint := "填" + r.text() + "分数（阿拉伯数字），不要写“分”字。"
		ms = append(ms, tcol{Header: d, Required: true, Kind: kScore, Range: r, Width: 10, Hint: hint,
			Guide: "“" + d + "”得分。" + hint + "缺考等情况请留空并在备注中说明。"})
	}
	for _, v := range []string{"优秀票", "合格票", "基本合格票", "不合格票"} {
		ms = append(ms, tcol{Header: v, Kind: kCount, Width: 10, Hint: "填票数（整数）。", Guide: "民主评议中“" + strings.TrimSuffix(v, "票") + "”的票数，填整数。"})
	}
	ms = append(ms,
		tcol{Header: "处分情况", Kind: kChoice, List: sanctions, Width: 14, Hint: "从下拉列表中选择；没有处分选“无”或留空。",
			Guide: "从下拉列表选择：" + strings.Join(sanctions, "、") + "。留空按“无”处理。"},
		tcol{Header: "备注", Width: 24, Hint: "可不填。", Guide: "需要说明的情况，可不填。"})
	os := []tcol{{Header: "组织名称", Required: true, Width: 30, Hint: "与花名册“党组织”表中的名称一致。", Guide: "与花名册“党组织”表中的组织全称一致，通常只填各党支部。"}}
	for _, it := range o.OrgItems {
		r := scoreRange(o.OrgRanges, it, o.OrgItemMax)
		hint := "填" + r.text() + "分数（阿拉伯数字）。"
		os = append(os, tcol{Header: it, Required: true, Kind: kScore, Range: r, Width: 12, Hint: hint, Guide: "“" + it + "”得分。" + hint})
	}
	os = append(os,
		tcol{Header: "群众满意率", Kind: kPercent, Width: 12, Hint: "填百分数，如 92%（本列为百分比格式，直接输入 92 即为 92%）。",
			Guide: "群众满意率，如 92%。本列已设为百分比格式：输入 92 显示为 92%。不要只填 1（分不清是 1% 还是 100%）。"},
		tcol{Header: "备注", Width: 24, Hint: "可不填。", Guide: "需要说明的情况，可不填。"})
	assess = []tsheet{
		{Name: "党员测评", Title: "党员民主评议测评表", Cols: ms},
		{Name: "组织测评", Title: "党组织测评表", Cols: os},
	}
	return roster, assess
}

// ScoreRange is the valid range of a score column as exact decimal text, as
// the scheme gives it (sample: 0 and 100); Max "" when there is no upper
// limit.
type ScoreRange struct{ Min, Max string }

// scoreRange is the range of a score column as the reader checks it
// (scoreBounds): the scheme's, else 0 to max (no upper limit when max is 0).
func scoreRange(ranges map[string]Range, col string, max int64) ScoreRange {
	b := scoreBounds(ranges, col, max)
	r := ScoreRange{Min: b.lowText()}
	if b.max != nil {
		r.Max = ratText(b.max)
	}
	return r
}

// text says the range in a hint: "0–100 的", "不小于 0 的".
func (r ScoreRange) text() string {
	if r.Max == "" {
		return "不小于 " + r.Min + " 的"
	}
	return " " + r.Min + "–" + r.Max + " 的"
}

// WriteTemplates writes blank 花名册.xlsx (单位信息, 党组织, 党员) and 测评表.xlsx
// (党员测评, 组织测评) into dir for staff to fill in, each with a title row,
// the header row (bold on a fill; required columns marked * in red),
// dropdown lists, input hints, score limits from the scheme, 身份证号 and
// date columns formatted as text (so Excel keeps 18 digits and keeps
// 2010年6月 and 2010.10 as typed), a frozen header, column widths, a 填表示例
// sheet (one filled row per table; the reader never takes it as data, see
// IsExampleSheet) and a 填表说明 sheet explaining every column. Every sheet
// prints one page wide with its heading rows repeated. The score columns
// follow opt.MemberDimensions and opt.OrgItems. Existing files are never
// overwritten: if either file exists, nothing is written and an error names it.
func WriteTemplates(dir string, opt Options) error {
	roster, assess := opt.templateSheets()
	files := []struct {
		name   string
		sheets []tsheet
	}{{RosterFile, roster}, {AssessmentFile, assess}}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if _, err := os.Stat(p); err == nil {
			return fmt.Errorf("%s 已经存在，为免覆盖已填写的内容，没有生成模板；请换一个文件夹，或先把它移走", p)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		x, err := buildTemplate(f.sheets)
		if err != nil {
			return err
		}
		if f.name == RosterFile {
			if err := writeUnitSheet(x); err != nil { // unitinfo.go
				x.Close()
				return err
			}
		}
		p := filepath.Join(dir, f.name)
		err = writeAtomicNew(p, func(w io.Writer) error {
			_, err := x.WriteTo(w)
			return err
		})
		x.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// writeAtomicNew is writeAtomic that refuses to replace an existing file.
func writeAtomicNew(dst string, write func(io.Writer) error) error {
	if _, err := os.Stat(dst); err == nil {
		return fmt.Errorf("%s 已经存在，没有覆盖", dst)
	}
	return writeAtomic(dst, write)
}

// buildTemplate builds one template workbook.
func buildTemplate(sheets []tsheet) (*excelize.File, error) {
	f := excelize.NewFile()
	// 宋体 is on every Chinese Windows and in WPS; the column widths and row
	// heights below are estimated for it.
	if err := f.SetDefaultFont(templateFont); err != nil {
		return nil, err
	}
	st, err := newTemplateStyles(f)
	if err != nil {
		return nil, err
	}
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return nil, err
		}
		if err := writeTemplateSheet(f, s, sheets, st); err != nil {
			return nil, fmt.Errorf("%s: %w", s.Name, err)
		}
	}
	if err := writeExample(f, sheets, st); err != nil { // example.go
		return nil, err
	}
	if err := writeGuide(f, sheets, st); err != nil {
		return nil, err
	}
	f.SetActiveSheet(0)
	return f, nil
}

// templateFont is the templates' default font.
const templateFont = "宋体"

// Heading fills: blue for the column names, grey for 填表说明's headings.
const (
	headFill  = "DDEBF7"
	guideFill = "D9D9D9"
	// requiredColor marks required columns (and rows of 单位信息): the
	// heading text in dark red, besides the *.
	requiredColor = "C00000"
)

type templateStyles struct {
	title, header, required, text, date, number, percent, guideHead, guideBody int
	// label, requiredLabel: the 项目 column of 单位信息.
	label, requiredLabel int
	// note: wrapped text without borders (notes under a table).
	note int
	// section: a bold caption over a table of 填表示例.
	section int
	// example: filled example cells of 填表示例, by colKind's format.
	exText, exNumber, exPercent int
	// filled: the border conditional formats give a row once it has content.
	filled int
}

func newTemplateStyles(f *excelize.File) (templateStyles, error) {
	var s templateStyles
	var err error
	mk := func(dst *int, st *excelize.Style) {
		if err == nil {
			*dst, err = f.NewStyle(st)
		}
	}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	mk(&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	mk(&s.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill(headFill), Alignment: center, Border: borders(), NumFmt: 49})
	mk(&s.required, &excelize.Style{Font: &excelize.Font{Bold: true, Color: requiredColor}, Fill: fill(headFill), Alignment: center, Border: borders(), NumFmt: 49})
	mk(&s.text, &excelize.Style{NumFmt: 49}) // "@": text, so Excel keeps what is typed
	mk(&s.date, &excelize.Style{NumFmt: 49})
	mk(&s.number, &excelize.Style{NumFmt: 0})
	mk(&s.percent, &excelize.Style{NumFmt: 10}) // 0.00%
	mk(&s.guideHead, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill(guideFill), Border: borders(), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	mk(&s.guideBody, &excelize.Style{Alignment: wrapTop, Border: borders()})
	mk(&s.label, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill(guideFill), Border: borders(), Alignment: &excelize.Alignment{Vertical: "center"}})
	mk(&s.requiredLabel, &excelize.Style{Font: &excelize.Font{Bold: true, Color: requiredColor}, Fill: fill(guideFill), Border: borders(), Alignment: &excelize.Alignment{Vertical: "center"}})
	mk(&s.note, &excelize.Style{Alignment: wrapTop})
	mk(&s.section, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Vertical: "bottom"}})
	grey := &excelize.Font{Color: "404040", Italic: true}
	exAlign := &excelize.Alignment{Vertical: "center"}
	mk(&s.exText, &excelize.Style{Font: grey, Fill: fill("F2F2F2"), Border: borders(), Alignment: exAlign, NumFmt: 49})
	mk(&s.exNumber, &excelize.Style{Font: grey, Fill: fill("F2F2F2"), Border: borders(), Alignment: exAlign, NumFmt: 0})
	mk(&s.exPercent, &excelize.Style{Font: grey, Fill: fill("F2F2F2"), Border: borders(), Alignment: exAlign, NumFmt: 9})
	if err == nil {
		s.filled, err = f.NewConditionalStyle(&excelize.Style{Border: borders()})
	}
	return s, err
}

// colStyle is the style of a column's data cells.
func (st templateStyles) colStyle(k colKind) int {
	switch k {
	case kScore, kCount:
		return st.number
	case kPercent:
		return st.percent
	case kDate:
		return st.date
	}
	return st.text
}

// headStyle is the style and text of a column's heading.
func (st templateStyles) head(c tcol) (string, int) {
	if c.Required {
		return c.Header + "*", st.required
	}
	return c.Header, st.header
}

func writeTemplateSheet(f *excelize.File, s tsheet, all []tsheet, st templateStyles) error {
	n := len(s.Cols)
	last := colName(n)
	first, end := 3, templateRows+2
	widths := make([]float64, n)
	// Column formats first: SetColStyle restyles the cells already in the
	// column, so the title and headings are styled after it.
	for i, c := range s.Cols {
		col := colName(i + 1)
		widths[i] = c.Width
		if err := f.SetColWidth(s.Name, col, col, c.Width); err != nil {
			return err
		}
		if err := f.SetColStyle(s.Name, col, st.colStyle(c.Kind)); err != nil {
			return err
		}
	}
	if err := f.SetCellValue(s.Name, "A1", s.Title+"（从第3行开始填写，带 * 的列必填）"); err != nil {
		return err
	}
	if err := f.MergeCell(s.Name, "A1", last+"1"); err != nil {
		return err
	}
	if err := f.SetCellStyle(s.Name, "A1", last+"1", st.title); err != nil {
		return err
	}
	f.SetRowHeight(s.Name, 1, 30)
	f.SetRowHeight(s.Name, 2, 32)
	hasOrgSheet := false
	for _, o := range all {
		if o.Name == "党组织" {
			hasOrgSheet = true
		}
	}
	for i, c := range s.Cols {
		col := colName(i + 1)
		h, style := st.head(c)
		if err := f.SetCellValue(s.Name, col+"2", h); err != nil {
			return err
		}
		if err := f.SetCellStyle(s.Name, col+"2", col+"2", style); err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, first, col, end)
		if err := c.validate(dv, hasOrgSheet, first, end); err != nil {
			return err
		}
		dv.SetInput(truncRunes(c.Header, 32), truncRunes(c.Hint, 255))
		if err := f.AddDataValidation(s.Name, dv); err != nil {
			return err
		}
	}
	// A row gets its borders once something is typed in it: printed, the
	// filled rows form a table, and a blank template prints on one page.
	if err := f.SetConditionalFormat(s.Name, fmt.Sprintf("A%d:%s%d", first, last, end), []excelize.ConditionalFormatOptions{{
		Type: "formula", Criteria: fmt.Sprintf("COUNTA($A%d:$%s%d)>0", first, last, first), Format: &st.filled,
	}}); err != nil {
		return err
	}
	if err := f.SetPanes(s.Name, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A3", ActiveCell: "A3", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	return printSetup{widths: widths, titleFrom: 1, titleTo: 2}.apply(f, s.Name)
}

// validate sets what Excel and WPS accept in the column as it is typed.
func (c tcol) validate(dv *excelize.DataValidation, hasOrgSheet bool, first, end int) error {
	switch c.Kind {
	case kChoice:
		if err := dv.SetDropList(c.List); err != nil {
			return err
		}
		if sameList(c.List, memberCategory) {
			dv.SetError(excelize.DataValidationErrorStyleInformation, c.Header, "不在下拉列表中，仍可保留。")
		} else {
			dv.SetError(excelize.DataValidationErrorStyleStop, c.Header, "请从下拉列表中选择："+strings.Join(c.List, "、"))
		}
	case kBranchRef:
		if hasOrgSheet {
			dv.SetSqrefDropList(fmt.Sprintf("'党组织'!$A$%d:$A$%d", first, end))
			dv.SetError(excelize.DataValidationErrorStyleWarning, c.Header, "“党组织”表中没有这个名称，请核对。")
		}
	case kScore:
		r := c.Range
		if r.Max != "" {
			if err := dv.SetRange(r.Min, r.Max, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
				return err
			}
			dv.SetError(excelize.DataValidationErrorStyleStop, c.Header, fmt.Sprintf("请填 %s 到 %s 之间的数字，不要写“分”字。", r.Min, r.Max))
		} else {
			if err := dv.SetRange(r.Min, "", excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThanOrEqual); err != nil {
				return err
			}
			dv.SetError(excelize.DataValidationErrorStyleStop, c.Header, fmt.Sprintf("请填不小于 %s 的数字，不要写“分”字。", r.Min))
		}
	case kCount:
		if err := dv.SetRange(0, "", excelize.DataValidationTypeWhole, excelize.DataValidationOperatorGreaterThanOrEqual); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, c.Header, "请填票数：0 或正整数。")
	case kPercent:
		if err := dv.SetRange(0, 1, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, c.Header, "请填 0% 到 100% 之间的百分数，如 92%。")
	case kID:
		if err := dv.SetRange(18, 18, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleWarning, c.Header, "身份证号应为18位，请核对。")
	}
	return nil
}

func sameList(a, b []string) bool { return strings.Join(a, ",") == strings.Join(b, ",") }

func truncRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// Column widths of 填表说明: together they fit a portrait A4 page at full
// size, so the explanations print at 11 pt.
var guideWidths = []float64{10, 12, 8, 56}

// writeGuide adds the 填表说明 sheet.
func writeGuide(f *excelize.File, sheets []tsheet, st templateStyles) error {
	if _, err := f.NewSheet(guideSheet); err != nil {
		return err
	}
	s := guideSheet
	total := sumWidths(guideWidths, 0, len(guideWidths))
	for i, w := range guideWidths {
		col := colName(i + 1)
		if err := f.SetColWidth(s, col, col, w); err != nil {
			return err
		}
	}
	f.SetCellValue(s, "A1", "填表说明")
	f.MergeCell(s, "A1", "D1")
	f.SetCellStyle(s, "A1", "D1", st.title)
	f.SetRowHeight(s, 1, 30)
	notes := []string{
		"1. 从每张表的第3行开始逐行填写，一人（一个组织）一行；第1行标题、第2行列名不要删改。列的顺序可以调整，不用的列可以删除（带 * 的必填列除外）。",
		"2. 表格中间不要留空行；表格下方如需写“填表人：…”等说明，请空一行再写。隐藏的行和工作表不会被读入。",
		"3. 数字一律用阿拉伯数字，不要加“分”“票”等字；身份证号、日期列已设为文本格式，直接输入即可。",
		"4. 姓名中间不要用空格对齐；各表中的姓名、支部名称要与花名册完全一致。",
		"5. 填好后保存为 .xlsx 格式（不要另存为 .csv），不要设置打开密码。",
		"6. “" + ExampleSheet + "”表是填好的样子，只作示范，程序不会读入；不要在其中填写。",
		"7. 程序检查发现问题时，会另外生成一份标注副本：有问题的单元格标红（提醒标黄）并附批注，“问题清单”表列出全部问题。请在原表中改正后再运行。",
	}
	r := 2
	for _, n := range notes {
		cell := cellName(1, r)
		f.SetCellValue(s, cell, n)
		f.MergeCell(s, cell, cellName(4, r))
		f.SetCellStyle(s, cell, cellName(4, r), st.guideBody)
		f.SetRowHeight(s, r, wrappedHeight(wrappedLines(n, total)))
		r++
	}
	r++
	head := r
	f.SetSheetRow(s, cellName(1, r), &[]any{"工作表", "列名", "是否必填", "怎么填"})
	f.SetCellStyle(s, cellName(1, r), cellName(4, r), st.guideHead)
	f.SetRowHeight(s, r, 20)
	r++
	for _, sh := range sheets {
		for _, c := range sh.Cols {
			req := "选填"
			if c.Required {
				req = "必填"
			}
			f.SetSheetRow(s, cellName(1, r), &[]any{sh.Name, c.Header, req, c.Guide})
			f.SetCellStyle(s, cellName(1, r), cellName(4, r), st.guideBody)
			lines := wrappedLines(c.Guide, guideWidths[3])
			f.SetRowHeight(s, r, wrappedHeight(lines))
			r++
		}
	}
	// The column table's heading repeats on every page it runs over.
	return printSetup{widths: guideWidths, titleFrom: head, titleTo: head}.apply(f, s)
}

func borders() []excelize.Border {
	var out []excelize.Border
	for _, t := range []string{"left", "right", "top", "bottom"} {
		out = append(out, excelize.Border{Type: t, Color: "BFBFBF", Style: 1})
	}
	return out
}
