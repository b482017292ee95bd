package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"pingyou/pipeline"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet"
)

// Stages are the steps the progress list shows, each recognised by the start
// of the line pipeline.Run logs when it begins that step.
var stages = []struct{ Prefix, Label string }{
	{"读取", "读取工作簿"},
	{"评定", "评定等次与表彰"},
	{"排版证书", "排版证书"},
	{"排版表彰决定", "排版表彰决定"},
	{"排版各支部", "排版各支部评议结果通知"},
	{"写出评议结果汇总表", "写出评议结果汇总表"},
	{"完成", "完成"},
}

func stageOf(line string) int {
	for i := len(stages) - 1; i >= 0; i-- {
		if strings.HasPrefix(line, stages[i].Prefix) {
			return i
		}
	}
	return -1
}

// namer rewrites the server's paths and names in pipeline messages into the
// names the user knows.
type namer struct {
	prefixes []string          // folder prefixes to drop
	byName   map[string]string // server name → display name
	stems    map[string]string // server stem (1) → display stem (花名册)
	config   string            // display name of the uploaded config, for pingyou.yaml
}

var (
	serverNameRE = regexp.MustCompile(`\b[0-9]+\.(?:xlsx|xlsm|xls|et|ett|csv|txt)\b`)
	markedNameRE = regexp.MustCompile(`\b([0-9]+)-问题标注\.xlsx`)
)

func newNamer(ru *run) *namer {
	sep := string(filepath.Separator)
	n := &namer{prefixes: []string{ru.path("inputs") + sep, ru.dir + sep}, byName: map[string]string{}, stems: map[string]string{}}
	for _, f := range ru.rec.Files {
		n.byName[f.Name] = f.Display
		n.stems[strings.TrimSuffix(f.Name, filepath.Ext(f.Name))] = strings.TrimSuffix(f.Display, filepath.Ext(f.Display))
	}
	if c := ru.rec.Config; c != nil {
		n.byName[c.Name] = c.Display
		n.config = c.Display
	}
	return n
}

func (n *namer) text(s string) string {
	for _, p := range n.prefixes {
		s = strings.ReplaceAll(s, p, "")
	}
	if n.config != "" {
		s = strings.ReplaceAll(s, pipeline.ConfigFileName, n.config)
	}
	s = markedNameRE.ReplaceAllStringFunc(s, func(m string) string {
		if d, ok := n.stems[markedNameRE.FindStringSubmatch(m)[1]]; ok {
			return d + "-问题标注.xlsx"
		}
		return m
	})
	return serverNameRE.ReplaceAllStringFunc(s, func(m string) string {
		if d, ok := n.byName[m]; ok {
			return d
		}
		return m
	})
}

// problemsOf turns the pipeline's diagnostics into table rows, with files
// and texts in the names the user uploaded.
func problemsOf(diags model.Diagnostics, nm *namer) []Problem {
	out := []Problem{}
	for _, d := range diags {
		file := nm.text(d.Ref.File)
		if n, ok := nm.byName[d.Ref.File]; ok {
			file = n
		}
		out = append(out, Problem{Severity: d.Severity.String(), File: file, Sheet: d.Ref.Sheet, Cell: d.Ref.Cell,
			Problem: nm.text(d.Problem), Value: nm.text(d.Value), Fix: nm.text(d.Fix)})
	}
	return out
}

// lineWriter splits what the pipeline logs into lines.
type lineWriter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	each func(string)
}

func (w *lineWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(b)
	for {
		i := bytes.IndexByte(w.buf.Bytes(), '\n')
		if i < 0 {
			break
		}
		line := string(w.buf.Next(i + 1))
		w.each(strings.TrimRight(line, "\r\n"))
	}
	return len(b), nil
}

// webHelp is the advice about missing unit settings on the page.
var webHelp = config.UnitHelp{File: "上传的方案文件（.yaml）", Form: "本页“单位信息”"}

// formName names the page's unit settings in messages and sources.
const formName = "网页上填写的单位信息"

// options are the pipeline options of a run's batch: its uploads, and the
// settings from the uploaded config or else the built-in scheme, with the
// unit settings from the 单位信息 sheet (pipeline.ResolveSettings, as on
// the command line; the sample unit is never used here). The caller holds
// ru.mu.
func (s *Server) options(ru *run, log *lineWriter) (pipeline.Options, error) {
	set := pipeline.Settings{Help: webHelp, Form: ru.rec.Unit, FormName: formName}
	if len(ru.editedWording()) > 0 {
		set.Templates = ru.path(wordingDir)
	}
	if c := ru.rec.Config; c != nil {
		// Checked again: an uploaded config may not name server files.
		if _, err := loadRunConfig(ru.path("inputs", c.Name), c.Display); err != nil {
			return pipeline.Options{}, err
		}
		set.Config = ru.path("inputs", c.Name)
	}
	if ru.rec.OFD {
		set.Formats = []string{config.FormatOFD}
	}
	var inputs []string
	for _, f := range ru.rec.Files {
		inputs = append(inputs, ru.path("inputs", f.Name))
	}
	return pipeline.Options{Settings: set, Inputs: inputs, OutDir: ru.path("out"), Force: true, Log: log, Program: s.cfg.Program}, nil
}

// unitRows are the form's rows: what each place gives and the value in
// effect, with the files in the names the user knows.
func unitRows(r *pipeline.Resolved, nm *namer) []UnitRow {
	out := []UnitRow{}
	if r == nil {
		return out
	}
	eff := map[string]config.Origin{}
	for _, o := range r.Origins {
		eff[o.Key] = o
	}
	for _, s := range r.Sources {
		row := UnitRow{Key: s.Key, Form: s.Form, Sheet: s.Sheet, SheetAt: nm.text(s.SheetAt), File: s.File, FileAt: nm.text(s.FileAt), Conflict: s.Conflict}
		if o, ok := eff[s.Key]; ok && !s.Conflict {
			row.Value, row.From = o.Value, nm.text(o.From)
		}
		out = append(out, row)
	}
	return out
}

// settingsOf is what the page shows of the resolved settings.
func settingsOf(r *pipeline.Resolved, nm *namer) ([]Setting, string) {
	out := []Setting{}
	if r == nil {
		return out, ""
	}
	if !r.Diags.HasErrors() {
		for _, o := range r.Origins {
			out = append(out, Setting{Label: o.Label, Value: o.Value, From: nm.text(o.From)})
		}
	}
	scheme := config.BuiltinSource
	if !r.Config.SchemeBuiltin {
		scheme = nm.text(r.Config.Name())
	}
	return out, scheme
}

// check runs pipeline.Check on the run's files and stores the outcome. The
// caller holds ru.work and not ru.mu: the check runs without ru.mu, so the
// batch list and the run's page answer while it reads.
func (s *Server) check(ru *run) {
	ru.mu.Lock()
	if len(ru.rec.Files) == 0 {
		ru.rec.Check = nil
		ru.save()
		ru.mu.Unlock()
		return
	}
	nm := newNamer(ru)
	opt, err := s.options(ru, &lineWriter{each: func(string) {}})
	ru.mu.Unlock()

	os.RemoveAll(ru.path("问题标注"))
	res := &CheckResult{Time: time.Now(), Problems: []Problem{}, Marked: []File{}, Settings: []Setting{}, Unit: []UnitRow{}}
	var diags model.Diagnostics
	var resolved *pipeline.Resolved
	if err == nil {
		opt.Diagnostics = func(d model.Diagnostics) { diags = append(diags, d...) }
		opt.OnSettings = func(r *pipeline.Resolved) { resolved = r }
		err = s.checkBatch(opt)
	}
	res.Problems = problemsOf(diags, nm)
	res.Settings, res.Scheme = settingsOf(resolved, nm)
	res.Unit = unitRows(resolved, nm)
	s.finishCheck(ru, res, nm, err)

	ru.mu.Lock()
	defer ru.mu.Unlock()
	ru.rec.Check = res
	ru.save()
}

// finishCheck fills in the verdict, the counts and the annotated copies.
func (s *Server) finishCheck(ru *run, res *CheckResult, nm *namer, err error) {
	var fe *sheet.FileError
	if errors.As(err, &fe) {
		file := nm.text(filepath.Base(fe.Path))
		res.Problems = append(res.Problems, Problem{Severity: "错误", File: file, Problem: nm.text(pipeline.Message(fe)),
			Fix: "换一份能打开的 .xlsx 文件，用同样的文件名重新上传即可替换"})
	}
	for _, p := range res.Problems {
		if p.Severity == "错误" {
			res.Errors++
		} else {
			res.Warnings++
		}
	}
	switch {
	case err == nil:
		res.OK = true
		res.Message = fmt.Sprintf("检查通过：没有错误，%d 个提醒。可以生成了。", res.Warnings)
	case errors.Is(err, pipeline.ErrInput):
		res.Message = fmt.Sprintf("发现 %d 个错误、%d 个提醒。请按表中的提示改好工作簿，再用同样的文件名重新上传。", res.Errors, res.Warnings)
	case fe != nil:
		res.Message = "有文件无法读取：" + nm.text(pipeline.Message(fe))
	default:
		if res.Errors == 0 {
			res.Errors = 1
		}
		res.Message = "无法检查：" + nm.text(pipeline.Message(err))
	}
	entries, _ := os.ReadDir(ru.path("问题标注"))
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		info, _ := e.Info()
		f := File{Name: e.Name(), Display: nm.text(e.Name())}
		if info != nil {
			f.Size, f.Uploaded = info.Size(), info.ModTime()
		}
		res.Marked = append(res.Marked, f)
	}
}

// liveJob is the progress of a batch being generated, for event streams,
// and the means to stop it.
type liveJob struct {
	mu     sync.Mutex
	lines  []string
	stage  int
	done   bool
	state  string
	msg    string
	notify chan struct{} // closed and replaced on every change

	cancel    context.CancelFunc // stops the batch (pipeline.Options.Context)
	release   func()             // frees the server's job slot; nil until taken
	cancelled bool
	stopped   chan struct{} // closed when the job's goroutine has returned
}

func newLiveJob() *liveJob {
	return &liveJob{stage: -1, state: jobQueued, notify: make(chan struct{}), stopped: make(chan struct{})}
}

func (l *liveJob) update(f func()) {
	l.mu.Lock()
	f()
	close(l.notify)
	l.notify = make(chan struct{})
	l.mu.Unlock()
}

// since returns what happened from line `from` on, and a channel closed at
// the next change.
func (l *liveJob) since(from int) (lines []string, stage int, state, msg string, done bool, next <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if from < len(l.lines) {
		lines = append(lines, l.lines[from:]...)
	}
	return lines, l.stage, l.state, l.msg, l.done, l.notify
}

// stop cancels the job and frees the server's job slot at once: a batch
// that does not notice the cancellation (stuck in one document) must not
// hold back the others. Its own results are discarded when it returns.
func (l *liveJob) stop() {
	l.mu.Lock()
	l.cancelled = true
	release := l.release
	l.mu.Unlock()
	l.cancel()
	if release != nil {
		release()
	}
	l.update(func() { l.msg = "正在取消 …" })
}

// start queues a batch for the run; the caller holds ru.mu (and ru.work).
func (s *Server) start(ru *run) error {
	live := newLiveJob()
	job := &Job{State: jobQueued, Started: time.Now(), Stage: -1, Log: []string{}}
	nm := newNamer(ru)
	lw := &lineWriter{each: func(l string) {
		shown := nm.text(l)
		ru.mu.Lock()
		job.Log = append(job.Log, shown)
		if k := stageOf(l); k > job.Stage {
			job.Stage = k
		}
		ru.mu.Unlock()
		live.update(func() {
			live.lines = append(live.lines, shown)
			live.stage = max(live.stage, stageOf(l))
		})
	}}
	opt, err := s.options(ru, lw)
	if err != nil {
		return err
	}
	if opt.Inputs, err = namedCopies(ru, ru.path("named")); err != nil {
		return err
	}
	// Counts per stage ("证书：4,000/9,100（44%）…") come as plain lines,
	// every ten seconds while a long stage runs; the log goes through the
	// same writer so lines never mix.
	prog := pipeline.NewProgress(lw, false, false)
	opt.Progress, opt.Log = prog, prog
	var diags model.Diagnostics // read after Run returns, on the same goroutine
	opt.Diagnostics = func(d model.Diagnostics) { diags = append(diags, d...) }
	ctx, cancel := context.WithCancel(context.Background())
	opt.Context, live.cancel = ctx, cancel
	ru.rec.Job, ru.live = job, live
	ru.save()
	go func() {
		defer close(live.stopped)
		defer cancel()
		select { // one batch at a time on the server; a queued one can be cancelled
		case s.jobs <- struct{}{}:
		case <-ctx.Done():
			s.finishJob(ru, job, live, nm, nil, pipeline.ErrCancelled)
			return
		}
		release := sync.OnceFunc(func() { <-s.jobs })
		defer release()
		live.mu.Lock()
		live.release = release
		cancelled := live.cancelled
		live.mu.Unlock()
		if cancelled {
			release()
		}
		ru.mu.Lock()
		job.State = jobRunning
		ru.save()
		ru.mu.Unlock()
		live.update(func() { live.state = jobRunning })
		s.logf("生成批次 %s …", ru.rec.ID)

		err := s.runBatch(opt)

		s.finishJob(ru, job, live, nm, diags, err)
	}()
	return nil
}

// finishJob records how a job ended. A run deleted while its job was
// stopping is removed now that nothing writes into it.
func (s *Server) finishJob(ru *run, job *Job, live *liveJob, nm *namer, diags model.Diagnostics, err error) {
	live.mu.Lock()
	cancelled := live.cancelled
	live.mu.Unlock()
	ru.mu.Lock()
	job.Finished = time.Now()
	switch {
	case err == nil:
		job.State, job.Message = jobDone, "生成完成。"
		job.Warnings = problemsOf(diags, nm)
		if n := len(job.Warnings); n > 0 {
			job.Message = fmt.Sprintf("生成完成，有 %d 条提醒，请看结果旁的提醒表。", n)
		}
	case cancelled || errors.Is(err, pipeline.ErrCancelled):
		job.State, job.Message = jobCancelled, "已取消生成；原有结果没有改动。"
	default:
		job.State, job.Message = jobFailed, "没有生成："+nm.text(pipeline.Message(err))
		if errors.Is(err, pipeline.ErrInput) || isFileError(err) {
			// The run stopped at the input: show its problems like a check.
			res := &CheckResult{Time: time.Now(), Marked: []File{}, Settings: []Setting{}, Unit: []UnitRow{}}
			if old := ru.rec.Check; old != nil { // the form keeps its sources
				res.Settings, res.Scheme, res.Unit = old.Settings, old.Scheme, old.Unit
			}
			res.Problems = problemsOf(diags, nm)
			s.finishCheck(ru, res, nm, err)
			ru.rec.Check = res
		}
	}
	ru.live = nil
	deleted := ru.deleted
	if !deleted {
		ru.save()
	}
	state, msg := job.State, job.Message
	ru.mu.Unlock()
	if deleted {
		os.RemoveAll(ru.dir)
	}
	s.logf("批次 %s：%s", ru.rec.ID, msg)
	live.update(func() { live.done, live.state, live.msg = true, state, msg })
}

func isFileError(err error) bool {
	var fe *sheet.FileError
	return errors.As(err, &fe)
}

// handleEvents streams a job's progress as server-sent events: "line" for
// each log line (id = line number, data = {line, stage}), "state" when the
// job starts running, and "done" at the end ({state, message}). A client
// reconnecting with Last-Event-ID gets only what it missed.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request, ru *run) {
	fl, ok := w.(http.Flusher)
	if !ok {
		writeError(w, http.StatusInternalServerError, "不支持进度推送")
		return
	}
	from := 0
	if id, err := strconv.Atoi(r.Header.Get("Last-Event-ID")); err == nil && id >= 0 {
		from = id + 1
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	send := func(event string, id int, v any) {
		b, _ := json.Marshal(v)
		if id >= 0 {
			fmt.Fprintf(w, "id: %d\n", id)
		}
		fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b)
	}
	ru.mu.Lock()
	live := ru.live
	var rec Job
	if ru.rec.Job != nil {
		rec = *ru.rec.Job
		rec.Log = append([]string(nil), rec.Log...)
	}
	ru.mu.Unlock()
	if live == nil { // finished (or never run): replay and end
		for i := from; i < len(rec.Log); i++ {
			send("line", i, map[string]any{"line": rec.Log[i], "stage": stageOf(rec.Log[i])})
		}
		send("done", -1, map[string]string{"state": rec.State, "message": rec.Message})
		fl.Flush()
		return
	}
	tick := time.NewTicker(15 * time.Second)
	defer tick.Stop()
	lastState := ""
	for {
		lines, _, state, msg, done, next := live.since(from)
		for _, l := range lines {
			send("line", from, map[string]any{"line": l, "stage": stageOf(l)})
			from++
		}
		if state != lastState && !done {
			send("state", -1, map[string]string{"state": state})
			lastState = state
		}
		if done {
			send("done", -1, map[string]string{"state": state, "message": msg})
			fl.Flush()
			return
		}
		fl.Flush()
		select {
		case <-next:
		case <-tick.C:
			fmt.Fprint(w, ": keep-alive\n\n")
			fl.Flush()
		case <-r.Context().Done():
			return
		}
	}
}
