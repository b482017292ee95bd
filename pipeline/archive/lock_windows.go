package archive

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// removeOnUnlock is false on Windows: a file being opened by another run
// cannot be removed cleanly (delete-pending blocks the next open), so the
// hidden lock file stays beside the output folder.
const removeOnUnlock = false

// lockOffset is where the locked byte lies: far past the process number
// written at the start, which other runs read for their message (a locked
// range cannot be read on Windows).
const lockOffsetHigh = 1 << 8 // 2^40 bytes

func lockFile(f *os.File) (held, unsupported bool, err error) {
	ol := &windows.Overlapped{OffsetHigh: lockOffsetHigh}
	err = windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	switch {
	case err == nil:
		return true, false, nil
	case errors.Is(err, windows.ERROR_LOCK_VIOLATION), errors.Is(err, windows.ERROR_IO_PENDING):
		return false, false, nil
	case errors.Is(err, windows.ERROR_NOT_SUPPORTED), errors.Is(err, windows.ERROR_INVALID_FUNCTION):
		return false, true, nil
	}
	return false, false, err
}

func hideFile(path string) {
	if p, err := windows.UTF16PtrFromString(path); err == nil {
		if attrs, err := windows.GetFileAttributes(p); err == nil {
			windows.SetFileAttributes(p, attrs|windows.FILE_ATTRIBUTE_HIDDEN)
		}
	}
}
