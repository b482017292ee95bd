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

	"pingyou/pipeline/document"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
	pdfr "pingyou/pipeline/render/pdf"
	"pingyou/pipeline/testtool"
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
func ourPDF(t *testing.T, n *document.Notice) []byte {
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

// convert runs LibreOffice headless, with its own profile, on .docx files
// in one call (starting soffice is most of the time) and returns the PDFs.
func convert(t *testing.T, soffice, dir string, docx ...string) []string {
	t.Helper()
	profile := filepath.Join(t.TempDir(), "lo")
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", dir}, docx...)
	out, err := exec.Command(soffice, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	var pdfs []string
	for _, d := range docx {
		pdf := strings.TrimSuffix(d, ".docx") + ".pdf"
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("soffice wrote no %s: %s", pdf, out)
		}
		pdfs = append(pdfs, pdf)
	}
	return pdfs
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
	dir := os.Getenv("PINGYOU_KEEP_DOCX") // a directory to leave the files in for looking at
	if dir == "" {
		dir = t.TempDir()
	}
	names := []string{"decision", "letter", "plain"}
	var docxs []string
	for _, name := range names {
		docx := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(docx, write(t, notices[name]()), 0o644); err != nil {
			t.Fatal(err)
		}
		docxs = append(docxs, docx)
	}
	converted := convert(t, soffice, dir, docxs...)
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			n := notices[name]()
			ours := filepath.Join(dir, name+"-pingyou.pdf")
			if err := os.WriteFile(ours, ourPDF(t, n), 0o644); err != nil {
				t.Fatal(err)
			}
			lo := pages(t, pdftotext, converted[i])
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
			// Page breaks are logged, not asserted: here LibreOffice sets
			// the text in whatever fonts the machine has (pipeline's
			// TestDocxInLibreOffice gives it the PDF's fonts and asserts
			// the lines and pages).
			for i := range min(len(lo), len(pp)) {
				if lo[i] != pp[i] {
					t.Logf("page %d breaks differently:\nLibreOffice %q\npingyou     %q", i+1, lo[i], pp[i])
				}
			}
			t.Log(fmt.Sprintf("%s: %d pages (LibreOffice) vs %d (pingyou)", name, len(lo), len(pp)))
		})
	}
}
