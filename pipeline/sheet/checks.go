package sheet

// Checks of values that parse but cannot be right: formulas never
// calculated, ballot totals that disagree within a branch, impossible dates,
// invisible and direction-changing characters in names. They run while
// reading, so `check` and `run` (and the web page, which calls them) report
// them alike, with the cell.

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"pingyou/pipeline/model"
)

// uncalculated reports the formula cells of a data row that have no computed
// value, in any column with a header, and blanks them: the value is unknown,
// and a blank would make the member 不评定等次 with only a 未填 warning.
func (rd *reader) uncalculated(t *table, r *rawRow) {
	for i := range r.Cells {
		c := &r.Cells[i]
		if c.Type != typeNoCache {
			continue
		}
		if t.hasHeader(c.Col) {
			l := t.at(r.Num, c.Col)
			rd.report(model.Error, l, "公式没有计算结果（保存这个文件的程序没有计算公式）", c.Value,
				"请在 Excel/WPS 中打开并保存一次，再重新检查")
			if rd.noValue == nil {
				rd.noValue = map[loc]bool{}
			}
			rd.noValue[l] = true
		}
		c.Value = ""
	}
}

// hasHeader reports whether column col has a header cell.
func (t *table) hasHeader(col int) bool {
	for _, h := range t.headers {
		if h.Col == col {
			return true
		}
	}
	return false
}

// Range is the allowed scores of a column, both ends included; a nil end is
// open. Scores below 0 are errors whatever the range says.
type Range struct{ Min, Max *big.Rat }

// bounds is a column's Range as number checks it.
type bounds struct {
	min, max *big.Rat
	// maxInt is max when it is a whole number that fits (0: no maximum);
	// slow says the plain-decimal fast path cannot decide (a minimum above
	// 0, or a fractional maximum).
	maxInt int64
	slow   bool
}

// scoreBounds is the range of the column named name: from ranges when the
// scheme gives one, else 0 to def (no maximum when def is 0).
func scoreBounds(ranges map[string]Range, name string, def int64) bounds {
	rg, ok := ranges[name]
	if !ok {
		if def <= 0 {
			return bounds{}
		}
		return bounds{max: big.NewRat(def, 1), maxInt: def}
	}
	b := bounds{min: rg.Min, max: rg.Max}
	if b.min != nil && b.min.Sign() > 0 {
		b.slow = true
	}
	if b.max != nil {
		if b.max.IsInt() && b.max.Num().IsInt64() && b.max.Sign() > 0 && b.max.Num().Int64() < 1<<40 {
			b.maxInt = b.max.Num().Int64()
		} else {
			b.slow = true
		}
	}
	return b
}

// fast reports whether a plain decimal num/den (≥ 0) is within the bounds
// without big.Rat; false sends it to the exact check.
func (b bounds) fast(num, den int64) bool {
	return !b.slow && (b.maxInt == 0 || num <= b.maxInt*den)
}

// lowText is the lowest allowed score: the minimum, or 0.
func (b bounds) lowText() string {
	if b.min != nil && b.min.Sign() > 0 {
		return ratText(b.min)
	}
	return "0"
}

// check returns the problem and fix when v (≥ 0) is outside the bounds.
func (b bounds) check(key string, v *big.Rat) (problem, fix string) {
	lo := b.lowText()
	switch {
	case b.min != nil && v.Cmp(b.min) < 0:
		if b.max != nil {
			return key + "低于最低分 " + lo, "请填写 " + lo + " 到 " + ratText(b.max) + " 之间的分数"
		}
		return key + "低于最低分 " + lo, "请填写不低于 " + lo + " 的分数"
	case b.max != nil && v.Cmp(b.max) > 0:
		return key + "超过满分 " + ratText(b.max), "请填写 " + lo + " 到 " + ratText(b.max) + " 之间的分数"
	}
	return "", ""
}

// ratText writes a bound as staff read it: 100, 7.5.
func ratText(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	return strings.TrimRight(strings.TrimRight(r.FloatString(6), "0"), ".")
}

// dayRange is the first and last day a date can stand for, as yyyymmdd: a
// month-precision date (2010年6月) is any day of its month.
func dayRange(d model.Date) (first, last int) {
	base := d.Year*10000 + d.Month*100
	if d.Day != 0 {
		return base + d.Day, base + d.Day
	}
	return base + 1, base + model.DaysIn(d.Year, d.Month)
}

// latest is the last day a roster date can be, with what it is: the end of
// the evaluation year or the issue date, whichever is later (a 七一
// commendation is issued in June and still lists 预备党员 who join later
// that year, as the samples do); 0 when the options give neither.
func (o Options) latest() (day int, what string) {
	if o.Year > 0 {
		day, what = o.Year*10000+1231, fmt.Sprintf("评议年度（%d年）", o.Year)
	}
	if !o.AsOf.IsZero() {
		if d, _ := dayRange(o.AsOf); d > day {
			day, what = d, "成文日期（"+o.AsOf.String()+"）"
		}
	}
	return day, what
}

// checkDates reports dates of a member that cannot be right: born or joined
// after the evaluation year or the issue date, joined before being born, or
// joined before 18 (党章: 年满十八岁). A month-precision date is reported only
// when every day of its month is impossible. Joining younger is an error
// from 1949 on and a warning before, when wartime members did join younger.
func (rd *reader) checkDates(t *table, r *rawRow, m *model.Member) {
	birth, birthKey := m.Birth, "出生日期"
	if birth.IsZero() && m.IDNumber != "" {
		birth, birthKey = idBirth(m.IDNumber), "身份证号"
	}
	join := m.JoinDate
	at := func(key string) (loc, string) {
		l, c := t.cellLoc(r, key)
		if c == nil {
			return l, ""
		}
		return l, cleanText(c.Value)
	}
	if !rd.latestSet {
		rd.latest, rd.latestWhat = rd.opt.latest()
		rd.latestSet = true
	}
	if limit, what := rd.latest, rd.latestWhat; limit > 0 {
		if first, _ := dayRange(birth); !birth.IsZero() && first > limit {
			l, v := at(birthKey)
			rd.report(model.Error, l, "出生日期（"+birth.String()+"）晚于"+what, v, "请核对出生日期（或身份证号）")
			return
		}
		if first, _ := dayRange(join); !join.IsZero() && first > limit {
			l, v := at("入党时间")
			rd.report(model.Error, l, "入党时间（"+join.String()+"）晚于"+what+"，这位党员不可能参加本次评议", v,
				"请核对入党时间；如果确是新入党的，请不要列入本年度的评议")
			return
		}
	}
	if birth.IsZero() || join.IsZero() {
		return
	}
	bFirst, _ := dayRange(birth)
	_, jLast := dayRange(join)
	l, v := at("入党时间")
	switch {
	case jLast < bFirst:
		rd.report(model.Error, l, "入党时间（"+join.String()+"）早于出生日期（"+birth.String()+"）", v,
			"请核对入党时间和出生日期（或身份证号）")
	case jLast < bFirst+180000: // the 18th birthday, as yyyymmdd
		sev, fix := model.Error, "党章规定年满十八岁才能入党；请核对入党时间和出生日期（或身份证号）"
		if join.Year < 1949 {
			sev, fix = model.Warning, "1949年以前确有未满十八岁入党的老党员；如果属实可不改，否则请核对入党时间和出生日期"
		}
		rd.report(sev, l, fmt.Sprintf("入党时未满18岁（出生于%s，入党时间%s）", birth.String(), join.String()), v, fix)
	}
}

// charClass is what an unusual character in a name is.
type charClass uint8

const (
	charOK        charClass = iota
	charInvisible           // zero-width, soft hyphen, control: removed with a warning
	charBidi                // changes the display order: an error
	charFormat              // another invisible format character: an error
	charEmoji               // no font of the documents has it: an error
	charPrivate             // private use (造字程序): an error
)

// classify tells what r is in a name. next is the rune after r (0 at the
// end): a character followed by U+FE0F asks to be shown as an emoji.
func classify(r, next rune) charClass {
	if r >= 0x20 && r < 0x7F || r >= 0x4E00 && r <= 0x9FFF && next != '\uFE0F' {
		return charOK // printable ASCII and the common Han block: nearly every name
	}
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return charOK // spaces and line breaks: normName and orgName handle them
	case r == '\u200E' || r == '\u200F' || r == '\u061C' || r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069':
		return charBidi
	case r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD' ||
		r == '\u180E' || r >= '\u2061' && r <= '\u2064' || r == '\u034F':
		return charInvisible
	case isEmoji(r) || next == '\uFE0F' && r != '\uFE0F':
		return charEmoji
	case r >= '\uFE00' && r <= '\uFE0F' || r >= 0xE0100 && r <= 0xE01EF:
		// Variation selectors alone: invisible.
		return charInvisible
	case unicode.Is(unicode.Co, r):
		return charPrivate
	case unicode.Is(unicode.Cf, r):
		return charFormat
	case unicode.IsControl(r):
		return charInvisible
	}
	return charOK
}

// isEmoji: the pictographic planes and the characters of the Basic
// Multilingual Plane that are shown as emoji by default (Unicode's
// Emoji_Presentation), the keycap mark and the tag characters of flags.
func isEmoji(r rune) bool {
	if r >= 0x1F000 && r <= 0x1FBFF || r == 0x20E3 || r >= 0xE0020 && r <= 0xE007F {
		return true
	}
	for _, rg := range emojiBMP {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

var emojiBMP = [][2]rune{
	{0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE},
	{0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
	{0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4},
	{0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5}, {0x26FA, 0x26FA}, {0x26FD, 0x26FD},
	{0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E},
	{0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
	{0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
}

// shown writes s with each unusual character as [U+XXXX], so that a message
// shows where it is and a direction control cannot reorder the console line
// or the comment that shows it.
func shown(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if c := classify(r, next); c != charOK && c != charEmoji {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nameChars checks the characters of a name (a person's or an
// organisation's) as read from the cell at l, before it is normalised.
// Names reach documents and file names: a direction control makes
// 党支部‮fdp.exe show as 党支部exe.pdf, an emoji or a private-use character
// has no glyph in the documents' fonts.
//
// Invisible characters that change nothing on screen (zero-width spaces and
// joiners, BOM, soft hyphen, stray controls) are removed with a warning:
// what staff see is what is kept. Direction controls are an error: without
// them the text reads differently from what staff saw, and only they can say
// which is meant. Emoji and private-use characters are errors too: there is
// nothing to print them with. The returned name has all of them removed,
// so later messages that quote it are safe to show.
func (rd *reader) nameChars(l loc, key, s string) string {
	clean := true
	for _, r := range s {
		if classify(r, 0) != charOK {
			clean = false
			break
		}
	}
	if clean {
		return s // without allocating: the 100k read calls this 400,000 times
	}
	rs := []rune(s)
	var first [charPrivate + 1]rune
	var seen [charPrivate + 1]bool
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		c := classify(r, next)
		if c == charOK {
			out = append(out, r)
			continue
		}
		if !seen[c] {
			seen[c], first[c] = true, r
		}
	}
	if len(out) == len(rs) {
		return s
	}
	value := shown(s)
	if strings.TrimFunc(string(out), isSpace) == "" {
		rd.report(model.Error, l, key+"只有看不见的字符，没有文字", value, "请清空这个单元格后重新输入")
		return ""
	}
	switch {
	case seen[charBidi]:
		rd.report(model.Error, l, fmt.Sprintf("%s中有看不见的文字方向控制符（U+%04X），屏幕上显示的顺序与实际保存的文字不一样", key, first[charBidi]), value,
			"请清空这个单元格，照原样重新输入（不要从网页、聊天记录中复制粘贴）")
	case seen[charFormat]:
		rd.report(model.Error, l, fmt.Sprintf("%s中有看不见的格式控制字符（U+%04X）", key, first[charFormat]), value,
			"请清空这个单元格，照原样重新输入（不要从网页、聊天记录中复制粘贴）")
	case seen[charEmoji]:
		rd.report(model.Error, l, fmt.Sprintf("%s中有表情符号“%c”（U+%04X），公文和证书的字体中没有这个符号", key, first[charEmoji], first[charEmoji]), value,
			"请删去表情符号")
	case seen[charPrivate]:
		rd.report(model.Error, l, fmt.Sprintf("%s中有私用区字符（U+%04X，多半是造字程序造的字），其他电脑和公文、证书的字体都显示不出来", key, first[charPrivate]), value,
			"请改用标准汉字重新输入（生僻字可在输入法的扩展区汉字中找），或与组织部门商定写法")
	default:
		rd.report(model.Warning, l, fmt.Sprintf("%s中有看不见的字符（U+%04X），已去掉", key, first[charInvisible]), value,
			"请清空这个单元格后重新输入（从网页、聊天记录复制的文字常带有这类字符）")
	}
	return string(out)
}

// nameCell is nameChars for the column key of row r.
func (rd *reader) nameCell(t *table, r *rawRow, key, s string) string {
	if s == "" {
		return s
	}
	l, _ := t.cellLoc(r, key)
	return rd.nameChars(l, key, s)
}

var voteKeys = [4]string{"优秀票", "合格票", "基本合格票", "不合格票"}

// checkBallots compares each member's ballot total (优秀+合格+基本合格+不合格)
// with the others of the branch. All members of a branch are rated by the
// same voters at one meeting, so the totals agree up to a few blank or
// spoilt ballots; the median total is the number of voters. Needs three
// members with ballots in the branch to tell which total is the odd one.
//
// A total at least twice or at most half the median cannot come from blank
// ballots: it is a typing error (a digit too many or too few) that changes
// 优秀票率 and so who is 优秀 and commended, and is an error. A smaller
// difference beyond max(2, 10%) may be real (some voters left a line blank)
// and is a warning.
func (rd *reader) checkBallots(rows []assessRow) {
	type entry struct {
		branch string
		total  int
		at     int // index in rows
	}
	// One slice sorted by branch, not a slice per branch: 3,000 branches
	// in the 100k read.
	es := make([]entry, 0, len(rows))
	for i, ar := range rows {
		a := ar.a
		if !a.HasVotes {
			continue
		}
		total := a.Votes.Excellent + a.Votes.Qualified + a.Votes.Basic + a.Votes.Unqualified
		if total <= 0 {
			continue // 选票未填: the rules say so
		}
		es = append(es, entry{orgKey(a.Branch), total, i})
	}
	slices.SortStableFunc(es, func(a, b entry) int { return strings.Compare(a.branch, b.branch) })
	var totals []int
	for lo := 0; lo < len(es); {
		hi := lo + 1
		for hi < len(es) && es[hi].branch == es[lo].branch {
			hi++
		}
		if hi-lo >= 3 {
			totals = totals[:0]
			for _, e := range es[lo:hi] {
				totals = append(totals, e.total)
			}
			slices.Sort(totals)
			m2 := totals[(len(totals)-1)/2] + totals[len(totals)/2] // twice the median
			for _, e := range es[lo:hi] {
				rd.ballotTotal(rows[e.at], e.total, m2)
			}
		}
		lo = hi
	}
}

// ballotTotal reports one row's total against twice the branch median m2.
func (rd *reader) ballotTotal(ar assessRow, total, m2 int) {
	t, r, v := ar.t, ar.row, ar.a.Votes
	counts := [4]int{v.Excellent, v.Qualified, v.Basic, v.Unqualified}
	dev := 2*total - m2 // twice the difference
	if dev < 0 {
		dev = -dev
	}
	tol := max(4, m2/10) // twice max(2, 10% of the median)
	if dev <= tol {
		return
	}
	// The cell: the largest count when the total is too high (1300 for 30),
	// else the first ballot column.
	key := ""
	for i, k := range voteKeys {
		if _, ok := t.cols[k]; !ok {
			continue
		}
		if key == "" || 2*total > m2 && counts[i] > counts[slices.Index(voteKeys[:], key)] {
			key = k
		}
	}
	l, _ := t.cellLoc(r, key)
	median := strconv.Itoa(m2 / 2)
	if m2%2 != 0 {
		median += ".5"
	}
	value := fmt.Sprintf("优秀%d、合格%d、基本合格%d、不合格%d，合计%d", counts[0], counts[1], counts[2], counts[3], total)
	why := "（同一支部的党员由同一批人投票，各人的选票合计应当相近）"
	switch {
	case 2*v.Excellent > m2+tol:
		rd.report(model.Error, l, fmt.Sprintf("优秀票 %d 张，比本支部的投票人数（约 %s 人，即本支部各人选票合计的中位数）还多", v.Excellent, median)+why, value,
			"请核对这一行的票数（多半是多打或少打了一位数）")
	case total >= m2 || 4*total <= m2:
		rd.report(model.Error, l, fmt.Sprintf("选票合计 %d 张，与本支部通常的 %s 张相差一倍以上", total, median)+why, value,
			"请核对这一行的票数（多半是多打或少打了一位数）")
	default:
		rd.report(model.Warning, l, fmt.Sprintf("选票合计 %d 张，与本支部通常的 %s 张相差较多", total, median)+why, value,
			"请核对这一行的票数；如果确有投票人未对这名党员投票，可以不改")
	}
}

// fillMerges copies the value of each vertically merged area below the
// header down its first column, into the rows that exist (所在党支部 merged
// over a branch's members). A merged area's other cells hold nothing, and a
// row that does not exist is blank.
//
// The work is bounded by the merges and the rows, not by the rows the
// merges span: a hostile file's 12,000 ranges of 100,000 rows each would
// be a billion lookups of spanned row numbers. Merges are taken by
// column and top row, a range overlapping one already filled in its column is
// skipped (Excel never writes overlapping merges), and the rows of each
// range are found by binary search among the rows that exist.
func (rd *reader) fillMerges(t *table) {
	sh := t.sheet
	var ms []mergeRange
	for _, m := range sh.Merges {
		if m.R1 > t.header && m.R2 > m.R1 {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return
	}
	slices.SortFunc(ms, func(a, b mergeRange) int {
		if a.C1 != b.C1 {
			return a.C1 - b.C1
		}
		return a.R1 - b.R1
	})
	// The rows in order of their number (writers emit them so; a file need
	// not).
	rows := make([]*rawRow, len(sh.Rows))
	for i := range sh.Rows {
		rows[i] = &sh.Rows[i]
	}
	slices.SortStableFunc(rows, func(a, b *rawRow) int { return a.Num - b.Num })
	find := func(num int) int {
		i, _ := slices.BinarySearchFunc(rows, num, func(r *rawRow, n int) int { return r.Num - n })
		return i
	}
	covered, col := 0, 0 // the last row filled in column col
	for _, m := range ms {
		if m.C1 != col {
			col, covered = m.C1, 0
		}
		if m.R1 <= covered {
			continue // overlaps a range already filled
		}
		covered = m.R2
		i := find(m.R1)
		if i == len(rows) || rows[i].Num != m.R1 {
			continue
		}
		src := rows[i].cell(m.C1)
		if src == nil {
			continue
		}
		for i++; i < len(rows) && rows[i].Num <= m.R2; i++ {
			rd.mergeSteps++
			row := rows[i]
			at, found := slices.BinarySearchFunc(row.Cells, m.C1, func(c rawCell, col int) int { return c.Col - col })
			if found {
				continue
			}
			row.Cells = slices.Insert(row.Cells, at, *src)
		}
	}
}
