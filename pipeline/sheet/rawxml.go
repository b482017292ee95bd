package sheet

// A raw XML tokenizer for editing parts of a workbook in a stream: it hands
// out each piece of the input — character data or one piece of markup — as
// the bytes it was, so that everything not edited is copied unchanged. It
// reads what spreadsheet writers produce (and what the reader accepted):
// tags with quoted attributes, comments, CDATA, processing instructions and
// a DOCTYPE; anything else ends the part with errRawXML.

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

var errRawXML = errors.New("rawxml: markup not understood")

// Kinds of raw tokens.
const (
	rawText  = 't' // character data
	rawStart = '<' // start tag, possibly self-closing
	rawEnd   = '/' // end tag
	rawOther = '!' // comment, CDATA, DOCTYPE, processing instruction
)

type rawScanner struct {
	r   *bufio.Reader
	buf []byte
	lt  bool // a '<' was read and belongs to the next token
}

func newRawScanner(r io.Reader) *rawScanner {
	return &rawScanner{r: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next token's kind and bytes (valid until the next call);
// io.EOF at the end.
func (s *rawScanner) next() (byte, []byte, error) {
	if !s.lt {
		chunk, err := s.r.ReadSlice('<')
		switch {
		case err == nil:
			s.lt = true
			if len(chunk) > 1 {
				return rawText, chunk[:len(chunk)-1], nil
			}
		case err == bufio.ErrBufferFull:
			return rawText, chunk, nil
		case err == io.EOF && len(chunk) > 0:
			return rawText, chunk, nil
		default:
			return 0, nil, err
		}
	}
	s.lt = false
	s.buf = append(s.buf[:0], '<')
	c, err := s.r.ReadByte()
	if err != nil {
		return 0, nil, errRawXML
	}
	s.buf = append(s.buf, c)
	switch c {
	case '!':
		head, err := s.r.Peek(2)
		if err == nil && string(head) == "--" {
			return rawOther, s.buf, s.until("-->")
		}
		if head, err := s.r.Peek(7); err == nil && string(head) == "[CDATA[" {
			return rawOther, s.buf, s.until("]]>")
		}
		return rawOther, s.buf, s.doctype()
	case '?':
		return rawOther, s.buf, s.until("?>")
	}
	kind := byte(rawStart)
	if c == '/' {
		kind = rawEnd
	}
	var quote byte
	for {
		c, err := s.r.ReadByte()
		if err != nil {
			return 0, nil, errRawXML
		}
		s.buf = append(s.buf, c)
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<':
			return 0, nil, errRawXML
		case c == '>':
			return kind, s.buf, nil
		}
	}
}

// until reads up to and including end.
func (s *rawScanner) until(end string) error {
	for {
		c, err := s.r.ReadByte()
		if err != nil {
			return errRawXML
		}
		s.buf = append(s.buf, c)
		if c == end[len(end)-1] && bytes.HasSuffix(s.buf, []byte(end)) {
			return nil
		}
	}
}

// doctype reads a <!DOCTYPE …> with an optional internal subset.
func (s *rawScanner) doctype() error {
	depth := 0
	var quote byte
	for {
		c, err := s.r.ReadByte()
		if err != nil {
			return errRawXML
		}
		s.buf = append(s.buf, c)
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '>' && depth <= 0:
			return nil
		}
	}
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\r' || c == '\n' || c == '\t' }

// tagName splits the qualified name of a start or end tag into its prefix
// (with the colon, "" when none) and local name.
func tagName(tok []byte) (prefix, local []byte) {
	i := 1
	if i < len(tok) && tok[i] == '/' {
		i++
	}
	j := i
	for j < len(tok) && !isSpaceByte(tok[j]) && tok[j] != '>' && tok[j] != '/' {
		j++
	}
	name := tok[i:j]
	if k := bytes.IndexByte(name, ':'); k >= 0 {
		return name[:k+1], name[k+1:]
	}
	return nil, name
}

// selfClosing reports whether a start tag ends with />.
func selfClosing(tok []byte) bool { return bytes.HasSuffix(tok, []byte("/>")) }

// rawAttr is an attribute of a start tag: its qualified name and its value
// as written (still escaped).
type rawAttr struct{ name, value []byte }

// tagAttrs appends the attributes of a start tag to out.
func tagAttrs(tok []byte, out []rawAttr) []rawAttr {
	i := 1
	for i < len(tok) && !isSpaceByte(tok[i]) && tok[i] != '>' && tok[i] != '/' {
		i++
	}
	for {
		for i < len(tok) && isSpaceByte(tok[i]) {
			i++
		}
		if i >= len(tok) || tok[i] == '>' || tok[i] == '/' {
			return out
		}
		j := i
		for j < len(tok) && tok[j] != '=' && !isSpaceByte(tok[j]) {
			j++
		}
		name := tok[i:j]
		for j < len(tok) && (isSpaceByte(tok[j]) || tok[j] == '=') {
			j++
		}
		if j >= len(tok) || tok[j] != '"' && tok[j] != '\'' {
			return out
		}
		q := tok[j]
		k := bytes.IndexByte(tok[j+1:], q)
		if k < 0 {
			return out
		}
		out = append(out, rawAttr{name, tok[j+1 : j+1+k]})
		i = j + 1 + k + 1
	}
}

// rawAttrValue returns the value of the attribute with the qualified name.
func rawAttrValue(attrs []rawAttr, name string) ([]byte, bool) {
	for _, a := range attrs {
		if string(a.name) == name {
			return a.value, true
		}
	}
	return nil, false
}

// writeTag writes a start tag with the given qualified name and attributes.
func writeTag(w *bufio.Writer, prefix, local []byte, attrs []rawAttr, empty bool) {
	w.WriteByte('<')
	w.Write(prefix)
	w.Write(local)
	for _, a := range attrs {
		// Values are kept as written; one written in single quotes may
		// hold a double quote, and keeps its quotes.
		q := byte('"')
		if bytes.IndexByte(a.value, '"') >= 0 {
			q = '\''
		}
		w.WriteByte(' ')
		w.Write(a.name)
		w.WriteByte('=')
		w.WriteByte(q)
		w.Write(a.value)
		w.WriteByte(q)
	}
	if empty {
		w.WriteString("/>")
	} else {
		w.WriteByte('>')
	}
}

// setAttr replaces or appends an attribute.
func setAttr(attrs []rawAttr, name string, value []byte) []rawAttr {
	for i := range attrs {
		if string(attrs[i].name) == name {
			attrs[i].value = value
			return attrs
		}
	}
	return append(attrs, rawAttr{[]byte(name), value})
}

// dropAttr removes an attribute.
func dropAttr(attrs []rawAttr, name string) []rawAttr {
	out := attrs[:0]
	for _, a := range attrs {
		if string(a.name) != name {
			out = append(out, a)
		}
	}
	return out
}
