package archive

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// finished writes a stage beside out holding files (path → content) and
// its manifest for batch, as a run leaves it before Replace.
func finished(t *testing.T, o *Output, files map[string]string) *Stage {
	t.Helper()
	st, err := o.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	m := &Manifest{Batch: o.Batch}
	for p, c := range files {
		e, err := st.Write(Entry{Path: p}, []byte(c))
		if err != nil {
			t.Fatal(err)
		}
		m.Files = append(m.Files, e)
	}
	if err := WriteManifest(st.Dir(), m); err != nil {
		t.Fatal(err)
	}
	return st
}

func wantErr(t *testing.T, what string, err error, sub string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), sub) {
		t.Errorf("%s: %v, want an error saying %q", what, err, sub)
	}
}

// TestOutputReplacedOnlyWhenOurs: the folder is replaced whole, so Check
// lets through only a new or empty folder or a previous run's results,
// unedited and of this batch (another batch with Force).
func TestOutputReplacedOnlyWhenOurs(t *testing.T) {
	dir := t.TempDir()
	o := &Output{Dir: filepath.Join(dir, "out"), Batch: "甲单位 2012"}
	if m, err := o.Check(); m != nil || err != nil {
		t.Fatalf("new folder: %v, %v", m, err)
	}
	if err := o.Replace(finished(t, o, map[string]string{"a.pdf": "一", "证书/b.pdf": "二"})); err != nil {
		t.Fatal(err)
	}
	if m, err := o.Check(); err != nil || m == nil || len(m.Files) != 2 {
		t.Fatalf("previous results: %v, %v", m, err)
	}
	if _, err := os.Stat(filepath.Join(o.Dir, "证书", "b.pdf")); err != nil {
		t.Fatalf("replaced folder lacks a file: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, StagePrefix(o.Dir)+"*")); len(left) > 0 {
		t.Errorf("stage folders left beside out: %v", left)
	}

	other := &Output{Dir: o.Dir, Batch: "乙单位 2012"}
	_, err := other.Check()
	wantErr(t, "another batch", err, "另一批次（甲单位 2012）")
	other.Force = true
	if _, err := other.Check(); err != nil {
		t.Errorf("another batch with Force: %v", err)
	}

	os.WriteFile(filepath.Join(o.Dir, "a.pdf"), []byte("在 Word 中改过"), 0o644)
	_, err = o.Check()
	wantErr(t, "edited result", err, "a.pdf 在生成后被修改过")
	os.WriteFile(filepath.Join(o.Dir, "a.pdf"), []byte("一"), 0o644)

	// An edit that keeps the size (a character typed over) is an edit too;
	// a file touched but unchanged is not. Both are newer than the
	// manifest, as every edit is.
	b := filepath.Join(o.Dir, "证书", "b.pdf")
	later := time.Now().Add(time.Hour)
	os.WriteFile(b, []byte("三"), 0o644) // 3 bytes, as 二
	os.Chtimes(b, later, later)
	_, err = o.Check()
	wantErr(t, "same-size edit", err, "证书/b.pdf 在生成后被修改过")
	os.WriteFile(b, []byte("二"), 0o644)
	os.Chtimes(b, later, later)
	if _, err := o.Check(); err != nil {
		t.Errorf("a result touched but unchanged: %v", err)
	}

	m, err := o.Check()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(o.Dir, "工作总结.docx"), []byte("x"), 0o644)
	wantErr(t, "file put in while writing", o.CheckAgain(m), "在生成期间放进了上次清单中没有的文件（工作总结.docx）")
	other.Force = true
	_, err = other.Check()
	wantErr(t, "stranger with Force", err, "工作总结.docx")
}

// TestOutputRefusesFolders: a folder without a manifest holding files, a
// folder holding a kept path, and a file in the folder's place.
func TestOutputRefusesFolders(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "work")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "Thumbs.db"), nil, 0o644)
	o := &Output{Dir: out, Batch: "甲单位 2012"}
	if m, err := o.Check(); m != nil || err != nil {
		t.Errorf("only desktop junk: %v, %v", m, err)
	}
	roster := filepath.Join(out, "花名册.xlsx")
	os.WriteFile(roster, []byte("x"), 0o644)
	_, err := o.Check()
	wantErr(t, "user's files", err, "已有不是 pingyou 生成的文件（花名册.xlsx）")
	o.Keep = []string{roster}
	_, err = o.Check()
	wantErr(t, "an input inside", err, roster+" 在输出目录")

	file := filepath.Join(dir, "out.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	_, err = (&Output{Dir: file}).Check()
	wantErr(t, "a file", err, "是一个文件，不是文件夹")
}
