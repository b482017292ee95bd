package web

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"mime"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"time"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
)

// attachment sets Content-Disposition with a UTF-8 file name (RFC 6266/5987).
func attachment(w http.ResponseWriter, kind, name string) {
	w.Header().Set("Content-Disposition", mime.FormatMediaType(kind, map[string]string{"filename": name}))
}

func contentType(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".pdf":
		return "application/pdf"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case ".csv":
		return "text/csv; charset=utf-8"
	case ".json":
		return "application/json; charset=utf-8"
	case ".png":
		return "image/png"
	case ".zip":
		return "application/zip"
	}
	return "application/octet-stream"
}

// serveFile sends a file the server chose by name.
func serveFile(w http.ResponseWriter, r *http.Request, file, name string, inline bool) {
	f, err := os.Open(file)
	if err != nil {
		writeError(w, http.StatusNotFound, "文件不存在，可能已被删除或重新生成。")
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		writeError(w, http.StatusNotFound, "文件不存在。")
		return
	}
	kind := "attachment"
	if inline {
		kind = "inline"
	}
	attachment(w, kind, name)
	w.Header().Set("Content-Type", contentType(name))
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", st.ModTime(), f)
}

func (s *Server) handleMarked(w http.ResponseWriter, r *http.Request, ru *run) {
	ru.mu.Lock()
	var found *File
	if c := ru.rec.Check; c != nil {
		for _, f := range c.Marked {
			if f.Name == r.PathValue("name") {
				found = &f
				break
			}
		}
	}
	ru.mu.Unlock()
	if found == nil {
		writeError(w, http.StatusNotFound, "没有这个标注文件，请重新检查。")
		return
	}
	serveFile(w, r, ru.path("问题标注", found.Name), found.Display, false)
}

// manifestEntry finds p among the files of the run's finished output.
func (s *Server) manifest(ru *run) *archive.Manifest {
	ru.mu.Lock()
	done := ru.rec.Job != nil && ru.rec.Job.State == jobDone && ru.live == nil
	ru.mu.Unlock()
	if !done {
		return nil
	}
	m, err := archive.ReadManifest(ru.path("out"))
	if err != nil {
		return nil
	}
	return m
}

// outputFile resolves ?path= to a file listed in the manifest (or the
// manifest itself); nothing else under the run can be named.
func (s *Server) outputFile(w http.ResponseWriter, r *http.Request, ru *run) (string, bool) {
	p := r.URL.Query().Get("path")
	m := s.manifest(ru)
	if m == nil {
		writeError(w, http.StatusNotFound, "这个批次还没有生成结果。")
		return "", false
	}
	if p == archive.ManifestName {
		return p, true
	}
	for _, e := range m.Files {
		if e.Path == p {
			return p, true
		}
	}
	writeError(w, http.StatusNotFound, "结果中没有这个文件。")
	return "", false
}

func (s *Server) handleOutput(w http.ResponseWriter, r *http.Request, ru *run) {
	p, ok := s.outputFile(w, r, ru)
	if !ok {
		return
	}
	inline := r.URL.Query().Get("download") == "" && strings.HasSuffix(p, ".pdf")
	serveFile(w, r, filepath.Join(ru.path("out"), filepath.FromSlash(p)), path.Base(p), inline)
}

// handlePreview renders the first page of an output PDF to PNG with
// pdftoppm, once, into previews/. Without pdftoppm it answers 404 and the
// page shows the PDF in an <iframe> instead.
func (s *Server) handlePreview(w http.ResponseWriter, r *http.Request, ru *run) {
	if s.pdftoppm == "" {
		writeError(w, http.StatusNotFound, "服务器上没有 pdftoppm，无法生成缩略图。")
		return
	}
	p, ok := s.outputFile(w, r, ru)
	if !ok {
		return
	}
	if !strings.HasSuffix(p, ".pdf") {
		writeError(w, http.StatusNotFound, "只有 PDF 文件有预览。")
		return
	}
	src := filepath.Join(ru.path("out"), filepath.FromSlash(p))
	st, err := os.Stat(src)
	if err != nil {
		writeError(w, http.StatusNotFound, "文件不存在。")
		return
	}
	sum := sha256.Sum256([]byte(p + "\x00" + st.ModTime().String()))
	stem := filepath.Join(ru.path("previews"), hex.EncodeToString(sum[:12]))
	png := stem + ".png"
	if _, err := os.Stat(png); err != nil {
		waited, err := s.pagePNG(r, src, png, "1", "-scale-to", "480")
		if !waited {
			return
		}
		if err != nil {
			writeError(w, http.StatusInternalServerError, "生成预览失败。")
			return
		}
	}
	w.Header().Set("Cache-Control", "private, max-age=3600")
	serveFile(w, r, png, "预览.png", true)
}

// pagePNG draws one page of the PDF src as png with pdftoppm (size: its
// options, such as -r 110), one drawing at a time on the server, under a
// temporary name first. waited is false when the request went away while
// it waited for its turn.
func (s *Server) pagePNG(r *http.Request, src, png, page string, size ...string) (waited bool, err error) {
	select {
	case s.previews <- struct{}{}:
	case <-r.Context().Done():
		return false, nil
	}
	defer func() { <-s.previews }()
	if err := os.MkdirAll(filepath.Dir(png), 0o700); err != nil {
		return true, err
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	tmp := strings.TrimSuffix(png, ".png") + ".tmp"
	args := append([]string{"-png", "-f", page, "-l", page, "-singlefile"}, size...)
	if err := exec.CommandContext(ctx, s.pdftoppm, append(args, src, tmp)...).Run(); err != nil {
		return true, err
	}
	return true, os.Rename(tmp+".png", png)
}

// zipTime is the fixed time stamped on every zip entry, so the same results
// give the same zip.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// writeZip writes the files under dir named by rel (slash paths) into a zip.
func writeZip(w io.Writer, dir string, rel []string) error {
	zw := zip.NewWriter(w)
	for _, p := range rel {
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		h := &zip.FileHeader{Name: p, Method: zip.Deflate, Modified: zipTime}
		h.Flags |= 0x800 // names are UTF-8
		zf, err := zw.CreateHeader(h)
		if err == nil {
			_, err = io.Copy(zf, f)
		}
		f.Close()
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

// handleZip sends the whole output folder as it is on disk: every file of
// the manifest and manifest.json, so `pingyou verify` passes on the
// unpacked folder.
func (s *Server) handleZip(w http.ResponseWriter, r *http.Request, ru *run) {
	m := s.manifest(ru)
	if m == nil {
		writeError(w, http.StatusNotFound, "这个批次还没有生成结果。")
		return
	}
	rel := []string{archive.ManifestName}
	for _, e := range m.Files {
		rel = append(rel, e.Path)
	}
	w.Header().Set("Content-Type", "application/zip")
	attachment(w, "attachment", "评议结果-"+ru.rec.ID+".zip")
	if err := writeZip(w, ru.path("out"), rel); err != nil {
		s.logf("打包批次 %s 失败：%v", ru.rec.ID, err)
	}
}

// handleTemplates sends the blank input templates (pipeline.Init) as a zip;
// ?run= uses that run's uploaded scheme for the score columns.
func (s *Server) handleTemplates(w http.ResponseWriter, r *http.Request) {
	cfg := config.Builtin()
	if id := r.URL.Query().Get("run"); id != "" {
		if ru := s.store.get(id); ru != nil {
			ru.mu.Lock()
			c, err := s.runConfig(ru)
			ru.mu.Unlock()
			if err == nil {
				cfg = c
			}
		}
	}
	dir, err := os.MkdirTemp("", "pingyou-init-")
	if err != nil {
		writeError(w, http.StatusInternalServerError, pipeline.Message(err))
		return
	}
	defer os.RemoveAll(dir)
	if err := pipeline.Init(dir, cfg, io.Discard); err != nil {
		writeError(w, http.StatusInternalServerError, "无法生成模板："+pipeline.Message(err))
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	var rel []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			rel = append(rel, e.Name())
		}
	}
	w.Header().Set("Content-Type", "application/zip")
	attachment(w, "attachment", "空白模板.zip")
	writeZip(w, dir, rel)
}
