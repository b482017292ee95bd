package archive

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestStageHashesWhatItWrites(t *testing.T) {
	dir := t.TempDir()
	s := NewStage(dir)
	var wg sync.WaitGroup
	entries := make([]Entry, 40)
	errs := make([]error, 40)
	for i := range entries {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// sizes around the 4 KB direct-write and 64 KB buffer limits
			b := bytes.Repeat([]byte{byte(i), 'x'}, i*1700)
			path := fmt.Sprintf("证书/类别%d/%04d.pdf", i%3, i)
			if i%2 == 0 {
				entries[i], errs[i] = s.Write(Entry{Path: path}, b)
			} else { // in small pieces
				entries[i], errs[i] = s.WriteFunc(Entry{Path: path}, func(w io.Writer) error {
					for off := 0; off < len(b); off += 1000 {
						if _, err := w.Write(b[off:min(off+1000, len(b))]); err != nil {
							return err
						}
					}
					return nil
				})
			}
		}(i)
	}
	wg.Wait()
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		// independently: read the file back and hash it
		want, err := describe(dir, Entry{Path: e.Path})
		if err != nil {
			t.Fatal(err)
		}
		if e.Size != int64(i*3400) || e.Size != want.Size || e.SHA256 != want.SHA256 || e.SM3 != want.SM3 {
			t.Errorf("%s: recorded %d %s %s, file has %d %s %s", e.Path, e.Size, e.SHA256, e.SM3, want.Size, want.SHA256, want.SM3)
		}
	}
}

func TestStageWriteErrors(t *testing.T) {
	dir := t.TempDir()
	s := NewStage(dir)
	if _, err := s.Write(Entry{Path: "a.pdf"}, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Write(Entry{Path: "a.pdf"}, []byte("two")); err == nil {
		t.Error("a second file of the same name replaced the first")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.pdf")); string(b) != "one" {
		t.Errorf("a.pdf = %q, want the first content", b)
	}
	boom := errors.New("boom")
	if _, err := s.WriteFunc(Entry{Path: "sub/b.pdf"}, func(w io.Writer) error {
		w.Write([]byte("half"))
		return boom
	}); !errors.Is(err, boom) {
		t.Errorf("error = %v, want the writer's", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "sub", "b.pdf")); !os.IsNotExist(err) {
		t.Errorf("a failed write left its file behind (%v)", err)
	}
}
