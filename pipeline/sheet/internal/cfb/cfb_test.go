package cfb

import (
	"bytes"
	"errors"
	"testing"
)

func TestBuildAndRead(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), 700) // 11,200 bytes: regular sectors
	small := []byte("a small stream, kept in the mini stream")
	data, _ := Build([]string{"Workbook", "\x05SummaryInformation"}, [][]byte{big, small})
	f, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		want []byte
	}{{"Workbook", big}, {"WORKBOOK", big}, {"\x05SummaryInformation", small}} {
		e, ok := f.Find(c.name)
		if !ok {
			t.Fatalf("%s not found in %v", c.name, f.Entries())
		}
		got, err := f.ReadStream(e)
		if err != nil || !bytes.Equal(got, c.want) {
			t.Errorf("%s: %d bytes, %v", c.name, len(got), err)
		}
	}
	if _, ok := f.Find("Book"); ok {
		t.Error("found a stream that is not there")
	}
}

// TestMalformed: each broken file is refused with ErrFormat, never a panic,
// a loop or repeated data.
func TestMalformed(t *testing.T) {
	big := bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1024)
	good, start := Build([]string{"Workbook"}, [][]byte{big})
	fatAt := func(b []byte, sn uint32) int { return 512 + 4*int(sn) } // FAT sector 0 is sector 0
	cases := []struct {
		name  string
		patch func(b []byte) []byte
		open  bool // Open fails (else ReadStream)
	}{
		{"truncated header", func(b []byte) []byte { return b[:300] }, true},
		{"bad sector shift", func(b []byte) []byte { b[30] = 7; return b }, true},
		{"FAT count beyond the file", func(b []byte) []byte { le.PutUint32(b[44:], 1<<30); return b }, true},
		{"FAT sector outside the file", func(b []byte) []byte { le.PutUint32(b[76:], 1<<20); return b }, true},
		{"directory cycle", func(b []byte) []byte {
			d := le.Uint32(b[48:])
			le.PutUint32(b[fatAt(b, d):], d)
			return b
		}, true},
		{"stream chain cycle", func(b []byte) []byte {
			s := start["Workbook"]
			le.PutUint32(b[fatAt(b, s+1):], s) // second sector points back to the first
			return b
		}, false},
		{"stream chain into free space", func(b []byte) []byte {
			le.PutUint32(b[fatAt(b, start["Workbook"]):], 0xFFFFFFFF)
			return b
		}, false},
		{"stream chain ends early", func(b []byte) []byte {
			le.PutUint32(b[fatAt(b, start["Workbook"]):], endOfChain)
			return b
		}, false},
		{"stream size beyond the file", func(b []byte) []byte {
			dir := 512 * (int(le.Uint32(b[48:])) + 1)
			le.PutUint32(b[dir+128+120:], 1<<31)
			return b
		}, false},
		{"truncated file", func(b []byte) []byte { return b[:len(b)-700] }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := c.patch(append([]byte(nil), good...))
			f, err := Open(b)
			if err == nil {
				if c.open {
					t.Fatal("Open accepted it")
				}
				e, ok := f.Find("Workbook")
				if !ok {
					t.Fatal("no Workbook")
				}
				_, err = f.ReadStream(e)
			} else if !c.open {
				t.Fatalf("Open refused it: %v", err)
			}
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("got %v, want ErrFormat", err)
			}
		})
	}
}

func FuzzOpen(f *testing.F) {
	small, _ := Build([]string{"Workbook"}, [][]byte{[]byte("tiny")})
	big, _ := Build([]string{"Workbook", "Book"}, [][]byte{bytes.Repeat([]byte{9}, 5000), []byte("x")})
	f.Add(small)
	f.Add(big)
	f.Fuzz(func(t *testing.T, b []byte) {
		cf, err := Open(b)
		if err != nil {
			return
		}
		for _, e := range cf.Entries() {
			if d, err := cf.ReadStream(e); err == nil && int64(len(d)) != e.Size {
				t.Fatalf("%s: read %d bytes of %d", e.Name, len(d), e.Size)
			}
		}
	})
}
