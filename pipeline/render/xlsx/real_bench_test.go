package xlsx

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/rules"
	"pingyou/pipeline/sheet"
)

// Benchmarks of the writer on real decisions: the workbooks of bench/tmp
// (written by bench/run.sh with samples/gen) or, for Sample, the sample batch,
// read and evaluated once outside the timer as pipeline.Run does, with the
// summary options pipeline/summary.go passes. Only WriteSummary is timed.
//
//	go test -run '^$' -bench 'WriteReal' -benchtime 3x -cpuprofile cpu.out ./pipeline/render/xlsx/
//
// PINGYOU_BENCH_XLSX_HEAPPROFILE=file writes a heap profile at the peak of
// live-MiB (go tool pprof -sample_index=inuse_space).
// PINGYOU_BENCH_XLSX_OUT=dir writes each benchmark's workbook there (for
// comparing the contents before and after a change). cpu-s/op is the CPU time
// of the process per write (both cores; less noisy than the wall time when
// the machine is shared). live-MiB is the peak of
// the live heap while writing (sampled every 25 ms after a forced collection)
// above the heap holding the input, in a separate untimed run writing to a
// file (before, the output's bytes.Buffer was counted too).
func BenchmarkWriteRealSample(b *testing.B) {
	benchReal(b, "sample", []string{"../../../samples/花名册.xlsx", "../../../samples/测评表.xlsx"})
}

func BenchmarkWriteReal10k(b *testing.B) { benchReal(b, "10k", benchInputs("10k")) }

func BenchmarkWriteReal100k(b *testing.B) { benchReal(b, "100k", benchInputs("100k")) }

func benchInputs(size string) []string {
	dir := filepath.Join("..", "..", "..", "bench", "tmp", size)
	return []string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}
}

// realInput reads and evaluates a batch like pipeline.Run and returns the
// results and options pipeline/summary.go would pass to WriteSummary.
func realInput(tb testing.TB, paths []string) (*model.Results, Options) {
	tb.Helper()
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			tb.Skipf("no input %s (bench/run.sh writes bench/tmp): %v", p, err)
		}
	}
	cfg, err := config.Load(filepath.Join("..", "..", "..", "samples", "pingyou.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	ds, diags, err := sheet.Read(paths, cfg.SheetOptions())
	if err != nil || diags.HasErrors() {
		tb.Fatalf("read: %v %d diagnostics", err, len(diags))
	}
	res := rules.Evaluate(ds, &cfg.Scheme)
	diags = append(diags, res.Diagnostics...)
	out := *res
	out.Diagnostics = diags
	short := cfg.Unit.ShortName
	if short == "" {
		short = cfg.Unit.Name
	}
	d := cfg.Unit.IssueDate
	opt := Options{
		Title: fmt.Sprintf("%s%d年度民主评议党员结果汇总表", strings.TrimSuffix(short, "党委"), cfg.Unit.Year),
		Unit:  cfg.Unit.Name, Year: cfg.Unit.Year, Generated: d.String(),
		Stamp: time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.FixedZone("CST", 8*3600)),
		Orgs:  ds.Orgs, FileName: DefaultFileName,
	}
	for _, dm := range cfg.Scheme.Score.Dimensions {
		opt.Dimensions = append(opt.Dimensions, dm.Name)
	}
	for _, it := range cfg.Scheme.Org.Items {
		opt.OrgItems = append(opt.OrgItems, it.Name)
	}
	return &out, opt
}

func benchReal(b *testing.B, name string, paths []string) {
	res, opt := realInput(b, paths)
	var size int64
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		cw := &countWriter{}
		if err := WriteSummary(cw, res, opt); err != nil {
			b.Fatal(err)
		}
		size = cw.n
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	// Peak live heap while writing, untimed.
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(25 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				runtime.GC()
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak {
					peak = ms.HeapAlloc
					if path := os.Getenv("PINGYOU_BENCH_XLSX_HEAPPROFILE"); path != "" {
						if f, err := os.Create(path); err == nil {
							pprof.WriteHeapProfile(f) // at the peak
							f.Close()
						}
					}
				}
			}
		}
	}()
	// To a file, as in the pipeline: a bytes.Buffer would count the output.
	dir := os.Getenv("PINGYOU_BENCH_XLSX_OUT")
	if dir == "" {
		dir = b.TempDir()
	}
	out, err := os.Create(filepath.Join(dir, name+".xlsx"))
	if err != nil {
		b.Fatal(err)
	}
	err = WriteSummary(out, res, opt)
	close(stop)
	<-done
	if err2 := out.Close(); err == nil {
		err = err2
	}
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "live-MiB")
	b.ReportMetric(float64(size)/(1<<20), "file-MiB")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*max(1, len(res.Members))), "ns/member")
}
