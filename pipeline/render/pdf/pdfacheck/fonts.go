package pdfacheck

import (
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
)

// checkFonts checks every font object and returns the set of composite
// (Type0, 2-byte code) fonts by reference.
func (f *file) checkFonts(problem func(format string, args ...any)) map[string]bool {
	composite := map[string]bool{}
	for _, ref := range f.refs() {
		d, _ := f.objects[ref].value.(map[string]any)
		if d["/Type"] != "/Font" {
			continue
		}
		switch d["/Subtype"] {
		case "/Type0":
			composite[ref] = true
			desc, _ := d["/DescendantFonts"].([]any)
			if len(desc) != 1 {
				problem("%s: /DescendantFonts %v", ref, d["/DescendantFonts"])
				continue
			}
			cid, _ := f.resolve(desc[0]).(map[string]any)
			if cid["/Subtype"] != "/CIDFontType2" {
				problem("%s: descendant font is %v, not CIDFontType2", ref, cid["/Subtype"])
				continue
			}
			if _, ok := cid["/CIDToGIDMap"]; !ok {
				problem("%s: CIDFontType2 without /CIDToGIDMap", ref)
			}
			if cid["/CIDToGIDMap"] != nil && cid["/CIDToGIDMap"] != "/Identity" {
				problem("%s: /CIDToGIDMap %v is not checked by this checker", ref, cid["/CIDToGIDMap"])
			}
			fd, _ := f.resolve(cid["/FontDescriptor"]).(map[string]any)
			prog, _ := fd["/FontFile2"].(string)
			o := f.objects[prog]
			if o.stream == nil {
				problem("%s: font %v not embedded (no /FontFile2)", ref, cid["/BaseFont"])
				continue
			}
			data, err := o.decoded()
			if err != nil {
				problem("%s: font program: %v", ref, err)
				continue
			}
			upem, widths, err := hmtx(data)
			if err != nil {
				problem("%s: font program: %v", ref, err)
				continue
			}
			dw := 1000.0
			if x, ok := num(cid["/DW"]); ok {
				dw = x
			}
			_ = dw
			for gid, w := range parseW(cid["/W"]) {
				adv := widths[len(widths)-1]
				if gid < len(widths) {
					adv = widths[gid]
				}
				want := float64(adv) * 1000 / float64(upem)
				if math.Abs(w-want) > 1 {
					problem("%s: glyph %d width %g in /W, %g in the font program", ref, gid, w, want)
				}
			}
		case "/Type1", "/TrueType", "/MMType1", "/Type3":
			if d["/Subtype"] == "/Type3" {
				continue
			}
			fd, _ := f.resolve(d["/FontDescriptor"]).(map[string]any)
			if fd["/FontFile"] == nil && fd["/FontFile2"] == nil && fd["/FontFile3"] == nil {
				problem("%s: simple font %v not embedded", ref, d["/BaseFont"])
			}
		}
	}
	return composite
}

// parseW reads a CIDFont /W array: c [w…] and cfirst clast w forms.
func parseW(v any) map[int]float64 {
	out := map[int]float64{}
	a, _ := v.([]any)
	for i := 0; i < len(a); {
		c, _ := num(a[i])
		if i+1 < len(a) {
			if ws, ok := a[i+1].([]any); ok {
				for k, w := range ws {
					x, _ := num(w)
					out[int(c)+k] = x
				}
				i += 2
				continue
			}
		}
		if i+2 < len(a) {
			last, _ := num(a[i+1])
			w, _ := num(a[i+2])
			for g := int(c); g <= int(last); g++ {
				out[g] = w
			}
		}
		i += 3
	}
	return out
}

// hmtx reads unitsPerEm and the advance widths (one per long metric) of a
// TrueType font program.
func hmtx(b []byte) (upem int, widths []int, err error) {
	if len(b) < 12 {
		return 0, nil, fmt.Errorf("too short")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		e := 12 + 16*i
		if e+16 > len(b) {
			return 0, nil, fmt.Errorf("table directory truncated")
		}
		off, l := int(binary.BigEndian.Uint32(b[e+8:])), int(binary.BigEndian.Uint32(b[e+12:]))
		if off+l > len(b) {
			return 0, nil, fmt.Errorf("table %q outside the font", b[e:e+4])
		}
		tables[string(b[e:e+4])] = b[off : off+l]
	}
	head, hhea, hm := tables["head"], tables["hhea"], tables["hmtx"]
	if len(head) < 54 || len(hhea) < 36 {
		return 0, nil, fmt.Errorf("no head/hhea table")
	}
	upem = int(binary.BigEndian.Uint16(head[18:]))
	nm := int(binary.BigEndian.Uint16(hhea[34:]))
	if nm == 0 || len(hm) < 4*nm {
		return 0, nil, fmt.Errorf("hmtx has %d bytes for %d metrics", len(hm), nm)
	}
	for i := 0; i < nm; i++ {
		widths = append(widths, int(binary.BigEndian.Uint16(hm[4*i:])))
	}
	return upem, widths, nil
}

// checkContent reads every page's content streams: shown strings in a
// composite font must not use glyph 0 (.notdef), and no CMYK colour
// operator or DeviceCMYK colour space may appear.
func (f *file) checkContent(composite map[string]bool, problem func(i int, format string, args ...any)) {
	const notdef, cmyk = 10, 13
	for _, ref := range f.refs() {
		page, _ := f.objects[ref].value.(map[string]any)
		if page["/Type"] != "/Page" {
			continue
		}
		res, _ := f.resolve(page["/Resources"]).(map[string]any)
		if res == nil {
			parent, _ := f.resolve(page["/Parent"]).(map[string]any)
			res, _ = f.resolve(parent["/Resources"]).(map[string]any)
		}
		fontRes, _ := f.resolve(res["/Font"]).(map[string]any)
		var contents []any
		switch c := page["/Contents"].(type) {
		case string:
			contents = []any{c}
		case []any:
			contents = c
		}
		for _, c := range contents {
			cref, _ := c.(string)
			data, err := f.objects[cref].decoded()
			if err != nil {
				problem(notdef, "%s: content stream: %v", cref, err)
				continue
			}
			var stack []token
			twoByte := false
			for _, t := range tokenize(data) {
				if t.kind != opTok {
					stack = append(stack, t)
					if t.kind == nameTok && t.text == "/DeviceCMYK" {
						problem(cmyk, "%s: /DeviceCMYK in content", cref)
					}
					continue
				}
				switch t.text {
				case "Tf":
					if len(stack) >= 2 {
						fr, _ := fontRes[stack[len(stack)-2].text].(string)
						twoByte = composite[fr]
					}
				case "Tj", "TJ", "'", "\"":
					for _, s := range stack {
						if s.kind != strTok || !twoByte {
							continue
						}
						for i := 0; i+1 < len(s.bytes); i += 2 {
							if s.bytes[i] == 0 && s.bytes[i+1] == 0 {
								problem(notdef, "%s: .notdef (glyph 0) shown", cref)
							}
						}
					}
				case "k", "K":
					problem(cmyk, "%s: CMYK operator %s", cref, t.text)
				}
				stack = stack[:0]
			}
		}
	}
}

const (
	opTok = iota
	nameTok
	strTok
	otherTok
)

type token struct {
	kind  int
	text  string
	bytes []byte
}

// tokenize splits a content stream into operators, names, strings and
// other operands (numbers, array and dictionary delimiters). Inline images
// are not expected (gopdf writes none).
func tokenize(b []byte) []token {
	var out []token
	isDelim := func(c byte) bool {
		return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%'
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 }
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case isSpace(c):
			i++
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case c == '(':
			var s []byte
			depth := 1
			i++
			for i < len(b) && depth > 0 {
				c := b[i]
				switch c {
				case '\\':
					i++
					if i >= len(b) {
						break
					}
					e := b[i]
					switch e {
					case 'n':
						s = append(s, '\n')
					case 'r':
						s = append(s, '\r')
					case 't':
						s = append(s, '\t')
					case 'b':
						s = append(s, '\b')
					case 'f':
						s = append(s, '\f')
					case '\r', '\n':
						if e == '\r' && i+1 < len(b) && b[i+1] == '\n' {
							i++
						}
					default:
						if e >= '0' && e <= '7' {
							j := i
							for j < len(b) && j < i+3 && b[j] >= '0' && b[j] <= '7' {
								j++
							}
							v, _ := strconv.ParseUint(string(b[i:j]), 8, 16)
							s = append(s, byte(v))
							i = j - 1
						} else {
							s = append(s, e)
						}
					}
				case '(':
					depth++
					s = append(s, c)
				case ')':
					depth--
					if depth > 0 {
						s = append(s, c)
					}
				default:
					s = append(s, c)
				}
				i++
			}
			out = append(out, token{kind: strTok, bytes: s})
		case c == '<' && i+1 < len(b) && b[i+1] == '<', c == '>' && i+1 < len(b) && b[i+1] == '>':
			out = append(out, token{kind: otherTok, text: string(b[i : i+2])})
			i += 2
		case c == '<':
			j := i + 1
			var hex []byte
			for j < len(b) && b[j] != '>' {
				if !isSpace(b[j]) {
					hex = append(hex, b[j])
				}
				j++
			}
			if len(hex)%2 == 1 {
				hex = append(hex, '0')
			}
			var s []byte
			for k := 0; k+1 < len(hex); k += 2 {
				v, _ := strconv.ParseUint(string(hex[k:k+2]), 16, 8)
				s = append(s, byte(v))
			}
			out = append(out, token{kind: strTok, bytes: s})
			i = j + 1
		case c == '[' || c == ']' || c == '{' || c == '}' || c == '>' || c == ')':
			out = append(out, token{kind: otherTok, text: string(c)})
			i++
		default:
			j := i + 1
			for j < len(b) && !isSpace(b[j]) && !isDelim(b[j]) {
				j++
			}
			w := string(b[i:j])
			switch {
			case c == '/':
				out = append(out, token{kind: nameTok, text: w})
			case (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.':
				out = append(out, token{kind: otherTok, text: w})
			case w == "true" || w == "false" || w == "null":
				out = append(out, token{kind: otherTok, text: w})
			default:
				out = append(out, token{kind: opTok, text: w})
			}
			i = j
		}
	}
	return out
}
