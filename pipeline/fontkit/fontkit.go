// Package fontkit loads TrueType font files and answers the questions layout
// and the PDF renderer ask of them: advance widths (in 1/1000 em), glyph
// coverage, units per em and the raw bytes to embed.
//
// Fonts are parsed once per process (a file loaded by several batches or
// several Sets shares one parsed copy) and every method is safe for
// concurrent use: documents are laid out in parallel.
package fontkit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"pingyou/pipeline/layout"
)

// ErrNotTrueType is wrapped by Load's error for fonts whose outlines are not
// TrueType (glyf): CFF-flavoured OpenType and collections (.ttc). The PDF
// renderer can only embed glyf fonts; fonts/convert.py converts them.
var ErrNotTrueType = errors.New("fontkit: not a TrueType (glyf) font")

// Face is one loaded font file under the key the configuration gave it.
type Face struct {
	Key  string // face key (config fonts.faces), e.g. "fang"
	Path string // absolute path of the file it was read from
	*fontData
}

// fontData is the parsed, shared part of a Face (one per file per process).
type fontData struct {
	data   []byte
	sf     *sfnt.Font
	upem   int
	family string
	bufs   sync.Pool // *sfnt.Buffer
	// blocks caches advances in blocks of 256 runes, filled on first use:
	// entry = advance in 1/1000 em, or missing for no glyph.
	blocks [(unicodeMax + 1) / blockSize]atomic.Pointer[block]
}

const (
	unicodeMax = 0x10FFFF
	blockSize  = 256
	missing    = -1 << 31
)

type block [blockSize]int32

// Bytes returns the font file's bytes (for embedding). Callers must not modify them.
func (f *Face) Bytes() []byte { return f.data }

// UnitsPerEm returns the font's design units per em (head.unitsPerEm).
func (f *Face) UnitsPerEm() int { return f.upem }

// Family returns the font's family name from its name table (may be empty).
func (f *Face) Family() string { return f.family }

// VMetrics returns the font's ascent, descent (positive, below the
// baseline) and cap height in 1/1000 em, from hhea/OS/2.
func (f *Face) VMetrics() (ascent, descent, capHeight int) {
	buf := f.buffer()
	defer f.bufs.Put(buf)
	m, err := f.sf.Metrics(buf, fixed.Int26_6(1000), font.HintingNone)
	if err != nil {
		return 880, 120, 700
	}
	return int(m.Ascent), int(m.Descent), int(m.CapHeight)
}

// Has reports whether the face maps r to a glyph other than .notdef.
func (f *Face) Has(r rune) bool {
	_, ok := f.Advance(r)
	return ok
}

// Advance returns r's advance width in 1/1000 em, and whether the face has
// a glyph for r (a glyph id other than 0).
func (f *Face) Advance(r rune) (units int, ok bool) {
	if r < 0 || r > unicodeMax {
		return 0, false
	}
	b := f.blocks[r/blockSize].Load()
	if b == nil {
		b = f.fill(r / blockSize)
	}
	v := b[r%blockSize]
	if v == missing {
		return 0, false
	}
	return int(v), true
}

// GlyphIndex returns the glyph id of r (0 if the face has none).
func (f *Face) GlyphIndex(r rune) sfnt.GlyphIndex {
	buf := f.buffer()
	defer f.bufs.Put(buf)
	gi, err := f.sf.GlyphIndex(buf, r)
	if err != nil {
		return 0
	}
	return gi
}

func (f *fontData) buffer() *sfnt.Buffer {
	if b, ok := f.bufs.Get().(*sfnt.Buffer); ok {
		return b
	}
	return new(sfnt.Buffer)
}

// fill computes one block of advances. Two goroutines may compute the same
// block at once; both results are equal, so the race is harmless.
func (f *fontData) fill(bi rune) *block {
	buf := f.buffer()
	defer f.bufs.Put(buf)
	b := new(block)
	for i := range b {
		b[i] = missing
		r := bi*blockSize + rune(i)
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		gi, err := f.sf.GlyphIndex(buf, r)
		if err != nil || gi == 0 {
			continue
		}
		// ppem = 1000 (as a raw 26.6 value) scales the advance to 1/1000 em, rounded.
		adv, err := f.sf.GlyphAdvance(buf, gi, fixed.Int26_6(1000), font.HintingNone)
		if err != nil {
			continue
		}
		b[i] = int32(adv)
	}
	f.blocks[bi].Store(b)
	return b
}

// parsed caches fonts by absolute path for the life of the process.
var parsed struct {
	sync.Mutex
	m map[string]*parseEntry
}

type parseEntry struct {
	once sync.Once
	f    *fontData
	err  error
}

// open parses the file at abs once per process.
func open(abs string) (*fontData, error) {
	parsed.Lock()
	if parsed.m == nil {
		parsed.m = make(map[string]*parseEntry)
	}
	e := parsed.m[abs]
	if e == nil {
		e = new(parseEntry)
		parsed.m[abs] = e
	}
	parsed.Unlock()
	e.once.Do(func() { e.f, e.err = parseFile(abs) })
	return e.f, e.err
}

func parseFile(abs string) (*fontData, error) {
	data, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	return parse(data)
}

func parse(data []byte) (*fontData, error) {
	if len(data) >= 4 && string(data[:4]) == "ttcf" {
		return nil, fmt.Errorf("%w: a font collection (.ttc)", ErrNotTrueType)
	}
	if len(data) >= 4 && string(data[:4]) == "OTTO" {
		return nil, fmt.Errorf("%w: CFF outlines (OpenType/CFF)", ErrNotTrueType)
	}
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, err
	}
	f := &fontData{data: data, sf: sf, upem: int(sf.UnitsPerEm())}
	var buf sfnt.Buffer
	if name, err := sf.Name(&buf, sfnt.NameIDTypographicFamily); err == nil && name != "" {
		f.family = name
	} else if name, err := sf.Name(&buf, sfnt.NameIDFamily); err == nil {
		f.family = name
	}
	return f, nil
}

// Set is the loaded faces of one configuration, by key. It implements
// layout.Metrics.
type Set struct {
	faces map[string]*Face
	keys  []string
}

var _ layout.Metrics = (*Set)(nil)

// Load reads the faces (key → file name) from dir. A file name may be
// absolute; otherwise it is relative to dir. Every problem is reported (not
// only the first), in Chinese, naming the file and where it was looked for.
func Load(dir string, faces map[string]string) (*Set, error) {
	s := &Set{faces: make(map[string]*Face, len(faces))}
	for k := range faces {
		s.keys = append(s.keys, k)
	}
	sort.Strings(s.keys)
	var errs []error
	for _, key := range s.keys {
		name := faces[key]
		path := name
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, name)
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			abs = path
		}
		if _, err := os.Stat(abs); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				errs = append(errs, &LoadError{Key: key, File: name, Path: abs, Err: err,
					msg: fmt.Sprintf("找不到字体 %s 的文件 %s（查找位置：%s）；请把字体文件放到该目录，或在配置 fonts.dir / fonts.faces 中改正路径", key, name, abs)})
			} else {
				errs = append(errs, &LoadError{Key: key, File: name, Path: abs, Err: err,
					msg: fmt.Sprintf("无法读取字体 %s 的文件 %s（%s）：%v", key, name, abs, err)})
			}
			continue
		}
		f, err := open(abs)
		if err != nil {
			msg := fmt.Sprintf("字体 %s 的文件 %s（%s）不是可用的 TrueType 字体：%v", key, name, abs, err)
			if errors.Is(err, ErrNotTrueType) {
				msg = fmt.Sprintf("字体 %s 的文件 %s（%s）不是 TrueType（glyf）轮廓的字体，PDF 无法嵌入；请先用 fonts/convert.py 转换：%v", key, name, abs, err)
			}
			errs = append(errs, &LoadError{Key: key, File: name, Path: abs, Err: err, msg: msg})
			continue
		}
		s.faces[key] = &Face{Key: key, Path: abs, fontData: f}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// LoadError is one face that could not be loaded.
type LoadError struct {
	Key, File, Path string
	Err             error
	msg             string
}

func (e *LoadError) Error() string { return e.msg }
func (e *LoadError) Unwrap() error { return e.Err }

// Face returns the face loaded under key, or nil.
func (s *Set) Face(key string) *Face { return s.faces[key] }

// Keys returns the face keys, sorted.
func (s *Set) Keys() []string { return append([]string(nil), s.keys...) }

// Advance implements layout.Metrics: r's advance in face, in 1/1000 em.
func (s *Set) Advance(face string, r rune) (units int, ok bool) {
	f := s.faces[face]
	if f == nil {
		return 0, false
	}
	return f.Advance(r)
}

// Missing returns the characters of text (each once, in order of first
// appearance) that no face in chain can draw. Control, format and
// combining characters are not drawn on their own (layout.Drawn) and are
// never missing.
func (s *Set) Missing(chain []string, text string) []rune {
	var out []rune
	seen := map[rune]bool{}
	for _, r := range text {
		if seen[r] || !layout.Drawn(r) {
			continue
		}
		seen[r] = true
		if _, ok := s.FaceFor(chain, r); !ok {
			out = append(out, r)
		}
	}
	return out
}

// FaceFor returns the first face key in chain that has r.
func (s *Set) FaceFor(chain []string, r rune) (string, bool) {
	for _, k := range chain {
		if f := s.faces[k]; f != nil && f.Has(r) {
			return k, true
		}
	}
	return "", false
}

// Covers reports whether some face in chain has every drawn character of text.
func (s *Set) Covers(chain []string, text string) bool { return len(s.Missing(chain, text)) == 0 }
