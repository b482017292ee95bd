package pipeline

import (
	"fmt"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet"
)

// DefaultFormName names a form's unit settings in messages when
// Settings.FormName is empty.
const DefaultFormName = "网页上填写的单位信息"

// UnitSource is what each place gives one unit setting (a row of
// sheet.UnitFields) before they are merged; "" where a place gives nothing.
// Values are as the sheet reads them (dates 2024-12-28, lists joined by 、),
// so equal settings compare equal.
type UnitSource struct {
	Key   string
	Label string
	Form  string // typed on the form
	Sheet string // in the 单位信息 sheet
	// SheetAt is the sheet's cell for the setting, also when it is blank
	// (花名册.xlsx 单位信息!B3); "" when the sheet has no such row.
	SheetAt string
	File    string // in the config file
	FileAt  string // pingyou.yaml 第9行 unit.name
	// Conflict: two places give different values (an error, never
	// resolved by precedence: see mergeForm and config.ResolveUnit).
	Conflict bool
}

// unitSources lists, per unit setting, what the form, the sheet and the
// config file give. It reads cfg before config.ResolveUnit merges into it.
func unitSources(cfg *config.Config, info *sheet.UnitInfo, form map[string]string) []UnitSource {
	var out []UnitSource
	for _, f := range sheet.UnitFields {
		s := UnitSource{Key: f.Key, Label: f.Label}
		if t, ok := form[f.Key]; ok {
			if v, d := sheet.ParseUnitValue(f, t); d == nil || d.Severity != model.Error {
				s.Form = v.Text
			} else {
				s.Form = t
			}
		}
		if v, ok := info.Values[f.Key]; ok {
			s.Sheet, s.SheetAt = v.Text, v.Ref.String()
		} else if ref, ok := info.Rows[f.Key]; ok {
			s.SheetAt = ref.String()
		}
		if t, ok := cfg.UnitSetting(f.Key); ok {
			s.File, s.FileAt = t, cfg.Where(f.Key)
		}
		seen := ""
		for _, v := range []string{s.Form, s.Sheet, s.File} {
			if v == "" {
				continue
			}
			if seen != "" && v != seen {
				s.Conflict = true
			}
			seen = v
		}
		out = append(out, s)
	}
	return out
}

// mergeForm adds the settings typed on a form to those read from the
// 单位信息 sheet, so that config.ResolveUnit holds them to the config file
// like the sheet's. A setting the sheet gives too must be the same: the
// page never picks one of two different names for the issuer. A value the
// sheet would refuse is refused here with the same words.
func mergeForm(info *sheet.UnitInfo, form map[string]string, name string) model.Diagnostics {
	if len(form) == 0 {
		return nil
	}
	if name == "" {
		name = DefaultFormName
	}
	var diags model.Diagnostics
	for _, f := range sheet.UnitFields {
		t, ok := form[f.Key]
		if !ok {
			continue
		}
		ref := model.CellRef{File: name}
		v, d := sheet.ParseUnitValue(f, t)
		if d != nil {
			d.Ref = ref
			d.Problem = "“" + f.Label + "”：" + d.Problem
			diags = append(diags, *d)
			if d.Severity == model.Error {
				continue
			}
		}
		if v.Text == "" {
			continue
		}
		v.Ref = ref
		if old, ok := info.Values[f.Key]; ok {
			if old.Text != v.Text {
				diags = append(diags, model.Diagnostic{Severity: model.Error, Ref: old.Ref,
					Problem: fmt.Sprintf("“%s”与%s中的“%s”不一致", f.Label, name, v.Text), Value: old.Text,
					Fix: fmt.Sprintf("只在一处填写：用单位信息表中的，就清空%s中的这一项；或把两处改成一致", name)})
			}
			continue // equal: the sheet's cell is where it is kept
		}
		if info.Values == nil {
			info.Values = map[string]sheet.UnitValue{}
		}
		info.Values[f.Key] = v
	}
	return diags
}
