package xmlscan

// The fast scanner. It never hands the handler a token encoding/xml would
// give differently: outside its subset it stops with errFallback first.

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// errFallback says the fast scanner met something it does not handle exactly
// like encoding/xml; the part must be read again with encoding/xml.
var errFallback = errors.New("xmlscan: outside the fast subset")

// errShort says the buffer ends inside a token.
var errShort = errors.New("xmlscan: short buffer")

type fastScanner struct {
	r       io.Reader
	buf     []byte
	pos     int // next unread byte in buf
	eof     bool
	rerr    error // a read error not yet reported
	attrs   []Attr
	scratch []byte // decoded text and attribute values
}

const fastBufSize = 256 << 10

// scanFast streams r through h. It returns errFallback when the part must be
// read with encoding/xml instead, or the first error of r or h.
func scanFast(r io.Reader, h Handler) error {
	s := &fastScanner{r: r, buf: make([]byte, 0, fastBufSize)}
	return s.run(h)
}

// fill keeps buf[s.pos:], reads more and reports whether anything was added.
func (s *fastScanner) fill() (bool, error) {
	if s.eof {
		return false, nil
	}
	n := copy(s.buf[:cap(s.buf)], s.buf[s.pos:])
	s.buf = s.buf[:n]
	s.pos = 0
	if n == cap(s.buf) {
		nb := make([]byte, n, 2*cap(s.buf))
		copy(nb, s.buf)
		s.buf = nb
	}
	if s.rerr != nil {
		return false, s.rerr
	}
	for {
		m, err := s.r.Read(s.buf[n:cap(s.buf)])
		s.buf = s.buf[:n+m]
		if err == io.EOF {
			s.eof = true
			return m > 0, nil
		}
		if err != nil {
			// Like bufio: the bytes that came with the error are
			// handled first, the error is reported on the next read.
			s.rerr = err
			if m > 0 {
				return true, nil
			}
			return false, err
		}
		if m > 0 {
			return true, nil
		}
	}
}

func (s *fastScanner) run(h Handler) error {
	for {
		if s.pos >= len(s.buf) {
			more, err := s.fill()
			if err != nil {
				return err
			}
			if !more {
				return nil
			}
		}
		var err error
		if s.buf[s.pos] == '<' {
			err = s.tag(h)
		} else {
			err = s.text(h)
		}
		if err == errShort {
			// Only returned before the end of input; after a fill that
			// finds the end, the token is handled or falls back.
			if _, ferr := s.fill(); ferr != nil {
				return ferr
			}
			continue
		}
		if err != nil {
			return err
		}
	}
}

// text handles character data up to the next '<' or the end of the part.
func (s *fastScanner) text(h Handler) error {
	rest := s.buf[s.pos:]
	i := bytes.IndexByte(rest, '<')
	if i < 0 {
		if !s.eof {
			return errShort
		}
		i = len(rest)
	}
	raw := rest[:i]
	if bytes.Contains(raw, []byte("]]>")) {
		return errFallback
	}
	data, ok := s.decode(raw)
	if !ok {
		return errFallback
	}
	s.pos += i
	return h.Chars(data)
}

// decode checks raw text (character data or a quoted attribute value) the way
// encoding/xml does and returns it with entities decoded and line ends
// normalised; ok is false when the text is outside the fast subset.
func (s *fastScanner) decode(raw []byte) ([]byte, bool) {
	plain := true
	for _, c := range raw {
		if c < 0x20 || c == '&' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return raw, true
	}
	out := s.scratch[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			r, n := entityAt(raw[i:])
			if n == 0 {
				return nil, false
			}
			out = utf8.AppendRune(out, r)
			i += n
		case c == '\r':
			out = append(out, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case c < 0x20:
			if c != '\t' && c != '\n' {
				return nil, false
			}
			out = append(out, c)
			i++
		case c < 0x80:
			out = append(out, c)
			i++
		default:
			r, n := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && n == 1 || !IsChar(r) {
				return nil, false
			}
			out = append(out, raw[i:i+n]...)
			i += n
		}
	}
	s.scratch = out
	return out, true
}

// entityAt decodes the entity at the start of b (b[0] == '&'): the five
// predefined ones and numeric references that give an allowed character. n
// is 0 for anything else (left to encoding/xml).
func entityAt(b []byte) (rune, int) {
	semi := bytes.IndexByte(b, ';')
	if semi < 2 || semi > 12 {
		return 0, 0
	}
	name := b[1:semi]
	switch string(name) {
	case "lt":
		return '<', semi + 1
	case "gt":
		return '>', semi + 1
	case "amp":
		return '&', semi + 1
	case "apos":
		return '\'', semi + 1
	case "quot":
		return '"', semi + 1
	}
	if name[0] != '#' {
		return 0, 0
	}
	digits, base := name[1:], 10
	if len(digits) > 0 && digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return 0, 0
	}
	var n uint64
	for _, c := range digits {
		var d uint64
		switch {
		case '0' <= c && c <= '9':
			d = uint64(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			d = uint64(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, 0
		}
		n = n*uint64(base) + d
		if n > utf8.MaxRune {
			return 0, 0
		}
	}
	r := rune(n)
	if 0xD800 <= r && r <= 0xDFFF {
		r = utf8.RuneError // string(rune(n)) in encoding/xml
	}
	if !IsChar(r) {
		return 0, 0
	}
	return r, semi + 1
}

// IsChar reports whether XML text may hold r (encoding/xml's
// isInCharacterRange).
func IsChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\r' || c == '\n' || c == '\t' }

func isNameByteFast(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// name reads an XML name at b[i:] and returns its local part and the index
// after it. ok is false (fallback) for names encoding/xml would treat
// differently or refuse; short is true when the buffer ends inside the name.
func (s *fastScanner) name(b []byte, i int) (local []byte, next int, ok, short bool) {
	j := i
	for j < len(b) && isNameByteFast(b[j]) {
		j++
	}
	if j == len(b) {
		return nil, 0, false, true
	}
	if j == i || b[j] >= utf8.RuneSelf {
		return nil, 0, false, false
	}
	c := b[i]
	if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':') {
		return nil, 0, false, false
	}
	n := b[i:j]
	switch k := bytes.IndexByte(n, ':'); {
	case k < 0:
		local = n
	case bytes.IndexByte(n[k+1:], ':') >= 0:
		return nil, 0, false, false
	case k == 0 || k == len(n)-1:
		local = n // encoding/xml keeps the whole name as Local
	default:
		local = n[k+1:]
	}
	return local, j, true, false
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	return i
}

// tag handles the markup at s.pos (b[0] == '<').
func (s *fastScanner) tag(h Handler) error {
	b := s.buf[s.pos:]
	if len(b) < 2 {
		return s.short()
	}
	switch b[1] {
	case '/':
		local, i, ok, short := s.name(b, 2)
		if short {
			return s.short()
		}
		if !ok {
			return errFallback
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return s.short()
		}
		if b[i] != '>' {
			return errFallback
		}
		s.pos += i + 1
		return h.End(local)
	case '?':
		_, i, ok, short := s.name(b, 2)
		if short {
			return s.short()
		}
		if !ok {
			return errFallback
		}
		target := b[2:i]
		i = skipSpace(b, i)
		if i >= len(b) {
			return s.short()
		}
		k := bytes.Index(b[i:], []byte("?>"))
		if k < 0 {
			return s.short()
		}
		if string(target) == "xml" {
			content := string(b[i : i+k])
			if v := procInstParam("version", content); v != "" && v != "1.0" {
				return errFallback
			}
			if enc := procInstParam("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
				return errFallback
			}
		}
		s.pos += i + k + 2
		return nil
	case '!':
		if len(b) < 4 {
			return s.short()
		}
		if b[2] != '-' || b[3] != '-' {
			return errFallback // CDATA, DOCTYPE, other directives
		}
		k := bytes.Index(b[4:], []byte("--"))
		if k < 0 || 4+k+2 >= len(b) {
			return s.short()
		}
		if b[4+k+2] != '>' {
			return errFallback
		}
		s.pos += 4 + k + 3
		return nil
	}
	local, i, ok, short := s.name(b, 1)
	if short {
		return s.short()
	}
	if !ok {
		return errFallback
	}
	s.attrs = s.attrs[:0]
	s.scratch = s.scratch[:0]
	var decoded [][2]int // attribute index, offset in scratch; values are fixed up at the end
	for {
		i = skipSpace(b, i)
		if i >= len(b) {
			return s.short()
		}
		switch b[i] {
		case '/':
			if i+1 >= len(b) {
				return s.short()
			}
			if b[i+1] != '>' {
				return errFallback
			}
			s.pos += i + 2
			s.fixAttrs(decoded)
			if err := h.Start(local, s.attrs); err != nil {
				return err
			}
			return h.End(local)
		case '>':
			s.pos += i + 1
			s.fixAttrs(decoded)
			return h.Start(local, s.attrs)
		}
		an, j, ok, short := s.name(b, i)
		if short {
			return s.short()
		}
		if !ok {
			return errFallback
		}
		j = skipSpace(b, j)
		if j >= len(b) {
			return s.short()
		}
		if b[j] != '=' {
			return errFallback
		}
		j = skipSpace(b, j+1)
		if j >= len(b) {
			return s.short()
		}
		q := b[j]
		if q != '"' && q != '\'' {
			return errFallback
		}
		end := bytes.IndexByte(b[j+1:], q)
		if end < 0 {
			return s.short()
		}
		raw := b[j+1 : j+1+end]
		if bytes.IndexByte(raw, '<') >= 0 {
			return errFallback
		}
		off := len(s.scratch)
		val, ok := s.decodeAttr(raw)
		if !ok {
			return errFallback
		}
		if val == nil { // decoded into scratch from off
			decoded = append(decoded, [2]int{len(s.attrs), off})
		}
		s.attrs = append(s.attrs, Attr{Name: an, Value: val})
		i = j + 1 + end + 1
	}
}

// decodeAttr returns raw itself when it needs no decoding, or nil after
// appending the decoded value to s.scratch (its end is the next attribute's
// start; fixAttrs sets the slices once scratch stops growing).
func (s *fastScanner) decodeAttr(raw []byte) ([]byte, bool) {
	plain := true
	for _, c := range raw {
		if c < 0x20 || c == '&' || c >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return raw, true
	}
	keep := s.scratch
	s.scratch = s.scratch[len(s.scratch):len(s.scratch)]
	d, ok := s.decode(raw)
	if !ok {
		s.scratch = keep
		return nil, false
	}
	s.scratch = append(keep, d...)
	return nil, true
}

// fixAttrs points decoded attribute values into scratch.
func (s *fastScanner) fixAttrs(decoded [][2]int) {
	for k, d := range decoded {
		end := len(s.scratch)
		if k+1 < len(decoded) {
			end = decoded[k+1][1]
		}
		s.attrs[d[0]].Value = s.scratch[d[1]:end]
	}
}

// short asks for more input, or falls back when there is none.
func (s *fastScanner) short() error {
	if s.eof {
		return errFallback
	}
	return errShort
}

// procInstParam is encoding/xml's procInst: a parameter of <?xml … ?>.
func procInstParam(param, s string) string {
	param = param + "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}
