package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pingyou/pipeline/archive"
)

// TestKillAtRandomPoints kills `pingyou run --force` with SIGKILL at random
// moments spread over a run's measured duration and checks after each kill
// that the output folder still holds one complete, verifiable set: every file
// listed in manifest.json verifies, nothing unlisted (no partial file under a
// final name) is there. A kill inside the swap (out moved aside, new set not
// yet in place) leaves no out/; then the next run's recovery must restore the
// previous set, which is checked here with archive.Recover. After the kills,
// one successful run must leave no temporary folder beside out.
func TestKillAtRandomPoints(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the batch about 25 times")
	}
	bin := buildBinary(t)
	parent := t.TempDir()
	out := filepath.Join(parent, "out")

	// The shortest of three runs (the later ones replace a previous set, as
	// the killed runs do): the kills must land inside runs even when the
	// machine is less loaded than during the first.
	var d time.Duration
	for i := 0; i < 3; i++ {
		start := time.Now()
		if b, err := binaryRun(t, bin, out).CombinedOutput(); err != nil {
			t.Fatalf("run %d: %v\n%s", i+1, err, b)
		}
		if el := time.Since(start); i == 0 || el < d {
			d = el
		}
	}
	seed := time.Now().UnixNano()
	if s := os.Getenv("PINGYOU_KILL_SEED"); s != "" {
		if _, err := fmt.Sscan(s, &seed); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewSource(seed))
	const kills = 24
	t.Logf("a run takes %v or more; %d kills at uniform random delays in [0, %v]; seed %d (PINGYOU_KILL_SEED)", d.Round(time.Millisecond), kills, d.Round(time.Millisecond), seed)

	var killed, finished, midSwap, staged int
	for i := 0; i < kills; i++ {
		delay := time.Duration(rng.Int63n(int64(d)))
		before, _ := filepath.Glob(filepath.Join(parent, archive.StagePrefix(out)+"*"))
		cmd := binaryRun(t, bin, out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("kill %d: the run failed by itself: %v", i, err)
			}
			finished++
		case <-time.After(delay):
			cmd.Process.Kill() // SIGKILL
			if err := <-done; err == nil {
				finished++ // it finished just before the kill
			} else {
				killed++
			}
		}
		if after, _ := filepath.Glob(filepath.Join(parent, archive.StagePrefix(out)+"*")); len(newNames(before, after)) > 0 {
			staged++ // killed while writing its own stage folder (or in the swap)
		}
		if _, err := os.Stat(out); errors.Is(err, fs.ErrNotExist) {
			midSwap++
			if _, err := archive.Recover(out); err != nil {
				t.Fatalf("kill %d at %v: no out/ and recovery failed: %v", i, delay, err)
			}
		}
		checkComplete(t, out, i, delay)
	}
	t.Logf("%d runs killed (%d of them while writing their stage folder), %d finished before their kill, %d kills fell in the swap window (recovered)", killed, staged, finished, midSwap)
	if killed < 15 || staged < 5 {
		t.Errorf("only %d of %d runs were really killed, %d while writing; the delays do not cover the run", killed, kills, staged)
	}

	// A successful run cleans up what the killed runs left.
	if b, err := binaryRun(t, bin, out).CombinedOutput(); err != nil {
		t.Fatalf("final run: %v\n%s", err, b)
	}
	checkComplete(t, out, kills, 0)
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if e.Name() != "out" {
			t.Errorf("left beside out after a successful run: %s", e.Name())
		}
	}
}

// checkComplete asserts that out holds exactly the files its manifest lists,
// each with the recorded size and hashes, and no temporary file.
func checkComplete(t *testing.T, out string, i int, delay time.Duration) {
	t.Helper()
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatalf("kill %d at %v: %v", i, delay, err)
	}
	if len(m.Files) < 50 {
		t.Fatalf("kill %d at %v: manifest lists only %d files", i, delay, len(m.Files))
	}
	probs, err := archive.Verify(out)
	if err != nil || len(probs) > 0 {
		t.Fatalf("kill %d at %v: output does not verify: %v %v", i, delay, probs, err)
	}
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), ".tmp-") {
			t.Errorf("kill %d at %v: temporary file %s inside out/", i, delay, p)
		}
		return err
	})
}

func newNames(before, after []string) []string {
	seen := map[string]bool{}
	for _, b := range before {
		seen[b] = true
	}
	var out []string
	for _, a := range after {
		if !seen[a] {
			out = append(out, a)
		}
	}
	return out
}
