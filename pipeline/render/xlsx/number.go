package xlsx

import (
	"math/big"
	"strconv"

	"pingyou/pipeline/decimal"
)

// A number cell. The committee compares the workbook with the printed reasons,
// so the stored value is the exact value already rounded half away from zero
// (四舍五入, pipeline/decimal, as pipeline/rules writes its reasons) to the displayed precision:
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
	q, neg, ok := decimal.Round(r, d)
	if !ok {
		s := decimal.Fixed(r, d)
		v, _ := strconv.ParseFloat(s, 64) // s is a plain decimal: never fails
		return number{v: v, text: s}
	}
	return number{v: decimal.Float(q, neg, d), text: string(decimal.Append(nil, q, neg, d))}
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
	q, neg, ok := decimal.Round(r, 3)
	if !ok {
		n := decimalOf(r, 3)
		n.text = decimal.Fixed(new(big.Rat).Mul(r, big.NewRat(100, 1)), 1) + "%"
		return n
	}
	// round(r·1000) is also round(r·100 · 10): the percentage to one decimal.
	return number{v: decimal.Float(q, neg, 3), text: string(append(decimal.Append(nil, q, neg, 1), '%'))}
}

// share is count/total as a ratio cell, or nil when total is 0.
func share(count, total int) any {
	if total == 0 {
		return nil
	}
	return ratio(big.NewRat(int64(count), int64(total)))
}
