package pipeline

// Benchmarks of the document stages with the real fonts (../fonts) and the
// sample organisation (../samples, 800 members): one certificate, one notice
// page, and the combined certificate book. `make bench` runs them; the
// end-to-end numbers come from bench/run.sh.

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync/atomic"
	"testing"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/certificate"
	"pingyou/pipeline/render/pdf"
	"pingyou/pipeline/rules"
)

// benchGenerator builds what Run builds before the first document, for the
// sample organisation, writing into a temporary folder.
func benchGenerator(b *testing.B) *generator {
	b.Helper()
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	cfg.Fonts.Dir = filepath.Join("..", "fonts")
	cfg.Dir = ""
	opt := &Options{Config: cfg, Inputs: samples, OutDir: b.TempDir(), Program: "pingyou bench"}
	ds, diags, err := read(opt)
	if err != nil || diags.HasErrors() {
		b.Fatalf("read: %v %v", err, diags)
	}
	res := rules.Evaluate(ds, &cfg.Scheme)
	fonts, err := loadFonts(cfg)
	if err != nil {
		b.Fatal(err)
	}
	g := &generator{opt: opt, cfg: cfg, ds: ds, res: res, fonts: fonts, st: archive.NewStage(b.TempDir()),
		setter: &layout.Setter{Metrics: fonts},
		pdfFonts: pdf.NewFonts(func(face string) ([]byte, error) {
			f := fonts.Face(face)
			if f == nil {
				return nil, fmt.Errorf("no face %s", face)
			}
			return f.Bytes(), nil
		}),
		images:   map[string][]byte{},
		progress: NewProgress(io.Discard, false, false),
	}
	if g.noticeOpt, err = noticeOptions(cfg, fonts); err != nil {
		b.Fatal(err)
	}
	if err := g.loadImages(); err != nil {
		b.Fatal(err)
	}
	return g
}

func benchCertificates(b *testing.B, g *generator) ([]document.Certificate, *certificate.Spec) {
	b.Helper()
	spec, err := g.certSpec()
	if err != nil {
		b.Fatal(err)
	}
	wb, err := templateBytes(g.cfg, "证书措辞.yaml")
	if err != nil {
		b.Fatal(err)
	}
	wording, err := compose.ParseWording(wb)
	if err != nil {
		b.Fatal(err)
	}
	certs, _, err := compose.Certificates(g.res, composeOptions(g.cfg), wording)
	if err != nil || len(certs) == 0 {
		b.Fatalf("certificates: %d, %v", len(certs), err)
	}
	return certs, spec
}

// benchName gives the i-th of 64,000 distinct synthetic person names, so that
// certificates differ in their glyphs as in a real batch (the sample batch
// has only 73 recipients, and a cycle through them would repeat subsets).
func benchName(i int) string {
	const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
	const given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕鹏辉建国志文斌宇浩凯健俊帆帅旭宁龙林欣晨"
	s, g := []rune(surnames), []rune(given)
	i %= len(s) * 40 * 40
	return string(s[i%len(s)]) + string(g[i/len(s)%40]) + string(g[i/len(s)/40%40])
}

// BenchmarkCertificate lays out and renders one certificate to PDF bytes, on
// one goroutine: the sample batch's certificates in turn, each with a
// distinct person's name (benchName).
func BenchmarkCertificate(b *testing.B) {
	g := benchGenerator(b)
	certs, spec := benchCertificates(b, g)
	var size int64
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		c := certs[i%len(certs)]
		if c.Person {
			c.Name = benchName(i)
		}
		doc, _, err := certificate.Layout(&c, spec, g.setter, 0, 0)
		if err != nil {
			b.Fatal(err)
		}
		pdf, err := g.render(doc)
		if err != nil {
			b.Fatal(err)
		}
		size += int64(len(pdf))
		i++
	}
	b.ReportMetric(float64(size)/float64(i), "B/pdf")
}

// BenchmarkCertificateParallel is BenchmarkCertificate on GOMAXPROCS
// goroutines, each PDF also stored the way Run stores it (archive.Stage:
// written once, hashed as written, one sync for all at the end); certs/s is
// the throughput the certificate stage can reach.
func BenchmarkCertificateParallel(b *testing.B) {
	g := benchGenerator(b)
	certs, spec := benchCertificates(b, g)
	st := archive.NewStage(b.TempDir())
	b.ReportAllocs()
	b.ResetTimer()
	var n atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			k := int(n.Add(1))
			c := certs[i%len(certs)]
			if c.Person {
				c.Name = benchName(k)
			}
			doc, _, err := certificate.Layout(&c, spec, g.setter, 0, 0)
			if err != nil {
				b.Error(err)
				return
			}
			pdf, err := g.render(doc)
			if err != nil {
				b.Error(err)
				return
			}
			if _, err := st.Write(archive.Entry{Path: fmt.Sprintf("证书/%06d.pdf", k)}, pdf); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	if err := st.Sync(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "certs/s")
}

// BenchmarkNoticePage lays out and renders the sample batch's branch
// notices; ns/page is the time per page.
func BenchmarkNoticePage(b *testing.B) {
	g := benchGenerator(b)
	bt, err := templateBytes(g.cfg, g.cfg.BranchNotice.Template)
	if err != nil {
		b.Fatal(err)
	}
	t, err := compose.ParseTemplate(g.cfg.BranchNotice.Template, bt)
	if err != nil {
		b.Fatal(err)
	}
	notices, _, err := compose.BranchNotices(composeOptions(g.cfg), g.ds, g.res, t)
	if err != nil || len(notices) == 0 {
		b.Fatalf("notices: %d, %v", len(notices), err)
	}
	pages, i := 0, 0
	var size int64
	b.ReportAllocs()
	for b.Loop() {
		doc, _, _, err := g.notice(notices[i%len(notices)].Notice)
		if err != nil {
			b.Fatal(err)
		}
		pdf, err := g.render(doc)
		if err != nil {
			b.Fatal(err)
		}
		pages += len(doc.Pages)
		size += int64(len(pdf))
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(pages), "ns/page")
	b.ReportMetric(float64(pages)/float64(i), "pages/notice")
	b.ReportMetric(float64(size)/float64(i), "B/pdf")
}

// BenchmarkCertificateBook renders the combined book (合订本) of the sample
// batch's certificates, one page per certificate; ns/page is per page.
func BenchmarkCertificateBook(b *testing.B) {
	g := benchGenerator(b)
	certs, spec := benchCertificates(b, g)
	book := &layout.Document{Meta: layout.Meta{Title: "bench"}}
	for i := range certs {
		doc, _, err := certificate.Layout(&certs[i], spec, g.setter, 0, 0)
		if err != nil {
			b.Fatal(err)
		}
		book.Pages = append(book.Pages, doc.Pages...)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := pdf.Render(io.Discard, book, g.pdfFonts, pdf.Options{Images: g.images}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(book.Pages)), "ns/page")
}

// BenchmarkCertificateStage runs the whole certificate stage of Run on the
// sample batch: the ordered worker pool, each PDF written to the stage
// folder (archive.Stage, hashed as written), and the combined books. certs/s counts the
// separate certificate PDFs.
func BenchmarkCertificateStage(b *testing.B) {
	g := benchGenerator(b)
	certs := 0
	b.ReportAllocs()
	for b.Loop() {
		g.entries = g.entries[:0]
		g.st = archive.NewStage(b.TempDir())
		g.stage = g.progress.Start("certificates", "证书", 0)
		if err := g.certificates(); err != nil {
			b.Fatal(err)
		}
		for _, e := range g.entries {
			if e.Kind == "证书" {
				certs++
			}
		}
	}
	b.ReportMetric(float64(certs)/b.Elapsed().Seconds(), "certs/s")
}

// BenchmarkReadEvaluate100k reads and evaluates a generated organisation of
// 100,000 members (from $PINGYOU_BENCH_100K, or generated into a temporary
// folder) and reports the live heap afterwards (live-MiB): what every later
// stage of a 100k run carries. PINGYOU_BENCH_HEAPPROFILE=file writes a heap
// profile at that point.
func BenchmarkReadEvaluate100k(b *testing.B) {
	dir := os.Getenv("PINGYOU_BENCH_100K")
	if dir == "" {
		dir = b.TempDir()
		gen := exec.Command("go", "run", "../samples/gen", "-members", "100000", "-seed", "2012", "-o", dir)
		gen.Stderr = os.Stderr
		if err := gen.Run(); err != nil {
			b.Skipf("cannot generate the 100k workbooks: %v", err)
		}
	}
	cfg, err := config.Load(filepath.Join("..", "samples", "pingyou.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	opt := &Options{Config: cfg, Inputs: []string{filepath.Join(dir, "花名册.xlsx"), filepath.Join(dir, "测评表.xlsx")}}
	var live uint64
	for b.Loop() {
		ds, diags, err := read(opt)
		if err != nil || diags.HasErrors() {
			b.Fatalf("read: %v %d diagnostics", err, len(diags))
		}
		res := rules.Evaluate(ds, &cfg.Scheme)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		live = ms.HeapAlloc
		if path := os.Getenv("PINGYOU_BENCH_HEAPPROFILE"); path != "" {
			if f, err := os.Create(path); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}
		runtime.KeepAlive(ds)
		runtime.KeepAlive(res)
	}
	b.ReportMetric(float64(live)/(1<<20), "live-MiB")
}
