//go:build unix

package archive

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// removeOnUnlock: flock locks the open file, so the holder may remove the
// name before unlocking; LockOutput retries when it locked a removed file.
const removeOnUnlock = true

func lockFile(f *os.File) (held, unsupported bool, err error) {
	err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
	switch {
	case err == nil:
		return true, false, nil
	case errors.Is(err, unix.EWOULDBLOCK):
		return false, false, nil
	case errors.Is(err, unix.ENOLCK), errors.Is(err, unix.ENOTSUP), errors.Is(err, unix.EOPNOTSUPP), errors.Is(err, unix.ENOSYS):
		return false, true, nil
	}
	return false, false, err
}

func hideFile(string) {} // the leading dot hides it
