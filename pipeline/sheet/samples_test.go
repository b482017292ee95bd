package sheet

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSamples reads the sample workbooks in samples/: they must give no
// errors (warnings are allowed) and must not change.
func TestSamples(t *testing.T) {
	dir := filepath.Join("..", "..", "samples")
	paths := []string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not present", p)
		}
	}
	before := [][32]byte{fileHash(t, paths[0]), fileHash(t, paths[1])}
	ds, diags, err := Read(paths, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	if diags.HasErrors() {
		t.Errorf("samples have errors:\n%s", diagLines(diags))
	} else if len(diags) > 0 {
		t.Logf("warnings:\n%s", diagLines(diags))
	}
	joined := 0
	for _, m := range ds.Members {
		if m.Assessment != nil {
			joined++
		}
	}
	t.Logf("%d organisations, %d members (%d with assessments), %d organisation assessments, %d quarter scores",
		len(ds.Orgs), len(ds.Members), joined, len(ds.OrgAssessments), len(ds.Quarters))
	if len(ds.Orgs) == 0 || len(ds.Members) == 0 || joined == 0 {
		t.Error("samples read as empty")
	}
	for i, p := range paths {
		if fileHash(t, p) != before[i] {
			t.Errorf("%s changed", p)
		}
	}
}
