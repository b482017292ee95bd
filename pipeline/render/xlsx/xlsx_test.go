package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math/big"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

func writeFixture(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSummary(&buf, testResults(), testOptions()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func open(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// book wraps a read-back workbook with lookups by heading and row key.
type book struct {
	t *testing.T
	f *excelize.File
}

// col finds the column letter of a heading in the given row.
func (b book) col(sheet string, row int, heading string) string {
	b.t.Helper()
	rows, err := b.f.GetRows(sheet)
	if err != nil {
		b.t.Fatal(err)
	}
	for i, h := range rows[row-1] {
		if h == heading {
			return colName(i)
		}
	}
	b.t.Fatalf("%s: no heading %q in row %d: %q", sheet, heading, row, rows[row-1])
	return ""
}

// row finds the row whose cell in column keyCol equals key.
func (b book) row(sheet, keyCol, key string) int {
	b.t.Helper()
	for r := 1; r < 1000; r++ {
		v, _ := b.f.GetCellValue(sheet, fmt.Sprintf("%s%d", keyCol, r))
		if v == key {
			return r
		}
	}
	b.t.Fatalf("%s: no row with %s = %q", sheet, keyCol, key)
	return 0
}

// cell returns a cell's formatted value, raw value, type and style.
func (b book) cell(sheet, ref string) (shown, raw string, typ excelize.CellType, style *excelize.Style, xf int) {
	b.t.Helper()
	var err error
	if shown, err = b.f.GetCellValue(sheet, ref); err != nil {
		b.t.Fatal(err)
	}
	raw, _ = b.f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	typ, _ = b.f.GetCellType(sheet, ref)
	xf, _ = b.f.GetCellStyle(sheet, ref)
	style, _ = b.f.GetStyle(xf)
	return
}

func isNumber(typ excelize.CellType, raw string) bool {
	_, err := strconv.ParseFloat(raw, 64)
	return (typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber) && err == nil
}

func isText(typ excelize.CellType) bool {
	return typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString
}

func TestSheetsAndContractHeadings(t *testing.T) {
	f := open(t, writeFixture(t))
	b := book{t, f}
	want := []string{SheetMembers, SheetMembersPrint, SheetBranches, SheetOrgs, SheetCommended, SheetQuotas, SheetProblems}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	for _, h := range []string{"序号", "所在党支部", "姓名", "性别", "党员类型", "是否参评", "优秀票", "合格票", "基本合格票",
		"不合格票", "有效票", "优秀票率", "自评", "互评", "群众评议", "组织评价", "综合得分", "支部内排名", "否决情形", "评定等次", "说明", "备注"} {
		b.col(SheetMembers, headerRow, h)
	}
	// Dimensions in the configured order, between 优秀票率 and 综合得分.
	if b.col(SheetMembers, 3, "自评") != "M" || b.col(SheetMembers, 3, "组织评价") != "P" || b.col(SheetMembers, 3, "综合得分") != "Q" {
		t.Error("score dimensions not in the configured order after 优秀票率")
	}
	for _, h := range []string{"组织名称", "总分", "群众满意率", "档次", "先进基层党组织"} {
		b.col(SheetOrgs, headerRow, h)
	}
	for _, h := range []string{"类别", "证书编号"} {
		b.col(SheetCommended, headerRow, h)
	}
	for _, s := range want {
		title, _ := f.GetCellValue(s, "A1")
		sub, _ := f.GetCellValue(s, "A2")
		if title == "" || !strings.Contains(sub, unitName) || !strings.Contains(sub, "2012年") || !strings.Contains(sub, "2013年1月10日") {
			t.Errorf("%s: title %q subtitle %q", s, title, sub)
		}
	}
	if v, _ := f.GetCellValue(SheetMembers, "A1"); v != "江城师范学院2012年度民主评议党员结果汇总表" {
		t.Errorf("member title %q", v)
	}
}

func TestMemberValuesAndTypes(t *testing.T) {
	f := open(t, writeFixture(t))
	b := book{t, f}
	s := SheetMembers
	name := b.col(s, 3, "姓名")
	c := func(who, heading string) string {
		return fmt.Sprintf("%s%d", b.col(s, 3, heading), b.row(s, name, who))
	}

	// 89.995 is stored rounded half up to 90 and shown 90.00 — as in the reason.
	shown, raw, typ, st, _ := b.cell(s, c("李四", "综合得分"))
	if shown != "90.00" || raw != "90" || !isNumber(typ, raw) || st.CustomNumFmt == nil || *st.CustomNumFmt != "0.00" {
		t.Errorf("李四 综合得分: shown %q raw %q type %v fmt %v", shown, raw, typ, st.CustomNumFmt)
	}
	shown, raw, typ, st, _ = b.cell(s, c("李四", "优秀票率"))
	if shown != "76.6%" || raw != "0.766" || !isNumber(typ, raw) || st.CustomNumFmt == nil || *st.CustomNumFmt != "0.0%" {
		t.Errorf("李四 优秀票率: shown %q raw %q type %v fmt %v", shown, raw, typ, st.CustomNumFmt)
	}
	for _, h := range []string{"序号", "优秀票", "合格票", "基本合格票", "不合格票", "有效票", "支部内排名", "自评"} {
		_, raw, typ, _, _ := b.cell(s, c("张三", h))
		if !isNumber(typ, raw) {
			t.Errorf("张三 %s = %q (type %v) is not a number", h, raw, typ)
		}
	}
	if _, raw, _, _, _ := b.cell(s, c("张三", "有效票")); raw != "20" {
		t.Errorf("有效票 %q", raw)
	}
	checks := []struct{ who, heading, want string }{
		{"张三", "评定等次", "优秀"},
		{"王五", "评定等次", "基本合格"},
		{"赵六", "评定等次", "不合格"},
		{"赵六", "否决情形", "处分情况为留党察看"},
		{"钱七", "评定等次", "不评定等次"},
		{"钱七", "党员类型", "预备党员"},
		{"钱七", "支部内排名", ""},
		{"吴一", "是否参评", "否（无测评记录）"},
		{"吴一", "优秀票", ""},
		{"吴一", "综合得分", ""},
		{"张三", "是否参评", "是"},
		{"李四", "说明", "综合得分90.00，优秀票率76.6%，超出名额，评为合格"},
		{"王五", "备注", "请假两次\n已补课"}, // \x07 removed, CR LF → LF
	}
	for _, k := range checks {
		if got, _ := f.GetCellValue(s, c(k.who, k.heading)); got != k.want {
			t.Errorf("%s %s = %q, want %q", k.who, k.heading, got, k.want)
		}
	}
	// Branch order follows the 党组织 sheet, 序号 runs 1…n.
	var order []string
	for r := 4; r < 13; r++ {
		v, _ := f.GetCellValue(s, fmt.Sprintf("%s%d", name, r))
		order = append(order, v)
	}
	if want := []string{"张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "+刘十", "吴一"}; !slices.Equal(order, want) {
		t.Errorf("row order %q, want %q", order, want)
	}
}

func TestFormulaInjectionAndLimits(t *testing.T) {
	f := open(t, writeFixture(t))
	b := book{t, f}
	s := SheetMembers
	name := b.col(s, 3, "姓名")
	remark := b.col(s, 3, "备注")

	ref := fmt.Sprintf("%s%d", remark, b.row(s, name, "李四"))
	shown, _, typ, _, xf := b.cell(s, ref)
	formula, _ := f.GetCellFormula(s, ref)
	if shown != hyperlink || !isText(typ) || formula != "" {
		t.Errorf("remark: value %q type %v formula %q; want the text %q", shown, typ, formula, hyperlink)
	}
	if q := f.Styles.CellXfs.Xf[xf].QuotePrefix; q == nil || !*q {
		t.Error("formula-like remark has no quote prefix")
	}
	ref = fmt.Sprintf("%s%d", name, b.row(s, name, "+刘十"))
	if _, _, typ, _, xf := b.cell(s, ref); !isText(typ) || f.Styles.CellXfs.Xf[xf].QuotePrefix == nil {
		t.Errorf("name +刘十: type %v, quote prefix %v", typ, f.Styles.CellXfs.Xf[xf].QuotePrefix)
	}
	// An ordinary name has no quote prefix.
	ref = fmt.Sprintf("%s%d", name, b.row(s, name, "张三"))
	if _, _, _, _, xf := b.cell(s, ref); f.Styles.CellXfs.Xf[xf].QuotePrefix != nil {
		t.Error("plain text got a quote prefix")
	}
	// No cell anywhere holds a formula.
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for r, row := range rows {
			for c := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if fm, _ := f.GetCellFormula(sh, ref); fm != "" {
					t.Errorf("%s!%s holds formula %q", sh, ref, fm)
				}
			}
		}
	}
	// The 40,000-character remark is cut to Excel's limit, and 问题清单 says so.
	ref = fmt.Sprintf("%s%d", remark, b.row(s, name, "周九"))
	long, _ := f.GetCellValue(s, ref)
	if n := len(utf16.Encode([]rune(long))); n != maxCellUnits || !strings.HasSuffix(long, truncMark) {
		t.Errorf("long remark: %d UTF-16 units, suffix ok %v", n, strings.HasSuffix(long, truncMark))
	}
	p := SheetProblems
	r := b.row(p, b.col(p, 3, "单元格"), ref)
	if got, _ := f.GetCellValue(p, fmt.Sprintf("%s%d", b.col(p, 3, "问题"), r)); !strings.Contains(got, "已截断") {
		t.Errorf("问题清单 row for %s: %q", ref, got)
	}
	// Diagnostics from the input are carried, formula-like values as text.
	r = b.row(p, b.col(p, 3, "单元格"), "E12")
	shown, _, typ, _, xf = b.cell(p, fmt.Sprintf("%s%d", b.col(p, 3, "原值"), r))
	if shown != "=1+1" || !isText(typ) || f.Styles.CellXfs.Xf[xf].QuotePrefix == nil {
		t.Errorf("problem value %q type %v", shown, typ)
	}
	if got, _ := f.GetCellValue(p, fmt.Sprintf("%s%d", b.col(p, 3, "类型"), b.row(p, b.col(p, 3, "单元格"), "C5"))); got != "错误" {
		t.Errorf("severity %q", got)
	}
}

func TestBranchesOrgsCommendationsQuotas(t *testing.T) {
	f := open(t, writeFixture(t))
	b := book{t, f}
	s := SheetBranches
	r := b.row(s, "C", staffName)
	want := map[string]string{"D": "5", "E": "4", "F": "1", "G": "5", "H": "4", "K": "1", "L": "25.0%", "Q": "1", "S": "1"}
	for col, w := range want {
		if got, _ := f.GetCellValue(s, fmt.Sprintf("%s%d", col, r)); got != w {
			t.Errorf("支部统计 %s%d = %q, want %q", col, r, got, w)
		}
	}
	if got, _ := f.GetCellValue(s, fmt.Sprintf("J%d", r)); !strings.Contains(got, "由文学院党总支统一分配") {
		t.Errorf("名额计算 %q", got)
	}
	r = b.row(s, "C", officeName)
	if got, _ := f.GetCellValue(s, fmt.Sprintf("I%d", r)); got != "1" {
		t.Errorf("机关 名额 %q", got)
	}
	if got, _ := f.GetCellValue(s, fmt.Sprintf("B%d", r)); got != "（党委直属）" {
		t.Errorf("机关 党总支 %q", got)
	}
	r = b.row(s, "A", "合计")
	for col, w := range map[string]string{"D": "9", "H": "7", "K": "2", "L": "28.6%", "M": "3", "S": "2"} {
		shown, raw, typ, _, _ := b.cell(s, fmt.Sprintf("%s%d", col, r))
		if shown != w || !isNumber(typ, raw) {
			t.Errorf("合计 %s = %q (%v), want %q", col, shown, typ, w)
		}
	}
	if v, _ := f.GetCellValue(s, "K3"); v != "优秀" {
		t.Errorf("group heading K3 = %q", v)
	}
	if v, _ := f.GetCellValue(s, "L4"); v != "占比" {
		t.Errorf("L4 = %q", v)
	}

	o := SheetOrgs
	name := b.col(o, 3, "组织名称")
	r = b.row(o, name, studName)
	for h, w := range map[string]string{"总分": "70.00", "群众满意率": "55.0%", "档次": "一般", "先进基层党组织": "否", "领导班子好": "15.00", "所属党总支": gbName} {
		if got, _ := f.GetCellValue(o, fmt.Sprintf("%s%d", b.col(o, 3, h), r)); got != w {
			t.Errorf("组织 %s = %q, want %q", h, got, w)
		}
	}
	r = b.row(o, name, officeName)
	if _, raw, _, _, _ := b.cell(o, fmt.Sprintf("%s%d", b.col(o, 3, "总分"), r)); raw != "85.13" {
		t.Errorf("85.125 stored as %q, want 85.13", raw)
	}
	if got, _ := f.GetCellValue(o, fmt.Sprintf("%s%d", b.col(o, 3, "先进基层党组织"), b.row(o, name, staffName))); got != "是" {
		t.Errorf("先进 %q", got)
	}

	c := SheetCommended
	r = b.row(c, b.col(c, 3, "姓名/组织名称"), staffName)
	if got, _ := f.GetCellValue(c, fmt.Sprintf("%s%d", b.col(c, 3, "类别"), r)); got != "先进基层党组织" {
		t.Errorf("类别 %q", got)
	}
	if got, _ := f.GetCellValue(c, fmt.Sprintf("%s%d", b.col(c, 3, "证书编号"), r)); got != "JCSF-2012-XJ-0001" {
		t.Errorf("证书编号 %q", got)
	}

	q := SheetQuotas
	r = b.row(q, "C", "全校")
	for col, w := range map[string]string{"B": "优秀共产党员", "D": "9", "E": "8", "F": "1", "G": "7", "H": "2", "J": "7人×30%=2.1→向下取整2"} {
		if got, _ := f.GetCellValue(q, fmt.Sprintf("%s%d", col, r)); got != w {
			t.Errorf("名额分配表 %s = %q, want %q", col, got, w)
		}
	}
}

func TestLayoutAndPrintSettings(t *testing.T) {
	f := open(t, writeFixture(t))
	names := f.GetDefinedName()
	defined := func(name, scope string) string {
		for _, d := range names {
			if d.Name == name && d.Scope == scope {
				return d.RefersTo
			}
		}
		return ""
	}
	tables := []struct {
		sheet      string
		lastCol    string
		headRows   int
		freezeCols int
		lastRow    int // of the autofilter
	}{
		{SheetMembers, "W", 1, 3, 12}, // 身份证号 last
		{SheetBranches, "S", 2, 3, 7},
		{SheetOrgs, "K", 1, 3, 6},
		{SheetCommended, "E", 1, 3, 6},
		{SheetQuotas, "J", 2, 3, 7},
		{SheetProblems, "H", 1, 2, 6},
	}
	for _, tc := range tables {
		s := tc.sheet
		merged, _ := f.GetMergeCells(s)
		var refs []string
		for _, m := range merged {
			refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		for _, w := range []string{"A1:" + tc.lastCol + "1", "A2:" + tc.lastCol + "2"} {
			if !slices.Contains(refs, w) {
				t.Errorf("%s: merged %q lacks %s", s, refs, w)
			}
		}
		panes, _ := f.GetPanes(s)
		if !panes.Freeze || panes.YSplit != 2+tc.headRows || panes.XSplit != tc.freezeCols {
			t.Errorf("%s: panes %+v", s, panes)
		}
		head := 2 + tc.headRows
		if got, want := defined("_xlnm._FilterDatabase", s), fmt.Sprintf("'%s'!$A$%d:$%s$%d", s, head, tc.lastCol, tc.lastRow); got != want {
			t.Errorf("%s: autofilter %q, want %q", s, got, want)
		}
		if got, want := defined("_xlnm.Print_Titles", s), fmt.Sprintf("'%s'!$3:$%d", s, head); got != want {
			t.Errorf("%s: print titles %q, want %q", s, got, want)
		}
		pl, _ := f.GetPageLayout(s)
		if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
			t.Errorf("%s: page layout size %d %s fit %d×%d", s, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
		}
		props, _ := f.GetSheetProps(s)
		if props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: fitToPage not set", s)
		}
		hf, _ := f.GetHeaderFooter(s)
		if hf == nil || hf.OddFooter != "&C第 &P 页 共 &N 页" {
			t.Errorf("%s: footer %+v", s, hf)
		}
		// Fonts Excel and WPS know; borders on the table.
		_, _, _, st, _ := book{t, f}.cell(s, "A1")
		if st.Font == nil || st.Font.Family != fontHei {
			t.Errorf("%s: title font %+v", s, st.Font)
		}
		_, _, _, st, _ = book{t, f}.cell(s, fmt.Sprintf("B%d", head+1))
		if st.Font == nil || st.Font.Family != fontSong || len(st.Border) != 4 {
			t.Errorf("%s: body style font %+v borders %d", s, st.Font, len(st.Border))
		}
		// Column widths fit Chinese text: every heading of the last heading row fits.
		rows, _ := f.GetRows(s)
		for i, h := range rows[head-1] {
			w, _ := f.GetColWidth(s, colName(i))
			if h != "" && w < textWidth(h)+1 {
				t.Errorf("%s: column %s (%s) width %v", s, colName(i), h, w)
			}
		}
	}
	cf, _ := f.GetConditionalFormats(SheetMembers)
	var formulas []string
	for _, opts := range cf {
		for _, o := range opts {
			formulas = append(formulas, o.Criteria)
		}
	}
	if !slices.Contains(formulas, `$T4="不合格"`) || !slices.Contains(formulas, `$T4="基本合格"`) {
		t.Errorf("member conditional formats %q", formulas)
	}
	cf, _ = f.GetConditionalFormats(SheetOrgs)
	if o := cf["H4:H6"]; len(o) != 1 || o[0].Criteria != "less than" || o[0].Value != "0.6" {
		t.Errorf("org conditional formats %+v", cf)
	}
	// Rows with wrapped text get a height for their lines; the cut 32767-
	// character remark stops at Excel's 409 pt.
	if h, _ := f.GetRowHeight(SheetMembers, 5); h < 2*lineHeight { // 李四: a two-line 说明
		t.Errorf("row 5 height %v for a wrapped 说明", h)
	}
	if h, _ := f.GetRowHeight(SheetMembers, 10); h != maxRowHeight { // 周九
		t.Errorf("row 10 height %v, want %v", h, maxRowHeight)
	}
	// The unresolved tie is orange.
	_, _, _, st, _ := book{t, f}.cell(SheetMembers, "R9")
	if len(st.Fill.Color) == 0 || st.Fill.Color[0] != "F8CBAD" {
		t.Errorf("tie rank fill %+v", st.Fill)
	}
}

func TestChartOnBranchSheet(t *testing.T) {
	b := writeFixture(t)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		for _, zf := range zr.File {
			if zf.Name == name {
				rc, _ := zf.Open()
				defer rc.Close()
				d, _ := io.ReadAll(rc)
				return string(d)
			}
		}
		return ""
	}
	// 支部统计 is the third sheet (after 党员评议结果 and its print layout): sheet3.xml.
	if !strings.Contains(read("xl/worksheets/_rels/sheet3.xml.rels"), "drawings/drawing1.xml") ||
		!strings.Contains(read("xl/worksheets/sheet3.xml"), "<drawing") {
		t.Fatal("支部统计 has no drawing")
	}
	if !strings.Contains(read("xl/drawings/_rels/drawing1.xml.rels"), "charts/chart1.xml") {
		t.Fatal("drawing has no chart")
	}
	chart := strings.ReplaceAll(read("xl/charts/chart1.xml"), "&#39;", "'")
	for _, w := range []string{"<barChart>", `<grouping val="stacked">`, `<varyColors val="0">`, "'支部统计'!$K$5:$K$7", "'支部统计'!$C$5:$C$7", "各党支部评定等次人数"} {
		if !strings.Contains(chart, w) {
			t.Errorf("chart lacks %q", w)
		}
	}
}

func TestDeterministic(t *testing.T) {
	first := writeFixture(t)
	for range 5 { // excelize keeps streamed sheets in a map: repeat to shake its order
		if !bytes.Equal(first, writeFixture(t)) {
			t.Fatal("two runs gave different bytes")
		}
	}
	zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	stamp := testOptions().Stamp
	for _, zf := range zr.File {
		names = append(names, zf.Name)
		if !zf.Modified.Equal(stamp) && zf.Modified.Format("2006-01-02 15:04:05") != stamp.Format("2006-01-02 15:04:05") {
			t.Errorf("%s: zip time %v, want %v", zf.Name, zf.Modified, stamp)
		}
	}
	if !slices.IsSorted(names) || names[0] != "[Content_Types].xml" {
		t.Errorf("zip entries not sorted: %q", names)
	}
	f := open(t, first)
	props, _ := f.GetDocProps()
	if props.Created != "2013-01-10T01:00:00Z" || props.Modified != props.Created || props.Creator != unitName {
		t.Errorf("doc props %+v", props)
	}
}

func TestEmptyResults(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSummary(&buf, &model.Results{}, Options{}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if v, _ := f.GetCellValue(SheetMembers, "C3"); v != "姓名" {
		t.Errorf("empty workbook heading %q", v)
	}
}

// TestNumberCells: the rounding rule itself is pipeline/decimal's (tested
// there); here, that cells carry the rounded value and text.
func TestNumberCells(t *testing.T) {
	if n := score(rat("89.995")).(number); n.v != 90 || n.text != "90.00" {
		t.Errorf("score %+v", n)
	}
	if n := score(rat("-0.004")).(number); n.v != 0 || n.text != "0.00" {
		t.Errorf("score %+v", n)
	}
	if n := ratio(rat("0.7655")).(number); n.v != 0.766 || n.text != "76.6%" {
		t.Errorf("ratio %+v", n)
	}
	if score(nil) != nil || ratio(nil) != nil || share(1, 0) != nil {
		t.Error("missing values must stay blank")
	}
}

func TestCleanText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"张三", "张三"},
		{"a\x07b\x00c\x1fd\x7fe\u0085f", "abcdef"},
		{"一\r\n二\r三\n四\t五", "一\n二\n三\n四\t五"},
		{"bad\xffutf8", "bad\ufffdutf8"},
		{"\ufffe\uffffx", "x"},
	} {
		if got, cut := cleanText(tc.in); got != tc.want || cut {
			t.Errorf("cleanText(%q) = %q, %v; want %q", tc.in, got, cut, tc.want)
		}
	}
	// Astral characters count two units; the cut never splits one.
	s := strings.Repeat("𠀀", 20000)
	got, cut := cleanText(s)
	if !cut || utf16Len(got) > maxCellUnits || !strings.HasSuffix(got, truncMark) {
		t.Errorf("astral cut: %d units, cut %v", utf16Len(got), cut)
	}
	exact := strings.Repeat("a", maxCellUnits)
	if got, cut := cleanText(exact); cut || got != exact {
		t.Error("text at the limit must not be cut")
	}
	for s, want := range map[string]bool{"=1": true, "+1": true, "-1": true, "@x": true, "\tx": true, "＝x": true, "张=": false, "": false, "1-2": false} {
		if looksLikeFormula(s) != want {
			t.Errorf("looksLikeFormula(%q) != %v", s, want)
		}
	}
}

// bigResults builds n members in about n/33 branches under n/330 党总支.
func bigResults(n int) (*model.Results, Options) {
	opt := testOptions()
	opt.Orgs = []model.Organisation{{Name: unitName, Type: model.PartyCommittee}}
	nb := max(1, n/33)
	branch := make([]string, nb)
	for i := range nb {
		gb := fmt.Sprintf("第%d党总支", i/10+1)
		if i%10 == 0 {
			opt.Orgs = append(opt.Orgs, model.Organisation{Name: gb, Type: model.GeneralBranch, Parent: unitName, Order: len(opt.Orgs)})
		}
		branch[i] = fmt.Sprintf("第%d党支部", i+1)
		opt.Orgs = append(opt.Orgs, model.Organisation{Name: branch[i], Type: model.Branch, Parent: gb, Order: len(opt.Orgs)})
	}
	grades := []model.Grade{model.Excellent, model.Qualified, model.Qualified, model.Qualified, model.Basic, model.Unqualified}
	res := &model.Results{Members: make([]model.MemberResult, n)}
	for i := range n {
		b := branch[i%nb]
		a := &model.MemberAssessment{Votes: v(10, 8, 1, 1), HasVotes: true, Remark: "按时参加组织生活",
			Scores: map[string]*big.Rat{"自评": big.NewRat(90, 1), "互评": big.NewRat(8853, 100), "群众评议": big.NewRat(87, 1), "组织评价": big.NewRat(91, 1)}}
		m := &model.Member{Name: fmt.Sprintf("党员%06d", i), Gender: "男", Branch: b, Type: model.FullMember, Order: i / nb, Assessment: a}
		res.Members[i] = model.MemberResult{Member: m, Graded: true, Grade: grades[i%len(grades)],
			Score: big.NewRat(int64(8000+i%2000), 100), Scores: a.Scores, RankInBranch: i/nb + 1,
			Ratios: map[string]*big.Rat{"优秀票率": big.NewRat(1, 2)},
			Reason: "综合得分88.53，优秀票率50.0%，候选人中排第3名，超出名额，评为合格"}
	}
	return res, opt
}

// BenchmarkWriteSummary100k writes 100,000 members (~3,000 branches) to a
// counting writer and reports memory beyond the input (the 100k results):
//
//   - live-MiB: the peak of the live heap while writing, sampled every 25 ms
//     right after a forced collection — what the writer really holds;
//   - inuse-MiB: the peak of HeapInuse sampled every millisecond without
//     forcing collections — what the process needed at the default GOGC
//     (garbage included); measured in a separate run so the forced
//     collections do not hide it.
func BenchmarkWriteSummary100k(b *testing.B) { benchWrite(b, 100_000) }

// BenchmarkWriteSummary25k is the same at a quarter of the size: live-MiB
// should hardly change (bounded memory), file-MiB should shrink fourfold.
func BenchmarkWriteSummary25k(b *testing.B) { benchWrite(b, 25_000) }

func benchWrite(b *testing.B, n int) {
	res, opt := bigResults(n)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	input := ms.HeapAlloc
	write := func() int64 {
		cw := &countWriter{}
		if err := WriteSummary(cw, res, opt); err != nil {
			b.Fatal(err)
		}
		return cw.n
	}
	peakOver := func(force bool, every time.Duration, run func()) float64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapAlloc
		if !force {
			base = ms.HeapInuse
		}
		var peak uint64
		stop, done := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(done)
			tick := time.NewTicker(every)
			defer tick.Stop()
			var ms runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-tick.C:
					if force {
						runtime.GC()
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapAlloc)
					} else {
						runtime.ReadMemStats(&ms)
						peak = max(peak, ms.HeapInuse)
					}
				}
			}
		}()
		run()
		close(stop)
		<-done
		return float64(peak-min(peak, base)) / (1 << 20)
	}
	var size int64
	var inuse float64
	b.ResetTimer()
	for b.Loop() {
		inuse = peakOver(false, time.Millisecond, func() { size = write() })
	}
	b.StopTimer()
	live := peakOver(true, 25*time.Millisecond, func() { write() })
	b.ReportMetric(live, "live-MiB")
	b.ReportMetric(inuse, "inuse-MiB")
	b.ReportMetric(float64(input)/(1<<20), "input-MiB")
	b.ReportMetric(float64(size)/(1<<20), "file-MiB")
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func TestSplit(t *testing.T) {
	res := testResults()
	parts := Split(res, testOrgs())
	var units []string
	for _, p := range parts {
		units = append(units, p.Unit)
	}
	if want := []string{gbName, officeName}; !slices.Equal(units, want) {
		t.Fatalf("units %q, want %q", units, want)
	}
	gb := parts[0].Results
	if len(gb.Members) != 7 || len(gb.Orgs) != 2 || len(gb.Quotas) != 1 || len(gb.Diagnostics) != 0 {
		t.Errorf("党总支 part: %d members %d orgs %d quotas", len(gb.Members), len(gb.Orgs), len(gb.Quotas))
	}
	opt := testOptions()
	opt.Title = gbName + "2012年度民主评议党员结果汇总表"
	opt.Orgs = parts[0].Orgs
	var buf bytes.Buffer
	if err := WriteSummary(&buf, &parts[0].Results, opt); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	rows, _ := f.GetRows(SheetBranches)
	if len(rows) != 7 { // title, subtitle, 2 headings, 2 branches, 合计
		t.Errorf("支部统计 of the part has %d rows", len(rows))
	}
}
