package compose

import (
	"testing"

	"pingyou/pipeline/model"
)

func TestChineseDate(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{2010, 10, 10, "二〇一〇年十月十日"},
		{2012, 6, 30, "二〇一二年六月三十日"},
		{2020, 1, 1, "二〇二〇年一月一日"},
		{2012, 6, 28, "二〇一二年六月二十八日"},
		{2011, 12, 31, "二〇一一年十二月三十一日"},
		{2000, 11, 20, "二〇〇〇年十一月二十日"},
		{2012, 6, 0, "二〇一二年六月"},
	}
	for _, tt := range tests {
		got := ChineseDate(model.Date{Year: tt.y, Month: tt.m, Day: tt.d})
		if got != tt.want {
			t.Errorf("ChineseDate(%d-%d-%d) = %s, want %s", tt.y, tt.m, tt.d, got, tt.want)
		}
		for _, r := range got {
			if r == '零' || r == 'O' || r == '0' || r == '○' {
				t.Errorf("%s uses %q instead of 〇 (U+3007)", got, r)
			}
		}
	}
}
