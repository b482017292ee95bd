package gopdf

import (
	"io"
	"sync"

	"github.com/klauspost/compress/zlib"
)

// pingyou patch G (new file): zlib writers are reused. compress/flate allocates
// about 800 KB of state per writer, and a PDF needs several (the content
// stream, every font program and CIDSet, the ICC profile), so NewWriter was
// ~90 % of all bytes allocated for a one-page certificate. Reset gives output
// identical to a new writer's.
//
// pingyou patch W: the writers are github.com/klauspost/compress/zlib (a
// drop-in for compress/zlib with faster levels and a faster Huffman-only mode;
// see PATCHES.md). Its levels are not compress/flate's: 1–6 are its fast
// match finders, 7–9 lazy matching. Output depends only on the input, the
// level and the library's version (pinned in go.mod).

var zlibPools [zlib.BestCompression - zlib.HuffmanOnly + 1]sync.Pool

// getZlibWriter returns a zlib writer at level writing to w; give it back with
// putZlibWriter after Close.
func getZlibWriter(w io.Writer, level int) (*zlib.Writer, error) {
	if level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return zlib.NewWriterLevel(w, level) // reports the bad level
	}
	if zw, ok := zlibPools[level-zlib.HuffmanOnly].Get().(*zlib.Writer); ok {
		zw.Reset(w)
		return zw, nil
	}
	return zlib.NewWriterLevel(w, level)
}

// putZlibWriter returns a closed writer from getZlibWriter to its pool.
func putZlibWriter(zw *zlib.Writer, level int) {
	if zw == nil || level < zlib.HuffmanOnly || level > zlib.BestCompression {
		return
	}
	zw.Reset(io.Discard) // drop the reference to the destination
	zlibPools[level-zlib.HuffmanOnly].Put(zw)
}
