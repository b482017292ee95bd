package cfb

import (
	"encoding/binary"
	"unicode/utf16"
)

// Build writes a version 3 compound file (512-byte sectors) holding the
// given top-level streams. It is for tests (of this package and of the .xls
// reader; the linker leaves it out of the program). Streams under 4096 bytes
// go into the mini stream, as real writers put them. It returns the file and
// the first sector of each stream (regular or mini) by name.
func Build(names []string, streams [][]byte) ([]byte, map[string]uint32) {
	const ss = 512
	sectorsOf := func(n int) int { return (n + ss - 1) / ss }
	// Mini stream: small streams, 64-byte mini sectors.
	var mini []byte
	var miniFAT []uint32
	start := map[string]uint32{}
	big := map[int]bool{}
	for i, d := range streams {
		if len(d) >= 4096 {
			big[i] = true
			continue
		}
		first := uint32(len(mini) / 64)
		start[names[i]] = first
		n := (len(d) + 63) / 64
		for j := 0; j < n; j++ {
			if j == n-1 {
				miniFAT = append(miniFAT, endOfChain)
			} else {
				miniFAT = append(miniFAT, first+uint32(j)+1)
			}
		}
		padded := make([]byte, n*64)
		copy(padded, d)
		mini = append(mini, padded...)
	}
	dirEntries := 1 + len(streams)
	nDir := sectorsOf(dirEntries * 128)
	nMiniFAT := sectorsOf(len(miniFAT) * 4)
	nMini := sectorsOf(len(mini))
	nData := 0
	for i := range streams {
		if big[i] {
			nData += sectorsOf(len(streams[i]))
		}
	}
	nFAT := 1
	for (nFAT+nDir+nMiniFAT+nMini+nData+127)/128 > nFAT {
		nFAT++
	}
	total := nFAT + nDir + nMiniFAT + nMini + nData
	fat := make([]uint32, nFAT*128)
	for i := range fat {
		fat[i] = 0xFFFFFFFF
	}
	next := uint32(0)
	chain := func(n int) uint32 { // allocates n consecutive sectors
		if n == 0 {
			return endOfChain
		}
		first := next
		for j := 0; j < n; j++ {
			if j == n-1 {
				fat[next] = endOfChain
			} else {
				fat[next] = next + 1
			}
			next++
		}
		return first
	}
	for j := 0; j < nFAT; j++ {
		fat[next] = 0xFFFFFFFD
		next++
	}
	dirStart := chain(nDir)
	miniFATStart := chain(nMiniFAT)
	miniStart := chain(nMini)
	dataStart := map[int]uint32{}
	for i := range streams {
		if big[i] {
			dataStart[i] = chain(sectorsOf(len(streams[i])))
			start[names[i]] = dataStart[i]
		}
	}
	out := make([]byte, ss*(1+total))
	h := out[:ss]
	copy(h, Signature)
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], 3)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9)
	le.PutUint16(h[32:], 6)
	le.PutUint32(h[44:], uint32(nFAT))
	le.PutUint32(h[48:], dirStart)
	le.PutUint32(h[56:], 4096)
	le.PutUint32(h[60:], miniFATStart)
	le.PutUint32(h[64:], uint32(nMiniFAT))
	le.PutUint32(h[68:], endOfChain)
	for i := 0; i < 109; i++ {
		v := uint32(0xFFFFFFFF)
		if i < nFAT {
			v = uint32(i)
		}
		le.PutUint32(h[76+4*i:], v)
	}
	sec := func(n uint32) []byte { return out[ss*(int(n)+1):] }
	for i, v := range fat {
		le.PutUint32(sec(0)[4*i:], v) // FAT sectors are 0..nFAT-1, contiguous
	}
	// Directory: root, then the streams as a chain of right siblings.
	entry := func(i int, name string, typ byte, right, child, first uint32, size int) {
		e := sec(dirStart)[128*i:]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			binary.LittleEndian.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], right)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], first)
		le.PutUint32(e[120:], uint32(size))
	}
	rootChild := uint32(noStream)
	if len(streams) > 0 {
		rootChild = 1
	}
	entry(0, "Root Entry", typeRoot, noStream, rootChild, miniStart, len(mini))
	for i := range streams {
		right := uint32(noStream)
		if i+1 < len(streams) {
			right = uint32(i + 2)
		}
		entry(i+1, names[i], typeStream, right, noStream, start[names[i]], len(streams[i]))
	}
	for i, v := range miniFAT {
		le.PutUint32(sec(miniFATStart)[4*i:], v)
	}
	if len(mini) > 0 {
		copy(sec(miniStart), mini)
	}
	for i := range streams {
		if big[i] {
			copy(sec(dataStart[i]), streams[i])
		}
	}
	return out, start
}
