package gopdf

// Tests of patch T: the Huffman-only zlib encoder.

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand"
	"os"
	"strconv"
	"testing"
)

func inflate(t testing.TB, z []byte) []byte {
	t.Helper()
	zr, err := zlib.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatalf("zlib header: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("inflate: %v", err)
	}
	return out
}

func huffmanInputs(t testing.TB) map[string][]byte {
	rnd := rand.New(rand.NewSource(1))
	random := func(n int) []byte {
		b := make([]byte, n)
		rnd.Read(b)
		return b
	}
	skewed := func(n int) []byte { // geometric: long codes, stresses the length limit
		b := make([]byte, n)
		for i := range b {
			v := 0
			for v < 255 && rnd.Intn(2) == 0 {
				v++
			}
			b[i] = byte(v)
		}
		return b
	}
	// Fibonacci frequencies give Huffman depths past 15 within one block.
	var fib []byte
	f1, f2 := 1, 1
	for s := 0; s < 24 && len(fib) < 60000; s++ {
		fib = append(fib, bytes.Repeat([]byte{byte(s)}, f1)...)
		f1, f2 = f2, f1+f2
	}
	in := map[string][]byte{
		"empty": {}, "one": {7}, "two": {7, 7}, "pair": {0, 1}, "byte0": bytes.Repeat([]byte{0}, 1000),
		"byte255": bytes.Repeat([]byte{255}, 70000), "text": bytes.Repeat([]byte("BT /F1 16 Tf (Hello) Tj ET\n"), 300),
		"random100": random(100), "random65535": random(65535), "random65536": random(65536), "random200k": random(200000),
		"skewed5k": skewed(5000), "skewed150k": skewed(150000), "fibonacci": fib,
	}
	if _, data := cjkFontIfPresent(); data != nil {
		in["font2k"] = data[100000:102000]
		in["font130k"] = data[200000:330000]
	}
	return in
}

// flateHuffmanOnly is compress/flate's Huffman-only zlib stream, the reference.
func flateHuffmanOnly(src []byte) []byte {
	var buf bytes.Buffer
	zw, _ := getZlibWriter(&buf, zlib.HuffmanOnly) // pooled, as gopdf used it
	zw.Write(src)
	zw.Close()
	putZlibWriter(zw, zlib.HuffmanOnly)
	return buf.Bytes()
}

func cjkFontIfPresent() (string, []byte) {
	data, err := os.ReadFile(cjkFontPath)
	if err != nil {
		return "", nil
	}
	return cjkFontPath, data
}

// TestPingyouHuffmanZlib: every input comes back through compress/zlib
// (which also checks the Adler-32), the output is deterministic, and its size
// is within 1 % (+16 bytes) of compress/flate's Huffman-only output.
func TestPingyouHuffmanZlib(t *testing.T) {
	for name, src := range huffmanInputs(t) {
		z := huffmanZlib([]byte("keep"), src)
		if string(z[:4]) != "keep" {
			t.Fatalf("%s: dst prefix overwritten", name)
		}
		z = z[4:]
		if got := inflate(t, z); !bytes.Equal(got, src) {
			t.Fatalf("%s: round trip differs (%d bytes in, %d out)", name, len(src), len(got))
		}
		if !bytes.Equal(z, huffmanZlib(nil, src)) {
			t.Errorf("%s: not deterministic", name)
		}
		std := flateHuffmanOnly(src)
		if len(z) > len(std)+len(std)/100+16 {
			t.Errorf("%s: %d bytes, compress/flate Huffman-only %d", name, len(z), len(std))
		}
		t.Logf("%-12s %7d -> %7d (flate Huffman-only %7d)", name, len(src), len(z), len(std))
	}
}

// TestPingyouHuffmanLengths: code lengths are within the limit and form a
// complete prefix code (Kraft sum exactly 1) for skewed and flat inputs.
func TestPingyouHuffmanLengths(t *testing.T) {
	rnd := rand.New(rand.NewSource(2))
	for trial := 0; trial < 2000; trial++ {
		n := 2 + rnd.Intn(286)
		freq := make([]int, n)
		for i := range freq {
			switch trial % 3 {
			case 0:
				freq[i] = rnd.Intn(3) * rnd.Intn(1000)
			case 1:
				freq[i] = 1 << uint(rnd.Intn(17))
			default:
				freq[i] = rnd.Intn(2)
			}
		}
		for _, max := range []int{7, 15} {
			if max == 7 && n > 19 { // the code length alphabet has 19 symbols
				freq = freq[:19]
			}
			lengths := make([]uint8, len(freq))
			huffmanLengths(freq, lengths, max)
			kraft := 0.0
			for s, l := range lengths {
				if int(l) > max || (freq[s] > 0 && l == 0) {
					t.Fatalf("trial %d: symbol %d freq %d length %d (max %d)", trial, s, freq[s], l, max)
				}
				if l > 0 {
					kraft += 1 / float64(uint(1)<<l)
				}
			}
			if kraft != 1 {
				t.Fatalf("trial %d max %d: Kraft sum %v", trial, max, kraft)
			}
		}
	}
}

func FuzzPingyouHuffmanZlib(f *testing.F) {
	for _, src := range huffmanInputs(f) {
		if len(src) < 5000 {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if got := inflate(t, huffmanZlib(nil, src)); !bytes.Equal(got, src) {
			t.Fatalf("round trip differs for %d bytes", len(src))
		}
	})
}

func BenchmarkPingyouHuffmanZlib(b *testing.B) {
	_, data := cjkFontIfPresent()
	if data == nil {
		b.Skip("no CJK font")
	}
	for _, n := range []int{1900, 18000, 126000} {
		src := data[300000 : 300000+n]
		b.Run("patchT/"+strconv.Itoa(n), func(b *testing.B) {
			var dst []byte
			for b.Loop() {
				dst = huffmanZlib(dst[:0], src)
			}
		})
		b.Run("flate/"+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				flateHuffmanOnly(src)
			}
		})
	}
}
