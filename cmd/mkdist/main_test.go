package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// hostPingyou builds pingyou for this machine once.
func hostPingyou(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pingyou")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/pingyou")
	cmd.Dir = filepath.Join("..", "..")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	return bin
}

// unzip returns a zip's files by name.
func unzip(t *testing.T, p string) map[string]*zip.File {
	t.Helper()
	zr, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { zr.Close() })
	out := map[string]*zip.File{}
	for _, f := range zr.File {
		out[f.Name] = f
	}
	return out
}

func read(t *testing.T, f *zip.File) []byte {
	t.Helper()
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWindowsZip assembles the Windows zip (with this machine's pingyou
// standing in for pingyou.exe) and checks what a clerk finds in it.
func TestWindowsZip(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	host := hostPingyou(t)
	root := filepath.Join("..", "..")
	a := assembly{root: root, host: host, goos: "windows", arch: "amd64", version: "v9", exe: host}
	p, err := a.zip(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p) != "pingyou-v9-windows-amd64.zip" {
		t.Errorf("zip named %s", p)
	}
	files := unzip(t, p)
	const top = "pingyou-v9-windows-amd64/"
	for _, n := range []string{"pingyou.exe", "pingyou-web.bat", "使用说明.txt", "使用说明.pdf", "README.md", "LICENSE",
		"空白模板/花名册.xlsx", "空白模板/测评表.xlsx", "示例数据/花名册.xlsx", "示例数据/测评表.xlsx", "示例数据/pingyou.yaml",
		"fonts/FandolFang-Regular.ttf", "fonts/licenses/OFL.txt", "fonts/README.md"} {
		if files[top+n] == nil {
			t.Errorf("zip lacks %s", n)
		}
	}
	for n := range files {
		if !strings.HasPrefix(n, top) {
			t.Errorf("%s outside the folder %s", n, top)
		}
		if ext := filepath.Ext(n); ext == ".sh" || ext == ".py" {
			t.Errorf("build script %s in the zip", n)
		}
	}
	if f := files[top+"pingyou.exe"]; f != nil {
		want, _ := os.ReadFile(host)
		if !bytes.Equal(read(t, f), want) {
			t.Error("pingyou.exe is not the binary given")
		}
	}
	bat := string(read(t, files[top+"pingyou-web.bat"]))
	if !strings.Contains(bat, "pingyou.exe serve --open\r\n") || strings.Contains(strings.ReplaceAll(bat, "\r\n", ""), "\n") {
		t.Errorf("pingyou-web.bat (CRLF, starts serve --open): %q", bat)
	}
	// 使用说明.txt: BOM and CRLF for Notepad; after its title, the first thing
	// it says is to double-click pingyou-web.bat.
	guide := read(t, files[top+"使用说明.txt"])
	if !bytes.HasPrefix(guide, []byte("\uFEFF")) || bytes.Count(guide, []byte("\n")) != bytes.Count(guide, []byte("\r\n")) {
		t.Error("使用说明.txt lacks the BOM or CRLF line ends")
	}
	lines := strings.Split(strings.TrimPrefix(string(guide), "\uFEFF"), "\r\n")
	if lines[0] != "pingyou（评优）使用说明" || !strings.HasPrefix(lines[1], "双击 pingyou-web.bat") {
		t.Errorf("使用说明.txt starts %q", lines[:2])
	}
	pdf := read(t, files[top+"使用说明.pdf"])
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Error("使用说明.pdf is not a PDF")
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		f := filepath.Join(t.TempDir(), "g.pdf")
		os.WriteFile(f, pdf, 0o644)
		b, err := exec.Command(pdftotext, f, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(b)), "")
		for _, w := range []string{"pingyou（评优）", "使用说明", "双击pingyou-web.bat", "一、先试一试", "空白模板"} {
			if !strings.Contains(text, w) {
				t.Errorf("使用说明.pdf lacks %q: %s", w, text)
			}
		}
	}
	// README: its first lines are for the clerk, not `make demo`.
	readme := strings.Split(string(read(t, files[top+"README.md"])), "\n")
	head := strings.Join(readme[:min(25, len(readme))], "\n")
	if strings.Contains(head, "make demo") || strings.Contains(head, "make test") || !strings.Contains(head, "双击 `pingyou-web.bat`") {
		t.Errorf("README.md begins:\n%s", head)
	}
	// The blank templates are pingyou init's; the samples are samples/.
	tmpl := filepath.Join(t.TempDir(), "花名册.xlsx")
	os.WriteFile(tmpl, read(t, files[top+"空白模板/花名册.xlsx"]), 0o644)
	x, err := excelize.OpenFile(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(x.GetSheetList(), ","); got != "单位信息,党组织,党员,填表示例,填表说明" {
		t.Errorf("blank 花名册 sheets %s", got)
	}
	x.Close()
	for _, n := range []string{"花名册.xlsx", "测评表.xlsx", "pingyou.yaml"} {
		want, _ := os.ReadFile(filepath.Join(root, "samples", n))
		if !bytes.Equal(read(t, files[top+"示例数据/"+n]), want) {
			t.Errorf("示例数据/%s differs from samples/%s", n, n)
		}
	}
}

// TestLinuxZip: the Linux zips carry the Linux 使用说明 (as it is), an
// executable pingyou and no .bat.
func TestLinuxZip(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	host := hostPingyou(t)
	a := assembly{root: filepath.Join("..", ".."), host: host, goos: "linux", arch: "loong64", version: "v9", exe: host}
	p, err := a.zip(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	files := unzip(t, p)
	const top = "pingyou-v9-linux-loong64/"
	if f := files[top+"pingyou"]; f == nil || f.Mode().Perm()&0o111 == 0 {
		t.Errorf("pingyou missing or not executable: %v", f)
	}
	if files[top+"pingyou-web.bat"] != nil {
		t.Error("a .bat in a Linux zip")
	}
	want, _ := os.ReadFile(filepath.Join("..", "..", "docs", "使用说明-Linux.txt"))
	if got := read(t, files[top+"使用说明.txt"]); !bytes.Equal(got, want) {
		t.Error("使用说明.txt is not docs/使用说明-Linux.txt")
	}
	for _, n := range []string{"使用说明.pdf", "空白模板/测评表.xlsx", "示例数据/pingyou.yaml"} {
		if files[top+n] == nil {
			t.Errorf("zip lacks %s", n)
		}
	}
}
