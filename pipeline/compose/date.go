package compose

import (
	"strings"

	"pingyou/pipeline/model"
)

var digits = []rune("〇一二三四五六七八九")

// ChineseDate writes a date the way certificates print it: the year digit by
// digit with 〇 (U+3007), month and day as quantities — 二〇一二年六月二十八日.
func ChineseDate(d model.Date) string {
	var b strings.Builder
	for _, c := range itoa(d.Year) {
		b.WriteRune(digits[c-'0'])
	}
	b.WriteString("年")
	b.WriteString(quantity(d.Month))
	b.WriteString("月")
	if d.Day > 0 {
		b.WriteString(quantity(d.Day))
		b.WriteString("日")
	}
	return b.String()
}

// quantity writes 1–99 as a Chinese number: 十, 十一, 二十, 三十一.
func quantity(n int) string {
	tens, ones := n/10, n%10
	s := ""
	switch {
	case tens == 1:
		s = "十"
	case tens > 1:
		s = string(digits[tens]) + "十"
	}
	if ones > 0 || n == 0 {
		s += string(digits[ones])
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
