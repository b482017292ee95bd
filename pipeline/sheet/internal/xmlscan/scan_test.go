package xmlscan

import (
	"bytes"
	"io"
	"testing"
)

// TestScanFallsBack reads a part outside the fast subset (CDATA): Scan
// resets the handler and gives it encoding/xml's tokens, from a second open.
func TestScanFallsBack(t *testing.T) {
	for _, tc := range []struct {
		in     string
		resets int
	}{
		{`<a b="1">x<c/>y</a>`, 0},
		{`<a b="1">x<c/><![CDATA[<y>]]></a>`, 1},
	} {
		opens, resets := 0, 0
		var got recorder
		open := func() (io.ReadCloser, error) {
			opens++
			return io.NopCloser(bytes.NewReader([]byte(tc.in))), nil
		}
		err := Scan(open, &got, func() { resets++; got = recorder{} })
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		var want recorder
		if err := scanSlow(bytes.NewReader([]byte(tc.in)), &want); err != nil {
			t.Fatal(err)
		}
		if got.b.String() != want.b.String() {
			t.Errorf("%s: tokens\n%s\nwant (encoding/xml)\n%s", tc.in, got.b.String(), want.b.String())
		}
		if resets != tc.resets || opens != 1+tc.resets {
			t.Errorf("%s: %d resets, %d opens; want %d, %d", tc.in, resets, opens, tc.resets, 1+tc.resets)
		}
	}
}
