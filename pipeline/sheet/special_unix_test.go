//go:build unix

package sheet

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFiles: a named pipe or a device given as a workbook is refused
// at once with a sentence naming the file; opening a pipe would block until
// something writes to it.
func TestSpecialFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "花名册.xlsx")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, c := range []struct{ path, want string }{
		{fifo, "花名册.xlsx 不是普通文件（是命名管道）"},
		{"/dev/null", "null 不是普通文件（是设备）"},
	} {
		done := make(chan error, 1)
		go func() {
			_, _, err := Read([]string{c.path}, SampleOptions())
			done <- err
		}()
		select {
		case err := <-done:
			var fe *FileError
			if !errors.As(err, &fe) || !strings.HasPrefix(fe.Msg, c.want) {
				t.Errorf("%s: got %v, want %q…", c.path, err, c.want)
			}
		case <-time.After(time.Minute): // a structural bound: a blocked open never returns
			t.Fatalf("%s: Read blocked", c.path)
		}
	}
}
