package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"unicode/utf8"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
)

// wordingDir is the run's folder of edited wording (<run>/templates/), given
// to the pipeline as Settings.Templates: the config's unit.templates
// mechanism, one folder per batch. Only files that differ from the
// built-in wording are kept there.
const wordingDir = "templates"

// editedWording lists the wording files the run has edited.
func (ru *run) editedWording() []string {
	entries, _ := os.ReadDir(ru.path(wordingDir))
	var out []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	return out
}

// wordingView is one wording as the page's editor gets it.
type wordingView struct {
	pipeline.Wording
	Help     string                    `json:"help"`
	Sections []pipeline.WordingSection `json:"sections"`
	Edited   bool                      `json:"edited"`
	Problem  string                    `json:"problem,omitempty"` // why it cannot be edited here
}

// runWordings are the run's wording templates (named as its config names
// them) and the bytes in effect for each: the edited copy or the built-in.
func (s *Server) runWordings(ru *run) ([]pipeline.Wording, *config.Config, error) {
	ru.mu.Lock()
	cfg, err := s.runConfig(ru)
	ru.mu.Unlock()
	if err != nil {
		return nil, nil, err
	}
	return pipeline.Wordings(cfg), cfg, nil
}

func (ru *run) wordingBytes(name string) ([]byte, bool, error) {
	if b, err := os.ReadFile(ru.path(wordingDir, name)); err == nil {
		return b, true, nil
	}
	b, err := pipeline.BuiltinWording(name)
	return b, false, err
}

func (s *Server) wordingViews(ru *run) ([]wordingView, error) {
	ws, _, err := s.runWordings(ru)
	if err != nil {
		return nil, err
	}
	out := []wordingView{}
	for _, w := range ws {
		v := wordingView{Wording: w, Sections: []pipeline.WordingSection{}}
		b, edited, err := ru.wordingBytes(w.Name)
		if err == nil {
			var text *pipeline.WordingText
			if text, err = w.Split(b); err == nil {
				v.Help, v.Sections = text.Help, text.Sections
			}
		}
		if err != nil {
			v.Problem = pipeline.Message(err)
		}
		v.Edited = edited
		out = append(out, v)
	}
	return out, nil
}

func (s *Server) handleWordings(w http.ResponseWriter, r *http.Request, ru *run) {
	views, err := s.wordingViews(ru)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, views)
}

// wordingEdit is a PUT of the editor, or a draft to preview: the sections'
// texts by key.
type wordingEdit struct {
	Sections map[string]string `json:"sections"`
}

// maxWordingBody bounds an edit: a notice's wording is a few KB.
const maxWordingBody = 256 << 10

// wordingProblem is a refused edit: the message, and the section and line
// for the editor to point at.
func wordingProblem(w http.ResponseWriter, err error) {
	var we *pipeline.WordingError
	body := map[string]any{"error": pipeline.Message(err)}
	if errors.As(err, &we) {
		body["section"], body["line"] = we.Section, we.Line
	}
	writeJSON(w, http.StatusBadRequest, body)
}

// jsonDecode reads a JSON request body into v.
func jsonDecode(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	return dec.Decode(v)
}

// edited makes the file an edit of the named wording gives (sections by
// key; those left out keep their text) and checks it
// (pipeline.Wording.Check). On a refusal it has answered.
func (s *Server) edited(w http.ResponseWriter, r *http.Request, ru *run, name string, sections map[string]string) (pipeline.Wording, []byte, bool) {
	ws, _, err := s.runWordings(ru)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return pipeline.Wording{}, nil, false
	}
	var wd *pipeline.Wording
	for i := range ws {
		if ws[i].Name == name {
			wd = &ws[i]
		}
	}
	if wd == nil {
		writeError(w, http.StatusNotFound, "没有这份措辞。")
		return pipeline.Wording{}, nil, false
	}
	for k, t := range sections {
		if !utf8.ValidString(t) || strings.ContainsRune(t, 0) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("“%s”中有无法保存的字符。", k))
			return pipeline.Wording{}, nil, false
		}
	}
	cur, _, err := ru.wordingBytes(name)
	if err != nil {
		writeError(w, http.StatusBadRequest, pipeline.Message(err))
		return pipeline.Wording{}, nil, false
	}
	b, err := wd.Join(cur, sections)
	if err == nil {
		err = wd.Check(b)
	}
	if err != nil {
		wordingProblem(w, err)
		return pipeline.Wording{}, nil, false
	}
	return *wd, b, true
}

// handleWordingSave keeps an edit of one wording with the batch (PUT
// {"sections": {key: text}}), checked first: an unknown placeholder or a
// {{ }} mistake is refused with its section and line, nothing saved. An
// edit back to the built-in wording removes the batch's copy.
func (s *Server) handleWordingSave(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	if busy(w, ru) {
		return
	}
	var req wordingEdit
	r.Body = http.MaxBytesReader(w, r.Body, maxWordingBody)
	if err := jsonDecode(r, &req); err != nil {
		writeError(w, http.StatusBadRequest, "措辞太长或格式不对，请刷新页面后再试。")
		return
	}
	wd, b, ok := s.edited(w, r, ru, r.PathValue("name"), req.Sections)
	if !ok {
		return
	}
	p := ru.path(wordingDir, wd.Name)
	if builtin, err := pipeline.BuiltinWording(wd.Name); err == nil && bytes.Equal(builtin, b) {
		os.Remove(p)
	} else {
		err := os.MkdirAll(ru.path(wordingDir), 0o700)
		if err == nil {
			err = archive.WriteBytes(p, b)
		}
		if err != nil {
			writeError(w, http.StatusInternalServerError, "保存措辞失败："+pipeline.Message(err))
			return
		}
	}
	s.wordingChanged(w, ru)
}

// handleWordingReset goes back to the built-in wording.
func (s *Server) handleWordingReset(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	if busy(w, ru) {
		return
	}
	name := r.PathValue("name")
	for _, n := range ru.editedWording() {
		if n == name {
			if err := os.Remove(ru.path(wordingDir, n)); err != nil {
				writeError(w, http.StatusInternalServerError, "恢复失败："+pipeline.Message(err))
				return
			}
		}
	}
	s.wordingChanged(w, ru)
}

func (s *Server) wordingChanged(w http.ResponseWriter, ru *run) {
	ru.mu.Lock()
	ru.rec.Rev++
	ru.save()
	ru.mu.Unlock()
	s.handleWordings(w, nil, ru)
}
