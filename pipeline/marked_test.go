package pipeline

import (
	"testing"

	"pingyou/pipeline/model"
)

func TestMarkedName(t *testing.T) {
	in := func(names ...string) []model.InputFile {
		var out []model.InputFile
		for _, n := range names {
			out = append(out, model.InputFile{Name: n})
		}
		return out
	}
	cases := []struct {
		name   string
		inputs []model.InputFile
		want   string
	}{
		{"花名册.xlsx", in("花名册.xlsx", "测评表.xlsx"), "花名册-问题标注.xlsx"},
		{"花名册.xls", in("花名册.xls", "测评表.et"), "花名册-问题标注.xlsx"},
		{"测评表.et", in("花名册.xls", "测评表.et"), "测评表-问题标注.xlsx"},
		{"花名册.xls", in("花名册.xls", "花名册.xlsx"), "花名册.xls-问题标注.xlsx"},
		{"花名册.xlsx", in("花名册.xls", "花名册.xlsx"), "花名册.xlsx-问题标注.xlsx"},
	}
	for _, c := range cases {
		if got := markedName(c.name, c.inputs); got != c.want {
			t.Errorf("markedName(%s) = %s, want %s", c.name, got, c.want)
		}
	}
}
