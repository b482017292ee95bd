package pdf

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pingyou/pipeline/testtool"
)

// srgbSHA256 pins the bytes of the output intent profile.
const srgbSHA256 = "c56e1685d888f5edb92fe07f2750f387f8fe8e91b32ff8fb0b56bfbbb9458353" // as published

// TestSRGBProfile checks the output intent profile: its bytes by their hash,
// its header and tag table by hand, then independently with LittleCMS
// (transicc, Debian liblcms2-utils), which must read it and convert colours
// to Lab as its own built-in sRGB does.
func TestSRGBProfile(t *testing.T) {
	p := sRGB
	be := binary.BigEndian
	if len(p) != 480 || int(be.Uint32(p)) != len(p) {
		t.Errorf("profile is %d bytes, header says %d; want 480", len(p), be.Uint32(p))
	}
	if string(p[12:24]) != "mntrRGB XYZ " || string(p[36:40]) != "acsp" || be.Uint32(p[8:]) != 0x04200000 {
		t.Errorf("header: class/space/PCS %q, signature %q, version %08x", p[12:24], p[36:40], be.Uint32(p[8:]))
	}
	zeroed := bytes.Clone(p)
	clear(zeroed[84:100])
	if id := md5.Sum(zeroed); !bytes.Equal(id[:], p[84:100]) {
		t.Error("profile ID is not the MD5 of the profile")
	}
	var sigs []string
	for i := range int(be.Uint32(p[128:])) {
		e := p[132+12*i:]
		off, size := be.Uint32(e[4:]), be.Uint32(e[8:])
		if off%4 != 0 || int(off+size) > len(p) {
			t.Errorf("tag %s at %d+%d outside the profile or unaligned", e[:4], off, size)
		}
		sigs = append(sigs, string(e[:4]))
	}
	if got := strings.Join(sigs, " "); got != "desc cprt wtpt chad rXYZ gXYZ bXYZ rTRC gTRC bTRC" {
		t.Errorf("tags %s", got)
	}
	// The profile is in every PDF: a change of its bytes is a change of
	// every output file, made on purpose or not at all.
	if sum := fmt.Sprintf("%x", sha256.Sum256(p)); sum != srgbSHA256 {
		t.Errorf("profile SHA-256 %s, want %s", sum, srgbSHA256)
	}

	transicc := testtool.Require(t, "transicc")
	file := filepath.Join(t.TempDir(), "sRGB.icc")
	if err := os.WriteFile(file, p, 0o644); err != nil {
		t.Fatal(err)
	}
	// Every corner of the RGB cube, greys, and colours pingyou prints (the
	// red of titles and borders, the gold border).
	var in strings.Builder
	for _, v := range [][3]int{{0, 0, 0}, {255, 255, 255}, {255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 255, 0}, {0, 255, 255},
		{255, 0, 255}, {1, 1, 1}, {10, 10, 10}, {64, 64, 64}, {128, 128, 128}, {192, 192, 192}, {200, 16, 46}, {184, 134, 11}, {30, 144, 200}} {
		fmt.Fprintf(&in, "%d %d %d\n", v[0], v[1], v[2])
	}
	lab := func(profile string) [][3]float64 {
		cmd := exec.Command(transicc, "-n", "-t1", "-c0", "-i"+profile, "-o*Lab")
		cmd.Stdin = strings.NewReader(in.String())
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("transicc -i %s: %v", profile, err)
		}
		var res [][3]float64
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			f := strings.Fields(l)
			if len(f) != 3 {
				t.Fatalf("transicc output %q", l)
			}
			var v [3]float64
			for i := range v {
				v[i], _ = strconv.ParseFloat(f[i], 64)
			}
			res = append(res, v)
		}
		return res
	}
	got, want := lab(file), lab("*sRGB")
	if len(got) != len(want) || len(got) != strings.Count(in.String(), "\n") {
		t.Fatalf("transicc gave %d and %d colours", len(got), len(want))
	}
	for i := range got {
		d := math.Sqrt(sq(got[i][0]-want[i][0]) + sq(got[i][1]-want[i][1]) + sq(got[i][2]-want[i][2]))
		if d > 0.05 {
			t.Errorf("colour %d: Lab %.4f, LittleCMS sRGB %.4f (ΔE %.3f)", i, got[i], want[i], d)
		}
	}
}

func sq(x float64) float64 { return x * x }
