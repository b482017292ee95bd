package fixedzip

import (
	"bytes"
	"io"
	"runtime"
	"sync"

	"github.com/klauspost/compress/flate"
)

// ParallelDeflate compresses each entry with all cores, with
// github.com/klauspost/compress/flate at the level (whose levels are not
// compress/flate's): the entry is cut into blocks of blockSize bytes, each
// compressed on its own goroutine and ended with a sync flush (an empty
// stored block that is not final), the last one closed. The blocks, written
// in order, are one valid deflate stream. Block boundaries depend only on the
// bytes, so the output is the same on every run whatever the scheduling, and
// depends only on the input, the level and the library's version (pinned in
// go.mod). A block does not see the one before it (no preset dictionary, so
// that compressors can be reused): at 1 MiB blocks the file grows by less
// than 0.5%.
//
// It is for large entries: at 100,000 members the summary's member sheet is
// over 100 MB of XML, and deflate on one core was most of the summary's time
// while the other core idled (the pipeline's stages run one after another).
func ParallelDeflate(level int) Compressor {
	return func(w io.Writer) (io.WriteCloser, error) { return newBlockDeflater(w, level), nil }
}

// blockDeflater is a ParallelDeflate stream.
type blockDeflater struct {
	dst     io.Writer
	level   int
	buf     []byte    // the block being filled
	pending []*dblock // submitted, in order
	sem     chan struct{}
	err     error
}

const blockSize = 1 << 20

type dblock struct {
	in   []byte
	out  *bytes.Buffer
	err  error
	done chan struct{}
}

// Block buffers and compressed blocks are reused across entries and workbooks.
var (
	blockPool = sync.Pool{New: func() any { b := make([]byte, 0, blockSize); return &b }}
	outPool   = sync.Pool{New: func() any { return bytes.NewBuffer(make([]byte, 0, blockSize/4)) }}
)

// flaters are reusable compressors by level (each is about 1 MB).
var flaters sync.Map // level → *sync.Pool of *flate.Writer

func getFlater(level int, w io.Writer) (*flate.Writer, error) {
	p, _ := flaters.LoadOrStore(level, &sync.Pool{})
	if fw, ok := p.(*sync.Pool).Get().(*flate.Writer); ok {
		fw.Reset(w)
		return fw, nil
	}
	return flate.NewWriter(w, level)
}

func putFlater(level int, fw *flate.Writer) {
	p, _ := flaters.Load(level)
	p.(*sync.Pool).Put(fw)
}

func newBlockDeflater(dst io.Writer, level int) *blockDeflater {
	return &blockDeflater{dst: dst, level: level, sem: make(chan struct{}, runtime.GOMAXPROCS(0))}
}

func (d *blockDeflater) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if d.err != nil {
			return 0, d.err
		}
		if d.buf == nil {
			d.buf = (*blockPool.Get().(*[]byte))[:0]
		}
		k := copy(d.buf[len(d.buf):cap(d.buf)], p)
		d.buf = d.buf[:len(d.buf)+k]
		p = p[k:]
		if len(d.buf) == cap(d.buf) {
			d.submit(false)
		}
	}
	return n, d.err
}

// submit starts compressing the filled block.
func (d *blockDeflater) submit(last bool) {
	b := &dblock{in: d.buf, out: outPool.Get().(*bytes.Buffer), done: make(chan struct{})}
	d.buf = nil
	d.sem <- struct{}{}
	go func() {
		defer func() { <-d.sem; close(b.done) }()
		fw, err := getFlater(d.level, b.out)
		if err != nil {
			b.err = err
			return
		}
		if _, err = fw.Write(b.in); err == nil {
			if last {
				err = fw.Close()
			} else {
				err = fw.Flush()
			}
		}
		putFlater(d.level, fw)
		b.err = err
	}()
	d.pending = append(d.pending, b)
	// Bound the memory: at most two blocks per core in flight.
	for len(d.pending) > 2*cap(d.sem) {
		d.drain()
	}
}

// drain writes the oldest block once it is done.
func (d *blockDeflater) drain() {
	b := d.pending[0]
	d.pending[0] = nil
	d.pending = d.pending[1:]
	<-b.done
	if cap(b.in) == blockSize {
		in := b.in
		blockPool.Put(&in)
	}
	if d.err == nil {
		d.err = b.err
	}
	if d.err == nil {
		_, d.err = b.out.WriteTo(d.dst)
	}
	b.out.Reset()
	outPool.Put(b.out)
}

// Close compresses the rest and writes every block.
func (d *blockDeflater) Close() error {
	if d.err == nil {
		d.submit(true)
	}
	for len(d.pending) > 0 {
		d.drain()
	}
	return d.err
}

// chunks is an append-only byte store in blocks of 64 KiB: the compressed
// entries are kept until the zip is written, and a bytes.Buffer would hold
// up to twice their size while growing.
type chunks struct {
	list [][]byte
	n    int
}

const chunkSize = 64 << 10

func (c *chunks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(c.list) == 0 || len(c.list[len(c.list)-1]) == chunkSize {
			c.list = append(c.list, make([]byte, 0, chunkSize))
		}
		last := &c.list[len(c.list)-1]
		k := copy((*last)[len(*last):chunkSize], p)
		*last = (*last)[:len(*last)+k]
		p = p[k:]
	}
	c.n += n
	return n, nil
}

func (c *chunks) Len() int { return c.n }

func (c *chunks) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for i, b := range c.list {
		k, err := w.Write(b)
		n += int64(k)
		c.list[i] = nil
		if err != nil {
			return n, err
		}
	}
	c.list, c.n = nil, 0
	return n, nil
}
