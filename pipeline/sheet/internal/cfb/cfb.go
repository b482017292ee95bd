// Package cfb reads streams out of a Compound File Binary file (MS-CFB, also
// called OLE2 or structured storage): the container of Excel 97-2003 .xls,
// WPS .et and Word .doc files.
//
// It is written for hostile input. The whole file is in memory; every sector
// chain is walked with a visited set, so a cycle in the FAT, the mini FAT,
// the DIFAT or the directory chain is an error instead of a loop or repeated
// data; every size is checked against the file before anything is
// allocated; nothing panics on a truncated or garbage file (FuzzOpen).
//
// Why not github.com/richardlehane/mscfb (already in the module graph through
// excelize): it follows a stream's FAT chain without a cycle check, so a
// patched .xls whose Workbook chain loops back returns the first sectors over
// and over up to the declared size, with no error (measured on a LibreOffice
// .xls, issue 21). Only reading is needed, which is small.
package cfb

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf16"
)

// ErrFormat is returned (wrapped) for anything that is not a well-formed
// compound file: a bad header, a sector or chain outside the file, a cycle, a
// stream longer than its chain.
var ErrFormat = errors.New("cfb: malformed compound file")

// Signature is the first 8 bytes of every compound file.
var Signature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

const (
	endOfChain = 0xFFFFFFFE
	maxRegSect = 0xFFFFFFFA
	noStream   = 0xFFFFFFFF

	typeStorage = 1
	typeStream  = 2
	typeRoot    = 5

	miniSectorSize = 64
)

var le = binary.LittleEndian

func bad(what string) error { return errors.Join(ErrFormat, errors.New(what)) }

// Entry is a directory entry at the top level of the file (a child of the
// root storage).
type Entry struct {
	Name   string
	Stream bool // a stream (else a storage)
	Size   int64
	start  uint32
}

// File is an opened compound file.
type File struct {
	data       []byte
	sectorSize int
	fat        []uint32
	miniFAT    []uint32
	mini       []byte // the mini stream (root entry's data), read on first use
	miniDone   bool
	root       dirEntry
	cutoff     int64
	top        []Entry
}

type dirEntry struct {
	name               string
	objType            byte
	left, right, child uint32
	start              uint32
	size               int64
}

// Open parses the header, FAT, mini FAT and directory of data. data is kept
// (not copied) and must not change while the File is used.
func Open(data []byte) (*File, error) {
	if len(data) < 512 || string(data[:8]) != string(Signature) {
		return nil, bad("no compound file header")
	}
	f := &File{data: data}
	major := le.Uint16(data[26:])
	shift := le.Uint16(data[30:])
	switch {
	case major == 3 && shift == 9:
		f.sectorSize = 512
	case major == 4 && shift == 12:
		f.sectorSize = 4096
	default:
		return nil, bad("unknown version or sector size")
	}
	if le.Uint16(data[32:]) != 6 {
		return nil, bad("mini sector size is not 64")
	}
	f.cutoff = int64(le.Uint32(data[56:]))
	if f.cutoff != 4096 {
		return nil, bad("mini stream cutoff is not 4096")
	}
	nSect := f.sectors()
	if nSect == 0 {
		return nil, bad("no sectors")
	}

	// DIFAT: 109 entries in the header, then a chain of DIFAT sectors whose
	// last entry points to the next one.
	numFAT := int(le.Uint32(data[44:]))
	if numFAT > nSect {
		return nil, bad("more FAT sectors than sectors")
	}
	fatSects := make([]uint32, 0, numFAT)
	for i := 0; i < 109 && len(fatSects) < numFAT; i++ {
		fatSects = append(fatSects, le.Uint32(data[76+4*i:]))
	}
	perSect := f.sectorSize / 4
	next := le.Uint32(data[68:])
	numDIFAT := int(le.Uint32(data[72:]))
	if numDIFAT > nSect {
		return nil, bad("more DIFAT sectors than sectors")
	}
	seen := map[uint32]bool{}
	for i := 0; len(fatSects) < numFAT; i++ {
		if i >= numDIFAT || next > maxRegSect || seen[next] {
			return nil, bad("DIFAT chain short, outside the file or cyclic")
		}
		seen[next] = true
		s, err := f.sector(next)
		if err != nil {
			return nil, err
		}
		for j := 0; j < perSect-1 && len(fatSects) < numFAT; j++ {
			fatSects = append(fatSects, le.Uint32(s[4*j:]))
		}
		next = le.Uint32(s[4*(perSect-1):])
	}
	f.fat = make([]uint32, 0, numFAT*perSect)
	for _, sn := range fatSects {
		s, err := f.sector(sn)
		if err != nil {
			return nil, err
		}
		for j := 0; j < perSect; j++ {
			f.fat = append(f.fat, le.Uint32(s[4*j:]))
		}
	}

	// Directory.
	dir, err := f.readChain(f.fat, le.Uint32(data[48:]), -1, f.sectorSize, f.sector)
	if err != nil {
		return nil, err
	}
	entries := make([]dirEntry, len(dir)/128)
	for i := range entries {
		entries[i] = parseDirEntry(dir[i*128:(i+1)*128], major)
	}
	if len(entries) == 0 || entries[0].objType != typeRoot {
		return nil, bad("no root entry")
	}
	f.root = entries[0]

	// Mini FAT.
	if n := int(le.Uint32(data[64:])); n > 0 {
		if n > nSect {
			return nil, bad("more mini FAT sectors than sectors")
		}
		b, err := f.readChain(f.fat, le.Uint32(data[60:]), int64(n*f.sectorSize), f.sectorSize, f.sector)
		if err != nil {
			return nil, err
		}
		f.miniFAT = make([]uint32, len(b)/4)
		for i := range f.miniFAT {
			f.miniFAT[i] = le.Uint32(b[4*i:])
		}
	}

	// The top level: the root's child and that child's siblings (a
	// red-black tree), walked with a visited set.
	visited := make([]bool, len(entries))
	visited[0] = true
	stack := []uint32{f.root.child}
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if id == noStream {
			continue
		}
		if int(id) >= len(entries) || visited[id] {
			return nil, bad("directory tree outside the directory or cyclic")
		}
		visited[id] = true
		e := entries[id]
		if e.objType == typeStream || e.objType == typeStorage {
			f.top = append(f.top, Entry{Name: e.name, Stream: e.objType == typeStream, Size: e.size, start: e.start})
		}
		stack = append(stack, e.right, e.left)
	}
	return f, nil
}

// sectors returns how many whole or partial sectors follow the header.
func (f *File) sectors() int {
	n := len(f.data) - f.sectorSize
	if n <= 0 {
		return 0
	}
	return (n + f.sectorSize - 1) / f.sectorSize
}

// sector returns the bytes of regular sector sn (short when the file ends
// inside it: a truncated file's last sector).
func (f *File) sector(sn uint32) ([]byte, error) {
	if sn > maxRegSect {
		return nil, bad("special sector number in a chain")
	}
	off := (int64(sn) + 1) * int64(f.sectorSize)
	if off >= int64(len(f.data)) {
		return nil, bad("sector outside the file")
	}
	end := min(off+int64(f.sectorSize), int64(len(f.data)))
	if end-off < int64(f.sectorSize) {
		return nil, bad("file ends inside a sector")
	}
	return f.data[off:end], nil
}

// miniSector returns mini sector sn of the mini stream.
func (f *File) miniSector(sn uint32) ([]byte, error) {
	off := int64(sn) * miniSectorSize
	if off+miniSectorSize > int64(len(f.mini)) {
		return nil, bad("mini sector outside the mini stream")
	}
	return f.mini[off : off+miniSectorSize], nil
}

// readChain concatenates the sectors of the chain starting at start. With
// size >= 0 it reads exactly size bytes (the chain must be long enough);
// with size < 0 it reads the whole chain. The chain may not be longer than
// the table (which bounds it by the file size) and may not visit a sector
// twice.
func (f *File) readChain(table []uint32, start uint32, size int64, secSize int, get func(uint32) ([]byte, error)) ([]byte, error) {
	if size > int64(len(table))*int64(secSize) {
		return nil, bad("stream longer than the file")
	}
	var out []byte
	if size >= 0 {
		out = make([]byte, 0, size)
	}
	seen := make([]bool, len(table))
	for sn := start; sn != endOfChain; {
		if size >= 0 && int64(len(out)) >= size {
			break // chains may be longer than the stream's size
		}
		if int(sn) >= len(table) {
			return nil, bad("chain leaves the allocation table")
		}
		if seen[sn] {
			return nil, bad("cycle in a sector chain")
		}
		seen[sn] = true
		s, err := get(sn)
		if err != nil {
			return nil, err
		}
		if size >= 0 && int64(len(out)+len(s)) > size {
			s = s[:size-int64(len(out))]
		}
		out = append(out, s...)
		sn = table[sn]
	}
	if size >= 0 && int64(len(out)) < size {
		return nil, bad("chain shorter than the stream")
	}
	return out, nil
}

func parseDirEntry(b []byte, major uint16) dirEntry {
	e := dirEntry{
		objType: b[66],
		left:    le.Uint32(b[68:]),
		right:   le.Uint32(b[72:]),
		child:   le.Uint32(b[76:]),
		start:   le.Uint32(b[116:]),
	}
	if major == 3 {
		e.size = int64(le.Uint32(b[120:])) // the high half may hold junk in version 3
	} else {
		e.size = int64(le.Uint64(b[120:]) & (1<<62 - 1))
	}
	n := int(le.Uint16(b[64:]))
	if n >= 2 && n <= 64 && n%2 == 0 {
		u := make([]uint16, n/2-1)
		for i := range u {
			u[i] = le.Uint16(b[2*i:])
		}
		e.name = string(utf16.Decode(u))
	}
	return e
}

// Entries returns the streams and storages at the top level.
func (f *File) Entries() []Entry { return f.top }

// Find returns the top-level entry whose name equals name ignoring ASCII
// case (writers differ: Workbook, WorkBook).
func (f *File) Find(name string) (Entry, bool) {
	for _, e := range f.top {
		if strings.EqualFold(e.Name, name) {
			return e, true
		}
	}
	return Entry{}, false
}

// ReadStream returns the bytes of a top-level stream. Its size must fit in
// the file: a stream cannot hold more than the file does.
func (f *File) ReadStream(e Entry) ([]byte, error) {
	if !e.Stream {
		return nil, bad("not a stream")
	}
	if e.Size < 0 || e.Size > int64(len(f.data)) {
		return nil, bad("stream larger than the file")
	}
	if e.Size < f.cutoff {
		if err := f.loadMini(); err != nil {
			return nil, err
		}
		return f.readChain(f.miniFAT, e.start, e.Size, miniSectorSize, f.miniSector)
	}
	return f.readChain(f.fat, e.start, e.Size, f.sectorSize, f.sector)
}

// loadMini reads the mini stream: the root entry's data.
func (f *File) loadMini() error {
	if f.miniDone {
		return nil
	}
	f.miniDone = true
	if f.root.size == 0 {
		return nil
	}
	if f.root.size > int64(len(f.data)) {
		return bad("mini stream larger than the file")
	}
	b, err := f.readChain(f.fat, f.root.start, f.root.size, f.sectorSize, f.sector)
	if err != nil {
		return err
	}
	f.mini = b
	return nil
}
