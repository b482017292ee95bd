// Package fixedzip writes zip archives whose bytes are a function of their
// entries: the entries are written sorted by name ([Content_Types].xml
// first, as in Office packages), all with one given time, each compressed by
// the caller's Compressor as it is written.
//
// excelize saves workbooks through it (a Writer has excelize.ZipWriter's
// methods; see File.SetZipWriter): excelize creates the parts of streamed
// worksheets in map order, so the order of entries would change from run to
// run, and archive/zip's Create leaves the MS-DOS time at zero (1980-00-00,
// which some tools show as an invalid date). The summary workbook
// (pipeline/render/xlsx) and the generated sample workbooks (samples/gen)
// are both written with it.
package fixedzip

import (
	"archive/zip"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"
	"time"
)

// A Compressor starts the deflate stream of one entry, written to w; Close
// ends it.
type Compressor func(w io.Writer) (io.WriteCloser, error)

// Deflate compresses each entry with compress/flate at the level.
func Deflate(level int) Compressor {
	return func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, level) }
}

// Writer collects the entries, compressed, and writes the archive on Close.
// It writes only to the writer given to NewWriter, so the archive exists
// once in memory (compressed) until then.
type Writer struct {
	w        io.Writer
	mod      time.Time
	compress Compressor
	entries  []*entry
	cur      *entry
}

type entry struct {
	name string
	data chunks // deflated
	crc  uint32
	size uint64
	fw   io.WriteCloser
}

func (e *entry) Write(p []byte) (int, error) {
	e.crc = crc32.Update(e.crc, crc32.IEEETable, p)
	e.size += uint64(len(p))
	return e.fw.Write(p)
}

// NewWriter returns a Writer that writes the archive to w, every entry
// stamped with mod (in its own location).
func NewWriter(w io.Writer, mod time.Time, c Compressor) *Writer {
	return &Writer{w: w, mod: mod, compress: c}
}

// Create starts a new entry; the previous one is complete.
func (z *Writer) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	e := &entry{name: name}
	fw, err := z.compress(&e.data)
	if err != nil {
		return nil, err
	}
	e.fw = fw
	z.entries = append(z.entries, e)
	z.cur = e
	return e, nil
}

func (z *Writer) finish() error {
	e := z.cur
	if e == nil {
		return nil
	}
	z.cur = nil
	err := e.fw.Close()
	e.fw = nil
	return err
}

// AddFS is part of excelize.ZipWriter; excelize does not call it when saving.
func (z *Writer) AddFS(fs.FS) error {
	return errors.New("fixedzip: AddFS is not supported")
}

// Close writes all entries, sorted by name, to the destination.
func (z *Writer) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	rank := func(name string) string {
		if name == "[Content_Types].xml" {
			return ""
		}
		return name
	}
	sort.SliceStable(z.entries, func(i, j int) bool { return rank(z.entries[i].name) < rank(z.entries[j].name) })
	date, tm := msdosTime(z.mod)
	zw := zip.NewWriter(z.w)
	for _, e := range z.entries {
		// CreateRaw, unlike CreateHeader, writes the header as given: the
		// sizes up front (no data descriptor) and the MS-DOS time set here.
		ew, err := zw.CreateRaw(&zip.FileHeader{
			Name:               e.name,
			Method:             zip.Deflate,
			CRC32:              e.crc,
			CompressedSize64:   uint64(e.data.Len()),
			UncompressedSize64: e.size,
			ModifiedDate:       date,
			ModifiedTime:       tm,
		})
		if err != nil {
			return err
		}
		if _, err := e.data.WriteTo(ew); err != nil {
			return err
		}
	}
	z.entries = nil
	return zw.Close()
}

// msdosTime converts t (in its own location) to MS-DOS date and time fields,
// clamped to the format's range 1980–2107.
func msdosTime(t time.Time) (date, tm uint16) {
	y := min(max(t.Year(), 1980), 2107)
	date = uint16((y-1980)<<9 | int(t.Month())<<5 | t.Day())
	tm = uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()/2)
	return
}
