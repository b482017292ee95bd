// Package pipeline runs a batch: read the workbooks, evaluate the scheme,
// compose, lay out and render every document, and archive the result. It is
// the only package that touches files, finds fonts and loads templates; the
// stages it calls are functions of their inputs.
package pipeline

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/model"
	"pingyou/pipeline/rules"
	"pingyou/pipeline/sheet"
)

// ErrInput marks a run stopped by problems in the input workbooks (exit 1).
var ErrInput = errors.New("输入有误")

// Options are the settings of one batch.
type Options struct {
	Config  *config.Config
	Inputs  []string // workbook paths
	OutDir  string
	Force   bool      // replace an output folder holding another batch
	Log     io.Writer // progress and problems, for people
	Program string    // name and version, written into files
	// Progress, when set, counts documents per stage (a status line on a
	// terminal); Log should then write through it so lines do not mix.
	Progress *Progress
	// Diagnostics, when set, receives the problems each time they are
	// printed to Log, in the same order (errors first): for callers that show
	// them by file, sheet and cell (the web page) rather than as lines.
	Diagnostics func(model.Diagnostics)
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
		return nil, nil, err
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
func annotate(opt *Options, ds *model.Dataset, diags model.Diagnostics) error {
	byFile := map[string]model.Diagnostics{}
	for _, d := range diags {
		byFile[d.Ref.File] = append(byFile[d.Ref.File], d)
	}
	dir := markedDir(opt.OutDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建目录 %s：%v", dir, err)
	}
	for _, in := range ds.Inputs {
		ds := byFile[in.Name]
		if len(ds) == 0 {
			continue
		}
		dst := filepath.Join(dir, strings.TrimSuffix(in.Name, filepath.Ext(in.Name))+"-问题标注.xlsx")
		if err := sheet.Annotate(in.Path, dst, ds); err != nil {
			return err
		}
		opt.logf("已写出标注了问题单元格的副本：%s", dst)
	}
	return nil
}

// validated is what validate found.
type validated struct {
	ds    *model.Dataset
	res   *model.Results // nil when reading found errors
	diags model.Diagnostics
	fonts *fontkit.Set // nil when the fonts could not be loaded (fontErr)
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
	if v.fonts, v.fontErr = loadFonts(opt.Config); v.fontErr == nil {
		v.diags = append(v.diags, coverage(opt.Config, v.fonts, ds, v.res)...)
	}
	return v, nil
}

// Check reads and validates the workbooks without generating documents.
func Check(opt Options) error {
	v, err := validate(&opt, nil)
	if err != nil {
		return err
	}
	ds, diags := v.ds, v.diags
	if v.fontErr != nil {
		opt.logf("注意：没有检查姓名中的字能否印出（%v）。", v.fontErr)
	}
	printDiagnostics(&opt, diags)
	if err := annotate(&opt, ds, diags); err != nil {
		return err
	}
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
	fmt.Fprintf(w, "校验通过：%s 中 %d 个文件与清单完全一致（SHA-256 与 SM3）。\n", dir, len(m.Files))
	return nil
}

// Init writes blank input workbooks and a commented config into dir.
func Init(dir string, cfg *config.Config, w io.Writer) error {
	cfgPath := filepath.Join(dir, "pingyou.yaml")
	if _, err := os.Stat(cfgPath); err == nil {
		return fmt.Errorf("%s 已存在，为免覆盖，没有写入任何文件", cfgPath)
	}
	if err := sheet.WriteTemplates(dir, cfg.SheetOptions()); err != nil {
		return err
	}
	if err := archive.WriteBytes(cfgPath, config.DefaultBytes()); err != nil {
		return err
	}
	fmt.Fprintf(w, "已在 %s 中写出：花名册.xlsx、测评表.xlsx（空白模板，含填表说明）和 pingyou.yaml（示例配置）。\n", dir)
	return nil
}
