package pipeline

import (
	"fmt"
	"path"
	"strings"

	"pingyou/pipeline/model"
)

// sameInMany folds layout diagnostics that are word for word the same in
// several documents of one kind into one line naming how many and which:
// thirty identical lines about thirty branch notices bury the warnings a
// clerk has to act on. Diagnostics pointing at a cell, and problems seen in
// one document only, pass unchanged; order follows first appearance.
func sameInMany(ds model.Diagnostics, kind string) model.Diagnostics {
	type key struct {
		sev                 model.Severity
		problem, value, fix string
	}
	keyOf := func(d model.Diagnostic) key { return key{d.Severity, d.Problem, d.Value, d.Fix} }
	files := map[key][]string{}
	for _, d := range ds {
		if d.Ref.Sheet == "" && d.Ref.File != "" {
			files[keyOf(d)] = append(files[keyOf(d)], d.Ref.File)
		}
	}
	out := make(model.Diagnostics, 0, len(ds))
	done := map[key]bool{}
	for _, d := range ds {
		k := keyOf(d)
		fs := files[k]
		if d.Ref.Sheet != "" || len(fs) < 2 {
			out = append(out, d)
			continue
		}
		if done[k] {
			continue
		}
		done[k] = true
		names := make([]string, 0, 3)
		for _, f := range fs[:min(3, len(fs))] {
			names = append(names, path.Base(f))
		}
		list := strings.Join(names, "、")
		if len(fs) > 3 {
			list += " 等"
		}
		d.Ref = model.CellRef{File: fmt.Sprintf("%d 份%s（%s）", len(fs), kind, list)}
		out = append(out, d)
	}
	return out
}
