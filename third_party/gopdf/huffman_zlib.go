package gopdf

import (
	"hash/adler32"
	"math/bits"
)

// pingyou patch T (new file): a Huffman-only zlib encoder for font programs.
//
// Font programs are deflated Huffman-only (patches P and Q: TrueType
// outlines have few repeats for LZ77). compress/flate does that too, but it
// builds each block's code with sort.Sort over interfaces, several times per
// block: huffmanEncoder.generate was 14 % of BenchmarkNoticePage and 18 % of
// BenchmarkCertificate. This encoder writes the same kind of stream — blocks
// of at most 65,535 bytes, each with a dynamic code for the 256 byte values
// and end-of-block, one unused distance code, or stored when that is not
// larger — with the code built from a counting sort and the JPEG (ITU T.81
// K.3) length limit. Output is a valid zlib stream (RFC 1950/1951) and a
// function of the input only.

const huffBlockSize = 65535

// maxSymbols bounds the alphabets huffmanLengths is used for (257 literal
// codes, 19 code length codes).
const maxSymbols = 288

// huffmanZlib appends src as a zlib stream to dst.
func huffmanZlib(dst, src []byte) []byte {
	dst = append(dst, 0x78, 0x01) // deflate, 32K window, fastest-level hint; (0x7801 % 31 == 0)
	var w bitWriter
	w.out = dst
	for start := 0; ; start += huffBlockSize {
		end := start + huffBlockSize
		if end > len(src) {
			end = len(src)
		}
		huffmanBlock(&w, src[start:end], end == len(src))
		if end == len(src) {
			break
		}
	}
	w.flush()
	sum := adler32.Checksum(src)
	return append(w.out, byte(sum>>24), byte(sum>>16), byte(sum>>8), byte(sum))
}

// bitWriter writes bits least significant first, as deflate does.
type bitWriter struct {
	out  []byte
	bits uint64
	n    uint
}

func (w *bitWriter) write(v uint32, n uint) {
	w.bits |= uint64(v) << w.n
	w.n += n
	for w.n >= 32 { // w.n < 48 before the call (the data loop leaves it so)
		w.out = append(w.out, byte(w.bits), byte(w.bits>>8), byte(w.bits>>16), byte(w.bits>>24))
		w.bits >>= 32
		w.n -= 32
	}
}

// flush pads to a byte boundary and writes what is pending.
func (w *bitWriter) flush() {
	for w.n > 0 {
		w.out = append(w.out, byte(w.bits))
		w.bits >>= 8
		if w.n >= 8 {
			w.n -= 8
		} else {
			w.n = 0
		}
	}
	w.bits = 0
}

// codegenOrder is the order of the code length code lengths (RFC 1951 3.2.7).
var codegenOrder = [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// huffmanBlock writes one block holding src (at most huffBlockSize bytes).
func huffmanBlock(w *bitWriter, src []byte, final bool) {
	var freq [257]int
	for _, b := range src {
		freq[b]++
	}
	freq[256] = 1 // end of block
	var litLen [257]uint8
	huffmanLengths(freq[:], litLen[:], 15)

	// Code lengths of the 257 literal/length codes and the one distance
	// code (length 1, never used), run-length coded.
	var lengths [258]uint8
	copy(lengths[:], litLen[:])
	lengths[257] = 1
	type cl struct{ sym, extra uint8 }
	var seq [258]cl
	nseq := 0
	var cgFreq [19]int
	for i := 0; i < len(lengths); {
		l := lengths[i]
		run := 1
		for i+run < len(lengths) && lengths[i+run] == l {
			run++
		}
		i += run
		if l == 0 {
			for run >= 11 {
				r := run
				if r > 138 {
					r = 138
				}
				seq[nseq] = cl{18, uint8(r - 11)}
				nseq++
				cgFreq[18]++
				run -= r
			}
			if run >= 3 {
				seq[nseq] = cl{17, uint8(run - 3)}
				nseq++
				cgFreq[17]++
				run = 0
			}
		} else if run >= 4 {
			seq[nseq] = cl{l, 0}
			nseq++
			cgFreq[l]++
			run--
			for run >= 3 {
				r := run
				if r > 6 {
					r = 6
				}
				seq[nseq] = cl{16, uint8(r - 3)}
				nseq++
				cgFreq[16]++
				run -= r
			}
		}
		for ; run > 0; run-- {
			seq[nseq] = cl{l, 0}
			nseq++
			cgFreq[l]++
		}
	}
	var cgLen [19]uint8
	huffmanLengths(cgFreq[:], cgLen[:], 7)
	hclen := 19
	for hclen > 4 && cgLen[codegenOrder[hclen-1]] == 0 {
		hclen--
	}

	// Size of the Huffman block in bits, to choose between it and stored.
	bits := 3 + 5 + 5 + 4 + 3*hclen
	for _, c := range seq[:nseq] {
		bits += int(cgLen[c.sym]) + [19]int{16: 2, 17: 3, 18: 7}[c.sym]
	}
	for s, f := range freq {
		bits += f * int(litLen[s])
	}
	if len(src)+5 <= (bits+7)/8 {
		final32 := uint32(0)
		if final {
			final32 = 1
		}
		w.write(final32, 3) // BFINAL, BTYPE 00
		w.flush()
		n := len(src)
		w.out = append(w.out, byte(n), byte(n>>8), ^byte(n), ^byte(n>>8))
		w.out = append(w.out, src...)
		return
	}

	litCode := canonicalCodes(litLen[:])
	cgCode := canonicalCodes(cgLen[:])
	head := uint32(2 << 1) // BTYPE 10: dynamic Huffman
	if final {
		head |= 1
	}
	w.write(head, 3)
	w.write(257-257, 5) // HLIT
	w.write(1-1, 5)     // HDIST
	w.write(uint32(hclen-4), 4)
	for _, s := range codegenOrder[:hclen] {
		w.write(uint32(cgLen[s]), 3)
	}
	for _, c := range seq[:nseq] {
		w.write(uint32(cgCode[c.sym]), uint(cgLen[c.sym]))
		switch c.sym {
		case 16:
			w.write(uint32(c.extra), 2)
		case 17:
			w.write(uint32(c.extra), 3)
		case 18:
			w.write(uint32(c.extra), 7)
		}
	}
	var code [257]uint32
	for s := range code {
		code[s] = uint32(litCode[s]) | uint32(litLen[s])<<16
	}
	// The data: at most 15 bits a byte; room made once, 48 bits written at a time.
	if need := len(src)*2 + 16; cap(w.out)-len(w.out) < need {
		grown := make([]byte, len(w.out), len(w.out)+need+len(w.out)/4)
		copy(grown, w.out)
		w.out = grown
	}
	out, acc, n := w.out, w.bits, w.n
	for _, b := range src {
		c := code[b]
		acc |= uint64(c&0xFFFF) << n
		n += uint(c >> 16)
		if n >= 48 {
			out = append(out, byte(acc), byte(acc>>8), byte(acc>>16), byte(acc>>24), byte(acc>>32), byte(acc>>40))
			acc >>= 48
			n -= 48
		}
	}
	w.out, w.bits, w.n = out, acc, n
	w.write(uint32(litCode[256]), uint(litLen[256]))
}

// huffmanLengths sets lengths[s] to the code length of symbol s for the
// frequencies freq, at most maxBits (len(freq) <= 1<<maxBits: 257 literal
// codes in 15 bits, 19 code length codes in 7), 0 for symbols that do not
// occur. At
// least two symbols get codes (a used and an unused one if only one occurs),
// so the code is always complete.
func huffmanLengths(freq []int, lengths []uint8, maxBits int) {
	for i := range lengths {
		lengths[i] = 0
	}
	// Symbols that occur, by ascending frequency then symbol.
	var symBuf, sortBuf [maxSymbols]int
	var weightBuf, parentBuf [2*maxSymbols - 1]int
	if len(freq) > maxSymbols {
		panic("gopdf: huffmanLengths: too many symbols")
	}
	syms := symBuf[:0]
	for s, f := range freq {
		if f > 0 {
			syms = append(syms, s)
		}
	}
	switch len(syms) {
	case 0:
		lengths[0], lengths[1] = 1, 1
		return
	case 1:
		other := 0
		if syms[0] == 0 {
			other = 1
		}
		lengths[syms[0]], lengths[other] = 1, 1
		return
	}
	syms = sortByFreq(syms, freq, sortBuf[:len(syms)])
	// Huffman's algorithm with two queues over the sorted leaves: internal
	// nodes are made in non-decreasing weight order.
	n := len(syms)
	weight := weightBuf[:2*n-1]
	parent := parentBuf[:2*n-1]
	for i, s := range syms {
		weight[i] = freq[s]
	}
	leaf, node := 0, n // next leaf; next unconsumed internal node
	for next := n; next < 2*n-1; next++ {
		var pick [2]int
		for k := range pick {
			if leaf < n && (node >= next || weight[leaf] <= weight[node]) {
				pick[k] = leaf
				leaf++
			} else {
				pick[k] = node
				node++
			}
		}
		weight[next] = weight[pick[0]] + weight[pick[1]]
		parent[pick[0]], parent[pick[1]] = next, next
	}
	// Depths: the root is the last node.
	depth := weight // reuse
	depth[2*n-2] = 0
	for i := 2*n - 3; i >= 0; i-- {
		depth[i] = depth[parent[i]] + 1
	}
	// Count codes per length, limit to maxBits (ITU T.81 K.3 adjust_BITS:
	// keeps the Kraft sum at 1), then give the shortest lengths to the most
	// frequent symbols.
	var count [64]int
	maxLen := 0
	for i := 0; i < n; i++ {
		d := depth[i]
		if d >= len(count) {
			d = len(count) - 1
		}
		count[d]++
		if d > maxLen {
			maxLen = d
		}
	}
	for i := maxLen; i > maxBits; i-- {
		for count[i] > 0 {
			j := i - 2
			for count[j] == 0 {
				j--
			}
			count[i] -= 2
			count[i-1]++
			count[j+1] += 2
			count[j]--
		}
	}
	k := n - 1 // most frequent first
	for l := 1; l <= maxBits; l++ {
		for c := count[l]; c > 0; c-- {
			lengths[syms[k]] = uint8(l)
			k--
		}
	}
}

// canonicalCodes returns the deflate codes for the code lengths (RFC 1951
// 3.2.2), bit-reversed for writing least significant bit first.
func canonicalCodes(lengths []uint8) []uint16 {
	var blCount [16]int
	for _, l := range lengths {
		blCount[l]++
	}
	blCount[0] = 0
	var next [16]int
	code := 0
	for bits := 1; bits < 16; bits++ {
		code = (code + blCount[bits-1]) << 1
		next[bits] = code
	}
	codes := make([]uint16, len(lengths))
	for s, l := range lengths {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		codes[s] = bits.Reverse16(uint16(c)) >> (16 - l)
	}
	return codes
}

// sortByFreq sorts symbols (given in ascending order) by ascending frequency,
// keeping ties in symbol order: a bottom-up merge sort (stable).
func sortByFreq(syms, freq, buf []int) []int {
	a, b := syms, buf
	for width := 1; width < len(a); width *= 2 {
		for lo := 0; lo < len(a); lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > len(a) {
				mid = len(a)
			}
			if hi > len(a) {
				hi = len(a)
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if freq[a[j]] < freq[a[i]] {
					b[k] = a[j]
					j++
				} else {
					b[k] = a[i]
					i++
				}
				k++
			}
			k += copy(b[k:], a[i:mid])
			copy(b[k:], a[j:hi])
		}
		a, b = b, a
	}
	return a
}
