package archive

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

func writeSet(t *testing.T, dir, content string) {
	t.Helper()
	if err := WriteBytes(filepath.Join(dir, "a.pdf"), []byte(content)); err != nil {
		t.Fatal(err)
	}
	e, err := describe(dir, Entry{Path: "a.pdf"})
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteManifest(dir, &Manifest{Files: []Entry{e}}); err != nil {
		t.Fatal(err)
	}
}

func names(t *testing.T, dir string) []string {
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

func TestRecoverRestoresOldWhenKilledMidSwap(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	// The state a kill between the two renames leaves: no out, the previous
	// set moved aside, the new complete stage not yet in place; plus an
	// unrelated folder that must stay.
	writeSet(t, filepath.Join(parent, ".out.tmp-111.old"), "previous")
	writeSet(t, filepath.Join(parent, ".out.tmp-111"), "new")
	os.Mkdir(filepath.Join(parent, ".other.tmp-1"), 0o755)
	notes, err := Recover(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 2 {
		t.Errorf("notes = %q", notes)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "a.pdf")); string(b) != "previous" {
		t.Fatalf("out/a.pdf = %q, want the previous set", b)
	}
	if probs, err := Verify(out); err != nil || len(probs) > 0 {
		t.Fatalf("restored set does not verify: %v %v", probs, err)
	}
	if got := names(t, parent); len(got) != 2 || got[0] != ".other.tmp-1" || got[1] != "out" {
		t.Fatalf("left beside out: %v", got)
	}
}

func TestRecoverRemovesStaleStages(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	writeSet(t, out, "current")
	writeSet(t, filepath.Join(parent, ".out.tmp-1.old"), "old, swap finished but not removed")
	os.MkdirAll(filepath.Join(parent, ".out.tmp-2", "证书"), 0o755) // a killed run's partial stage
	os.WriteFile(filepath.Join(parent, ".out.tmp-2", "证书", ".tmp-x.pdf-123"), []byte("part"), 0o644)
	if _, err := Recover(out); err != nil {
		t.Fatal(err)
	}
	if got := names(t, parent); len(got) != 1 || got[0] != "out" {
		t.Fatalf("left beside out: %v", got)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "a.pdf")); string(b) != "current" {
		t.Fatalf("out changed: %q", b)
	}
	// Nothing to do: no error, no notes; a missing parent is not an error.
	if notes, err := Recover(out); err != nil || len(notes) != 0 {
		t.Fatalf("second Recover: %v %v", notes, err)
	}
	if _, err := Recover(filepath.Join(parent, "no", "such", "out")); err != nil {
		t.Fatal(err)
	}
}
