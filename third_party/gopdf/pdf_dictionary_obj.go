package gopdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/klauspost/compress/zlib"
	"github.com/signintech/gopdf/fontmaker/core"
)

// EntrySelectors entry selectors
var EntrySelectors = []int{
	0, 0, 1, 1, 2, 2,
	2, 2, 3, 3, 3, 3,
	3, 3, 3, 3, 4, 4,
	4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4,
}

// ErrNotSupportShortIndexYet not support none short index yet
var ErrNotSupportShortIndexYet = errors.New("not support none short index yet")

// PdfDictionaryObj pdf dictionary object
type PdfDictionaryObj struct {
	PtrToSubsetFontObj *SubsetFontObj
	//getRoot            func() *GoPdf
	pdfProtection *PDFProtection
}

func (p *PdfDictionaryObj) init(funcGetRoot func() *GoPdf) {
	//p.getRoot = funcGetRoot
}

func (p *PdfDictionaryObj) setProtection(pr *PDFProtection) {
	p.pdfProtection = pr
}

func (p *PdfDictionaryObj) protection() *PDFProtection {
	return p.pdfProtection
}

func (p *PdfDictionaryObj) write(w io.Writer, objID int) error {
	// pingyou patch J: the compressed font program is a function of the font and
	// the subset's glyphs; documents of a batch often repeat a subset (a
	// certificate's title, its number's digits), so it is cached per process.
	key := p.fontStreamKey()
	z, length1, ok := fontStreams.get(key)
	if !ok {
		b, err := p.makeFont()
		if err != nil {
			//log.Panicf("%s", err.Error())
			return err
		}

		//zipvar buff bytes.Buffer
		zbuff := GetBuffer()
		defer PutBuffer(zbuff)

		level := fontStreamLevel(len(b))
		gzipwriter, err := getZlibWriter(zbuff, level) // pingyou patch G: pooled
		if err != nil {
			return err
		}
		_, err = gzipwriter.Write(b)
		if err != nil {
			return err
		}
		if err := gzipwriter.Close(); err != nil {
			return err
		}
		putZlibWriter(gzipwriter, level)
		z, length1 = zbuff.Bytes(), len(b)
		fontStreams.put(key, z, length1)
	}

	fmt.Fprintf(w, "<</Length %d\n", len(z))
	io.WriteString(w, "/Filter /FlateDecode\n")
	fmt.Fprintf(w, "/Length1 %d\n", length1)
	io.WriteString(w, ">>\n")
	io.WriteString(w, "stream\n")
	if p.protection() != nil {
		tmp, err := rc4Cip(p.protection().objectkey(objID), z)
		if err != nil {
			return err
		}
		w.Write(tmp)
		//p.buffer.WriteString("\n")
	} else {
		w.Write(z)
	}
	io.WriteString(w, "\nendstream\n")

	return nil
}

// fontStreamLevel is the zlib level for a font program of n bytes (pingyou patch
// K): the default for small subsets (a certificate's, where size matters), the
// fastest above 64 KB (a notice's hundreds of glyphs, which are unique per
// document: deflate was 58 % of BenchmarkNoticePage; BestSpeed is about 3x
// faster there for about 6 % more bytes).
//
// pingyou patch P: above 64 KB, Huffman coding only. TrueType outlines have
// few repeats for LZ77 to find: a notice's 126 KB FandolFang subset is
// 92.0 KB Huffman-only, 86.8 KB at BestSpeed, 81.6 KB at the default level,
// and Huffman-only takes 40 % of BestSpeed's time (deflate was 43 % of
// BenchmarkNoticePage after patch O).
//
// pingyou patch Q: under 4 KB, Huffman-only as well. Such a program is a
// handful of glyphs (a certificate's name, set apart by patch L, ≈ 1.9 KB):
// LZ77 at the default level gains ≈ 120 bytes on it (1,466 vs 1,587) but
// costs a 640 KB hash-table reset and a lazy match search per certificate
// (the name's program was ≈ 30 % of BenchmarkCertificate after patch P).
//
// pingyou patch W: levels of github.com/klauspost/compress (zlib_pool.go).
// See fontLevelMedium and fontLevelLarge.
func fontStreamLevel(n int) int {
	switch {
	case n < 4<<10:
		return zlib.HuffmanOnly
	case n > 64<<10:
		return fontLevelLarge
	}
	return fontLevelMedium
}

// pingyou patch W: klauspost's level 7 (lazy matching) compresses font
// programs of 4–64 KB within ±0.2 % of compress/flate's default level in
// ≈ 70 % of its time; its levels 1–6 are faster but 0.5–1 % larger.
const fontLevelMedium = 7

// fontLevelLarge: see PATCHES.md, patch W.
const fontLevelLarge = zlib.HuffmanOnly

func (p *PdfDictionaryObj) getType() string {
	return "PdfDictionary"
}

// SetPtrToSubsetFontObj set subsetFontObj pointer
func (p *PdfDictionaryObj) SetPtrToSubsetFontObj(ptr *SubsetFontObj) {
	p.PtrToSubsetFontObj = ptr
}

// distinctInts distinct number in nn ( value in nn must sorted )
func (p *PdfDictionaryObj) distinctInts(nn []int) []int {
	var buff []int
	var prev = -1
	for _, g := range nn {
		if g == prev {
			continue
		}
		buff = append(buff, g)
		prev = g
	}
	return buff
}

// subsetGlyphs returns the sorted, distinct glyph ids embedded in the subset:
// the used glyphs, glyph 0 and the components of composite glyphs.
//
// pingyou patch F: the subset is renumbered; glyph i of the embedded font program
// is subsetGlyphs()[i] of the original font (see SubsetFontObj.glyphSubset).
func (p *PdfDictionaryObj) subsetGlyphs() []int {
	gids, _ := p.PtrToSubsetFontObj.glyphSubset()
	return gids
}

// makeGlyfAndLocaTable builds glyf and loca for the glyphs in glyphArray (sorted,
// distinct original ids). pingyou patch B: instructions are stripped (the hinting
// tables are not embedded) and each glyph is padded to 4 bytes. pingyou patch F:
// glyph i of the result is glyphArray[i] (the subset is renumbered), composite
// glyphs refer to their components by the new ids, and loca has
// len(glyphArray)+1 entries.
func (p *PdfDictionaryObj) makeGlyfAndLocaTable(glyphArray []int) ([]byte, []int, error) {
	_, cids := p.PtrToSubsetFontObj.glyphSubset()
	// pingyou patch P: each glyph is appended, stripped, straight from the
	// font data into a table allocated once (upstream copied every glyph
	// byte by byte in getGlyphData, then again twice).
	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	glyf := ttfp.GetTables()["glyf"]
	fontData := ttfp.FontData()
	glyphData := func(g int) []byte {
		start := int(glyf.Offset + ttfp.LocaTable[g])
		return fontData[start:int(glyf.Offset+ttfp.LocaTable[g+1])]
	}
	// pingyou patch V: the stripped outlines come from a process-wide cache.
	stripped := strippedGlyphCache.stripped(fontData, glyphArray, glyphData)
	size := 0
	for _, b := range stripped {
		size += len(b) + 3
	}
	glyphTable := make([]byte, 0, size)
	locaTable := make([]int, len(glyphArray)+1)
	for i := range glyphArray {
		locaTable[i] = len(glyphTable)
		glyphTable = append(glyphTable, stripped[i]...)
		renumberComponents(glyphTable[locaTable[i]:], cids)
		for len(glyphTable)%4 != 0 {
			glyphTable = append(glyphTable, 0)
		}
	}
	locaTable[len(glyphArray)] = len(glyphTable)
	return glyphTable, locaTable, nil
}

// makeHmtxTable writes one long metric (advance width, left side bearing) per
// glyph of the renumbered subset, in subset order (pingyou patch F; patch B kept the
// whole table with zeros). hhea's numberOfHMetrics becomes len(glyphArray).
func (p *PdfDictionaryObj) makeHmtxTable(glyphArray []int) []byte {
	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	entry := ttfp.GetTables()["hmtx"]
	src := ttfp.FontData()[entry.Offset : entry.Offset+entry.Length]
	nhm := int(ttfp.NumberOfHMetrics())
	get := func(at int) []byte {
		if at >= 0 && at+2 <= len(src) {
			return src[at : at+2]
		}
		return []byte{0, 0}
	}
	out := make([]byte, 0, 4*len(glyphArray))
	for _, g := range glyphArray {
		if g < nhm {
			out = append(out, get(4*g)...)
			out = append(out, get(4*g+2)...)
		} else { // the last advance applies to every glyph after it
			out = append(out, get(4*(nhm-1))...)
			out = append(out, get(4*nhm+2*(g-nhm))...)
		}
	}
	return out
}

// renumberComponents rewrites, in place, the component glyph ids of a composite
// glyph to their ids in the renumbered subset (pingyou patch F). Simple glyphs and
// malformed data are left alone.
func renumberComponents(data []byte, cids map[uint]uint) {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return
	}
	at := 10
	for at+4 <= len(data) {
		flags := binary.BigEndian.Uint16(data[at:])
		g := uint(binary.BigEndian.Uint16(data[at+2:]))
		binary.BigEndian.PutUint16(data[at+2:], uint16(cids[g]))
		at += 4
		if flags&arg1and2areWords != 0 {
			at += 4
		} else {
			at += 2
		}
		if flags&hasScale != 0 {
			at += 2
		} else if flags&xAndYScale != 0 {
			at += 4
		} else if flags&twoByTwo != 0 {
			at += 8
		}
		if flags&moreComponents == 0 {
			return
		}
	}
}

// withUint16 returns a copy of a table with a big-endian uint16 set at offset
// (pingyou patch F: numGlyphs in maxp, numberOfHMetrics in hhea, indexToLocFormat
// in head).
func withUint16(table []byte, offset int, v uint16) []byte {
	out := append([]byte(nil), table...)
	if offset+2 <= len(out) {
		binary.BigEndian.PutUint16(out[offset:], v)
	}
	return out
}

// stripGlyphInstructions returns a copy of the glyf data of one glyph without
// TrueType instructions (pingyou patch B: fpgm, prep and cvt are not embedded, so
// instructions calling into them must go). Malformed data is returned unchanged.
func stripGlyphInstructions(data []byte) []byte {
	return appendStrippedGlyph(nil, data)
}

// appendStrippedGlyph appends what stripGlyphInstructions returns for data to
// dst (pingyou patch P: no intermediate copies). It works on the appended
// bytes in place; they only ever shrink.
func appendStrippedGlyph(dst, data []byte) []byte {
	base := len(dst)
	dst = append(dst, data...)
	out := dst[base:]
	done := func(out []byte) []byte { return dst[:base+len(out)] }
	if len(out) < 10 {
		return done(out)
	}
	numContours := int(int16(binary.BigEndian.Uint16(out)))
	if numContours >= 0 { // simple glyph: endPtsOfContours, instructionLength, instructions, ...
		at := 10 + 2*numContours
		if at+2 > len(out) {
			return done(out)
		}
		n := int(binary.BigEndian.Uint16(out[at:]))
		if at+2+n > len(out) {
			return done(out)
		}
		binary.BigEndian.PutUint16(out[at:], 0)
		out = append(out[:at+2], out[at+2+n:]...)
		// Cut the old padding too: find the end of the flags and coordinates.
		numPoints := 0
		if numContours > 0 {
			numPoints = int(binary.BigEndian.Uint16(out[at-2:])) + 1
		}
		end, xyLen := at+2, 0
		for i := 0; i < numPoints; {
			if end >= len(out) {
				return done(out)
			}
			flag := out[end]
			end++
			repeat := 1
			if flag&8 != 0 && end < len(out) {
				repeat += int(out[end])
				end++
			}
			for _, short := range [2]byte{2, 4} { // x then y: 1 byte, 0 bytes (same) or 2 bytes
				if flag&short != 0 {
					xyLen += repeat
				} else if flag&(short<<3) == 0 {
					xyLen += 2 * repeat
				}
			}
			i += repeat
		}
		if end+xyLen <= len(out) {
			out = out[:end+xyLen]
		}
		return done(out)
	}
	at := 10 // composite glyph: components, then instructions if flagged
	for at+4 <= len(out) {
		flags := binary.BigEndian.Uint16(out[at:])
		binary.BigEndian.PutUint16(out[at:], flags&^weHaveInstructions)
		at += 4 // flags, glyphIndex
		if flags&arg1and2areWords != 0 {
			at += 4
		} else {
			at += 2
		}
		if flags&hasScale != 0 {
			at += 2
		} else if flags&xAndYScale != 0 {
			at += 4
		} else if flags&twoByTwo != 0 {
			at += 8
		}
		if flags&moreComponents == 0 {
			if at > len(out) {
				return append(dst[:base], data...)
			}
			return done(out[:at])
		}
	}
	return append(dst[:base], data...)
}

func (p *PdfDictionaryObj) getGlyphSize(glyph int) int {

	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	glyf := ttfp.GetTables()["glyf"]
	start := int(glyf.Offset + ttfp.LocaTable[glyph])
	next := int(glyf.Offset + ttfp.LocaTable[glyph+1])
	return next - start
}

func (p *PdfDictionaryObj) getGlyphData(glyph int) []byte {
	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	glyf := ttfp.GetTables()["glyf"]
	start := int(glyf.Offset + ttfp.LocaTable[glyph])
	next := int(glyf.Offset + ttfp.LocaTable[glyph+1])
	return append([]byte(nil), ttfp.FontData()[start:next]...) // pingyou patch P: one copy
}

func (p *PdfDictionaryObj) makeFont() ([]byte, error) {
	var buff Buff
	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	// pingyou patch B: the hinting tables (cvt, fpgm, prep) are no longer embedded
	// (instructions are stripped from the glyphs), and a table the font lacks is
	// left out instead of being written empty.
	tables := make(map[string]core.TableDirectoryEntry)
	for _, tag := range []string{"glyf", "head", "hhea", "hmtx", "loca", "maxp"} {
		if entry, ok := ttfp.GetTables()[tag]; ok {
			tables[tag] = entry
		}
	}
	tableCount := len(tables)
	selector := EntrySelectors[tableCount]

	glyphArray := p.subsetGlyphs()
	glyphTable, locaTable, err := p.makeGlyfAndLocaTable(glyphArray)
	if err != nil {
		return nil, err
	}
	hmtxTable := p.makeHmtxTable(glyphArray)

	WriteUInt32(&buff, 0x00010000)
	WriteUInt16(&buff, uint(tableCount))
	WriteUInt16(&buff, ((1 << uint(selector)) * 16))
	WriteUInt16(&buff, uint(selector))
	WriteUInt16(&buff, (uint(tableCount)-(1<<uint(selector)))*16)

	var tags []string
	for tag := range tables {
		tags = append(tags, tag) //copy all tag
	}
	sort.Strings(tags) //order
	idx := 0
	tablePosition := int(12 + 16*tableCount)
	for idx < tableCount {
		entry := tables[tags[idx]]
		//write data
		offset := uint64(tablePosition)
		buff.SetPosition(tablePosition)
		if tags[idx] == "glyf" {
			entry.Length = uint(len(glyphTable))
			entry.CheckSum = CheckSum(glyphTable)
			WriteBytes(&buff, glyphTable, 0, entry.PaddedLength())
		} else if tags[idx] == "hmtx" {
			entry.Length = uint(len(hmtxTable))
			entry.CheckSum = CheckSum(hmtxTable)
			WriteBytes(&buff, hmtxTable, 0, len(hmtxTable))
		} else if tags[idx] == "loca" {
			// pingyou patch F: always the long format (4 bytes per entry; the
			// renumbered subset makes it small), so a large glyf never
			// overflows short offsets; head's indexToLocFormat says so.
			entry.Length = uint(len(locaTable) * 4)
			data := make([]byte, entry.PaddedLength())
			for i, val := range locaTable {
				binary.BigEndian.PutUint32(data[4*i:], uint32(val))
			}
			entry.CheckSum = CheckSum(data)
			WriteBytes(&buff, data, 0, len(data))
		} else if patch, ok := headerPatches[tags[idx]]; ok {
			// pingyou patch F: head, hhea and maxp with the subset's values.
			data := make([]byte, entry.PaddedLength())
			end := int(entry.Offset + entry.Length)
			if end > len(ttfp.FontData()) {
				end = len(ttfp.FontData())
			}
			copy(data, ttfp.FontData()[int(entry.Offset):end])
			value := uint16(len(glyphArray))
			if tags[idx] == "head" {
				value = 1 // indexToLocFormat: long
			}
			data = withUint16(data, patch, value)
			entry.CheckSum = CheckSum(data)
			WriteBytes(&buff, data, 0, len(data))
		} else {
			WriteBytes(&buff, ttfp.FontData(), int(entry.Offset), entry.PaddedLength())
		}
		endPosition := buff.Position()
		tablePosition = endPosition

		//write table
		buff.SetPosition(idx*16 + 12)
		WriteTag(&buff, tags[idx])
		WriteUInt32(&buff, uint(entry.CheckSum))
		WriteUInt32(&buff, uint(offset)) //offset
		WriteUInt32(&buff, uint(entry.Length))

		tablePosition = endPosition
		idx++
	}
	//DebugSubType(buff.Bytes())
	//me.buffer.Write(buff.Bytes())
	return buff.Bytes(), nil
}

// headerPatches gives, for the tables makeFont patches, the offset of the field
// set to the subset's value (pingyou patch F): head indexToLocFormat, hhea
// numberOfHMetrics, maxp numGlyphs.
var headerPatches = map[string]int{"head": 50, "hhea": 34, "maxp": 4}

func (p *PdfDictionaryObj) completeGlyphClosure(mapOfglyphs *MapOfCharacterToGlyphIndex) []int {
	var glyphArray []int
	//copy
	isContainZero := false
	glyphs := mapOfglyphs.AllVals()
	for _, v := range glyphs {
		glyphArray = append(glyphArray, int(v))
		if v == 0 {
			isContainZero = true
		}
	}
	if !isContainZero {
		glyphArray = append(glyphArray, 0)
	}

	// pingyou patch B: also close over components of components (upstream stopped
	// at the glyphs of the characters).
	i := 0
	for i < len(glyphArray) {
		p.AddCompositeGlyphs(&glyphArray, glyphArray[i])
		i++
	}
	return glyphArray
}

// AddCompositeGlyphs add composite glyph
// composite glyph is a Unicode entity that can be defined as a sequence of one or more other characters.
func (p *PdfDictionaryObj) AddCompositeGlyphs(glyphArray *[]int, glyph int) {
	start := p.GetOffset(int(glyph))
	if start == p.GetOffset(int(glyph)+1) {
		return
	}

	offset := start
	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	fontData := ttfp.FontData()
	numContours, step := ReadShortFromByte(fontData, offset)
	offset += step
	if numContours >= 0 {
		return
	}

	offset += 8
	for {
		flags, step1 := ReadUShortFromByte(fontData, offset)
		offset += step1
		cGlyph, step2 := ReadUShortFromByte(fontData, offset)
		offset += step2
		//check cGlyph is contain in glyphArray?
		glyphContainsKey := false
		for _, g := range *glyphArray {
			if g == int(cGlyph) {
				glyphContainsKey = true
				break
			}
		}
		if !glyphContainsKey {
			*glyphArray = append(*glyphArray, int(cGlyph))
		}

		if (flags & moreComponents) == 0 {
			return
		}
		offsetAppend := 4
		if (flags & arg1and2areWords) == 0 {
			offsetAppend = 2
		}
		if (flags & hasScale) != 0 {
			offsetAppend += 2
		} else if (flags & xAndYScale) != 0 {
			offsetAppend += 4
		}
		if (flags & twoByTwo) != 0 {
			offsetAppend += 8
		}
		offset += offsetAppend
	}
}

const hasScale = 8
const moreComponents = 32
const arg1and2areWords = 1
const xAndYScale = 64
const twoByTwo = 128
const weHaveInstructions = 0x100

// GetOffset get offset from glyf table
func (p *PdfDictionaryObj) GetOffset(glyph int) int {
	ttfp := p.PtrToSubsetFontObj.GetTTFParser()
	glyf := ttfp.GetTables()["glyf"]
	offset := int(glyf.Offset + ttfp.LocaTable[glyph])
	return offset
}

// CheckSum check sum
func CheckSum(data []byte) uint {

	var byte3, byte2, byte1, byte0 uint64
	byte3 = 0
	byte2 = 0
	byte1 = 0
	byte0 = 0
	length := len(data)
	i := 0
	for i < length {
		byte3 += uint64(data[i])
		i++
		byte2 += uint64(data[i])
		i++
		byte1 += uint64(data[i])
		i++
		byte0 += uint64(data[i])
		i++
	}
	//var result uint32
	result := uint32(byte3<<24) + uint32(byte2<<16) + uint32(byte1<<8) + uint32(byte0)
	return uint(result)
}
