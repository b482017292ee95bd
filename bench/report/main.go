// Command report turns the raw output of bench/run.sh into markdown tables.
//
//	go run ./bench/report runs  LABEL:MEMBERS:OUTDIR:TIMEFILE:LOGFILE …
//	go run ./bench/report gobench < go-test-bench-output.txt
//
// runs reads, for each end-to-end run of `pingyou run`, the output folder's
// manifest.json (files, kinds, sizes), the notices' page counts (from the
// PDFs), GNU time's -v report (wall time, CPU, peak RSS) and the run's
// stderr with a timestamp in seconds before each line (bench/run.sh adds
// them), and prints one table row per run. Stage times come from the
// timestamps of the stage lines the program logs; when the program prints
// "pingyou-timing" lines (PINGYOU_TIMINGS=1) those are used instead.
//
// gobench prints `go test -bench` results as a table.
package main

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "runs":
		err = runs(os.Stdout, os.Args[2:])
	case "gobench":
		err = gobench(os.Stdout, os.Stdin)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: report runs LABEL:MEMBERS:OUTDIR:TIMEFILE:LOGFILE … | report gobench < bench.txt")
	os.Exit(2)
}

// run is one end-to-end run's measurements.
type run struct {
	Label          string
	Members        int
	Wall, CPU      float64 // seconds; CPU is user + system
	Sys            float64 // seconds of CPU in the kernel (creating and writing files, mostly)
	RSSMiB         float64
	Files          int
	OutMiB         float64
	Certs          int
	CertBytes      int64
	CertStage      float64 // seconds: the separate certificate PDFs (with the combined books before certbooks timing existed)
	CertBooks      float64 // seconds: the combined books
	Sync           float64 // seconds: making the stage folder durable
	NoticeFiles    int
	NoticePages    int
	NoticeStage    float64
	XLSX           float64
	XLSXExact      bool // from a timing line, not the next log line
	Read, Evaluate float64
	StageRSS       []string // "stage MiB" in run order, from the timing lines' peak_rss_mib
}

func runs(w io.Writer, args []string) error {
	var rs []run
	for _, a := range args {
		p := strings.SplitN(a, ":", 5)
		if len(p) != 5 {
			return fmt.Errorf("bad run %q", a)
		}
		members, _ := strconv.Atoi(p[1])
		r := run{Label: p[0], Members: members}
		if err := r.readTime(p[3]); err != nil {
			return err
		}
		if err := r.readManifest(p[2]); err != nil {
			return err
		}
		if err := r.readLog(p[4]); err != nil {
			return err
		}
		rs = append(rs, r)
	}
	fmt.Fprintln(w, "| size | wall s | CPU s | sys s | peak RSS MiB | read s | eval s | certificates | cert stage s | certs/s | avg cert KB | books s | notice pages | notice stage s | pages/s | xlsx s | sync s | files | output MiB |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rs {
		xlsx := f2(r.XLSX)
		if !r.XLSXExact {
			xlsx += "*"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %.0f | %s | %s | %d | %s | %s | %.1f | %s | %d | %s | %s | %s | %s | %d | %.0f |\n",
			r.Label, f2(r.Wall), f2(r.CPU), f2(r.Sys), r.RSSMiB, f2(r.Read), f2(r.Evaluate), r.Certs, f2(r.CertStage), rate(r.Certs, r.CertStage),
			float64(r.CertBytes)/float64(max(r.Certs, 1))/1000, f2(r.CertBooks), r.NoticePages, f2(r.NoticeStage), rate(r.NoticePages, r.NoticeStage),
			xlsx, f2(r.Sync), r.Files, r.OutMiB)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "certs/s: separate certificate PDFs (each laid out, rendered, hashed and written) per second of the certificate stage;")
	fmt.Fprintln(w, "books s: the combined books (合订本) rendered after them; sync s: one sync of the finished folder before the swap;")
	fmt.Fprintln(w, "pages/s: branch-notice pages per second of the notice stage; avg cert KB: 1 KB = 1000 B.")
	for _, r := range rs {
		if !r.XLSXExact {
			fmt.Fprintln(w, "xlsx s marked *: from the summary log line to the next line, so it includes 文件目录 and manifest hashing.")
			break
		}
	}
	for _, r := range rs {
		if len(r.StageRSS) > 0 {
			fmt.Fprintf(w, "Peak RSS (MiB) so far at the end of each stage, %s: %s.\n", r.Label, strings.Join(r.StageRSS, ", "))
		}
	}
	if len(rs) == 2 && rs[0].Members > 0 && rs[0].Wall > 0 {
		fmt.Fprintf(w, "Scaling %s → %s: members ×%.1f, wall ×%.2f, CPU ×%.2f, peak RSS ×%.2f.\n",
			rs[0].Label, rs[1].Label, float64(rs[1].Members)/float64(rs[0].Members), rs[1].Wall/rs[0].Wall,
			rs[1].CPU/rs[0].CPU, rs[1].RSSMiB/rs[0].RSSMiB)
	}
	return nil
}

func f2(s float64) string {
	if s <= 0 {
		return "–"
	}
	if s < 10 {
		return strconv.FormatFloat(s, 'f', 2, 64)
	}
	return strconv.FormatFloat(s, 'f', 1, 64)
}

func rate(n int, s float64) string {
	if s <= 0 || n == 0 {
		return "–"
	}
	return strconv.FormatFloat(float64(n)/s, 'f', 0, 64)
}

// readTime parses GNU time -v output.
func (r *run) readTime(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var user, sys float64
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ": ")
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(k, "Elapsed (wall clock)"):
			r.Wall = clock(v)
		case k == "User time (seconds)":
			user, _ = strconv.ParseFloat(v, 64)
		case k == "System time (seconds)":
			sys, _ = strconv.ParseFloat(v, 64)
		case k == "Maximum resident set size (kbytes)":
			kb, _ := strconv.ParseFloat(v, 64)
			r.RSSMiB = kb / 1024
		}
	}
	r.CPU, r.Sys = user+sys, sys
	if r.Wall == 0 {
		return fmt.Errorf("%s: no wall time (is it GNU time -v output?)", path)
	}
	return nil
}

// clock parses h:mm:ss or m:ss.ss.
func clock(s string) float64 {
	var t float64
	for _, p := range strings.Split(strings.TrimSpace(s), ":") {
		v, _ := strconv.ParseFloat(p, 64)
		t = t*60 + v
	}
	return t
}

var (
	pageRE   = regexp.MustCompile(`/Type\s*/Page[^s]`)
	objStmRE = regexp.MustCompile(`/Type\s*/ObjStm`)
)

// pdfPages counts the page objects of a PDF, also those inside compressed
// object streams (gopdf patch Z puts every dictionary there).
func pdfPages(pdf []byte) int {
	n := len(pageRE.FindAll(pdf, -1))
	for _, loc := range objStmRE.FindAllIndex(pdf, -1) {
		rest := pdf[loc[1]:]
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			continue
		}
		zr, err := zlib.NewReader(bytes.NewReader(rest[i+len("stream\n"):]))
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(zr)
		n += len(pageRE.FindAll(b, -1))
	}
	return n
}

func (r *run) readManifest(dir string) error {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return err
	}
	var m struct {
		Files []struct {
			Path string `json:"path"`
			Size int64  `json:"size"`
			Kind string `json:"kind"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%s/manifest.json: %v", dir, err)
	}
	var total int64
	for _, f := range m.Files {
		total += f.Size
		switch {
		case f.Kind == "证书":
			r.Certs++
			r.CertBytes += f.Size
		case strings.HasPrefix(f.Path, "公文/支部通知/"):
			pdf, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
			if err != nil {
				return err
			}
			r.NoticeFiles++
			r.NoticePages += pdfPages(pdf)
		}
	}
	r.Files = len(m.Files) + 1
	r.OutMiB = float64(total) / (1 << 20)
	return nil
}

// readLog takes stage times from the timestamped stderr lines.
func (r *run) readLog(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	type line struct {
		t    float64
		text string
	}
	var lines []line
	timings := map[string]float64{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		ts, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		t, err := strconv.ParseFloat(ts, 64)
		if err != nil {
			continue
		}
		if rest, ok := strings.CutPrefix(text, "pingyou-timing "); ok {
			// pingyou-timing stage=NAME n=COUNT seconds=S
			var stage string
			var secs float64
			for _, kv := range strings.Fields(rest) {
				k, v, _ := strings.Cut(kv, "=")
				switch k {
				case "stage":
					stage = v
				case "seconds":
					secs, _ = strconv.ParseFloat(v, 64)
				case "peak_rss_mib":
					r.StageRSS = append(r.StageRSS, stage+" "+v)
				}
			}
			timings[stage] = secs
			continue
		}
		lines = append(lines, line{t, text})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	at := func(prefix string) int {
		for i, l := range lines {
			if strings.HasPrefix(l.text, prefix) {
				return i
			}
		}
		return -1
	}
	between := func(from, to string) float64 {
		i, j := at(from), at(to)
		if i < 0 || j < 0 {
			return 0
		}
		return lines[j].t - lines[i].t
	}
	r.Read = between("读取", "评定")
	r.CertStage = between("排版证书", "排版表彰决定")
	r.NoticeStage = between("排版各支部评议结果通知", "写出评议结果汇总表")
	if i := at("写出评议结果汇总表"); i >= 0 && i+1 < len(lines) {
		r.XLSX = lines[i+1].t - lines[i].t
	}
	for stage, p := range map[string]*float64{"read": &r.Read, "evaluate": &r.Evaluate, "certificates": &r.CertStage, "certbooks": &r.CertBooks,
		"notices": &r.NoticeStage, "summary": &r.XLSX, "sync": &r.Sync} {
		if s, ok := timings[stage]; ok {
			*p = s
			if stage == "summary" {
				r.XLSXExact = true
			}
		}
	}
	return nil
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+)\s+(\d+)\s+(.*)$`)

// gobench prints `go test -bench` result lines as a table: one row per
// benchmark, one column per unit seen.
func gobench(w io.Writer, r io.Reader) error {
	type row struct {
		pkg, name string
		vals      map[string]string
	}
	var rows []row
	var units []string
	seen := map[string]bool{}
	pkg := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = p
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		f := strings.Fields(m[3])
		rw := row{pkg: pkg, name: m[1], vals: map[string]string{}}
		for i := 0; i+1 < len(f); i += 2 {
			rw.vals[f[i+1]] = f[i]
			if !seen[f[i+1]] {
				seen[f[i+1]] = true
				units = append(units, f[i+1])
			}
		}
		rows = append(rows, rw)
	}
	if len(rows) == 0 {
		return fmt.Errorf("no benchmark results in the input")
	}
	fmt.Fprintf(w, "| benchmark | %s |\n", strings.Join(units, " | "))
	fmt.Fprintf(w, "|---|%s\n", strings.Repeat("---:|", len(units)))
	for _, rw := range rows {
		cells := make([]string, len(units))
		for i, u := range units {
			cells[i] = rw.vals[u]
			if cells[i] == "" {
				cells[i] = "–"
			}
		}
		fmt.Fprintf(w, "| %s (%s) | %s |\n", rw.name, strings.TrimPrefix(rw.pkg, "pingyou/"), strings.Join(cells, " | "))
	}
	return sc.Err()
}
