package rules

import (
	"cmp"
	"fmt"
	"math/big"
	"math/bits"
	"strings"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/decimal"
)

// Num is an exact number written in the scheme: 85, 89.5, 15%, 0.15, 1/3.
// It keeps the text as written for messages and reasons.
type Num struct {
	r    *big.Rat
	text string
}

// ParseNum reads a decimal, a fraction or a percentage exactly.
func ParseNum(s string) (Num, error) {
	t := strings.TrimSpace(s)
	t = strings.ReplaceAll(t, "％", "%")
	body, pct := strings.CutSuffix(t, "%")
	body = strings.TrimSpace(body)
	if body == "" || strings.ContainsAny(body, "eExXpP_ ") {
		return Num{}, fmt.Errorf("应为数字或百分数，如 85、89.5、15%%（值：%s）", s)
	}
	r, ok := new(big.Rat).SetString(body)
	if !ok {
		return Num{}, fmt.Errorf("应为数字或百分数，如 85、89.5、15%%（值：%s）", s)
	}
	if pct {
		r.Quo(r, big.NewRat(100, 1))
	}
	return Num{r: r, text: t}, nil
}

// MustNum is ParseNum for literals in code and tests.
func MustNum(s string) Num {
	n, err := ParseNum(s)
	if err != nil {
		panic(err)
	}
	return n
}

// UnmarshalYAML parses the scalar's text exactly (never through float64).
func (n *Num) UnmarshalYAML(node *yaml.Node) error {
	if node.Kind != yaml.ScalarNode {
		return fmt.Errorf("第%d行：应为数字或百分数，如 85、15%%", node.Line)
	}
	p, err := ParseNum(node.Value)
	if err != nil {
		return fmt.Errorf("第%d行：%w", node.Line, err)
	}
	*n = p
	return nil
}

// MarshalYAML writes the number back as written.
func (n Num) MarshalYAML() (any, error) { return n.text, nil }

// Rat returns the exact value (a copy; nil when unset).
func (n Num) Rat() *big.Rat {
	if n.r == nil {
		return nil
	}
	return new(big.Rat).Set(n.r)
}

// IsSet reports whether the number was given.
func (n Num) IsSet() bool { return n.r != nil }

// String returns the number as written in the scheme.
func (n Num) String() string { return n.text }

// percentText shows a ratio as a percentage: 15%, 33.3333…% written as given.
func (n Num) percentText() string {
	if strings.HasSuffix(n.text, "%") {
		return n.text
	}
	if s, ok := exactDecimal(new(big.Rat).Mul(n.r, big.NewRat(100, 1))); ok {
		return s + "%"
	}
	return n.text
}

var (
	ratHalf    = big.NewRat(1, 2)
	ratHundred = big.NewRat(100, 1)
	ratZero    = new(big.Rat)
)

// percent formats a fraction as a percentage with d decimals: 0.765 → 76.5%.
func percent(r *big.Rat, d int) string {
	if num, den := r.Num(), r.Denom(); num.IsInt64() && den.IsUint64() {
		if n := num.Int64(); n > -(1<<32) && n < 1<<32 { // ·100 cannot overflow
			if q, neg, ok := decimal.RoundFrac(n*100, den.Uint64(), d); ok {
				return string(append(decimal.Append(nil, q, neg, d), '%'))
			}
		}
	}
	return decimal.Fixed(new(big.Rat).Mul(r, ratHundred), d) + "%"
}

// exactDecimal writes r as a terminating decimal without trailing zeros
// (2.7, 3, 0.125) and reports false when r has no finite decimal form.
func exactDecimal(r *big.Rat) (string, bool) {
	den := new(big.Int).Set(r.Denom())
	two, five := big.NewInt(2), big.NewInt(5)
	var a, b int
	m := new(big.Int)
	for {
		if m.Mod(den, two); m.Sign() != 0 {
			break
		}
		den.Quo(den, two)
		a++
	}
	for {
		if m.Mod(den, five); m.Sign() != 0 {
			break
		}
		den.Quo(den, five)
		b++
	}
	if den.Cmp(big.NewInt(1)) != 0 {
		return "", false
	}
	s := r.FloatString(max(a, b))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s, true
}

// approx writes r exactly when it terminates, else ≈ with 2 decimals.
func approx(r *big.Rat) string {
	if s, ok := exactDecimal(r); ok {
		return s
	}
	return "≈" + decimal.Fixed(r, 2)
}

// equals writes "=2.7" for a terminating value, else "≈3.33".
func equals(r *big.Rat) string {
	if s, ok := exactDecimal(r); ok {
		return "=" + s
	}
	return "≈" + decimal.Fixed(r, 2)
}

// Rounding modes for quotas.
const (
	RoundFloor  = "floor"   // 向下取整（“不超过p%”）
	RoundHalfUp = "half_up" // 四舍五入
	RoundCeil   = "ceil"    // 向上取整
)

var roundingNames = map[string]string{
	RoundFloor:  "向下取整",
	RoundHalfUp: "四舍五入",
	RoundCeil:   "向上取整",
}

// round rounds a non-negative exact value to an integer.
func round(r *big.Rat, mode string) int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // Euclidean: floor for den > 0
	switch mode {
	case RoundCeil:
		if m.Sign() != 0 {
			q.Add(q, big.NewInt(1))
		}
	case RoundHalfUp:
		// floor(r + 1/2)
		s := new(big.Rat).Add(r, ratHalf)
		q.Div(s.Num(), s.Denom())
	}
	return int(q.Int64())
}

// isInt reports whether r is a whole number.
func isInt(r *big.Rat) bool { return r.IsInt() }

func ratInt(n int) *big.Rat { return big.NewRat(int64(n), 1) }

// smallInts are shared, read-only values for sharedInt.
var smallInts = func() []*big.Rat {
	out := make([]*big.Rat, 1024)
	for i := range out {
		out[i] = big.NewRat(int64(i), 1)
	}
	return out
}()

// sharedInt is ratInt for values nobody modifies (record fields such as vote
// counts): small ones are shared instead of allocated per member.
func sharedInt(n int) *big.Rat {
	if n >= 0 && n < len(smallInts) {
		return smallInts[n]
	}
	return ratInt(n)
}

// ratCmp is a.Cmp(b) without allocating when both fit machine integers (the
// common case: scores, ratios and thresholds with a few decimals); Rat.Cmp
// multiplies into new big.Ints on every call, and ranking compares millions
// of pairs.
func ratCmp(a, b *big.Rat) int {
	an, ad, bn, bd := a.Num(), a.Denom(), b.Num(), b.Denom()
	if !an.IsInt64() || !ad.IsInt64() || !bn.IsInt64() || !bd.IsInt64() {
		return a.Cmp(b)
	}
	return frac64{an.Int64(), ad.Int64()}.cmp(frac64{bn.Int64(), bd.Int64()})
}

func (f frac64) cmp(g frac64) int {
	sx, sy := sign64(f.num), sign64(g.num)
	if sx != sy {
		return cmp.Compare(sx, sy)
	}
	if sx == 0 {
		return 0
	}
	hx, lx := bits.Mul64(abs64(f.num), uint64(g.den))
	hy, ly := bits.Mul64(abs64(g.num), uint64(f.den))
	if hx != hy {
		return cmp.Compare(hx, hy) * sx
	}
	return cmp.Compare(lx, ly) * sx
}

func sign64(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// abs64 is |x| as uint64 (also for math.MinInt64).
func abs64(x int64) uint64 {
	if x < 0 {
		return uint64(-(x + 1)) + 1
	}
	return uint64(x)
}

// frac64 is an exact fraction num/den (den > 0, lowest terms) in machine
// integers, for sums that would otherwise allocate big.Ints per member.
type frac64 struct{ num, den int64 }

// fracOf returns r as a frac64; ok is false when it does not fit.
func fracOf(r *big.Rat) (frac64, bool) {
	n, d := r.Num(), r.Denom()
	if !n.IsInt64() || !d.IsInt64() {
		return frac64{}, false
	}
	return frac64{n.Int64(), d.Int64()}, true
}

const fracLim = 1 << 31 // operands below this keep every product below 2^62

func (f frac64) small() bool {
	return f.num > -fracLim && f.num < fracLim && f.den < fracLim
}

// mulAdd returns f + a·b exactly; ok is false when the numbers get too
// large for machine integers (the caller then computes with big.Rat).
func (f frac64) mulAdd(a, b frac64) (frac64, bool) {
	if !a.small() || !b.small() {
		return f, false
	}
	p := frac64{a.num * b.num, a.den * b.den}.reduce()
	if !p.small() || !f.small() {
		return f, false
	}
	return frac64{f.num*p.den + p.num*f.den, f.den * p.den}.reduce(), true
}

func (f frac64) reduce() frac64 {
	g := gcd64(f.num, f.den)
	return frac64{f.num / g, f.den / g}
}

func gcd64(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	if a == 0 {
		return 1
	}
	return a
}
