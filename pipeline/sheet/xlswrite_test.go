package sheet

// A small BIFF8 writer for tests: workbooks built in code, with the cases
// LibreOffice does not write on request (shared strings split inside a
// string with a change of width, FILEPASS, DATEMODE, a STRING record
// continued) and byte-exact broken files.

import (
	"encoding/binary"
	"math"
	"testing"
	"unicode/utf16"

	"pingyou/pipeline/sheet/internal/cfb"
)

// xlsBookSpec is a workbook to write.
type xlsBookSpec struct {
	Sheets    []xlsSheetSpec
	Date1904  bool
	Encrypted bool // a FILEPASS record after BOF
	BIFF5     bool // BOF version 0x0500 (Excel 95)
	Stream    string
	// MaxRecord is the largest record body (8224 in Excel); smaller values
	// force CONTINUE records in the shared strings.
	MaxRecord int
}

type xlsSheetSpec struct {
	Name       string
	Hidden     bool
	Rows       [][]any // nil cells are blank; see xlsValue
	HiddenRows []int   // 1-based
	Merges     []mergeRange
}

// Cell values besides string, int (RK), float64 (NUMBER) and bool:
type (
	xlsFmt struct { // a value with a number format code
		V    any
		Code string
	}
	xlsErrCode byte            // an error value (BOOLERR), e.g. 0x07 #DIV/0!
	xlsFormula struct{ V any } // a formula with its cached result
)

func rec(id int, body []byte) []byte {
	b := make([]byte, 4, 4+len(body))
	binary.LittleEndian.PutUint16(b, uint16(id))
	binary.LittleEndian.PutUint16(b[2:], uint16(len(body)))
	return append(b, body...)
}

func le16(v int) []byte { return binary.LittleEndian.AppendUint16(nil, uint16(v)) }
func le32(v int) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }

// wideChars reports whether s needs two bytes per character.
func wideChars(s string) bool {
	for _, r := range s {
		if r > 0xFF {
			return true
		}
	}
	return false
}

func encodeChars(u []uint16, wide bool) []byte {
	var b []byte
	for _, c := range u {
		if wide {
			b = binary.LittleEndian.AppendUint16(b, c)
		} else {
			b = append(b, byte(c))
		}
	}
	return b
}

// xlStr encodes an XLUnicodeString (lenSize 2) or ShortXLUnicodeString (1).
func xlStr(s string, lenSize int) []byte {
	u := utf16.Encode([]rune(s))
	var b []byte
	if lenSize == 1 {
		b = []byte{byte(len(u))}
	} else {
		b = le16(len(u))
	}
	wide := wideChars(s)
	flag := byte(0)
	if wide {
		flag = 1
	}
	return append(append(b, flag), encodeChars(u, wide)...)
}

// splitRecords writes a record whose body is split into CONTINUE records of
// at most max bytes, as Excel does: character data split across records
// goes on after an option byte, and goes on compressed (one byte per
// character) when the rest of the string allows it — a change of width the
// reader must follow; atomic parts (string headers) are never split.
func splitRecords(id int, parts []sstPart, max int) []byte {
	var out []byte
	var cur []byte
	first := true
	flush := func() {
		rid := recContinue
		if first {
			rid = id
		}
		out = append(out, rec(rid, cur)...)
		cur = nil
		first = false
	}
	for _, p := range parts {
		data := p.data
		for len(data) > 0 {
			room := max - len(cur)
			if room <= 0 {
				flush()
				if p.chars {
					if p.flag == 1 && narrowable(data) {
						data, p.flag = narrow(data), 0
					}
					cur = append(cur, p.flag)
				}
				continue
			}
			if !p.chars && room < len(data) && p.atomic {
				flush()
				continue
			}
			n := min(room, len(data))
			if p.chars && p.flag == 1 && n%2 == 1 {
				n-- // never split a UTF-16 unit
				if n == 0 {
					flush()
					cur = append(cur, p.flag)
					continue
				}
			}
			cur = append(cur, data[:n]...)
			data = data[n:]
		}
	}
	if len(cur) > 0 || first {
		flush()
	}
	return out
}

func narrowable(wide []byte) bool {
	for i := 1; i < len(wide); i += 2 {
		if wide[i] != 0 {
			return false
		}
	}
	return true
}

func narrow(wide []byte) []byte {
	var b []byte
	for i := 0; i < len(wide); i += 2 {
		b = append(b, wide[i])
	}
	return b
}

// sstPart is a piece of a continued record: character data (which, when
// split, continues after an option byte) or other bytes (atomic: never
// split, like a string header).
type sstPart struct {
	data   []byte
	chars  bool
	flag   byte
	atomic bool
}

// sstParts encodes strings as XLUnicodeRichExtendedString; every third
// string carries a formatting run and phonetic data to be skipped.
func sstParts(strs []string) []sstPart {
	parts := []sstPart{{data: append(le32(len(strs)), le32(len(strs))...), atomic: true}}
	for i, s := range strs {
		u := utf16.Encode([]rune(s))
		wide := wideChars(s)
		flag := byte(0)
		if wide {
			flag = 1
		}
		rich := i%3 == 2
		h := le16(len(u))
		if rich {
			h = append(h, flag|8|4)
			h = append(h, le16(1)...) // one run
			h = append(h, le32(6)...) // 6 bytes of phonetic data
		} else {
			h = append(h, flag)
		}
		parts = append(parts, sstPart{data: h, atomic: true}, sstPart{data: encodeChars(u, wide), chars: true, flag: flag})
		if rich {
			parts = append(parts, sstPart{data: []byte{0, 0, 1, 0}}, sstPart{data: []byte{1, 2, 3, 4, 5, 6}})
		}
	}
	return parts
}

// buildXLS writes the workbook stream and wraps it in a compound file.
func buildXLS(t testing.TB, spec xlsBookSpec) []byte {
	t.Helper()
	name := spec.Stream
	if name == "" {
		name = "Workbook"
	}
	out, _ := cfb.Build([]string{name}, [][]byte{xlsStream(t, spec)})
	return out
}

// xlsStream writes the BIFF8 workbook stream.
func xlsStream(t testing.TB, spec xlsBookSpec) []byte {
	t.Helper()
	max := spec.MaxRecord
	if max == 0 {
		max = 8224
	}
	version := 0x0600
	if spec.BIFF5 {
		version = 0x0500
	}
	bof := func(dt int) []byte {
		return rec(recBOF, append(append(le16(version), le16(dt)...), make([]byte, 12)...))
	}
	// Shared strings and formats.
	var sst []string
	sstIndex := map[string]int{}
	codes := []string{""} // XF 0: General
	xfOf := map[string]int{"": 0}
	for _, s := range spec.Sheets {
		for _, row := range s.Rows {
			for _, v := range row {
				if f, ok := v.(xlsFmt); ok {
					if _, seen := xfOf[f.Code]; !seen {
						xfOf[f.Code] = len(codes)
						codes = append(codes, f.Code)
					}
					v = f.V
				}
				if str, ok := v.(string); ok {
					if _, seen := sstIndex[str]; !seen {
						sstIndex[str] = len(sst)
						sst = append(sst, str)
					}
				}
			}
		}
	}
	var g []byte
	g = append(g, bof(bofGlobals)...)
	if spec.Encrypted {
		g = append(g, rec(recFilePass, append(le16(1), make([]byte, 52)...))...)
	}
	g = append(g, rec(0x0042, le16(1200))...) // CODEPAGE: UTF-16
	if spec.Date1904 {
		g = append(g, rec(recDateMode, le16(1))...)
	}
	for i, c := range codes[1:] {
		g = append(g, rec(recFormat, append(le16(164+i), xlStr(c, 2)...))...)
	}
	for i := range codes {
		ifmt := 0
		if i > 0 {
			ifmt = 163 + i
		}
		g = append(g, rec(recXF, append(append(le16(0), le16(ifmt)...), make([]byte, 16)...))...)
	}
	boundAt := make([]int, len(spec.Sheets))
	for i, s := range spec.Sheets {
		boundAt[i] = len(g) + 4
		hs := byte(0)
		if s.Hidden {
			hs = 1
		}
		g = append(g, rec(recBoundSheet, append(append(le32(0), hs, 0), xlStr(s.Name, 1)...))...)
	}
	if len(sst) > 0 {
		g = append(g, splitRecords(recSST, sstParts(sst), max)...)
	}
	g = append(g, rec(recEOF, nil)...)

	stream := g
	for i, s := range spec.Sheets {
		binary.LittleEndian.PutUint32(stream[boundAt[i]:], uint32(len(stream)))
		var b []byte
		b = append(b, bof(bofWorksheet)...)
		for _, r := range s.HiddenRows {
			body := append(append(le16(r-1), make([]byte, 10)...), le16(0x20|0x100)...)
			b = append(b, rec(recRow, append(body, le16(15)...))...)
		}
		for r, row := range s.Rows {
			for c := 0; c < len(row); c++ {
				v := row[c]
				if v == nil {
					continue
				}
				xf := 0
				if f, ok := v.(xlsFmt); ok {
					xf, v = xfOf[f.Code], f.V
				}
				cell := append(append(le16(r), le16(c)...), le16(xf)...)
				switch v := v.(type) {
				case string:
					b = append(b, rec(recLabelSST, append(cell, le32(sstIndex[v])...))...)
				case int:
					// A run of ints in one row is written as MULRK.
					type rk struct{ xf, n int }
					run := []rk{{xf, v}}
					for c+len(run) < len(row) {
						next, nxf := row[c+len(run)], 0
						if f, ok := next.(xlsFmt); ok {
							next, nxf = f.V, xfOf[f.Code]
						}
						n, ok := next.(int)
						if !ok {
							break
						}
						run = append(run, rk{nxf, n})
					}
					if len(run) == 1 {
						b = append(b, rec(recRK, append(cell, le32(v<<2|2)...))...)
						continue
					}
					body := append(le16(r), le16(c)...)
					for _, x := range run {
						body = append(append(body, le16(x.xf)...), le32(x.n<<2|2)...)
					}
					b = append(b, rec(recMulRK, append(body, le16(c+len(run)-1)...))...)
					c += len(run) - 1
				case float64:
					b = append(b, rec(recNumber, binary.LittleEndian.AppendUint64(cell, math.Float64bits(v)))...)
				case bool:
					flag := byte(0)
					if v {
						flag = 1
					}
					b = append(b, rec(recBoolErr, append(cell, flag, 0))...)
				case xlsErrCode:
					b = append(b, rec(recBoolErr, append(cell, byte(v), 1))...)
				case xlsFormula:
					res := make([]byte, 8)
					var str []byte
					switch r := v.V.(type) {
					case float64:
						binary.LittleEndian.PutUint64(res, math.Float64bits(r))
					case string:
						res[6], res[7] = 0xFF, 0xFF
						u := utf16.Encode([]rune(r))
						wide := wideChars(r)
						flag := byte(0)
						if wide {
							flag = 1
						}
						str = splitRecords(recString, []sstPart{{data: append(le16(len(u)), flag), atomic: true},
							{data: encodeChars(u, wide), chars: true, flag: flag}}, max)
					case bool:
						res[0], res[6], res[7] = 1, 0xFF, 0xFF
						if r {
							res[2] = 1
						}
					}
					body := append(append(append(cell, res...), le16(0)...), le32(0)...)
					body = append(append(body, le16(3)...), 0x1E, 0x01, 0x00) // =1: the tokens are not read
					b = append(b, rec(recFormula, body)...)
					b = append(b, str...)
				default:
					t.Fatalf("buildXLS: unsupported value %T", v)
				}
			}
		}
		if len(s.Merges) > 0 {
			body := le16(len(s.Merges))
			for _, m := range s.Merges {
				body = append(body, append(append(append(le16(m.R1-1), le16(m.R2-1)...), le16(m.C1-1)...), le16(m.C2-1)...)...)
			}
			b = append(b, rec(recMerged, body)...)
		}
		b = append(b, rec(recEOF, nil)...)
		stream = append(stream, b...)
	}
	return stream
}
