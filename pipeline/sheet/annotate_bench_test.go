package sheet

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"pingyou/pipeline/model"
)

// peakHeap samples the heap in use every few milliseconds while fn runs and
// returns the highest value seen, in MiB.
func peakHeap(fn func()) float64 {
	runtime.GC()
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
	return float64(peak) / (1 << 20)
}

// BenchmarkAnnotate100k writes the 问题标注 copy of the 100,000-member
// 花名册.xlsx (about 6.5 MB; $PINGYOU_BENCH_100K or generated like
// BenchmarkRead100k) with 5,000 problems: one every 20th row of 党员, half
// of them at blank cells. peak-MiB is the highest heap in use while
// annotating (the reader reads the same file within about 120 MiB).
func BenchmarkAnnotate100k(b *testing.B) {
	dir := os.Getenv("PINGYOU_BENCH_100K")
	if dir == "" || !benchFileExists(filepath.Join(dir, "花名册.xlsx")) {
		dir = b.TempDir()
		gen := exec.Command("go", "run", "../../samples/gen", "-members", "100000", "-seed", "2012", "-o", dir)
		gen.Stderr = os.Stderr
		if err := gen.Run(); err != nil {
			b.Skipf("cannot generate the 100k workbooks: %v", err)
		}
	}
	src := filepath.Join(dir, "花名册.xlsx")
	var diags model.Diagnostics
	for i := range 5000 {
		cell := fmt.Sprintf("E%d", 3+20*i) // 出生日期, filled
		if i%2 == 1 {
			cell = fmt.Sprintf("L%d", 3+20*i) // beyond the table: blank
		}
		diags = append(diags, model.Diagnostic{Severity: model.Severity(i % 2), Ref: model.CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: cell},
			Problem: "测试问题", Value: "x", Fix: "测试"})
	}
	out := filepath.Join(b.TempDir(), "花名册-问题标注.xlsx")
	var peak float64
	b.ReportAllocs()
	for b.Loop() {
		peak = max(peak, peakHeap(func() {
			if err := Annotate(src, out, diags); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(peak, "peak-MiB")
}
