package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/sheet"
)

// ConfigFileName is the config file looked for beside the workbooks and in
// the working folder.
const ConfigFileName = "pingyou.yaml"

// SampleName, given as --config, asks for the built-in sample settings.
const SampleName = "示例"

// Settings says where a batch's settings are looked for. Its zero value is
// the built-in scheme with the unit settings from the 单位信息 sheet only.
type Settings struct {
	// Config is a config file named by the user (--config); it wins over
	// any pingyou.yaml found. SampleName asks for the sample.
	Config string
	// Sample asks for the built-in sample settings (中共江城师范学院委员会),
	// for trying the program out: never used unless asked for by name.
	Sample bool
	// Search lists folders searched in order for pingyou.yaml when Config
	// is empty: the command line passes the workbooks' folders, then the
	// working folder; the web page passes none (it has the upload).
	Search []string
	// Help words the advice about missing settings (config.CLIHelp).
	Help config.UnitHelp
	// Formats are output formats written besides the config's (the web
	// page's OFD box).
	Formats []string
	// Form holds unit settings typed on a form (the web page's), by config
	// key (sheet.UnitFields). They are a third place beside the 单位信息
	// sheet and the config file: a setting given in two places must be the
	// same (unitform.go). FormName names the form in messages.
	Form     map[string]string
	FormName string
	// Templates is a folder of edited wording templates (the web page's
	// per batch); it takes the place of the config's unit.templates.
	Templates string
	// Stage is what the run makes, so which unit settings it needs (Check
	// and Run set it from Options.Stage).
	Stage config.Stage
}

// Resolved is a batch's settings and where each came from.
type Resolved struct {
	Config  *config.Config
	Origins []config.Origin   // unit settings, in 单位信息 order
	Notes   []string          // for the run log: config file, scheme, unit settings
	Diags   model.Diagnostics // problems with the unit settings, located at cells
	// Sources are what each place gives each unit setting, before they
	// were merged: for a form to be prefilled from and to show conflicts.
	Sources []UnitSource
}

// ResolveSettings is the one place a batch's settings are put together, for
// check and run on the command line and on the web page: the config file
// (FindConfig), then the unit settings from the 单位信息 sheet of the
// workbooks and the file (config.ResolveUnit). An unreadable or invalid
// config file is an error; missing or conflicting unit settings are
// diagnostics, so they are listed with the workbooks' problems.
func ResolveSettings(s Settings, inputs []string) (*Resolved, error) {
	cfg, notes, err := FindConfig(s)
	if err != nil {
		return nil, err
	}
	for _, f := range s.Formats {
		cfg.Output.Add(f)
	}
	if s.Templates != "" {
		cfg.Unit.Templates = s.Templates
		if err := checkConfigPaths(cfg); err != nil {
			return nil, err
		}
	}
	info, diags, err := sheet.ReadUnitInfo(inputs, cfg.SheetOptions())
	if err != nil {
		return nil, err
	}
	help := s.Help
	if help.File == "" {
		help = config.CLIHelp
	}
	sources := unitSources(cfg, info, s.Form)
	diags = append(diags, mergeForm(info, s.Form, s.FormName)...)
	origins, udiags := cfg.ResolveUnitFor(info, help, s.Stage)
	diags = append(diags, udiags...)
	r := &Resolved{Config: cfg, Origins: origins, Notes: notes, Diags: diags, Sources: sources}
	if s.Stage == config.StagePublicity {
		r.Notes = append(r.Notes, "只生成拟表彰对象公示（--stage 公示）：表彰决定、支部通知、证书和汇总表在公示期满、表彰决定作出后再运行 pingyou run 生成。")
	}
	if !diags.HasErrors() {
		r.Notes = append(r.Notes, unitNotes(origins)...)
		if cfg.MakesPublicity(s.Stage) {
			r.Notes = append(r.Notes, fmt.Sprintf("公示期：%s至%s（%d个工作日，不算周六、周日；程序不知道法定节假日和调休，请核对）",
				cfg.Publicity.Start, cfg.PublicityEnd(), cfg.Publicity.Days))
		}
	}
	return r, nil
}

// unitNotes says, for the log, in whose name the documents go out and where
// each setting came from.
func unitNotes(origins []config.Origin) []string {
	notes := []string{"单位信息（印在公文和证书上，请核对）："}
	for _, o := range origins {
		notes = append(notes, fmt.Sprintf("  %s：%s（%s）", o.Label, o.Value, o.From))
	}
	return notes
}

// FindConfig loads the config file for s: the one named, the sample when
// asked for, else the first pingyou.yaml in s.Search's folders, else the
// built-in scheme (with no unit settings). It says which in notes, for the
// log; a pingyou.yaml passed over is reported too.
func FindConfig(s Settings) (*config.Config, []string, error) {
	var notes []string
	var cfg *config.Config
	switch {
	case s.Sample || s.Config == SampleName:
		cfg = config.Default()
		notes = append(notes, "配置：内置示例配置（示例单位“中共江城师范学院委员会”，仅供试用，不要用它印发本单位的文件）")
	case s.Config != "":
		c, err := config.Load(s.Config)
		if err != nil {
			return nil, nil, err
		}
		cfg = c
		how := ""
		if s.Search != nil { // the command line; the web page has its upload
			how = "（--config 指定）"
		}
		notes = append(notes, "配置文件："+s.Config+how)
	default:
		found, passed, err := searchConfig(s.Search)
		if err != nil {
			return nil, nil, err
		}
		if found == "" {
			cfg = config.Builtin()
			if len(s.Search) > 0 {
				notes = append(notes, "配置文件：没有找到 "+ConfigFileName+"（找过："+strings.Join(absDirs(s.Search), "、")+"），用内置设置")
			}
		} else {
			c, err := config.Load(found)
			if err != nil {
				return nil, nil, err
			}
			cfg = c
			notes = append(notes, "配置文件："+found+"（自动找到）")
			for _, p := range passed {
				notes = append(notes, "另有 "+p+"，没有使用（按顺序：--config 指定的 → 工作簿所在文件夹中的 → 当前文件夹中的）")
			}
		}
	}
	if cfg.SchemeBuiltin && cfg.Source != config.SampleSource {
		notes = append(notes, "评议方案：内置示例方案（要用本单位的方案，在 "+ConfigFileName+" 中写 scheme 一节）")
	} else if cfg.IsFile() {
		notes = append(notes, "评议方案："+cfg.Name())
	}
	if err := checkConfigPaths(cfg); err != nil {
		return nil, nil, err
	}
	return cfg, notes, nil
}

// searchConfig returns the first pingyou.yaml in dirs, and the other ones
// with different content (passed over, to be reported).
func searchConfig(dirs []string) (found string, passed []string, err error) {
	var first []byte
	seen := map[string]bool{}
	for _, d := range dirs {
		p := filepath.Join(d, ConfigFileName)
		abs, aerr := filepath.Abs(p)
		if aerr == nil {
			if seen[abs] {
				continue
			}
			seen[abs] = true
		}
		fi, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR):
			continue
		case err != nil:
			return "", nil, fmt.Errorf("无法读取配置文件 %s", oserr.Describe(err))
		case fi.IsDir():
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return "", nil, fmt.Errorf("无法读取配置文件 %s", oserr.Describe(err))
		}
		if found == "" {
			found, first = p, b
		} else if !bytes.Equal(b, first) {
			passed = append(passed, p)
		}
	}
	return found, passed, nil
}

// checkConfigPaths refuses settings that point at folders that are not
// there: a templates folder that silently falls back to the built-in
// wording would print the sample's words in the unit's documents.
func checkConfigPaths(cfg *config.Config) error {
	if dir := cfg.Unit.Templates; dir != "" {
		if !filepath.IsAbs(dir) && cfg.Dir != "" {
			dir = filepath.Join(cfg.Dir, dir)
		}
		fi, err := os.Stat(dir)
		switch {
		case err != nil:
			return fmt.Errorf("%s：模板文件夹 %s", cfg.Where("unit.templates"), oserr.Describe(err))
		case !fi.IsDir():
			return fmt.Errorf("%s：%s 不是文件夹；应指向放着改过措辞的模板文件的文件夹", cfg.Where("unit.templates"), dir)
		}
	}
	return nil
}

// absDirs lists folders once each, as absolute paths, for messages.
func absDirs(dirs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range dirs {
		if a, err := filepath.Abs(d); err == nil {
			d = a
		}
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// searchDirs are the folders searched for pingyou.yaml on the command line:
// each workbook's folder, in order, then the working folder.
func searchDirs(inputs []string) []string {
	var dirs []string
	for _, in := range inputs {
		dirs = append(dirs, filepath.Dir(in))
	}
	return append(dirs, ".")
}

// CLISettings are the settings of a command-line batch: --config or
// --sample, else pingyou.yaml beside the workbooks or in the working folder.
func CLISettings(configPath string, sample bool, inputs []string) Settings {
	return Settings{Config: configPath, Sample: sample, Search: searchDirs(inputs), Help: config.CLIHelp}
}

// settle resolves opt's settings unless the caller passed a Config, logs
// where they came from, and defaults the output folder to the config's. It
// returns the problems with the unit settings.
func settle(opt *Options) (model.Diagnostics, error) {
	opt.Settings.Stage = opt.Stage
	if opt.Stage == config.StagePublicity && opt.OutDir == "" {
		// the config's output folder holds the full results
		defer func() {
			if opt.OutDir != "" {
				opt.OutDir = PublicityDir(opt.OutDir)
			}
		}()
	}
	if opt.Config == nil {
		r := opt.Resolved
		if r == nil {
			var err error
			if r, err = ResolveSettings(opt.Settings, opt.Inputs); err != nil {
				return nil, err
			}
		}
		for _, n := range r.Notes {
			opt.logf("%s", n)
		}
		if opt.OnSettings != nil {
			opt.OnSettings(r)
		}
		opt.Config = r.Config
		if opt.OutDir == "" {
			opt.OutDir = r.Config.Output.Dir
		}
		return r.Diags, nil
	}
	if opt.OutDir == "" {
		opt.OutDir = opt.Config.Output.Dir
	}
	return nil, nil
}
