package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet"
)

// unitField is a row of the page's 单位信息 form (sheet.UnitFields: the
// same table the sheet, the reader and the messages are built from).
type unitField struct {
	Key      string `json:"key"`
	Label    string `json:"label"`
	Required bool   `json:"required"`
	Example  string `json:"example"`
	Help     string `json:"help"`
}

func unitFields() []unitField {
	out := []unitField{}
	for _, f := range sheet.UnitFields {
		out = append(out, unitField{Key: f.Key, Label: f.Label, Required: f.Required, Example: f.Example, Help: f.Help})
	}
	return out
}

// maxUnitBody bounds a PUT of the form: 15 fields of at most 200 characters.
const maxUnitBody = 64 << 10

// handleUnit saves the unit settings typed on the page: PUT {"values":
// {key: text}} replaces what the form held, blank fields dropped. They are
// the batch's own settings, kept in run.json. A value the 单位信息 sheet
// would refuse is refused in the same words, naming the field
// ({"error", "field"}), and nothing is saved. The batch is checked again:
// a value the sheet or the uploaded config gives differently is reported
// there as a conflict, never resolved by precedence.
func (s *Server) handleUnit(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.work.Lock()
	defer ru.work.Unlock()
	if busy(w, ru) {
		return
	}
	var req struct {
		Values map[string]string `json:"values"`
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUnitBody)
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, "单位信息太长，请核对后再保存。")
			return
		}
		writeError(w, http.StatusBadRequest, "单位信息的格式不对，请刷新页面后再试。")
		return
	}
	values := map[string]string{}
	for _, f := range sheet.UnitFields {
		text := strings.TrimSpace(req.Values[f.Key])
		if text == "" {
			continue
		}
		if _, d := sheet.ParseUnitValue(f, text); d != nil && d.Severity == model.Error {
			msg := "“" + f.Label + "”：" + d.Problem
			if d.Fix != "" {
				msg += "。" + d.Fix
			}
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": msg + "。没有保存，请改好后再保存。", "field": f.Key})
			return
		}
		values[f.Key] = text
	}
	for k := range req.Values {
		if _, ok := sheet.UnitFieldByKey(k); !ok {
			writeError(w, http.StatusBadRequest, "没有“"+k+"”这一项单位信息，请刷新页面后再试。")
			return
		}
	}
	ru.mu.Lock()
	ru.rec.Unit = values
	if len(values) == 0 {
		ru.rec.Unit = nil
	}
	ru.rec.Rev++
	ru.save()
	ru.mu.Unlock()
	s.check(ru)
	s.respond(w, http.StatusOK, ru)
}
