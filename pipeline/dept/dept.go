// Package dept runs an organisation department's year (issue 19): many
// units (基层党委), each an ordinary batch run by pipeline.Run into its own
// folder of the department's output exactly as a single run makes it, then
// the department's summary workbook, the check of every unit against the
// department's limits, the optional 汇总 notice and one manifest that refers
// to every unit's manifest by hash.
//
// The department's folder holds one subfolder per unit (its workbooks and,
// optionally, its pingyou.yaml) and, optionally, 部门.yaml and a shared
// pingyou.yaml. The output:
//
//	部门结果/
//	  民主评议党员情况统计表.xlsx
//	  公文/部门汇总通报.pdf, .docx     (when 部门.yaml asks for the notice)
//	  单位/<unit folder>/…            (each unit's output, with its manifest)
//	  文件目录.csv
//	  manifest.json
//
// Units run one after another (or Jobs at a time), each parallel inside as
// a single run is, so memory is bounded by the largest unit, not by their
// number. A unit whose input has errors is listed with its problems and the
// others are generated; any other failure stops the department's run, which
// then leaves the earlier results as they were (the folder is replaced
// whole, like a unit's). Merge makes the department's files from unit
// outputs produced separately (other machines, a job array).
package dept

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/render/xlsx"
)

// Names inside the department's output folder.
const (
	UnitsDir    = "单位" // the units' output folders
	SummaryName = xlsx.DeptFileName
	NoticeName  = "公文/部门汇总通报.pdf"
	CatalogName = pipeline.CatalogName
	// MarkedDir, beside the output folder, gets the annotated copies of
	// problem workbooks, one folder per unit.
	MarkedDir = "问题标注"
)

// ErrLimits marks a run in which every unit was generated but some are
// over the department's limits (exit 3).
var ErrLimits = errors.New("有单位超出部门规定的比例")

// Unit is one unit of the department.
type Unit struct {
	// Folder is its name in the department's output (单位/Folder) and on the
	// command line (--unit): its input folder's name, made safe.
	Folder string
	Dir    string   // its input folder
	Config string   // its config file, as the department's config names it; "": found
	Inputs []string // the workbooks in Dir, by name
}

// OutDir is the unit's output folder inside the department's.
func (u *Unit) OutDir(deptOut string) string { return filepath.Join(deptOut, UnitsDir, u.Folder) }

// Plan is a department as found: its config and its units.
type Plan struct {
	Config *config.Department
	Folder string // the department's folder
	Name   string // the department's name: the config's, or the folder's
	Units  []Unit
	// Notes say, for the log, where the config and units came from.
	Notes []string
}

// IsDepartment reports whether path names a department rather than a
// unit's workbooks: a .yaml file (a department config), or a folder that
// holds a 部门.yaml or no workbook of its own.
func IsDepartment(path string) bool {
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".yaml" || ext == ".yml" {
		return true
	}
	fi, err := os.Stat(path)
	if err != nil || !fi.IsDir() {
		return false
	}
	if _, err := os.Stat(filepath.Join(path, config.DepartmentFileName)); err == nil {
		return true
	}
	books, _ := workbooks(path)
	return len(books) == 0
}

// Open finds a department: path is its folder or its config file. Without
// a config file the embedded default is used and every subfolder is a unit.
func Open(path string) (*Plan, error) {
	var d *config.Department
	var err error
	folder := path
	fi, serr := os.Stat(path)
	switch {
	case serr != nil:
		return nil, fmt.Errorf("无法打开部门文件夹 %s", oserr.Describe(serr))
	case !fi.IsDir():
		folder = filepath.Dir(path)
		d, err = config.LoadDepartment(path)
	default:
		cp := filepath.Join(path, config.DepartmentFileName)
		if _, err := os.Stat(cp); err == nil {
			d, err = config.LoadDepartment(cp)
			if err != nil {
				return nil, err
			}
		} else {
			d = config.DefaultDepartment(path)
		}
	}
	if err != nil {
		return nil, err
	}
	p := &Plan{Config: d, Folder: folder, Name: d.Info.Name}
	if p.Name == "" {
		abs, _ := filepath.Abs(folder)
		p.Name = filepath.Base(abs)
	}
	if d.IsFile() {
		p.Notes = append(p.Notes, "部门配置："+d.Source)
	} else {
		p.Notes = append(p.Notes, "部门配置：没有 "+filepath.Join(folder, config.DepartmentFileName)+"，部门文件夹中的每个子文件夹是一个单位，比例上限用内置的（"+LimitsText(d.Limits)+"）")
	}
	if d.Config != "" {
		if _, err := os.Stat(d.Path(d.Config)); err != nil {
			return nil, fmt.Errorf("部门配置 %s 的 config：各单位共用的配置文件 %s", d.Name(), oserr.Describe(err))
		}
	}
	if len(d.Units) > 0 {
		err = p.listed()
	} else {
		err = p.subfolders()
	}
	if err != nil {
		return nil, err
	}
	if len(p.Units) == 0 {
		return nil, fmt.Errorf("部门文件夹 %s 中没有单位：每个单位一个子文件夹，放它的花名册和测评表（或在 %s 的 units 中列出）", folder, config.DepartmentFileName)
	}
	return p, nil
}

// listed takes the units the config lists, in its order.
func (p *Plan) listed() error {
	d := p.Config
	for _, cu := range d.Units {
		dir := d.Path(cu.Dir)
		u := Unit{Folder: archive.SafeName(filepath.Base(filepath.Clean(dir))), Dir: dir, Config: d.Path(cu.Config)}
		fi, err := os.Stat(dir)
		switch {
		case err != nil && errors.Is(err, fs.ErrNotExist):
			// A unit that has not sent its workbooks yet: listed as missing.
		case err != nil:
			return fmt.Errorf("无法读取单位文件夹 %s", oserr.Describe(err))
		case !fi.IsDir():
			return fmt.Errorf("部门配置 %s 中的单位 %s 不是文件夹", d.Name(), cu.Dir)
		default:
			if u.Inputs, err = workbooks(dir); err != nil {
				return err
			}
		}
		p.Units = append(p.Units, u)
	}
	return nil
}

// subfolders takes every subfolder of the department's folder that can be a
// unit, by name: one with workbooks, or an empty one (a unit that has not
// sent them yet). Folders with other files only (templates, fonts), hidden
// ones and pingyou's outputs are passed over.
func (p *Plan) subfolders() error {
	entries, err := os.ReadDir(p.Folder)
	if err != nil {
		return fmt.Errorf("无法读取部门文件夹 %s", oserr.Describe(err))
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || strings.HasPrefix(name, ".") || name == MarkedDir {
			continue
		}
		dir := filepath.Join(p.Folder, name)
		if _, err := os.Stat(filepath.Join(dir, archive.ManifestName)); err == nil {
			continue // an output folder
		}
		books, err := workbooks(dir)
		if err != nil {
			return err
		}
		if len(books) == 0 {
			if inner, _ := os.ReadDir(dir); len(inner) > 0 {
				p.Notes = append(p.Notes, "跳过文件夹 "+dir+"：其中没有工作簿，不是单位")
				continue
			}
		}
		p.Units = append(p.Units, Unit{Folder: archive.SafeName(name), Dir: dir, Inputs: books})
	}
	sort.Slice(p.Units, func(i, j int) bool { return p.Units[i].Folder < p.Units[j].Folder })
	return nil
}

// Workbooks lists the workbooks in dir (not its subfolders), by name:
// .xlsx, .xls and .et, leaving out Office's lock files (~$…), hidden files
// and pingyou's annotated copies. A unit's inputs are its folder's.
func Workbooks(dir string) ([]string, error) { return workbooks(dir) }

func workbooks(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("无法读取单位文件夹 %s", oserr.Describe(err))
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") || strings.Contains(name, "问题标注") {
			continue
		}
		switch strings.ToLower(filepath.Ext(name)) {
		case ".xlsx", ".xls", ".et":
			out = append(out, filepath.Join(dir, name))
		}
	}
	sort.Strings(out)
	return out, nil
}

// Find returns the unit of that folder name.
func (p *Plan) Find(folder string) (*Unit, error) {
	for i := range p.Units {
		if p.Units[i].Folder == folder || p.Units[i].Folder == archive.SafeName(folder) {
			return &p.Units[i], nil
		}
	}
	var names []string
	for _, u := range p.Units {
		names = append(names, u.Folder)
	}
	return nil, fmt.Errorf("部门 %s 中没有单位 %s（有：%s）", p.Name, folder, strings.Join(names, "、"))
}

// Settings are where a unit's settings are looked for: the config the
// department names for it, else pingyou.yaml in its folder, else the
// department's shared config, else pingyou.yaml in the department's folder,
// else the built-in scheme. The same for a unit run alone with --unit, so
// that it comes out byte for byte as in the department's run.
func (p *Plan) Settings(u *Unit) pipeline.Settings {
	s := pipeline.Settings{Help: config.CLIHelp}
	switch {
	case u.Config != "":
		s.Config = u.Config
		s.Search = []string{} // the command line's wording: --config named it
	case exists(filepath.Join(u.Dir, pipeline.ConfigFileName)):
		s.Search = []string{u.Dir}
	case p.Config.Config != "":
		s.Config = p.Config.Path(p.Config.Config)
		s.Search = []string{}
	default:
		s.Search = []string{u.Dir, p.Folder}
	}
	return s
}

func exists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// LimitsText is the limits as people read them: 优秀 15%、表彰 10%、先进基层党组织 10%.
func LimitsText(l config.Limits) string {
	var parts []string
	for _, x := range limitList(l) {
		parts = append(parts, x.what+"不超过"+x.baseName+"的"+x.n.String())
	}
	if len(parts) == 0 {
		return "不检查比例"
	}
	return strings.Join(parts, "，")
}
