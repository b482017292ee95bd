// Package sheet reads the workbooks office staff fill in (花名册.xlsx,
// 测评表.xlsx) into a model.Dataset with diagnostics, writes marked-up copies
// of problem workbooks, and writes the blank templates for `pingyou init`.
//
// The contract is ../shared/spec/inputs.md. Reading is one pass that collects
// every problem: sheets are found by their header rows in any of the files,
// the tab name breaking ties (detect.go), the header row is the first of the
// first 10 rows that holds the required headers, columns are mapped by
// header text in any order, values are normalised (normalize.go), then
// members are joined to their assessments and organisations and the
// hierarchy is checked (join.go).
//
// Files that cannot be read at all (neither .xlsx nor .xls/.et, encrypted,
// corrupt, too large, a zip bomb, a sheet with a million rows) give a
// *FileError with one sentence and no Dataset. Input files are only ever
// opened read-only.
package sheet

import (
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"pingyou/pipeline/model"
)

// Options configures Read and WriteTemplates.
type Options struct {
	// MemberDimensions are the score columns of 党员测评, as named in the
	// config's scheme (sample: 自评, 互评, 群众评议, 组织评价). Each is a
	// required column.
	MemberDimensions []string
	// OrgItems are the item columns of 组织测评 (sample: 领导班子好, …).
	OrgItems []string
	// MemberScoreMax and OrgItemMax, when positive, are the highest allowed
	// score in a dimension or item column (sample: 100 and 20). Scores below
	// 0 are always errors.
	MemberScoreMax, OrgItemMax int64
	// MemberRanges and OrgRanges, by dimension or item name, are the
	// allowed scores of a column when the scheme gives them (its min and
	// max); they take the place of MemberScoreMax and OrgItemMax there.
	MemberRanges, OrgRanges map[string]Range
	// Year is the evaluation year (评议年度) and AsOf the date the
	// documents are issued (成文日期), when known: a 入党时间 or 出生日期
	// after them is impossible.
	Year int
	AsOf model.Date
	// Partial, when true, does not report missing sheets and skips the
	// joins that need them: for checking one workbook on its own.
	Partial bool
	// MaxRows is the most rows a sheet may have (default 200000).
	MaxRows int
	// MaxFileSize is the largest input file in bytes (default 100 MB).
	MaxFileSize int64
	// MaxUnzipSize bounds the total uncompressed size of a workbook's parts
	// in bytes (default 200 MB); larger packages are refused as zip bombs.
	MaxUnzipSize int64
}

// Default limits.
const (
	DefaultMaxRows      = 200000
	DefaultMaxFileSize  = 100 << 20
	DefaultMaxUnzipSize = 200 << 20
)

// SampleOptions returns the options of the sample scheme used by samples/ and
// the documentation.
func SampleOptions() Options {
	return Options{
		MemberDimensions: []string{"自评", "互评", "群众评议", "组织评价"},
		OrgItems:         []string{"领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好"},
		MemberScoreMax:   100,
		OrgItemMax:       20,
	}
}

func (o Options) limits() limits {
	l := limits{maxFile: o.MaxFileSize, maxUnzip: o.MaxUnzipSize, maxRows: o.MaxRows}
	if l.maxFile <= 0 {
		l.maxFile = DefaultMaxFileSize
	}
	if l.maxUnzip <= 0 {
		l.maxUnzip = DefaultMaxUnzipSize
	}
	if l.maxRows <= 0 {
		l.maxRows = DefaultMaxRows
	}
	return l
}

// kind is one of the sheets of the contract.
type kind int

const (
	kindOrgs kind = iota
	kindMembers
	kindAssess
	kindOrgAssess
	kindQuarters
	numKinds
)

// kindSpec names a sheet and its aliases.
type kindSpec struct {
	Name     string
	Aliases  []string
	Optional bool
}

var kinds = [numKinds]kindSpec{
	kindOrgs:      {Name: "党组织", Aliases: []string{"组织", "党组织名册", "基层党组织"}},
	kindMembers:   {Name: "党员", Aliases: []string{"党员名册", "花名册", "党员花名册"}},
	kindAssess:    {Name: "党员测评", Aliases: []string{"党员评议", "民主评议", "测评"}},
	kindOrgAssess: {Name: "组织测评", Aliases: []string{"党组织测评", "组织考核", "支部考核"}},
	kindQuarters:  {Name: "季度考核", Aliases: []string{"流动红旗", "季度评比"}, Optional: true},
}

// column is a column of the contract: its canonical header, the other
// headers accepted for it, and whether it is required.
type column struct {
	Key      string
	Aliases  []string
	Required bool
}

var branchAliases = []string{"所在支部", "党支部", "支部"}

// columns returns the columns of a sheet kind under the options.
func (o Options) columns(k kind) []column {
	switch k {
	case kindOrgs:
		return []column{
			{Key: "组织名称", Aliases: []string{"党组织名称"}, Required: true},
			{Key: "组织类型", Aliases: []string{"党组织类型"}, Required: true},
			{Key: "上级组织", Aliases: []string{"上级党组织"}},
			{Key: "书记"},
			{Key: "组织类别"},
			// Optional; a code stays when the name changes (issue 19).
			{Key: "组织代码", Aliases: []string{"党组织代码", "组织编码", "党组织编码"}},
		}
	case kindMembers:
		return []column{
			{Key: "姓名", Required: true},
			{Key: "性别"},
			{Key: "民族"},
			{Key: "出生日期"},
			{Key: "身份证号", Aliases: []string{"身份证号码", "公民身份号码"}},
			{Key: "入党时间", Aliases: []string{"入党日期"}},
			{Key: "党员类型"},
			{Key: "所在党支部", Aliases: branchAliases, Required: true},
			{Key: "人员类别"},
			{Key: "职务"},
		}
	case kindAssess:
		cs := []column{
			{Key: "姓名", Required: true},
			{Key: "所在党支部", Aliases: branchAliases, Required: true},
			{Key: "身份证号", Aliases: []string{"身份证号码", "公民身份号码"}},
		}
		for _, d := range o.MemberDimensions {
			cs = append(cs, column{Key: normHeader(d), Required: true})
		}
		return append(cs,
			column{Key: "优秀票"}, column{Key: "合格票"}, column{Key: "基本合格票"}, column{Key: "不合格票"},
			column{Key: "处分情况"}, column{Key: "备注"})
	case kindOrgAssess:
		cs := []column{{Key: "组织名称", Aliases: []string{"党组织名称"}, Required: true}}
		for _, it := range o.OrgItems {
			cs = append(cs, column{Key: normHeader(it), Required: true})
		}
		return append(cs, column{Key: "群众满意率", Aliases: []string{"满意率"}}, column{Key: "备注"})
	case kindQuarters:
		return []column{
			{Key: "组织名称", Aliases: []string{"党组织名称"}, Required: true},
			{Key: "季度", Required: true},
			{Key: "考核得分", Aliases: []string{"得分"}, Required: true},
			{Key: "备注"},
		}
	}
	return nil
}

var bracketRE = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|（[^（）]*）`)

// normHeader normalises header text: full-width folded, spaces and line
// breaks removed, `*` and bracketed markers such as （必填） removed, a
// trailing colon dropped.
func normHeader(s string) string {
	s = removeSpaces(foldWidth(s))
	s = strings.NewReplacer("*", "", "※", "", "★", "").Replace(s)
	for {
		t := bracketRE.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	return strings.TrimRight(s, ":：")
}

// normSheetName normalises a sheet name for matching.
func normSheetName(s string) string { return removeSpaces(foldWidth(s)) }

// loc is where a diagnostic points, with the keys it is sorted by.
type loc struct {
	fileIdx, sheetIdx int
	file, sheet       string
	row, col          int // 0 when the problem concerns a whole sheet or row
}

// diagItem is a diagnostic with its sort keys.
type diagItem struct {
	d   model.Diagnostic
	l   loc
	seq int
}

// reader holds the state of one Read call.
type reader struct {
	opt   Options
	diags []diagItem
	rats  map[[2]int64]*big.Rat // numbers by plain decimal text, shared
	// noValue are cells already reported as having no value (a formula
	// never calculated); what follows from that (为空, 未填) is not
	// reported again at the same cell.
	noValue map[loc]bool
	// mergeSteps counts the rows fillMerges visits (tests bound it).
	mergeSteps int
	// latest is Options.latest, worked out once.
	latest     int
	latestWhat string
	latestSet  bool
}

// report adds a diagnostic.
func (rd *reader) report(sev model.Severity, l loc, problem, value, fix string) {
	if l.row > 0 && rd.noValue[l] {
		return
	}
	ref := model.CellRef{File: l.file, Sheet: l.sheet}
	if l.row > 0 {
		c := l.col
		if c == 0 {
			c = 1
		}
		ref.Cell = cellName(c, l.row)
	}
	rd.diags = append(rd.diags, diagItem{
		d:   model.Diagnostic{Severity: sev, Ref: ref, Problem: problem, Value: value, Fix: fix},
		l:   l,
		seq: len(rd.diags),
	})
}

func (rd *reader) issue(is *issue, l loc, value string) {
	if is != nil {
		rd.report(is.Sev, l, is.Problem, value, is.Fix)
	}
}

// sorted returns the diagnostics ordered by file, sheet, row, column.
func (rd *reader) sorted() model.Diagnostics {
	sort.SliceStable(rd.diags, func(i, j int) bool {
		a, b := rd.diags[i].l, rd.diags[j].l
		switch {
		case a.fileIdx != b.fileIdx:
			return a.fileIdx < b.fileIdx
		case a.sheetIdx != b.sheetIdx:
			return a.sheetIdx < b.sheetIdx
		case a.row != b.row:
			return a.row < b.row
		case a.col != b.col:
			return a.col < b.col
		}
		return rd.diags[i].seq < rd.diags[j].seq
	})
	out := make(model.Diagnostics, len(rd.diags))
	for i, d := range rd.diags {
		out[i] = d.d
	}
	return out
}

// table is a found sheet with its header mapped.
type table struct {
	kind    kind
	fileIdx int
	file    string
	sheet   *rawSheet
	header  int            // last header row number (1-based)
	cols    map[string]int // canonical key → column
	headers []headerCell   // every non-empty header cell
	hdr     *model.Header  // headers as shared by the rows' Columns, made on first use
	rows    []*rawRow      // data rows, in order
	// date1904: the workbook counts date serials from 1904 (Excel for Mac).
	date1904 bool
}

type headerCell struct {
	Key string // normalised header text (canonical key for known columns)
	Col int
}

// at returns the location of a cell of the table.
func (t *table) at(row, col int) loc {
	return loc{fileIdx: t.fileIdx, sheetIdx: t.sheet.Index, file: t.file, sheet: t.sheet.Name, row: row, col: col}
}

// get returns the cell of the row in the column with the given key.
func (t *table) get(r *rawRow, key string) (*rawCell, int) {
	col, ok := t.cols[key]
	if !ok {
		return nil, 0
	}
	return r.cell(col), col
}

// text returns the cleaned text of a column, "" when blank or absent.
func (t *table) text(r *rawRow, key string) string {
	c, _ := t.get(r, key)
	if c == nil {
		return ""
	}
	return cleanText(c.Value)
}

// Read reads the workbooks at paths (any number; each sheet of the contract
// may be in any of them), normalises every value, joins members to their
// assessments and organisations, and checks the hierarchy. All problems are
// returned as diagnostics, sorted by file, sheet, row and column.
//
// ds is nil only when a file could not be read at all; err is then a
// *FileError whose message is one Chinese sentence naming the file. The
// files are opened read-only and never modified.
func Read(paths []string, opt Options) (ds *model.Dataset, diags model.Diagnostics, err error) {
	lim := opt.limits()
	wbs := make([]*workbook, 0, len(paths))
	for _, p := range paths {
		wb, ferr := openWorkbook(p, lim)
		if ferr != nil {
			return nil, nil, ferr
		}
		wbs = append(wbs, wb)
	}
	rd := &reader{opt: opt}
	ds = &model.Dataset{}
	for _, wb := range wbs {
		ds.Inputs = append(ds.Inputs, model.InputFile{Path: wb.path, Name: wb.name, SHA256: wb.sha256, Size: int64(len(wb.data))})
	}
	found, ferr := rd.findTables(wbs) // detect.go
	if ferr != nil {
		return nil, nil, ferr
	}
	usable := func(k kind) *table {
		if t := found[k]; t != nil && t.cols != nil {
			return t
		}
		return nil
	}
	if t := usable(kindOrgs); t != nil {
		ds.Orgs = rd.readOrgs(t)
	}
	if t := usable(kindMembers); t != nil {
		ds.Members = rd.readMembers(t)
	}
	var assess []assessRow
	if t := usable(kindAssess); t != nil {
		assess = rd.readAssessments(t)
	}
	if t := usable(kindOrgAssess); t != nil {
		ds.OrgAssessments = rd.readOrgAssessments(t)
	}
	if found[kindQuarters] != nil {
		ds.HasQuarterSheet = true
		if t := usable(kindQuarters); t != nil {
			ds.Quarters = rd.readQuarters(t)
		}
	}
	j := joiner{rd: rd, ds: ds, tables: found, haveOrgs: usable(kindOrgs) != nil}
	j.checkOrgs()
	j.checkMembers()
	if usable(kindAssess) != nil && usable(kindMembers) != nil {
		j.joinAssessments(assess)
	}
	j.checkOrgAssessments(usable(kindOrgAssess) != nil)
	j.checkQuarters()
	return ds, rd.sorted(), nil
}

// matchKind finds the sheet kind a sheet name stands for.
func matchKind(name string) (kind, bool) {
	n := normSheetName(name)
	for k, s := range kinds {
		if n == s.Name {
			return kind(k), true
		}
		for _, a := range s.Aliases {
			if n == a {
				return kind(k), true
			}
		}
	}
	return 0, false
}

// findHeader locates the header row among the first 10 rows and maps the
// columns; it reports and returns false when the required columns are not all
// there.
func (rd *reader) findHeader(t *table) bool {
	cols := rd.opt.columns(t.kind)
	lookup := headerLookup(cols)
	header, best := headerRow(t.sheet.Rows, cols, lookup)
	if header == nil {
		rd.reportNoHeader(t, cols, best)
		return false
	}
	t.cols = header.matched
	t.header = header.row.Num
	seen := map[string]int{}
	rd.addHeaders(t, header.row, lookup, seen)
	// A two-level header: the next row holds more known headers (e.g. 优秀票
	// … under a merged 得票情况).
	if next := subHeader(t, header.row, lookup); next != nil {
		for _, c := range next.Cells {
			if key, ok := lookup[normHeader(c.Value)]; ok {
				if _, have := t.cols[key]; !have {
					t.cols[key] = c.Col
				}
			}
		}
		rd.addHeaders(t, next, lookup, seen)
		t.header = next.Num
	}
	rd.collectRows(t)
	return true
}

// headerLookup maps each normalised header text a kind knows (keys and
// aliases; the first column claiming an alias keeps it) to its key.
func headerLookup(cols []column) map[string]string {
	lookup := map[string]string{}
	for _, c := range cols {
		lookup[c.Key] = c.Key
		for _, a := range c.Aliases {
			if _, dup := lookup[a]; !dup {
				lookup[a] = c.Key
			}
		}
	}
	return lookup
}

// headerCand is a row read as a header: the column of each key it has and
// how many of them are required.
type headerCand struct {
	row     *rawRow
	matched map[string]int
	nreq    int
}

// headerRow returns the first of the top rows with every required column,
// or nil and the row with most of them (nil when the sheet has no rows).
func headerRow(rows []rawRow, cols []column, lookup map[string]string) (header, best *headerCand) {
	for i := range rows {
		r := &rows[i]
		if r.Num > headRows {
			break
		}
		cand := &headerCand{row: r, matched: map[string]int{}}
		for _, c := range r.Cells {
			if key, ok := lookup[normHeader(c.Value)]; ok {
				if _, dup := cand.matched[key]; !dup {
					cand.matched[key] = c.Col
				}
			}
		}
		for _, c := range cols {
			if _, ok := cand.matched[c.Key]; ok && c.Required {
				cand.nreq++
			}
		}
		if best == nil || cand.nreq > best.nreq {
			best = cand
		}
		if cand.nreq == countRequired(cols) {
			return cand, best
		}
	}
	return nil, best
}

// reportNoHeader says that no header was found, or which required columns
// the likeliest row lacks.
func (rd *reader) reportNoHeader(t *table, cols []column, best *headerCand) {
	l := t.at(0, 0)
	if best == nil || best.nreq == 0 {
		rd.report(model.Error, l,
			fmt.Sprintf("前10行中没有找到表头（应有 %s 等列）", strings.Join(requiredKeys(cols, nil), "、")),
			"", "请在表格上方保留一行列标题，写明 "+strings.Join(requiredKeys(cols, nil), "、"))
		return
	}
	missing := requiredKeys(cols, best.matched)
	l.row, l.col = best.row.Num, 1
	rd.report(model.Error, l,
		fmt.Sprintf("表头（第%d行）缺少必填列：%s", best.row.Num, strings.Join(missing, "、")),
		"", "请在第"+fmt.Sprint(best.row.Num)+"行加上这些列标题（列的顺序不限）")
}

// addHeaders lists the header cells of row r in t.headers by key (known
// headers) or normalised text, once each; a second column with a header
// already read is reported when it is a known column's. seen maps each
// header to its column across the rows of a two-level header.
func (rd *reader) addHeaders(t *table, r *rawRow, lookup map[string]string, seen map[string]int) {
	for _, c := range r.Cells {
		h := normHeader(c.Value)
		if h == "" {
			continue
		}
		if key, ok := lookup[h]; ok {
			h = key
		}
		if prev, dup := seen[h]; dup {
			if t.cols[h] == prev && prev != c.Col {
				rd.report(model.Warning, t.at(r.Num, c.Col), "有两列都叫“"+h+"”，只读了第 "+colName(prev)+" 列",
					cleanText(c.Value), "请删除或改名重复的列")
			}
			continue
		}
		seen[h] = c.Col
		t.headers = append(t.headers, headerCell{Key: h, Col: c.Col})
	}
}

// subHeader returns the row right below header when it holds known
// columns the header row does not (the second row of a two-level header).
func subHeader(t *table, header *rawRow, lookup map[string]string) *rawRow {
	idx := -1
	for i := range t.sheet.Rows {
		if &t.sheet.Rows[i] == header {
			idx = i
		}
	}
	if idx+1 >= len(t.sheet.Rows) {
		return nil
	}
	next := &t.sheet.Rows[idx+1]
	if next.Num != header.Num+1 {
		return nil
	}
	for _, c := range next.Cells {
		if key, ok := lookup[normHeader(c.Value)]; ok {
			if _, have := t.cols[key]; !have {
				return next
			}
		}
	}
	return nil
}

func countRequired(cols []column) int {
	n := 0
	for _, c := range cols {
		if c.Required {
			n++
		}
	}
	return n
}

// requiredKeys lists the required columns not in have.
func requiredKeys(cols []column, have map[string]int) []string {
	var out []string
	for _, c := range cols {
		if _, ok := have[c.Key]; c.Required && !ok {
			out = append(out, c.Key)
		}
	}
	return out
}

var notePrefixes = []string{"注", "说明", "备注", "填表", "制表", "审核", "负责人", "联系", "日期", "签字", "盖章", "单位"}

// collectRows picks the data rows below the header.
//
// Skipped: blank rows (no value in any known column); hidden rows (with a
// warning when they hold data); and notes below the table. A note is a row
// that comes after a blank row, has exactly one non-empty cell, and whose
// text contains a colon, starts with 注/说明/备注/填表/制表/审核/负责人/联系/
// 日期/签字/盖章/单位, or is 20 characters or longer — e.g. 填表人：王五. A
// lone name after a blank row is not a note and is checked as data.
//
// Vertically merged cells in the data area count for every row they span
// (所在党支部 merged over a branch's members), in the merge's first column.
func (rd *reader) collectRows(t *table) {
	sh := t.sheet
	known := map[int]bool{}
	for _, c := range t.cols {
		known[c] = true
	}
	rd.fillMerges(t)
	prev := t.header
	sawBlank := false
	for i := range sh.Rows {
		r := &sh.Rows[i]
		if r.Num <= t.header {
			continue
		}
		if r.Num > prev+1 {
			sawBlank = true
		}
		prev = r.Num
		hasKnown := false
		for _, c := range r.Cells {
			if known[c.Col] && cleanText(c.Value) != "" {
				hasKnown = true
			}
		}
		if !hasKnown {
			sawBlank = true
			continue
		}
		if r.Hidden {
			rd.report(model.Warning, t.at(r.Num, 1), fmt.Sprintf("第%d行被隐藏了，已跳过（没有读入）", r.Num), "",
				"如果这一行应当参加评议，请取消隐藏；否则请删除这一行")
			continue
		}
		if sawBlank && isNote(r) {
			continue
		}
		rd.uncalculated(t, r)
		t.rows = append(t.rows, r)
	}
}

func isNote(r *rawRow) bool {
	n := 0
	var text string
	for _, c := range r.Cells {
		if s := cleanText(c.Value); s != "" {
			n++
			text = s
		}
	}
	if n != 1 {
		return false
	}
	if strings.ContainsAny(text, ":：") || utf8.RuneCountInString(text) >= 20 {
		return true
	}
	for _, p := range notePrefixes {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// cellLoc returns the location and the stored value of a column in a row.
func (t *table) cellLoc(r *rawRow, key string) (loc, *rawCell) {
	c, col := t.get(r, key)
	return t.at(r.Num, col), c
}

// requireText reports a blank required cell and returns the cleaned text.
func (rd *reader) requireText(t *table, r *rawRow, key, what string) (string, bool) {
	l, c := t.cellLoc(r, key)
	if c == nil || cleanText(c.Value) == "" {
		rd.report(model.Error, l, key+"为空", "", "请填写"+what)
		return "", false
	}
	if c.Type == typeError {
		rd.report(model.Error, l, key+"是公式错误值", c.Value, "请检查这个单元格的公式")
		return "", false
	}
	return cleanText(c.Value), true
}

// ref returns the CellRef of a column in a row.
func (t *table) ref(r *rawRow, key string) model.CellRef {
	_, col := t.get(r, key)
	if col == 0 {
		col = 1
	}
	return model.CellRef{File: t.file, Sheet: t.sheet.Name, Cell: cellName(col, r.Num)}
}

// readOrgs decodes the 党组织 sheet.
func (rd *reader) readOrgs(t *table) []model.Organisation {
	var out []model.Organisation
	for _, r := range t.rows {
		name, _ := rd.requireText(t, r, "组织名称", "党组织的全称")
		name = orgName(rd.nameCell(t, r, "组织名称", name))
		o := model.Organisation{Name: name, Order: len(out), Ref: t.ref(r, "组织名称")}
		if l, c := t.cellLoc(r, "组织类型"); c == nil || cleanText(c.Value) == "" {
			rd.report(model.Error, l, "组织类型为空", "", "请从下拉列表中选择："+strings.Join(orgTypeNames(), "、"))
		} else if v, good := choice(c.Value, orgTypeNames(), orgTypeAliases); !good {
			rd.report(model.Error, l, "组织类型不对", cleanText(c.Value), "应为以下之一："+strings.Join(orgTypeNames(), "、"))
		} else {
			o.Type = model.OrgType(v)
		}
		o.Parent = orgName(rd.nameCell(t, r, "上级组织", t.text(r, "上级组织")))
		if s, is := normName(rd.nameCell(t, r, "书记", t.text(r, "书记"))); true {
			o.Secretary = s
			l, c := t.cellLoc(r, "书记")
			if c != nil {
				rd.issue(is, l, cleanText(c.Value))
			}
		}
		if l, c := t.cellLoc(r, "组织类别"); c != nil && cleanText(c.Value) != "" {
			v, good := choice(c.Value, orgCategories, nil)
			if !good {
				rd.report(model.Warning, l, "组织类别不在列表中", cleanText(c.Value), "应为以下之一："+strings.Join(orgCategories, "、"))
				v = cleanText(c.Value)
			}
			o.Category = v
		}
		o.Code = removeSpaces(foldWidth(t.text(r, "组织代码"))) // as typed, without spaces; full-width folded
		// Kept even when its type is wrong, so that members naming it do not
		// get a second, misleading error.
		if name != "" {
			out = append(out, o)
		}
	}
	return out
}

// readMembers decodes the 党员 sheet.
func (rd *reader) readMembers(t *table) []model.Member {
	out := make([]model.Member, 0, len(t.rows))
	for _, r := range t.rows {
		m := model.Member{Ref: t.ref(r, "姓名"), Type: model.FullMember}
		raw, ok := rd.requireText(t, r, "姓名", "党员姓名")
		if ok {
			l, _ := t.cellLoc(r, "姓名")
			var is *issue
			raw = rd.nameCell(t, r, "姓名", raw)
			m.Name, is = normName(raw)
			rd.issue(is, l, raw)
		}
		if b, good := rd.requireText(t, r, "所在党支部", "党员所在党支部的全称（与“党组织”表中的名称一致）"); good {
			m.Branch = orgName(rd.nameCell(t, r, "所在党支部", b))
		} else {
			ok = false
		}
		if l, c := t.cellLoc(r, "性别"); c != nil && cleanText(c.Value) != "" {
			if v, good := choice(c.Value, genders, genderAliases); good {
				m.Gender = v
			} else {
				rd.report(model.Error, l, "性别应为“男”或“女”", cleanText(c.Value), "请从下拉列表中选择“男”或“女”")
			}
		}
		m.Ethnicity = cleanText(t.text(r, "民族"))
		m.Birth = rd.date(t, r, "出生日期")
		m.JoinDate = rd.date(t, r, "入党时间")
		m.IDNumber = rd.idNumber(t, r)
		if m.IDNumber != "" {
			if !m.Birth.IsZero() && m.Birth != idBirth(m.IDNumber) &&
				!(m.Birth.Day == 0 && m.Birth.Year == idBirth(m.IDNumber).Year && m.Birth.Month == idBirth(m.IDNumber).Month) {
				l, c := t.cellLoc(r, "出生日期")
				rd.report(model.Warning, l, "出生日期与身份证号中的出生日期（"+idBirth(m.IDNumber).String()+"）不一致", cleanText(c.Value), "请核对出生日期和身份证号")
			}
			if m.Gender != "" && m.Gender != idGender(m.IDNumber) {
				l, c := t.cellLoc(r, "性别")
				rd.report(model.Warning, l, "性别与身份证号（第17位）不一致", cleanText(c.Value), "请核对性别和身份证号")
			}
		}
		rd.checkDates(t, r, &m)
		if l, c := t.cellLoc(r, "党员类型"); c != nil {
			if cleanText(c.Value) == "" {
				// unreachable: blank cells are not stored
			} else if v, good := choice(c.Value, memberTypes, memberAliases); good {
				m.Type = model.MemberType(v)
			} else {
				rd.report(model.Error, l, "党员类型应为“正式党员”或“预备党员”", cleanText(c.Value), "请从下拉列表中选择")
			}
		} else if _, has := t.cols["党员类型"]; has {
			rd.report(model.Warning, l, "党员类型为空，按正式党员处理", "", "请填写“正式党员”或“预备党员”")
		}
		m.Category = cleanText(t.text(r, "人员类别"))
		m.Post = cleanText(t.text(r, "职务"))
		if ok && m.Name != "" {
			m.Order = len(out)
			out = append(out, m)
		}
	}
	return out
}

func (rd *reader) date(t *table, r *rawRow, key string) model.Date {
	l, c := t.cellLoc(r, key)
	if c == nil {
		return model.Date{}
	}
	if c.Type == typeError || c.Type == typeBool {
		rd.report(model.Error, l, key+"不是日期", c.Value, dateFix)
		return model.Date{}
	}
	d, is := parseDateIn(c.Value, c.Type, t.date1904)
	rd.issue(is, l, cleanText(c.Value))
	return d
}

func (rd *reader) idNumber(t *table, r *rawRow) string {
	l, c := t.cellLoc(r, "身份证号")
	if c == nil {
		return ""
	}
	v, is := parseID(c.Value, c.Type)
	rd.issue(is, l, cleanText(c.Value))
	return v
}

// number reads a number column within the bounds b (scoreBounds).
// Values are shared between cells with the same text: read-only.
func (rd *reader) number(t *table, r *rawRow, key string, b bounds) *big.Rat {
	l, c := t.cellLoc(r, key)
	if c == nil {
		return nil
	}
	// (A number cell's text longer than 12 characters is rounded by
	// parseNumber, see short; text cells are read exactly.)
	if c.Type == typeNumber && len(c.Value) <= 12 || c.Type == typeString {
		// The common case, plain digits within range, without parsing
		// into a new big.Rat per cell (what parseNumber gives for it).
		if num, den, ok := plainDecimal(c.Value); ok && b.fast(num, den) {
			k := [2]int64{num, den}
			v := rd.rats[k]
			if v == nil {
				if rd.rats == nil {
					rd.rats = map[[2]int64]*big.Rat{}
				}
				v = big.NewRat(num, den)
				rd.rats[k] = v
			}
			return v
		}
	}
	if c.Type == typeError {
		rd.report(model.Error, l, key+"是公式错误值", c.Value, "请检查这个单元格的公式")
		return nil
	}
	v, is := parseNumber(c.Value, c.Type == typeNumber)
	rd.issue(is, l, cleanText(c.Value))
	if v == nil {
		return nil
	}
	if v.Sign() < 0 {
		rd.report(model.Error, l, key+"不能为负数", cleanText(c.Value), "请填写 0 或正数")
		return nil
	}
	if problem, fix := b.check(key, v); problem != "" {
		rd.report(model.Error, l, problem, cleanText(c.Value), fix)
		return nil
	}
	return v
}

// assessRow is a decoded 党员测评 row before joining.
type assessRow struct {
	a   *model.MemberAssessment
	row *rawRow
	t   *table
}

// readAssessments decodes the 党员测评 sheet.
func (rd *reader) readAssessments(t *table) []assessRow {
	out := make([]assessRow, 0, len(t.rows))
	dimKeys := make([]string, len(rd.opt.MemberDimensions))
	for i, d := range rd.opt.MemberDimensions {
		dimKeys[i] = normHeader(d)
	}
	dimBounds := make([]bounds, len(rd.opt.MemberDimensions))
	for i, d := range rd.opt.MemberDimensions {
		dimBounds[i] = scoreBounds(rd.opt.MemberRanges, d, rd.opt.MemberScoreMax)
	}
	for _, r := range t.rows {
		a := &model.MemberAssessment{Ref: t.ref(r, "姓名"), Scores: map[string]*big.Rat{}}
		raw, ok := rd.requireText(t, r, "姓名", "党员姓名")
		if ok {
			l, _ := t.cellLoc(r, "姓名")
			var is *issue
			raw = rd.nameCell(t, r, "姓名", raw)
			a.Name, is = normName(raw)
			rd.issue(is, l, raw)
		}
		if b, good := rd.requireText(t, r, "所在党支部", "党员所在党支部的全称"); good {
			a.Branch = orgName(rd.nameCell(t, r, "所在党支部", b))
		} else {
			ok = false
		}
		a.IDNumber = rd.idNumber(t, r)
		for i, d := range rd.opt.MemberDimensions {
			if v := rd.number(t, r, dimKeys[i], dimBounds[i]); v != nil {
				a.Scores[d] = v
			}
		}
		votes := []*int{&a.Votes.Excellent, &a.Votes.Qualified, &a.Votes.Basic, &a.Votes.Unqualified}
		for i, key := range []string{"优秀票", "合格票", "基本合格票", "不合格票"} {
			l, c := t.cellLoc(r, key)
			if c == nil {
				continue
			}
			n, has, is := parseCount(c.Value, c.Type == typeNumber)
			rd.issue(is, l, cleanText(c.Value))
			if has {
				*votes[i] = n
				a.HasVotes = true
			}
		}
		a.Sanction = "无"
		if l, c := t.cellLoc(r, "处分情况"); c != nil {
			if v, good := choice(c.Value, sanctions, sanctionAlias); good {
				a.Sanction = v
			} else {
				rd.report(model.Error, l, "处分情况不在列表中", cleanText(c.Value), "请从下拉列表中选择："+strings.Join(sanctions, "、"))
			}
		}
		a.Remark = cleanText(t.text(r, "备注"))
		a.Columns = t.columns(r)
		if ok && a.Name != "" {
			out = append(out, assessRow{a: a, row: r, t: t})
		}
	}
	rd.checkBallots(out)
	return out
}

// columns returns every column of the row by normalised header. The header
// index is made once per sheet; a row keeps only its values.
func (t *table) columns(r *rawRow) model.Columns {
	if t.hdr == nil {
		keys := make([]string, len(t.headers))
		cols := make([]int, len(t.headers))
		for i, h := range t.headers {
			keys[i], cols[i] = h.Key, h.Col
		}
		t.hdr = model.NewHeader(t.file, t.sheet.Name, keys, cols)
	}
	vals := make([]string, len(t.headers))
	for i, h := range t.headers {
		if c := r.cell(h.Col); c != nil {
			vals[i] = cleanText(c.Value)
		}
	}
	return model.Columns{Header: t.hdr, Row: r.Num, Values: vals}
}

// readOrgAssessments decodes the 组织测评 sheet.
func (rd *reader) readOrgAssessments(t *table) []model.OrgAssessment {
	var out []model.OrgAssessment
	itemKeys := make([]string, len(rd.opt.OrgItems))
	for i, it := range rd.opt.OrgItems {
		itemKeys[i] = normHeader(it)
	}
	itemBounds := make([]bounds, len(rd.opt.OrgItems))
	for i, it := range rd.opt.OrgItems {
		itemBounds[i] = scoreBounds(rd.opt.OrgRanges, it, rd.opt.OrgItemMax)
	}
	for _, r := range t.rows {
		name, ok := rd.requireText(t, r, "组织名称", "党组织的全称（与“党组织”表中的名称一致）")
		o := model.OrgAssessment{Name: orgName(rd.nameCell(t, r, "组织名称", name)), Items: map[string]*big.Rat{}, Ref: t.ref(r, "组织名称")}
		for i, it := range rd.opt.OrgItems {
			if v := rd.number(t, r, itemKeys[i], itemBounds[i]); v != nil {
				o.Items[it] = v
			}
		}
		if l, c := t.cellLoc(r, "群众满意率"); c != nil {
			v, is := parsePercent(c.Value, c.Type == typeNumber, c.Fmt == fmtPercent)
			rd.issue(is, l, cleanText(c.Value))
			o.Satisfaction = v
		}
		o.Remark = cleanText(t.text(r, "备注"))
		o.Columns = t.columns(r)
		if ok {
			out = append(out, o)
		}
	}
	return out
}

// readQuarters decodes the 季度考核 sheet.
func (rd *reader) readQuarters(t *table) []model.QuarterScore {
	var out []model.QuarterScore
	for _, r := range t.rows {
		name, ok := rd.requireText(t, r, "组织名称", "党支部的全称")
		q := model.QuarterScore{Org: orgName(rd.nameCell(t, r, "组织名称", name)), Ref: t.ref(r, "组织名称")}
		if s, good := rd.requireText(t, r, "季度", "季度，如 2012年第一季度"); good {
			l, _ := t.cellLoc(r, "季度")
			y, qq, is := parseQuarter(s)
			rd.issue(is, l, s)
			if is != nil {
				ok = false
			}
			q.Year, q.Quarter = y, qq
		} else {
			ok = false
		}
		if l, c := t.cellLoc(r, "考核得分"); c == nil {
			rd.report(model.Error, l, "考核得分为空", "", "请填写考核得分")
			ok = false
		} else if q.Score = rd.number(t, r, "考核得分", bounds{}); q.Score == nil {
			ok = false
		}
		q.Remark = cleanText(t.text(r, "备注"))
		if ok {
			out = append(out, q)
		}
	}
	return out
}
