package decimal

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"
)

func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

func TestFixedHalfAwayFromZero(t *testing.T) {
	for _, tc := range []struct {
		in   string
		d    int
		want string
	}{
		{"89.995", 2, "90.00"},    // exactly half: up
		{"89.994999", 2, "89.99"}, // just below half: down
		{"89.985", 2, "89.99"},    // half-up, not banker's rounding (which would give 89.98)
		{"92.05", 2, "92.05"},
		{"92", 2, "92.00"},
		{"100", 2, "100.00"},
		{"0.765", 3, "0.765"},
		{"0.7655", 3, "0.766"},
		{"0.7645", 3, "0.765"},
		{"13/17", 3, "0.765"}, // 0.76470… → 0.765
		{"2/3", 1, "0.7"},
		{"2/3", 3, "0.667"},
		{"1/200", 2, "0.01"},
		{"0.05", 1, "0.1"},
		{"0.04", 1, "0.0"},
		{"-1.25", 1, "-1.3"}, // half away from zero
		{"-0.005", 2, "-0.01"},
		{"-0.004", 2, "0.00"}, // no "-0.00"
		{"99.5", 0, "100"},
	} {
		if got := Fixed(rat(tc.in), tc.d); got != tc.want {
			t.Errorf("Fixed(%s, %d) = %s, want %s", tc.in, tc.d, got, tc.want)
		}
		if got := fixedBig(rat(tc.in), tc.d); got != tc.want {
			t.Errorf("fixedBig(%s, %d) = %s, want %s", tc.in, tc.d, got, tc.want)
		}
	}
}

// TestFastPath checks the 128-bit path of Fixed against big.Rat.FloatString
// (fixedBig), and Float against strconv.ParseFloat of the same text.
func TestFastPath(t *testing.T) {
	check := func(r *big.Rat, d int) {
		t.Helper()
		want := fixedBig(r, d)
		if got := Fixed(r, d); got != want {
			t.Fatalf("Fixed(%s, %d) = %s, want %s", r.RatString(), d, got, want)
		}
		if q, neg, ok := Round(r, d); ok {
			v, _ := strconv.ParseFloat(want, 64)
			if got := Float(q, neg, d); got != v || math.Signbit(got) != math.Signbit(v) {
				t.Fatalf("Float of Round(%s, %d) = %v, want %v", r.RatString(), d, got, v)
			}
		}
	}
	digits := []int{0, 1, 2, 3, 9, 12}
	for _, s := range []string{"0", "-0.0049", "-0.005", "89.995", "1/3", "-2/3", "9223372036854775807", "-9223372036854775808",
		"9223372036854775807/9223372036854775806", "1/9223372036854775807", "123456789012345678901234567890/7",
		"92233720368547758/1000", "18446744073709551615/3", "0.0005", "0.9995", "99.995", "1e-30"} {
		for _, d := range digits {
			check(rat(s), d)
		}
	}
	// the sizes the evaluator meets: scores, ballot ratios, and around 2^40
	nums := []int64{0, 1, -1, 5, -5, 4, 15, 95, 8995, 89995, -89995, 1234567, 1 << 39, -(1 << 39), 1<<40 + 1, 999999999999}
	dens := []int64{1, 2, 3, 7, 10, 100, 1000, 3000, 99999, 1 << 39, 1 << 41}
	for _, n := range nums {
		for _, dn := range dens {
			for d := 0; d <= 8; d++ {
				check(big.NewRat(n, dn), d)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
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
		for _, d := range digits {
			check(big.NewRat(num, den), d)
		}
	}
}
