package web

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
)

// runView is a run as the page gets it: the record, whether its files
// changed after the last job, and the outputs of a finished job.
type runView struct {
	Record
	Running bool     `json:"running"`
	Outputs []output `json:"outputs"`
}

type output struct {
	Path  string `json:"path"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Size  int64  `json:"size"`
	PDF   bool   `json:"pdf"`
}

// view builds the response for a run; the caller holds ru.mu.
func (s *Server) view(ru *run) runView {
	v := runView{Record: ru.snapshot(), Running: ru.live != nil, Outputs: []output{}}
	if j := ru.rec.Job; j != nil && j.State == jobDone {
		if m, err := archive.ReadManifest(ru.path("out")); err == nil {
			for _, e := range m.Files {
				v.Outputs = append(v.Outputs, output{Path: e.Path, Kind: e.Kind, Title: e.Title, Size: e.Size,
					PDF: strings.HasSuffix(strings.ToLower(e.Path), ".pdf")})
			}
		}
	}
	return v
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	type summary struct {
		ID      string    `json:"id"`
		Created time.Time `json:"created"`
		Files   []string  `json:"files"`
		Check   string    `json:"check"` // "", ok, errors
		Job     string    `json:"job"`   // "", queued, running, done, failed
	}
	out := []summary{}
	for _, ru := range s.store.list() {
		ru.mu.Lock()
		sm := summary{ID: ru.rec.ID, Created: ru.rec.Created, Files: []string{}}
		for _, f := range ru.rec.Files {
			sm.Files = append(sm.Files, f.Display)
		}
		if c := ru.rec.Check; c != nil {
			sm.Check = "errors"
			if c.OK {
				sm.Check = "ok"
			}
		}
		if j := ru.rec.Job; j != nil {
			sm.Job = j.State
		}
		ru.mu.Unlock()
		out = append(out, sm)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleCreate(w http.ResponseWriter, r *http.Request) {
	ru, err := s.store.create()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	ru.mu.Lock()
	defer ru.mu.Unlock()
	writeJSON(w, http.StatusCreated, s.view(ru))
}

func (s *Server) handleGet(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.mu.Lock()
	defer ru.mu.Unlock()
	writeJSON(w, http.StatusOK, s.view(ru))
}

// handleDelete removes a run. A queued or running job is cancelled first;
// one that does not stop at once (stuck in a document) leaves the list now
// and its folder goes when the job returns.
func (s *Server) handleDelete(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.mu.Lock()
	live := ru.live
	ru.mu.Unlock()
	if live != nil {
		live.stop()
		select {
		case <-live.stopped:
		case <-time.After(stopWait):
		}
	}
	ru.work.Lock()
	defer ru.work.Unlock()
	ru.mu.Lock()
	running := ru.live != nil
	if running {
		ru.deleted = true
	}
	ru.mu.Unlock()
	if running {
		s.store.forget(ru)
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if err := s.store.remove(ru); err != nil {
		writeError(w, http.StatusInternalServerError, "删除失败："+pipeline.Message(err))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// stopWait is how long a delete waits for a cancelled job to stop.
const stopWait = 3 * time.Second

// handleCancel stops the run's queued or running job; the output folder
// keeps the earlier results.
func (s *Server) handleCancel(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.mu.Lock()
	live := ru.live
	ru.mu.Unlock()
	if live == nil {
		writeError(w, http.StatusConflict, "这个批次没有正在进行的生成。")
		return
	}
	live.stop()
	select {
	case <-live.stopped:
	case <-time.After(2 * time.Second): // answer soon; the page follows the job's events
	}
	ru.mu.Lock()
	defer ru.mu.Unlock()
	writeJSON(w, http.StatusAccepted, s.view(ru))
}

// busy answers 409 when a batch is being generated.
func busy(w http.ResponseWriter, ru *run) bool {
	ru.mu.Lock()
	live := ru.live != nil
	ru.mu.Unlock()
	if live {
		writeError(w, http.StatusConflict, "正在生成，请等生成完成（或取消）后再修改或检查。")
		return true
	}
	return false
}

// respond sends the run's view.
func (s *Server) respond(w http.ResponseWriter, code int, ru *run) {
	ru.mu.Lock()
	defer ru.mu.Unlock()
	writeJSON(w, code, s.view(ru))
}

// staged is an upload written to a temporary file, not yet committed.
type staged struct {
	field   string // workbook or config
	display string
	tmp     string
	size    int64
}

// handleUpload takes multipart fields "workbook" (any number) and "config"
// (one scheme file). A workbook with the same display name as one already in
// the run replaces it. Nothing changes unless every part is accepted; the
// run is then checked again.
func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	if busy(w, ru) {
		return
	}
	parts, refused := s.receive(w, r, ru)
	defer func() {
		for _, p := range parts {
			if p.tmp != "" {
				os.Remove(p.tmp)
			}
		}
	}()
	if refused != nil {
		writeError(w, refused.code, refused.msg)
		return
	}
	ru.mu.Lock()
	defer ru.mu.Unlock()
	if refused := s.accept(ru, parts); refused != nil {
		writeError(w, refused.code, refused.msg)
		return
	}
	if err := commit(ru, parts); err != nil {
		writeError(w, http.StatusInternalServerError, pipeline.Message(err))
		return
	}
	ru.save()
	ru.mu.Unlock()
	s.check(ru)
	ru.mu.Lock()
	writeJSON(w, http.StatusOK, s.view(ru))
}

// refusal is why an upload was refused: the status and what the page shows.
type refusal struct {
	code int
	msg  string
}

// receive saves every workbook and config part of the request into
// temporary files in the run's inputs folder, within the size limits. It
// returns the parts saved, also when it refuses (their files are the
// caller's to remove).
func (s *Server) receive(w http.ResponseWriter, r *http.Request, ru *run) ([]staged, *refusal) {
	maxFile := s.cfg.MaxFileSize
	maxBody := maxFile*int64(s.cfg.MaxFiles) + DefaultMaxConfigSize + 1<<20
	tooMuch := &refusal{http.StatusRequestEntityTooLarge, fmt.Sprintf("上传的内容太大：每个工作簿不能超过 %s，一个批次最多 %d 个工作簿。请删除表格中无关的工作表和图片后另存再试。", mb(maxFile), s.cfg.MaxFiles)}
	if r.ContentLength > maxBody {
		return nil, tooMuch
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, &refusal{http.StatusBadRequest, "上传请求的格式不对，请在页面上选择文件上传。"}
	}
	var parts []staged
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return parts, tooMuch
		} else if err != nil {
			return parts, &refusal{http.StatusBadRequest, "上传没有完成，请重试。"}
		}
		field := part.FormName()
		if field != "workbook" && field != "config" {
			part.Close()
			continue
		}
		limit, fallback, what := maxFile, "未命名.xlsx", "工作簿"
		if field == "config" {
			limit, fallback, what = DefaultMaxConfigSize, "方案.yaml", "方案文件"
		}
		st := staged{field: field, display: displayName(part.FileName(), fallback)}
		st.tmp, st.size, err = saveTemp(ru.path("inputs"), part, limit)
		if st.tmp != "" {
			parts = append(parts, st)
		}
		switch {
		case err == nil:
		case errors.As(err, &mbe):
			return parts, tooMuch
		case errors.Is(err, errTooLarge):
			return parts, &refusal{http.StatusRequestEntityTooLarge, fmt.Sprintf("“%s”太大：每个%s不能超过 %s，没有上传任何文件。请删除表格中无关的工作表和图片后另存再试。", st.display, what, mb(limit))}
		default:
			return parts, &refusal{http.StatusBadRequest, "上传没有完成，请重试：" + pipeline.Message(err)}
		}
	}
	if len(parts) == 0 {
		return nil, &refusal{http.StatusBadRequest, "没有收到文件，请选择要上传的工作簿。"}
	}
	return parts, nil
}

// accept refuses parts that would make the run hold too many workbooks
// (replacements count once) or a scheme that does not load. ru.mu is held.
func (s *Server) accept(ru *run, parts []staged) *refusal {
	names := map[string]bool{}
	for _, f := range ru.rec.Files {
		names[f.Display] = true
	}
	for _, p := range parts {
		if p.field == "workbook" {
			names[p.display] = true
		}
	}
	if len(names) > s.cfg.MaxFiles {
		return &refusal{http.StatusRequestEntityTooLarge, fmt.Sprintf("一个批次最多 %d 个工作簿，没有上传任何文件。", s.cfg.MaxFiles)}
	}
	for _, p := range parts {
		if p.field == "config" {
			if _, err := loadRunConfig(p.tmp, p.display); err != nil {
				return &refusal{http.StatusBadRequest, err.Error()}
			}
		}
	}
	return nil
}

// commit moves the accepted parts into the run under names the server
// chooses and records them; a workbook replaces the one of the same
// display name. A part moved has tmp "". ru.mu is held.
func commit(ru *run, parts []staged) error {
	now := time.Now()
	ru.rec.Rev++
	for i := range parts {
		p := &parts[i]
		if p.field == "config" {
			if err := os.Rename(p.tmp, ru.path("inputs", "pingyou.yaml")); err != nil {
				return err
			}
			p.tmp = ""
			ru.rec.Config = &File{Name: "pingyou.yaml", Display: p.display, Size: p.size, Uploaded: now}
			continue
		}
		f := File{Name: strconv.Itoa(ru.rec.Next) + serverExt(p.display), Display: p.display, Size: p.size, Uploaded: now}
		if err := os.Rename(p.tmp, ru.path("inputs", f.Name)); err != nil {
			return err
		}
		p.tmp = ""
		ru.rec.Next++
		replaced := false
		for j, old := range ru.rec.Files {
			if old.Display == f.Display {
				os.Remove(ru.path("inputs", old.Name))
				ru.rec.Files[j], replaced = f, true
				break
			}
		}
		if !replaced {
			ru.rec.Files = append(ru.rec.Files, f)
		}
	}
	return nil
}

var errTooLarge = errors.New("too large")

// saveTemp copies at most limit bytes of r into a new temporary file in dir.
// It returns the file (to be removed by the caller) even on error.
func saveTemp(dir string, r *multipart.Part, limit int64) (string, int64, error) {
	defer r.Close()
	f, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return "", 0, err
	}
	n, err := io.Copy(f, io.LimitReader(r, limit+1))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && n > limit {
		err = errTooLarge
	}
	return f.Name(), n, err
}

// loadRunConfig reads an uploaded scheme. The web app refuses settings that
// name files on the server (templates folder, fonts folder, font paths, seal
// images): a page user must not make the server read arbitrary files.
func loadRunConfig(path, display string) (*config.Config, error) {
	cfg, err := config.Load(path)
	if err != nil {
		msg := strings.ReplaceAll(pipeline.Message(err), path, display)
		return nil, errors.New(strings.ReplaceAll(msg, filepath.Base(path), display))
	}
	var bad []string
	if cfg.Unit.Templates != "" {
		bad = append(bad, "unit.templates")
	}
	if cfg.Fonts.Dir != "" {
		bad = append(bad, "fonts.dir")
	}
	if cfg.Decision.Seal != "" || cfg.BranchNotice.Seal != "" || cfg.Certificates.Seal != "" {
		bad = append(bad, "印章图片（seal）")
	}
	// Template and layout names become paths in the batch's wording folder.
	for _, n := range []struct{ key, name string }{{"decision.template", cfg.Decision.Template},
		{"branch_notice.template", cfg.BranchNotice.Template}, {"certificates.layout", cfg.Certificates.Layout}} {
		if n.name == "" || strings.ContainsAny(n.name, `/\:`) || strings.HasPrefix(n.name, ".") {
			bad = append(bad, n.key)
		}
	}
	for k, v := range cfg.Fonts.Faces {
		if v == "" || filepath.IsAbs(v) || strings.ContainsAny(v, `/\:`) || strings.HasPrefix(v, "..") {
			bad = append(bad, "fonts.faces."+k)
		}
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("方案文件“%s”引用了服务器上的文件（%s）。网页版只使用内置模板、程序旁的 fonts 目录，不能使用印章图片；请删去这些设置后再上传，或改用命令行 pingyou run。", display, strings.Join(bad, "、"))
	}
	return cfg, nil
}

// runConfig is the run's config for its templates' columns: the uploaded
// one or the built-in scheme (never the sample unit).
func (s *Server) runConfig(ru *run) (*config.Config, error) {
	if c := ru.rec.Config; c != nil {
		return loadRunConfig(ru.path("inputs", c.Name), c.Display)
	}
	return config.Builtin(), nil
}

func (s *Server) handleRemoveFile(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	if busy(w, ru) {
		return
	}
	name := r.PathValue("name")
	ru.mu.Lock()
	found := false
	for i, f := range ru.rec.Files {
		if f.Name == name {
			os.Remove(ru.path("inputs", f.Name))
			ru.rec.Files = append(ru.rec.Files[:i], ru.rec.Files[i+1:]...)
			ru.rec.Rev++
			ru.save()
			found = true
			break
		}
	}
	ru.mu.Unlock()
	if !found {
		writeError(w, http.StatusNotFound, "这个批次中没有这个文件。")
		return
	}
	s.check(ru)
	s.respond(w, http.StatusOK, ru)
}

func (s *Server) handleRemoveConfig(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	if busy(w, ru) {
		return
	}
	ru.mu.Lock()
	had := ru.rec.Config != nil
	if had {
		os.Remove(ru.path("inputs", ru.rec.Config.Name))
		ru.rec.Config = nil
		ru.rec.Rev++
		ru.save()
	}
	ru.mu.Unlock()
	if had {
		s.check(ru)
	}
	s.respond(w, http.StatusOK, ru)
}

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	if busy(w, ru) {
		return
	}
	ru.mu.Lock()
	n := len(ru.rec.Files)
	ru.mu.Unlock()
	if n == 0 {
		writeError(w, http.StatusBadRequest, "请先上传花名册和测评表。")
		return
	}
	s.check(ru)
	s.respond(w, http.StatusOK, ru)
}

func (s *Server) handleRun(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	ru.mu.Lock()
	defer ru.mu.Unlock()
	if ru.live != nil {
		writeError(w, http.StatusConflict, "正在生成，请等生成完成（或取消）后再修改或检查。")
		return
	}
	if len(ru.rec.Files) == 0 {
		writeError(w, http.StatusBadRequest, "请先上传花名册和测评表。")
		return
	}
	ru.rec.OFD = r.URL.Query().Get("ofd") == "1"
	if err := s.start(ru); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusAccepted, s.view(ru))
}
