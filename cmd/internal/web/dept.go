package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/dept"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
)

// A department batch (部门批次, issue 19) is a list of units, each an
// ordinary run of this server (uploads, unit settings, wording and check
// are the single batch's, Record.Dept naming the department), and a folder
// under <data>/depts/<id>/:
//
//	dept.json     the record: name, units (name, folder, run id), the last
//	              generation and its summary
//	部门.yaml      the department's config, written from the record
//	单位/<folder>/ a unit's uploads under the clerk's names, copied there
//	              when it is generated (unitInputs)
//	out/          the department's output: 单位/<folder>/ is each unit's
//	              pipeline.Run output, the rest is dept.Merge's
//
// Generating runs every unit that has workbooks into out/单位/<folder> as
// the single batch's 生成 does, then dept.Merge writes the department's
// summary, findings and manifest: `pingyou run` on this folder writes the
// same bytes (TestDeptSameAsCLI).

// Unit states as the department's list shows them.
const (
	unitWaiting = "待上传"
	unitProblem = "有问题"
	unitChecked = "已检查"
	unitDone    = "已生成"
)

// DeptUnit is one unit of a department batch.
type DeptUnit struct {
	Name   string `json:"name"`   // as the clerk typed it
	Folder string `json:"folder"` // 单位/<Folder> in the output
	Run    string `json:"run"`    // the run holding its uploads and settings
	// GenRev is the unit run's Rev its output was made from; 0: none.
	GenRev int `json:"genRev,omitempty"`
	// GenFiles counts the files of that output (its manifest's), so the
	// list does not read every unit's manifest on every look.
	GenFiles int `json:"genFiles,omitempty"`
}

// DeptRow is one unit's line of the department's summary.
type DeptRow struct {
	Folder      string `json:"folder"`
	Name        string `json:"name"` // its 发文机关, or the name typed
	Status      string `json:"status"`
	Note        string `json:"note,omitempty"`
	Members     int    `json:"members"`
	Assessed    int    `json:"assessed"`
	NotGraded   int    `json:"notGraded"`
	Graded      int    `json:"graded"`
	Excellent   int    `json:"excellent"`
	Qualified   int    `json:"qualified"`
	Basic       int    `json:"basic"`
	Unqualified int    `json:"unqualified"`
	Commended   int    `json:"commended"`
	Advanced    int    `json:"advanced"`
	Branches    int    `json:"branches"`
}

// DeptFinding is one check of a unit against the department's limits.
type DeptFinding struct {
	Unit     string `json:"unit"`
	What     string `json:"what"`
	Count    int    `json:"count"`
	Base     int    `json:"base"`
	BaseName string `json:"baseName"`
	Limit    string `json:"limit"`
	Over     bool   `json:"over"`
}

// DeptSummary is the last generation's summary as the page shows it.
type DeptSummary struct {
	Year     int           `json:"year"`
	Rows     []DeptRow     `json:"rows"`
	Total    DeptRow       `json:"total"`
	Findings []DeptFinding `json:"findings"`
	Missing  []string      `json:"missing"` // units without results, with why
	Over     int           `json:"over"`
	Limits   string        `json:"limits"`
}

// DeptJob is the last generation of a department.
type DeptJob struct {
	State    string    `json:"state"` // jobRunning, jobDone, jobFailed
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
	Log      []string  `json:"log"`
	Message  string    `json:"message"`
}

// DeptRecord is dept.json.
type DeptRecord struct {
	ID      string       `json:"id"`
	Name    string       `json:"name"`
	Created time.Time    `json:"created"`
	Units   []DeptUnit   `json:"units"`
	Job     *DeptJob     `json:"job"`
	Summary *DeptSummary `json:"summary"`
	// Incomplete: a generation began and did not write the department's
	// files, so the output may mix units from two generations; downloads
	// wait for the next one.
	Incomplete bool `json:"incomplete,omitempty"`
	// Limits are the department's ratio limits by 部门.yaml key
	// (excellent, commended, advanced) as typed, "" for not checked; nil:
	// the built-in ones.
	Limits map[string]string `json:"limits,omitempty"`
}

// deptLimits are the limits the page offers, in 部门.yaml's order.
var deptLimits = []struct{ Key, Label, Base string }{
	{"excellent", "优秀", "评定等次人数"},
	{"commended", "表彰党员", "评定等次人数"},
	{"advanced", "先进基层党组织", "支部级党组织数"},
}

type deptRun struct {
	dir  string
	work sync.Mutex // adding and removing units, generating
	mu   sync.Mutex // rec
	rec  DeptRecord
	busy bool
	// cancel stops the generation under way (its units' runs and the merge).
	cancel context.CancelFunc
}

func (d *deptRun) path(parts ...string) string {
	return filepath.Join(append([]string{d.dir}, parts...)...)
}

// save writes dept.json atomically; the caller holds d.mu.
func (d *deptRun) save() error {
	b, err := json.MarshalIndent(&d.rec, "", "  ")
	if err != nil {
		return err
	}
	return archive.WriteBytes(d.path("dept.json"), b)
}

// depts is the department batches; loaded with the runs.
type depts struct {
	dir string
	mu  sync.Mutex
	all map[string]*deptRun
}

func (s *Server) depts() *depts {
	s.deptsOnce.Do(func() {
		dir := filepath.Join(s.cfg.DataDir, "depts")
		s.deptStore = &depts{dir: dir, all: map[string]*deptRun{}}
		os.MkdirAll(dir, 0o700)
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if !e.IsDir() || !idRE.MatchString(e.Name()) {
				continue
			}
			d := &deptRun{dir: filepath.Join(dir, e.Name())}
			b, err := os.ReadFile(d.path("dept.json"))
			if err != nil || json.Unmarshal(b, &d.rec) != nil || d.rec.ID != e.Name() {
				continue
			}
			if j := d.rec.Job; j != nil && (j.State == jobRunning || j.State == jobQueued) {
				j.State, j.Message = jobFailed, "服务在生成途中停止，这一次没有完成；请重新生成。"
				d.save()
			}
			s.deptStore.all[d.rec.ID] = d
		}
	})
	return s.deptStore
}

func (ds *depts) get(id string) *deptRun {
	if !idRE.MatchString(id) {
		return nil
	}
	ds.mu.Lock()
	defer ds.mu.Unlock()
	return ds.all[id]
}

// cleanName is a name typed on the page: one line, no control characters,
// at most 60 characters.
func cleanName(s string) string {
	s = displayName(strings.NewReplacer("/", " ", `\`, " ").Replace(s), "")
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60])
	}
	return strings.TrimSpace(s)
}

// deptView is a department as the page gets it.
type deptView struct {
	DeptRecord
	Running bool           `json:"running"`
	Units   []deptUnitView `json:"units"`
	Counts  map[string]int `json:"counts"` // units per status
	Files   []output       `json:"files"`  // the department's own files
	// Stale: units were added, removed or changed since the summary was
	// made.
	Stale bool `json:"stale"`
	// LimitValues are the limits in effect, by key ("" not checked), and
	// LimitsText says them in a sentence.
	LimitValues map[string]string `json:"limitValues"`
	LimitsText  string            `json:"limitsText"`
	LimitFields any               `json:"limitFields"`
}

type deptUnitView struct {
	DeptUnit
	Status   string    `json:"status"`
	Files    []string  `json:"files"`
	Errors   int       `json:"errors"`
	Warnings int       `json:"warnings"`
	Message  string    `json:"message"`
	Problems []Problem `json:"problems"` // the first few errors
	Outputs  int       `json:"outputs"`  // files in its output, when generated
	// Issuer is the 发文机关 its documents will carry (its settings), so
	// that a unit given another's settings is seen in the list.
	Issuer string `json:"issuer"`
	// SameIssuer names the earlier unit whose documents carry the same
	// 发文机关: one of them has the other's settings.
	SameIssuer string `json:"sameIssuer,omitempty"`
}

const deptProblemsShown = 8

// unitView is a unit's line in the list: its status from its run.
func (s *Server) unitView(d *deptRun, u DeptUnit) deptUnitView {
	v := deptUnitView{DeptUnit: u, Status: unitWaiting, Files: []string{}, Problems: []Problem{}}
	ru := s.store.get(u.Run)
	if ru == nil {
		v.Message = "找不到这个单位的上传记录"
		return v
	}
	ru.mu.Lock()
	for _, f := range ru.rec.Files {
		v.Files = append(v.Files, f.Display)
	}
	c, rev := ru.rec.Check, ru.rec.Rev
	if c != nil {
		for _, row := range c.Unit {
			if row.Key == "unit.name" {
				v.Issuer = row.Value
			}
		}
	}
	ru.mu.Unlock()
	switch {
	case len(v.Files) == 0:
		v.Message = "还没有上传花名册、测评表"
	case c == nil:
		v.Status, v.Message = unitProblem, "还没有检查"
	case !c.OK:
		v.Status, v.Message, v.Errors, v.Warnings = unitProblem, c.Message, c.Errors, c.Warnings
		for _, p := range c.Problems {
			if p.Severity == "错误" && len(v.Problems) < deptProblemsShown {
				v.Problems = append(v.Problems, p)
			}
		}
	default:
		v.Status, v.Message, v.Warnings = unitChecked, c.Message, c.Warnings
		if u.GenRev != 0 && u.GenRev == rev && exists(d.path("out", dept.UnitsDir, u.Folder, archive.ManifestName)) {
			v.Status, v.Outputs = unitDone, u.GenFiles
			v.Message = fmt.Sprintf("已生成 %d 个文件", v.Outputs)
		}
	}
	return v
}

// view builds the response for a department; the caller holds d.mu.
func (s *Server) deptView(d *deptRun) deptView {
	b, _ := json.Marshal(&d.rec)
	var rec DeptRecord
	json.Unmarshal(b, &rec)
	v := deptView{DeptRecord: rec, Running: d.busy, Units: []deptUnitView{}, Counts: map[string]int{}, Files: []output{}}
	v.LimitValues, v.LimitsText, v.LimitFields = map[string]string{}, "", deptLimits
	if cfg, err := config.ParseDepartment(d.configBytes(), config.DepartmentFileName, d.dir); err == nil {
		l := cfg.Limits
		for _, x := range []struct {
			key string
			n   interface {
				IsSet() bool
				String() string
			}
		}{{"excellent", l.Excellent}, {"commended", l.Commended}, {"advanced", l.Advanced}} {
			if x.n.IsSet() {
				v.LimitValues[x.key] = x.n.String()
			}
		}
		v.LimitsText = dept.LimitsText(l)
	}
	now := map[string]string{}
	issuers := map[string]string{}
	for _, u := range rec.Units {
		uv := s.unitView(d, u)
		if uv.Issuer != "" {
			if first, ok := issuers[uv.Issuer]; ok {
				uv.SameIssuer = first
			} else {
				issuers[uv.Issuer] = u.Name
			}
		}
		v.Counts[uv.Status]++
		v.Units = append(v.Units, uv)
		now[u.Folder] = uv.Status
	}
	if sm := rec.Summary; sm != nil {
		v.Stale = len(sm.Rows) != len(now)
		for _, r := range sm.Rows {
			st, ok := now[r.Folder]
			v.Stale = v.Stale || !ok || (st == unitDone) != (r.Status == unitDone) || (st == unitChecked)
		}
	}
	if m, err := archive.ReadManifest(d.path("out")); err == nil && rec.Summary != nil && !rec.Incomplete && !d.busy {
		for _, e := range m.Files {
			v.Files = append(v.Files, output{Path: e.Path, Kind: e.Kind, Title: e.Title, Size: e.Size,
				PDF: strings.HasSuffix(strings.ToLower(e.Path), ".pdf")})
		}
	}
	return v
}

func (s *Server) withDept(h func(http.ResponseWriter, *http.Request, *deptRun)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		d := s.depts().get(r.PathValue("id"))
		if d == nil {
			writeError(w, http.StatusNotFound, "找不到这个部门批次，可能已被删除。")
			return
		}
		h(w, r, d)
	}
}

func (s *Server) respondDept(w http.ResponseWriter, code int, d *deptRun) {
	d.mu.Lock()
	defer d.mu.Unlock()
	writeJSON(w, code, s.deptView(d))
}

func (s *Server) handleDeptList(w http.ResponseWriter, r *http.Request) {
	type item struct {
		ID      string         `json:"id"`
		Name    string         `json:"name"`
		Created time.Time      `json:"created"`
		Units   int            `json:"units"`
		Counts  map[string]int `json:"counts"`
	}
	ds := s.depts()
	ds.mu.Lock()
	all := make([]*deptRun, 0, len(ds.all))
	for _, d := range ds.all {
		all = append(all, d)
	}
	ds.mu.Unlock()
	sort.Slice(all, func(i, j int) bool { return all[i].rec.ID > all[j].rec.ID })
	out := []item{}
	for _, d := range all {
		d.mu.Lock()
		it := item{ID: d.rec.ID, Name: d.rec.Name, Created: d.rec.Created, Units: len(d.rec.Units), Counts: map[string]int{}}
		for _, u := range d.rec.Units {
			it.Counts[s.unitView(d, u).Status]++
		}
		d.mu.Unlock()
		out = append(out, it)
	}
	writeJSON(w, http.StatusOK, out)
}

// readName reads {"name": …} and cleans it; "" with the error sent.
func readName(w http.ResponseWriter, r *http.Request, what string) string {
	var req struct {
		Name string `json:"name"`
	}
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "请求的格式不对，请刷新页面后再试。")
		return ""
	}
	name := cleanName(req.Name)
	if name == "" {
		writeError(w, http.StatusBadRequest, "请填写"+what+"。")
	}
	return name
}

// handleDeptCreate makes a department batch: POST {"name": "中共某某县委组织部"}.
func (s *Server) handleDeptCreate(w http.ResponseWriter, r *http.Request) {
	name := readName(w, r, "部门名称")
	if name == "" {
		return
	}
	ds := s.depts()
	now := time.Now()
	b := make([]byte, 3)
	rand.Read(b)
	id := now.Format("20060102-150405") + "-" + hex.EncodeToString(b)
	d := &deptRun{dir: filepath.Join(ds.dir, id), rec: DeptRecord{ID: id, Name: name, Created: now, Units: []DeptUnit{}}}
	if err := os.MkdirAll(d.dir, 0o700); err != nil {
		writeError(w, http.StatusInternalServerError, "无法创建部门批次目录："+oserr.Describe(err))
		return
	}
	d.mu.Lock()
	err := d.save()
	d.mu.Unlock()
	if err != nil {
		writeError(w, http.StatusInternalServerError, pipeline.Message(err))
		return
	}
	ds.mu.Lock()
	ds.all[id] = d
	ds.mu.Unlock()
	s.respondDept(w, http.StatusCreated, d)
}

func (s *Server) handleDeptGet(w http.ResponseWriter, r *http.Request, d *deptRun) {
	s.respondDept(w, http.StatusOK, d)
}

// deptBusy answers 409 while the department is being generated.
func deptBusy(w http.ResponseWriter, d *deptRun) bool {
	d.mu.Lock()
	b := d.busy
	d.mu.Unlock()
	if b {
		writeError(w, http.StatusConflict, "正在生成部门汇总，请等生成完成后再修改。")
	}
	return b
}

// handleDeptDelete removes the department and its units' runs.
func (s *Server) handleDeptDelete(w http.ResponseWriter, r *http.Request, d *deptRun) {
	d.work.Lock()
	defer d.work.Unlock()
	if deptBusy(w, d) {
		return
	}
	d.mu.Lock()
	units := append([]DeptUnit(nil), d.rec.Units...)
	d.mu.Unlock()
	for _, u := range units {
		if ru := s.store.get(u.Run); ru != nil {
			s.store.remove(ru)
		}
	}
	ds := s.depts()
	ds.mu.Lock()
	delete(ds.all, d.rec.ID)
	ds.mu.Unlock()
	if err := os.RemoveAll(d.dir); err != nil {
		writeError(w, http.StatusInternalServerError, "删除失败："+pipeline.Message(err))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleDeptAddUnit adds a unit by name: POST {"name": "中共某某镇委员会"}.
// Its uploads and settings are an ordinary run's, opened from the list.
func (s *Server) handleDeptAddUnit(w http.ResponseWriter, r *http.Request, d *deptRun) {
	name := readName(w, r, "单位名称")
	if name == "" {
		return
	}
	d.work.Lock()
	defer d.work.Unlock()
	if deptBusy(w, d) {
		return
	}
	folder := archive.SafeName(name)
	d.mu.Lock()
	for _, u := range d.rec.Units {
		if u.Name == name || u.Folder == folder {
			d.mu.Unlock()
			writeError(w, http.StatusConflict, "已经有单位“"+u.Name+"”了，请换一个名称。")
			return
		}
	}
	d.mu.Unlock()
	ru, err := s.store.create()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	ru.mu.Lock()
	ru.rec.Dept, ru.rec.DeptName, ru.rec.UnitName = d.rec.ID, d.rec.Name, name
	ru.save()
	ru.mu.Unlock()
	d.mu.Lock()
	d.rec.Units = append(d.rec.Units, DeptUnit{Name: name, Folder: folder, Run: ru.rec.ID})
	d.save()
	d.mu.Unlock()
	s.respondDept(w, http.StatusCreated, d)
}

// handleDeptRemoveUnit takes a unit (by its run id) off the list, with its
// uploads and its output.
func (s *Server) handleDeptRemoveUnit(w http.ResponseWriter, r *http.Request, d *deptRun) {
	d.work.Lock()
	defer d.work.Unlock()
	if deptBusy(w, d) {
		return
	}
	id := r.PathValue("unit")
	d.mu.Lock()
	k := -1
	for i, u := range d.rec.Units {
		if u.Run == id {
			k = i
		}
	}
	if k < 0 {
		d.mu.Unlock()
		writeError(w, http.StatusNotFound, "这个部门批次中没有这个单位。")
		return
	}
	u := d.rec.Units[k]
	d.rec.Units = append(d.rec.Units[:k], d.rec.Units[k+1:]...)
	d.save()
	d.mu.Unlock()
	// Its output stays until the next generation: the department's
	// manifest, until then, still lists it.
	if ru := s.store.get(u.Run); ru != nil {
		s.store.remove(ru)
	}
	s.respondDept(w, http.StatusOK, d)
}

// handleDeptCheck checks every unit with workbooks again.
func (s *Server) handleDeptCheck(w http.ResponseWriter, r *http.Request, d *deptRun) {
	d.work.Lock()
	defer d.work.Unlock()
	if deptBusy(w, d) {
		return
	}
	d.mu.Lock()
	units := append([]DeptUnit(nil), d.rec.Units...)
	d.mu.Unlock()
	for _, u := range units {
		if ru := s.store.get(u.Run); ru != nil {
			ru.work.Lock()
			s.check(ru)
			ru.work.Unlock()
		}
	}
	s.respondDept(w, http.StatusOK, d)
}

// configBytes is the department's 部门.yaml: its name, its units in the
// clerk's order, its limits (the built-in ones unless set on the page).
// The caller holds d.mu.
func (d *deptRun) configBytes() []byte {
	return deptConfig(d.rec.Name, d.rec.Units, d.rec.Limits)
}

func deptConfig(name string, units []DeptUnit, limits map[string]string) []byte {
	type unit struct {
		Dir string `yaml:"dir"`
	}
	cfg := struct {
		Department struct {
			Name string `yaml:"name"`
		} `yaml:"department"`
		Units  []unit             `yaml:"units"`
		Limits *map[string]string `yaml:"limits,omitempty"` // set and empty: none checked
	}{Units: []unit{}}
	cfg.Department.Name = name
	for _, u := range units {
		cfg.Units = append(cfg.Units, unit{Dir: dept.UnitsDir + "/" + u.Folder})
	}
	if limits != nil {
		set := map[string]string{}
		for k, v := range limits {
			if v != "" {
				set[k] = v
			}
		}
		cfg.Limits = &set
	}
	b, _ := yaml.Marshal(&cfg)
	return append([]byte("# pingyou 网页版的部门批次，由网页生成；各单位的工作簿和单位信息在网页上\n"), b...)
}

// writeConfig writes 部门.yaml for a generation; the caller holds d.mu.
func (d *deptRun) writeConfig() (string, error) {
	p := d.path(config.DepartmentFileName)
	return p, archive.WriteBytes(p, d.configBytes())
}

// handleDeptLimits saves the department's limits: PUT {"limits":
// {"excellent": "15%", …}}; a blank one is not checked. A plain number
// above 1 is a percentage (15 is 15%). A value the department's config
// would refuse is refused, naming the field, and nothing is saved.
func (s *Server) handleDeptLimits(w http.ResponseWriter, r *http.Request, d *deptRun) {
	var req struct {
		Limits map[string]string `json:"limits"`
	}
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "请求的格式不对，请刷新页面后再试。")
		return
	}
	d.work.Lock()
	defer d.work.Unlock()
	if deptBusy(w, d) {
		return
	}
	limits := map[string]string{}
	for _, l := range deptLimits {
		v := strings.TrimSpace(strings.ReplaceAll(req.Limits[l.Key], "％", "%"))
		if v != "" && !strings.HasSuffix(v, "%") {
			if _, err := config.ParseDepartment(deptConfig("x", nil, map[string]string{l.Key: v}), config.DepartmentFileName, d.dir); err != nil {
				v += "%" // 15 means 15%
			}
		}
		if v != "" {
			if _, err := config.ParseDepartment(deptConfig("x", nil, map[string]string{l.Key: v}), config.DepartmentFileName, d.dir); err != nil {
				writeJSON(w, http.StatusBadRequest, map[string]string{"field": l.Key,
					"error": "“" + l.Label + "”的上限应为大于 0、不超过 100% 的百分数，如 15%（现在是“" + req.Limits[l.Key] + "”）。没有保存。"})
				return
			}
		}
		limits[l.Key] = v
	}
	d.mu.Lock()
	d.rec.Limits = limits
	d.save()
	d.mu.Unlock()
	s.respondDept(w, http.StatusOK, d)
}

// handleDeptRun generates the department: every unit with workbooks, then
// the summary. The page polls the department while it runs.
func (s *Server) handleDeptRun(w http.ResponseWriter, r *http.Request, d *deptRun) {
	d.work.Lock()
	defer d.work.Unlock()
	if deptBusy(w, d) {
		return
	}
	d.mu.Lock()
	if len(d.rec.Units) == 0 {
		d.mu.Unlock()
		writeError(w, http.StatusBadRequest, "还没有单位：先点“添加单位”，再上传各单位的工作簿。")
		return
	}
	job := &DeptJob{State: jobQueued, Started: time.Now(), Log: []string{}}
	ctx, cancel := context.WithCancel(context.Background())
	d.rec.Job, d.busy, d.cancel = job, true, cancel
	d.save()
	d.mu.Unlock()
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer cancel()
		select { // one batch at a time on the server; a queued one can be cancelled
		case s.jobs <- struct{}{}:
		case <-ctx.Done():
			s.finishDept(ctx, d, job, nil, pipeline.ErrCancelled)
			return
		}
		defer func() { <-s.jobs }()
		d.mu.Lock()
		job.State, d.rec.Incomplete = jobRunning, true
		d.save()
		d.mu.Unlock()
		rep, err := s.generateDept(ctx, d, job)
		s.finishDept(ctx, d, job, rep, err)
	}()
	if r.URL.Query().Get("wait") == "1" { // tests
		<-done
	}
	s.respondDept(w, http.StatusAccepted, d)
}

// handleDeptCancel stops the generation under way: the unit being made
// keeps its earlier output, the department's files are not written.
func (s *Server) handleDeptCancel(w http.ResponseWriter, r *http.Request, d *deptRun) {
	d.mu.Lock()
	if d.busy && d.cancel != nil {
		d.cancel()
	}
	d.mu.Unlock()
	s.respondDept(w, http.StatusOK, d)
}

func (d *deptRun) logf(job *DeptJob, format string, args ...any) {
	d.mu.Lock()
	job.Log = append(job.Log, fmt.Sprintf(format, args...))
	d.mu.Unlock()
}

// generateDept runs the units and merges their outputs (dept.Merge).
func (s *Server) generateDept(ctx context.Context, d *deptRun, job *DeptJob) (*dept.Report, error) {
	d.mu.Lock()
	units := append([]DeptUnit(nil), d.rec.Units...)
	cfgPath, err := d.writeConfig()
	d.mu.Unlock()
	if err != nil {
		return nil, err
	}
	out := d.path("out")
	if err := os.MkdirAll(filepath.Join(out, dept.UnitsDir), 0o700); err != nil {
		return nil, fmt.Errorf("无法创建输出目录：%s", oserr.Describe(err))
	}
	// The outputs of units taken off the list go now.
	listed := map[string]bool{}
	for _, u := range units {
		listed[u.Folder] = true
	}
	for _, parent := range []string{filepath.Join(out, dept.UnitsDir), d.path(dept.UnitsDir)} {
		entries, _ := os.ReadDir(parent)
		for _, e := range entries {
			if e.IsDir() && !listed[e.Name()] {
				os.RemoveAll(filepath.Join(parent, e.Name()))
			}
		}
	}
	for i, u := range units {
		if ctx.Err() != nil {
			return nil, pipeline.ErrCancelled
		}
		ru := s.store.get(u.Run)
		unitOut := filepath.Join(out, dept.UnitsDir, u.Folder)
		prefix := fmt.Sprintf("（%d/%d）%s：", i+1, len(units), u.Name)
		if ru == nil {
			continue
		}
		ru.work.Lock()
		ru.mu.Lock()
		files, rev := len(ru.rec.Files), ru.rec.Rev
		ru.mu.Unlock()
		if files == 0 {
			ru.work.Unlock()
			os.RemoveAll(unitOut)
			d.logf(job, "%s待上传，跳过", prefix)
			continue
		}
		if u.GenRev == rev && exists(filepath.Join(unitOut, archive.ManifestName)) {
			ru.work.Unlock()
			d.logf(job, "%s上次生成后没有改动，沿用其结果", prefix)
			continue
		}
		s.check(ru)
		ru.mu.Lock()
		ok := ru.rec.Check != nil && ru.rec.Check.OK
		var opt pipeline.Options
		if ok {
			opt, err = s.options(ru, &lineWriter{each: func(l string) {}})
			if err == nil {
				err = d.unitInputs(ru, u, &opt)
			}
		}
		ru.mu.Unlock()
		if !ok || err != nil {
			ru.work.Unlock()
			os.RemoveAll(unitOut)
			d.logf(job, "%s有问题，没有生成", prefix)
			d.setGen(u.Run, 0)
			continue
		}
		opt.OutDir, opt.Force = unitOut, true
		opt.MarkedDir = d.path("问题标注", u.Folder)
		opt.Context = ctx
		err = s.runBatch(opt)
		os.Remove(archive.LockPath(unitOut))
		ru.work.Unlock()
		switch {
		case err == nil:
			d.logf(job, "%s已生成", prefix)
			d.setGen(u.Run, rev)
		case errors.Is(err, pipeline.ErrCancelled):
			return nil, err
		case errors.Is(err, pipeline.ErrInput) || isFileError(err):
			os.RemoveAll(unitOut)
			d.setGen(u.Run, 0)
			d.logf(job, "%s有问题，没有生成：%s", prefix, pipeline.Message(err))
		default:
			return nil, fmt.Errorf("单位 %s：%w", u.Name, err)
		}
	}
	d.logf(job, "汇总各单位的结果 …")
	return dept.Merge(dept.Options{Path: cfgPath, OutDir: out, Force: true, Program: s.cfg.Program, Context: ctx,
		Log: &lineWriter{each: func(l string) { d.logf(job, "%s", strings.ReplaceAll(l, d.dir+string(filepath.Separator), "")) }}})
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// unitInputs copies a unit's uploads into its folder of the department
// (单位/<unit>/, the folder its 部门.yaml names) under the names the clerk
// gave them, and points opt at the copies: the unit's documents, its
// problem list and its manifest then name 花名册.xlsx, as `pingyou run`
// over the same folder does, not the server's 1.xlsx. The caller holds
// ru.mu.
func (d *deptRun) unitInputs(ru *run, u DeptUnit, opt *pipeline.Options) error {
	dir := d.path(dept.UnitsDir, u.Folder)
	inputs, err := namedCopies(ru, dir)
	if err != nil {
		return err
	}
	opt.Inputs = inputs // sorted as dept.Workbooks lists a folder
	if c := ru.rec.Config; c != nil {
		p, err := copyUpload(ru.path("inputs", c.Name), dir, displayName(c.Display, c.Name))
		if err != nil {
			return err
		}
		opt.Settings.Config = p
	}
	return nil
}

// setGen records the revision a unit's output was made from (0: none)
// and how many files it has.
func (d *deptRun) setGen(run string, rev int) {
	files := 0
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := range d.rec.Units {
		u := &d.rec.Units[i]
		if u.Run != run {
			continue
		}
		if rev != 0 {
			if m, err := archive.ReadManifest(d.path("out", dept.UnitsDir, u.Folder)); err == nil {
				files = len(m.Files)
			}
		}
		u.GenRev, u.GenFiles = rev, files
	}
	d.save()
}

// finishDept records the generation's outcome and summary.
func (s *Server) finishDept(ctx context.Context, d *deptRun, job *DeptJob, rep *dept.Report, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.busy, d.cancel = false, nil
	job.Finished = time.Now()
	written := rep != nil && rep.Missing < len(rep.Outcomes) && (err == nil || errors.Is(err, pipeline.ErrInput) || errors.Is(err, dept.ErrLimits))
	if written {
		d.rec.Summary, d.rec.Incomplete = s.summaryOf(d, rep), false
	}
	switch {
	case ctx.Err() != nil || errors.Is(err, pipeline.ErrCancelled):
		job.State, job.Message = jobCancelled, "已取消生成：部门汇总没有更新。已生成的单位保留其结果，再次生成时沿用。"
	case err == nil:
		job.State, job.Message = jobDone, "生成完成：所有单位都有结果，没有超出部门规定比例的单位。"
	case written:
		// The page's own words: the units' states as the list shows them.
		sm := d.rec.Summary
		job.State = jobDone
		job.Message = fmt.Sprintf("生成完成：%d 个单位中 %d 个已生成", len(rep.Outcomes), len(rep.Outcomes)-rep.Missing)
		if len(sm.Missing) > 0 {
			job.Message += fmt.Sprintf("；%d 个没有结果，汇总表中没有它们的数字：%s", len(sm.Missing), strings.Join(sm.Missing, "、"))
		}
		if sm.Over > 0 {
			job.Message += fmt.Sprintf("；%d 个单位超出部门规定的比例，见下面的“比例检查”", sm.Over)
		}
		job.Message += "。"
	default:
		job.State, job.Message = jobFailed, "没有生成部门汇总："+pipeline.Message(err)
		if rep != nil && rep.Missing == len(rep.Outcomes) {
			job.Message = "没有生成部门汇总：没有一个单位有结果。请先上传各单位的工作簿，改好有问题的单位。"
		}
	}
	job.Message = strings.ReplaceAll(job.Message, d.dir+string(filepath.Separator), "")
	d.save()
	s.logf("部门批次 %s：%s", d.rec.ID, job.Message)
}

// summaryOf is the report as the page shows it: a row per unit (the web's
// status for units without results), totals, findings.
func (s *Server) summaryOf(d *deptRun, rep *dept.Report) *DeptSummary {
	sm := &DeptSummary{Year: rep.Year, Rows: []DeptRow{}, Findings: []DeptFinding{}, Missing: []string{}, Over: rep.Over,
		Limits: dept.LimitsText(rep.Plan.Config.Limits)}
	byFolder := map[string]DeptUnit{}
	for _, u := range d.rec.Units {
		byFolder[u.Folder] = u
	}
	sm.Total.Name = "合计"
	for _, o := range rep.Outcomes {
		u := byFolder[o.Unit.Folder]
		row := DeptRow{Folder: o.Unit.Folder, Name: o.Name}
		if row.Name == "" || row.Name == o.Unit.Folder {
			row.Name = u.Name
		}
		if o.Done() {
			f := o.Figures
			row.Status = unitDone
			row.Members, row.Assessed, row.NotGraded, row.Graded = f.Members, f.Assessed, f.NotGraded, f.Graded
			row.Excellent, row.Qualified, row.Basic, row.Unqualified = f.Excellent, f.Qualified, f.Basic, f.Unqualified
			row.Branches = f.Branches
			for _, a := range f.Awards {
				if a.Periodic {
					continue
				}
				switch a.Kind {
				case model.PersonAward:
					row.Commended += a.Count
				case model.OrgAward:
					row.Advanced += a.Count
				}
			}
			t := &sm.Total
			t.Members += row.Members
			t.Assessed += row.Assessed
			t.NotGraded += row.NotGraded
			t.Graded += row.Graded
			t.Excellent += row.Excellent
			t.Qualified += row.Qualified
			t.Basic += row.Basic
			t.Unqualified += row.Unqualified
			t.Commended += row.Commended
			t.Advanced += row.Advanced
			t.Branches += row.Branches
		} else {
			uv := s.unitView(d, u)
			row.Status, row.Note = uv.Status, uv.Message
			switch uv.Status {
			case unitProblem:
				row.Note = "没有生成：输入有问题，见上面的单位列表"
				if uv.Errors > 0 {
					row.Note = fmt.Sprintf("没有生成：输入有 %d 个错误，见上面的单位列表", uv.Errors)
				}
			case unitChecked, unitDone:
				row.Status, row.Note = unitProblem, "没有生成："+o.Note
			}
			sm.Missing = append(sm.Missing, row.Name+"（"+row.Status+"）")
		}
		sm.Rows = append(sm.Rows, row)
	}
	for _, c := range rep.Checks {
		sm.Findings = append(sm.Findings, DeptFinding{Unit: c.Unit, What: c.What, Count: c.Count, Base: c.Base,
			BaseName: c.BaseName, Limit: c.Limit, Over: c.Over})
	}
	return sm
}

// ready answers 409 while the department's output is being made or is
// left from a generation that did not finish.
func (d *deptRun) ready(w http.ResponseWriter) bool {
	d.mu.Lock()
	busy, incomplete := d.busy, d.rec.Incomplete
	d.mu.Unlock()
	switch {
	case busy:
		writeError(w, http.StatusConflict, "正在生成部门汇总，请等生成完成后再下载。")
	case incomplete:
		writeError(w, http.StatusConflict, "上次生成没有完成，结果可能新旧混杂：请重新生成部门汇总后再下载。")
	}
	return !busy && !incomplete
}

// manifest is the department's manifest, or nil before a generation.
func (d *deptRun) manifest() *archive.Manifest {
	m, err := archive.ReadManifest(d.path("out"))
	if err != nil {
		return nil
	}
	return m
}

// handleDeptFile sends one of the department's own files (listed in its
// manifest) or the manifest itself: GET …/file?path=民主评议党员情况统计表.xlsx.
func (s *Server) handleDeptFile(w http.ResponseWriter, r *http.Request, d *deptRun) {
	if !d.ready(w) {
		return
	}
	m := d.manifest()
	if m == nil {
		writeError(w, http.StatusNotFound, "这个部门批次还没有生成结果。")
		return
	}
	p := r.URL.Query().Get("path")
	ok := p == archive.ManifestName
	for _, e := range m.Files {
		ok = ok || e.Path == p
	}
	if !ok {
		writeError(w, http.StatusNotFound, "没有这个文件。")
		return
	}
	serveFile(w, r, filepath.Join(d.path("out"), filepath.FromSlash(p)), filepath.Base(p), r.URL.Query().Get("inline") == "1")
}

// unitFiles lists a unit's output (its manifest and every file it lists),
// relative to the department's output folder.
func (d *deptRun) unitFiles(folder string) []string {
	dir := dept.UnitsDir + "/" + folder
	m, err := archive.ReadManifest(d.path("out", dept.UnitsDir, folder))
	if err != nil {
		return nil
	}
	rel := []string{dir + "/" + archive.ManifestName}
	for _, e := range m.Files {
		rel = append(rel, dir+"/"+e.Path)
	}
	return rel
}

// handleDeptUnitZip sends one unit's output folder as a zip.
func (s *Server) handleDeptUnitZip(w http.ResponseWriter, r *http.Request, d *deptRun) {
	if !d.ready(w) {
		return
	}
	id := r.PathValue("unit")
	d.mu.Lock()
	var u *DeptUnit
	for i := range d.rec.Units {
		if d.rec.Units[i].Run == id {
			u = &d.rec.Units[i]
		}
	}
	var folder, name string
	if u != nil {
		folder, name = u.Folder, u.Name
	}
	d.mu.Unlock()
	var rel []string
	if u != nil {
		rel = d.unitFiles(folder)
	}
	if rel == nil {
		writeError(w, http.StatusNotFound, "这个单位还没有生成结果。")
		return
	}
	prefix := dept.UnitsDir + "/" + folder + "/"
	for i := range rel {
		rel[i] = strings.TrimPrefix(rel[i], prefix)
	}
	w.Header().Set("Content-Type", "application/zip")
	attachment(w, "attachment", "评议结果-"+name+".zip")
	if err := writeZip(w, d.path("out", dept.UnitsDir, folder), rel); err != nil {
		s.logf("打包单位 %s 失败：%v", name, err)
	}
}

// handleDeptZip sends the department's whole output folder: its files, its
// manifest and every unit's output it lists, so `pingyou verify` passes on
// the unpacked folder.
func (s *Server) handleDeptZip(w http.ResponseWriter, r *http.Request, d *deptRun) {
	if !d.ready(w) {
		return
	}
	m := d.manifest()
	if m == nil {
		writeError(w, http.StatusNotFound, "这个部门批次还没有生成结果。")
		return
	}
	rel := []string{archive.ManifestName}
	for _, e := range m.Files {
		rel = append(rel, e.Path)
	}
	for _, u := range m.Units {
		rel = append(rel, d.unitFiles(strings.TrimPrefix(u.Dir, dept.UnitsDir+"/"))...)
	}
	d.mu.Lock()
	name := d.rec.Name
	d.mu.Unlock()
	w.Header().Set("Content-Type", "application/zip")
	attachment(w, "attachment", "部门汇总-"+name+".zip")
	if err := writeZip(w, d.path("out"), rel); err != nil {
		s.logf("打包部门 %s 失败：%v", name, err)
	}
}
