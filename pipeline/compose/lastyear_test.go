package compose

import (
	"testing"
)

// TestTemplateFieldsInLastYearLists: inside {{range}} over a list field the
// elements' keys are known, others are not, and an {{if}} without {{else}}
// there is walked without trouble.
func TestTemplateFieldsInLastYearLists(t *testing.T) {
	for _, c := range []struct {
		src     string
		unknown string
	}{
		{`{{range .连续表彰}}{{if gt .人数 1}}{{.名单}}{{end}}{{.表彰}}{{.连续}}{{end}}`, ""},
		{`{{range .连续基本合格不合格}}{{.表彰}}{{end}}`, "{{.表彰}}"},
		{`{{range .支部连续表彰}}{{.表彰}}{{.名单}}{{end}}`, "{{.名单}}"},
		{`{{range .连续表彰}}{{.连续}}{{end}}{{.名单}}`, "{{.名单}}"},
	} {
		tmpl, err := ParseTemplate("t", []byte(`{{define "正文"}}`+c.src+`{{end}}`))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if u := TemplateFields(tmpl, BranchFields); len(u) > 0 {
			got = u[0].Name
		}
		if got != c.unknown {
			t.Errorf("%s: unknown %q, want %q", c.src, got, c.unknown)
		}
	}
	// Every list field is a branch field, and its data is a list of maps
	// with exactly those keys.
	data := lastYearData(nil, nil, -1, nil)
	for name := range ListFields {
		if _, ok := data[name].([]map[string]any); !ok {
			t.Errorf("%s: %T, want a list", name, data[name])
		}
	}
}
