package archive

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// junk are files the desktop makes in folders by itself; they are not the
// user's work and go with the folder they are in.
var junk = map[string]bool{"thumbs.db": true, "desktop.ini": true, ".ds_store": true}

// Strangers lists what in dir a run must not replace: files the manifest m
// does not list (m nil: every file), and listed files whose size changed
// since (edited after they were written, e.g. the editable DOCX). Paths are
// relative, slash-separated, sorted; at most limit of each are returned
// (0: all), with the totals.
func Strangers(dir string, m *Manifest, limit int) (foreign, changed []string, nForeign, nChanged int, err error) {
	listed := map[string]int64{}
	if m != nil {
		listed[ManifestName] = -1
		for _, e := range m.Files {
			listed[e.Path] = e.Size
		}
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		size, ok := listed[rel]
		switch {
		case !ok && junk[strings.ToLower(d.Name())]:
		case !ok:
			if nForeign++; limit == 0 || len(foreign) < limit {
				foreign = append(foreign, rel)
			}
		case size >= 0:
			info, err := d.Info()
			if err != nil {
				return err
			}
			if info.Size() != size {
				if nChanged++; limit == 0 || len(changed) < limit {
					changed = append(changed, rel)
				}
			}
		}
		return nil
	})
	return foreign, changed, nForeign, nChanged, err
}
