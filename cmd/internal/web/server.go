package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"pingyou/pipeline"
	"pingyou/pipeline/oserr"
)

//go:embed static
var staticFS embed.FS

// Default limits for uploads.
const (
	DefaultMaxFileSize   = 50 << 20 // one uploaded workbook
	DefaultMaxFiles      = 20       // workbooks in one run
	DefaultMaxConfigSize = 1 << 20  // an uploaded scheme (YAML)
)

// Config configures a Server.
type Config struct {
	// Addr is the address to listen on, host:port. Empty: 127.0.0.1:8080.
	Addr string
	// DataDir holds the runs and the server's key. Empty: DefaultDataDir().
	DataDir string
	// Token is the access token. It is required when Addr is not a loopback
	// address; on loopback it is optional.
	Token string
	// MaxFileSize is the largest uploaded workbook in bytes, MaxFiles the most
	// workbooks in a run.
	MaxFileSize int64
	MaxFiles    int
	// Program is the name and version written into output files.
	Program string
	// Log receives one line per notable event (start, failures); may be nil.
	Log io.Writer
}

// Server is the web app. Create it with New, then Serve a listener.
type Server struct {
	cfg      Config
	loopback bool
	key      []byte // HMAC key for CSRF tokens and the auth cookie
	pdftoppm string // path, or "" when absent: previews fall back to <iframe>
	index    *template.Template
	static   fs.FS
	store    *store
	jobs     chan struct{} // one batch at a time on the whole server
	previews chan struct{} // bounds concurrent pdftoppm processes
	drafts   chan struct{} // one document preview (pipeline.Preview) at a time
	// checkBatch and runBatch are pipeline.Check and pipeline.Run; tests
	// put slow or stuck ones in their place.
	checkBatch, runBatch func(pipeline.Options) error
	previewDoc           func(pipeline.Options, string) ([]byte, int, error) // pipeline.Preview

	mu    sync.Mutex
	hosts map[string]bool // accepted Host headers on loopback
	srv   *http.Server
}

// IsLoopback reports whether addr (host:port) listens only on this machine.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// DefaultDataDir is "pingyou-data" beside the program when that folder exists
// or can be created there, else the user's config folder /pingyou.
func DefaultDataDir() string {
	if exe, err := os.Executable(); err == nil {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		d := filepath.Join(filepath.Dir(exe), "pingyou-data")
		if err := os.MkdirAll(d, 0o700); err == nil {
			if f, err := os.CreateTemp(d, ".probe-*"); err == nil {
				f.Close()
				os.Remove(f.Name())
				return d
			}
		}
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "pingyou")
	}
	return "pingyou-data"
}

// NewToken returns a random access token.
func NewToken() string {
	b := make([]byte, 18)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// New checks the configuration and opens the data folder.
func New(cfg Config) (*Server, error) {
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:8080"
	}
	if _, _, err := net.SplitHostPort(cfg.Addr); err != nil {
		return nil, fmt.Errorf("监听地址 %s 有误，应写成 主机:端口，例如 127.0.0.1:8080", cfg.Addr)
	}
	loop := IsLoopback(cfg.Addr)
	if !loop && cfg.Token == "" {
		return nil, fmt.Errorf("拒绝在非本机地址 %s 上提供服务：局域网访问必须设置访问口令（--token）", cfg.Addr)
	}
	if cfg.Token != "" && len(cfg.Token) < 16 {
		return nil, errors.New("访问口令太短，至少 16 个字符")
	}
	if cfg.DataDir == "" {
		cfg.DataDir = DefaultDataDir()
	}
	if cfg.MaxFileSize <= 0 {
		cfg.MaxFileSize = DefaultMaxFileSize
	}
	if cfg.MaxFiles <= 0 {
		cfg.MaxFiles = DefaultMaxFiles
	}
	if cfg.Program == "" {
		cfg.Program = "pingyou"
	}
	if err := os.MkdirAll(filepath.Join(cfg.DataDir, "runs"), 0o700); err != nil {
		return nil, fmt.Errorf("无法创建数据目录 %s：%s", cfg.DataDir, oserr.Why(err))
	}
	key, err := loadKey(filepath.Join(cfg.DataDir, "secret.key"))
	if err != nil {
		return nil, err
	}
	st, err := openStore(filepath.Join(cfg.DataDir, "runs"))
	if err != nil {
		return nil, err
	}
	sub, _ := fs.Sub(staticFS, "static")
	idx, err := template.ParseFS(sub, "index.html")
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, loopback: loop, key: key, index: idx, static: sub, store: st,
		jobs: make(chan struct{}, 1), previews: make(chan struct{}, 2), drafts: make(chan struct{}, 1),
		checkBatch: pipeline.Check, runBatch: pipeline.Run, previewDoc: pipeline.Preview}
	s.pdftoppm, _ = exec.LookPath("pdftoppm")
	return s, nil
}

// loadKey reads the server's secret, making it on first start. Keeping it in
// the data folder keeps open pages working across a restart.
func loadKey(path string) ([]byte, error) {
	if b, err := os.ReadFile(path); err == nil && len(b) == 64 {
		if k, err := hex.DecodeString(string(b)); err == nil {
			return k, nil
		}
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(k)), 0o600); err != nil {
		return nil, fmt.Errorf("无法写入 %s：%s", path, oserr.Why(err))
	}
	return k, nil
}

// Config returns the effective configuration (defaults filled in).
func (s *Server) Config() Config { return s.cfg }

// URL is the address to open in a browser, with the token when one is set.
func (s *Server) URL(ln net.Listener) string {
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
		if !s.loopback {
			host = "本机IP"
		}
	}
	u := "http://" + net.JoinHostPort(host, port) + "/"
	if s.cfg.Token != "" {
		u += "?token=" + s.cfg.Token
	}
	return u
}

// Serve answers requests on ln until Shutdown.
func (s *Server) Serve(ln net.Listener) error {
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	s.mu.Lock()
	s.hosts = map[string]bool{}
	for _, h := range []string{"127.0.0.1", "localhost", "[::1]"} {
		s.hosts[h+":"+port] = true
		if port == "80" {
			s.hosts[h] = true
		}
	}
	s.srv = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	srv := s.srv
	s.mu.Unlock()
	err := srv.Serve(ln)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops the server, letting requests in flight finish.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	srv := s.srv
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	return srv.Shutdown(ctx)
}

func (s *Server) logf(format string, args ...any) {
	if s.cfg.Log != nil {
		fmt.Fprintf(s.cfg.Log, format+"\n", args...)
	}
}

// Handler is the whole app with its security checks.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleIndex)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(s.static)))
	mux.HandleFunc("GET /api/info", s.handleInfo)
	mux.HandleFunc("GET /api/templates.zip", s.handleTemplates)
	mux.HandleFunc("GET /api/runs", s.handleList)
	mux.HandleFunc("POST /api/runs", s.handleCreate)
	mux.HandleFunc("GET /api/runs/{id}", s.withRun(s.handleGet))
	mux.HandleFunc("DELETE /api/runs/{id}", s.withRun(s.handleDelete))
	mux.HandleFunc("POST /api/runs/{id}/files", s.withRun(s.handleUpload))
	mux.HandleFunc("DELETE /api/runs/{id}/files/{name}", s.withRun(s.handleRemoveFile))
	mux.HandleFunc("DELETE /api/runs/{id}/config", s.withRun(s.handleRemoveConfig))
	mux.HandleFunc("POST /api/runs/{id}/check", s.withRun(s.handleCheck))
	mux.HandleFunc("POST /api/runs/{id}/run", s.withRun(s.handleRun))
	mux.HandleFunc("POST /api/runs/{id}/cancel", s.withRun(s.handleCancel))
	mux.HandleFunc("GET /api/runs/{id}/events", s.withRun(s.handleEvents))
	mux.HandleFunc("GET /api/runs/{id}/marked/{name}", s.withRun(s.handleMarked))
	mux.HandleFunc("GET /api/runs/{id}/output", s.withRun(s.handleOutput))
	mux.HandleFunc("GET /api/runs/{id}/preview", s.withRun(s.handlePreview))
	mux.HandleFunc("GET /api/runs/{id}/results.zip", s.withRun(s.handleZip))
	mux.HandleFunc("PUT /api/runs/{id}/unit", s.withRun(s.handleUnit))
	mux.HandleFunc("GET /api/runs/{id}/wording", s.withRun(s.handleWordings))
	mux.HandleFunc("PUT /api/runs/{id}/wording/{name}", s.withRun(s.handleWordingSave))
	mux.HandleFunc("DELETE /api/runs/{id}/wording/{name}", s.withRun(s.handleWordingReset))
	mux.HandleFunc("POST /api/runs/{id}/drafts/{doc}", s.withRun(s.handleDraft))
	mux.HandleFunc("GET /api/runs/{id}/drafts/{file}", s.withRun(s.handleDraftFile))
	return s.secure(mux)
}

// secure wraps every request: headers, Host check on loopback, the access
// token elsewhere, and CSRF checks on state-changing methods.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "SAMEORIGIN")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
		if s.loopback {
			s.mu.Lock()
			ok := s.hosts[strings.ToLower(r.Host)]
			s.mu.Unlock()
			if !ok {
				http.Error(w, "拒绝访问：请用 http://127.0.0.1 地址打开本页面。", http.StatusMisdirectedRequest)
				return
			}
		}
		if s.cfg.Token != "" && !s.authorised(w, r) {
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if msg := s.csrfProblem(r); msg != "" {
				writeError(w, http.StatusForbidden, msg)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

const (
	authCookie    = "pingyou_auth"
	sessionCookie = "pingyou_session"
	csrfHeader    = "X-CSRF-Token"
)

func (s *Server) mac(parts ...string) string {
	m := hmac.New(sha256.New, s.key)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// authorised accepts the token as ?token= (then sets the cookie and
// redirects to the same page without it), as a Bearer header, or the cookie.
func (s *Server) authorised(w http.ResponseWriter, r *http.Request) bool {
	want := s.mac("auth", s.cfg.Token)
	if t := r.URL.Query().Get("token"); t != "" && equal(t, s.cfg.Token) && r.Method == http.MethodGet {
		http.SetCookie(w, &http.Cookie{Name: authCookie, Value: want, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		q := r.URL.Query()
		q.Del("token")
		u := *r.URL
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.RequestURI(), http.StatusSeeOther)
		return false
	}
	if b, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && equal(b, s.cfg.Token) {
		return true
	}
	if c, err := r.Cookie(authCookie); err == nil && equal(c.Value, want) {
		return true
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusUnauthorized)
	io.WriteString(w, "需要访问口令：请用 pingyou serve 启动时显示的完整地址（含 ?token=…）打开本页面。\n")
	return false
}

// csrfProblem returns why a state-changing request is refused, or "".
func (s *Server) csrfProblem(r *http.Request) string {
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host && o != "https://"+r.Host {
		return "拒绝来自其他网站的请求。"
	}
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return "拒绝来自其他网站的请求。"
	}
	c, err := r.Cookie(sessionCookie)
	tok := r.Header.Get(csrfHeader)
	if err != nil || tok == "" || !equal(tok, s.mac("csrf", c.Value)) {
		return "请求缺少有效的安全校验码（CSRF），可能页面已过期：请刷新页面后再试。"
	}
	return ""
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	sess := ""
	if c, err := r.Cookie(sessionCookie); err == nil && len(c.Value) >= 22 && len(c.Value) <= 64 {
		sess = c.Value
	} else {
		sess = NewToken()
		http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: sess, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	s.index.Execute(w, map[string]any{"CSRF": s.mac("csrf", sess)})
}

func (s *Server) handleInfo(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"program":     s.cfg.Program,
		"previews":    s.pdftoppm != "",
		"maxFileSize": s.cfg.MaxFileSize,
		"maxFiles":    s.cfg.MaxFiles,
		"maxConfig":   DefaultMaxConfigSize,
		"dataDir":     s.cfg.DataDir,
		"stages":      stageLabels(),
		"unitFields":  unitFields(),
		"drafts":      draftDocs,
	})
}

// writeJSON sends v; API answers are never cached.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// writeError sends {"error": msg}; the page shows msg as it is.
func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

// withRun resolves {id} to a run, or answers 404.
func (s *Server) withRun(h func(http.ResponseWriter, *http.Request, *run)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ru := s.store.get(r.PathValue("id"))
		if ru == nil {
			writeError(w, http.StatusNotFound, "找不到这个批次，可能已被删除。")
			return
		}
		h(w, r, ru)
	}
}

func mb(n int64) string { return strconv.FormatInt((n+(1<<20)-1)>>20, 10) + " MB" }

func stageLabels() []string {
	var out []string
	for _, st := range stages {
		out = append(out, st.Label)
	}
	return out
}
