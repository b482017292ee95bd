package archive

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/emmansun/gmsm/sm3"

	"pingyou/pipeline/oserr"
)

// A Stage is a new folder that a batch fills before it replaces the output
// folder as a whole (see Recover for what a killed run leaves). Because the
// folder is only swapped in when complete, its files need no temporary name
// and no sync each: they are written once, hashed as they are written (so the
// manifest never reads them back), and made durable together by Sync before
// the swap. With thousands of certificates, a sync per file was the largest
// cost of writing them (issue 10).
//
// Write and WriteFunc are safe for concurrent use.
type Stage struct {
	dir   string
	mu    sync.Mutex
	made  map[string]bool // folders already created
	files []string        // for Sync where the system has no syncfs
}

// NewStage uses dir, an empty folder the caller created (and removes on
// failure), as the stage.
func NewStage(dir string) *Stage {
	return &Stage{dir: dir, made: map[string]bool{}}
}

// Dir is the stage folder.
func (s *Stage) Dir() string { return s.dir }

// Write stores b as e.Path and returns e with its size and hashes filled in.
func (s *Stage) Write(e Entry, b []byte) (Entry, error) {
	return s.WriteFunc(e, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// WriteFunc stores what write writes as e.Path and returns e with its size and
// hashes filled in. A file of that name must not exist yet.
func (s *Stage) WriteFunc(e Entry, write func(io.Writer) error) (Entry, error) {
	path := filepath.Join(s.dir, filepath.FromSlash(e.Path))
	if err := s.mkdir(filepath.Dir(path)); err != nil {
		return e, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return e, fmt.Errorf("无法写入 %s：%s", e.Path, oserr.Why(err))
	}
	h := newHashWriter(f)
	err = write(h)
	if err == nil {
		err = h.flush()
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("写入 %s 失败：%s", e.Path, oserr.Why(cerr))
	}
	if err != nil {
		os.Remove(path)
		return e, err
	}
	e.Size = h.n
	e.SHA256, e.SM3 = hex.EncodeToString(h.sha.Sum(nil)), hex.EncodeToString(h.sm.Sum(nil))
	s.mu.Lock()
	s.files = append(s.files, path)
	s.mu.Unlock()
	return e, nil
}

func (s *Stage) mkdir(dir string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.made[dir] {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建目录 %s：%s", dir, oserr.Why(err))
	}
	s.made[dir] = true
	return nil
}

// Sync makes every file and folder of the stage durable: one syncfs where
// the system has it (Linux), else a sync per file and folder.
func (s *Stage) Sync() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := syncFS(s.dir); err == nil {
		return nil
	} else if !errors.Is(err, errNoSyncfs) {
		return fmt.Errorf("无法将输出写入磁盘：%s", oserr.Why(err))
	}
	for _, p := range s.files {
		if err := syncFile(p); err != nil {
			return fmt.Errorf("无法将 %s 写入磁盘：%s", p, oserr.Why(err))
		}
	}
	dirs := []string{s.dir}
	for d := range s.made {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		if err := SyncDir(d); err != nil {
			return fmt.Errorf("无法将 %s 写入磁盘：%s", d, oserr.Why(err))
		}
	}
	return nil
}

var errNoSyncfs = errors.New("syncfs not available")

// SyncDir syncs a folder, so that a rename inside it survives a crash.
// Systems that cannot sync a folder (Windows) are not an error.
func SyncDir(dir string) error {
	if err := syncOpened(os.Open(dir)); err != nil && !isDirSyncUnsupported(err) {
		return err
	}
	return nil
}

// syncFile opens p for writing: Windows flushes only handles that may write.
func syncFile(p string) error {
	return syncOpened(os.OpenFile(p, os.O_WRONLY, 0))
}

func syncOpened(f *os.File, err error) error {
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// hashWriter passes bytes to a file in 64 KB chunks while hashing them.
type hashWriter struct {
	w   io.Writer
	buf []byte
	sha hash.Hash
	sm  hash.Hash
	n   int64
}

func newHashWriter(w io.Writer) *hashWriter {
	return &hashWriter{w: w, sha: sha256.New(), sm: sm3.New()}
}

func (h *hashWriter) Write(p []byte) (int, error) {
	h.sha.Write(p)
	h.sm.Write(p)
	h.n += int64(len(p))
	if len(h.buf) == 0 && len(p) >= 4<<10 { // a whole document at once: no copy
		return h.w.Write(p)
	}
	if len(h.buf)+len(p) > 64<<10 {
		if err := h.flush(); err != nil {
			return 0, err
		}
		if len(p) > 64<<10 {
			return h.w.Write(p)
		}
	}
	h.buf = append(h.buf, p...)
	return len(p), nil
}

func (h *hashWriter) flush() error {
	if len(h.buf) == 0 {
		return nil
	}
	_, err := h.w.Write(h.buf)
	h.buf = h.buf[:0]
	return err
}

// Remove deletes the stage folder and everything in it: a run that stops
// leaves nothing beside the output folder. After Output.Replace there is
// nothing left to remove.
func (s *Stage) Remove() error { return os.RemoveAll(s.dir) }
