package rules

import (
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

	"pingyou/pipeline/collate"
)

// seats computes the seats of one scope and the arithmetic as text:
// 18人×15%=2.7→向下取整→名额2, 5人×15%=0.75→向下取整→0→不足1人按1人→名额1, 固定名额3.
func seats(q *Quota, pop int, noun string) (int, string) {
	if q.Count != nil {
		n := *q.Count
		return n, fmt.Sprintf("%d%s，固定名额%d", pop, noun, n)
	}
	prod := new(big.Rat).Mul(ratInt(pop), q.Ratio.r)
	steps := []string{fmt.Sprintf("%d%s×%s%s", pop, noun, q.Ratio.percentText(), equals(prod))}
	n := round(prod, q.rounding())
	rounded := !isInt(prod)
	if rounded {
		steps = append(steps, roundingNames[q.rounding()])
	}
	value := func() { // after a rounding step, show its result before adjusting it
		if rounded {
			steps = append(steps, fmt.Sprint(n))
			rounded = false
		}
	}
	if pop > 0 && n < q.Min {
		value()
		steps = append(steps, fmt.Sprintf("不足%d%s按%d%s", q.Min, noun, q.Min, noun))
		n = q.Min
	}
	if q.Max != nil && n > *q.Max {
		value()
		steps = append(steps, fmt.Sprintf("至多%d%s", *q.Max, noun))
		n = *q.Max
	}
	steps = append(steps, fmt.Sprintf("名额%d", n))
	return n, strings.Join(steps, "→")
}

// allocGroup is one allocation unit's share of an overall quota.
type allocGroup struct {
	pop   int
	order int // Organisation.Order, for ties in remainder after size
	seats int
	text  string
}

// allocate splits total seats among groups in proportion to pop by the
// largest-remainder method. Ties in remainder: larger group first, then
// listed order. Each group's text shows its arithmetic.
func allocate(total int, groups []*allocGroup) {
	P := 0
	for _, g := range groups {
		P += g.pop
	}
	if P == 0 {
		for _, g := range groups {
			g.seats, g.text = 0, "无参评党员→名额0"
		}
		return
	}
	type share struct {
		g     *allocGroup
		exact *big.Rat
		floor int
		rem   *big.Rat
	}
	shares := make([]*share, len(groups))
	left := total
	for i, g := range groups {
		e := big.NewRat(int64(total)*int64(g.pop), int64(P))
		f := round(e, RoundFloor)
		shares[i] = &share{g: g, exact: e, floor: f, rem: new(big.Rat).Sub(e, ratInt(f))}
		left -= f
	}
	byRem := append([]*share(nil), shares...)
	sort.SliceStable(byRem, func(i, j int) bool {
		a, b := byRem[i], byRem[j]
		if c := a.rem.Cmp(b.rem); c != 0 {
			return c > 0
		}
		if a.g.pop != b.g.pop {
			return a.g.pop > b.g.pop
		}
		return a.g.order < b.g.order
	})
	for i, s := range byRem {
		s.g.seats = s.floor
		head := fmt.Sprintf("%d×%d/%d%s", total, s.g.pop, P, equals(s.exact))
		switch {
		case s.rem.Sign() == 0:
			s.g.text = head + fmt.Sprintf("→名额%d", s.floor)
		case i < left:
			s.g.seats++
			s.g.text = head + fmt.Sprintf("，整数部分%d，余数%s居第%d位，补1→名额%d", s.floor, approx(s.rem), i+1, s.g.seats)
		default:
			s.g.text = head + fmt.Sprintf("，整数部分%d，余数%s居第%d位，未补→名额%d", s.floor, approx(s.rem), i+1, s.g.seats)
		}
	}
}

// placed is one candidate's place in a quota contest.
type placed struct {
	idx      int // the caller's index
	rank     int // 1-based; equal for tied candidates
	tiedRank bool
	admitted bool
	tied     bool     // at the boundary, left for the committee
	with     []string // the others tied with it at the boundary, 按姓氏笔画
	open     int      // seats left open at the boundary
}

// contest ranks candidates by the chain and admits up to n of them. Under
// TieChain candidates equal on every key are tied; under TieCommittee,
// candidates equal on the first key. A tie that straddles the boundary is
// never cut: those before it are admitted, the tied ones are flagged, the
// remaining seats stay open.
func contest(recs []*record, idx []int, n int, keys []RankKey, tie string) []placed {
	// the numbers of the chain, looked up once per candidate rather than on
	// every comparison
	nk := len(keys)
	vals := make([]rankNum, len(recs)*nk)
	for i, r := range recs {
		for k, key := range keys {
			vals[i*nk+k] = rankNumOf(keyNum(key, r))
		}
	}
	cmpChain := func(keys []RankKey, i, j int) int {
		a, b := recs[i], recs[j]
		for k, key := range keys {
			x, y := &vals[i*nk+k], &vals[j*nk+k]
			var c int
			if x.f.den != 0 && y.f.den != 0 {
				c = x.f.cmp(y.f) // both known and in machine integers: the common case
				if key.Order == "desc" {
					c = -c
				}
			} else {
				c = compareKeyVals(key, x.r, y.r, a, b)
			}
			if c != 0 {
				return c
			}
		}
		return 0
	}
	order := make([]int, len(recs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		if c := cmpChain(keys, i, j); c != 0 {
			return c
		}
		a, b := recs[i], recs[j]
		if c := collate.Compare(a.name, b.name); c != 0 {
			return c
		}
		return strings.Compare(a.identity(), b.identity())
	})
	tk := keys
	if tie == TieCommittee && len(keys) > 0 {
		tk = keys[:1]
	}
	eq := func(i, j int) bool { return cmpChain(tk, order[i], order[j]) == 0 }
	out := make([]placed, len(order))
	for p := range order {
		out[p].idx = idx[order[p]]
		out[p].rank = p + 1
		if p > 0 && eq(p-1, p) {
			out[p].rank = out[p-1].rank
			out[p].tiedRank, out[p-1].tiedRank = true, true
		}
	}
	if n >= len(order) {
		for p := range out {
			out[p].admitted = true
		}
		return out
	}
	if n > 0 && eq(n-1, n) {
		a, b := n-1, n
		for a > 0 && eq(a-1, a) {
			a--
		}
		for b+1 < len(order) && eq(b, b+1) {
			b++
		}
		for p := range a {
			out[p].admitted = true
		}
		var names []string
		for p := a; p <= b; p++ {
			names = append(names, recs[order[p]].name)
		}
		for p := a; p <= b; p++ {
			out[p].tied = true
			out[p].open = n - a
			for q := a; q <= b; q++ {
				if q != p {
					out[p].with = append(out[p].with, recs[order[q]].name)
				}
			}
			collate.SortNames(out[p].with)
		}
		return out
	}
	for p := range n {
		out[p].admitted = true
	}
	return out
}

// rankNum is a ranking number with its machine-integer form when it has one.
type rankNum struct {
	r *big.Rat
	f frac64 // r in machine integers; f.den is 0 when r is nil or does not fit
}

func rankNumOf(r *big.Rat) rankNum {
	if r == nil {
		return rankNum{}
	}
	f, ok := fracOf(r)
	if !ok {
		f = frac64{}
	}
	return rankNum{r: r, f: f}
}

// rankText is 排名第3 or 并列第2.
func (p placed) rankText() string {
	if p.tiedRank {
		return "并列第" + strconv.Itoa(p.rank)
	}
	return "排名第" + strconv.Itoa(p.rank)
}

// tieText explains an unresolved tie at the boundary.
func (p placed) tieText() string {
	return fmt.Sprintf("与%s并列，余下%d个名额无法在并列者中确定，提请党委研究", strings.Join(p.with, "、"), p.open)
}
