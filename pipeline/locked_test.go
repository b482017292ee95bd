package pipeline

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"pingyou/pipeline/archive"
)

// TestRunLockedOutput: a run into an output folder another run holds stops
// at once, with an error a caller can tell apart (errors.Is ErrLocked).
func TestRunLockedOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	lock, err := archive.LockOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	if lock.Unsupported {
		t.Skip("the temporary folder's file system cannot lock")
	}
	var log bytes.Buffer
	err = Run(Options{Config: sampleConfig(t), Inputs: samples, OutDir: out, Log: &log})
	if !errors.Is(err, archive.ErrLocked) {
		t.Errorf("run into a locked folder: %v, want ErrLocked", err)
	}
}
