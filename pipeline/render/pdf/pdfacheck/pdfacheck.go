// Package pdfacheck checks a PDF file against the PDF/A-2b requirements
// pingyou can check without a PDF/A validator. It reads the file's objects
// through qpdf (qpdf --check and qpdf --json), so the checks do not trust
// the writer's own parser. Tests use it on every PDF a batch produces.
//
// What it checks is listed in Requirements; what it does not check (it is no
// validator) includes the font programs' inner validity beyond the tables
// read here, ICC profile internals beyond the header, and XMP beyond the
// properties listed.
package pdfacheck

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// Requirements names each check in the order Check reports them.
var Requirements = []string{
	"qpdf --check: no syntax or stream errors, no warnings",
	"header %PDF-1.n (n ≤ 7) and a binary comment of ≥ 4 bytes > 127",
	"not encrypted (no /Encrypt)",
	"trailer /ID: two 16-byte strings",
	"Info dictionary is an indirect object",
	"XMP /Metadata: unfiltered /Type /Metadata /Subtype /XML stream, xpacket, well-formed XML",
	"XMP pdfaid:part 2, pdfaid:conformance B",
	"XMP mirrors Info: Title, Author, Subject, Keywords, Creator, Producer, CreationDate",
	"one /OutputIntent /GTS_PDFA1 with an RGB ICC profile (/N 3, 'acsp', version ≤ 4)",
	"every font embedded (FontFile2), CIDFontType2 with /CIDToGIDMap, /W widths = font program hmtx (±1)",
	"no .notdef (glyph 0) in any shown string",
	"no JavaScript or actions (/JS, /JavaScript, /AA, /OpenAction, /Launch), no /EmbeddedFiles",
	"no forbidden keys (/Interpolate true, /Alternates, /OPI, /TR, /TR2, stream /F, /FFilter)",
	"no DeviceCMYK colour (RGB output intent)",
}

// Result is the outcome of one requirement.
type Result struct {
	Requirement string
	Problems    []string // empty: satisfied
}

// Check runs every check on the file and returns one Result per requirement.
func Check(qpdf, path string) ([]Result, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := load(qpdf, path)
	if err != nil {
		return nil, err
	}
	f.raw = raw
	res := make([]Result, len(Requirements))
	for i := range res {
		res[i].Requirement = Requirements[i]
	}
	add := func(i int, format string, args ...any) {
		res[i].Problems = append(res[i].Problems, fmt.Sprintf(format, args...))
	}

	// 0: qpdf --check
	out, err := exec.Command(qpdf, "--check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") || strings.Contains(strings.ToLower(string(out)), "warning") {
		add(0, "qpdf --check: %v: %s", err, out)
	}
	// 1: header
	if m := regexp.MustCompile(`^%PDF-1\.([0-7])\r?\n%`).FindIndex(raw); m == nil {
		add(1, "header is %q", raw[:min(len(raw), 12)])
	} else {
		n := 0
		for _, c := range raw[m[1]:min(len(raw), m[1]+16)] {
			if c == '\n' || c == '\r' {
				break
			}
			if c > 127 {
				n++
			}
		}
		if n < 4 {
			add(1, "binary comment has %d bytes > 127", n)
		}
	}
	// 2, 3, 4: trailer
	if _, ok := f.trailer["/Encrypt"]; ok {
		add(2, "trailer has /Encrypt")
	}
	// qpdf's JSON shows a binary string that happens to decode as
	// PDFDocEncoding as text, so the /ID bytes are read from the trailer
	// itself when it is written as hex strings, as pingyou writes it.
	ids, _ := f.trailer["/ID"].([]any)
	if len(ids) != 2 {
		add(3, "trailer /ID = %v", f.trailer["/ID"])
	} else if i := bytes.LastIndex(raw, []byte("trailer")); i >= 0 && hexIDRE.Match(raw[i:]) {
		for _, h := range hexIDRE.FindSubmatch(raw[i:])[1:] {
			if len(h) != 32 {
				add(3, "/ID element <%s> is not 16 bytes", h)
			}
		}
	} else {
		for _, id := range ids {
			if b, ok := byteString(id); !ok || len(b) != 16 || !strings.HasPrefix(id.(string), "b:") {
				add(3, "/ID element %q is not a 16-byte string (or not one this checker can read)", id)
			}
		}
	}
	infoRef, _ := f.trailer["/Info"].(string)
	if !isRef(infoRef) {
		add(4, "trailer /Info is %v, not an indirect reference", f.trailer["/Info"])
	}
	infoDict, _ := f.resolve(infoRef).(map[string]any)

	// 5, 6, 7: XMP
	root, _ := f.resolve(f.trailer["/Root"]).(map[string]any)
	if root == nil {
		return nil, fmt.Errorf("%s: no catalog", path)
	}
	var meta xmpMeta
	if ref, _ := root["/Metadata"].(string); !isRef(ref) {
		add(5, "catalog has no /Metadata stream")
	} else if st := f.objects[ref]; st.stream == nil {
		add(5, "/Metadata is not a stream")
	} else {
		d := st.stream
		if d["/Type"] != "/Metadata" || d["/Subtype"] != "/XML" {
			add(5, "/Metadata dictionary is %v", d)
		}
		if _, ok := d["/Filter"]; ok {
			add(5, "/Metadata stream has a /Filter")
		}
		x := st.data
		if !bytes.HasPrefix(x, []byte("<?xpacket begin=")) || !bytes.HasSuffix(bytes.TrimSpace(x), []byte(`<?xpacket end="w"?>`)) {
			add(5, "XMP is not wrapped in an xpacket")
		}
		if err := xml.Unmarshal(x, &meta); err != nil {
			add(5, "XMP is not well-formed XML: %v", err)
		}
	}
	if len(res[5].Problems) == 0 {
		d := meta.RDF.Description
		if d.Part != "2" || d.Conformance != "B" {
			add(6, "pdfaid:part %q conformance %q", d.Part, d.Conformance)
		}
		pairs := []struct{ key, xmpName, xmpValue string }{
			{"/Title", "dc:title", d.Title.Li},
			{"/Author", "dc:creator", d.Creator.Li},
			{"/Subject", "dc:description", d.Description.Li},
			{"/Keywords", "pdf:Keywords", d.Keywords},
			{"/Creator", "xmp:CreatorTool", d.CreatorTool},
			{"/Producer", "pdf:Producer", d.Producer},
		}
		for _, p := range pairs {
			v, _ := textString(infoDict[p.key])
			if v != p.xmpValue {
				add(7, "Info %s %q ≠ %s %q", p.key, v, p.xmpName, p.xmpValue)
			}
		}
		cd, _ := textString(infoDict["/CreationDate"])
		if t1, err1 := pdfDate(cd); cd != "" || d.CreateDate != "" {
			t2, err2 := time.Parse(time.RFC3339, d.CreateDate)
			if err1 != nil || err2 != nil || !t1.Equal(t2) {
				add(7, "Info /CreationDate %q ≠ xmp:CreateDate %q", cd, d.CreateDate)
			}
		}
		if infoDict == nil {
			add(7, "no Info dictionary")
		}
	}
	// 8: output intent
	intents, _ := f.resolve(root["/OutputIntents"]).([]any)
	n := 0
	for _, it := range intents {
		oi, _ := f.resolve(it).(map[string]any)
		if oi["/S"] != "/GTS_PDFA1" {
			continue
		}
		n++
		ref, _ := oi["/DestOutputProfile"].(string)
		st := f.objects[ref]
		if st.stream == nil {
			add(8, "/DestOutputProfile is not a stream")
			continue
		}
		icc, err := st.decoded()
		switch {
		case err != nil:
			add(8, "ICC profile: %v", err)
		case fmt.Sprint(st.stream["/N"]) != "3":
			add(8, "ICC /N = %v", st.stream["/N"])
		case len(icc) < 128 || string(icc[36:40]) != "acsp" || string(icc[16:20]) != "RGB " || icc[8] > 4:
			add(8, "not an RGB ICC profile of version ≤ 4")
		case int(binary.BigEndian.Uint32(icc)) != len(icc):
			add(8, "ICC profile size field %d ≠ %d bytes", binary.BigEndian.Uint32(icc), len(icc))
		}
		if s, _ := textString(oi["/OutputConditionIdentifier"]); s == "" {
			add(8, "no /OutputConditionIdentifier")
		}
	}
	if n != 1 {
		add(8, "%d /GTS_PDFA1 output intents", n)
	}
	// 9, 10: fonts
	fonts := f.checkFonts(func(format string, args ...any) { add(9, format, args...) })
	f.checkContent(fonts, func(i int, format string, args ...any) { add(i, format, args...) })
	// 11, 12: keys anywhere
	for _, ref := range f.refs() {
		o := f.objects[ref]
		var d map[string]any
		if o.stream != nil {
			d = o.stream
			for _, k := range []string{"/F", "/FFilter", "/FDecodeParms"} {
				if _, ok := d[k]; ok {
					add(12, "%s: stream with %s", ref, k)
				}
			}
		}
		walk(o.value, func(k string, v any) {
			switch k {
			case "/JS", "/JavaScript", "/AA", "/OpenAction", "/Launch", "/EmbeddedFiles":
				add(11, "%s has %s", ref, k)
			case "/Alternates", "/OPI":
				add(12, "%s has %s", ref, k)
			case "/Interpolate":
				if v == true {
					add(12, "%s has /Interpolate true", ref)
				}
			case "/TR":
				add(12, "%s has /TR", ref)
			case "/TR2":
				if v != "/Default" {
					add(12, "%s has /TR2 %v", ref, v)
				}
			case "/S":
				if v == "/JavaScript" || v == "/Launch" {
					add(11, "%s has an action /S %v", ref, v)
				}
			}
		})
		walk(o.value, func(k string, v any) {
			if v == "/DeviceCMYK" {
				add(13, "%s uses /DeviceCMYK", ref)
			}
		})
		_ = d
	}
	return res, nil
}

type xmpMeta struct {
	RDF struct {
		Description struct {
			Title struct {
				Li string `xml:"Alt>li"`
			} `xml:"http://purl.org/dc/elements/1.1/ title"`
			Creator struct {
				Li string `xml:"Seq>li"`
			} `xml:"http://purl.org/dc/elements/1.1/ creator"`
			Description struct {
				Li string `xml:"Alt>li"`
			} `xml:"http://purl.org/dc/elements/1.1/ description"`
			Keywords    string `xml:"http://ns.adobe.com/pdf/1.3/ Keywords"`
			Producer    string `xml:"http://ns.adobe.com/pdf/1.3/ Producer"`
			CreatorTool string `xml:"http://ns.adobe.com/xap/1.0/ CreatorTool"`
			CreateDate  string `xml:"http://ns.adobe.com/xap/1.0/ CreateDate"`
			Part        string `xml:"http://www.aiim.org/pdfa/ns/id/ part"`
			Conformance string `xml:"http://www.aiim.org/pdfa/ns/id/ conformance"`
		} `xml:"Description"`
	} `xml:"RDF"`
}

// pdfDate parses D:YYYYMMDDHHmmSS+HH'mm'.
func pdfDate(s string) (time.Time, error) {
	m := regexp.MustCompile(`^D:(\d{14})([+-])(\d{2})'(\d{2})'?$`).FindStringSubmatch(s)
	if m == nil {
		if m2 := regexp.MustCompile(`^D:(\d{14})Z`).FindStringSubmatch(s); m2 != nil {
			return time.Parse("20060102150405", m2[1])
		}
		return time.Time{}, fmt.Errorf("date %q", s)
	}
	return time.Parse("20060102150405-0700", m[1]+m[2]+m[3]+m[4])
}

type object struct {
	value  any            // dictionary, array or scalar; for a stream its dictionary
	stream map[string]any // the stream dictionary, nil for other objects
	data   []byte         // raw (undecoded) stream data
}

func (o object) decoded() ([]byte, error) {
	switch o.stream["/Filter"] {
	case nil:
		return o.data, nil
	case "/FlateDecode":
		r, err := zlib.NewReader(bytes.NewReader(o.data))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(r)
	}
	return nil, fmt.Errorf("filter %v not supported by the checker", o.stream["/Filter"])
}

type file struct {
	objects map[string]object // "12 0 R" → object
	trailer map[string]any
	raw     []byte
}

func load(qpdf, path string) (*file, error) {
	out, err := exec.Command(qpdf, "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=none", path).Output()
	if err != nil {
		return nil, fmt.Errorf("qpdf --json %s: %v", path, err)
	}
	var doc struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &doc); err != nil || len(doc.QPDF) < 2 {
		return nil, fmt.Errorf("qpdf --json %s: %v", path, err)
	}
	var objs map[string]struct {
		Value  any `json:"value"`
		Stream *struct {
			Dict map[string]any `json:"dict"`
			Data string         `json:"data"`
		} `json:"stream"`
	}
	if err := json.Unmarshal(doc.QPDF[1], &objs); err != nil {
		return nil, err
	}
	f := &file{objects: map[string]object{}}
	for k, v := range objs {
		if k == "trailer" {
			f.trailer, _ = v.Value.(map[string]any)
			continue
		}
		ref := strings.TrimPrefix(k, "obj:")
		o := object{value: v.Value}
		if v.Stream != nil {
			o.stream, o.value = v.Stream.Dict, v.Stream.Dict
			o.data, err = base64.StdEncoding.DecodeString(v.Stream.Data)
			if err != nil {
				return nil, err
			}
		}
		f.objects[ref] = o
	}
	return f, nil
}

var hexIDRE = regexp.MustCompile(`/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]`)

var refRE = regexp.MustCompile(`^\d+ \d+ R$`)

func isRef(s string) bool { return refRE.MatchString(s) }

func (f *file) resolve(v any) any {
	if s, ok := v.(string); ok && isRef(s) {
		return f.objects[s].value
	}
	return v
}

func (f *file) refs() []string {
	var out []string
	for k := range f.objects {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func walk(v any, fn func(k string, v any)) {
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fn(k, t[k])
			walk(t[k], fn)
		}
	case []any:
		for _, x := range t {
			walk(x, fn)
		}
	}
}

// byteString decodes a qpdf JSON v2 string ("b:hex" or "u:text").
func byteString(v any) ([]byte, bool) {
	s, ok := v.(string)
	if !ok {
		return nil, false
	}
	switch {
	case strings.HasPrefix(s, "b:"):
		var b []byte
		for i := 2; i+1 < len(s); i += 2 {
			x, err := strconv.ParseUint(s[i:i+2], 16, 8)
			if err != nil {
				return nil, false
			}
			b = append(b, byte(x))
		}
		return b, true
	case strings.HasPrefix(s, "u:"):
		return []byte(s[2:]), true
	}
	return nil, false
}

// textString decodes a text string (qpdf gives "u:" with the text decoded).
func textString(v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		return "", false
	}
	if strings.HasPrefix(s, "u:") {
		return s[2:], true
	}
	if b, ok := byteString(s); ok {
		if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
			u := make([]uint16, 0, len(b)/2)
			for i := 2; i+1 < len(b); i += 2 {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			}
			return string(utf16.Decode(u)), true
		}
		return string(b), true
	}
	return "", false
}

func num(v any) (float64, bool) {
	x, ok := v.(float64)
	return x, ok
}
