package pagination

import (
	"os"
	"path/filepath"
	"testing"
)

// pingyou (upstream tests): the tests write page_*-<time>.pdf into the
// package directory, a new set on every run. Run them in a temporary
// directory beside a copy of ../res, which they read fonts and images from.
func TestMain(m *testing.M) {
	os.Exit(runInTempDir(m))
}

func runInTempDir(m *testing.M) int {
	dir, err := os.MkdirTemp("", "gopdf-pagination")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	if err := os.CopyFS(filepath.Join(dir, "res"), os.DirFS("../res")); err != nil {
		panic(err)
	}
	run := filepath.Join(dir, "run")
	if err := os.Mkdir(run, 0o755); err != nil {
		panic(err)
	}
	if err := os.Chdir(run); err != nil {
		panic(err)
	}
	return m.Run()
}
