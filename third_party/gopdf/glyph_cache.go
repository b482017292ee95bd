package gopdf

import "sync"

// pingyou patch V (new file): a process-wide cache of glyph outlines with
// their instructions stripped (patch B), per font and glyph. Every document
// of a batch embeds mostly the same glyphs of the same fonts, and stripping
// walks each glyph's flags and coordinates: appendStrippedGlyph was 8 % of
// BenchmarkNoticePage after patch T. The cached bytes are never modified
// (makeGlyfAndLocaTable copies them and renumbers components in its copy).
// Bounded like the other caches: two generations of at most
// glyphCacheBytes bytes each, so glyphs in use stay and fonts loaded again
// (a new batch in a long-running process) do not pile up.

const glyphCacheBytes = 8 << 20

type glyphKey struct {
	font *byte // first byte of the font data: the font's identity in this process
	gid  int
}

type glyphCache struct {
	mu                 sync.Mutex
	cur, old           map[glyphKey][]byte
	curBytes, oldBytes int
}

var strippedGlyphCache = &glyphCache{cur: map[glyphKey][]byte{}}

// stripped returns the stripped outline of every glyph in gids of the font
// whose data is fontData, raw giving a glyph's outline in the font.
func (c *glyphCache) stripped(fontData []byte, gids []int, raw func(int) []byte) [][]byte {
	out := make([][]byte, len(gids))
	if len(fontData) == 0 {
		for i, g := range gids {
			out[i] = appendStrippedGlyph(nil, raw(g))
		}
		return out
	}
	font := &fontData[0]
	var miss []int
	c.mu.Lock()
	for i, g := range gids {
		k := glyphKey{font, g}
		if b, ok := c.cur[k]; ok {
			out[i] = b
		} else if b, ok := c.old[k]; ok {
			out[i] = b
			delete(c.old, k)
			c.oldBytes -= len(b)
			c.add(k, b)
		} else {
			miss = append(miss, i)
		}
	}
	c.mu.Unlock()
	if len(miss) == 0 {
		return out
	}
	for _, i := range miss {
		out[i] = appendStrippedGlyph(nil, raw(gids[i]))
	}
	c.mu.Lock()
	for _, i := range miss {
		c.add(glyphKey{font, gids[i]}, out[i])
	}
	c.mu.Unlock()
	return out
}

// add puts an entry into the current generation; c.mu is held.
func (c *glyphCache) add(k glyphKey, b []byte) {
	if c.curBytes+len(b) > glyphCacheBytes {
		c.old, c.oldBytes = c.cur, c.curBytes
		c.cur, c.curBytes = map[glyphKey][]byte{}, 0
	}
	if _, ok := c.cur[k]; !ok {
		c.cur[k] = b
		c.curBytes += len(b)
	}
}
