package archive

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"io"
	"math/bits"
	"math/rand"
	"strings"
	"testing"
)

// The published vectors: GB/T 32905-2016 appendix A (SM3) and FIPS 180-4
// (SHA-256). The cross-architecture test runs this package's tests under
// qemu too, so each SM3 code path (amd64 assembly, arm64 with and without
// the SM3 instructions, loong64's Go code) is held to them.
func TestHashVectors(t *testing.T) {
	for _, c := range []struct{ in, sha, sm string }{
		{"abc",
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
			"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"},
		{strings.Repeat("abcd", 16),
			"",
			"debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"},
		{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
			"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
			""},
	} {
		sha, sm := HashBytes([]byte(c.in))
		if c.sha != "" && sha != c.sha {
			t.Errorf("SHA-256(%q) = %s, want %s", c.in, sha, c.sha)
		}
		if c.sm != "" && sm != c.sm {
			t.Errorf("SM3(%q) = %s, want %s", c.in, sm, c.sm)
		}
	}
}

// TestSM3AgainstReference compares gmsm's SM3 (whatever block function this
// CPU selects) with the plain reference below on every length across a few
// blocks, on a multi-block buffer, and when written in pieces through the
// Stage's hashWriter: the block functions differ in how they loop over
// blocks and carry the state between calls.
func TestSM3AgainstReference(t *testing.T) {
	rng := rand.New(rand.NewSource(32905))
	buf := make([]byte, 300<<10)
	rng.Read(buf)
	check := func(b []byte, got string) {
		t.Helper()
		want := sm3Reference(b)
		if got != hex.EncodeToString(want[:]) {
			t.Fatalf("SM3 of %d bytes = %s, reference %x", len(b), got, want)
		}
	}
	for n := 0; n <= 300; n++ {
		_, sm := HashBytes(buf[:n])
		check(buf[:n], sm)
	}
	_, sm := HashBytes(buf)
	check(buf, sm)

	hw := newHashWriter(io.Discard)
	for off := 0; off < len(buf); {
		n := min(1+rng.Intn(9000), len(buf)-off)
		hw.Write(buf[off : off+n])
		off += n
	}
	check(buf, hex.EncodeToString(hw.sm.Sum(nil)))
}

// sm3Reference is SM3 written from GB/T 32905-2016 section 5, one round at a
// time and without any of gmsm's code, as an independent check.
func sm3Reference(msg []byte) [32]byte {
	v := [8]uint32{0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e}
	m := append(bytes.Clone(msg), 0x80)
	for len(m)%64 != 56 {
		m = append(m, 0)
	}
	m = binary.BigEndian.AppendUint64(m, uint64(len(msg))*8)
	p0 := func(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 9) ^ bits.RotateLeft32(x, 17) }
	p1 := func(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 15) ^ bits.RotateLeft32(x, 23) }
	for ; len(m) > 0; m = m[64:] {
		var w [68]uint32
		var w1 [64]uint32
		for j := 0; j < 16; j++ {
			w[j] = binary.BigEndian.Uint32(m[4*j:])
		}
		for j := 16; j < 68; j++ {
			w[j] = p1(w[j-16]^w[j-9]^bits.RotateLeft32(w[j-3], 15)) ^ bits.RotateLeft32(w[j-13], 7) ^ w[j-6]
		}
		for j := 0; j < 64; j++ {
			w1[j] = w[j] ^ w[j+4]
		}
		a, b, c, d, e, f, g, h := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
		for j := 0; j < 64; j++ {
			tj, ff, gg := uint32(0x79cc4519), a^b^c, e^f^g
			if j >= 16 {
				tj, ff, gg = 0x7a879d8a, (a&b)|(a&c)|(b&c), (e&f)|(^e&g)
			}
			ss1 := bits.RotateLeft32(bits.RotateLeft32(a, 12)+e+bits.RotateLeft32(tj, j%32), 7)
			ss2 := ss1 ^ bits.RotateLeft32(a, 12)
			tt1 := ff + d + ss2 + w1[j]
			tt2 := gg + h + ss1 + w[j]
			d, c, b, a = c, bits.RotateLeft32(b, 9), a, tt1
			h, g, f, e = g, bits.RotateLeft32(f, 19), e, p0(tt2)
		}
		for i, x := range [8]uint32{a, b, c, d, e, f, g, h} {
			v[i] ^= x
		}
	}
	var out [32]byte
	for i, x := range v {
		binary.BigEndian.PutUint32(out[4*i:], x)
	}
	return out
}

// BenchmarkManifestHash is the manifest's cost per output byte: SHA-256 and
// SM3 of a certificate-sized document (about 25 KB, bench/RESULTS.md), as
// the Stage computes them while writing; and each hash alone.
func BenchmarkManifestHash(b *testing.B) {
	doc := make([]byte, 25<<10)
	rand.New(rand.NewSource(1)).Read(doc)
	b.Run("both", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		for b.Loop() {
			hw := newHashWriter(io.Discard)
			hw.Write(doc)
			hw.sha.Sum(nil)
			hw.sm.Sum(nil)
		}
	})
	b.Run("sha256", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		for b.Loop() {
			hw := newHashWriter(io.Discard)
			hw.sha.Write(doc)
			hw.sha.Sum(nil)
		}
	})
	b.Run("sm3", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		for b.Loop() {
			hw := newHashWriter(io.Discard)
			hw.sm.Write(doc)
			hw.sm.Sum(nil)
		}
	})
}
