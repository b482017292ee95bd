package dept

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/render/xlsx"
)

// Merge makes the department's files from unit outputs produced separately
// (other machines, a job array: RunUnit, or `pingyou run` of a unit's
// workbooks), which lie in 单位/<unit> of the department's output folder. Each
// unit's folder is verified against its manifest before it is counted; a
// unit without a folder, or whose folder does not match its manifest, is
// listed as missing. Only the department's own files are written: the unit
// folders are not touched. They replace the previous ones file by file,
// the manifest last, under the folder's lock; a file of that name that is
// not the department's previous one is never overwritten.
func Merge(opt Options) (*Report, error) {
	p, err := Open(opt.Path)
	if err != nil {
		return nil, err
	}
	for _, n := range p.Notes {
		opt.logf("%s", n)
	}
	out := opt.out()
	if fi, err := os.Stat(out); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("没有输出目录 %s：先把各单位的结果放到 %s 中（每个单位一个文件夹，如 %s），再汇总",
			out, filepath.Join(out, UnitsDir), filepath.Join(out, UnitsDir, p.Units[0].Folder))
	}
	l, err := lock(out)
	if err != nil {
		return nil, err
	}
	defer l.Unlock()
	notes, err := archive.Recover(out)
	for _, n := range notes {
		opt.logf("%s", n)
	}
	if err != nil {
		return nil, err
	}

	r := &Report{Plan: p, Outcomes: make([]Outcome, len(p.Units))}
	stage := opt.progress().Start("verify", "核对各单位的结果", len(p.Units))
	years := make([]int, len(p.Units))
	for i := range p.Units {
		if err := opt.cancelled(); err != nil {
			stage.Finish()
			return nil, err
		}
		u := &p.Units[i]
		r.Outcomes[i], err = p.collect(u, out)
		if err != nil {
			stage.Finish()
			return nil, err
		}
		o := &r.Outcomes[i]
		if o.Figures != nil {
			years[i] = o.Figures.Year
		}
		if o.Done() {
			opt.logf("（%d/%d）%s：结果完整，%d 个文件", i+1, len(p.Units), o.Name, o.Files)
		} else {
			opt.logf("（%d/%d）%s：%s，%s", i+1, len(p.Units), o.Name, o.Status, o.Note)
		}
		if opt.OnUnit != nil {
			opt.OnUnit(o)
		}
		stage.Add(1)
	}
	stage.Finish()
	for _, n := range p.strays(out) {
		opt.logf("%s", n)
	}
	r.Year = r.year(years)
	for _, o := range r.Outcomes {
		if !o.Done() {
			r.Missing++
		}
	}
	if r.Missing == len(r.Outcomes) {
		return r, fmt.Errorf("%w：%s 中没有一个单位的完整结果，没有汇总", pipeline.ErrInput, filepath.Join(out, UnitsDir))
	}
	r.check()

	old, err := archive.ReadManifest(out)
	if err != nil {
		old = nil
	}
	if old != nil && old.Batch != r.batchID() && !opt.Force {
		return nil, fmt.Errorf("输出目录 %s 中是另一批次（%s）的汇总；请换一个目录，或加 --force 替换（只替换上次汇总生成的文件）", out, old.Batch)
	}
	o := &archive.Output{Dir: out}
	st, err := o.NewStage()
	if err != nil {
		return nil, err
	}
	defer st.Remove()
	opt.logf("写出部门汇总：%s …", SummaryName)
	if err := r.write(st, opt.Program, pipeline.NewShared(), opt.logf); err != nil {
		return nil, err
	}
	if err := install(st, out, old); err != nil {
		return nil, err
	}
	return r, r.finish(&opt, out)
}

// collect verifies a unit's output folder and describes it.
func (p *Plan) collect(u *Unit, out string) (Outcome, error) {
	dir := u.OutDir(out)
	o := Outcome{Unit: u, Name: u.Folder, Status: xlsx.StatusMissing}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		o.Note = "没有它的结果（" + filepath.Join(out, UnitsDir, u.Folder) + "）"
		return o, nil
	}
	m, err := archive.ReadManifest(dir)
	if err != nil {
		o.Note = pipeline.Message(err)
		return o, nil
	}
	if m.Figures != nil && m.Figures.Unit != "" {
		o.Name = m.Figures.Unit
	}
	problems, err := archive.Verify(dir)
	if err != nil {
		o.Note = pipeline.Message(err)
		return o, nil
	}
	if len(problems) > 0 {
		var shown []string
		for _, pr := range problems[:min(len(problems), 3)] {
			shown = append(shown, pr.String())
		}
		o.Note = fmt.Sprintf("结果与它的清单不符（%d 处：%s），没有计入；请重新生成或重新复制这个单位的结果", len(problems), strings.Join(shown, "；"))
		return o, nil
	}
	if changed := staleInputs(u, m); len(changed) > 0 {
		o.Note = fmt.Sprintf("结果不是用部门文件夹中现在的工作簿生成的（%s 与它的清单记录的不同），没有计入；请重新生成这个单位",
			strings.Join(changed, "、"))
		return o, nil
	}
	return p.outcome(u, dir, m, o.Name)
}

// staleInputs names the unit's workbooks in the department's folder that
// are not the ones its manifest says it was made from (by name, size and
// SHA-256), or that it was made without. A unit whose folder holds no
// workbooks (the outputs gathered without the inputs) is taken as it is.
func staleInputs(u *Unit, m *archive.Manifest) []string {
	made := map[string]archive.Input{}
	for _, in := range m.Inputs {
		made[in.Name] = in
	}
	var changed []string
	for _, path := range u.Inputs {
		name := filepath.Base(path)
		in, ok := made[name]
		if !ok {
			changed = append(changed, name)
			continue
		}
		sha, _, size, err := archive.Hashes(path)
		if err != nil || size != in.Size || sha != in.SHA256 {
			changed = append(changed, name)
		}
	}
	return changed
}

// strays names the folders in 单位/ that are not units of the department:
// they are not counted, and verify reports their files as extra.
func (p *Plan) strays(out string) []string {
	entries, err := os.ReadDir(filepath.Join(out, UnitsDir))
	if err != nil {
		return nil
	}
	ours := map[string]bool{}
	for _, u := range p.Units {
		ours[u.Folder] = true
	}
	var notes []string
	for _, e := range entries {
		if e.IsDir() && !ours[e.Name()] && !strings.HasPrefix(e.Name(), ".") {
			notes = append(notes, fmt.Sprintf("注意：%s 不是部门 %s 的单位，没有汇总（pingyou verify 会把其中的文件列为多出）",
				filepath.Join(out, UnitsDir, e.Name()), p.Name))
		}
	}
	return notes
}

// install moves the department's files from the stage into out, replacing
// the previous ones, the manifest last, and removes the previous files the
// new set no longer has. A file in the way that the previous manifest does
// not list, or that changed since, is not the department's to replace.
func install(st *archive.Stage, out string, old *archive.Manifest) error {
	m, err := archive.ReadManifest(st.Dir())
	if err != nil {
		return err
	}
	prev := map[string]int64{}
	if old != nil {
		for _, e := range old.Files {
			prev[e.Path] = e.Size
		}
	}
	mine := func(rel string) (bool, error) {
		fi, err := os.Stat(filepath.Join(out, filepath.FromSlash(rel)))
		if errors.Is(err, fs.ErrNotExist) {
			return true, nil
		}
		if err != nil {
			return false, err
		}
		size, ok := prev[rel]
		return ok && size == fi.Size(), nil
	}
	var refused []string
	for _, e := range m.Files {
		ok, err := mine(e.Path)
		if err != nil {
			return fmt.Errorf("无法读取 %s", oserr.Describe(err))
		}
		if !ok {
			refused = append(refused, e.Path)
		}
	}
	if _, err := os.Stat(filepath.Join(out, archive.ManifestName)); err == nil && old == nil {
		refused = append(refused, archive.ManifestName)
	}
	if len(refused) > 0 {
		return fmt.Errorf("输出目录 %s 中的 %s 不是上次汇总生成的（或生成后被修改过）；为免覆盖，没有汇总。请把它们移到别处后再运行",
			out, strings.Join(refused, "、"))
	}
	dirs := map[string]bool{out: true}
	move := func(rel string) error {
		dst := filepath.Join(out, filepath.FromSlash(rel))
		dirs[filepath.Dir(dst)] = true
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("无法创建目录 %s：%s", filepath.Dir(dst), oserr.Why(err))
		}
		if err := os.Rename(filepath.Join(st.Dir(), filepath.FromSlash(rel)), dst); err != nil {
			return fmt.Errorf("无法写入 %s：%s（多半是它正被其他程序打开，请关闭后再运行）", dst, oserr.Why(err))
		}
		return nil
	}
	if err := st.Sync(); err != nil {
		return err
	}
	now := map[string]bool{}
	for _, e := range m.Files {
		now[e.Path] = true
		if err := move(e.Path); err != nil {
			return err
		}
	}
	if err := move(archive.ManifestName); err != nil {
		return err
	}
	for p := range prev {
		if !now[p] && !strings.HasPrefix(p, UnitsDir+"/") {
			os.Remove(filepath.Join(out, filepath.FromSlash(p)))
		}
	}
	for d := range dirs {
		if err := archive.SyncDir(d); err != nil {
			return fmt.Errorf("无法将 %s 写入磁盘：%s", d, oserr.Why(err))
		}
	}
	return nil
}
