package ofd

import (
	"encoding/xml"
	"strconv"
	"strings"

	"pingyou/pipeline/layout"
)

// xw writes XML: elements with attributes in the order given, text escaped.
// The parts are small and regular, so this is plainer than encoding/xml's
// marshalling with namespace prefixes.
type xw struct{ b strings.Builder }

func (x *xw) header() { x.b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n") }

func (x *xw) start(name string, attrs []string) {
	x.b.WriteByte('<')
	x.b.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.b.WriteByte(' ')
		x.b.WriteString(attrs[i])
		x.b.WriteString(`="`)
		x.text(attrs[i+1])
		x.b.WriteByte('"')
	}
}

func (x *xw) open(name string, attrs ...string)  { x.start(name, attrs); x.b.WriteByte('>') }
func (x *xw) empty(name string, attrs ...string) { x.start(name, attrs); x.b.WriteString("/>") }
func (x *xw) close(name string)                  { x.b.WriteString("</" + name + ">") }

// leaf writes <name>text</name>.
func (x *xw) leaf(name, text string) { x.open(name); x.text(text); x.close(name) }

func (x *xw) text(s string) { xml.EscapeText(&x.b, []byte(s)) }

func (x *xw) bytes() []byte { return []byte(x.b.String()) }

// units converts a length to 1/1000 mm (µm), the precision positions are
// written with: finer than print or screen needs, and coarse enough that a
// length given in millimetres (an A4 page, a 42 mm seal) reads back as
// written after the layout's 1/1000 pt. Positions are rounded, then
// differenced, so DeltaX never drifts.
func units(l layout.Length) int64 {
	n := int64(l) * 254 // 1/720 of 1/1000 mm
	if n < 0 {
		return -((-n + 360) / 720)
	}
	return (n + 360) / 720
}

// dec writes v/1000 with up to three decimals.
func dec(v int64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatInt(v/1000, 10)
	if f := v % 1000; f != 0 {
		frac := strconv.FormatInt(f+1000, 10)[1:]
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

func mm(l layout.Length) string { return dec(units(l)) }

func itoa(i int) string { return strconv.Itoa(i) }

func colour(c layout.Color) string {
	return strconv.Itoa(int(c.R)) + " " + strconv.Itoa(int(c.G)) + " " + strconv.Itoa(int(c.B))
}
