package xmlscan

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// recorder writes the tokens it gets as lines; adjacent character data is
// joined (only the text matters to the builders, not how it was split).
type recorder struct {
	b        strings.Builder
	lastText bool
}

func (r *recorder) Start(name []byte, attrs []Attr) error {
	fmt.Fprintf(&r.b, "\n<%s", name)
	for _, a := range attrs {
		fmt.Fprintf(&r.b, " %s=%q", a.Name, a.Value)
	}
	r.b.WriteString(">")
	r.lastText = false
	return nil
}

func (r *recorder) End(name []byte) error {
	fmt.Fprintf(&r.b, "\n</%s>", name)
	r.lastText = false
	return nil
}

func (r *recorder) Chars(data []byte) error {
	if !r.lastText {
		r.b.WriteString("\ntext:")
	}
	r.b.WriteString(fmt.Sprintf("%q", data))
	r.lastText = true
	return nil
}

// chunkReader returns at most n bytes per Read, to exercise refills.
type chunkReader struct {
	b []byte
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.b) == 0 {
		return 0, io.EOF
	}
	k := min(len(p), c.n, len(c.b))
	copy(p, c.b[:k])
	c.b = c.b[k:]
	return k, nil
}

// compareScanners checks that the fast scanner either falls back or gives
// the tokens and the outcome (error or not) of encoding/xml.
func compareScanners(t *testing.T, data []byte, chunk int) (fellBack bool) {
	t.Helper()
	var fast, slow recorder
	ferr := scanFast(&chunkReader{data, chunk}, &fast)
	if ferr == errFallback {
		return true
	}
	serr := scanSlow(bytes.NewReader(data), &slow)
	if (ferr == nil) != (serr == nil) {
		t.Fatalf("%q (chunk %d): fast error %v, encoding/xml error %v", data, chunk, ferr, serr)
	}
	if fast.b.String() != slow.b.String() {
		t.Fatalf("%q (chunk %d): tokens differ\nfast:%s\nencoding/xml:%s", data, chunk, fast.b.String(), slow.b.String())
	}
	return false
}

var cases = []string{
	`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><sheetData>` +
		`<row r="1" spans="1:3" hidden="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> 张 三 </t></is></c></row>` +
		`<x:row r='2'><x:c r="C2"><x:v>89.49999999999999</x:v></x:c></x:row>` +
		`</sheetData><mergeCells count="1"><mergeCell ref="A3:A9"/></mergeCells></worksheet>`,
	`<a b="x&amp;y&lt;&gt;&apos;&quot;&#65;&#x4E2D;&#x4e2d;">1 &amp; 2 &#10; &#xD800; tail</a>`,
	"<a>line1\r\nline2\rline3\r\r\nend</a>",
	"<a b=\"v\r\nw\rx\t\">t\tx\n</a>",
	`<a><!-- a comment --><b/>x<!---->y</a>`,
	`<a><!-- bad -- comment --></a>`,
	`<a><![CDATA[x<y]]></a>`,
	`<!DOCTYPE a><a/>`,
	`<a>&nbsp;</a>`,
	`<a>&#0;</a>`,
	`<a>&#1;</a>`,
	`<a>&#xFFFE;</a>`,
	`<a>&#x110000;</a>`,
	`<a>&#99999999999999999999;</a>`,
	`<a>&#;</a>`,
	`<a>&#X41;</a>`,
	`<a>&amp</a>`,
	`<a>x]]>y</a>`,
	`<a>x]]&gt;y</a>`,
	"<a>\x01</a>",
	"<a>\xff\xfe</a>",
	"<a>\uFFFE</a>",
	"\uFEFF<a/>",
	`<a b=c/>`,
	`<a b/>`,
	`<a b="<"/>`,
	`<a b="x"c="y"/>`,
	`<a b = 'x' ></a >`,
	`<a:b:c/>`,
	`<:a/>`,
	`<a:/>`,
	`<a x:="1" :y="2"/>`,
	`<1a/>`,
	`<.a/>`,
	`<-a/>`,
	`<_a/>`,
	`<é/>`,
	`<aé/>`,
	`< a/>`,
	`<a`,
	`<a b="1"`,
	`<a/`,
	`</a`,
	`</a b>`,
	`</>`,
	`<>`,
	`<?xml version="1.1"?><a/>`,
	`<?xml version="1.0" encoding="GBK"?><a/>`,
	`<?xml?><a/>`,
	`<?pi some data?><a/>`,
	`<?pi`,
	`<!--`,
	`<!-`,
	`<!`,
	`<`,
	`text only`,
	``,
	`<a>x</a>trailing`,
	`</b><c>`,
	`<a b="1" b="2"/>`,
}

func TestFastMatchesEncodingXML(t *testing.T) {
	fell := 0
	for _, c := range cases {
		for _, chunk := range []int{1, 2, 3, 7, 1 << 20} {
			if compareScanners(t, []byte(c), chunk) && chunk == 1<<20 {
				fell++
			}
		}
	}
	if fell == 0 || fell == len(cases) {
		t.Errorf("%d of %d cases fell back; the cases should cover both paths", fell, len(cases))
	}
	// The ordinary cases must not fall back.
	for _, c := range cases[:5] {
		if c == cases[4] {
			continue
		}
		if compareScanners(t, []byte(c), 1<<20) {
			t.Errorf("fell back on %q", c)
		}
	}
}

// FuzzFast checks the fast scanner against encoding/xml on arbitrary
// input, read in chunks of varying size.
func FuzzFast(f *testing.F) {
	for _, c := range cases {
		f.Add([]byte(c), uint8(0))
		f.Add([]byte(c), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		n := int(chunk)
		if n == 0 {
			n = 1 << 20
		}
		compareScanners(t, data, n)
	})
}
