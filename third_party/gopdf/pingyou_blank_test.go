package gopdf

// Test of pingyou patch X (PATCHES.md): blank pages.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPingyouBlankPage: pages with nothing drawn (a blank page between two
// notices of a print book, the last page of one) have no /Contents entry,
// and qpdf finds the file clean.
func TestPingyouBlankPage(t *testing.T) {
	data, err := os.ReadFile("test/res/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	pdf := GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	if err := pdf.AddTTFFontData("serif", data); err != nil {
		t.Fatal(err)
	}
	pdf.AddPage() // blank
	pdf.AddPage()
	if err := pdf.SetFont("serif", "", 14); err != nil {
		t.Fatal(err)
	}
	pdf.SetXY(50, 50)
	pdf.Text("text")
	pdf.AddPage() // blank, last
	var buf bytes.Buffer
	if err := pdf.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "/Contents \n") || strings.Count(buf.String(), "/Contents") != 1 {
		t.Errorf("%d /Contents entries, want 1 (blank pages have none)", strings.Count(buf.String(), "/Contents"))
	}
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		t.Skip("qpdf not installed")
	}
	file := filepath.Join(t.TempDir(), "blank.pdf")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(qpdf, "--check", file).CombinedOutput(); err != nil || strings.Contains(string(out), "WARNING") {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}
