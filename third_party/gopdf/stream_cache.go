package gopdf

import (
	"sync"
)

// pingyou patch M (new file): zlib streams of small, repeated content are
// compressed once per process. Key: the uncompressed bytes themselves (and the
// level), so a hit gives exactly the bytes a compression would; bounded like
// the font stream cache (two generations, so entries in use survive one-off
// ones). Used for ToUnicode CMaps: a certificate's common subset (patch L) has
// the same CMap on every certificate of an award.

const (
	streamCacheLimit   = 512      // entries per generation
	streamCacheMaxSize = 16 << 10 // larger inputs are compressed every time, not cached
)

type streamCacheKey struct {
	raw   string
	level int
}

type streamCache struct {
	mu       sync.Mutex
	cur, old map[streamCacheKey][]byte
}

var zStreams = &streamCache{cur: map[streamCacheKey][]byte{}}

// compressCached returns raw compressed with zlib at level. The result may be
// shared: callers must not modify it.
func compressCached(raw []byte, level int) ([]byte, error) {
	if len(raw) > streamCacheMaxSize {
		return compressBytes(raw, level)
	}
	c := zStreams
	c.mu.Lock()
	k := streamCacheKey{raw: string(raw), level: level}
	z, ok := c.cur[k]
	if !ok {
		if z, ok = c.old[k]; ok {
			delete(c.old, k)
			c.add(k, z)
		}
	}
	c.mu.Unlock()
	if ok {
		return z, nil
	}
	z, err := compressBytes(raw, level)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.add(k, z)
	c.mu.Unlock()
	return z, nil
}

// add puts an entry into the current generation; c.mu is held.
func (c *streamCache) add(k streamCacheKey, z []byte) {
	if len(c.cur) >= streamCacheLimit {
		c.old, c.cur = c.cur, make(map[streamCacheKey][]byte, streamCacheLimit)
	}
	c.cur[k] = z
}

// compressBytes returns raw compressed with zlib at level, in a new slice.
func compressBytes(raw []byte, level int) ([]byte, error) {
	buf := GetBuffer()
	defer PutBuffer(buf)
	zw, err := getZlibWriter(buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	putZlibWriter(zw, level)
	return append([]byte(nil), buf.Bytes()...), nil
}
