package ofd

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"unicode/utf16"
)

// A TrueType subsetter for the fonts OFD packages embed. The PDF renderer's
// subsets (gopdf) address glyphs by CID and carry no cmap, so they cannot be
// reused: an OFD reader maps the characters of a TextCode to glyphs through
// the embedded font's cmap. The subset keeps the used glyphs (and the
// components of composite glyphs) renumbered from 1, glyph 0 an empty
// .notdef, and these tables: cmap (3,1 format 4 for the BMP and 3,10 format
// 12 for everything), glyf and loca (long), hmtx, hhea, maxp, head, OS/2,
// post (format 3, no glyph names) and the naming records of name. Hinting is
// dropped (instructions, fpgm, prep, cvt): the glyphs are drawn at
// print and screen sizes by readers that scale outlines.

// ErrNotTrueType is returned for fonts without glyf outlines.
var ErrNotTrueType = errors.New("not a TrueType (glyf) font")

// ttf is a parsed font file: its tables and what subsetting needs.
type ttf struct {
	data      []byte
	tables    map[string][]byte
	numGlyphs int
	longLoca  bool
	numHM     int // hhea.numberOfHMetrics
	upem      int
	names     map[uint16]string // name IDs 1–6, from the Windows records
}

func parseFont(data []byte) (*ttf, error) {
	if len(data) < 12 {
		return nil, ErrNotTrueType
	}
	if v := binary.BigEndian.Uint32(data); v != 0x00010000 && v != 0x74727565 { // 1.0 or 'true'
		return nil, ErrNotTrueType
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	f := &ttf{data: data, tables: map[string][]byte{}}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		if len(rec) < 16 {
			return nil, fmt.Errorf("table directory truncated")
		}
		off, ln := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(ln) > uint64(len(data)) {
			return nil, fmt.Errorf("table %s out of the file", rec[:4])
		}
		f.tables[string(rec[:4])] = data[off : off+ln]
	}
	for _, t := range []string{"head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap"} {
		if f.tables[t] == nil {
			if t == "glyf" || t == "loca" {
				return nil, ErrNotTrueType
			}
			return nil, fmt.Errorf("no %s table", t)
		}
	}
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, fmt.Errorf("head, hhea or maxp truncated")
	}
	f.upem = int(binary.BigEndian.Uint16(head[18:]))
	f.longLoca = binary.BigEndian.Uint16(head[50:]) == 1
	f.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	f.numHM = int(binary.BigEndian.Uint16(hhea[34:]))
	if f.numHM == 0 || len(f.tables["hmtx"]) < 4*f.numHM {
		return nil, fmt.Errorf("hmtx truncated")
	}
	f.names = readNames(f.tables["name"])
	return f, nil
}

// glyph returns glyph g's outline bytes (empty for a glyph without contours).
func (f *ttf) glyph(g int) []byte {
	if g < 0 || g >= f.numGlyphs {
		return nil
	}
	loca := f.tables["loca"]
	var a, b int
	if f.longLoca {
		if len(loca) < 4*(g+2) {
			return nil
		}
		a, b = int(binary.BigEndian.Uint32(loca[4*g:])), int(binary.BigEndian.Uint32(loca[4*g+4:]))
	} else {
		if len(loca) < 2*(g+2) {
			return nil
		}
		a, b = 2*int(binary.BigEndian.Uint16(loca[2*g:])), 2*int(binary.BigEndian.Uint16(loca[2*g+2:]))
	}
	glyf := f.tables["glyf"]
	if a >= b || b > len(glyf) {
		return nil
	}
	return glyf[a:b]
}

// metric returns glyph g's advance width and left side bearing.
func (f *ttf) metric(g int) (uint16, int16) {
	hmtx := f.tables["hmtx"]
	if g < f.numHM {
		return binary.BigEndian.Uint16(hmtx[4*g:]), int16(binary.BigEndian.Uint16(hmtx[4*g+2:]))
	}
	adv := binary.BigEndian.Uint16(hmtx[4*(f.numHM-1):])
	i := 4*f.numHM + 2*(g-f.numHM)
	if i+2 > len(hmtx) {
		return adv, 0
	}
	return adv, int16(binary.BigEndian.Uint16(hmtx[i:]))
}

// Composite glyph flags (glyf table).
const (
	argWords      = 0x0001
	haveScale     = 0x0008
	moreComps     = 0x0020
	haveXYScale   = 0x0040
	haveTwoByTwo  = 0x0080
	haveInstrs    = 0x0100
	compositeHead = 10
)

// components calls fn with the offset of each component's glyph index in
// a composite glyph, and returns the length of the components (without
// instructions) and whether instructions follow.
func components(g []byte, fn func(at int)) (int, bool) {
	p := compositeHead
	instr := false
	for p+4 <= len(g) {
		flags := binary.BigEndian.Uint16(g[p:])
		fn(p + 2)
		p += 4
		if flags&argWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&haveScale != 0:
			p += 2
		case flags&haveXYScale != 0:
			p += 4
		case flags&haveTwoByTwo != 0:
			p += 8
		}
		instr = instr || flags&haveInstrs != 0
		if flags&moreComps == 0 {
			break
		}
	}
	return min(p, len(g)), instr
}

// stripped returns glyph data without hinting instructions, its components
// renumbered by newID.
func stripped(g []byte, newID func(old int) int) []byte {
	if len(g) < compositeHead {
		return nil
	}
	contours := int16(binary.BigEndian.Uint16(g))
	if contours < 0 {
		out := append([]byte(nil), g...)
		end, _ := components(out, func(at int) {
			binary.BigEndian.PutUint16(out[at:], uint16(newID(int(binary.BigEndian.Uint16(out[at:])))))
		})
		// Clear WE_HAVE_INSTRUCTIONS on every component and drop them.
		components(out[:end], func(at int) {
			fl := binary.BigEndian.Uint16(out[at-2:])
			binary.BigEndian.PutUint16(out[at-2:], fl&^haveInstrs)
		})
		return out[:end]
	}
	ends := compositeHead + 2*int(contours)
	if ends+2 > len(g) {
		return nil
	}
	il := int(binary.BigEndian.Uint16(g[ends:]))
	if ends+2+il > len(g) {
		return nil
	}
	out := make([]byte, 0, len(g)-il)
	out = append(out, g[:ends]...)
	out = append(out, 0, 0)
	return append(out, g[ends+2+il:]...)
}

// subset is a font program with the glyphs of the given characters, each
// mapped by its cmap to the glyph gids[i] had in f (0: none), and that
// cmap: character → glyph id in the subset.
func (f *ttf) subset(chars []rune, gids []int) ([]byte, map[rune]int) {
	// New glyph ids: 0 .notdef, then the characters' glyphs in order of first
	// use, then components of composite glyphs.
	newID := map[int]int{}
	var old []int
	add := func(g int) int {
		if id, ok := newID[g]; ok {
			return id
		}
		id := len(old) + 1
		newID[g] = id
		old = append(old, g)
		return id
	}
	cmap := map[rune]int{}
	for i, r := range chars {
		if gids[i] > 0 {
			cmap[r] = add(gids[i])
		}
	}
	for i := 0; i < len(old); i++ { // components, transitively
		if g := f.glyph(old[i]); len(g) >= compositeHead && int16(binary.BigEndian.Uint16(g)) < 0 {
			components(g, func(at int) { add(int(binary.BigEndian.Uint16(g[at:]))) })
		}
	}
	n := len(old) + 1
	remap := func(o int) int { return newID[o] }

	var glyf []byte
	loca := make([]byte, 4*(n+1))
	hmtx := make([]byte, 4*n)
	adv0, _ := f.metric(0)
	binary.BigEndian.PutUint16(hmtx, adv0) // .notdef: empty, the font's advance
	for i, o := range old {
		binary.BigEndian.PutUint32(loca[4*(i+1):], uint32(len(glyf)))
		glyf = append(glyf, stripped(f.glyph(o), remap)...)
		if len(glyf)%2 == 1 {
			glyf = append(glyf, 0)
		}
		adv, lsb := f.metric(o)
		binary.BigEndian.PutUint16(hmtx[4*(i+1):], adv)
		binary.BigEndian.PutUint16(hmtx[4*(i+1)+2:], uint16(lsb))
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))

	head := append([]byte(nil), f.tables["head"][:54]...)
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1)
	hhea := append([]byte(nil), f.tables["hhea"][:36]...)
	binary.BigEndian.PutUint16(hhea[34:], uint16(n))
	maxp := append([]byte(nil), f.tables["maxp"]...)
	binary.BigEndian.PutUint16(maxp[4:], uint16(n))
	post := make([]byte, 32)
	if p := f.tables["post"]; len(p) >= 32 {
		copy(post, p[:32])
	}
	binary.BigEndian.PutUint32(post, 0x00030000)

	tables := map[string][]byte{
		"cmap": buildCmap(cmap), "glyf": glyf, "head": head, "hhea": hhea, "hmtx": hmtx,
		"loca": loca, "maxp": maxp, "name": buildNames(f.names), "post": post,
	}
	if os2 := f.tables["OS/2"]; os2 != nil {
		tables["OS/2"] = os2
	}
	return assemble(tables), cmap
}

// buildCmap writes a (3,1) format 4 subtable for the BMP characters and a
// (3,10) format 12 subtable for all of them.
func buildCmap(m map[rune]int) []byte {
	rs := make([]rune, 0, len(m))
	for r := range m {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	var bmp []rune
	for _, r := range rs {
		if r <= 0xFFFF {
			bmp = append(bmp, r)
		}
	}
	// Format 4: one segment per character, then the final 0xFFFF segment.
	seg := len(bmp) + 1
	f4 := make([]byte, 16+8*seg)
	binary.BigEndian.PutUint16(f4[0:], 4)
	binary.BigEndian.PutUint16(f4[2:], uint16(len(f4)))
	binary.BigEndian.PutUint16(f4[6:], uint16(2*seg))
	sr := 2
	es := 0
	for sr*2 <= 2*seg {
		sr *= 2
		es++
	}
	binary.BigEndian.PutUint16(f4[8:], uint16(sr))
	binary.BigEndian.PutUint16(f4[10:], uint16(es))
	binary.BigEndian.PutUint16(f4[12:], uint16(2*seg-sr))
	ends, starts, deltas := 14, 16+2*seg, 16+4*seg
	for i, r := range append(bmp, 0xFFFF) {
		binary.BigEndian.PutUint16(f4[ends+2*i:], uint16(r))
		binary.BigEndian.PutUint16(f4[starts+2*i:], uint16(r))
		d := 1 // 0xFFFF → glyph 0
		if r != 0xFFFF || i < len(bmp) {
			d = m[r] - int(r)
		}
		binary.BigEndian.PutUint16(f4[deltas+2*i:], uint16(d))
		// idRangeOffset stays 0
	}
	// Format 12: one group per character.
	f12 := make([]byte, 16+12*len(rs))
	binary.BigEndian.PutUint16(f12[0:], 12)
	binary.BigEndian.PutUint32(f12[4:], uint32(len(f12)))
	binary.BigEndian.PutUint32(f12[12:], uint32(len(rs)))
	for i, r := range rs {
		g := f12[16+12*i:]
		binary.BigEndian.PutUint32(g, uint32(r))
		binary.BigEndian.PutUint32(g[4:], uint32(r))
		binary.BigEndian.PutUint32(g[8:], uint32(m[r]))
	}
	out := make([]byte, 4+8*2)
	binary.BigEndian.PutUint16(out[2:], 2)
	binary.BigEndian.PutUint16(out[4:], 3)
	binary.BigEndian.PutUint16(out[6:], 1)
	binary.BigEndian.PutUint32(out[8:], uint32(len(out)))
	binary.BigEndian.PutUint16(out[12:], 3)
	binary.BigEndian.PutUint16(out[14:], 10)
	binary.BigEndian.PutUint32(out[16:], uint32(len(out)+len(f4)))
	return append(append(out, f4...), f12...)
}

// readNames returns the font's names 1–6 from its Windows Unicode records.
func readNames(t []byte) map[uint16]string {
	out := map[uint16]string{}
	if len(t) < 6 {
		return out
	}
	count, base := int(binary.BigEndian.Uint16(t[2:])), int(binary.BigEndian.Uint16(t[4:]))
	for i := 0; i < count && 6+12*i+12 <= len(t); i++ {
		r := t[6+12*i:]
		pid, eid, id := binary.BigEndian.Uint16(r), binary.BigEndian.Uint16(r[2:]), binary.BigEndian.Uint16(r[6:])
		ln, off := int(binary.BigEndian.Uint16(r[8:])), int(binary.BigEndian.Uint16(r[10:]))
		if pid != 3 || eid != 1 || id < 1 || id > 6 || base+off+ln > len(t) || out[id] != "" && binary.BigEndian.Uint16(r[4:]) != 0x409 {
			continue
		}
		u := make([]uint16, ln/2)
		for k := range u {
			u[k] = binary.BigEndian.Uint16(t[base+off+2*k:])
		}
		out[id] = string(utf16.Decode(u))
	}
	return out
}

// buildNames writes a name table with the given names as Windows Unicode
// (English) records.
func buildNames(names map[uint16]string) []byte {
	var ids []uint16
	for id := range names {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	recs := make([]byte, 6+12*len(ids))
	binary.BigEndian.PutUint16(recs[2:], uint16(len(ids)))
	binary.BigEndian.PutUint16(recs[4:], uint16(len(recs)))
	var strs []byte
	for i, id := range ids {
		r := recs[6+12*i:]
		binary.BigEndian.PutUint16(r, 3)
		binary.BigEndian.PutUint16(r[2:], 1)
		binary.BigEndian.PutUint16(r[4:], 0x409)
		binary.BigEndian.PutUint16(r[6:], id)
		u := utf16.Encode([]rune(names[id]))
		binary.BigEndian.PutUint16(r[8:], uint16(2*len(u)))
		binary.BigEndian.PutUint16(r[10:], uint16(len(strs)))
		for _, c := range u {
			strs = binary.BigEndian.AppendUint16(strs, c)
		}
	}
	return append(recs, strs...)
}

// assemble writes the font file: table directory sorted by tag, tables
// 4-byte aligned, checksums, head.checkSumAdjustment.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	sr, es := 1, 0
	for sr*2 <= n {
		sr *= 2
		es++
	}
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16*sr))
	binary.BigEndian.PutUint16(out[8:], uint16(es))
	binary.BigEndian.PutUint16(out[10:], uint16(16*(n-sr)))
	headAt := 0
	for i, t := range tags {
		data := tables[t]
		rec := out[12+16*i:]
		copy(rec, t)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		if t == "head" {
			headAt = len(out)
		}
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += binary.BigEndian.Uint32(w[:])
	}
	return s
}
