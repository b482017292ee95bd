package sheet

// Finding the tables of the contract among the sheets of all workbooks given.
//
// A sheet is recognised by what it holds first: the rows at its top (where
// the header may be, as findHeader reads it) are matched against the
// required and known columns of every table kind. A sheet whose header has
// all required columns of a kind is a candidate for the kind where it has
// the most known columns (a 党员测评 sheet has 姓名 and 所在党支部 too, but
// far more columns of 党员测评). Per kind, a candidate that also carries the
// kind's tab name wins; otherwise the one with the most known columns;
// candidates left tied are an error naming them. A tab name alone (the
// header lacks a required column) still makes the sheet that kind's table
// when no sheet qualifies by content, so its header problems are reported as
// before. A table taken by content rather than by its tab name is reported
// as a warning saying what it was taken as. Example sheets (填表示例 of the
// templates, IsExampleSheet) hold the headers of real tables and are never
// candidates; they are only named when a table is missing and they have it.

import (
	"errors"
	"fmt"
	"strings"

	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet/internal/xmlscan"
)

// headRows is how far down the header may be (as in findHeader).
const headRows = 10

// headerMatch is how well the header of a sheet fits a table kind.
type headerMatch struct {
	row   int      // header row number, 0 when no row has all required columns
	known int      // distinct known columns in that row, required ones included
	keys  []string // their canonical names, in column order
}

// sheetCand is a visible sheet with how it fits each kind.
type sheetCand struct {
	fileIdx int
	wb      *workbook
	e       sheetEntry
	named   kind // kind its tab name stands for, when isNamed
	isNamed bool
	match   [numKinds]headerMatch
	best    kind // the kind it fits best by content, when fits
	fits    bool
}

func (c *sheetCand) loc() loc {
	return loc{fileIdx: c.fileIdx, sheetIdx: c.e.Index, file: c.wb.name, sheet: c.e.Name}
}

func (c *sheetCand) String() string { return c.wb.name + " 的工作表“" + c.e.Name + "”" }

// headerLookups returns, per kind, normalised header text → canonical key.
func (o Options) headerLookups() (cols [numKinds][]column, lookups [numKinds]map[string]string) {
	for k := range kinds {
		cols[k] = o.columns(kind(k))
		lookups[k] = headerLookup(cols[k])
	}
	return cols, lookups
}

// headTexts returns the normalised text of the cells in the top rows, by
// row: what matchHeader compares with each kind's columns.
func headTexts(rows []rawRow) (nums []int, texts [][]string) {
	for _, r := range rows {
		if r.Num > headRows {
			break
		}
		t := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			t[i] = normHeader(c.Value)
		}
		nums, texts = append(nums, r.Num), append(texts, t)
	}
	return nums, texts
}

// matchHeader finds the first of the top rows that holds all required
// columns of a kind, as findHeader does, and counts its known columns.
func matchHeader(nums []int, texts [][]string, cols []column, lookup map[string]string) headerMatch {
	need := countRequired(cols)
	required := map[string]bool{}
	for _, c := range cols {
		if c.Required {
			required[c.Key] = true
		}
	}
	for i, row := range texts {
		seen := map[string]bool{}
		var keys []string
		nreq := 0
		for _, text := range row {
			key, ok := lookup[text]
			if !ok || seen[key] {
				continue
			}
			seen[key] = true
			keys = append(keys, key)
			if required[key] {
				nreq++
			}
		}
		if nreq == need && need > 0 {
			return headerMatch{row: nums[i], known: len(keys), keys: keys}
		}
	}
	return headerMatch{}
}

// findTables picks the sheet of every table kind among the workbooks, reads
// it in full and maps its header. Unusable tables (header problems,
// ambiguity) are returned with cols nil, so that the kind does not count as
// missing.
func (rd *reader) findTables(wbs []*workbook) ([numKinds]*table, *FileError) {
	var found [numKinds]*table
	cols, lookups := rd.opt.headerLookups()
	var cands []*sheetCand
	var hiddenFits [numKinds]*sheetCand  // a hidden sheet that fits the kind
	var exampleFits [numKinds]*sheetCand // an example sheet with the kind's header
	for fi, wb := range wbs {
		for _, e := range wb.sheets {
			c := &sheetCand{fileIdx: fi, wb: wb, e: e}
			c.named, c.isNamed = matchKind(e.Name)
			nums, texts := headTexts(wb.readHead(e))
			for k := range kinds {
				m := matchHeader(nums, texts, cols[k], lookups[k])
				c.match[k] = m
				if m.row == 0 {
					continue
				}
				better := !c.fits || m.known > c.match[c.best].known ||
					m.known == c.match[c.best].known && c.isNamed && c.named == kind(k)
				if better {
					c.best, c.fits = kind(k), true
				}
			}
			if IsExampleSheet(e.Name) {
				for k := range kinds {
					if c.match[k].row > 0 && exampleFits[k] == nil {
						exampleFits[k] = c
					}
				}
				continue
			}
			if e.Hidden {
				if c.fits && hiddenFits[c.best] == nil {
					hiddenFits[c.best] = c
				}
				if c.isNamed || c.fits {
					what := ""
					if !c.isNamed {
						what = "，按表头看是" + kinds[c.best].Name + "表"
					}
					rd.report(model.Warning, c.loc(), "工作表“"+e.Name+"”被隐藏了"+what+"，已跳过（没有读入）",
						"", "如果要读入这张表，请右键工作表标签→取消隐藏")
				}
				continue
			}
			cands = append(cands, c)
		}
	}

	// By content: per kind, the sheets that fit it best.
	var picks [numKinds]*sheetCand
	used := map[*sheetCand]bool{}
	type loser struct {
		c    *sheetCand
		k    kind
		pick *sheetCand
	}
	var losers []loser
	for k := range kinds {
		var byContent []*sheetCand
		for _, c := range cands {
			if c.fits && c.best == kind(k) {
				byContent = append(byContent, c)
			}
		}
		if len(byContent) == 0 {
			continue
		}
		top := topCandidates(byContent, kind(k))
		if len(top) > 1 {
			for _, c := range top[1:] {
				if top[0].isNamed && top[0].named == kind(k) { // both carry the kind's name
					rd.report(model.Error, c.loc(), fmt.Sprintf("与 %s重复，都是%s表", top[0], kinds[k].Name),
						"", "请只保留一张，删除或改名另一张")
					continue
				}
				rd.report(model.Error, c.loc(),
					fmt.Sprintf("与 %s都像是%s表（表头都有 %s），分不清该用哪一张", top[0], kinds[k].Name, headerSummary(top[0].match[k].keys)),
					"", "请删除或改名多余的一张；要用的一张可以把工作表标签改名为“"+kinds[k].Name+"”")
			}
			for _, c := range top {
				used[c] = true
			}
			found[k] = rd.unusable(top[0], kind(k))
			continue
		}
		picks[k] = top[0]
		used[top[0]] = true
		for _, c := range byContent {
			if c != top[0] {
				losers = append(losers, loser{c, kind(k), top[0]})
			}
		}
	}
	// By tab name: a kind no sheet fits by content takes the sheet named
	// for it (its header lacks a required column: findHeader says which).
	for k := range kinds {
		if picks[k] != nil || found[k] != nil {
			continue
		}
		var byName []*sheetCand
		for _, c := range cands {
			if !used[c] && c.isNamed && c.named == kind(k) {
				byName = append(byName, c)
			}
		}
		if len(byName) == 0 {
			if !kinds[k].Optional && !rd.opt.Partial {
				rd.reportMissing(wbs, kind(k), cols[k], hiddenFits[k], exampleFits[k])
			}
			continue
		}
		picks[k] = byName[0]
		used[byName[0]] = true
		for _, c := range byName[1:] {
			used[c] = true
			rd.report(model.Error, c.loc(), fmt.Sprintf("与 %s重复，都是%s表", byName[0], kinds[k].Name),
				"", "请只保留一张，删除或改名另一张")
		}
	}
	for _, l := range losers {
		if used[l.c] {
			continue
		}
		rd.report(model.Warning, l.c.loc(),
			fmt.Sprintf("这张表看起来也是%s表，但没有读入：%s表用的是 %s", kinds[l.k].Name, kinds[l.k].Name, l.pick),
			"", "如果应当读入这一张，请删除或改名另一张，或把这张的工作表标签改名为“"+kinds[l.k].Name+"”")
	}
	for k, pick := range picks {
		if pick == nil {
			continue
		}
		if m := pick.match[k]; m.row > 0 && !(pick.isNamed && pick.named == kind(k)) {
			rd.report(model.Warning, pick.loc(),
				fmt.Sprintf("工作表名不是“%s”，按表头（第%d行：%s）认作%s表", kinds[k].Name, m.row, headerSummary(m.keys), kinds[k].Name),
				"", "认对了可以不管（把工作表标签改名为“"+kinds[k].Name+"”就不再提醒）；认错了请检查这张表的表头")
		}
		sh, ferr := pick.wb.readSheet(pick.e)
		if ferr != nil {
			return found, ferr
		}
		t := &table{kind: kind(k), fileIdx: pick.fileIdx, file: pick.wb.name, sheet: sh, date1904: pick.wb.date1904}
		if !rd.findHeader(t) {
			t.cols = nil // known but unusable
		}
		found[k] = t
	}
	return found, nil
}

// topCandidates returns the candidates for kind k that win: those also named
// for k when there are any, else those with the most known columns.
func topCandidates(cs []*sheetCand, k kind) []*sheetCand {
	var named []*sheetCand
	for _, c := range cs {
		if c.isNamed && c.named == k {
			named = append(named, c)
		}
	}
	if len(named) > 0 {
		return named
	}
	var top []*sheetCand
	for _, c := range cs {
		switch {
		case len(top) == 0 || c.match[k].known > top[0].match[k].known:
			top = []*sheetCand{c}
		case c.match[k].known == top[0].match[k].known:
			top = append(top, c)
		}
	}
	return top
}

// unusable returns a table that stands for kind k without being read.
func (rd *reader) unusable(c *sheetCand, k kind) *table {
	return &table{kind: k, fileIdx: c.fileIdx, file: c.wb.name, sheet: &rawSheet{Name: c.e.Name, Index: c.e.Index, Hidden: c.e.Hidden}}
}

// headerSummary lists the first few columns of a header.
func headerSummary(keys []string) string {
	if len(keys) > 5 {
		return strings.Join(keys[:5], "、") + " 等"
	}
	return strings.Join(keys, "、")
}

func (rd *reader) reportMissing(wbs []*workbook, k kind, cols []column, hidden, example *sheetCand) {
	if hidden != nil {
		rd.report(model.Error, loc{fileIdx: len(wbs)},
			fmt.Sprintf("没有找到“%s”表：%s像是%s表，但被隐藏了", kinds[k].Name, hidden, kinds[k].Name),
			"", "请右键工作表标签→取消隐藏后再运行")
		return
	}
	if example != nil {
		rd.report(model.Error, loc{fileIdx: len(wbs)},
			fmt.Sprintf("没有找到“%s”表：只有%s中有%s表，但它是只作示范的示例表，不会读入", kinds[k].Name, example, kinds[k].Name),
			"", "请把数据填在“"+kinds[k].Name+"”表中（可以照示例填写）；工作表名中带“示例”的表都不会读入")
		return
	}
	var names []string
	for _, wb := range wbs {
		names = append(names, wb.name)
	}
	rd.report(model.Error, loc{fileIdx: len(wbs)},
		fmt.Sprintf("没有找到“%s”表（在 %s 中找过，没有哪张工作表的表头有 %s 这些列）",
			kinds[k].Name, strings.Join(names, "、"), strings.Join(requiredKeys(cols, nil), "、")),
		"", fmt.Sprintf("请检查表头的写法（前%d行中要有一行写明这些列），或在命令中给出含有这张表的工作簿", headRows))
}

// errHeadDone stops reading a sheet once its top rows are in.
var errHeadDone = errors.New("head read")

// headBuilder is a sheetBuilder that stops after the first headRows rows.
type headBuilder struct{ b *sheetBuilder }

func (h headBuilder) Start(name []byte, attrs []xmlscan.Attr) error {
	if err := h.b.Start(name, attrs); err != nil {
		return err
	}
	if string(name) == "row" && h.b.rowNum > headRows {
		h.b.haveRow = false
		return errHeadDone
	}
	return nil
}

func (h headBuilder) End(name []byte) error   { return h.b.End(name) }
func (h headBuilder) Chars(data []byte) error { return h.b.Chars(data) }

// readHead returns the rows at the top of a sheet, where the header may be,
// without reading the rest: a sheet that is not a table may be large. A
// sheet that cannot be read, or goes beyond the row limit, gives what could
// be read: those problems are reported when the sheet is read in full, if
// it is a table at all.
func (wb *workbook) readHead(e sheetEntry) []rawRow {
	if wb.xls != nil {
		s, err := wb.xls.sheet(e, wb.limits.maxRows)
		if err != nil {
			return nil
		}
		rows := s.raw.Rows
		for i, r := range rows {
			if r.Num > headRows {
				return rows[:i]
			}
		}
		return rows
	}
	f := wb.files[e.part]
	if f == nil {
		return nil
	}
	// Small first chunks: the builder's own are sized for whole sheets.
	newBuilder := func() *sheetBuilder {
		b := newSheetBuilder(wb, e)
		b.slab = make([]rawCell, 0, 256)
		b.arena.chunk = make([]byte, 0, 4<<10)
		return b
	}
	h := headBuilder{newBuilder()}
	var tm errTooManyRows
	if err := scanPart(f, h, func() { *h.b = *newBuilder() }); err != nil && err != errHeadDone && !errors.As(err, &tm) {
		return nil
	}
	h.b.flushRow()
	rows := h.b.sh.Rows
	for i := range rows {
		cs := rows[i].Cells
		for j := 1; j < len(cs); j++ {
			for k := j; k > 0 && cs[k].Col < cs[k-1].Col; k-- {
				cs[k], cs[k-1] = cs[k-1], cs[k]
			}
		}
	}
	return rows
}
