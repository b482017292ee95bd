package testtool

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Validators returns the folder of the reference validators (veraPDF and
// ofdrw, ../shared/validators beside the repository, or $PINGYOU_VALIDATORS),
// skipping the test when it or java is missing, failing it instead under
// PINGYOU_REQUIRE_TOOLS (CI).
func Validators(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("PINGYOU_VALIDATORS")
	if dir == "" {
		root, err := repoRoot()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "..", "shared", "validators")
	}
	if _, err := os.Stat(filepath.Join(dir, "verapdf.sh")); err != nil {
		if os.Getenv("PINGYOU_REQUIRE_TOOLS") != "" {
			t.Fatalf("the validators (%s) are required in CI", dir)
		}
		t.Skipf("validators not found at %s; skipping this independent check", dir)
	}
	Require(t, "java")
	return dir
}

// repoRoot is the folder of pingyou's go.mod, above the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && bytes.HasPrefix(b, []byte("module pingyou")) {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", os.ErrNotExist
		}
		dir = up
	}
}

// VeraPDF validates files against flavour (2a, 2u, ua1 …) with veraPDF and
// fails the test with veraPDF's report for every file that does not pass.
func VeraPDF(t testing.TB, flavour string, files ...string) {
	t.Helper()
	for f, r := range VeraPDFReports(t, flavour, files...) {
		if r != "" {
			t.Errorf("veraPDF %s: %s\n%s", flavour, f, r)
		}
	}
}

// VeraPDFReports validates files in one JVM (the driver's --batch mode: the
// JVM starts once, not per file) and returns, per file, "" when it passes
// or veraPDF's list of failed rules.
func VeraPDFReports(t testing.TB, flavour string, files ...string) map[string]string {
	t.Helper()
	dir := Validators(t)
	// The flags of verapdf.sh, and C1 only (a third less CPU for a short run).
	args := []string{"-Xmx1g", "-XX:+UseSerialGC", "-Xss4m", "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
		"-Djava.io.tmpdir=" + os.TempDir(), "-cp", filepath.Join(dir, "verapdf", "*"), "VeraCheck", "--batch", flavour}
	out, err := exec.Command("java", append(args, files...)...).CombinedOutput()
	reports := map[string]string{}
	var cur *strings.Builder
	flush := func() {}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if f := strings.Split(line, "\t"); len(f) > 1 && (f[0] == "PASS" || f[0] == "FAIL" || f[0] == "ERROR") {
			flush()
			file := f[len(f)-1]
			reports[file] = ""
			cur = nil
			if f[0] != "PASS" {
				b := &strings.Builder{}
				cur = b
				flush = func() { reports[file] = b.String() }
			} else {
				flush = func() {}
			}
		}
		if cur != nil {
			cur.WriteString(line + "\n")
		}
	}
	flush()
	if len(reports) != len(files) {
		t.Fatalf("veraPDF %s: %d of %d files reported (%v)\n%s", flavour, len(reports), len(files), err, out)
	}
	return reports
}

// OFD runs the ofdrw driver (ofd.sh's command line: info, text, png …) with
// OFD_STRICT=1 (elements outside the OFD namespace are errors) and fonts
// looked up only in an empty folder, so that only fonts embedded in the
// package can draw its text. It returns the output; the test fails when the
// driver does.
func OFD(t testing.TB, args ...string) []byte {
	t.Helper()
	dir := Validators(t)
	noFonts := t.TempDir()
	cmd := exec.Command("sh", append([]string{filepath.Join(dir, "ofd.sh")}, args...)...)
	cmd.Env = append(os.Environ(), "OFD_STRICT=1", "OFD_FONTDIR="+noFonts, "TMPDIR="+os.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ofd.sh %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}
