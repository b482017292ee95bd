package pipeline

import (
	"bytes"
	"testing"

	"pingyou/pipeline/layout/certificate"
	"pingyou/pipeline/render/ofd"
)

// BenchmarkCertificateOFD is BenchmarkCertificate's loop writing OFD
// instead of PDF: what output.formats: [.., ofd] adds per certificate (the
// layout is shared with the PDF in a run; here it is timed too, as in
// BenchmarkCertificate).
func BenchmarkCertificateOFD(b *testing.B) {
	g := benchGenerator(b)
	g.ofdFonts = newOFDFonts(g.fonts)
	certs, spec := benchCertificates(b, g)
	var size int64
	i := 0
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		c := certs[i%len(certs)]
		if c.Person {
			c.Name = benchName(i)
		}
		doc, _, err := certificate.Layout(&c, spec, g.setter, 0, 0)
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := ofd.Render(&buf, doc, g.ofdFonts, g.ofdOptions()); err != nil {
			b.Fatal(err)
		}
		size += int64(buf.Len())
		i++
	}
	b.ReportMetric(float64(size)/float64(i), "B/ofd")
}
