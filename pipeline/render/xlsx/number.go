package xlsx

import (
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// A number cell. The committee compares the workbook with the printed reasons,
// so the stored value is the exact value already rounded half away from zero
// (四舍五入, as pipeline/rules writes its reasons) to the displayed precision:
// 89.995 is stored as 90 and shown 90.00 by the 0.00 format, a fraction
// 0.7655 is stored as 0.766 and shown 76.6% by 0.0%. Excel's own display
// rounding of the binary float nearest 89.995 could show 89.99; a stored
// two-decimal value cannot round differently in any program.
type number struct {
	v    float64
	text string // as displayed, for column widths
}

// decimalOf rounds r half away from zero to d decimals.
func decimalOf(r *big.Rat, d int) number {
	q, neg, ok := roundedInt(r, d)
	if !ok {
		s := fixed(r, d)
		v, _ := strconv.ParseFloat(s, 64) // s is a plain decimal: never fails
		return number{v: v, text: s}
	}
	return number{v: scaledFloat(q, neg, d), text: string(appendScaled(nil, q, neg, d))}
}

// score is a number shown with two decimals (format 0.00).
func score(r *big.Rat) any {
	if r == nil {
		return nil
	}
	return decimalOf(r, 2)
}

// ratio is a fraction shown as a percentage with one decimal (format 0.0%):
// three decimals of the fraction are kept.
func ratio(r *big.Rat) any {
	if r == nil {
		return nil
	}
	q, neg, ok := roundedInt(r, 3)
	if !ok {
		n := decimalOf(r, 3)
		n.text = fixed(new(big.Rat).Mul(r, big.NewRat(100, 1)), 1) + "%"
		return n
	}
	// round(r·1000) is also round(r·100 · 10): the percentage to one decimal.
	return number{v: scaledFloat(q, neg, 3), text: string(append(appendScaled(nil, q, neg, 1), '%'))}
}

// share is count/total as a ratio cell, or nil when total is 0.
func share(count, total int) any {
	if total == 0 {
		return nil
	}
	return ratio(big.NewRat(int64(count), int64(total)))
}

// pow10 are the scales roundedInt handles without big.Int.
var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// roundedInt is |r|·10^d rounded half away from zero, computed exactly in
// 128-bit integer arithmetic: the fast path of fixed for the numbers a
// workbook holds (scores, ratios of counts). ok is false when r or the
// result does not fit, and the caller falls back to fixed.
func roundedInt(r *big.Rat, d int) (q uint64, neg, ok bool) {
	n, den := r.Num(), r.Denom()
	if d >= len(pow10) || !n.IsInt64() || !den.IsUint64() {
		return 0, false, false
	}
	num, dn := n.Int64(), den.Uint64()
	if dn >= 1<<63 {
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
	lo, c = bits.Add64(lo, dn, 0)
	hi += c
	if hi >= 2*dn { // the quotient would not fit in 64 bits
		return 0, false, false
	}
	q, _ = bits.Div64(hi, lo, 2*dn)
	return q, neg, true
}

// scaledFloat is the float64 nearest to ±q/10^d, as strconv.ParseFloat gives
// it for the decimal text: both operands are exact below 2^53, and IEEE
// division rounds the exact quotient correctly.
func scaledFloat(q uint64, neg bool, d int) float64 {
	var v float64
	if q < 1<<53 {
		v = float64(q) / float64(pow10[d])
	} else {
		v, _ = strconv.ParseFloat(string(appendScaled(nil, q, false, d)), 64)
	}
	if neg && q != 0 {
		v = -v
	}
	return v
}

// appendScaled appends ±q/10^d with exactly d decimals.
func appendScaled(dst []byte, q uint64, neg bool, d int) []byte {
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

// fixed formats r with d decimals, rounding half away from zero from the exact
// value: 89.995 → "90.00", 89.994999 → "89.99", -0.005 → "-0.01". It is the
// same rule as pipeline/rules' fixed (which writes the reasons); roundedInt is
// its fast path.
func fixed(r *big.Rat, d int) string {
	if q, neg, ok := roundedInt(r, d); ok {
		return string(appendScaled(nil, q, neg, d))
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	neg := num.Sign() < 0
	num.Abs(num)
	den := r.Denom()
	n2 := new(big.Int).Lsh(num, 1)
	n2.Add(n2, den)
	q := new(big.Int).Quo(n2, new(big.Int).Lsh(den, 1)) // floor(x + 1/2)
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
