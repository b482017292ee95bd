package pdfacheck

import (
	"fmt"
	"testing"
	"time"
)

func TestTokenize(t *testing.T) {
	src := "BT /F1 16 Tf 0 Tc [(\\b~\\(x\\)\\101\\\n)] TJ <00 00a> Tj /Span <</ActualText <feff4e2d>>> BDC EMC % c\n1 0 0 0 k ET"
	var got []string
	for _, tk := range tokenize([]byte(src)) {
		switch tk.kind {
		case strTok:
			got = append(got, fmt.Sprintf("s%q", tk.bytes))
		default:
			got = append(got, tk.text)
		}
	}
	want := `[BT /F1 16 Tf 0 Tc [ s"\b~(x)A" ] TJ s"\x00\x00\xa0" Tj /Span << /ActualText s"\xfe\xffN-" >> BDC EMC 1 0 0 0 k ET]`
	if fmt.Sprint(got) != want {
		t.Errorf("tokens\n%s\nwant\n%s", fmt.Sprint(got), want)
	}
}

func TestContentNotdefAndCMYK(t *testing.T) {
	f := &file{objects: map[string]object{
		"1 0 R": {value: map[string]any{"/Type": "/Page", "/Resources": map[string]any{"/Font": map[string]any{"/F1": "3 0 R", "/F2": "4 0 R"}}, "/Contents": "2 0 R"}},
		"2 0 R": {stream: map[string]any{}, data: []byte("BT /F2 12 Tf (\\000\\000) Tj /F1 12 Tf [<0001> 50 <0000>] TJ 0 0 0 1 k ET")},
	}}
	var got []string
	f.checkContent(map[string]bool{"3 0 R": true}, func(i int, format string, args ...any) {
		got = append(got, fmt.Sprintf("%d:", i)+fmt.Sprintf(format, args...))
	})
	want := "[10:2 0 R: .notdef (glyph 0) shown 13:2 0 R: CMYK operator k]"
	if fmt.Sprint(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestPDFDate(t *testing.T) {
	a, err := pdfDate("D:20120628000000+08'00'")
	b, _ := time.Parse(time.RFC3339, "2012-06-28T00:00:00+08:00")
	if err != nil || !a.Equal(b) {
		t.Errorf("pdfDate = %v, %v", a, err)
	}
}

func TestParseW(t *testing.T) {
	got := parseW([]any{1.0, []any{333.0, 500.0}, 10.0, 12.0, 1000.0})
	want := map[int]float64{1: 333, 2: 500, 10: 1000, 11: 1000, 12: 1000}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("parseW = %v", got)
	}
}
