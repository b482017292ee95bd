package document

import (
	"regexp"
	"strings"
)

// numberPattern is the 发文字号 of GB/T 9704-2012 7.2.4: 机关代字, the year
// in 六角括号, the sequence number without leading zeros or 第, and 号.
var numberPattern = regexp.MustCompile(`^[^〔〕\[\]【】]+〔\d{4}〕[1-9]\d*号$`)

// looseNumber matches the forms staff type: any bracket pair around the
// year, optional spaces.
var looseNumber = regexp.MustCompile(`^\s*([^\s\[\]【】（）()［］〔〕{}｛｝]+?)\s*[\[【（(［〔{｛]\s*(\d{4})\s*[\]】）)］〕}｝]\s*(\S+?)\s*$`)

// NormaliseNumber returns the 发文字号 with its year in 〔〕 (from [] 【】
// （） ［］ () {} and stray spaces) and whether s was rewritten, so the caller
// can warn. It never invents parts: a number that still breaks the standard
// (第, leading zeros, a 2-digit year, no 号) comes back trimmed but otherwise
// unchanged, and ValidNumber reports it.
func NormaliseNumber(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if numberPattern.MatchString(t) {
		return t, t != s
	}
	if m := looseNumber.FindStringSubmatch(t); m != nil {
		if n := m[1] + "〔" + m[2] + "〕" + m[3]; numberPattern.MatchString(n) {
			return n, true
		}
	}
	return t, t != s
}

// ValidNumber reports whether s is a 发文字号 as GB/T 9704-2012 writes it.
func ValidNumber(s string) bool { return numberPattern.MatchString(s) }
