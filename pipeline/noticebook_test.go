package pipeline

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
)

var branchNumber = regexp.MustCompile(`江师党函〔2012〕\d+号`)

// TestNoticeBook: the sample run writes the branch notices, in order, into
// one print book listed in the manifest; every notice starts on an odd page
// (double-sided printing), the blank page after a notice of odd length
// carries nothing, not even a page number.
func TestNoticeBook(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	var listed bool
	for _, e := range m.Files {
		listed = listed || e.Path == NoticeBookName && e.Kind == "公文合订本"
	}
	if !listed {
		t.Errorf("%s not in the manifest", NoticeBookName)
	}
	singles, _ := filepath.Glob(filepath.Join(out, NoticeDir, "*.pdf"))
	var want []string // each notice's number, in file order
	pages := 0
	for _, f := range singles {
		ps := pageLines(t, f)
		want = append(want, branchNumber.FindString(strings.Join(ps[0], "")))
		pages += len(ps) + len(ps)%2
	}
	book := pageLines(t, filepath.Join(out, filepath.FromSlash(NoticeBookName)))
	if len(book) != pages {
		t.Errorf("book has %d pages, want %d (each notice padded to an even count)", len(book), pages)
	}
	var got []string
	for i, p := range book {
		text := strings.Join(p, "")
		if n := branchNumber.FindString(text); n != "" && strings.Contains(text, "中共江城师范学院委员会") && strings.Index(text, n) < 40 {
			got = append(got, n)
			if i%2 != 0 {
				t.Errorf("notice %s starts on page %d, an even page", n, i+1)
			}
		}
		if len(p) == 0 && i%2 == 0 {
			t.Errorf("blank page %d is odd: a notice would start on an even page", i+1)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("notices in the book %q, want %q", got, want)
	}
}

// TestNoticeBookVolumes: with book_pages 10 the book is split into volumes
// of at most 10 pages, never inside a notice.
func TestNoticeBookVolumes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamplesWith(t, out, func(c *config.Config) { c.Certificates.BookPages = 10 })
	vols, _ := filepath.Glob(filepath.Join(out, "公文", "支部通知-合订本-第*册.pdf"))
	if len(vols) < 10 {
		t.Fatalf("%d volumes", len(vols))
	}
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(NoticeBookName))); err == nil {
		t.Errorf("the unsplit book was written too")
	}
	for _, v := range vols {
		ps := pageLines(t, v)
		if len(ps) > 10 || len(ps)%2 != 0 {
			t.Errorf("%s: %d pages", filepath.Base(v), len(ps))
		}
		if !branchNumber.MatchString(strings.Join(ps[0], "")) {
			t.Errorf("%s does not start with a notice", filepath.Base(v))
		}
	}
}
