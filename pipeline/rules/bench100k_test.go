package rules_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/rules"
	"pingyou/pipeline/sheet"
)

// load100k reads the generated 100k organisation named by $PINGYOU_BENCH_100K
// with the sample scheme, or skips.
func load100k(tb testing.TB) (*model.Dataset, *rules.Scheme) {
	tb.Helper()
	dir := os.Getenv("PINGYOU_BENCH_100K")
	if dir == "" {
		tb.Skip("PINGYOU_BENCH_100K not set (a folder with 花名册.xlsx and 测评表.xlsx from samples/gen)")
	}
	cfg, err := config.Load(filepath.Join("..", "..", "samples", "pingyou.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	ds, diags, err := sheet.Read([]string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}, cfg.SheetOptions())
	if err != nil || diags.HasErrors() {
		tb.Fatalf("read: %v %d diagnostics", err, len(diags))
	}
	return ds, &cfg.Scheme
}

// BenchmarkEvaluate100k evaluates the 100k organisation (read once) and
// reports the live heap the results add (results-MiB).
func BenchmarkEvaluate100k(b *testing.B) {
	ds, s := load100k(b)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var res *model.Results
	for b.Loop() {
		res = nil
		res = rules.Evaluate(ds, s)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "results-MiB")
	runtime.KeepAlive(res)
}
