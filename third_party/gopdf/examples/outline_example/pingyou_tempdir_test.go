package outline_example

import (
	"os"
	"path/filepath"
	"testing"
)

// pingyou (upstream tests): the examples write outline_demo.pdf over the
// tracked copy that the gopdf package's TestImportPagesFromFile reads, and an
// outline_demo_<time>.pdf more on every run. Run them in a temporary
// directory that has the font they read.
func TestMain(m *testing.M) {
	os.Exit(runInTempDir(m))
}

func runInTempDir(m *testing.M) int {
	font, err := os.ReadFile("Ubuntu-L.ttf")
	if err != nil {
		panic(err)
	}
	dir, err := os.MkdirTemp("", "gopdf-outline-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "Ubuntu-L.ttf"), font, 0o644); err != nil {
		panic(err)
	}
	if err := os.Chdir(dir); err != nil {
		panic(err)
	}
	return m.Run()
}
