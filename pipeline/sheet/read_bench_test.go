package sheet

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"testing"
)

// BenchmarkRead100k reads a generated organisation of 100,000 members (about
// 3,000 branches): 花名册.xlsx and 测评表.xlsx, every sheet, with joins and
// checks. The workbooks come from the samples generator (go run
// ../../samples/gen), written into a temporary folder, or from
// $PINGYOU_BENCH_100K when it names a folder that already holds them
// (bench/run.sh passes bench/tmp/100k). heap-MiB is the live heap with the
// dataset after a collection; PINGYOU_BENCH_HEAPPROFILE=file writes a heap
// profile at that point (go tool pprof -sample_index=inuse_space).
func BenchmarkRead100k(b *testing.B) {
	dir := os.Getenv("PINGYOU_BENCH_100K")
	if dir == "" || !benchFileExists(filepath.Join(dir, "花名册.xlsx")) || !benchFileExists(filepath.Join(dir, "测评表.xlsx")) {
		dir = b.TempDir()
		gen := exec.Command("go", "run", "../../samples/gen", "-members", "100000", "-seed", "2012", "-o", dir)
		gen.Stderr = os.Stderr
		if err := gen.Run(); err != nil {
			b.Skipf("cannot generate the 100k workbooks: %v", err)
		}
	}
	paths := []string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}
	var rows int
	var heap uint64
	b.ReportAllocs()
	for b.Loop() {
		ds, diags, err := Read(paths, SampleOptions())
		if err != nil {
			b.Fatal(err)
		}
		if diags.HasErrors() {
			b.Fatalf("generated workbooks have errors: %v", diags[0].String())
		}
		rows = len(ds.Members)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = ms.HeapAlloc // what stays live: the dataset and whatever it holds
		if path := os.Getenv("PINGYOU_BENCH_HEAPPROFILE"); path != "" {
			if f, err := os.Create(path); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
		runtime.KeepAlive(ds)
	}
	if rows != 100000 {
		b.Fatalf("read %d members, want 100000", rows)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/member")
	b.ReportMetric(float64(heap)/(1<<20), "heap-MiB")
}

func benchFileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
