package fieldtab

import (
	"math/big"
	"strings"
	"testing"
	"unsafe"
)

func TestRowsAreSeparate(t *testing.T) {
	rows := NewRows(3, 2)
	n0, d0 := rows.Row(0)
	n1, d1 := rows.Row(1)
	if len(n0) != 2 || len(d1) != 2 {
		t.Fatalf("row lengths %d, %d; want 2", len(n0), len(d1))
	}
	n1[0], d1[0] = big.NewRat(1, 1), "1"
	d0 = append(d0, "grown") // must copy, not write into row 1
	n0 = append(n0, big.NewRat(2, 1))
	if d1[0] != "1" || n1[0].Cmp(big.NewRat(1, 1)) != 0 {
		t.Fatalf("appending to row 0 changed row 1: %q %v", d1[0], n1[0])
	}
	if len(d0) != 3 || len(n0) != 3 {
		t.Fatal("append lost")
	}
}

func TestSharedKeepsOneCopy(t *testing.T) {
	var s Shared
	a := s.Text(strings.Repeat("8", 2) + ".00")
	b := s.Text("88" + ".00")
	if unsafe.StringData(a) != unsafe.StringData(b) {
		t.Error("Text: equal texts are two copies")
	}
	x := s.Rat(big.NewRat(175, 2))
	if y := s.Frac(175, 2); y != x {
		t.Error("Frac: not the shared value")
	}
	if y := s.Rat(big.NewRat(350, 4)); y != x {
		t.Error("Rat: equal values are two copies")
	}
	huge, _ := new(big.Rat).SetString("123456789012345678901234567890/7")
	if s.Rat(huge) != huge {
		t.Error("Rat: a value beyond machine integers is returned as it is")
	}
	calls := 0
	format := func(v *big.Rat) string { calls++; return v.FloatString(2) }
	p := s.Format(big.NewRat(1, 3), 2, format)
	q := s.Format(big.NewRat(2, 6), 2, format)
	r := s.Format(big.NewRat(1, 3), -1, format) // another form: formatted again
	if p != "0.33" || q != "0.33" || r != "0.33" || calls != 2 {
		t.Errorf("Format: %q %q %q after %d calls; want 0.33 thrice after 2", p, q, r, calls)
	}
	if unsafe.StringData(p) != unsafe.StringData(r) {
		t.Error("Format: equal texts of two forms are two copies")
	}
}
