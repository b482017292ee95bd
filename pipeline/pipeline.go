// Package pipeline runs a batch: read the workbooks, evaluate the scheme,
// compose, lay out and render every document, and archive the result. It is
// the only package that touches files, finds fonts and loads templates; the
// stages it calls are functions of their inputs.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/rules"
	"pingyou/pipeline/sheet"
)

// ErrInput marks a run stopped by problems in the input workbooks (exit 1).
var ErrInput = errors.New("输入有误")

// ErrCancelled marks a run stopped by Options.Context: nothing was replaced.
var ErrCancelled = errors.New("已取消生成")

// ErrInputFile marks a run stopped because an input workbook could not be
// read at all (not a workbook, encrypted, corrupt): a problem of the
// batch's input, which a department run reports for that unit alone.
var ErrInputFile = errors.New("输入文件无法读取")

// inputFileError keeps the reader's message and is ErrInputFile.
type inputFileError struct{ err error }

func (e inputFileError) Error() string        { return e.err.Error() }
func (e inputFileError) Unwrap() error        { return e.err }
func (e inputFileError) Is(target error) bool { return target == ErrInputFile }

// Message is err as shown to people: any English the operating system left
// in it ("open …: no such file or directory") said in Chinese, with the path.
func Message(err error) string { return oserr.Translate(err.Error()) }

// Options are the settings of one batch.
type Options struct {
	// Config is the batch's config, resolved by the caller; when nil, Check
	// and Run resolve it from Settings (ResolveSettings).
	Config   *config.Config
	Settings Settings
	// Resolved, when set (and Config is nil), are the settings the caller
	// already resolved with ResolveSettings: a department run resolves each
	// unit's before running it. Run uses them as if it had resolved them.
	Resolved *Resolved
	// OnSettings, when set, receives the resolved settings and where each
	// came from (the web page shows them).
	OnSettings func(*Resolved)
	Inputs     []string // workbook paths
	OutDir     string   // "": the config's output.dir
	// MarkedDir is where annotated copies of problem workbooks go; "": the
	// folder 问题标注 beside the output folder.
	MarkedDir string
	Force     bool      // replace an output folder holding another batch
	Log       io.Writer // progress and problems, for people
	Program   string    // name and version, written into files
	// Stage is what to make: everything (the zero value), or the 公示
	// alone (config.StagePublicity), before the decision; "" OutDir is
	// then PublicityDir of the config's.
	Stage config.Stage
	// Progress, when set, counts documents per stage (a status line on a
	// terminal); Log should then write through it so lines do not mix.
	Progress *Progress
	// Diagnostics, when set, receives the problems each time they are
	// printed to Log, in the same order (errors first): for callers that show
	// them by file, sheet and cell (the web page) rather than as lines.
	Diagnostics func(model.Diagnostics)
	// Shared, when set, holds fonts shared with other batches of the caller
	// (a department run's units); nil: the run loads its own.
	Shared *Shared
	// Context, when set, stops a run between documents when it is done
	// (the web page's 取消 button); the output folder is then left as it
	// was.
	Context context.Context
	// LastYear is last year's output folder, to set last year's results
	// beside this year's (lastyear.go); "": the config's output.previous,
	// else no comparison.
	LastYear string
}

// cancelled returns ErrCancelled, wrapped, once the context is done.
func (o *Options) cancelled() error {
	if o.Context != nil && o.Context.Err() != nil {
		return fmt.Errorf("%w：没有生成任何文件，原有结果没有改动", ErrCancelled)
	}
	return nil
}

func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, format+"\n", args...)
	}
}

// read reads and checks the workbooks and prints what it found. A file that
// cannot be read at all is a system-level error (exit 2); problems in the
// data come back as diagnostics.
func read(opt *Options) (*model.Dataset, model.Diagnostics, error) {
	opt.logf("读取 %s …", strings.Join(opt.Inputs, "、"))
	ds, diags, err := sheet.Read(opt.Inputs, opt.Config.SheetOptions())
	if err != nil {
		return nil, nil, inputFileError{err}
	}
	return ds, diags, nil
}

// printDiagnostics lists problems, errors first, and a count.
func printDiagnostics(opt *Options, diags model.Diagnostics) {
	sorted := make(model.Diagnostics, 0, len(diags))
	for _, sev := range []model.Severity{model.Error, model.Warning} {
		for _, d := range diags {
			if d.Severity == sev {
				sorted = append(sorted, d)
			}
		}
	}
	if opt.Diagnostics != nil && len(sorted) > 0 {
		opt.Diagnostics(sorted)
	}
	for _, d := range sorted {
		opt.logf("%s：%s", d.Severity, d.String())
	}
	errs, warns := diags.Count()
	if errs+warns > 0 {
		opt.logf("共 %d 个错误、%d 个提醒。", errs, warns)
	}
}

// markedDir is where annotated copies of problem workbooks go: beside the
// output folder, never inside it (a failed run leaves earlier results as
// they were) and never over an input.
func markedDir(out string) string {
	return filepath.Join(filepath.Dir(filepath.Clean(out)), "问题标注")
}

// annotate writes a marked-up copy of each input workbook that has problems.
// The folder is made only when a copy is written. A copy that cannot be
// written (a read-only folder) is reported, not fatal: the problems are
// already listed.
func annotate(opt *Options, ds *model.Dataset, diags model.Diagnostics) {
	byFile := map[string]model.Diagnostics{}
	for _, d := range diags {
		byFile[d.Ref.File] = append(byFile[d.Ref.File], d)
	}
	dir := opt.MarkedDir
	if dir == "" {
		dir = markedDir(opt.OutDir)
	}
	inputs := ds.Inputs
	for _, in := range inputs {
		ds := byFile[in.Name]
		if len(ds) == 0 {
			continue
		}
		dst := filepath.Join(dir, markedName(in.Name, inputs))
		err := os.MkdirAll(dir, 0o755)
		if err == nil {
			err = sheet.Annotate(in.Path, dst, ds)
		}
		if err != nil {
			opt.logf("没有写出 %s 的问题标注副本（%s）；问题已在上面列出。", in.Name, oserr.Describe(err))
			continue
		}
		opt.logf("已写出标注了问题单元格的副本：%s", dst)
	}
}

// validated is what validate found.
type validated struct {
	ds    *model.Dataset
	res   *model.Results // nil when reading found errors
	diags model.Diagnostics
	fonts *fontRes // nil when the fonts could not be loaded (fontErr)
	// cmp is last year beside this year; nil without last year's output.
	cmp *model.Comparison
	// fontErr is why the fonts could not be loaded: run stops with it;
	// check says that names were not checked against the fonts.
	fontErr error
}

// validate finds every problem with the input that a run finds before it
// writes anything: it reads and checks the workbooks and, when they have no
// errors, evaluates the scheme (out-of-range scores, missing scores and
// ballots, duplicate rows are found there) and checks that the fonts can
// print every name. Check and Run both call it, so that check passes exactly
// what run accepts, with the same messages. progress may be nil.
func validate(opt *Options, progress *Progress) (*validated, error) {
	if progress == nil {
		progress = NewProgress(io.Discard, false, false)
	}
	// Last year's output is checked first: a folder that cannot serve stops
	// the batch before the workbooks are read.
	var prior *model.PriorYear
	var pdiags model.Diagnostics
	if dir := lastYearDir(opt); dir != "" {
		opt.logf("读取上年的结果 %s …", dir)
		stage := progress.Start("lastyear", "上年结果", 0)
		var err error
		if prior, pdiags, err = readLastYear(dir, opt.OutDir, opt.Config); err != nil {
			return nil, err
		}
		stage.Add(len(prior.Members))
		stage.Finish()
	}
	stage := progress.Start("read", "读取", 0)
	ds, diags, err := read(opt)
	if ds != nil {
		stage.Add(len(ds.Members))
	}
	stage.Finish()
	if err != nil {
		return nil, err
	}
	v := &validated{ds: ds, diags: diags}
	if diags.HasErrors() {
		return v, nil
	}
	opt.logf("评定：%d 个党组织、%d 名党员 …", len(ds.Orgs), len(ds.Members))
	stage = progress.Start("evaluate", "评定", 0)
	v.res = rules.Evaluate(ds, &opt.Config.Scheme)
	stage.Add(len(ds.Members))
	stage.Finish()
	v.diags = append(v.diags, v.res.Diagnostics...)
	if prior != nil {
		stage := progress.Start("compare", "与上年对比", 0)
		cmp, cdiags := compareYears(opt, prior, ds, v.res)
		stage.Add(len(cmp.Members))
		stage.Finish()
		v.cmp = cmp
		v.diags = append(append(v.diags, pdiags...), cdiags...)
	}
	if v.fonts, v.fontErr = opt.Shared.fontsFor(opt.Config); v.fontErr == nil {
		v.diags = append(v.diags, coverage(opt.Config, v.fonts.set, ds, v.res)...)
	}
	return v, nil
}

// Check reads and validates the workbooks without generating documents.
func Check(opt Options) error {
	sdiags, err := settle(&opt)
	if err != nil {
		return err
	}
	v, err := validate(&opt, nil)
	if err != nil {
		return err
	}
	ds, diags := v.ds, append(sdiags, v.diags...)
	if v.fontErr != nil {
		opt.logf("注意：没有检查姓名中的字能否印出（%v）。", v.fontErr)
	}
	printDiagnostics(&opt, diags)
	annotate(&opt, ds, diags)
	if diags.HasErrors() {
		errs, _ := diags.Count()
		return fmt.Errorf("%w：发现 %d 个错误，请按上面的提示修改后再运行", ErrInput, errs)
	}
	opt.logf("检查通过：%d 个党组织、%d 名党员。", len(ds.Orgs), len(ds.Members))
	return nil
}

// Verify checks an output folder against its manifest.
func Verify(dir string, w io.Writer) error {
	problems, err := archive.Verify(dir)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(w, p.String())
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s 与清单不符：%d 处问题", dir, len(problems))
	}
	m, _ := archive.ReadManifest(dir)
	if len(m.Units) == 0 {
		// The count `run` gave: the files the manifest lists, itself apart.
		fmt.Fprintf(w, "校验通过：%s 中清单列出的 %d 个文件都在，与清单完全一致（SHA-256 与 SM3），另有清单 %s。\n",
			dir, len(m.Files), archive.ManifestName)
		return nil
	}
	// A department's: its own files, and each unit's as its manifest lists them.
	files := 0
	for _, u := range m.Units {
		if um, err := archive.ReadManifest(filepath.Join(dir, filepath.FromSlash(u.Dir))); err == nil {
			files += len(um.Files)
		}
	}
	fmt.Fprintf(w, "校验通过：%s 是部门的结果：部门的 %d 个文件和 %d 个单位的结果（共 %d 个文件，各单位的清单与部门清单记录的一致）都与清单完全一致（SHA-256 与 SM3），另有清单 %s。\n",
		dir, len(m.Files), len(m.Units), files, archive.ManifestName)
	if len(m.Missing) > 0 {
		var names []string
		for _, u := range m.Missing {
			names = append(names, u.Name)
		}
		fmt.Fprintf(w, "清单记下 %d 个单位没有结果：%s。\n", len(m.Missing), strings.Join(names, "、"))
	}
	return nil
}

// Init writes blank input workbooks into dir (花名册.xlsx with its 单位信息
// sheet, 测评表.xlsx) and, unless cfg is the user's own file, a pingyou.yaml
// with the sample scheme and the unit settings as comments only.
func Init(dir string, cfg *config.Config, w io.Writer) error {
	cfgPath := filepath.Join(dir, ConfigFileName)
	writeConfig := !cfg.IsFile()
	if writeConfig {
		if _, err := os.Stat(cfgPath); err == nil {
			return fmt.Errorf("%s 已存在，为免覆盖，没有写入任何文件", cfgPath)
		}
	}
	if err := sheet.WriteTemplates(dir, cfg.SheetOptions()); err != nil {
		return errors.New(oserr.Translate(err.Error()))
	}
	if writeConfig {
		if err := archive.WriteBytes(cfgPath, config.InitBytes()); err != nil {
			return errors.New(oserr.Translate(err.Error()))
		}
	}
	fmt.Fprintf(w, "已在 %s 中写出：\n", dir)
	fmt.Fprintf(w, "  %s：先填“%s”表（发文机关、发文字号、成文日期等，会印在表彰决定、通知和证书上），再填党组织、党员两张表；\n", sheet.RosterFile, sheet.UnitSheet)
	fmt.Fprintf(w, "  %s：党员测评、组织测评两张表；\n", sheet.AssessmentFile)
	if writeConfig {
		fmt.Fprintf(w, "  %s：评议方案（计分、等次、名额、表彰）和证书设置，与内置示例方案相同，需要时由信息化管理员修改。\n", ConfigFileName)
	} else {
		fmt.Fprintf(w, "  评议方案沿用 %s（没有另写 %s）。\n", cfg.Source, ConfigFileName)
	}
	fmt.Fprintf(w, "每张表都有填表说明。填好后先检查，再生成：\n  pingyou check %s %s\n  pingyou run %s %s\n",
		filepath.Join(dir, sheet.RosterFile), filepath.Join(dir, sheet.AssessmentFile), filepath.Join(dir, sheet.RosterFile), filepath.Join(dir, sheet.AssessmentFile))
	return nil
}
