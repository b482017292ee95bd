// Command gen builds pipeline/collate/strokes_table.go from raw data files.
//
// Inputs (see pipeline/collate/DATA.md for sources and licences):
//
//   - Unihan_IRGSources.txt (plain or .bz2): kTotalStrokes per code point. Debian's unicode-data
//     package installs it as /usr/share/unicode/Unihan_IRGSources.txt.bz2 (apt-get install
//     unicode-data); it is also inside Unihan.zip from the Unicode Consortium. Not committed (1.5 MB
//     compressed, 30 MB plain).
//   - Unihan_OtherMappings.txt (plain or .bz2): kGB0, used only to report and check GB 2312 coverage.
//   - cnchar.order.min.js from the npm package cnchar-order 3.2.6 (MIT), committed under
//     gen/data/cnchar-order/ (143 kB). To refresh: `npm pack cnchar-order` and unpack package/.
//
// Run from the repository root:
//
//	go run ./pipeline/collate/gen
//
// or `go generate ./pipeline/collate`. Output is deterministic.
package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	here := "pipeline/collate"
	if _, err := os.Stat("gen/main.go"); err == nil { // run by go generate inside the package
		here = "."
	}
	irg := flag.String("irg", "/usr/share/unicode/Unihan_IRGSources.txt.bz2", "Unihan_IRGSources.txt[.bz2] (kTotalStrokes)")
	other := flag.String("other", "/usr/share/unicode/Unihan_OtherMappings.txt.bz2", "Unihan_OtherMappings.txt[.bz2] (kGB0, coverage report only)")
	cnchar := flag.String("cnchar", filepath.Join(here, "gen/data/cnchar-order/cnchar.order.min.js"), "cnchar-order's cnchar.order.min.js")
	out := flag.String("out", filepath.Join(here, "strokes_table.go"), "output Go file")
	flag.Parse()

	counts, err := readField(*irg, "kTotalStrokes", func(v string) (int, error) {
		// "When there are two values, the first is preferred for zh-Hans (G source)".
		return strconv.Atoi(strings.Fields(v)[0])
	})
	if err != nil {
		log.Fatal(err)
	}
	gb0, err := readField(*other, "kGB0", func(string) (int, error) { return 1, nil })
	if err != nil {
		log.Fatal(err)
	}
	letters, err := readCnchar(*cnchar)
	if err != nil {
		log.Fatal(err)
	}

	seqs := map[rune]string{}
	var unknownLetters []string
	for r, l := range letters {
		var b strings.Builder
		for _, c := range l {
			d, ok := letterClass[c]
			if !ok {
				unknownLetters = append(unknownLetters, string(c))
				continue
			}
			b.WriteByte(d)
		}
		seqs[r] = b.String()
	}
	if len(unknownLetters) > 0 {
		log.Fatalf("cnchar: unknown stroke letters %q", unknownLetters)
	}

	// Characters with a sequence but no Unihan count (none expected) take the sequence length.
	var mismatch []string
	for r, s := range seqs {
		c, ok := counts[r]
		if !ok {
			counts[r] = len(s)
			continue
		}
		if c != len(s) {
			mismatch = append(mismatch, fmt.Sprintf("%c U+%04X Unihan %d, cnchar %d", r, r, c, len(s)))
		}
	}
	sort.Strings(mismatch)

	var gbTotal, gbCount, gbSeq int
	for r := range gb0 {
		if r < 0x4E00 || r > 0x9FFF {
			continue // all 6763 kGB0 hanzi are in the URO; the guard only keeps the report honest
		}
		gbTotal++
		if _, ok := counts[r]; ok {
			gbCount++
		}
		if _, ok := seqs[r]; ok {
			gbSeq++
		}
	}
	extA, extASeq := 0, 0
	for r := range counts {
		if r >= 0x3400 && r <= 0x4DBF {
			extA++
			if _, ok := seqs[r]; ok {
				extASeq++
			}
		}
	}

	var src bytes.Buffer
	writeTable(&src, counts, seqs, stats{
		counts: len(counts), seqs: len(seqs), gbTotal: gbTotal, gbCount: gbCount, gbSeq: gbSeq,
		extA: extA, extASeq: extASeq, mismatch: len(mismatch),
	})
	formatted, err := format.Source(src.Bytes())
	if err != nil {
		log.Fatalf("format: %v", err)
	}
	if err := os.WriteFile(*out, formatted, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "counts %d, sequences %d, GB2312 %d/%d counts %d sequences, Ext A %d counts %d sequences\n",
		len(counts), len(seqs), gbCount, gbTotal, gbSeq, extA, extASeq)
	fmt.Fprintf(os.Stderr, "count mismatches (Unihan kept for the count, cnchar sequence kept for ties): %d\n", len(mismatch))
	for _, m := range mismatch {
		fmt.Fprintln(os.Stderr, "  ", m)
	}
}

// letterClass maps cnchar-order's stroke letters to the five classes of the 现代汉语通用字笔顺规范:
// 横1 (incl. 提), 竖2 (incl. 竖钩), 撇3, 点4 (incl. 捺), 折5 (every other bending stroke).
// 竖钩 counts as 竖 in that standard (小 = 234, 了 = 52), which is what puts 孔 (5215) before 邓 (5452).
var letterClass = map[rune]byte{
	'j': '1', // 横
	'i': '1', // 提
	'f': '2', // 竖
	'g': '2', // 竖钩
	's': '3', // 撇
	'k': '4', // 点
	'd': '4', // 点 (cnchar "点2", e.g. the first dot of 宀 and 心)
	'l': '4', // 捺
	'a': '5', // 横折折撇
	'b': '5', // 竖弯
	'c': '5', // 横折
	'e': '5', // 横撇, 横钩
	'h': '5', // 竖提
	'm': '5', // 撇点
	'n': '5', // 撇折
	'o': '5', // 横斜钩
	'p': '5', // 横折提
	'q': '5', // 横折折折
	'r': '5', // 横折钩
	't': '5', // 弯钩 (犭)
	'u': '5', // 竖弯钩
	'v': '5', // 横折折, 横折弯
	'w': '5', // 横折折折钩, 横撇弯钩
	'x': '5', // 竖折撇, 竖折折
	'y': '5', // 斜钩, 卧钩
	'z': '5', // 竖折折钩
}

func open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".bz2") {
		return struct {
			io.Reader
			io.Closer
		}{bzip2.NewReader(f), f}, nil
	}
	return f, nil
}

// readField reads one Unihan field ("U+4E00<TAB>kTotalStrokes<TAB>1").
func readField(path, field string, parse func(string) (int, error)) (map[rune]int, error) {
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[rune]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) != 3 || parts[1] != field || !strings.HasPrefix(parts[0], "U+") {
			continue
		}
		cp, err := strconv.ParseUint(parts[0][2:], 16, 32)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", path, parts[0], err)
		}
		v, err := parse(parts[2])
		if err != nil {
			return nil, fmt.Errorf("%s: %s %q: %w", path, parts[0], parts[2], err)
		}
		m[rune(cp)] = v
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("%s: no %s entries", path, field)
	}
	return m, nil
}

// readCnchar extracts the {"字":"letters"} object from the first JSON.parse('...') in the bundle.
func readCnchar(path string) (map[rune]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	const open = "JSON.parse('"
	i := bytes.Index(b, []byte(open))
	if i < 0 {
		return nil, fmt.Errorf("%s: no JSON.parse", path)
	}
	rest := b[i+len(open):]
	j := bytes.Index(rest, []byte("')"))
	if j < 0 {
		return nil, fmt.Errorf("%s: unterminated JSON.parse", path)
	}
	var raw map[string]string
	if err := json.Unmarshal(rest[:j], &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := map[rune]string{}
	for k, v := range raw {
		r, n := utf8.DecodeRuneInString(k)
		if n != len(k) || v == "" {
			return nil, fmt.Errorf("%s: bad entry %q: %q", path, k, v)
		}
		m[r] = v
	}
	if _, ok := m['王']; !ok {
		return nil, fmt.Errorf("%s: first JSON object is not the stroke-order table", path)
	}
	return m, nil
}

type stats struct {
	counts, seqs, gbTotal, gbCount, gbSeq, extA, extASeq, mismatch int
}

// encodeCount maps 0..91 to printable ASCII without '"' and '\\' (0 = no data).
func encodeCount(c int) byte {
	if c < 0 || c > 91 {
		log.Fatalf("stroke count %d out of range", c)
	}
	b := byte(0x21 + c)
	if b >= '"' {
		b++
	}
	if b >= '\\' {
		b++
	}
	return b
}

func writeTable(w *bytes.Buffer, counts map[rune]int, seqs map[rune]string, st stats) {
	runes := make([]rune, 0, len(counts))
	for r := range counts {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })

	fmt.Fprintf(w, `// Code generated by go run ./pipeline/collate/gen; DO NOT EDIT.
//
// Sources (see DATA.md for the full licence texts):
//   - stroke counts: Unihan database, field kTotalStrokes (first value = G source / zh-Hans),
//     Unicode 15.0 as shipped by Debian's unicode-data package. © Unicode, Inc.,
//     Unicode-DFS-2016 licence (https://www.unicode.org/copyright.html).
//   - stroke sequences: npm package cnchar-order 3.2.6, MIT licence,
//     Copyright (c) 2017 - present theajack <theajack@qq.com>.
//
// Coverage: %d code points with a stroke count, %d with a stroke sequence;
// GB 2312 hanzi: %d/%d with counts, %d with sequences; CJK Ext A: %d with counts, %d with sequences.
// Characters whose Unihan count differs from the length of the cnchar sequence: %d
// (the Unihan count is used for rule 1, the sequence only to break ties).

package collate

`, st.counts, st.seqs, st.gbCount, st.gbTotal, st.gbSeq, st.extA, st.extASeq, st.mismatch)

	// Ranges of consecutive code points, one byte per code point.
	w.WriteString("// countRanges holds stroke counts for runs of consecutive code points; data[r-lo] is\n")
	w.WriteString("// the count encoded by decodeCount (0 = unknown).\n")
	w.WriteString("var countRanges = []countRange{\n")
	for i := 0; i < len(runes); {
		j := i
		for j+1 < len(runes) && runes[j+1] == runes[j]+1 {
			j++
		}
		var data []byte
		for _, r := range runes[i : j+1] {
			data = append(data, encodeCount(counts[r]))
		}
		fmt.Fprintf(w, "{lo: 0x%04X, hi: 0x%04X, data: \"\" +\n", runes[i], runes[j])
		for k := 0; k < len(data); k += 96 {
			end := min(k+96, len(data))
			fmt.Fprintf(w, "\t%q", data[k:end])
			if end < len(data) {
				w.WriteString(" +")
			} else {
				w.WriteString(",")
			}
			w.WriteString("\n")
		}
		w.WriteString("},\n")
		i = j + 1
	}
	w.WriteString("}\n\n")

	// Sequences: records "<char><digits>" separated by spaces, in code point order.
	sr := make([]rune, 0, len(seqs))
	for r := range seqs {
		sr = append(sr, r)
	}
	sort.Slice(sr, func(i, j int) bool { return sr[i] < sr[j] })
	w.WriteString("// seqData holds stroke sequences as space-separated records \"<char><digits>\" in code point\n")
	w.WriteString("// order; digits are 横1 竖2 撇3 点4 折5.\n")
	w.WriteString("const seqData = \"\" +\n")
	for k := 0; k < len(sr); k += 12 {
		end := min(k+12, len(sr))
		var line strings.Builder
		for _, r := range sr[k:end] {
			line.WriteRune(r)
			line.WriteString(seqs[r])
			line.WriteByte(' ')
		}
		fmt.Fprintf(w, "\t%q", line.String())
		if end < len(sr) {
			w.WriteString(" +")
		}
		w.WriteString("\n")
	}
}
