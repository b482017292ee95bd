package archive

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"pingyou/pipeline/oserr"
)

// StagePrefix is the name prefix of the stage folders a run writes beside
// out (.out.tmp-XXXX, created by os.MkdirTemp); a folder being replaced is
// moved aside to the stage's name plus ".old" during the swap.
func StagePrefix(out string) string {
	return "." + filepath.Base(filepath.Clean(out)) + ".tmp-"
}

// Recover repairs what a killed run can leave beside out and reports what it
// did, one line per action:
//
//   - killed between moving out aside and moving the stage into place: out
//     is missing and STAGE.old holds the previous complete results; it is
//     moved back to out (the newest by manifest time if there are several);
//   - killed before or after that: stage folders (.out.tmp-XXXX, complete or
//     not) and old sets (.out.tmp-XXXX.old) are removed.
//
// Call it before a run starts writing. Two runs into the same out at the
// same time are not supported (the second would remove the first's stage).
func Recover(out string) ([]string, error) {
	out = filepath.Clean(out)
	parent, prefix := filepath.Dir(out), StagePrefix(out)
	entries, err := os.ReadDir(parent)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("无法读取 %s", oserr.Describe(err))
	}
	var stale, olds []string
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		stale = append(stale, p)
		if strings.HasSuffix(e.Name(), ".old") {
			if _, err := os.Stat(filepath.Join(p, ManifestName)); err == nil {
				olds = append(olds, p)
			}
		}
	}
	var notes []string
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) && len(olds) > 0 {
		sort.Slice(olds, func(i, j int) bool { return manifestTime(olds[i]) > manifestTime(olds[j]) })
		if err := os.Rename(olds[0], out); err != nil {
			return notes, fmt.Errorf("无法恢复上次的输出目录 %s：%s", out, oserr.Why(err))
		}
		syncDir(parent)
		notes = append(notes, fmt.Sprintf("上次运行在替换输出目录时中断：已把原有结果恢复到 %s", out))
		for i, p := range stale {
			if p == olds[0] {
				stale = append(stale[:i], stale[i+1:]...)
				break
			}
		}
	}
	for _, p := range stale {
		if err := os.RemoveAll(p); err != nil {
			return notes, fmt.Errorf("无法删除上次中断留下的临时目录 %s：%s", p, oserr.Why(err))
		}
		notes = append(notes, "已删除上次中断留下的临时目录 "+filepath.Base(p))
	}
	return notes, nil
}

func manifestTime(dir string) int64 {
	fi, err := os.Stat(filepath.Join(dir, ManifestName))
	if err != nil {
		return 0
	}
	return fi.ModTime().UnixNano()
}

// syncDir flushes a folder's entries (renames) to disk where the system
// allows it; errors are ignored (Windows cannot sync a folder).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
