package fixedzip

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"strings"
	"testing"
	"time"
)

// TestWriter writes entries out of order and reads the archive back: sorted
// by name with [Content_Types].xml first, every entry with the given time
// and its content, sizes in the local headers (no data descriptors), and the
// same bytes on a second run.
func TestWriter(t *testing.T) {
	stamp := time.Date(2012, 6, 28, 9, 30, 14, 0, time.FixedZone("CST", 8*3600))
	parts := []struct{ name, body string }{
		{"xl/worksheets/sheet2.xml", strings.Repeat("<row/>", 1000)},
		{"Zed.xml", "upper case sorts before ["},
		{"[Content_Types].xml", "<Types/>"},
		{"_rels/.rels", ""},
		{"xl/worksheets/sheet1.xml", "<worksheet>中文</worksheet>"},
	}
	want := []string{"[Content_Types].xml", "Zed.xml", "_rels/.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}
	for _, c := range []struct {
		name string
		comp Compressor
	}{{"Deflate", Deflate(flate.DefaultCompression)}, {"ParallelDeflate", ParallelDeflate(7)}} {
		write := func() []byte {
			var buf bytes.Buffer
			z := NewWriter(&buf, stamp, c.comp)
			for _, p := range parts {
				w, err := z.Create(p.name)
				if err != nil {
					t.Fatal(err)
				}
				io.WriteString(w, p.body)
			}
			if err := z.Close(); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}
		data := write()
		if !bytes.Equal(data, write()) {
			t.Errorf("%s: two runs differ", c.name)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var names []string
		for _, f := range zr.File {
			names = append(names, f.Name)
			if got := f.Modified; !got.Equal(time.Date(2012, 6, 28, 9, 30, 14, 0, time.UTC)) {
				t.Errorf("%s: %s: time %v, want the stamp's wall clock", c.name, f.Name, got)
			}
			if f.Flags&0x8 != 0 {
				t.Errorf("%s: %s has a data descriptor", c.name, f.Name)
			}
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			body, err := io.ReadAll(rc)
			if err != nil {
				t.Fatalf("%s: %s: %v", c.name, f.Name, err)
			}
			for _, p := range parts {
				if p.name == f.Name && string(body) != p.body {
					t.Errorf("%s: %s holds %q, want %q", c.name, f.Name, body, p.body)
				}
			}
		}
		if strings.Join(names, " ") != strings.Join(want, " ") {
			t.Errorf("%s: entries %v, want %v", c.name, names, want)
		}
	}
}

func TestMSDOSTimeClamps(t *testing.T) {
	for _, tc := range []struct {
		t    time.Time
		year int
	}{
		{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), 1980},
		{time.Date(2012, 6, 28, 0, 0, 0, 0, time.UTC), 2012},
		{time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC), 2107},
	} {
		date, _ := msdosTime(tc.t)
		if y := int(date>>9) + 1980; y != tc.year {
			t.Errorf("%v: year %d, want %d", tc.t, y, tc.year)
		}
	}
}
