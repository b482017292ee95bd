// Command mkdist makes the zips of `make dist`: for each target, a folder an
// office unpacks and runs without installing anything, zipped.
//
// Every zip has the program, fonts/ with their licences, LICENSE, README.md,
// 使用说明.txt and 使用说明.pdf for its system (docs/使用说明-<系统>.txt, the
// PDF typeset by pingyou itself), 空白模板/ (花名册.xlsx and 测评表.xlsx as
// `pingyou init` writes them) and 示例数据/ (the sample workbooks and their
// pingyou.yaml). The Windows zip also has pingyou-web.bat, which starts the
// web page on a double-click, and its 使用说明.txt has CRLF line ends and a
// byte-order mark, so that Notepad shows it right on every Windows 10.
//
//	go run ./cmd/mkdist -host bin/pingyou -version v1 -ldflags '…' -o dist windows/amd64 linux/amd64 …
//
// The host binary (built for this machine) writes the templates and
// typesets the 使用说明; each target's binary is built with CGO_ENABLED=0.
package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	host := flag.String("host", "bin/pingyou", "pingyou built for this machine (writes the templates, typesets the 使用说明)")
	ver := flag.String("version", "dev", "version in the zip names")
	ldflags := flag.String("ldflags", "", "go build -ldflags for the target binaries")
	out := flag.String("o", "dist", "output folder (replaced)")
	root := flag.String("root", ".", "the repository")
	flag.Parse()
	if err := run(*root, *host, *ver, *ldflags, *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "mkdist:", err)
		os.Exit(1)
	}
}

func run(root, host, ver, ldflags, out string, targets []string) error {
	if len(targets) == 0 {
		return errors.New("no targets (windows/amd64 …)")
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	shared, err := os.MkdirTemp("", "mkdist-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(shared)
	for _, t := range targets {
		goos, arch, ok := strings.Cut(t, "/")
		if !ok {
			return fmt.Errorf("target %q: want os/arch", t)
		}
		exe := filepath.Join(shared, goos+"-"+arch, exeName(goos))
		fmt.Println("dist", goos+"/"+arch)
		if err := build(root, goos, arch, ldflags, exe); err != nil {
			return err
		}
		a := assembly{root: root, host: host, goos: goos, arch: arch, version: ver, exe: exe}
		if _, err := a.zip(out); err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
	}
	return nil
}

func exeName(goos string) string {
	if goos == "windows" {
		return "pingyou.exe"
	}
	return "pingyou"
}

// build cross-compiles pingyou for one target.
func build(root, goos, arch, ldflags, exe string) error {
	gobin := os.Getenv("GO")
	if gobin == "" {
		gobin = "go"
	}
	cmd := exec.Command(gobin, "build", "-trimpath", "-ldflags", ldflags, "-o", exe, "./cmd/pingyou")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+arch)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s/%s: %v\n%s", goos, arch, err, b)
	}
	return nil
}

// assembly is one target's zip.
type assembly struct {
	root     string // the repository
	host     string // pingyou for this machine
	goos     string
	arch     string
	version  string
	exe      string // the target's binary
	modified time.Time
}

// name is the zip's folder and base name: pingyou-v1-windows-amd64.
func (a assembly) name() string {
	return "pingyou-" + a.version + "-" + a.goos + "-" + a.arch
}

// guide is the 使用说明 for the target's system.
func (a assembly) guide() string {
	switch a.goos {
	case "windows":
		return "docs/使用说明-Windows.txt"
	case "darwin":
		return "docs/使用说明-macOS.txt"
	}
	return "docs/使用说明-Linux.txt"
}

// batFile starts the web page on a double-click. ASCII only: cmd.exe reads
// a .bat in the console's code page.
const batFile = "@echo off\r\n" +
	"rem Double-click: starts the pingyou web page on this computer and opens it.\r\n" +
	"title pingyou\r\n" +
	"cd /d \"%~dp0\"\r\n" +
	"pingyou.exe serve --open\r\n" +
	"pause\r\n"

// zip writes the target's zip into dir and returns its path.
func (a assembly) zip(dir string) (string, error) {
	files, err := a.files()
	if err != nil {
		return "", err
	}
	p := filepath.Join(dir, a.name()+".zip")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	when := a.modified
	if when.IsZero() {
		when = time.Now()
	}
	for _, n := range names {
		f := files[n]
		h := &zip.FileHeader{Name: a.name() + "/" + n, Method: zip.Deflate, Modified: when}
		h.SetMode(f.mode)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return "", err
		}
		if _, err := w.Write(f.data); err != nil {
			return "", err
		}
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return p, os.WriteFile(p, buf.Bytes(), 0o644)
}

type file struct {
	data []byte
	mode fs.FileMode
}

// files returns the zip's contents by path inside its folder.
func (a assembly) files() (map[string]file, error) {
	files := map[string]file{}
	add := func(name string, data []byte, mode fs.FileMode) { files[name] = file{data, mode} }
	copyFile := func(name, src string) error {
		b, err := os.ReadFile(filepath.Join(a.root, src))
		if err != nil {
			return err
		}
		add(name, b, 0o644)
		return nil
	}
	exe, err := os.ReadFile(a.exe)
	if err != nil {
		return nil, err
	}
	add(exeName(a.goos), exe, 0o755)
	for _, n := range []string{"README.md", "LICENSE"} {
		if err := copyFile(n, n); err != nil {
			return nil, err
		}
	}
	// fonts/ without the scripts that made them.
	err = filepath.WalkDir(filepath.Join(a.root, "fonts"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if ext := filepath.Ext(p); ext == ".sh" || ext == ".py" {
			return nil
		}
		rel, _ := filepath.Rel(a.root, p)
		return copyFile(filepath.ToSlash(rel), rel)
	})
	if err != nil {
		return nil, err
	}
	for _, n := range []string{"花名册.xlsx", "测评表.xlsx", "pingyou.yaml"} {
		if err := copyFile("示例数据/"+n, filepath.Join("samples", n)); err != nil {
			return nil, err
		}
	}
	tmp, err := os.MkdirTemp("", "mkdist-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	// The blank templates as `pingyou init` writes them (not its pingyou.yaml:
	// the built-in scheme is the same, and the unit settings go in 单位信息).
	if err := a.pingyou("init", filepath.Join(tmp, "init")); err != nil {
		return nil, err
	}
	for _, n := range []string{"花名册.xlsx", "测评表.xlsx"} {
		b, err := os.ReadFile(filepath.Join(tmp, "init", n))
		if err != nil {
			return nil, err
		}
		add("空白模板/"+n, b, 0o644)
	}
	// 使用说明: the text as is (for Windows with CRLF and a BOM), and typeset
	// as a 公文 under the mark pingyou（评优）, its title without the name.
	text, err := os.ReadFile(filepath.Join(a.root, a.guide()))
	if err != nil {
		return nil, err
	}
	src := filepath.Join(tmp, "使用说明.txt")
	if err := os.WriteFile(src, bytes.Replace(text, []byte(markName), nil, 1), 0o644); err != nil {
		return nil, err
	}
	pdf := filepath.Join(tmp, "使用说明.pdf")
	if err := a.pingyou("typeset", "--mark", markName, "-o", pdf, src); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(pdf)
	if err != nil {
		return nil, err
	}
	add("使用说明.pdf", b, 0o644)
	if a.goos == "windows" {
		text = append([]byte("\uFEFF"), bytes.ReplaceAll(text, []byte("\n"), []byte("\r\n"))...)
		add("pingyou-web.bat", []byte(batFile), 0o644)
	}
	add("使用说明.txt", text, 0o644)
	return files, nil
}

// markName is the name on the typeset 使用说明's mark, and the start of the
// text's title.
const markName = "pingyou（评优）"

// pingyou runs the host binary with the repository's fonts.
func (a assembly) pingyou(args ...string) error {
	cmd := exec.Command(a.host, args...)
	fonts, err := filepath.Abs(filepath.Join(a.root, "fonts"))
	if err != nil {
		return err
	}
	cmd.Env = append(os.Environ(), "PINGYOU_FONTS="+fonts)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pingyou %s: %v\n%s", strings.Join(args, " "), err, out.String())
	}
	return nil
}
