package archive

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// department writes a department's folder by hand: unit folders each with
// files and a manifest, the department's own files and a manifest that
// refers to the units' manifests by hash.
func department(t *testing.T, dir string, units map[string]map[string]string, own map[string]string) *Manifest {
	t.Helper()
	write := func(base string, files map[string]string) []Entry {
		var es []Entry
		for name, content := range files {
			if err := WriteBytes(filepath.Join(base, filepath.FromSlash(name)), []byte(content)); err != nil {
				t.Fatal(err)
			}
			e, err := describe(base, Entry{Path: name})
			if err != nil {
				t.Fatal(err)
			}
			es = append(es, e)
		}
		return es
	}
	m := &Manifest{Batch: "部门 2012", Files: write(dir, own)}
	for name, files := range units {
		rel := "单位/" + name
		ud := filepath.Join(dir, filepath.FromSlash(rel))
		um := &Manifest{Batch: name + " 2012", Files: write(ud, files)}
		if err := WriteManifest(ud, um); err != nil {
			t.Fatal(err)
		}
		e, err := describe(dir, Entry{Path: rel + "/" + ManifestName})
		if err != nil {
			t.Fatal(err)
		}
		m.Units = append(m.Units, UnitRef{Dir: rel, Name: name, Batch: um.Batch, Size: e.Size, SHA256: e.SHA256, SM3: e.SM3})
	}
	if err := WriteManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	return m
}

func kinds(probs []Problem) string {
	var got []string
	for _, p := range probs {
		got = append(got, p.Kind+" "+p.Path)
	}
	return strings.Join(got, "|")
}

// TestVerifyDepartment: one verify covers the department's files and every
// unit's folder through the unit manifests it refers to by hash, and a
// unit's folder still verifies alone.
func TestVerifyDepartment(t *testing.T) {
	dir := t.TempDir()
	department(t, dir, map[string]map[string]string{
		"甲": {"公文/决定.pdf": "甲决定", "证书/1.pdf": "甲证书"},
		"乙": {"公文/决定.pdf": "乙决定"},
	}, map[string]string{"统计表.xlsx": "表"})
	if probs, err := Verify(dir); err != nil || len(probs) != 0 {
		t.Fatalf("fresh department: %v, %v", probs, err)
	}
	os.WriteFile(filepath.Join(dir, "单位", "甲", "证书", "1.pdf"), []byte("甲证书改"), 0o644)
	os.WriteFile(filepath.Join(dir, "单位", "乙", "多的.txt"), []byte("x"), 0o644)
	os.Remove(filepath.Join(dir, "统计表.xlsx"))
	probs, err := Verify(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := "多出 单位/乙/多的.txt|已改动 单位/甲/证书/1.pdf|缺失 统计表.xlsx" // sorted by path
	if got := kinds(probs); got != want {
		t.Fatalf("problems = %s, want %s", got, want)
	}
	// A unit's folder alone: its own manifest.
	probs, err = Verify(filepath.Join(dir, "单位", "甲"))
	if err != nil || kinds(probs) != "已改动 证书/1.pdf" {
		t.Fatalf("unit alone: %v, %v", probs, err)
	}

	// A unit manifest rewritten to match edited files no longer matches the
	// department's record of it.
	ud := filepath.Join(dir, "单位", "甲")
	um, _ := ReadManifest(ud)
	for i := range um.Files {
		if um.Files[i].Path == "证书/1.pdf" {
			um.Files[i], _ = describe(ud, um.Files[i])
		}
	}
	if err := WriteManifest(ud, um); err != nil {
		t.Fatal(err)
	}
	probs, _ = Verify(dir)
	if got := kinds(probs); !strings.Contains(got, "已改动 单位/甲/manifest.json") || strings.Contains(got, "证书/1.pdf") {
		t.Fatalf("rewritten unit manifest: %s", got)
	}
	// A missing unit manifest is reported once, not as every file extra.
	os.Remove(filepath.Join(ud, ManifestName))
	probs, _ = Verify(dir)
	if got := kinds(probs); !strings.Contains(got, "缺失 单位/甲/manifest.json") || strings.Contains(got, "单位/甲/公文") {
		t.Fatalf("missing unit manifest: %s", got)
	}
}

// TestVerifyDepartmentRefusesEscapes: a unit folder in a manifest must be
// inside the department's folder.
func TestVerifyDepartmentRefusesEscapes(t *testing.T) {
	for _, bad := range []string{"../外面", "/etc", "单位/../../x", "单位/./甲", `单位\甲`} {
		dir := t.TempDir()
		m := &Manifest{Units: []UnitRef{{Dir: bad}}}
		if err := WriteManifest(dir, m); err != nil {
			t.Fatal(err)
		}
		if _, err := Verify(dir); err == nil {
			t.Errorf("Verify accepted unit folder %q", bad)
		}
		if _, _, _, _, err := Strangers(dir, m, 0); err == nil {
			t.Errorf("Strangers accepted unit folder %q", bad)
		}
	}
}

// TestStrangersInDepartment: files put into a unit's folder, or a unit's
// results edited, stop a department's folder from being replaced like a
// single batch's.
func TestStrangersInDepartment(t *testing.T) {
	dir := t.TempDir()
	m := department(t, dir, map[string]map[string]string{"甲": {"公文/决定.docx": "稿"}}, map[string]string{"统计表.xlsx": "表"})
	if f, c, _, _, err := Strangers(dir, m, 0); err != nil || len(f)+len(c) != 0 {
		t.Fatalf("fresh: %v %v %v", f, c, err)
	}
	os.WriteFile(filepath.Join(dir, "单位", "甲", "工作总结.docx"), []byte("mine"), 0o644)
	os.WriteFile(filepath.Join(dir, "单位", "甲", "公文", "决定.docx"), []byte("改过的稿"), 0o644)
	os.WriteFile(filepath.Join(dir, "单位", "Thumbs.db"), []byte("junk"), 0o644)
	f, c, _, _, err := Strangers(dir, m, 0)
	if err != nil || strings.Join(f, "|") != "单位/甲/工作总结.docx" || strings.Join(c, "|") != "单位/甲/公文/决定.docx" {
		t.Fatalf("foreign %v, changed %v, err %v", f, c, err)
	}
	// A unit folder the department does not list is not ours at all.
	os.MkdirAll(filepath.Join(dir, "单位", "丙"), 0o755)
	os.WriteFile(filepath.Join(dir, "单位", "丙", ManifestName), []byte("{}"), 0o644)
	f, _, _, _, _ = Strangers(dir, m, 0)
	if !strings.Contains(strings.Join(f, "|"), "单位/丙/"+ManifestName) {
		t.Fatalf("unlisted unit folder: foreign %v", f)
	}
}
