package dept

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/render/xlsx"
)

// DefaultOut is the department's output folder when none is given.
const DefaultOut = "out"

// Options are the settings of a department's run.
type Options struct {
	Path    string // the department's folder or its config file
	OutDir  string // the department's output folder; "": DefaultOut
	Force   bool   // replace a folder holding another batch's results
	Jobs    int    // units run at the same time; 0: 1
	Log     io.Writer
	Program string
	// Progress, when set, counts the units (a status line, timing lines);
	// Log should then write through it.
	Progress *pipeline.Progress
	Context  context.Context
	// OnUnit, when set, gets each unit's outcome as soon as it is known, in
	// the units' order.
	OnUnit func(*Outcome)
}

func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

func (o *Options) out() string {
	if o.OutDir == "" {
		return DefaultOut
	}
	return o.OutDir
}

func (o *Options) progress() *pipeline.Progress {
	if o.Progress == nil {
		return pipeline.NewProgress(io.Discard, false, false)
	}
	return o.Progress
}

func (o *Options) context() context.Context {
	if o.Context == nil {
		return context.Background()
	}
	return o.Context
}

// markedDir is where a unit's annotated copies go: 问题标注/<unit> beside
// the department's output folder, never inside it.
func markedDir(out string, u *Unit) string {
	return filepath.Join(filepath.Dir(filepath.Clean(out)), MarkedDir, u.Folder)
}

// lock takes the output folder's lock, with the messages a single run gives.
func lock(out string) (*archive.Lock, error) {
	l, err := archive.LockOutput(out)
	if errors.Is(err, archive.ErrLocked) {
		return nil, fmt.Errorf("%w：另一次运行正在生成 %s，没有开始；请等它完成后再运行，或用 -o 换一个输出目录", err, out)
	} else if err != nil {
		return nil, fmt.Errorf("无法锁定输出目录 %s：%s", out, oserr.Describe(err))
	}
	return l, nil
}

// settled is a unit's settings as far as the department needs them before
// its run: its name and year, what must stay out of the output folder, and
// why it cannot run.
type settled struct {
	name, why string
	year      int
	keep      []string
}

// settle resolves a unit's settings once before any unit runs, to name the
// units, know the department's year and check the output folder.
func (p *Plan) settle(u *Unit) settled {
	s := settled{name: u.Folder}
	if len(u.Inputs) == 0 {
		s.why = "单位文件夹中没有花名册、测评表（.xlsx、.xls 或 .et 工作簿）"
		if _, err := os.Stat(u.Dir); err != nil {
			s.why = "没有单位文件夹 " + u.Dir
		}
		return s
	}
	r, err := pipeline.ResolveSettings(p.Settings(u), u.Inputs)
	if err != nil {
		s.why = pipeline.Message(err)
		return s
	}
	if r.Config.Unit.Name != "" {
		s.name = r.Config.Unit.Name
	}
	s.year = r.Config.Unit.Year
	s.keep = pipeline.KeepPaths(r.Config, u.Inputs)
	return s
}

// Run runs every unit of the department into its output folder and writes
// the department's files beside them; the folder is replaced as a whole
// when all is written. Units with input errors are reported (error wraps
// pipeline.ErrInput), units over a limit too (ErrLimits); any other failure
// leaves the earlier results as they were.
func Run(opt Options) (*Report, error) {
	p, err := Open(opt.Path)
	if err != nil {
		return nil, err
	}
	for _, n := range p.Notes {
		opt.logf("%s", n)
	}
	out := opt.out()
	l, err := lock(out)
	if err != nil {
		return nil, err
	}
	defer l.Unlock()
	if l.Unsupported {
		opt.logf("注意：%s 所在的磁盘不支持文件锁；请不要同时向这个输出目录运行两次。", out)
	}

	// Every unit's settings first: the names, the year, and what must not
	// lie in the folder that is about to be replaced.
	opt.logf("部门 %s：%d 个单位，读取各单位的设置 …", p.Name, len(p.Units))
	r := &Report{Plan: p, Outcomes: make([]Outcome, len(p.Units))}
	pre := make([]settled, len(p.Units))
	keep := []string{p.Folder}
	if p.Config.IsFile() {
		keep = append(keep, p.Config.Source)
	}
	if p.Config.Config != "" {
		keep = append(keep, p.Config.Path(p.Config.Config))
	}
	if n := p.Config.Notice; n != nil {
		keep = append(keep, p.Config.Path(n.Templates), p.Config.Path(n.Seal))
	}
	for i := range p.Units {
		u := &p.Units[i]
		pre[i] = p.settle(u)
		keep = append(keep, u.Dir, u.Config)
		keep = append(keep, pre[i].keep...)
		r.Outcomes[i] = Outcome{Unit: u, Name: pre[i].name}
	}
	years := make([]int, len(pre))
	for i := range pre {
		years[i] = pre[i].year
	}
	r.Year = r.year(years)
	keep = nonEmpty(keep)

	notes, err := archive.Recover(out)
	for _, n := range notes {
		opt.logf("%s", n)
	}
	if err != nil {
		return nil, err
	}
	o := &archive.Output{Dir: out, Batch: r.batchID(), Force: opt.Force, Keep: keep}
	prev, err := o.Check()
	if err != nil {
		return nil, err
	}
	st, err := o.NewStage()
	if err != nil {
		return nil, err
	}
	defer st.Remove()

	shared := pipeline.NewShared()
	if err := r.runUnits(&opt, pre, st.Dir(), out, shared); err != nil {
		return nil, err
	}
	if err := opt.cancelled(); err != nil {
		return nil, err
	}
	done := 0
	for _, o := range r.Outcomes {
		if o.Done() {
			done++
		}
	}
	r.Missing = len(r.Outcomes) - done
	if done == 0 {
		return r, fmt.Errorf("%w：%d 个单位都没有生成结果，输出目录 %s 没有改动；请按上面的提示修改后再运行", pipeline.ErrInput, len(r.Outcomes), out)
	}
	r.check()
	stage := opt.progress().Start("summary", "部门汇总", 0)
	opt.logf("写出部门汇总：%s …", SummaryName)
	err = r.write(st, opt.Program, shared, opt.logf)
	stage.Finish()
	if err != nil {
		return nil, err
	}
	stage = opt.progress().Start("sync", "写入磁盘", 0)
	err = st.Sync()
	stage.Finish()
	if err != nil {
		return nil, err
	}
	if err := opt.cancelled(); err != nil {
		return nil, err
	}
	if err := o.CheckAgain(prev); err != nil {
		return nil, err
	}
	if err := o.Replace(st); err != nil {
		return nil, err
	}
	return r, r.finish(&opt, out)
}

func (o *Options) cancelled() error {
	if o.Context != nil && o.Context.Err() != nil {
		return fmt.Errorf("%w：没有生成任何文件，原有结果没有改动", pipeline.ErrCancelled)
	}
	return nil
}

// finish says how the department's run went and returns its verdict.
func (r *Report) finish(opt *Options, out string) error {
	done := len(r.Outcomes) - r.Missing
	files := 0
	for _, o := range r.Outcomes {
		files += o.Files
	}
	opt.logf("完成：部门 %s 的 %d 个单位中 %d 个生成了结果（共 %d 个文件），部门汇总在 %s，清单 %s。",
		r.Plan.Name, len(r.Outcomes), done, files, filepath.Join(out, SummaryName), filepath.Join(out, archive.ManifestName))
	return r.verdict()
}

// verdict is the run's error: units without results (pipeline.ErrInput,
// exit 1) before units over a limit (ErrLimits, exit 3).
func (r *Report) verdict() error {
	var over []string
	seen := map[string]bool{}
	for _, c := range r.Checks {
		if c.Over && !seen[c.Folder] {
			seen[c.Folder] = true
			over = append(over, fmt.Sprintf("%s（%s %d/%d，上限 %s）", c.Unit, c.What, c.Count, c.Base, c.Limit))
		}
	}
	overText := ""
	if len(over) > 0 {
		overText = fmt.Sprintf("；%d 个单位超出部门规定的比例：%s，见汇总表的“%s”", len(over), strings.Join(over, "、"), xlsx.SheetDeptLimits)
	}
	if r.Missing > 0 {
		var names []string
		for _, o := range r.Outcomes {
			if !o.Done() {
				names = append(names, o.Name+"（"+o.Status+"）")
			}
		}
		return fmt.Errorf("%w：%d 个单位没有结果：%s，其余单位已生成%s", pipeline.ErrInput, r.Missing, strings.Join(names, "、"), overText)
	}
	if len(over) > 0 {
		return fmt.Errorf("%w%s", ErrLimits, overText)
	}
	return nil
}

// runUnits runs the units, Jobs at a time, each into stageDir/单位/…;
// outcomes are taken in the units' order. A failure that is not the unit's
// input stops the others and is returned.
func (r *Report) runUnits(opt *Options, pre []settled, stageDir, out string, shared *pipeline.Shared) error {
	p := r.Plan
	jobs := max(opt.Jobs, 1)
	ctx, cancel := context.WithCancel(opt.context())
	defer cancel()
	var logMu sync.Mutex
	replace := strings.NewReplacer(stageDir, out)
	type result struct {
		o   Outcome
		err error
	}
	results := make([]chan result, len(p.Units))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	sem := make(chan struct{}, jobs)
	var wg sync.WaitGroup
	go func() {
		for i := range p.Units {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				results[i] <- result{err: context.Canceled}
				continue
			}
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				defer func() { <-sem }()
				u := &p.Units[i]
				lw := &linePrefixer{mu: &logMu, w: logOf(opt), prefix: "［" + u.Folder + "］", replace: replace}
				o, err := p.runUnit(ctx, opt, u, pre[i], filepath.Join(stageDir, UnitsDir, u.Folder), markedDir(out, u), lw, shared)
				results[i] <- result{o, err}
			}(i)
		}
	}()
	stage := opt.progress().Start("units", "单位", len(p.Units))
	defer stage.Finish()
	var first error
	for i := range p.Units {
		res := <-results[i]
		if first != nil {
			continue
		}
		if res.err != nil {
			first = res.err
			cancel()
			continue
		}
		r.Outcomes[i] = res.o
		o := &r.Outcomes[i]
		switch {
		case o.Done():
			opt.logf("（%d/%d）%s：已生成，%d 个文件", i+1, len(p.Units), o.Name, o.Files)
		default:
			opt.logf("（%d/%d）%s：%s，%s", i+1, len(p.Units), o.Name, o.Status, o.Note)
		}
		if opt.OnUnit != nil {
			opt.OnUnit(o)
		}
		stage.Add(1)
	}
	wg.Wait()
	if first != nil && errors.Is(first, context.Canceled) {
		if err := opt.cancelled(); err != nil {
			return err
		}
	}
	return first
}

func logOf(opt *Options) io.Writer {
	if opt.Log == nil {
		return io.Discard
	}
	return opt.Log
}

// runUnit runs one unit into dir. Problems with the unit's input (its
// settings, its workbooks) make an outcome without results; anything else
// is an error that stops the department's run.
func (p *Plan) runUnit(ctx context.Context, opt *Options, u *Unit, pre settled, dir, marked string, log io.Writer, shared *pipeline.Shared) (Outcome, error) {
	o := Outcome{Unit: u, Name: pre.name}
	if pre.why != "" {
		o.Status, o.Note = xlsx.StatusMissing, pre.why
		if len(u.Inputs) > 0 {
			o.Status, o.Errors = xlsx.StatusProblem, 1
			o.Problems = model.Diagnostics{{Severity: model.Error, Ref: model.CellRef{File: u.Dir}, Problem: pre.why}}
		}
		fmt.Fprintf(log, "%s\n", pre.why)
		return o, nil
	}
	if err := ctx.Err(); err != nil {
		return o, err
	}
	resolved, err := pipeline.ResolveSettings(p.Settings(u), u.Inputs)
	if err != nil { // it resolved a moment ago: the files changed
		return o, fmt.Errorf("单位 %s：%w", u.Folder, err)
	}
	var diags model.Diagnostics
	err = pipeline.Run(pipeline.Options{
		Resolved: resolved, Inputs: u.Inputs, OutDir: dir, MarkedDir: marked, Log: log, Program: opt.Program,
		Shared: shared, Context: ctx,
		Diagnostics: func(ds model.Diagnostics) { diags = ds },
	})
	// Where the lock file stays after unlocking (Windows), it must not stay
	// in the department's folder.
	os.Remove(archive.LockPath(dir))
	switch {
	case err == nil:
	case errors.Is(err, pipeline.ErrInput), errors.Is(err, pipeline.ErrInputFile):
		o.Status = xlsx.StatusProblem
		o.Errors, o.Warnings = diags.Count()
		o.Note = fmt.Sprintf("输入有 %d 个错误，没有生成", o.Errors)
		if o.Errors == 0 { // a workbook that cannot be read at all
			o.Errors, o.Note = 1, pipeline.Message(err)
			diags = model.Diagnostics{{Severity: model.Error, Ref: model.CellRef{File: u.Dir}, Problem: pipeline.Message(err)}}
		}
		o.Problems = diags[:min(len(diags), maxProblems)]
		return o, nil
	case errors.Is(err, pipeline.ErrCancelled):
		return o, context.Canceled
	default:
		return o, fmt.Errorf("单位 %s：%w", u.Folder, err)
	}
	m, err := archive.ReadManifest(dir)
	if err != nil {
		return o, err
	}
	return p.outcome(u, dir, m, pre.name)
}

// outcome describes a unit's finished output folder in the department's:
// its figures and its manifest's hashes.
func (p *Plan) outcome(u *Unit, dir string, m *archive.Manifest, name string) (Outcome, error) {
	o := Outcome{Unit: u, Name: name, Status: xlsx.StatusDone, Figures: m.Figures, Files: len(m.Files)}
	if m.Figures == nil {
		o.Status, o.Figures = xlsx.StatusMissing, nil
		o.Note = "它的清单中没有统计数字（是旧版本的 pingyou 生成的），请用本版本重新生成"
		return o, nil
	}
	if m.Figures.Unit != "" {
		o.Name = m.Figures.Unit
	}
	o.Warnings = m.Figures.Warnings
	sha, sm, size, err := archive.Hashes(filepath.Join(dir, archive.ManifestName))
	if err != nil {
		return o, fmt.Errorf("无法读取 %s 的清单：%s", u.Folder, oserr.Why(err))
	}
	o.Ref = archive.UnitRef{Dir: UnitsDir + "/" + u.Folder, Name: o.Name, Batch: m.Batch, Size: size, SHA256: sha, SM3: sm}
	return o, nil
}

func nonEmpty(s []string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

// RunUnit runs one unit of the department (its Folder) alone, exactly as
// the department's run runs it, into 单位/<unit> of the department's output
// folder: for a department whose units run on several machines or as a
// job array, before Merge.
func RunUnit(opt Options, folder string) error {
	p, err := Open(opt.Path)
	if err != nil {
		return err
	}
	u, err := p.Find(folder)
	if err != nil {
		return err
	}
	if len(u.Inputs) == 0 {
		return fmt.Errorf("%w：单位文件夹 %s 中没有花名册、测评表（.xlsx、.xls 或 .et 工作簿）", pipeline.ErrInput, u.Dir)
	}
	out := opt.out()
	dir := u.OutDir(out)
	return pipeline.Run(pipeline.Options{Settings: p.Settings(u), Inputs: u.Inputs, OutDir: dir, MarkedDir: markedDir(out, u),
		Force: opt.Force, Log: opt.Log, Progress: opt.Progress, Program: opt.Program, Context: opt.Context})
}

// Check checks every unit's input as a run would, writing nothing but the
// annotated copies of problem workbooks; error wraps pipeline.ErrInput when
// a unit has problems.
func Check(opt Options) (*Report, error) {
	p, err := Open(opt.Path)
	if err != nil {
		return nil, err
	}
	for _, n := range p.Notes {
		opt.logf("%s", n)
	}
	r := &Report{Plan: p}
	var logMu sync.Mutex
	var bad []string
	for i := range p.Units {
		u := &p.Units[i]
		o := Outcome{Unit: u, Name: u.Folder, Status: xlsx.StatusDone}
		lw := &linePrefixer{mu: &logMu, w: logOf(&opt), prefix: "［" + u.Folder + "］"}
		if len(u.Inputs) == 0 {
			o.Status, o.Note = xlsx.StatusMissing, "单位文件夹中没有花名册、测评表"
		} else {
			var diags model.Diagnostics
			err := pipeline.Check(pipeline.Options{Settings: p.Settings(u), Inputs: u.Inputs, OutDir: u.OutDir(opt.out()),
				MarkedDir: markedDir(opt.out(), u), Log: lw, Program: opt.Program, Diagnostics: func(ds model.Diagnostics) { diags = ds }})
			o.Errors, o.Warnings = diags.Count()
			switch {
			case err == nil:
			case errors.Is(err, pipeline.ErrInput), errors.Is(err, pipeline.ErrInputFile), o.Errors > 0:
				o.Status, o.Note = xlsx.StatusProblem, pipeline.Message(err)
			default: // its settings: a config file with mistakes, a missing folder
				o.Status, o.Note, o.Errors = xlsx.StatusProblem, pipeline.Message(err), max(o.Errors, 1)
				fmt.Fprintf(lw, "%s\n", o.Note)
			}
		}
		if o.Status != xlsx.StatusDone {
			bad = append(bad, u.Folder)
		}
		opt.logf("（%d/%d）%s：%s", i+1, len(p.Units), u.Folder, map[bool]string{true: "检查通过", false: o.Status}[o.Status == xlsx.StatusDone])
		r.Outcomes = append(r.Outcomes, o)
	}
	r.Missing = len(bad)
	if len(bad) > 0 {
		return r, fmt.Errorf("%w：%d 个单位有问题：%s；请按上面的提示修改后再运行", pipeline.ErrInput, len(bad), strings.Join(bad, "、"))
	}
	opt.logf("检查通过：部门 %s 的 %d 个单位。", p.Name, len(p.Units))
	return r, nil
}
