package docx

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/internal/testtool"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
	pdfr "pingyou/pipeline/render/pdf"
)

// faces are the default config's face keys (templates/pingyou.yaml).
var faces = map[string]string{
	"fang": "FandolFang-Regular.ttf",
	"song": "NotoSerifCJKsc-Regular.ttf",
	"xbs":  "NotoSerifCJKsc-Bold.ttf",
	"hei":  "FandolHei-Regular.ttf",
	"kai":  "LXGWWenKai-Regular.ttf",
}

// ourPDF makes the record PDF from the same notice, as the pipeline does.
func ourPDF(t *testing.T, n *gongwen.Notice) []byte {
	t.Helper()
	set, err := fontkit.Load(filepath.Join("..", "..", "..", "fonts"), faces)
	if err != nil {
		t.Fatalf("fonts/ ships with the repository: %v", err)
	}
	doc, _, err := gongwen.Layout(n, &layout.Setter{Metrics: set}, gongwen.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	fonts := pdfr.NewFonts(func(face string) ([]byte, error) { return set.Face(face).Bytes(), nil })
	if err := pdfr.Render(&buf, doc, fonts, pdfr.Options{Created: time.Date(2012, 6, 28, 0, 0, 0, 0, time.UTC), Creator: "pingyou test"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// convert runs LibreOffice headless on a .docx with its own profile.
func convert(t *testing.T, soffice, dir, docx string) string {
	t.Helper()
	profile := filepath.Join(t.TempDir(), "lo")
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+profile, "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", dir, docx)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := strings.TrimSuffix(docx, ".docx") + ".pdf"
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("soffice wrote no PDF: %s", out)
	}
	return pdf
}

var pageNum = regexp.MustCompile(`^—\s*\d+\s*—$`)

// pages returns each page's text with page-number lines removed and all
// whitespace dropped, via pdftotext.
func pages(t *testing.T, pdftotext, pdf string) []string {
	t.Helper()
	out, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	ps := strings.Split(string(out), "\f")
	if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
		ps = ps[:len(ps)-1]
	}
	for i, p := range ps {
		var sb strings.Builder
		for _, line := range strings.Split(p, "\n") {
			line = strings.TrimSpace(line)
			if pageNum.MatchString(line) {
				continue
			}
			sb.WriteString(strings.Join(strings.Fields(line), ""))
		}
		ps[i] = sb.String()
	}
	return ps
}

// TestLibreOfficeMatchesPDF converts every generated DOCX with LibreOffice
// and compares it with the PDF pingyou makes from the same notice: the same
// page count and the same paragraphs, in order, with the same text on each
// page (whitespace and page numbers ignored).
func TestLibreOfficeMatchesPDF(t *testing.T) {
	soffice := testtool.Require(t, "soffice")
	pdftotext := testtool.Require(t, "pdftotext")
	keep := os.Getenv("PINGYOU_KEEP_DOCX") // a directory to leave the files in for looking at
	for _, name := range []string{"decision", "letter"} {
		t.Run(name, func(t *testing.T) {
			n := notices[name]()
			dir := t.TempDir()
			if keep != "" {
				dir = keep
			}
			docx := filepath.Join(dir, name+".docx")
			if err := os.WriteFile(docx, write(t, n), 0o644); err != nil {
				t.Fatal(err)
			}
			ours := filepath.Join(dir, name+"-pingyou.pdf")
			if err := os.WriteFile(ours, ourPDF(t, n), 0o644); err != nil {
				t.Fatal(err)
			}
			lo := pages(t, pdftotext, convert(t, soffice, dir, docx))
			pp := pages(t, pdftotext, ours)
			if len(lo) != len(pp) {
				t.Errorf("LibreOffice made %d pages, pingyou %d", len(lo), len(pp))
			}
			// Same paragraphs in the same order in both.
			all := func(ps []string) string { return strings.Join(ps, "") }
			for _, which := range []struct {
				name string
				text string
			}{{"LibreOffice", all(lo)}, {"pingyou", all(pp)}} {
				rest := which.text
				for _, p := range wantParagraphs(n) {
					p = strings.Join(strings.Fields(p), "")
					i := strings.Index(rest, p)
					if i < 0 {
						t.Errorf("%s PDF lacks paragraph %q (in order)", which.name, p)
						continue
					}
					rest = rest[i+len(p):]
				}
			}
			if all(lo) != all(pp) {
				t.Errorf("text differs:\nLibreOffice %q\npingyou     %q", all(lo), all(pp))
			}
			// Page breaks are logged, not asserted: LibreOffice 7.4 widens
			// every 16 pt glyph to its grid cells when the docGrid
			// charSpace is negative (15.79 pt cells, as Word needs for 28
			// 字 per line), so its lines hold about 21 字 and page breaks
			// move; Word keeps 28.
			for i := range min(len(lo), len(pp)) {
				if lo[i] != pp[i] {
					t.Logf("page %d breaks differently:\nLibreOffice %q\npingyou     %q", i+1, lo[i], pp[i])
				}
			}
			t.Log(fmt.Sprintf("%s: %d pages (LibreOffice) vs %d (pingyou)", name, len(lo), len(pp)))
		})
	}
}
