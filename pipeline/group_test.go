package pipeline

import (
	"reflect"
	"testing"

	"pingyou/pipeline/model"
)

func TestSameInMany(t *testing.T) {
	moved := func(file string) model.Diagnostic {
		return model.Diagnostic{Severity: model.Warning, Ref: model.CellRef{File: file}, Problem: "第1页容不下署名"}
	}
	cell := model.Diagnostic{Severity: model.Warning, Ref: model.CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: "A3"}, Problem: "第1页容不下署名"}
	other := model.Diagnostic{Severity: model.Warning, Ref: model.CellRef{File: "公文/支部通知/002-乙.pdf"}, Problem: "标题过长"}
	for _, tc := range []struct {
		name string
		in   model.Diagnostics
		want []string
	}{
		{"one document passes unchanged",
			model.Diagnostics{moved("公文/支部通知/001-甲.pdf")},
			[]string{"公文/支部通知/001-甲.pdf：第1页容不下署名"}},
		{"two named both",
			model.Diagnostics{moved("公文/支部通知/001-甲.pdf"), moved("公文/支部通知/003-丙.pdf")},
			[]string{"2 份支部通知（001-甲.pdf、003-丙.pdf）：第1页容不下署名"}},
		{"four: three named, the rest counted; cells and other problems kept in place",
			model.Diagnostics{cell, moved("d/001-甲.pdf"), other, moved("d/002-乙.pdf"), moved("d/004-丁.pdf"), moved("d/009-癸.pdf")},
			[]string{
				"花名册.xlsx 党员!A3：第1页容不下署名",
				"4 份支部通知（001-甲.pdf、002-乙.pdf、004-丁.pdf 等）：第1页容不下署名",
				"公文/支部通知/002-乙.pdf：标题过长",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range sameInMany(tc.in, "支部通知") {
				got = append(got, d.String())
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
