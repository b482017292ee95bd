package dept

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"time"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/render/xlsx"
	"pingyou/templates"
)

// Outcome is what became of one unit.
type Outcome struct {
	Unit   *Unit
	Name   string // the unit's 发文机关, or its folder when it has none
	Status string // xlsx.StatusDone, StatusProblem or StatusMissing
	Note   string // why it has no results
	// Figures and Ref, when it has results: its counts and its manifest.
	Figures *archive.Figures
	Ref     archive.UnitRef
	Files   int // files its manifest lists
	// Problems are its input's problems, errors first, at most
	// maxProblems of them; Errors and Warnings count them all.
	Problems         model.Diagnostics
	Errors, Warnings int
}

// Done reports whether the unit has results.
func (o *Outcome) Done() bool { return o.Status == xlsx.StatusDone }

// maxProblems are kept per unit for the summary's 问题清单: the annotated
// copies and the log have them all.
const maxProblems = 500

// Report is a department's run: every unit's outcome, in order, and every
// check against the department's limits.
type Report struct {
	Plan     *Plan
	Year     int
	Outcomes []Outcome
	Checks   []xlsx.DeptCheck
	Missing  int // units without results
	Over     int // units over a limit
}

// limitDef is one of the department's limits with what it measures.
type limitDef struct {
	what, baseName string
	n              interface {
		String() string
		Rat() *big.Rat
	}
	count, base func(f *archive.Figures) int
}

func limitList(l config.Limits) []limitDef {
	var out []limitDef
	if l.Excellent.IsSet() {
		out = append(out, limitDef{"优秀", "评定等次人数", l.Excellent, func(f *archive.Figures) int { return f.Excellent }, func(f *archive.Figures) int { return f.Graded }})
	}
	if l.Commended.IsSet() {
		out = append(out, limitDef{"表彰", "评定等次人数", l.Commended, commended, func(f *archive.Figures) int { return f.Graded }})
	}
	if l.Advanced.IsSet() {
		out = append(out, limitDef{"先进基层党组织", "支部级党组织数", l.Advanced, advanced, func(f *archive.Figures) int { return f.Branches }})
	}
	return out
}

// commended counts the members commended (every person award but periodic
// ones); advanced the organisations (every organisation award but periodic
// ones, such as the quarterly 流动红旗).
func commended(f *archive.Figures) int { return awards(f, model.PersonAward) }
func advanced(f *archive.Figures) int  { return awards(f, model.OrgAward) }

func awards(f *archive.Figures, kind string) int {
	n := 0
	for _, a := range f.Awards {
		if a.Kind == kind && !a.Periodic {
			n += a.Count
		}
	}
	return n
}

// check measures every unit with results against the limits: count ≤
// base × limit, exactly (a limit of "不超过15%" allows floor(base×15%)).
func (r *Report) check() {
	limits := limitList(r.Plan.Config.Limits)
	r.Checks, r.Over = nil, 0
	for i := range r.Outcomes {
		o := &r.Outcomes[i]
		if !o.Done() {
			continue
		}
		over := false
		for _, l := range limits {
			count, base := l.count(o.Figures), l.base(o.Figures)
			allowed := new(big.Rat).Mul(big.NewRat(int64(base), 1), l.n.Rat())
			c := xlsx.DeptCheck{Unit: o.Name, Folder: o.Ref.Dir, What: l.what, Count: count, Base: base, BaseName: l.baseName,
				Limit: l.n.String(), Over: big.NewRat(int64(count), 1).Cmp(allowed) > 0}
			over = over || c.Over
			r.Checks = append(r.Checks, c)
		}
		if over {
			r.Over++
		}
	}
}

// year is the department's year: its config's, else the one most of its
// units have (the earliest of a tie; 0 for unknown).
func (r *Report) year(units []int) int {
	if y := r.Plan.Config.Info.Year; y != 0 {
		return y
	}
	count := map[int]int{}
	for _, y := range units {
		if y != 0 {
			count[y]++
		}
	}
	best := 0
	for y, n := range count {
		if n > count[best] || (n == count[best] && y < best) {
			best = y
		}
	}
	return best
}

// counts sums figures as the summary and the notice count them.
func counts(f *archive.Figures) compose.Counts {
	return compose.Counts{Members: f.Members, Assessed: f.Assessed, Graded: f.Graded, NotGraded: f.NotGraded,
		Excellent: f.Excellent, Qualified: f.Qualified, Basic: f.Basic, Unqualified: f.Unqualified,
		Commended: commended(f), Advanced: advanced(f)}
}

// total is the department's own figures: the units with results, summed,
// so that a department's output can itself be a unit of a larger one.
func (r *Report) total() *archive.Figures {
	t := &archive.Figures{Unit: r.Plan.Name, ShortName: r.Plan.Config.Info.ShortName, Year: r.Year, Awards: []archive.AwardCount{}}
	at := map[[3]string]int{}
	for _, o := range r.Outcomes {
		f := o.Figures
		if !o.Done() {
			continue
		}
		t.Members += f.Members
		t.Assessed += f.Assessed
		t.Graded += f.Graded
		t.NotGraded += f.NotGraded
		t.Excellent += f.Excellent
		t.Qualified += f.Qualified
		t.Basic += f.Basic
		t.Unqualified += f.Unqualified
		t.Branches += f.Branches
		for _, a := range f.Awards {
			k := [3]string{a.Award, a.Kind, strconv.FormatBool(a.Periodic)}
			i, ok := at[k]
			if !ok {
				i = len(t.Awards)
				at[k] = i
				t.Awards = append(t.Awards, archive.AwardCount{Award: a.Award, Kind: a.Kind, Periodic: a.Periodic})
			}
			t.Awards[i].Count += a.Count
		}
	}
	return t
}

// batchID names the department's batch; a folder holding another batch's
// results is not replaced without --force.
func (r *Report) batchID() string { return "部门 " + r.Plan.Name + " " + strconv.Itoa(r.Year) }

// stamp is the date written into the department's files: the notice's
// date, else the last day of the year; never the clock.
func (r *Report) stamp() (time.Time, string) {
	if n := r.Plan.Config.Notice; n != nil {
		d := n.IssueDate
		return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.FixedZone("CST", 8*3600)), d.String()
	}
	return time.Date(r.Year, 12, 31, 0, 0, 0, 0, time.FixedZone("CST", 8*3600)), ""
}

// write stores the department's files in st: the summary workbook, the
// notice when asked for, 文件目录.csv and the manifest over them and the
// units' manifests.
func (r *Report) write(st *archive.Stage, program string, shared *pipeline.Shared, log func(string, ...any)) error {
	var entries []archive.Entry
	e, err := r.summary(st)
	if err != nil {
		return err
	}
	entries = append(entries, e)
	if r.Plan.Config.Notice != nil {
		log("排版部门汇总通报 …")
		es, diags, err := r.notice(st, program, shared)
		for _, d := range diags {
			log("%s：%s", d.Severity, d.String())
		}
		if err != nil {
			return err
		}
		entries = append(entries, es...)
	}
	cat := append([]archive.Entry(nil), entries...)
	for _, o := range r.Outcomes {
		if o.Done() {
			cat = append(cat, archive.Entry{Path: o.Ref.ManifestPath(), Kind: "单位清单", Title: o.Name + "的文件清单",
				Author: o.Name, SHA256: o.Ref.SHA256, SM3: o.Ref.SM3, Size: o.Ref.Size})
		}
	}
	b, err := pipeline.CatalogCSV(cat)
	if err != nil {
		return err
	}
	ce, err := st.Write(archive.Entry{Path: CatalogName, Kind: "文件目录", Title: "文件目录"}, b)
	if err != nil {
		return err
	}
	entries = append(entries, ce)
	return r.manifest(st, program, entries)
}

// Title is the statistics sheet's title.
func (r *Report) title() string {
	name := r.Plan.Config.Info.ShortName
	if name == "" {
		name = r.Plan.Name
	}
	return fmt.Sprintf("%s%d年度民主评议党员情况统计表", name, r.Year)
}

func (r *Report) summary(st *archive.Stage) (archive.Entry, error) {
	d := &xlsx.Department{Checks: r.Checks, LimitsNote: LimitsText(r.Plan.Config.Limits)}
	for _, o := range r.Outcomes {
		u := xlsx.DeptUnit{Name: o.Name, Folder: filepath.ToSlash(filepath.Join(UnitsDir, o.Unit.Folder)), Status: o.Status, Note: o.Note,
			Errors: o.Errors, Warnings: o.Warnings}
		if f := o.Figures; f != nil {
			u.Year = f.Year
		}
		if o.Done() {
			f := o.Figures
			u.Members, u.Assessed, u.Graded, u.NotGraded = f.Members, f.Assessed, f.Graded, f.NotGraded
			u.Excellent, u.Qualified, u.Basic, u.Unqualified = f.Excellent, f.Qualified, f.Basic, f.Unqualified
			u.Commended, u.Advanced, u.Branches = commended(f), advanced(f), f.Branches
			u.Files, u.Manifest = o.Files, o.Ref.SHA256
			if f.Year != r.Year {
				u.Note = fmt.Sprintf("评议年度是 %d 年，与部门的 %d 年不同", f.Year, r.Year)
			}
		}
		d.Units = append(d.Units, u)
		for _, p := range o.Problems {
			d.Problems = append(d.Problems, xlsx.DeptProblem{Unit: o.Name, Diagnostic: p})
		}
		// A unit with results keeps its 提醒 in its own 问题清单; the
		// count is in the units sheet.
		if n := o.Errors + o.Warnings - len(o.Problems); n > 0 && o.Status != xlsx.StatusDone {
			d.Problems = append(d.Problems, xlsx.DeptProblem{Unit: o.Name, Diagnostic: model.Diagnostic{Severity: model.Warning,
				Problem: fmt.Sprintf("另有 %d 个问题没有列在这里", n), Fix: "见运行记录和 " + MarkedDir + " 文件夹中该单位的标注副本"}})
		}
	}
	stamp, date := r.stamp()
	opt := xlsx.Options{Title: r.title(), Unit: r.Plan.Name, Year: r.Year, Generated: date, Stamp: stamp, FileName: SummaryName}
	return st.WriteFunc(archive.Entry{Path: SummaryName, Kind: "汇总表", Title: r.title(), Author: r.Plan.Name, Date: date},
		func(w io.Writer) error { return xlsx.WriteDepartment(w, d, opt) })
}

// notice composes the department's 汇总 notice from its template and sets
// it (pipeline.StoreNotice).
func (r *Report) notice(st *archive.Stage, program string, shared *pipeline.Shared) ([]archive.Entry, model.Diagnostics, error) {
	cfg := r.Plan.Config.NoticeConfig(r.Plan.Name, r.Year)
	b, err := templateBytes(cfg)
	if err != nil {
		return nil, nil, err
	}
	t, err := compose.ParseTemplate(cfg.Decision.Template, b)
	if err != nil {
		return nil, nil, err
	}
	dd := &compose.Department{Name: r.Plan.Name, Year: r.Year, Units: len(r.Outcomes)}
	for _, o := range r.Outcomes {
		if !o.Done() {
			dd.Missing = append(dd.Missing, o.Name)
			continue
		}
		c := counts(o.Figures)
		dd.Results = append(dd.Results, compose.DepartmentUnit{Name: o.Name, Counts: c})
	}
	dd.Total = counts(r.total())
	over := map[string]bool{}
	for _, c := range r.Checks {
		if c.Over && !over[c.Folder] {
			over[c.Folder] = true
			dd.Over = append(dd.Over, c.Unit)
		}
	}
	opt := &compose.Options{Unit: cfg.Unit.Name, Year: r.Year, IssueDate: cfg.Unit.IssueDate.Date, Office: cfg.Unit.Office,
		PrintDate: cfg.Unit.PrintDate.Date, Decision: compose.NoticeParts{Mark: cfg.Decision.Mark, Number: cfg.Decision.Number,
			Title: cfg.Decision.Title, Recipients: cfg.Decision.Recipients, CC: cfg.Decision.CC}}
	if cfg.Decision.Seal != "" {
		opt.Decision.SealImage = pipeline.SealImageKey
	}
	n, diags, err := compose.DepartmentNotice(opt, dd, t)
	if err != nil {
		return nil, diags, err
	}
	es, ldiags, err := pipeline.StoreNotice(st, cfg, n, NoticeName, program, shared)
	return es, append(diags, ldiags...), err
}

// templateBytes reads the notice's wording: from the config's templates
// folder when it has the file, else the built-in one.
func templateBytes(cfg *config.Config) ([]byte, error) {
	name := cfg.Decision.Template
	if dir := cfg.Unit.Templates; dir != "" {
		if !filepath.IsAbs(dir) && cfg.Dir != "" {
			dir = filepath.Join(cfg.Dir, dir)
		}
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			return b, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("读取模板 %s 失败：%s", name, oserr.Why(err))
		}
	}
	b, err := templates.FS.ReadFile(filepath.ToSlash(name))
	if err != nil {
		return nil, fmt.Errorf("找不到模板 %s", name)
	}
	return b, nil
}

func (r *Report) manifest(st *archive.Stage, program string, entries []archive.Entry) error {
	d := r.Plan.Config
	sha, sm := archive.HashBytes(d.Bytes)
	m := &archive.Manifest{Program: program, Batch: r.batchID(), Config: archive.Input{Name: d.Name(), SHA256: sha, SM3: sm, Size: int64(len(d.Bytes))},
		Inputs: []archive.Input{}, Files: entries, Figures: r.total()}
	for _, o := range r.Outcomes {
		if o.Done() {
			m.Units = append(m.Units, o.Ref)
		} else {
			m.Missing = append(m.Missing, archive.MissingUnit{Dir: filepath.ToSlash(filepath.Join(UnitsDir, o.Unit.Folder)), Name: o.Name, Reason: o.Status + "：" + o.Note})
		}
	}
	sort.Slice(m.Units, func(i, j int) bool { return m.Units[i].Dir < m.Units[j].Dir })
	b, err := archive.EncodeManifest(m)
	if err != nil {
		return err
	}
	_, err = st.Write(archive.Entry{Path: archive.ManifestName}, b)
	return err
}
