package gopdf

// Tests of patch W: zlib streams from github.com/klauspost/compress.

import (
	"bytes"
	stdzlib "compress/zlib"
	"io"
	"math/rand"
	"os"
	"testing"

	"github.com/klauspost/compress/zlib"
)

func klauspostInputs(t *testing.T) [][]byte {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 70000)
	rnd.Read(random)
	in := [][]byte{
		{}, {7}, bytes.Repeat([]byte{0}, 1000), random[:100], random,
		bytes.Repeat([]byte("BT /F1 16 Tf 0 Tc (Hello) Tj ET\n"), 700),
	}
	if data, err := os.ReadFile(cjkFontPath); err == nil {
		in = append(in, data[100000:101900], data[200000:218000], data[300000:430000])
	}
	return in
}

// TestPingyouKlauspostPooled: for every level gopdf can ask for, a pooled
// writer reused after other inputs writes exactly the bytes of a new writer,
// the same on every run, and compress/zlib (which checks the Adler-32) reads
// the input back.
func TestPingyouKlauspostPooled(t *testing.T) {
	inputs := klauspostInputs(t)
	for level := zlib.HuffmanOnly; level <= zlib.BestCompression; level++ {
		for i, src := range inputs {
			var fresh bytes.Buffer
			zw, err := zlib.NewWriterLevel(&fresh, level)
			if err != nil {
				t.Fatal(err)
			}
			zw.Write(src)
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			for range 2 {
				// dirty the pooled writers of this level with other inputs first
				for _, other := range inputs {
					if _, err := compressBytes(other, level); err != nil {
						t.Fatal(err)
					}
				}
				z, err := compressBytes(src, level)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(z, fresh.Bytes()) {
					t.Fatalf("level %d input %d: pooled writer differs from a new one", level, i)
				}
			}
			zr, err := stdzlib.NewReader(bytes.NewReader(fresh.Bytes()))
			if err != nil {
				t.Fatalf("level %d input %d: %v", level, i, err)
			}
			out, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(out, src) {
				t.Fatalf("level %d input %d: round trip: %v", level, i, err)
			}
		}
	}
}

// TestPingyouStreamLevels: the levels of patch W.
func TestPingyouStreamLevels(t *testing.T) {
	for _, c := range []struct{ n, want int }{
		{0, zlib.HuffmanOnly}, {4<<10 - 1, zlib.HuffmanOnly}, {4 << 10, fontLevelMedium},
		{64 << 10, fontLevelMedium}, {64<<10 + 1, fontLevelLarge},
	} {
		if got := fontStreamLevel(c.n); got != c.want {
			t.Errorf("fontStreamLevel(%d) = %d, want %d", c.n, got, c.want)
		}
	}
	for _, c := range []struct{ level, n, want int }{
		{zlib.DefaultCompression, 100, 2}, {zlib.DefaultCompression, contentSmall, 7},
		{zlib.BestSpeed, 100, zlib.BestSpeed}, {zlib.BestCompression, 1 << 20, zlib.BestCompression},
	} {
		if got := contentLevel(c.level, c.n); got != c.want {
			t.Errorf("contentLevel(%d, %d) = %d, want %d", c.level, c.n, got, c.want)
		}
	}
}
