package compose

import (
	"sort"
	"strings"
	"testing"
	"text/template"

	"pingyou/pipeline/model"
)

// dataOf runs a template that prints every key of its data and its type.
func dataOf(t *testing.T, run func(*template.Template) string) map[string]string {
	t.Helper()
	tmpl, err := ParseTemplate("keys", []byte(`{{define "正文"}}{{range $k, $v := .}}{{$k}}={{printf "%T" $v}};{{end}}{{end}}`))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, kv := range strings.Split(strings.TrimSuffix(run(tmpl), ";"), ";") {
		k, v, _ := strings.Cut(kv, "=")
		out[k] = v
	}
	return out
}

func checkFields(t *testing.T, what string, data map[string]string, fields []Field) {
	t.Helper()
	listed := map[string]bool{}
	for _, f := range fields {
		listed[f.Name] = true
		typ, ok := data[f.Name]
		if !ok {
			t.Errorf("%s: %s is listed but not in the data", what, f.Name)
			continue
		}
		if f.Number != (typ == "int") {
			t.Errorf("%s: %s is %s, listed as Number=%v", what, f.Name, typ, f.Number)
		}
	}
	var missing []string
	for k := range data {
		if !listed[k] {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%s: data not listed (the wording editor would call them unknown): %v", what, missing)
	}
}

// TestFieldListsAreTheData: DecisionFields and BranchFields are exactly the
// keys (and number-ness) of the data the templates are run with, so the
// wording editor's list and its unknown-placeholder check tell the truth.
func TestFieldListsAreTheData(t *testing.T) {
	res := &model.Results{Commendations: []model.Commendation{{Award: AwardMember, Name: "牛犇", Group: "机关"}}}
	checkFields(t, "表彰决定", dataOf(t, func(tm *template.Template) string {
		n, _, err := Decision(sample(), res, tm)
		if err != nil {
			t.Fatal(err)
		}
		return text(n.Body)
	}), DecisionFields)

	ds := &model.Dataset{Orgs: []model.Organisation{{Name: "机关第一党支部", Type: model.Branch}},
		Members: []model.Member{{Name: "牛犇", Branch: "机关第一党支部", Type: model.FullMember}}}
	bres := &model.Results{Members: []model.MemberResult{{Member: &ds.Members[0], Graded: true, Grade: model.Qualified}}}
	checkFields(t, "支部通知", dataOf(t, func(tm *template.Template) string {
		ns, _, err := BranchNotices(sample(), ds, bres, tm)
		if err != nil {
			t.Fatal(err)
		}
		return text(ns[0].Notice.Body)
	}), BranchFields)

	// The certificate placeholders: each fills, an unlisted one does not.
	for _, f := range CertificateFields {
		w := map[string]Wording{AwardMember: {Code: "YXDY", Title: "荣誉证书", Recipient: "person", Body: []string{"{" + f.Name + "}"}}}
		if _, _, err := Certificates(res, sample(), w); err != nil {
			t.Errorf("{%s}: %v", f.Name, err)
		}
	}
	w := map[string]Wording{AwardMember: {Code: "YXDY", Title: "荣誉证书", Recipient: "person", Body: []string{"{名字}"}}}
	if _, _, err := Certificates(res, sample(), w); err == nil {
		t.Error("{名字} filled")
	}
}

func TestTemplateFieldsFindsUnknownPlaceholders(t *testing.T) {
	src := `{{define "正文"}}{{.年度}}年{{if .先进组织数}}{{.单位名称}}{{end}}{{with .纪念}}{{.}}之际{{.长度}}{{$.活动}}{{$.项目}}{{end}}{{end}}`
	tmpl, err := ParseTemplate("t", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range TemplateFields(tmpl, DecisionFields) {
		got = append(got, u.Name)
		inner := strings.Trim(u.Name, "{}") // $.项目's node starts after the $
		if !strings.HasPrefix(src[u.Pos:], inner) && !strings.HasPrefix(src[u.Pos-1:], inner) {
			t.Errorf("%s at %d: %q", u.Name, u.Pos, src[u.Pos:])
		}
	}
	if strings.Join(got, " ") != "{{.单位名称}} {{.长度}} {{$.项目}}" {
		t.Errorf("unknown: %v", got)
	}
	got = nil
	for _, u := range WordingFields("在{年度}年度{活动}中{名字}，{序号:4}{序号:12}", CertificateFields) {
		got = append(got, u.Name)
	}
	if strings.Join(got, " ") != "{名字} {序号:12}" {
		t.Errorf("certificate unknown: %v", got)
	}
	if !StrayBraces("在{年度}年度｛活动}") || StrayBraces("在{年度}年度") {
		t.Error("StrayBraces")
	}
}
