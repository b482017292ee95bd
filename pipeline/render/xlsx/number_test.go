package xlsx

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"

	"pingyou/pipeline/decimal"
)

// TestFixedFastPath: decimalOf and ratio (on decimal's 128-bit path where it
// fits, on big.Int elsewhere) give the rule's text and the float of that text.
func TestFixedFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(r *big.Rat) {
		t.Helper()
		for _, d := range []int{0, 1, 2, 3, 9, 12} {
			want := decimal.Fixed(r, d)
			n := decimalOf(r, d)
			v, _ := strconv.ParseFloat(want, 64)
			if n.text != want || n.v != v || math.Signbit(n.v) != math.Signbit(v) {
				t.Fatalf("decimalOf(%s, %d) = %+v, want %s (%v)", r.RatString(), d, n, want, v)
			}
		}
		n := ratio(r).(number)
		want := decimal.Fixed(new(big.Rat).Mul(r, big.NewRat(100, 1)), 1) + "%"
		if v, _ := strconv.ParseFloat(decimal.Fixed(r, 3), 64); n.text != want || n.v != v {
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
