package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"pingyou/pipeline"
	"pingyou/pipeline/archive"
)

// Drafts are previews of one document made before generating everything
// (pipeline.Preview): the decision, the first branch notice, the first
// certificate of each award, from the batch as it is now, or with a
// wording being edited. They are kept in previews/ as draft-<key>.pdf,
// the key a hash of the batch's revision, the document and the draft
// wording, so asking again costs nothing.
//
// Why a PDF and not an image made in Go: the preview is the very file the
// run writes (same layout, same renderer; TestPreviewIsTheRunsDocument),
// and the browser's own PDF viewer shows it. With pdftoppm on the server
// the page also gets page images (as the results' thumbnails do).

var (
	draftDocs  = []string{pipeline.PreviewDecision, pipeline.PreviewNotice, pipeline.PreviewCertificates}
	draftPDFRE = regexp.MustCompile(`^draft-[0-9a-f]{24}\.pdf$`)
	draftPNGRE = regexp.MustCompile(`^(draft-[0-9a-f]{24})-([1-9][0-9]?)\.png$`)
)

// maxDrafts is how many draft PDFs a run keeps; older ones go.
const maxDrafts = 12

// draftView is the answer to a preview request.
type draftView struct {
	Doc   string   `json:"doc"`
	PDF   string   `json:"pdf"`
	Pages []string `json:"pages"` // page images, when the server has pdftoppm
}

// handleDraft makes (or finds) the preview of {doc}: POST with an optional
// {"wording": name, "sections": {…}} to preview an edit before saving it.
func (s *Server) handleDraft(w http.ResponseWriter, r *http.Request, ru *run) {
	doc := r.PathValue("doc")
	known := false
	for _, d := range draftDocs {
		known = known || d == doc
	}
	if !known {
		writeError(w, http.StatusNotFound, "没有这种预览。")
		return
	}
	ru.work.Lock()
	defer ru.work.Unlock()
	var req struct {
		Wording  string            `json:"wording"`
		Sections map[string]string `json:"sections"`
	}
	if r.ContentLength != 0 {
		r.Body = http.MaxBytesReader(w, r.Body, maxWordingBody)
		if err := jsonDecode(r, &req); err != nil {
			writeError(w, http.StatusBadRequest, "预览请求的格式不对，请刷新页面后再试。")
			return
		}
	}
	ru.mu.Lock()
	ready := ru.rec.Check != nil && ru.rec.Check.OK
	rev := ru.rec.Rev
	nm := newNamer(ru)
	opt, err := s.options(ru, &lineWriter{each: func(string) {}})
	ru.mu.Unlock()
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if !ready {
		writeError(w, http.StatusConflict, "检查通过后才能预览：请先按问题表改好工作簿和单位信息。")
		return
	}
	key := sha256.New()
	fmt.Fprintf(key, "%d\x00%s\x00", rev, doc)
	if req.Wording != "" {
		// The draft goes into a copy of the batch's wording folder.
		wd, b, ok := s.edited(w, r, ru, req.Wording, req.Sections)
		if !ok {
			return
		}
		dir, err := os.MkdirTemp(ru.path(), ".draft-")
		if err != nil {
			writeError(w, http.StatusInternalServerError, pipeline.Message(err))
			return
		}
		defer os.RemoveAll(dir)
		for _, n := range ru.editedWording() {
			if c, err := os.ReadFile(ru.path(wordingDir, n)); err == nil {
				os.WriteFile(filepath.Join(dir, n), c, 0o600)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, wd.Name), b, 0o600); err != nil {
			writeError(w, http.StatusInternalServerError, pipeline.Message(err))
			return
		}
		opt.Settings.Templates = dir
		fmt.Fprintf(key, "%s\x00%s", wd.Name, b)
	}
	stem := "draft-" + hex.EncodeToString(key.Sum(nil)[:12])
	pdfPath := ru.path("previews", stem+".pdf")
	pages := draftPages(pdfPath)
	if pages == 0 {
		b, n, err := s.makeDraft(r.Context(), opt, doc)
		if err != nil {
			if errors.Is(err, pipeline.ErrInput) {
				writeError(w, http.StatusConflict, "检查发现错误，改好后才能预览。")
			} else if r.Context().Err() == nil {
				writeError(w, http.StatusInternalServerError, "无法预览："+nm.text(pipeline.Message(err)))
			}
			return
		}
		err = os.MkdirAll(ru.path("previews"), 0o700)
		if err == nil {
			err = archive.WriteBytes(pdfPath, b)
		}
		if err == nil { // the page count beside it, for the page images
			err = archive.WriteBytes(strings.TrimSuffix(pdfPath, ".pdf")+".pages", []byte(strconv.Itoa(n)))
		}
		pages = n
		if err != nil {
			writeError(w, http.StatusInternalServerError, "无法保存预览："+pipeline.Message(err))
			return
		}
		pruneDrafts(ru.path("previews"))
	}
	v := draftView{Doc: doc, PDF: "/api/runs/" + ru.rec.ID + "/drafts/" + stem + ".pdf", Pages: []string{}}
	if s.pdftoppm != "" {
		n := 1
		if doc == pipeline.PreviewCertificates {
			n = min(pages, maxDraftPages)
		}
		for i := 1; i <= n; i++ {
			v.Pages = append(v.Pages, "/api/runs/"+ru.rec.ID+"/drafts/"+stem+"-"+strconv.Itoa(i)+".png")
		}
	}
	writeJSON(w, http.StatusOK, v)
}

// makeDraft runs pipeline.Preview, at most one at a time on the server
// (it reads and lays out like a check).
func (s *Server) makeDraft(ctx context.Context, opt pipeline.Options, doc string) ([]byte, int, error) {
	select {
	case s.drafts <- struct{}{}:
	case <-ctx.Done():
		return nil, 0, ctx.Err()
	}
	defer func() { <-s.drafts }()
	return s.previewDoc(opt, doc)
}

// maxDraftPages bounds the page images of one preview (the certificates'
// has one page per award).
const maxDraftPages = 20

// draftPages is the page count of a draft made before, or 0 when there is
// none (both its files are written before it is offered).
func draftPages(pdfPath string) int {
	b, err := os.ReadFile(strings.TrimSuffix(pdfPath, ".pdf") + ".pages")
	if err != nil {
		return 0
	}
	if _, err := os.Stat(pdfPath); err != nil {
		return 0
	}
	n, _ := strconv.Atoi(string(b))
	return n
}

// pruneDrafts keeps the newest maxDrafts draft PDFs and their images.
func pruneDrafts(dir string) {
	entries, _ := os.ReadDir(dir)
	type draft struct {
		stem string
		t    time.Time
	}
	var ds []draft
	for _, e := range entries {
		if draftPDFRE.MatchString(e.Name()) {
			if info, err := e.Info(); err == nil {
				ds = append(ds, draft{strings.TrimSuffix(e.Name(), ".pdf"), info.ModTime()})
			}
		}
	}
	if len(ds) <= maxDrafts {
		return
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].t.After(ds[j].t) })
	for _, d := range ds[maxDrafts:] {
		matches, _ := filepath.Glob(filepath.Join(dir, d.stem+"*"))
		for _, m := range matches {
			os.Remove(m)
		}
	}
}

// handleDraftFile serves a draft's PDF (inline, for the browser's viewer)
// or one of its pages as PNG, made by pdftoppm on first request.
func (s *Server) handleDraftFile(w http.ResponseWriter, r *http.Request, ru *run) {
	name := r.PathValue("file")
	dir := ru.path("previews")
	if draftPDFRE.MatchString(name) {
		serveFile(w, r, filepath.Join(dir, name), "预览.pdf", true)
		return
	}
	m := draftPNGRE.FindStringSubmatch(name)
	if m == nil || s.pdftoppm == "" {
		writeError(w, http.StatusNotFound, "没有这个预览。")
		return
	}
	src := filepath.Join(dir, m[1]+".pdf")
	png := filepath.Join(dir, name)
	if _, err := os.Stat(png); err != nil {
		if _, err := os.Stat(src); err != nil {
			writeError(w, http.StatusNotFound, "预览已过期，请重新预览。")
			return
		}
		waited, err := s.pagePNG(r, src, png, m[2], "-r", "110")
		if !waited {
			return
		}
		if err != nil {
			writeError(w, http.StatusInternalServerError, "生成预览图失败。")
			return
		}
	}
	w.Header().Set("Cache-Control", "private, max-age=3600")
	serveFile(w, r, png, "预览.png", true)
}
