package web

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/oserr"
)

// namedCopies copies a run's uploaded workbooks into dir under the names
// the clerk gave them and returns their paths, sorted as a folder lists
// them. The pipeline then records 花名册.xlsx in the summary's 问题清单,
// the manifest and the annotated copies, not the server's 1.xlsx. dir is
// emptied first. The caller holds ru.mu.
func namedCopies(ru *run, dir string) ([]string, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, fmt.Errorf("无法清理文件夹：%s", oserr.Describe(err))
	}
	var paths []string
	for _, f := range ru.rec.Files {
		p, err := copyUpload(ru.path("inputs", f.Name), dir, displayName(f.Display, f.Name))
		if err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths, nil
}

// copyUpload copies the upload at from to dir/name, atomically.
func copyUpload(from, dir, name string) (string, error) {
	to := filepath.Join(dir, name)
	f, err := os.Open(from)
	if err != nil {
		return "", fmt.Errorf("无法读取上传的文件 %s：%s", name, oserr.Why(err))
	}
	defer f.Close()
	return to, archive.WriteFile(to, func(w io.Writer) error { _, err := io.Copy(w, f); return err })
}
