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

// fontStreamLimit bounds the cache: at most this many entries in each of its
// two generations, and only subsets whose compressed stream is at most
// fontStreamMaxSize bytes (large subsets, e.g. a long notice, rarely repeat).
//
// pingyou patch L: two generations instead of one map that started afresh when
// full. New entries go into the current generation; when it is full it becomes
// the old one (the previous old one is dropped), and a hit in the old
// generation moves the entry back into the current one. A subset used by every
// document (a certificate's text other than the name) therefore stays cached
// however many one-off subsets (the names, patch L) pass through.
const (
	fontStreamLimit   = 512
	fontStreamMaxSize = 64 << 10
)

type fontStreamCache struct {
	mu       sync.Mutex
	cur, old map[fontStreamKey]fontStream
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

var fontStreams = &fontStreamCache{cur: map[fontStreamKey]fontStream{}}

func (c *fontStreamCache) get(k fontStreamKey) ([]byte, int, bool) {
	if k.font == nil {
		return nil, 0, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.cur[k]
	if !ok {
		if s, ok = c.old[k]; ok {
			delete(c.old, k)
			c.add(k, s)
		}
	}
	return s.z, s.length1, ok
}

func (c *fontStreamCache) put(k fontStreamKey, z []byte, length1 int) {
	if k.font == nil || len(z) > fontStreamMaxSize {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.add(k, fontStream{z: append([]byte(nil), z...), length1: length1})
}

// add puts an entry into the current generation; c.mu is held.
func (c *fontStreamCache) add(k fontStreamKey, s fontStream) {
	if len(c.cur) >= fontStreamLimit {
		c.old, c.cur = c.cur, make(map[fontStreamKey]fontStream, fontStreamLimit)
	}
	c.cur[k] = s
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
