package pipeline

// Issue 22 (信创 machines): the same batch on linux/arm64 and linux/loong64,
// under qemu user-mode emulation, must give the same bytes as on the host.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"pingyou/pipeline/testtool"
)

// TestCrossArchitecture builds pingyou and the archive package's tests for
// linux/arm64 and linux/loong64 and runs them under qemu: arm64 on qemu's
// default max CPU, which has the SM3 instructions (gmsm's blockSM3NI,
// third_party/gmsm patch S), and on cortex-a72, which has not (blockARM64);
// loong64 hashes in Go. Each runs the hash tests (GB/T 32905 vectors, SM3
// against a reference) and the sample batch, whose every output file must
// equal the host's byte for byte. It takes minutes (cross builds, emulation),
// so `make cross` runs it, as its own CI step.
func TestCrossArchitecture(t *testing.T) {
	if os.Getenv("PINGYOU_CROSS") == "" {
		t.Skip("builds for arm64 and loong64 and runs them under qemu: make cross")
	}
	if runtime.GOOS != "linux" {
		t.Skip("qemu user-mode emulation runs Linux programs on Linux only")
	}
	qemuARM, qemuLoong := qemuUser(t, "aarch64"), qemuUser(t, "loongarch64")
	dir := t.TempDir()

	start := time.Now()
	host := buildBinary(t)
	bins, tests := map[string]string{}, map[string]string{}
	for _, arch := range []string{"arm64", "loong64"} {
		bins[arch] = filepath.Join(dir, "pingyou-"+arch)
		crossGo(t, arch, "build", "-o", bins[arch], "../cmd/pingyou")
		tests[arch] = filepath.Join(dir, "archive-"+arch+".test")
		crossGo(t, arch, "test", "-c", "-o", tests[arch], "./archive")
	}
	t.Logf("builds (host, arm64, loong64; pingyou and the archive tests): %v", since(start))

	start = time.Now()
	ref := filepath.Join(dir, "out-host")
	if b, err := binaryRun(t, host, ref).CombinedOutput(); err != nil {
		t.Fatalf("host run: %v\n%s", err, b)
	}
	want := files(t, ref)
	if len(want) < 50 || want["manifest.json"] == nil {
		t.Fatalf("the host run wrote %d files (manifest: %v)", len(want), want["manifest.json"] != nil)
	}
	t.Logf("host (%s) run: %v, %d files, manifest SHA-256 %x", runtime.GOARCH, since(start), len(want), sha256.Sum256(want["manifest.json"]))

	for _, c := range []struct {
		name, arch, qemu string
		args             []string
		sm3              string // PINGYOU_EXPECT_SM3: does the CPU report the SM3 extension
	}{
		{"arm64 -cpu max", "arm64", qemuARM, []string{"-cpu", "max"}, "1"},
		{"arm64 -cpu cortex-a72", "arm64", qemuARM, []string{"-cpu", "cortex-a72"}, "0"},
		{"loong64", "loong64", qemuLoong, nil, ""},
	} {
		start := time.Now()
		args := append(append([]string{}, c.args...), tests[c.arch], "-test.v",
			"-test.run", "^(TestHashVectors|TestSM3AgainstReference|TestSM3InstructionsAsExpected)$")
		cmd := exec.Command(c.qemu, args...)
		cmd.Env = append(os.Environ(), "PINGYOU_EXPECT_SM3="+c.sm3)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: archive tests: %v\n%s", c.name, err, b)
		}
		for _, name := range []string{"TestHashVectors", "TestSM3AgainstReference"} {
			if !bytes.Contains(b, []byte("--- PASS: "+name)) {
				t.Fatalf("%s: %s did not pass:\n%s", c.name, name, b)
			}
		}
		if c.sm3 != "" && !bytes.Contains(b, []byte("--- PASS: TestSM3InstructionsAsExpected")) {
			t.Fatalf("%s: not the expected SM3 code path:\n%s", c.name, b)
		}
		hashTime := since(start)

		start = time.Now()
		out := filepath.Join(dir, "out-"+strings.ReplaceAll(c.name, " ", ""))
		run := binaryRun(t, bins[c.arch], out)
		run.Path, run.Args = c.qemu, append(append([]string{c.qemu}, c.args...), run.Args...) // qemu [-cpu …] pingyou run …
		if b, err := run.CombinedOutput(); err != nil {
			t.Fatalf("%s: run: %v\n%s", c.name, err, b)
		}
		got := files(t, out)
		if !bytes.Equal(got["manifest.json"], want["manifest.json"]) {
			t.Errorf("%s: manifest.json differs from the host's", c.name)
		}
		var differ []string
		for name, w := range want {
			if g, ok := got[name]; !ok {
				differ = append(differ, name+" (missing)")
			} else if !bytes.Equal(g, w) {
				differ = append(differ, name)
			}
		}
		for name := range got {
			if _, ok := want[name]; !ok {
				differ = append(differ, name+" (extra)")
			}
		}
		sort.Strings(differ)
		if len(differ) > 0 {
			t.Errorf("%s: %d of %d files differ from the host's: %s", c.name, len(differ), len(want), strings.Join(differ[:min(len(differ), 10)], ", "))
			continue
		}
		t.Logf("%s: hash tests %v; batch %v, all %d files identical to the host's", c.name, hashTime, since(start), len(got))
	}
}

// qemuUser finds qemu's user-mode emulator for arch: qemu-ARCH-static from
// Debian's qemu-user-static, or qemu-ARCH.
func qemuUser(t *testing.T, arch string) string {
	t.Helper()
	if p, err := exec.LookPath("qemu-" + arch); err == nil {
		return p
	}
	return testtool.Require(t, "qemu-"+arch+"-static")
}

// crossGo runs the go command for linux/arch without cgo.
func crossGo(t *testing.T, arch string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+arch, "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("GOARCH=%s go %s: %v\n%s", arch, strings.Join(args, " "), err, b)
	}
}

func since(t time.Time) string { return fmt.Sprintf("%.1f s", time.Since(t).Seconds()) }
