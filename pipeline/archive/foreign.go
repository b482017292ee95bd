package archive

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// junk are files the desktop makes in folders by itself; they are not the
// user's work and go with the folder they are in.
var junk = map[string]bool{"thumbs.db": true, "desktop.ini": true, ".ds_store": true}

// Strangers lists what in dir a run must not replace: files the manifest m
// does not list (m nil: every file), and listed files whose size changed
// since (edited after they were written, e.g. the editable DOCX). A
// department's manifest lists its units' folders (m.Units): what is in them
// is judged by each unit's own manifest. Paths are relative,
// slash-separated, sorted; at most limit of each are returned (0: all),
// with the totals.
func Strangers(dir string, m *Manifest, limit int) (foreign, changed []string, nForeign, nChanged int, err error) {
	s := &strangers{limit: limit}
	err = s.walk(dir, "", m)
	return s.foreign, s.changed, s.nForeign, s.nChanged, err
}

type strangers struct {
	limit              int
	foreign, changed   []string
	nForeign, nChanged int
}

func (s *strangers) addForeign(rel string) {
	if s.nForeign++; s.limit == 0 || len(s.foreign) < s.limit {
		s.foreign = append(s.foreign, rel)
	}
}

func (s *strangers) addChanged(rel string) {
	if s.nChanged++; s.limit == 0 || len(s.changed) < s.limit {
		s.changed = append(s.changed, rel)
	}
}

// walk judges dir, whose path from the top folder is prefix, by m.
func (s *strangers) walk(dir, prefix string, m *Manifest) error {
	listed := map[string]listedFile{}
	units := map[string]UnitRef{}
	var written time.Time // the manifest's: every listed file is older
	if m != nil {
		listed[ManifestName] = listedFile{size: -1}
		for _, e := range m.Files {
			listed[e.Path] = listedFile{e.Size, e.SHA256}
		}
		if info, err := os.Stat(filepath.Join(dir, ManifestName)); err == nil {
			written = info.ModTime()
		}
		if _, err := unitDirs(m); err != nil {
			return err
		}
		for _, u := range m.Units {
			units[u.Dir] = u
			listed[u.ManifestPath()] = listedFile{size: u.Size}
		}
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			u, ok := units[rel]
			if !ok {
				return nil
			}
			if err := s.unit(p, path.Join(prefix, rel), u); err != nil {
				return err
			}
			return filepath.SkipDir
		}
		f, ok := listed[rel]
		switch {
		case !ok && junk[strings.ToLower(d.Name())]:
		case !ok:
			s.addForeign(path.Join(prefix, rel))
		case f.size >= 0:
			edited, err := f.edited(p, d, written)
			if err != nil {
				return err
			}
			if edited {
				s.addChanged(path.Join(prefix, rel))
			}
		}
		return nil
	})
}

// unit judges a unit's folder by its own manifest: its manifest file is
// judged by the department's record, the rest by the manifest as it is
// (unreadable: every file is a stranger).
func (s *strangers) unit(dir, prefix string, u UnitRef) error {
	mp := filepath.Join(dir, ManifestName)
	if info, err := os.Stat(mp); err == nil && info.Size() != u.Size {
		s.addChanged(path.Join(prefix, ManifestName))
	}
	m, err := ReadManifest(dir)
	if err != nil {
		m = nil
	}
	return s.walk(dir, prefix, m)
}

// listedFile is what a manifest says of a file (size -1: not judged).
type listedFile struct {
	size   int64
	sha256 string
}

// edited reports whether the file at p differs from the manifest's record:
// its size, or, for a file modified since the manifest was written (a
// same-size edit: a date typed over, a name corrected), its SHA-256. Files
// the run wrote are older than its manifest, so an untouched folder costs
// no reading.
func (f listedFile) edited(p string, d fs.DirEntry, written time.Time) (bool, error) {
	info, err := d.Info()
	if err != nil {
		return false, err
	}
	if info.Size() != f.size {
		return true, nil
	}
	if f.sha256 == "" || info.ModTime().Before(written) {
		return false, nil
	}
	sha, err := sha256File(p)
	return sha != f.sha256, err
}
