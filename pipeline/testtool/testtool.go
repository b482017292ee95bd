// Package testtool finds the external programs tests use as independent
// checkers (pdftotext, pdffonts, qpdf, soffice). Locally a missing tool skips
// the test; in CI (PINGYOU_REQUIRE_TOOLS=1, set by .ci/run after installing
// them) it fails it, so a green CI run really ran those checks.
package testtool

import (
	"os"
	"os/exec"
	"testing"
)

// Require returns the path of the named program, or skips (locally) or fails
// (in CI) the test when it is not installed.
func Require(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("PINGYOU_REQUIRE_TOOLS") != "" {
		t.Fatalf("%s is required in CI but not installed (.ci/run installs it)", name)
	}
	t.Skipf("%s not installed; skipping this independent check", name)
	return ""
}
