package archive

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSafeName(t *testing.T) {
	long := strings.Repeat("中", 100) // 300 bytes
	tests := []struct{ in, want string }{
		{"0001-张三", "0001-张三"},
		{"买买提·艾力", "买买提·艾力"},
		{"../../etc/passwd", "_.._etc_passwd"},
		{`a\b:c*d?e"f<g>h|i`, "a_b_c_d_e_f_g_h_i"},
		{"名字\x00\x07\n换行", "名字换行"},
		{"002-\u202E党支部fdp.exe", "002-党支部fdp.exe"},
		{"\u2066张\u200B三\u200D\u200F\u2069\uFEFF\u00AD", "张三"},
		{"CON", "_CON"},
		{"nul.pdf", "_nul.pdf"},
		{"  trailing. . ", "trailing"},
		{"...", "_"},
		{"", "_"},
		{long, strings.Repeat("中", 60)},
	}
	for _, tt := range tests {
		if got := SafeName(tt.in); got != tt.want {
			t.Errorf("SafeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteFileAtomicKeepsOldOnFailure(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := WriteBytes(p, []byte("old")); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFile(p, func(w io.Writer) error {
		w.Write([]byte("partial"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	b, _ := os.ReadFile(p)
	if string(b) != "old" {
		t.Fatalf("content = %q, want old", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary file left behind: %v", entries)
	}
}

func TestVerify(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"公文/决定.pdf": "pdf-bytes", "证书/0001-张三.pdf": "cert"}
	m := &Manifest{Program: "pingyou test"}
	for name, content := range files {
		if err := WriteBytes(filepath.Join(dir, filepath.FromSlash(name)), []byte(content)); err != nil {
			t.Fatal(err)
		}
		e, err := describe(dir, Entry{Path: name})
		if err != nil {
			t.Fatal(err)
		}
		m.Files = append(m.Files, e)
	}
	if err := WriteManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	if probs, err := Verify(dir); err != nil || len(probs) != 0 {
		t.Fatalf("fresh folder: problems %v, err %v", probs, err)
	}
	// SHA-256 of "cert" checked with sha256sum; SM3 of "abc" is the GB/T 32905 test vector.
	for _, e := range m.Files {
		if e.Path == "证书/0001-张三.pdf" && e.SHA256 != "06298432e8066b29e2223bcc23aa9504b56ae508fabf3435508869b9c3190e22" {
			t.Fatalf("SHA-256 of cert = %s, want the value sha256sum gives", e.SHA256)
		}
	}
	_, sm := HashBytes([]byte("abc"))
	if sm != "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0" {
		t.Fatalf("SM3(abc) = %s, want the GB/T 32905 example value", sm)
	}

	// Flip one byte of one file, delete nothing, add an extra file.
	p := filepath.Join(dir, "证书", "0001-张三.pdf")
	os.WriteFile(p, []byte("cerT"), 0o644)
	os.WriteFile(filepath.Join(dir, "extra.txt"), []byte("x"), 0o644)
	os.Remove(filepath.Join(dir, "公文", "决定.pdf"))
	probs, err := Verify(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.Kind+" "+p.Path)
	}
	want := []string{"多出 extra.txt", "缺失 公文/决定.pdf", "已改动 证书/0001-张三.pdf"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("problems = %v, want %v", got, want)
	}
}

// describe fills an entry's hashes and size by reading dir/e.Path back.
func describe(dir string, e Entry) (Entry, error) {
	sha, sm, size, err := Hashes(filepath.Join(dir, filepath.FromSlash(e.Path)))
	if err != nil {
		return e, err
	}
	e.SHA256, e.SM3, e.Size = sha, sm, size
	return e, nil
}
