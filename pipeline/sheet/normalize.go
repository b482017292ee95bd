package sheet

// Value normalisers: the "values staff really type" table of inputs.md. Each
// is a pure function of the cell's stored text (and, where it matters, whether
// the cell is a number cell and its number-format class). A function returns
// the normalised value and at most one issue: a Warning when the value was
// understood but changed (95分 → 95), an Error when it cannot be used.

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"pingyou/pipeline/model"
)

// issue is a problem with one value; the caller adds the cell reference.
type issue struct {
	Sev     model.Severity
	Problem string
	Fix     string
}

func errIssue(problem, fix string) *issue  { return &issue{model.Error, problem, fix} }
func warnIssue(problem, fix string) *issue { return &issue{model.Warning, problem, fix} }

// isSpace covers what staff type around values: ASCII space, tabs, line
// breaks, NBSP, the ideographic space U+3000, zero-width spaces and the BOM.
func isSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u3000', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return unicode.IsSpace(r)
}

// cleanText trims spaces, NBSP, U+3000 and line breaks from both ends.
func cleanText(s string) string { return strings.TrimFunc(s, isSpace) }

// foldWidth folds full-width ASCII (Ｏ９５％．) to half-width and U+3000 to a space.
func foldWidth(s string) string {
	needs := false
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E || r == 0x3000 {
			needs = true
			break
		}
	}
	if !needs {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// removeSpaces drops every space-like rune.
func removeSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

var lineBreaks = strings.NewReplacer("\r\n", "", "\n", "", "\r", "")

// orgName cleans an organisation name: trimmed, inner line breaks removed
// (a wrapped cell), other inner spaces kept as typed.
func orgName(s string) string {
	s = cleanText(s)
	if strings.ContainsAny(s, "\r\n") {
		s = lineBreaks.Replace(s)
	}
	return s
}

// orgKey is the key organisation names are matched by: width-folded, no spaces.
func orgKey(s string) string { return removeSpaces(foldWidth(s)) }

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// nameDots are the characters staff use for the middle dot in minority names.
var nameDots = map[rune]bool{
	'·': true, '•': true, '.': true, '．': true, '・': true, '‧': true,
	'∙': true, '⋅': true, '･': true, '﹒': true, '●': true,
}

// normName normalises a person's name: trimmed; dot variants between name
// parts become U+00B7; spaces inside a Han name (张 三, 张　三, used to align
// two-character names) are removed with a warning. Latin names keep single
// inner spaces.
func normName(s string) (string, *issue) {
	s = cleanText(s)
	if s == "" {
		return "", nil
	}
	rs := []rune(s)
	// Replace dot variants that sit between name parts; drop spaces around them.
	var out []rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if nameDots[r] {
			j := len(out)
			for j > 0 && isSpace(out[j-1]) {
				j--
			}
			k := i + 1
			for k < len(rs) && isSpace(rs[k]) {
				k++
			}
			if j > 0 && k < len(rs) && unicode.IsLetter(out[j-1]) && unicode.IsLetter(rs[k]) &&
				(isHan(out[j-1]) || isHan(rs[k]) || r != '.') {
				out = append(out[:j], '·')
				i = k - 1
				continue
			}
		}
		out = append(out, r)
	}
	s = string(out)
	han := false
	spaced := false
	for _, r := range s {
		if isHan(r) {
			han = true
		}
		if isSpace(r) {
			spaced = true
		}
	}
	if !spaced {
		return s, nil
	}
	if han {
		return removeSpaces(s), warnIssue("姓名中间有空格，已去掉", "姓名中不要用空格对齐，请删去空格")
	}
	return strings.Join(strings.FieldsFunc(s, isSpace), " "), nil
}

var (
	hanDigitRE = regexp.MustCompile(`[〇零一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾佰]`)
	letterORE  = regexp.MustCompile(`^[+-]?[0-9OoIlL]*[.]?[0-9OoIlL]*$`)
)

// roundCached rounds a value read from a number cell to at most 10
// significant digits and at most 6 decimals. Number cells hold binary
// doubles; the writer's shortest representation of 89.5 may come out as
// 89.49999999999999. No score or vote staff type has more precision than this,
// so rounding recovers the decimal that was typed.
func roundCached(r *big.Rat) *big.Rat {
	if r.Sign() == 0 {
		return r
	}
	abs := new(big.Rat).Abs(r)
	ip := new(big.Int).Quo(abs.Num(), abs.Denom())
	intDigits := 0
	if ip.Sign() > 0 {
		intDigits = len(ip.String())
	}
	dec := min(6, max(0, 10-intDigits))
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil)
	n := new(big.Rat).Mul(abs, new(big.Rat).SetInt(scale))
	// round half away from zero
	q, m := new(big.Int).QuoRem(n.Num(), n.Denom(), new(big.Int))
	if new(big.Int).Mul(m, big.NewInt(2)).Cmp(n.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	out := new(big.Rat).SetFrac(q, scale)
	if r.Sign() < 0 {
		out.Neg(out)
	}
	return out
}

// isDecimal reports whether s is [+-]digits[.digits] (or [+-].digits),
// with an exponent e[+-]ddd when exp is true.
func isDecimal(s string, exp bool) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if exp && i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && n < 4 {
			i++
			n++
		}
		if n == 0 || n > 3 {
			return false
		}
	}
	return i == len(s)
}

// short reports whether plain decimal text has at most 6 decimals and 10
// digits in all, so that roundCached would not change it.
func short(s string) bool {
	if len(s) > 12 || strings.ContainsAny(s, "eE") {
		return false
	}
	_, frac, _ := strings.Cut(s, ".")
	return len(frac) <= 6
}

// ratFromDecimal parses decimal text (with an optional exponent) exactly.
func ratFromDecimal(s string) (*big.Rat, bool) {
	if !isDecimal(s, true) {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	return r, ok
}

// parseNumber reads a number. numeric says the cell is a number cell (its
// text is the writer's representation of a double, rounded by roundCached);
// text is parsed exactly. Blank gives (nil, nil).
func parseNumber(s string, numeric bool) (*big.Rat, *issue) {
	s = cleanText(foldWidth(s))
	if s == "" {
		return nil, nil
	}
	if numeric {
		r, ok := ratFromDecimal(s)
		if !ok {
			return nil, errIssue("不是数字", "请填写阿拉伯数字，如 95 或 95.5")
		}
		if short(s) {
			return r, nil // nothing to round
		}
		return roundCached(r), nil
	}
	var warn *issue
	t := s
	if strings.HasSuffix(t, "分") {
		t = cleanText(strings.TrimSuffix(t, "分"))
		warn = warnIssue("分数后面多了“分”字，已按数字读取", "分数栏只填数字，不要写“分”")
	}
	if isDecimal(t, false) {
		r, _ := new(big.Rat).SetString(t)
		return r, warn
	}
	switch {
	case hanDigitRE.MatchString(t):
		return nil, errIssue("不是阿拉伯数字", "请改用阿拉伯数字填写，如 90")
	case letterORE.MatchString(t) && strings.ContainsAny(t, "0123456789"):
		return nil, errIssue("数字里混入了字母（O 或 l）", "请把字母 O 改成数字 0、字母 l 改成数字 1 后重新输入")
	case strings.ContainsAny(t, "缺免请假病事"):
		return nil, errIssue("分数栏填了文字，不是数字", "分数栏只能填数字；缺考等情况请留空，并在“备注”栏说明")
	}
	return nil, errIssue("不是数字", "请填写阿拉伯数字，如 95 或 95.5")
}

// plainDecimal reads the common score text fast: ASCII digits (at most 9)
// with an optional fraction of at most 6 digits, nothing else. It gives
// num/den with den a power of ten; ok is false for any other text, which
// parseNumber then reads (to the same value where both apply).
func plainDecimal(s string) (num, den int64, ok bool) {
	den = 1
	i, ip := 0, 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		num = num*10 + int64(s[i]-'0')
		ip++
	}
	if ip == 0 || ip > 9 {
		return 0, 0, false
	}
	if i == len(s) {
		return num, den, true
	}
	if s[i] != '.' {
		return 0, 0, false
	}
	i++
	fp := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		num = num*10 + int64(s[i]-'0')
		den *= 10
		fp++
	}
	if fp == 0 || fp > 6 || i != len(s) {
		return 0, 0, false
	}
	return num, den, true
}

// parseCount reads a non-negative whole number (a ballot count).
func parseCount(s string, numeric bool) (int, bool, *issue) {
	if n, den, ok := plainDecimal(s); ok && den == 1 {
		return int(n), true, nil // at most 9 digits: below 2^31
	}
	r, is := parseNumber(s, numeric)
	if r == nil {
		return 0, false, is
	}
	if !r.IsInt() || r.Sign() < 0 || r.Num().BitLen() > 31 {
		return 0, false, errIssue("票数应为不小于 0 的整数", "请填写整数票数，如 12")
	}
	return int(r.Num().Int64()), true, is
}

var (
	hundred = big.NewRat(100, 1)
	one     = big.NewRat(1, 1)
)

// parsePercent reads a rate as a fraction: 92% → 0.92, 0.92 → 0.92, 92 →
// 0.92. A bare 1 is ambiguous (1% or 100%?) and is an error. percentFmt says
// the cell is a number cell formatted as a percentage, whose stored value is
// already the fraction (100% is stored as 1).
func parsePercent(s string, numeric, percentFmt bool) (*big.Rat, *issue) {
	t := cleanText(foldWidth(s))
	if t == "" {
		return nil, nil
	}
	if strings.HasSuffix(t, "%") {
		r, _ := parseNumber(strings.TrimSuffix(t, "%"), false)
		if r == nil {
			return nil, errIssue("不是百分数", "请填写如 92% 或 0.92")
		}
		if r.Sign() < 0 || r.Cmp(hundred) > 0 {
			return nil, errIssue("百分数应在 0% 到 100% 之间", "请填写如 92%")
		}
		return r.Quo(r, hundred), nil
	}
	r, is := parseNumber(t, numeric)
	if r == nil {
		if is != nil && is.Sev == model.Error {
			return nil, errIssue("不是百分数", "请填写如 92% 或 0.92")
		}
		return nil, is
	}
	if is != nil && is.Sev == model.Warning {
		is = nil // 分 makes no sense here, but the number was read
	}
	switch {
	case r.Sign() < 0:
		return nil, errIssue("百分数不能为负", "请填写如 92%")
	case numeric && percentFmt:
		if r.Cmp(one) > 0 {
			return nil, errIssue("百分数应在 0% 到 100% 之间", "请填写如 92%")
		}
		return r, nil
	case r.Cmp(one) < 0:
		return r, nil
	case r.Cmp(one) == 0:
		return nil, errIssue("填 1 看不出是 1% 还是 100%", "请写成带百分号的形式，如 100% 或 1%")
	case r.Cmp(hundred) <= 0:
		return r.Quo(r, hundred), nil
	}
	return nil, errIssue("百分数应在 0% 到 100% 之间", "请填写如 92% 或 0.92")
}

var (
	dateYMD   = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$`)
	dateYM    = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$`)
	dateCompY = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})?$`)
	isoTime   = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$`)
)

const dateFix = "请写成 2010-06-28 或 2010年6月28日（只知道月份的写 2010年6月）"

// parseDate reads a date: Excel serials (number cells), 2010-06-28,
// 2010/6/28, 2010.6.28, 2010年6月28日, 2010.06, 2010年6月, 201006, 20100628.
// Month-precision dates have Day 0. A number cell holding 2010.1 is refused:
// Excel turned 2010.10 into 2010.1, so October and January look the same.
func parseDate(s string, typ cellType) (model.Date, *issue) { return parseDateIn(s, typ, false) }

// parseDateIn is parseDate for a workbook's date system: serials count from
// 1904-01-01 when date1904 is set (Excel for Mac), else from 1900.
func parseDateIn(s string, typ cellType, date1904 bool) (model.Date, *issue) {
	epoch := 0
	if date1904 {
		epoch = serial1904
	}
	t := cleanText(foldWidth(s))
	if t == "" {
		return model.Date{}, nil
	}
	bad := func() (model.Date, *issue) {
		return model.Date{}, errIssue("看不出是哪一天", dateFix)
	}
	if typ == typeNumber {
		if n, den, ok := plainDecimal(t); ok && den == 1 {
			// A whole number (a serial or 20100628): what the general
			// path below does, without big.Rat.
			ip := strconv.FormatInt(n, 10)
			switch {
			case len(ip) == 6 || len(ip) == 8:
				return dateFromDigits(ip)
			case n > 0 && n < 2958466:
				return checkDate(fromSerial(int(n) + epoch))
			}
			return bad()
		}
		r, ok := ratFromDecimal(t)
		if !ok {
			return bad()
		}
		r = roundCached(r)
		dot := r.FloatString(6)
		ip, frac, _ := strings.Cut(dot, ".")
		frac = strings.TrimRight(frac, "0")
		switch {
		case frac == "" && (len(ip) == 6 || len(ip) == 8):
			return dateFromDigits(ip)
		case frac != "" && len(ip) == 4:
			if frac == "1" {
				return model.Date{}, errIssue("分不清是1月还是10月：Excel 把“2010.10”当成数字存成了“2010.1”",
					"请把这一列设为“文本”后重新输入，或写成 2010年10月")
			}
			return checkDate(atoi(ip), atoi(frac), 0)
		case r.Sign() > 0 && r.Cmp(big.NewRat(2958466, 1)) < 0:
			n := new(big.Int).Quo(r.Num(), r.Denom()).Int64()
			return checkDate(fromSerial(int(n) + epoch))
		}
		return bad()
	}
	if m := isoTime.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	if m := dateYMD.FindStringSubmatch(t); m != nil {
		return checkDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := dateYM.FindStringSubmatch(t); m != nil {
		return checkDate(atoi(m[1]), atoi(m[2]), 0)
	}
	if dateCompY.MatchString(t) {
		return dateFromDigits(t)
	}
	return bad()
}

func dateFromDigits(s string) (model.Date, *issue) {
	m := dateCompY.FindStringSubmatch(s)
	if m == nil {
		return model.Date{}, errIssue("看不出是哪一天", dateFix)
	}
	d := 0
	if m[3] != "" {
		d = atoi(m[3])
		if d == 0 {
			return model.Date{}, errIssue("没有这一天", dateFix)
		}
	}
	return checkDate(atoi(m[1]), atoi(m[2]), d)
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// checkDate validates y-m-d (d 0 = month precision), years 1900–2100.
func checkDate(y, m, d int) (model.Date, *issue) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 0 || d > model.DaysIn(y, m) {
		return model.Date{}, errIssue("没有这一天", dateFix)
	}
	return model.Date{Year: y, Month: m, Day: d}, nil
}

// serial1904 is 1904-01-01 (serial 0 of the 1904 system) in the 1900 system.
const serial1904 = 1462

// fromSerial converts an Excel 1900-system serial to a date. Serial 60 is
// Excel's fictitious 1900-02-29 and maps to 1900-02-28 (no real input has it).
func fromSerial(n int) (int, int, int) {
	if n >= 60 {
		n-- // skip the fictitious 1900-02-29
	}
	// day 1 = 1900-01-01; count days since 1900-01-01
	days := n - 1
	y := 1900
	for {
		yl := 365
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			yl = 366
		}
		if days < yl {
			break
		}
		days -= yl
		y++
		if y > 9999 {
			return 0, 0, 0
		}
	}
	m := 1
	for days >= model.DaysIn(y, m) {
		days -= model.DaysIn(y, m)
		m++
	}
	return y, m, days + 1
}

var (
	sciRE   = regexp.MustCompile(`^\d+(\.\d+)?[eE]\+?\d+$`)
	idRE    = regexp.MustCompile(`^\d{17}[\dX]$`)
	idW     = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	idCheck = "10X98765432"
)

const idLostFix = "请把“身份证号”这一列的单元格格式设为“文本”，再重新输入完整的18位号码"

// parseID validates a 身份证号 (GB 11643): 17 digits and a check digit
// (x folded to X). A number cell, or text in scientific notation
// (1.10101E+17), lost its last digits in Excel and is refused with the fix.
func parseID(s string, typ cellType) (string, *issue) {
	t := cleanText(foldWidth(s))
	if t == "" {
		return "", nil
	}
	if typ == typeNumber || sciRE.MatchString(t) {
		return "", errIssue("身份证号被 Excel 当成了数字，后几位已经丢失（显示成 1.10101E+17 之类）", idLostFix)
	}
	var warn *issue
	if u := removeSpaces(t); u != t {
		t = u
		warn = warnIssue("身份证号中间有空格，已去掉", "身份证号中不要加空格")
	}
	t = strings.ToUpper(t)
	if !idRE.MatchString(t) {
		n := len([]rune(t))
		if n != 18 {
			return "", errIssue("身份证号应为18位，这里是"+strconv.Itoa(n)+"位", "请对照身份证核对号码；15位的旧号码请换成18位新号码")
		}
		return "", errIssue("身份证号只能是数字，最后一位可以是 X", "请对照身份证核对号码")
	}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(t[i]-'0') * idW[i]
	}
	if idCheck[sum%11] != t[17] {
		if strings.HasSuffix(t, "000") || strings.HasSuffix(t, "00") && t[17] == '0' {
			return "", errIssue("身份证号校验不通过，末尾是0，多半曾被 Excel 当成数字丢了后几位", idLostFix)
		}
		return "", errIssue("身份证号校验不通过（最后一位校验码对不上），有数字抄错了", "请对照身份证原件逐位核对18位号码")
	}
	if _, is := checkDate(atoi(t[6:10]), atoi(t[10:12]), atoi(t[12:14])); is != nil || atoi(t[12:14]) == 0 {
		return "", errIssue("身份证号中的出生日期不存在", "请对照身份证原件核对号码")
	}
	return t, warn
}

// idBirth returns the birth date encoded in a valid 身份证号.
func idBirth(id string) model.Date {
	return model.Date{Year: atoi(id[6:10]), Month: atoi(id[10:12]), Day: atoi(id[12:14])}
}

// idGender returns 男 or 女 from the 17th digit of a valid 身份证号.
func idGender(id string) string {
	if (id[16]-'0')%2 == 1 {
		return "男"
	}
	return "女"
}

// choice normalises a value that must be one of a fixed list. aliases map
// other spellings to list values. Spaces inside are removed and full-width
// folded before matching.
func choice(s string, list []string, aliases map[string]string) (string, bool) {
	t := removeSpaces(foldWidth(s))
	if a, ok := aliases[t]; ok {
		t = a
	}
	for _, v := range list {
		if t == v {
			return v, true
		}
	}
	return t, false
}

var (
	genders        = []string{"男", "女"}
	genderAliases  = map[string]string{"男性": "男", "女性": "女"}
	memberTypes    = []string{string(model.FullMember), string(model.ProbationMember)}
	memberAliases  = map[string]string{"正式": string(model.FullMember), "预备": string(model.ProbationMember)}
	orgCategories  = []string{"教工", "学生", "机关", "离退休", "其他"}
	sanctions      = []string{"无", "警告", "严重警告", "撤销党内职务", "留党察看"}
	sanctionAlias  = map[string]string{"": "无", "没有": "无", "无处分": "无", "/": "无", "-": "无", "—": "无", "－": "无", "／": "无"}
	orgTypeAliases = map[string]string{"党总支部": "党总支", "党委员会": "党委"}
	memberCategory = []string{"教职工", "学生", "机关", "离退休", "其他"}
)

func orgTypeNames() []string {
	out := make([]string, len(model.OrgTypes))
	for i, t := range model.OrgTypes {
		out[i] = string(t)
	}
	return out
}

var (
	quarterRE   = regexp.MustCompile(`^(\d{4})年?第?([一二三四1-4])季度?$`)
	quarterQRE  = regexp.MustCompile(`^(\d{4})[-_/年]?[Qq]([1-4])$`)
	quarterHans = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4}
)

// parseQuarter reads 2012年第一季度, 2012年一季度, 2012Q1, 2012-Q1 (and the
// same with Arabic digits).
func parseQuarter(s string) (year, q int, is *issue) {
	t := removeSpaces(foldWidth(s))
	if m := quarterQRE.FindStringSubmatch(t); m != nil {
		return atoi(m[1]), atoi(m[2]), nil
	}
	if m := quarterRE.FindStringSubmatch(t); m != nil && (strings.Contains(t, "季") || strings.Contains(t, "第")) {
		q := quarterHans[m[2]]
		if q == 0 {
			q = atoi(m[2])
		}
		return atoi(m[1]), q, nil
	}
	return 0, 0, errIssue("看不出是哪个季度", "请写成 2012年第一季度 或 2012Q1")
}
