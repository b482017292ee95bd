package pipeline

import (
	"os"
	"runtime/pprof"
)

// Profiles for developers (issue 10; see DEVELOPERS.md):
// PINGYOU_HEAPPROFILE=PREFIX writes PREFIX-STAGE.heap at the end of every
// stage (go tool pprof -sample_index=inuse_space), to see what a stage leaves
// live for the next ones. cmd/pingyou handles PINGYOU_CPUPROFILE.
func writeHeapProfile(stage string) {
	prefix := os.Getenv("PINGYOU_HEAPPROFILE")
	if prefix == "" {
		return
	}
	f, err := os.Create(prefix + "-" + stage + ".heap")
	if err != nil {
		return
	}
	defer f.Close()
	pprof.Lookup("heap").WriteTo(f, 0)
}
