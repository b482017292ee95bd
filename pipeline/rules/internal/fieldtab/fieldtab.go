// Package fieldtab is the storage behind the rules' member records, made for
// batches of 100,000 members: the numeric fields of all records of one table
// in two allocations (Rows), and one copy of each value and text that many
// records repeat (Shared), so that a result's Display or score costs a
// pointer instead of an allocation. It knows nothing of schemes: package rules
// decides which fields there are and what they mean.
package fieldtab

import "math/big"

// Rows holds the numeric fields of n records, width fields each: the exact
// values and their texts as shown.
type Rows struct {
	nums  []*big.Rat
	disp  []string
	width int
}

// NewRows allocates the fields of n records.
func NewRows(n, width int) Rows {
	return Rows{nums: make([]*big.Rat, n*width), disp: make([]string, n*width), width: width}
}

// Row returns record i's values and texts. Both slices are full, so that
// appending to one copies it instead of overwriting record i+1.
func (r Rows) Row(i int) (nums []*big.Rat, disp []string) {
	lo, hi := i*r.width, (i+1)*r.width
	return r.nums[lo:hi:hi], r.disp[lo:hi:hi]
}

// Shared keeps one copy of each text and value that records repeat. Values
// are shared read-only: nobody may modify a Rat it returns.
type Shared struct {
	texts     map[string]string
	rats      map[[2]int64]*big.Rat
	formatted map[formatKey]string
}

// formatKey is a value that fits machine integers and a form (the caller's
// name for how it is written, such as a number of decimals).
type formatKey struct{ num, den, form int64 }

// Text returns the shared copy of t.
func (s *Shared) Text(t string) string {
	if c, ok := s.texts[t]; ok {
		return c
	}
	if s.texts == nil {
		s.texts = map[string]string{}
	}
	s.texts[t] = t
	return t
}

// Rat returns the shared copy of r when r fits machine integers, else r.
func (s *Shared) Rat(r *big.Rat) *big.Rat {
	num, den := r.Num(), r.Denom()
	if !num.IsInt64() || !den.IsInt64() {
		return r
	}
	k := [2]int64{num.Int64(), den.Int64()}
	if v, ok := s.rats[k]; ok {
		return v
	}
	if s.rats == nil {
		s.rats = map[[2]int64]*big.Rat{}
	}
	s.rats[k] = r
	return r
}

// Frac returns the shared value num/den (in lowest terms, den > 0), made
// only when it is new.
func (s *Shared) Frac(num, den int64) *big.Rat {
	if v, ok := s.rats[[2]int64{num, den}]; ok {
		return v
	}
	return s.Rat(big.NewRat(num, den))
}

// Format returns the shared text of v in the given form, calling format
// only for a value and form not seen before (or a value too large for
// machine integers).
func (s *Shared) Format(v *big.Rat, form int64, format func(*big.Rat) string) string {
	num, den := v.Num(), v.Denom()
	if !num.IsInt64() || !den.IsInt64() {
		return s.Text(format(v))
	}
	k := formatKey{num.Int64(), den.Int64(), form}
	if t, ok := s.formatted[k]; ok {
		return t
	}
	if s.formatted == nil {
		s.formatted = map[formatKey]string{}
	}
	t := s.Text(format(v))
	s.formatted[k] = t
	return t
}
