package gopdf

import (
	"sync"
)

// pingyou patch J (new file): a bounded, process-wide cache of compressed font
// programs. The font program of a subset depends only on the font data and
// the glyphs in the subset (patch F), so the same key always gives the same
// bytes; a hit skips makeFont and the deflate, which were 60 % of a
// certificate's CPU. Documents of a batch repeat subsets often: every
// certificate of an award has the same title glyphs, and certificate numbers
// share most digits.

// fontStreamLimit bounds the cache: at most this many entries (then it starts
// afresh), and only subsets whose compressed stream is at most
// fontStreamMaxSize bytes (large subsets, e.g. a long notice, rarely repeat).
const (
	fontStreamLimit   = 512
	fontStreamMaxSize = 64 << 10
)

type fontStreamCache struct {
	mu sync.Mutex
	m  map[fontStreamKey]fontStream
}

type fontStreamKey struct {
	font   *byte  // first byte of the font data: the font's identity in this process
	size   int    // length of the font data
	glyphs string // the subset's original glyph ids, 2 bytes each, sorted
}

type fontStream struct {
	z       []byte
	length1 int
}

var fontStreams = &fontStreamCache{m: map[fontStreamKey]fontStream{}}

func (c *fontStreamCache) get(k fontStreamKey) ([]byte, int, bool) {
	if k.font == nil {
		return nil, 0, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[k]
	return s.z, s.length1, ok
}

func (c *fontStreamCache) put(k fontStreamKey, z []byte, length1 int) {
	if k.font == nil || len(z) > fontStreamMaxSize {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= fontStreamLimit {
		c.m = map[fontStreamKey]fontStream{}
	}
	c.m[k] = fontStream{z: append([]byte(nil), z...), length1: length1}
}

// fontStreamKey identifies the font program write would produce.
func (p *PdfDictionaryObj) fontStreamKey() fontStreamKey {
	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	data := ttfp.FontData()
	if len(data) == 0 {
		return fontStreamKey{}
	}
	gids := p.subsetGlyphs()
	b := make([]byte, 0, 2*len(gids))
	for _, g := range gids {
		b = append(b, byte(g>>8), byte(g))
	}
	return fontStreamKey{font: &data[0], size: len(data), glyphs: string(b)}
}
