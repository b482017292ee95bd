package sheet

import (
	"math/big"
	"testing"

	"pingyou/pipeline/model"
)

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in      string
		numeric bool
		want    string // RatString; "" for nil
		sev     int    // -1 none, else model.Severity
		problem string
	}{
		{"95", false, "95", -1, ""},
		{"95.5", false, "191/2", -1, ""},
		{"９５", false, "95", -1, ""},
		{"９５．５", false, "191/2", -1, ""},
		{" 95 ", false, "95", -1, ""},
		{"\u00a095\u3000", false, "95", -1, ""},
		{"95分", false, "95", int(model.Warning), "多了“分”字"},
		{"９５分", false, "95", int(model.Warning), "多了“分”字"},
		{"九十", false, "", int(model.Error), "不是阿拉伯数字"},
		{"缺考", false, "", int(model.Error), "填了文字"},
		{"5O", false, "", int(model.Error), "混入了字母"},
		{"O5", false, "", int(model.Error), "混入了字母"},
		{"abc", false, "", int(model.Error), "不是数字"},
		{"", false, "", -1, ""},
		{"89.49999999999999", true, "179/2", -1, ""},
		{"89.995", true, "17999/200", -1, ""},
		{"89.995", false, "17999/200", -1, ""},
		{"0.30000000000000004", true, "3/10", -1, ""},
		{"1E+2", true, "100", -1, ""},
		{"1E+2", false, "", int(model.Error), "不是数字"},
		{"-5", false, "-5", -1, ""},
		{"123456789.123456", true, "1234567891/10", -1, ""},
	}
	for _, c := range cases {
		got, is := parseNumber(c.in, c.numeric)
		gs := ""
		if got != nil {
			gs = got.RatString()
		}
		if gs != c.want {
			t.Errorf("parseNumber(%q, %v) = %s, want %s", c.in, c.numeric, gs, c.want)
		}
		checkIssue(t, c.in, is, c.sev, c.problem)
	}
}

func checkIssue(t *testing.T, in string, is *issue, sev int, problem string) {
	t.Helper()
	switch {
	case sev < 0 && is != nil:
		t.Errorf("%q: unexpected issue %+v", in, is)
	case sev >= 0 && is == nil:
		t.Errorf("%q: want issue %q", in, problem)
	case sev >= 0 && (int(is.Sev) != sev || !contains(is.Problem, problem) || is.Fix == ""):
		t.Errorf("%q: issue %+v, want severity %d and %q", in, is, sev, problem)
	}
}

func contains(s, sub string) bool { return len(sub) == 0 || indexOf(s, sub) >= 0 }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestParsePercent(t *testing.T) {
	cases := []struct {
		in         string
		numeric    bool
		percentFmt bool
		want       string
		sev        int
		problem    string
	}{
		{"92%", false, false, "23/25", -1, ""},
		{"92％", false, false, "23/25", -1, ""},
		{"９２％", false, false, "23/25", -1, ""},
		{"0.92", true, false, "23/25", -1, ""},
		{"0.92", true, true, "23/25", -1, ""},
		{"92", true, false, "23/25", -1, ""},
		{"92", false, false, "23/25", -1, ""},
		{"100", false, false, "1", -1, ""},
		{"100%", false, false, "1", -1, ""},
		{"1", true, true, "1", -1, ""}, // 100% formatted as a percentage
		{"1", true, false, "", int(model.Error), "看不出是 1% 还是 100%"},
		{"1", false, false, "", int(model.Error), "看不出是 1% 还是 100%"},
		{"0", true, false, "0", -1, ""},
		{"120", false, false, "", int(model.Error), "0% 到 100%"},
		{"120%", false, false, "", int(model.Error), "0% 到 100%"},
		{"-5%", false, false, "", int(model.Error), "0% 到 100%"},
		{"很满意", false, false, "", int(model.Error), "不是百分数"},
		{"%", false, false, "", int(model.Error), "不是百分数"},
	}
	for _, c := range cases {
		got, is := parsePercent(c.in, c.numeric, c.percentFmt)
		gs := ""
		if got != nil {
			gs = got.RatString()
		}
		if gs != c.want {
			t.Errorf("parsePercent(%q) = %s, want %s", c.in, gs, c.want)
		}
		checkIssue(t, c.in, is, c.sev, c.problem)
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in      string
		typ     cellType
		want    model.Date
		problem string
	}{
		{"40357", typeNumber, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"40357.5", typeNumber, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"1", typeNumber, model.Date{Year: 1900, Month: 1, Day: 1}, ""},
		{"61", typeNumber, model.Date{Year: 1900, Month: 3, Day: 1}, ""},
		{"2010-06-28", typeString, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"2010/6/28", typeString, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"2010.6.28", typeString, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"2010年6月28日", typeString, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"２０１０年６月２８日", typeString, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"2010.06", typeString, model.Date{Year: 2010, Month: 6}, ""},
		{"2010年6月", typeString, model.Date{Year: 2010, Month: 6}, ""},
		{"201006", typeString, model.Date{Year: 2010, Month: 6}, ""},
		{"201006", typeNumber, model.Date{Year: 2010, Month: 6}, ""},
		{"20100628", typeNumber, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"2010.06", typeNumber, model.Date{Year: 2010, Month: 6}, ""},
		{"2010.12", typeNumber, model.Date{Year: 2010, Month: 12}, ""},
		{"2010.1", typeNumber, model.Date{}, "分不清是1月还是10月"},
		{"2010.1", typeString, model.Date{Year: 2010, Month: 1}, ""},
		{"2010-06-28T00:00:00Z", typeDate, model.Date{Year: 2010, Month: 6, Day: 28}, ""},
		{"2010-02-30", typeString, model.Date{}, "没有这一天"},
		{"2010-13", typeString, model.Date{}, "没有这一天"},
		{"201013", typeString, model.Date{}, "没有这一天"},
		{"去年六月", typeString, model.Date{}, "看不出是哪一天"},
		{"", typeString, model.Date{}, ""},
	}
	for _, c := range cases {
		got, is := parseDate(c.in, c.typ)
		if got != c.want {
			t.Errorf("parseDate(%q) = %+v, want %+v", c.in, got, c.want)
		}
		sev := -1
		if c.problem != "" {
			sev = int(model.Error)
		}
		checkIssue(t, c.in, is, sev, c.problem)
	}
}

func TestParseID(t *testing.T) {
	cases := []struct {
		in      string
		typ     cellType
		want    string
		sev     int
		problem string
	}{
		{"110101199003071233", typeString, "110101199003071233", -1, ""},
		{"11010519491231002x", typeString, "11010519491231002X", -1, ""},
		{"１１０１０１１９９００３０７１２３３", typeString, "110101199003071233", -1, ""},
		{"110101 19900307 1233", typeString, "110101199003071233", int(model.Warning), "空格"},
		{"110101199003071234", typeString, "", int(model.Error), "校验不通过"},
		{"110101199003071000", typeString, "", int(model.Error), "丢了后几位"},
		{"110101199003071233", typeNumber, "", int(model.Error), "当成了数字"},
		{"1.10101199003071E+17", typeNumber, "", int(model.Error), "当成了数字"},
		{"1.10101E+17", typeString, "", int(model.Error), "当成了数字"},
		{"11010119900307123", typeString, "", int(model.Error), "应为18位，这里是17位"},
		{"11010119900307123Y", typeString, "", int(model.Error), "只能是数字"},
		{"110101199002301232", typeString, "", int(model.Error), ""}, // Feb 30: check digit or date
	}
	for _, c := range cases {
		got, is := parseID(c.in, c.typ)
		if got != c.want {
			t.Errorf("parseID(%q) = %q, want %q", c.in, got, c.want)
		}
		checkIssue(t, c.in, is, c.sev, c.problem)
	}
	if idGender("110101199003071233") != "男" || idBirth("110101199003071233") != (model.Date{Year: 1990, Month: 3, Day: 7}) {
		t.Error("idGender/idBirth")
	}
}

func TestNormName(t *testing.T) {
	cases := []struct {
		in, want string
		warn     bool
	}{
		{"张三", "张三", false},
		{" 张三\u3000", "张三", false},
		{"\u00a0张三\n", "张三", false},
		{"张 三", "张三", true},
		{"张　三", "张三", true},
		{"欧阳  修", "欧阳修", true},
		{"买买提·艾力", "买买提·艾力", false},
		{"买买提•艾力", "买买提·艾力", false},
		{"买买提.艾力", "买买提·艾力", false},
		{"买买提．艾力", "买买提·艾力", false},
		{"买买提・艾力", "买买提·艾力", false},
		{"买买提 · 艾力", "买买提·艾力", false},
		{"John  Smith", "John Smith", false},
		{"J.Smith", "J.Smith", false}, // a Latin initial keeps its full stop
		{"张三.", "张三.", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, is := normName(c.in)
		if got != c.want || (is != nil) != c.warn {
			t.Errorf("normName(%q) = %q, %v; want %q, warn %v", c.in, got, is, c.want, c.warn)
		}
		if is != nil && is.Sev != model.Warning {
			t.Errorf("%q: want warning", c.in)
		}
	}
}

func TestParseQuarter(t *testing.T) {
	for _, in := range []string{"2012年第一季度", "2012年一季度", "2012Q1", "2012-Q1", "2012q1", "2012年第1季度", "２０１２Ｑ１", " 2012 年 第一 季度 "} {
		y, q, is := parseQuarter(in)
		if y != 2012 || q != 1 || is != nil {
			t.Errorf("parseQuarter(%q) = %d %d %v", in, y, q, is)
		}
	}
	for _, in := range []string{"2012", "第一季度", "2012Q5", "2012年第五季度", "20121"} {
		if _, _, is := parseQuarter(in); is == nil {
			t.Errorf("parseQuarter(%q) accepted", in)
		}
	}
}

func TestNormHeader(t *testing.T) {
	for in, want := range map[string]string{
		"姓名":             "姓名",
		"姓 名":            "姓名",
		"*姓名":            "姓名",
		"姓名*":            "姓名",
		"姓名（必填）":         "姓名",
		"姓名(必填)":         "姓名",
		"所在\n党支部":        "所在党支部",
		"身份证号【18位】":      "身份证号",
		"自评（10%）":        "自评",
		"群众满意率(％)":       "群众满意率",
		"ＩＤ":             "ID",
		"出生日期：":          "出生日期",
		"\u3000姓名\u3000": "姓名",
	} {
		if got := normHeader(in); got != want {
			t.Errorf("normHeader(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRoundCached(t *testing.T) {
	for in, want := range map[string]string{
		"89.49999999999999":    "89.5",
		"89.50000000000001":    "89.5",
		"-0.30000000000000004": "-0.3",
		"0.1234567":            "0.123457",
		"12345678901.5":        "12345678902",
	} {
		r, _ := new(big.Rat).SetString(in)
		w, _ := new(big.Rat).SetString(want)
		if got := roundCached(r); got.Cmp(w) != 0 {
			t.Errorf("roundCached(%s) = %s, want %s", in, got.FloatString(8), want)
		}
	}
}

func TestFromSerial(t *testing.T) {
	for n, want := range map[int][3]int{1: {1900, 1, 1}, 59: {1900, 2, 28}, 61: {1900, 3, 1}, 40357: {2010, 6, 28}, 43831: {2020, 1, 1}, 2958465: {9999, 12, 31}} {
		y, m, d := fromSerial(n)
		if [3]int{y, m, d} != want {
			t.Errorf("fromSerial(%d) = %d-%d-%d, want %v", n, y, m, d, want)
		}
	}
}

// TestPlainDecimalFastPaths checks that the fast paths of number, parseCount
// and parseDate give what the general parsers give: "30152.0" has the value
// of "30152" but goes the general way.
func TestPlainDecimalFastPaths(t *testing.T) {
	for _, s := range []string{"0", "7", "007", "95", "89.5", "89.50", "100", "100.000001", "123456789", "123456789.123456",
		"1234567890", "12.1234567", "30152", "201006", "20100628", "2958465", "2958466", "0.5", ".5", "5.", "1e2", " 5", "５",
		"000201006", "1", "60", "61", "99999999"} {
		if num, den, ok := plainDecimal(s); ok {
			for _, numeric := range []bool{false, true} {
				want, is := parseNumber(s, numeric)
				if numeric && len(s) > 12 {
					continue // number reads these through parseNumber
				}
				if is != nil || want == nil || want.Cmp(big.NewRat(num, den)) != 0 {
					t.Errorf("plainDecimal(%q) = %d/%d, parseNumber(numeric=%v) = %v %+v", s, num, den, numeric, want, is)
				}
			}
		}
		if _, den, ok := plainDecimal(s); !ok || den != 1 {
			continue
		}
		for _, numeric := range []bool{false, true} {
			n, has, is := parseCount(s, numeric)
			wn, whas, wis := parseCount(s+".0", numeric)
			if n != wn || has != whas || (is == nil) != (wis == nil) {
				t.Errorf("parseCount(%q, %v) = %d %v %+v, want %d %v %+v", s, numeric, n, has, is, wn, whas, wis)
			}
		}
		d, is := parseDate(s, typeNumber)
		wd, wis := parseDate(s+".0", typeNumber)
		if d != wd || (is == nil) != (wis == nil) || is != nil && is.Problem != wis.Problem {
			t.Errorf("parseDate(%q) = %v %+v, want %v %+v", s, d, is, wd, wis)
		}
	}
}
