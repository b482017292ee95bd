package pdf

import (
	"crypto/md5"
	"encoding/binary"
	"math"
	"unicode/utf16"
)

// sRGB is the output intent of every PDF/A file: a compact ICC v4.2 display
// profile of sRGB (IEC 61966-2-1) built by srgbProfile — 528 bytes instead of
// the 6,922-byte v2 profile used before (2.5 KB compressed in every PDF).
// PDF/A-2 accepts ICC v4 (ISO 19005-2 refers to ICC.1:2004-10). TestSRGBProfile
// checks it against LittleCMS's built-in sRGB with transicc.
var sRGB = srgbProfile()

// srgbProfile builds the profile from the definition of sRGB: primaries
// R (0.64, 0.33), G (0.30, 0.60), B (0.15, 0.06) and white D65 (0.3127,
// 0.3290), adapted to the D50 profile connection space with the Bradford
// transform (the adaptation is recorded in 'chad', as ICC v4 requires), and
// the sRGB transfer function written exactly as a parametric curve
// (function type 3: Y = (aX+b)^g for X ≥ d, else cX), one curve shared by the
// three channels. Tags: desc, cprt, wtpt, chad, rXYZ, gXYZ, bXYZ,
// rTRC = gTRC = bTRC — the required tags of a matrix/TRC display profile.
// The header has a fixed date and the MD5 profile ID, so the bytes never change.
func srgbProfile() []byte {
	d50 := [3]float64{0.9642, 1.0, 0.8249} // the ICC PCS illuminant
	d65 := xyToXYZ(0.3127, 0.3290)
	chad := bradford(d65, d50)
	prim := [3][2]float64{{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}}
	// Columns of the RGB → XYZ matrix for white d65: each primary scaled so
	// that R + G + B = white.
	var p [3][3]float64 // p[i] = XYZ of primary i with Y = 1
	for i, c := range prim {
		p[i] = xyToXYZ(c[0], c[1])
	}
	m := transpose(p) // columns = primaries
	s := mulVec(inverse(m), d65)
	var colorant [3][3]float64
	for i := range p {
		for k := range 3 {
			colorant[i][k] = p[i][k] * s[i]
		}
		colorant[i] = mulVec(chad, colorant[i])
	}

	type tag struct {
		sig  string
		data []byte
	}
	trc := para(2.4, 1/1.055, 0.055/1.055, 1/12.92, 0.04045)
	tags := []tag{
		{"desc", mluc("sRGB IEC61966-2.1")},
		{"cprt", mluc("Public Domain")},
		{"wtpt", xyzType(d50)},
		{"chad", sf32(chad)},
		{"rXYZ", xyzType(colorant[0])},
		{"gXYZ", xyzType(colorant[1])},
		{"bXYZ", xyzType(colorant[2])},
		{"rTRC", trc},
		{"gTRC", trc},
		{"bTRC", trc},
	}

	const headerSize = 128
	table := 4 + 12*len(tags)
	var data []byte
	type entry struct{ offset, size int }
	entries := make([]entry, len(tags))
	for i, t := range tags {
		if i > 0 && string(t.data) == string(tags[i-1].data) { // shared TRC
			entries[i] = entries[i-1]
			continue
		}
		entries[i] = entry{headerSize + table + len(data), len(t.data)}
		data = append(data, t.data...)
		for len(data)%4 != 0 {
			data = append(data, 0)
		}
	}
	out := make([]byte, headerSize+table, headerSize+table+len(data))
	be := binary.BigEndian
	be.PutUint32(out[0:], uint32(headerSize+table+len(data))) // profile size
	// 4: preferred CMM (none)
	be.PutUint32(out[8:], 0x04200000) // version 4.2
	copy(out[12:], "mntr")            // display device
	copy(out[16:], "RGB ")
	copy(out[20:], "XYZ ")                    // PCS
	for i, v := range []uint16{2012, 6, 28} { // creation date (fixed), time 00:00:00
		be.PutUint16(out[24+2*i:], v)
	}
	copy(out[36:], "acsp")
	// 40 platform, 44 flags, 48 manufacturer, 52 model, 56 attributes: 0
	be.PutUint32(out[64:], 0) // rendering intent: perceptual
	putXYZ(out[68:], d50)     // PCS illuminant
	// 80 creator, 84 profile ID (below), 100.. reserved: 0
	be.PutUint32(out[headerSize:], uint32(len(tags)))
	for i, t := range tags {
		at := headerSize + 4 + 12*i
		copy(out[at:], t.sig)
		be.PutUint32(out[at+4:], uint32(entries[i].offset))
		be.PutUint32(out[at+8:], uint32(entries[i].size))
	}
	out = append(out, data...)
	// Profile ID: MD5 of the profile with flags, rendering intent and the ID
	// itself zero (they are already).
	id := md5.Sum(out)
	copy(out[84:], id[:])
	return out
}

func xyToXYZ(x, y float64) [3]float64 { return [3]float64{x / y, 1, (1 - x - y) / y} }

// bradford returns the matrix adapting XYZ colours from white src to white dst.
func bradford(src, dst [3]float64) [3][3]float64 {
	b := [3][3]float64{{0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}}
	s, d := mulVec(b, src), mulVec(b, dst)
	var scale [3][3]float64
	for i := range 3 {
		scale[i][i] = d[i] / s[i]
	}
	return mul(inverse(b), mul(scale, b))
}

func mulVec(m [3][3]float64, v [3]float64) [3]float64 {
	var r [3]float64
	for i := range 3 {
		for k := range 3 {
			r[i] += m[i][k] * v[k]
		}
	}
	return r
}

func mul(a, b [3][3]float64) [3][3]float64 {
	var r [3][3]float64
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				r[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return r
}

func transpose(m [3][3]float64) [3][3]float64 {
	var r [3][3]float64
	for i := range 3 {
		for j := range 3 {
			r[i][j] = m[j][i]
		}
	}
	return r
}

func inverse(m [3][3]float64) [3][3]float64 {
	det := m[0][0]*(m[1][1]*m[2][2]-m[1][2]*m[2][1]) - m[0][1]*(m[1][0]*m[2][2]-m[1][2]*m[2][0]) + m[0][2]*(m[1][0]*m[2][1]-m[1][1]*m[2][0])
	var r [3][3]float64
	for i := range 3 {
		for j := range 3 {
			// cofactor of m[j][i]
			a, b := [2]int{}, [2]int{}
			n := 0
			for k := range 3 {
				if k != j {
					a[n] = k
					n++
				}
			}
			n = 0
			for k := range 3 {
				if k != i {
					b[n] = k
					n++
				}
			}
			c := m[a[0]][b[0]]*m[a[1]][b[1]] - m[a[0]][b[1]]*m[a[1]][b[0]]
			if (i+j)%2 == 1 {
				c = -c
			}
			r[i][j] = c / det
		}
	}
	return r
}

// s15f16 encodes v as an ICC s15Fixed16Number.
func s15f16(v float64) uint32 { return uint32(int32(math.Round(v * 65536))) }

func putXYZ(b []byte, v [3]float64) {
	for i := range 3 {
		binary.BigEndian.PutUint32(b[4*i:], s15f16(v[i]))
	}
}

func xyzType(v [3]float64) []byte {
	b := make([]byte, 20)
	copy(b, "XYZ ")
	putXYZ(b[8:], v)
	return b
}

func sf32(m [3][3]float64) []byte {
	b := make([]byte, 8+36)
	copy(b, "sf32")
	for i := range 3 {
		putXYZ(b[8+12*i:], m[i])
	}
	return b
}

// para is a parametricCurveType of function type 3 (ICC.1:2004-10 10.15).
func para(g, a, b, c, d float64) []byte {
	out := make([]byte, 12+20)
	copy(out, "para")
	binary.BigEndian.PutUint16(out[8:], 3)
	for i, v := range []float64{g, a, b, c, d} {
		binary.BigEndian.PutUint32(out[12+4*i:], s15f16(v))
	}
	return out
}

// mluc is a multiLocalizedUnicodeType with one en-US string.
func mluc(s string) []byte {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 28, 28+2*len(u))
	copy(out, "mluc")
	be := binary.BigEndian
	be.PutUint32(out[8:], 1)   // records
	be.PutUint32(out[12:], 12) // record size
	copy(out[16:], "enUS")
	be.PutUint32(out[20:], uint32(2*len(u)))
	be.PutUint32(out[24:], 28)
	for _, c := range u {
		out = be.AppendUint16(out, c)
	}
	return out
}
