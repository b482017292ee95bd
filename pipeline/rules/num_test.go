package rules

import (
	"math/big"
	"testing"

	"pingyou/pipeline/decimal"
)

func TestParseNum(t *testing.T) {
	for _, tc := range []struct {
		in, rat string
		bad     bool
	}{
		{"85", "85", false},
		{"89.5", "179/2", false},
		{"15%", "3/20", false},  // 15/100
		{"50％", "1/2", false},   // full-width percent sign
		{"0.15", "3/20", false}, // same value as 15%
		{"1/3", "1/3", false},   // exact fraction
		{"12.5%", "1/8", false}, // 12.5/100
		{"89.995", "17999/200", false},
		{"九十", "", true},
		{"1e2", "", true},
		{"", "", true},
	} {
		n, err := ParseNum(tc.in)
		if tc.bad {
			if err == nil {
				t.Errorf("ParseNum(%q) = %v, want error", tc.in, n.r)
			}
			continue
		}
		if err != nil || n.r.RatString() != tc.rat {
			t.Errorf("ParseNum(%q) = %v, %v; want %s", tc.in, n.r, err, tc.rat)
		}
	}
}

// TestPercent: percentages round like every number (the rule and its
// literal cases are pipeline/decimal's).
func TestPercent(t *testing.T) {
	// percentages: 13/17 = 76.470588…% → 76.5%; 2/3 = 66.666…% → 66.7%; 1/2 → 50.0%
	for in, want := range map[string]string{"13/17": "76.5%", "2/3": "66.7%", "1/2": "50.0%", "0": "0.0%", "1": "100.0%"} {
		if got := percent(rat(in), 1); got != want {
			t.Errorf("percent(%s) = %s, want %s", in, got, want)
		}
	}
}

// The sample weights on scores a committee member checks with a calculator.
func TestWeightedScoreExact(t *testing.T) {
	s := sampleScheme(t)
	for _, tc := range []struct {
		scores [4]string
		exact  string // as a fraction
		shown  string
	}{
		// 89.5×10% + 92×30% + 90×30% + 95×30% = 8.95 + 27.6 + 27 + 28.5 = 92.05
		{[4]string{"89.5", "92", "90", "95"}, "1841/20", "92.05"},
		// 89.95×10% + 90×30%×3 = 8.995 + 81 = 89.995 exactly; shown 90.00 only by half-up
		// (in float64, 89.95*0.1+27+27+27 = 89.99499999999999 and would show 89.99)
		{[4]string{"89.95", "90", "90", "90"}, "17999/200", "90.00"},
		// 92.5×10% + 92×30% + 92.5×30% + 92.5×30% = 9.25 + 27.6 + 27.75 + 27.75 = 92.35
		{[4]string{"92.5", "92", "92.5", "92.5"}, "1847/20", "92.35"},
		// 84.99×10% + 85×30%×3 = 8.499 + 76.5 = 84.999 → shown 85.00 but still below 85
		{[4]string{"84.99", "85", "85", "85"}, "84999/1000", "85.00"},
	} {
		b := &builder{}
		b.org("一支部", "党支部", "").add(m{name: "甲", branch: "一支部", scores: tc.scores, votes: [4]int{10, 0, 0, 0}})
		r := Evaluate(&b.ds, s)
		mr := r.Members[0]
		if mr.Score.RatString() != tc.exact || mr.Display.Get("综合得分") != tc.shown {
			t.Errorf("%v: score %s shown %s, want %s shown %s", tc.scores, mr.Score.RatString(), mr.Display.Get("综合得分"), tc.exact, tc.shown)
		}
	}
	// 84.999 shows as 85.00 but is not ≥ 85: not an 优秀 candidate.
	b := &builder{}
	b.org("一支部", "党支部", "").add(m{name: "甲", branch: "一支部", scores: [4]string{"84.99", "85", "85", "85"}, votes: [4]int{10, 0, 0, 0}})
	r := Evaluate(&b.ds, s)
	if want := "综合得分85.00，优秀票率100.0%，不符合优秀条件（综合得分低于85），评为合格"; r.Members[0].Reason != want {
		t.Errorf("reason %q, want %q", r.Members[0].Reason, want)
	}
}

func TestRound(t *testing.T) {
	for _, tc := range []struct {
		in                string
		floor, half, ceil int
	}{
		{"2.7", 2, 3, 3},
		{"2.5", 2, 3, 3}, // half-up
		{"2.49", 2, 2, 3},
		{"3", 3, 3, 3},
		{"0.75", 0, 1, 1},
		{"0", 0, 0, 0},
	} {
		r := rat(tc.in)
		if f, h, c := round(r, RoundFloor), round(r, RoundHalfUp), round(r, RoundCeil); f != tc.floor || h != tc.half || c != tc.ceil {
			t.Errorf("round(%s) = %d %d %d, want %d %d %d", tc.in, f, h, c, tc.floor, tc.half, tc.ceil)
		}
	}
}

func TestSeats(t *testing.T) {
	one, five := 1, 5
	three := 3
	for _, tc := range []struct {
		name string
		q    Quota
		pop  int
		n    int
		text string
	}{
		// 18×15% = 2.7, floor → 2
		{"floor", Quota{Ratio: MustNum("15%")}, 18, 2, "18人×15%=2.7→向下取整→名额2"},
		// 18×15% = 2.7, half-up → 3
		{"half_up", Quota{Ratio: MustNum("15%"), Rounding: RoundHalfUp}, 18, 3, "18人×15%=2.7→四舍五入→名额3"},
		// 21×10% = 2.1, ceil → 3
		{"ceil", Quota{Ratio: MustNum("10%"), Rounding: RoundCeil}, 21, 3, "21人×10%=2.1→向上取整→名额3"},
		// 20×15% = 3 exactly: no rounding step
		{"whole", Quota{Ratio: MustNum("15%")}, 20, 3, "20人×15%=3→名额3"},
		// 5×15% = 0.75 → floor 0 → 不足1人按1人 → 1
		{"min", Quota{Ratio: MustNum("15%"), Min: 1}, 5, 1, "5人×15%=0.75→向下取整→0→不足1人按1人→名额1"},
		// nobody graded: no minimum seat
		{"empty", Quota{Ratio: MustNum("15%"), Min: 1}, 0, 0, "0人×15%=0→名额0"},
		// 40×15% = 6 → at most 5
		{"max", Quota{Ratio: MustNum("15%"), Max: &five}, 40, 5, "40人×15%=6→至多5人→名额5"},
		// fixed count
		{"count", Quota{Count: &three}, 12, 3, "12人，固定名额3"},
		// 1/3 of 10 = 3.33… → floor 3 (written ≈3.33)
		{"third", Quota{Ratio: MustNum("1/3"), Min: one}, 10, 3, "10人×1/3≈3.33→向下取整→名额3"},
	} {
		q := tc.q
		n, text := seats(&q, tc.pop, "人")
		if n != tc.n || text != tc.text {
			t.Errorf("%s: seats = %d %q, want %d %q", tc.name, n, text, tc.n, tc.text)
		}
	}
}

func TestAllocateLargestRemainder(t *testing.T) {
	for _, tc := range []struct {
		name  string
		total int
		pops  []int
		want  []int
	}{
		// 8 seats over 18/40/29 (87): 8×18/87=1.655 (1, rem .655), 8×40/87=3.678 (3, rem .678),
		// 8×29/87=2.667 (2, rem .667); floors give 6, two left: .678 then .667 → [1, 4, 3]
		{"remainders", 8, []int{18, 40, 29}, []int{1, 4, 3}},
		// 1 seat over 5/5: remainders .5 = .5, same size → listed order first → [1, 0]
		{"listed order", 1, []int{5, 5}, []int{1, 0}},
		// 2 seats over 1/3: exact .5 and 1.5 → floors 0, 1; remainders .5 = .5 → larger unit first → [0, 2]
		{"larger first", 2, []int{1, 3}, []int{0, 2}},
		// 3 seats over 10/20/30: exact 0.5/1/1.5 → floors 0,1,1; one left: rems .5 (10) = .5 (30) → larger: 30
		{"exact", 3, []int{10, 20, 30}, []int{0, 1, 2}},
		{"no one", 2, []int{0, 0}, []int{0, 0}},
	} {
		gs := make([]*allocGroup, len(tc.pops))
		for i, p := range tc.pops {
			gs[i] = &allocGroup{pop: p, order: i}
		}
		allocate(tc.total, gs)
		sum := 0
		for i, g := range gs {
			sum += g.seats
			if g.seats != tc.want[i] {
				t.Errorf("%s: group %d got %d (%s), want %d", tc.name, i, g.seats, g.text, tc.want[i])
			}
		}
		if tc.total > 0 && tc.pops[0]+tc.pops[1] > 0 && sum != tc.total {
			t.Errorf("%s: allocated %d of %d", tc.name, sum, tc.total)
		}
	}
	gs := []*allocGroup{{pop: 18}, {pop: 40, order: 1}, {pop: 29, order: 2}}
	allocate(8, gs)
	for i, want := range []string{
		"8×18/87≈1.66，整数部分1，余数≈0.66居第3位，未补→名额1",
		"8×40/87≈3.68，整数部分3，余数≈0.68居第1位，补1→名额4",
		"8×29/87≈2.67，整数部分2，余数≈0.67居第2位，补1→名额3",
	} {
		if gs[i].text != want {
			t.Errorf("text %d = %q, want %q", i, gs[i].text, want)
		}
	}
}

func TestExactDecimal(t *testing.T) {
	for in, want := range map[string]string{"2.7": "2.7", "3": "3", "1/8": "0.125", "0.75": "0.75"} {
		if got, ok := exactDecimal(rat(in)); !ok || got != want {
			t.Errorf("exactDecimal(%s) = %s %v", in, got, ok)
		}
	}
	if _, ok := exactDecimal(big.NewRat(1, 3)); ok {
		t.Error("1/3 has no finite decimal")
	}
}

// TestPercentFast checks percent's machine-integer path against the rule
// applied to r·100.
func TestPercentFast(t *testing.T) {
	nums := []int64{0, 1, -1, 5, -5, 4, 15, 95, 8995, 89995, -89995, 1234567, 1 << 39, -(1 << 39), 1<<40 + 1, 999999999999}
	dens := []int64{1, 2, 3, 7, 10, 100, 1000, 3000, 99999, 1 << 39, 1 << 41}
	for _, n := range nums {
		for _, dn := range dens {
			for d := 0; d <= 8; d++ {
				r := big.NewRat(n, dn)
				pr := new(big.Rat).Mul(r, big.NewRat(100, 1))
				if got, want := percent(r, d), decimal.Fixed(pr, d)+"%"; got != want {
					t.Errorf("percent(%s, %d) = %q, want %q", r.RatString(), d, got, want)
				}
			}
		}
	}
}
