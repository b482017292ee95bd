package web

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/oserr"
)

// File is an uploaded file: Name is the server's name inside inputs/,
// Display the user's name for it, cleaned.
type File struct {
	Name     string    `json:"name"`
	Display  string    `json:"display"`
	Size     int64     `json:"size"`
	Uploaded time.Time `json:"uploaded"`
}

// Problem is one model.Diagnostic as the page shows it, with the file named
// by its display name.
type Problem struct {
	Severity string `json:"severity"` // 错误 or 提醒
	File     string `json:"file"`
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	Problem  string `json:"problem"`
	Value    string `json:"value"`
	Fix      string `json:"fix"`
}

// Setting is one unit setting as the page shows it: what will be printed
// and where it came from (pipeline.ResolveSettings).
type Setting struct {
	Label string `json:"label"`
	Value string `json:"value"`
	From  string `json:"from"`
}

// UnitRow is one unit setting as the page's form shows it
// (pipeline.UnitSource with the value in effect): what the form, the
// 单位信息 sheet and the uploaded config give, and where the value printed
// comes from.
type UnitRow struct {
	Key      string `json:"key"`
	Form     string `json:"form"`
	Sheet    string `json:"sheet"`
	SheetAt  string `json:"sheetAt"`
	File     string `json:"file"`
	FileAt   string `json:"fileAt"`
	Conflict bool   `json:"conflict"`
	Value    string `json:"value"` // as it will be printed; "" when missing
	From     string `json:"from"`
}

// CheckResult is the outcome of the last check.
type CheckResult struct {
	Time     time.Time `json:"time"`
	OK       bool      `json:"ok"`
	Errors   int       `json:"errors"`
	Warnings int       `json:"warnings"`
	Problems []Problem `json:"problems"`
	Message  string    `json:"message"` // one sentence: passed, or why not
	Marked   []File    `json:"marked"`  // annotated copies in 问题标注/
	// Settings are the unit settings the documents will carry, when they
	// are complete; Scheme names the scheme used.
	Settings []Setting `json:"settings"`
	Scheme   string    `json:"scheme"`
	// Unit is every unit setting for the form, also when some are missing
	// or in conflict (Settings is only the complete set).
	Unit []UnitRow `json:"unit"`
}

// Job states.
const (
	jobQueued  = "queued"
	jobRunning = "running"
	jobDone    = "done"
	jobFailed  = "failed"
	// jobCancelled: stopped from the page; the earlier results are kept.
	jobCancelled = "cancelled"
)

// Job is the last batch run of a run folder.
type Job struct {
	State    string    `json:"state"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
	Stage    int       `json:"stage"` // index into stages of the last stage reached
	Log      []string  `json:"log"`
	Message  string    `json:"message"`
	// Warnings are the 提醒 of a finished run (inputs and documents), for
	// the table beside the results.
	Warnings []Problem `json:"warnings,omitempty"`
}

// Record is run.json.
type Record struct {
	ID      string       `json:"id"`
	Created time.Time    `json:"created"`
	Files   []File       `json:"files"`
	Config  *File        `json:"config"`
	Next    int          `json:"next"` // number for the next uploaded workbook
	Check   *CheckResult `json:"check"`
	Job     *Job         `json:"job"`
	OFD     bool         `json:"ofd"` // also write OFD (the 生成 step's checkbox)
	// Unit holds the unit settings typed on the page, by config key
	// (pipeline.Settings.Form); blank fields are not kept.
	Unit map[string]string `json:"unit,omitempty"`
	// Rev counts changes to what the documents are made from (uploads,
	// settings, wording): previews are kept per revision.
	Rev int `json:"rev"`
}

// run is one run folder in memory. mu guards rec and live and is only ever
// held briefly, so the batch list and the page never wait on a check or an
// upload. work serialises what changes the folder's files — an upload, a
// check (which can take seconds), starting a job, deleting the run — and is
// never taken while holding mu. A job runs without either (its state is in
// live).
type run struct {
	dir  string
	work sync.Mutex
	mu   sync.Mutex
	rec  Record
	live *liveJob // the job queued or running now, or nil
	// deleted: removed from the list while its job was stopping; the job
	// removes the folder when it returns.
	deleted bool
}

func (ru *run) path(parts ...string) string {
	return filepath.Join(append([]string{ru.dir}, parts...)...)
}

// save writes run.json atomically; the caller holds ru.mu.
func (ru *run) save() error {
	b, err := json.MarshalIndent(&ru.rec, "", "  ")
	if err != nil {
		return err
	}
	return archive.WriteBytes(ru.path("run.json"), b)
}

// snapshot copies the record for a response; the caller holds ru.mu.
func (ru *run) snapshot() Record {
	b, _ := json.Marshal(&ru.rec)
	var r Record
	json.Unmarshal(b, &r)
	return r
}

type store struct {
	dir  string
	mu   sync.Mutex
	runs map[string]*run
}

var idRE = regexp.MustCompile(`^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$`)

// openStore loads every run folder. A job that was running when the server
// stopped is marked failed.
func openStore(dir string) (*store, error) {
	st := &store{dir: dir, runs: map[string]*run{}}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !e.IsDir() || !idRE.MatchString(e.Name()) {
			continue
		}
		ru := &run{dir: filepath.Join(dir, e.Name())}
		b, err := os.ReadFile(ru.path("run.json"))
		if err != nil || json.Unmarshal(b, &ru.rec) != nil || ru.rec.ID != e.Name() {
			continue
		}
		if j := ru.rec.Job; j != nil && (j.State == jobQueued || j.State == jobRunning) {
			j.State, j.Message = jobFailed, "服务在生成途中停止，这一次没有完成；请重新生成。"
			ru.save()
		}
		st.runs[ru.rec.ID] = ru
	}
	return st, nil
}

func (st *store) get(id string) *run {
	if !idRE.MatchString(id) {
		return nil
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.runs[id]
}

func (st *store) create() (*run, error) {
	now := time.Now()
	b := make([]byte, 3)
	rand.Read(b)
	id := now.Format("20060102-150405") + "-" + hex.EncodeToString(b)
	ru := &run{dir: filepath.Join(st.dir, id), rec: Record{ID: id, Created: now, Next: 1, Files: []File{}}}
	if err := os.MkdirAll(ru.path("inputs"), 0o700); err != nil {
		return nil, fmt.Errorf("无法创建批次目录：%s", oserr.Describe(err))
	}
	if err := ru.save(); err != nil {
		return nil, err
	}
	st.mu.Lock()
	st.runs[id] = ru
	st.mu.Unlock()
	return ru, nil
}

// list returns the runs, newest first.
func (st *store) list() []*run {
	st.mu.Lock()
	out := make([]*run, 0, len(st.runs))
	for _, ru := range st.runs {
		out = append(out, ru)
	}
	st.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].rec.ID > out[j].rec.ID })
	return out
}

// forget takes a run off the list, leaving its folder.
func (st *store) forget(ru *run) {
	st.mu.Lock()
	delete(st.runs, ru.rec.ID)
	st.mu.Unlock()
}

func (st *store) remove(ru *run) error {
	st.mu.Lock()
	delete(st.runs, ru.rec.ID)
	st.mu.Unlock()
	return os.RemoveAll(ru.dir)
}

// displayName cleans a name from an upload for display: the last path
// component only, no control or bidi-override characters, at most 80
// characters. It is only ever shown and put in Content-Disposition, never
// used as a path.
func displayName(s, fallback string) string {
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		s = s[i+1:]
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) ||
			(r >= 0x200B && r <= 0x200F) || r == 0xFEFF {
			continue
		}
		if n++; n > 80 {
			break
		}
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	if out == "" || out == "." || out == ".." {
		return fallback
	}
	return out
}

// workbookExts are the extensions kept on a saved upload, so that the names
// in messages and annotated copies are the user's (.xls and .et are read;
// a .csv is refused with the sentence for it). Anything else is saved as
// .xlsx.
var workbookExts = map[string]bool{".xlsx": true, ".xlsm": true, ".xls": true, ".et": true, ".ett": true, ".csv": true, ".txt": true}

func serverExt(display string) string {
	ext := strings.ToLower(filepath.Ext(display))
	if workbookExts[ext] {
		return ext
	}
	return ".xlsx"
}
