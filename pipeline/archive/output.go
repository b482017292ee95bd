package archive

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"pingyou/pipeline/oserr"
)

// Output is a batch's output folder. A run writes into a Stage beside it and
// replaces the folder as a whole (Replace), so the folder must hold nothing
// but what a previous run wrote, as its manifest lists it: never an input,
// never a file of the user's, never a result edited since (README: 输出目录
// 的保护). Hold LockOutput(Dir) and run Recover(Dir) first.
type Output struct {
	Dir   string
	Batch string // this batch (Manifest.Batch): another batch's results are replaced only with Force
	Force bool
	// Keep are the paths that must not lie inside Dir (the inputs, the
	// config file, the folders and images it names): replacing Dir would
	// delete them.
	Keep []string
}

// Check decides whether the folder may be replaced and returns its manifest
// (nil when it is empty or new).
func (o *Output) Check() (*Manifest, error) {
	if err := o.outsideKept(); err != nil {
		return nil, err
	}
	// Before reading it: reading a file as a folder fails with a less
	// helpful message.
	if fi, err := os.Stat(o.Dir); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("输出目录 %s 是一个文件，不是文件夹；请用 -o 换一个输出目录", o.Dir)
	}
	entries, err := os.ReadDir(o.Dir)
	if errors.Is(err, os.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("无法读取输出目录 %s", oserr.Describe(err))
	}
	m, merr := ReadManifest(o.Dir)
	if merr != nil {
		m = nil
	}
	if err := o.refuseStrangers(m, ""); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, nil // only what the desktop makes by itself (Thumbs.db …)
	}
	if m.Batch != o.Batch && !o.Force {
		return nil, fmt.Errorf("输出目录 %s 中是另一批次（%s）的结果；请换一个目录，或加 --force 替换（只替换上次生成的文件）", o.Dir, m.Batch)
	}
	return m, nil
}

// CheckAgain fails when a file was put into the folder, or a listed one
// changed, since Check returned m: it is not ours to remove either.
func (o *Output) CheckAgain(m *Manifest) error {
	return o.refuseStrangers(m, "在生成期间")
}

// refuseStrangers fails when the folder holds a file m does not list or a
// listed file changed since it was written; when says when it appeared.
func (o *Output) refuseStrangers(m *Manifest, when string) error {
	out := o.Dir
	if _, err := os.Stat(out); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	const show = 5
	foreign, changed, nf, nc, err := Strangers(out, m, show)
	if err != nil {
		return fmt.Errorf("无法读取输出目录 %s", oserr.Describe(err))
	}
	list := func(names []string, n int) string {
		s := strings.Join(names, "、")
		if n > len(names) {
			s += fmt.Sprintf(" 等 %d 个", n)
		}
		return s
	}
	switch {
	case nf > 0 && m == nil:
		return fmt.Errorf("输出目录 %s 中已有不是 pingyou 生成的文件（%s）；整个目录会被替换，为免删除这些文件，没有生成。请用 -o 换一个输出目录（新的或空的），或把这些文件移走", out, list(foreign, nf))
	case nf > 0:
		return fmt.Errorf("输出目录 %s 中%s放进了上次清单中没有的文件（%s）；整个目录会被替换，为免删除这些文件，没有生成。请把它们移到别处，或用 -o 换一个输出目录", out, when, list(foreign, nf))
	case nc > 0:
		return fmt.Errorf("输出目录 %s 中的 %s 在生成后被修改过；整个目录会被替换，为免丢失修改，没有生成。请把改过的文件另存到别处，或用 -o 换一个输出目录", out, list(changed, nc))
	}
	return nil
}

// outsideKept refuses a folder that holds one of Keep, or the working
// folder: replacing it would delete them.
func (o *Output) outsideKept() error {
	out, err := filepath.Abs(o.Dir)
	if err != nil {
		return err
	}
	out = realPath(out)
	inside := func(p string) bool {
		a, err := filepath.Abs(p)
		if err != nil {
			return false
		}
		rel, err := filepath.Rel(out, realPath(a))
		return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
	}
	for _, p := range o.Keep {
		if inside(p) {
			return fmt.Errorf("%s 在输出目录 %s 中；输出目录会被整个替换，那样会删掉它，所以没有生成。请用 -o 指定另一个输出目录（例如 -o 评议结果）", p, o.Dir)
		}
	}
	if wd, err := os.Getwd(); err == nil && inside(wd) {
		return fmt.Errorf("输出目录 %s 是当前文件夹或它的上级；输出目录会被整个替换，所以没有生成。请用 -o 指定一个新的子文件夹（例如 -o 评议结果）", o.Dir)
	}
	return nil
}

// realPath resolves symbolic links as far as the path exists.
func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	dir, base := filepath.Split(p)
	if dir == "" || dir == p || filepath.Clean(dir) == p {
		return p
	}
	return filepath.Join(realPath(filepath.Clean(dir)), base)
}

// NewStage creates an empty stage folder beside the output folder, named so
// that Recover finds it after a killed run. Remove it when the run fails.
func (o *Output) NewStage() (*Stage, error) {
	dir, err := os.MkdirTemp(filepath.Dir(filepath.Clean(o.Dir)), StagePrefix(o.Dir))
	if err != nil {
		return nil, fmt.Errorf("无法在 %s 旁边创建临时输出目录：%s", o.Dir, oserr.Why(err))
	}
	return NewStage(dir), nil
}

// Replace makes the finished stage the output folder. The previous results
// are moved aside first and removed only after the new set is in place.
func (o *Output) Replace(s *Stage) error {
	stage, out := s.Dir(), o.Dir
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = stage + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("无法替换输出目录 %s：%s（多半是其中的文件正被其他程序打开，请关闭后再运行）", out, oserr.Why(err))
		}
	}
	if err := os.Rename(stage, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return fmt.Errorf("无法写入输出目录 %s：%s", out, oserr.Why(err))
	}
	// The swap is what makes the new set the result: it must survive a crash
	// before the old set goes.
	if err := SyncDir(filepath.Dir(filepath.Clean(out))); err != nil {
		return fmt.Errorf("无法将输出目录 %s 写入磁盘：%s", out, oserr.Why(err))
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}
