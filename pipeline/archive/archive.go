// Package archive makes a batch's outputs safe to keep: files are written
// atomically, every file is listed in a manifest with its size, SHA-256 and
// SM3 (GB/T 32905) hashes and descriptive metadata, and a folder can later be
// verified against its manifest.
package archive

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/emmansun/gmsm/sm3"

	"pingyou/pipeline/oserr"
)

// ManifestName is the manifest's file name inside an output folder.
const ManifestName = "manifest.json"

// WriteFile writes a file atomically: the content goes to a temporary file in
// the same folder, is synced, and is renamed over path only when complete, so
// a crash never leaves a partial file under the final name.
func WriteFile(path string, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建目录 %s：%s", dir, oserr.Why(err))
	}
	tmp, err := os.CreateTemp(dir, ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("无法写入 %s：%s", dir, oserr.Why(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("写入 %s 失败：%s", path, oserr.Why(err))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("写入 %s 失败：%s", path, oserr.Why(err))
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("写入 %s 失败：%s", path, oserr.Why(err))
	}
	return nil
}

// WriteBytes writes b to path atomically.
func WriteBytes(path string, b []byte) error {
	return WriteFile(path, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// Entry describes one output file.
type Entry struct {
	Path   string `json:"path"` // relative, with forward slashes
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
	SM3    string `json:"sm3"`
	Title  string `json:"title,omitempty"`  // 题名
	Number string `json:"number,omitempty"` // 文件编号 / 证书编号
	Author string `json:"author,omitempty"` // 责任者
	Date   string `json:"date,omitempty"`   // 日期
	Kind   string `json:"kind,omitempty"`   // 公文, 证书, 汇总表, …
	// Classification (密级) and Retention (保管期限) come from the config.
	Classification string `json:"classification,omitempty"`
	Retention      string `json:"retention,omitempty"`
}

// Input is one input file the batch read.
type Input struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
	SM3    string `json:"sm3"`
}

// Manifest lists every output of a batch and what it came from.
type Manifest struct {
	Program string  `json:"program"`
	Batch   string  `json:"batch"` // a name for the batch, e.g. the unit and year
	Config  Input   `json:"config"`
	Inputs  []Input `json:"inputs"`
	Files   []Entry `json:"files"`
	// Figures are the batch's counts for a department's summary (nested.go).
	Figures *Figures `json:"figures,omitempty"`
	// Units, in a department's manifest, are the units' output folders,
	// each verified by its own manifest (nested.go); Missing are the units
	// that have none.
	Units   []UnitRef     `json:"units,omitempty"`
	Missing []MissingUnit `json:"missing,omitempty"`
}

// Hashes returns the SHA-256 and SM3 hex digests and the size of a file.
func Hashes(path string) (sha, sm string, size int64, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", "", 0, err
	}
	defer f.Close()
	h1, h2 := sha256.New(), sm3.New()
	size, err = io.Copy(io.MultiWriter(h1, h2), f)
	if err != nil {
		return "", "", 0, err
	}
	return hex.EncodeToString(h1.Sum(nil)), hex.EncodeToString(h2.Sum(nil)), size, nil
}

// sha256File returns the SHA-256 hex digest of a file.
func sha256File(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// HashBytes returns the SHA-256 and SM3 hex digests of b.
func HashBytes(b []byte) (sha, sm string) {
	s1 := sha256.Sum256(b)
	s2 := sm3.Sum(b)
	return hex.EncodeToString(s1[:]), hex.EncodeToString(s2[:])
}

// WriteManifest sorts the entries by path and writes dir/manifest.json atomically.
func WriteManifest(dir string, m *Manifest) error {
	b, err := EncodeManifest(m)
	if err != nil {
		return err
	}
	return WriteBytes(filepath.Join(dir, ManifestName), b)
}

// EncodeManifest sorts the entries by path and returns the manifest's bytes.
func EncodeManifest(m *Manifest) ([]byte, error) {
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// ReadManifest reads dir/manifest.json.
func ReadManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s 中没有 %s，不是 pingyou 的输出目录", dir, ManifestName)
		}
		return nil, fmt.Errorf("无法读取清单 %s", oserr.Describe(err))
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s 已损坏（不是有效的清单文件），无法核对", filepath.Join(dir, ManifestName))
	}
	return &m, nil
}

// Problem is one mismatch found by Verify.
type Problem struct {
	Path string
	Kind string // 缺失, 多出, 已改动
	Note string
}

func (p Problem) String() string {
	if p.Note != "" {
		return p.Kind + "：" + p.Path + "（" + p.Note + "）"
	}
	return p.Kind + "：" + p.Path
}

// Verify recomputes every file's hashes and reports missing, changed and
// extra files. An empty result means the folder is exactly what was issued.
// A department's folder is verified with each unit's folder inside it: the
// unit's manifest against the hash the department's records, then the unit
// folder against that manifest.
func Verify(dir string) ([]Problem, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	var problems []Problem
	listed := map[string]bool{ManifestName: true}
	for _, e := range m.Files {
		listed[e.Path] = true
		sha, sm, size, err := Hashes(filepath.Join(dir, filepath.FromSlash(e.Path)))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			problems = append(problems, Problem{Path: e.Path, Kind: "缺失"})
		case err != nil:
			problems = append(problems, Problem{Path: e.Path, Kind: "无法读取", Note: oserr.Why(err)})
		case sha != e.SHA256 || sm != e.SM3 || size != e.Size:
			problems = append(problems, Problem{Path: e.Path, Kind: "已改动", Note: fmt.Sprintf("大小 %d，清单记录 %d；SHA-256 %s…", size, e.Size, sha[:12])})
		}
	}
	units, err := unitDirs(m)
	if err != nil {
		return nil, err
	}
	for _, u := range m.Units {
		problems = append(problems, verifyUnit(dir, u)...)
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if units[rel] {
				return filepath.SkipDir // verifyUnit walked it
			}
			return nil
		}
		if !listed[rel] {
			problems = append(problems, Problem{Path: rel, Kind: "多出"})
		}
		return nil
	})
	sort.Slice(problems, func(i, j int) bool { return problems[i].Path < problems[j].Path })
	return problems, err
}
