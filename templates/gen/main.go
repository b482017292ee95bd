// Command gen builds templates/词表.txt, the word list the 公文 layout
// breaks titles and 署名 with (gongwen.Lexicon): a title line ends only
// between two words.
//
// The file has two parts. The first, up to the line "# —— 以下由程序生成",
// is kept as it is: the header and the hand-made 公文 vocabulary (organ
// suffixes, campaign names, the terms of the documents pingyou writes).
// The second is generated from the Chinese dictionary of
// github.com/go-ego/gse v0.80.3 (Apache-2.0; its data/dict/zh/s_1.txt
// comes from jieba, MIT): words of 2–6 Han characters seen at least
// -min times, and single characters seen at least -single times, each
// with a grade 1–9 from its frequency (log scale).
//
// Run from the repository root:
//
//	go mod download github.com/go-ego/gse@v0.80.3
//	go run ./templates/gen -dict "$(go env GOMODCACHE)/github.com/go-ego/gse@v0.80.3/data/dict/zh/s_1.txt"
//
// The output is deterministic (sorted by word).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const marker = "# —— 以下由程序生成"

func main() {
	dict := flag.String("dict", "", "gse data/dict/zh/s_1.txt")
	out := flag.String("out", "templates/词表.txt", "the word list to update")
	minFreq := flag.Int("min", 50, "least frequency of a word of two or more characters")
	single := flag.Int("single", 2000, "least frequency of a single character")
	flag.Parse()
	old, err := os.ReadFile(*out)
	if err != nil {
		log.Fatal(err)
	}
	head, _, ok := strings.Cut(string(old), marker)
	if !ok {
		log.Fatalf("%s has no line %q", *out, marker)
	}
	f, err := os.Open(*dict)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	grades := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		w := fs[0]
		freq, err := strconv.Atoi(fs[1])
		if err != nil {
			continue
		}
		n := utf8.RuneCountInString(w)
		if n > 6 || !allHan(w) || n == 1 && freq < *single || n > 1 && freq < *minFreq {
			continue
		}
		g := int(math.Log10(float64(freq))*2) - 2
		grades[w] = max(grades[w], min(9, max(1, g)))
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	words := make([]string, 0, len(grades))
	for w := range grades {
		words = append(words, w)
	}
	sort.Strings(words)
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(marker)
	fmt.Fprintf(&b, "：gse v0.80.3 data/dict/zh/s_1.txt（源自 jieba），%d 个词\n", len(words))
	for _, w := range words {
		fmt.Fprintf(&b, "%s %d\n", w, grades[w])
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d words generated", *out, len(words))
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
