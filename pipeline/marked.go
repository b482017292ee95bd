package pipeline

import (
	"path/filepath"
	"strings"

	"pingyou/pipeline/model"
)

// markedName is the file name of the annotated copy of the input called
// name: 花名册.xlsx → 花名册-问题标注.xlsx. The copy is always an .xlsx (of
// an .xls or .et too: 花名册.xls → 花名册-问题标注.xlsx); when two inputs
// share a name but for the extension, the copy keeps the extension so the
// office sees which file it belongs to: 花名册.xls-问题标注.xlsx.
func markedName(name string, inputs []model.InputFile) string {
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	for _, in := range inputs {
		if in.Name != name && strings.EqualFold(strings.TrimSuffix(in.Name, filepath.Ext(in.Name)), stem) {
			return name + "-问题标注.xlsx"
		}
	}
	return stem + "-问题标注.xlsx"
}
