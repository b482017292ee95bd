package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
)

// TestManifestRecordsTheConfigRun: the manifest describes the config the
// batch ran with, the bytes that were parsed, even when the file is gone
// by the time the manifest is written (it once read the file again and
// recorded a 0-byte config when that failed).
func TestManifestRecordsTheConfigRun(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "本校.yaml")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	cfg.Fonts.Dir, _ = filepath.Abs(filepath.Join("..", "fonts"))
	out := filepath.Join(dir, "out")
	var log bytes.Buffer
	if err := Run(Options{Config: cfg, Inputs: samples, OutDir: out, Log: &log, Program: "pingyou test"}); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	sha, sm := archive.HashBytes(b)
	want := archive.Input{Name: "本校.yaml", Size: int64(len(b)), SHA256: sha, SM3: sm}
	if m.Config != want {
		t.Errorf("manifest config %+v, want %+v", m.Config, want)
	}
}
