package xlsx

import (
	"math/big"
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
	s := fixed(r, d)
	v, _ := strconv.ParseFloat(s, 64) // s is a plain decimal: never fails
	return number{v: v, text: s}
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
	n := decimalOf(r, 3)
	n.text = fixed(new(big.Rat).Mul(r, big.NewRat(100, 1)), 1) + "%"
	return n
}

// share is count/total as a ratio cell, or nil when total is 0.
func share(count, total int) any {
	if total == 0 {
		return nil
	}
	return ratio(big.NewRat(int64(count), int64(total)))
}

// fixed formats r with d decimals, rounding half away from zero from the exact
// value: 89.995 → "90.00", 89.994999 → "89.99", -0.005 → "-0.01".
func fixed(r *big.Rat, d int) string {
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
