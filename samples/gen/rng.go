package main

import "math/rand/v2"

// rng is a deterministic source built on PCG. Only the raw Uint64 stream of
// PCG is used (its algorithm is fixed); every derived draw below is integer
// arithmetic written here, so the output does not depend on how a Go release
// implements IntN or on floating point (fused multiply-add differs by CPU).
type rng struct{ p *rand.PCG }

func newRNG(seed, stream uint64) *rng { return &rng{rand.NewPCG(seed, stream)} }

// intn returns a value in [0, n). The modulo bias is negligible for the small
// n used here.
func (r *rng) intn(n int) int {
	if n <= 0 {
		panic("rng: intn of non-positive n")
	}
	return int(r.p.Uint64() % uint64(n))
}

// between returns a value in [lo, hi].
func (r *rng) between(lo, hi int) int {
	if hi < lo {
		lo, hi = hi, lo
	}
	return lo + r.intn(hi-lo+1)
}

// chance reports true with probability perMille/1000.
func (r *rng) chance(perMille int) bool { return r.intn(1000) < perMille }

// bell returns a roughly normal value with mean 0 and a standard deviation of
// about spread (Irwin–Hall sum of four uniforms, integer only).
func (r *rng) bell(spread int) int {
	// Four uniforms on [-a, a] have variance 4·a²/3; a = spread·√3/2 ≈ spread·866/1000.
	a := spread * 866 / 1000
	s := 0
	for range 4 {
		s += r.between(-a, a)
	}
	return s
}

// pick returns one of items.
func pick[T any](r *rng, items []T) T { return items[r.intn(len(items))] }

// weighted returns an index into weights, chosen in proportion to the weights.
func (r *rng) weighted(weights []int, total int) int {
	x := r.intn(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// shuffle permutes s in place (Fisher–Yates).
func shuffle[T any](r *rng, s []T) {
	for i := len(s) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		s[i], s[j] = s[j], s[i]
	}
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
