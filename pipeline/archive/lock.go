package archive

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrLocked means another process holds the output folder's lock.
var ErrLocked = errors.New("输出目录正被另一个 pingyou 使用")

// A Lock is held by a run for as long as it writes beside and into an output
// folder: its stage folder, the swap, and recovery of what a killed run left.
// It is an exclusive lock on a lock file beside the folder, taken by the
// operating system (flock, LockFileEx), so a process that dies — even by
// SIGKILL or a power cut — holds it no longer, and nothing stale is left to
// clean up by hand.
type Lock struct {
	path string
	f    *os.File
	// Unsupported is true where the file system cannot lock (some network
	// shares): the run goes on unprotected, and says so.
	Unsupported bool
}

// LockPath is the lock file of out: .out.lock beside it.
func LockPath(out string) string {
	out = filepath.Clean(out)
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".lock")
}

// LockOutput takes out's lock without waiting. When another process holds
// it, the error wraps ErrLocked and names the holder's process number.
// The folder beside which the lock lives is created if needed.
func LockOutput(out string) (*Lock, error) {
	path := LockPath(out)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	for try := 0; ; try++ {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, err
		}
		held, unsupported, err := lockFile(f)
		switch {
		case unsupported:
			return &Lock{path: path, f: f, Unsupported: true}, nil
		case err != nil:
			f.Close()
			return nil, err
		case !held:
			b := make([]byte, 64)
			n, _ := f.ReadAt(b, 0)
			f.Close()
			holder := strings.TrimSpace(string(b[:n]))
			if _, err := strconv.Atoi(holder); err == nil {
				return nil, fmt.Errorf("%w（进程号 %s）", ErrLocked, holder)
			}
			return nil, ErrLocked
		}
		// The previous holder removes the file as it unlocks; a lock taken
		// on the removed file is no lock on the path: try again.
		if same, err := samePathFile(f, path); err == nil && !same && try < 10 {
			f.Close()
			continue
		}
		f.Truncate(0)
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		hideFile(path)
		return &Lock{path: path, f: f}, nil
	}
}

// Unlock releases the lock. On systems where it is safe (the lock is on the
// open file, not its name) the lock file is removed first, so nothing is
// left beside the output folder.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	if removeOnUnlock && !l.Unsupported {
		os.Remove(l.path)
	}
	err := l.f.Close()
	l.f = nil
	return err
}

func samePathFile(f *os.File, path string) (bool, error) {
	a, err := f.Stat()
	if err != nil {
		return false, err
	}
	b, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return os.SameFile(a, b), nil
}
