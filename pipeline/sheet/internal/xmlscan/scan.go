// Package xmlscan streams the elements of a workbook's XML parts (the
// worksheets, the shared strings) to a Handler, with a fast scanner that
// allocates nothing per token. encoding/xml's RawToken was 42% of reading a
// 100,000-member organisation (a string per name and attribute, an interface
// per token).
//
// The fast scanner handles exactly the subset of XML that spreadsheet
// writers produce, and for that subset it yields what RawToken (non-strict,
// as Tokens sets it up) would: the same local names, attribute values
// decoded the same way, the same character data (entities decoded, \r\n and
// \r turned into \n). Anything outside the subset — CDATA, a DOCTYPE, an
// unknown entity, an unquoted attribute, a non-ASCII name, a character
// encoding/xml would refuse, a truncated tag — makes it stop before the
// handler has seen the offending token, and Scan reads the part again
// through encoding/xml, so odd and hostile files behave exactly as with
// encoding/xml alone (same values, same errors). TestFastMatchesEncodingXML
// and FuzzFast check the equivalence.
package xmlscan

import (
	"encoding/xml"
	"io"
)

// Handler receives the tokens of a part: local names (the part after a
// prefix), attributes with decoded values, character data. The slices are
// only valid during the call.
type Handler interface {
	Start(name []byte, attrs []Attr) error
	End(name []byte) error
	Chars(data []byte) error
}

// Attr is an attribute: local name and decoded value.
type Attr struct{ Name, Value []byte }

// Value returns the value of the first attribute with the local name, or nil.
func Value(attrs []Attr, name string) []byte {
	for _, a := range attrs {
		if string(a.Name) == name {
			return a.Value
		}
	}
	return nil
}

// Scan streams the part that open opens through h with the fast scanner.
// When the part is outside the fast subset, it calls reset (h must forget
// what it was given) and streams the part again from a second open through
// encoding/xml. It returns the first error of open, the reader or h.
func Scan(open func() (io.ReadCloser, error), h Handler, reset func()) error {
	rc, err := open()
	if err != nil {
		return err
	}
	err = scanFast(rc, h)
	rc.Close()
	if err != errFallback {
		return err
	}
	reset()
	rc, err = open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return scanSlow(rc, h)
}

// scanSlow feeds the tokens of encoding/xml (Tokens) to h.
func scanSlow(r io.Reader, h Handler) error {
	var attrs []Attr
	return Tokens(r, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			attrs = attrs[:0]
			for _, a := range t.Attr {
				attrs = append(attrs, Attr{[]byte(a.Name.Local), []byte(a.Value)})
			}
			return h.Start([]byte(t.Name.Local), attrs)
		case xml.EndElement:
			return h.End([]byte(t.Name.Local))
		case xml.CharData:
			return h.Chars(t)
		}
		return nil
	})
}

// Tokens streams r's XML tokens to fn: encoding/xml's RawToken, not strict,
// with any declared character encoding read as UTF-8 (workbooks are UTF-8 in
// practice).
func Tokens(r io.Reader, fn func(xml.Token) error) error {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		return r, nil
	}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}
