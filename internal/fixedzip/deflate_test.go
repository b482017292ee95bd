package fixedzip

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"runtime"
	"testing"
)

// TestBlockDeflater: the blocks make one deflate stream that inflates to the
// input, and the bytes do not depend on the number of cores or on how the
// input was cut into writes.
func TestBlockDeflater(t *testing.T) {
	var in bytes.Buffer
	for i := 0; in.Len() < 5*blockSize+12345; i++ {
		fmt.Fprintf(&in, `<row r="%d"><c r="A%d" s="13"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>党员%06d</t></is></c></row>`, i, i, i%977, i, i*7919%100003)
	}
	compress := func(chunk int) []byte {
		var out bytes.Buffer
		d := newBlockDeflater(&out, flate.DefaultCompression)
		for p := in.Bytes(); len(p) > 0; {
			k := min(chunk, len(p))
			if _, err := d.Write(p[:k]); err != nil {
				t.Fatal(err)
			}
			p = p[k:]
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	a := compress(32 << 10)
	back, err := io.ReadAll(flate.NewReader(bytes.NewReader(a)))
	if err != nil || !bytes.Equal(back, in.Bytes()) {
		t.Fatalf("inflated %d bytes (err %v), want the %d written", len(back), err, in.Len())
	}
	prev := runtime.GOMAXPROCS(1)
	b := compress(1000)
	runtime.GOMAXPROCS(prev)
	if !bytes.Equal(a, b) {
		t.Fatal("output depends on the cores or the writes")
	}
	for _, n := range []int{0, 1, blockSize, blockSize + 1} { // empty, tiny, exact block
		var out bytes.Buffer
		d := newBlockDeflater(&out, flate.DefaultCompression)
		d.Write(in.Bytes()[:n])
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
		back, err := io.ReadAll(flate.NewReader(&out))
		if err != nil || !bytes.Equal(back, in.Bytes()[:n]) {
			t.Fatalf("%d bytes: inflated %d, err %v", n, len(back), err)
		}
	}
}
