package xlsx

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// bigFixed is the rule written with big.Int only (the reference for the
// 128-bit fast path of fixed).
func bigFixed(r *big.Rat, d int) string {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	neg := num.Sign() < 0
	num.Abs(num)
	n2 := new(big.Int).Lsh(num, 1)
	n2.Add(n2, r.Denom())
	q := new(big.Int).Quo(n2, new(big.Int).Lsh(r.Denom(), 1))
	s := q.String()
	if d > 0 {
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		s = s[:len(s)-d] + "." + s[len(s)-d:]
	}
	if neg && q.Sign() != 0 {
		s = "-" + s
	}
	return s
}

func TestFixedFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(r *big.Rat) {
		t.Helper()
		for _, d := range []int{0, 1, 2, 3, 9, 12} {
			want := bigFixed(r, d)
			if got := fixed(r, d); got != want {
				t.Fatalf("fixed(%s, %d) = %s, want %s", r.RatString(), d, got, want)
			}
			n := decimalOf(r, d)
			v, _ := strconv.ParseFloat(want, 64)
			if n.text != want || n.v != v || math.Signbit(n.v) != math.Signbit(v) {
				t.Fatalf("decimalOf(%s, %d) = %+v, want %s (%v)", r.RatString(), d, n, want, v)
			}
		}
		n := ratio(r).(number)
		want := bigFixed(new(big.Rat).Mul(r, big.NewRat(100, 1)), 1) + "%"
		if v, _ := strconv.ParseFloat(bigFixed(r, 3), 64); n.text != want || n.v != v {
			t.Fatalf("ratio(%s) = %+v, want %s %v", r.RatString(), n, want, v)
		}
	}
	for _, s := range []string{"0", "-0.0049", "-0.005", "89.995", "1/3", "-2/3", "9223372036854775807", "-9223372036854775808",
		"9223372036854775807/9223372036854775806", "1/9223372036854775807", "123456789012345678901234567890/7",
		"92233720368547758/1000", "18446744073709551615/3", "0.0005", "0.9995", "99.995", "1e-30"} {
		check(rat(s))
	}
	for range 200_000 {
		var num, den int64
		switch rng.IntN(4) {
		case 0: // scores: hundredths
			num, den = rng.Int64N(20_001)-10_000, 100
		case 1: // shares of counts
			den = rng.Int64N(1000) + 1
			num = rng.Int64N(den + 1)
		case 2: // anything
			num, den = rng.Int64()-rng.Int64(), rng.Int64N(math.MaxInt64)+1
		default: // near halves
			den = 2 * (rng.Int64N(1e6) + 1)
			num = rng.Int64N(1e9)*den + den/2 - 1 + rng.Int64N(3)
		}
		check(big.NewRat(num, den))
	}
}
