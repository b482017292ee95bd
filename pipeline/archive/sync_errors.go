package archive

import (
	"errors"
	"runtime"
	"syscall"
)

// isDirSyncUnsupported reports a system or file system that cannot sync a
// folder (Windows; some Linux file systems answer EINVAL): nothing to do there.
func isDirSyncUnsupported(err error) bool {
	return runtime.GOOS == "windows" || errors.Is(err, syscall.EINVAL)
}
