// Package decimal rounds exact rationals to a fixed number of decimals the way
// every document of a batch shows numbers: half away from zero (四舍五入) from
// the exact value, so 89.995 → "90.00" and 89.994999 → "89.99". The reasons
// (pipeline/rules) and the summary workbook (pipeline/render/xlsx) both use
// it, so a score reads the same in either.
//
// Why not big.Rat.FloatString, which rounds the same way? It writes a sign on
// a value that rounds to zero ("-0.00" for -0.004, where a document shows
// 0.00), and it computes in big.Int, allocating a dozen times a call, while
// the summary workbook rounds every score and ratio of up to 100,000 members
// (over a million cells). The numbers a batch holds (scores with a few
// decimals, ratios of counts) fit 128-bit integer arithmetic, several times
// faster; FloatString is the way for anything larger, and the tests' reference.
package decimal

import (
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// pow10 are the scales RoundFrac handles without big.Int.
var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// RoundFrac is |num/den|·10^d rounded half away from zero, with the sign
// apart, computed exactly. ok is false when d > 9, den is 0 or ≥ 2^63, or the
// result does not fit in 64 bits; Fixed then takes big.Rat's way.
func RoundFrac(num int64, den uint64, d int) (q uint64, neg, ok bool) {
	if d < 0 || d >= len(pow10) || den == 0 || den >= 1<<63 {
		return 0, false, false
	}
	neg = num < 0
	a := uint64(num)
	if neg {
		a = -a // two's complement: also right for math.MinInt64
	}
	// q = floor((2·|num|·10^d + den) / (2·den)) = floor(|r|·10^d + 1/2)
	hi, lo := bits.Mul64(a, pow10[d])
	hi = hi<<1 | lo>>63
	lo <<= 1
	var c uint64
	lo, c = bits.Add64(lo, den, 0)
	hi += c
	if hi >= 2*den { // the quotient would not fit in 64 bits
		return 0, false, false
	}
	q, _ = bits.Div64(hi, lo, 2*den)
	return q, neg, true
}

// Round is RoundFrac for r.
func Round(r *big.Rat, d int) (q uint64, neg, ok bool) {
	n, den := r.Num(), r.Denom()
	if !n.IsInt64() || !den.IsUint64() {
		return 0, false, false
	}
	return RoundFrac(n.Int64(), den.Uint64(), d)
}

// Append appends ±q/10^d with exactly d decimals (no sign when q is 0).
func Append(dst []byte, q uint64, neg bool, d int) []byte {
	if neg && q != 0 {
		dst = append(dst, '-')
	}
	var buf [24]byte
	s := strconv.AppendUint(buf[:0], q, 10)
	if d == 0 {
		return append(dst, s...)
	}
	if len(s) <= d {
		dst = append(dst, '0', '.')
		for range d - len(s) {
			dst = append(dst, '0')
		}
		return append(dst, s...)
	}
	dst = append(dst, s[:len(s)-d]...)
	dst = append(dst, '.')
	return append(dst, s[len(s)-d:]...)
}

// Float is the float64 nearest to ±q/10^d, as strconv.ParseFloat gives it for
// the decimal text: both operands are exact below 2^53, and IEEE division
// rounds the exact quotient correctly.
func Float(q uint64, neg bool, d int) float64 {
	var v float64
	if q < 1<<53 && d < len(pow10) {
		v = float64(q) / float64(pow10[d])
	} else {
		v, _ = strconv.ParseFloat(string(Append(nil, q, false, d)), 64)
	}
	if neg && q != 0 {
		v = -v
	}
	return v
}

// Fixed formats r with d decimals, rounding half away from zero from the
// exact value: 89.995 → "90.00", 89.994999 → "89.99", -0.005 → "-0.01".
func Fixed(r *big.Rat, d int) string {
	if q, neg, ok := Round(r, d); ok {
		return string(Append(nil, q, neg, d))
	}
	return fixedBig(r, d)
}

// fixedBig is Fixed for any size: big.Rat.FloatString without the sign of
// a value that rounds to zero.
func fixedBig(r *big.Rat, d int) string {
	s := r.FloatString(d)
	if strings.Trim(s, "-0.") == "" {
		return strings.TrimPrefix(s, "-")
	}
	return s
}
