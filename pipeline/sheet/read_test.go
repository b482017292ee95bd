package sheet

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"pingyou/pipeline/model"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// dump is a readable JSON view of a Dataset (numbers as exact fractions,
// dates as 公文 text, refs as 文件 工作表!单元格).
func dump(ds *model.Dataset, diags model.Diagnostics) any {
	rat := func(r *big.Rat) string {
		if r == nil {
			return ""
		}
		if r.IsInt() {
			return r.Num().String()
		}
		return r.RatString() + " (" + r.FloatString(4) + ")"
	}
	rats := func(m map[string]*big.Rat) map[string]string {
		out := map[string]string{}
		for k, v := range m {
			out[k] = rat(v)
		}
		return out
	}
	type A = map[string]any
	var orgs, members, oas, qs []A
	for _, o := range ds.Orgs {
		orgs = append(orgs, A{"name": o.Name, "type": o.Type, "parent": o.Parent, "secretary": o.Secretary, "category": o.Category, "order": o.Order, "ref": o.Ref.String()})
	}
	for _, m := range ds.Members {
		x := A{"name": m.Name, "gender": m.Gender, "ethnicity": m.Ethnicity, "birth": m.Birth.String(), "id": m.IDNumber,
			"join": m.JoinDate.String(), "type": m.Type, "branch": m.Branch, "category": m.Category, "post": m.Post, "order": m.Order, "ref": m.Ref.String()}
		if a := m.Assessment; a != nil {
			x["assessment"] = A{"ref": a.Ref.String(), "scores": rats(a.Scores), "votes": a.Votes, "hasVotes": a.HasVotes,
				"sanction": a.Sanction, "remark": a.Remark, "columns": a.Columns.Map()}
		}
		members = append(members, x)
	}
	for _, o := range ds.OrgAssessments {
		oas = append(oas, A{"name": o.Name, "items": rats(o.Items), "satisfaction": rat(o.Satisfaction), "remark": o.Remark, "ref": o.Ref.String()})
	}
	for _, q := range ds.Quarters {
		qs = append(qs, A{"org": q.Org, "year": q.Year, "quarter": q.Quarter, "score": rat(q.Score), "ref": q.Ref.String()})
	}
	var ins []A
	for _, in := range ds.Inputs {
		ins = append(ins, A{"name": in.Name, "size>0": in.Size > 0, "sha256len": len(in.SHA256)})
	}
	var ds2 []string
	for _, d := range diags {
		ds2 = append(ds2, d.Severity.String()+" "+d.String())
	}
	return A{"inputs": ins, "orgs": orgs, "members": members, "orgAssessments": oas, "quarters": qs, "hasQuarterSheet": ds.HasQuarterSheet, "diagnostics": ds2}
}

func golden(t *testing.T, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	p := filepath.Join("testdata", name+".golden.json")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update and check the file by eye)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s", p, got)
	}
}

func TestReadGood(t *testing.T) {
	dir := t.TempDir()
	paths := goodBooks(t, dir)
	// A 季度考核 sheet in its own workbook, with the accepted quarter spellings.
	paths = append(paths, writeBook(t, dir, "流动红旗.xlsx", sheetSpec{Name: "流动红旗", Rows: [][]any{
		{"组织名称", "季度", "考核得分"},
		{"文学院教工党支部", "2012年第一季度", 95},
		{"文学院学生党支部", "2012年一季度", "92.5"},
		{"机关直属党支部", "2012Q1", 90},
		{"文学院教工党支部", "2012-Q2", 88},
	}}))
	before := map[string][32]byte{}
	for _, p := range paths {
		before[p] = fileHash(t, p)
	}
	ds, diags, err := Read(paths, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	if diags.HasErrors() {
		t.Errorf("unexpected errors:\n%s", diagLines(diags))
	}
	for _, p := range paths {
		if fileHash(t, p) != before[p] {
			t.Errorf("%s changed", p)
		}
	}
	golden(t, "good", dump(ds, diags))
	for _, m := range ds.Members {
		if m.Assessment == nil {
			t.Errorf("%s has no assessment", m.Name)
		}
	}
}

// TestDiagnosticsSorted checks the order: file, sheet, row, column.
func TestDiagnosticsSorted(t *testing.T) {
	dir := t.TempDir()
	members := memberRows()
	members[5][1] = "王 五" // F? no: B6, a warning
	members[3][5] = "123" // F4, an error
	assess := assessRows()
	assess[5][0] = "王 五"
	assess[2][4] = "九十" // E3
	paths := []string{
		writeBook(t, dir, "花名册.xlsx", sheetSpec{Name: "党组织", Rows: orgRows()}, sheetSpec{Name: "党员", Rows: members}),
		writeBook(t, dir, "测评表.xlsx", sheetSpec{Name: "党员测评", Rows: assess}, sheetSpec{Name: "组织测评", Rows: orgAssessRows()}),
	}
	_, diags, err := Read(paths, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, d := range diags {
		refs = append(refs, d.Ref.String())
	}
	want := []string{"花名册.xlsx 党员!F4", "花名册.xlsx 党员!B6", "测评表.xlsx 党员测评!E3", "测评表.xlsx 党员测评!A6"}
	if !equalStrings(refs, want) {
		t.Errorf("got\n%s", diagLines(diags))
	}
	if !sort.SliceIsSorted(refs, func(i, j int) bool { return false }) {
		t.Fail()
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
