package pipeline

import (
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestOrderedKeepsOrderAndBoundsWindow(t *testing.T) {
	old := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(old)
	var inFlight, peak atomic.Int64
	var got []int
	err := ordered(200, func(i int) (int, error) {
		if n := inFlight.Add(1); n > peak.Load() {
			peak.Store(n)
		}
		if i%7 == 0 {
			time.Sleep(time.Millisecond) // finish out of order
		}
		return i * i, nil
	}, func(i int, v int) error {
		inFlight.Add(-1)
		if v != i*i {
			t.Errorf("result %d for index %d", v, i)
		}
		got = append(got, i)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("consumed out of order at %d: %v", i, got[:i+1])
		}
	}
	if len(got) != 200 {
		t.Fatalf("consumed %d, want 200", len(got))
	}
	if p := peak.Load(); p > 8 {
		t.Errorf("%d results held at once, want at most 2×4 workers", p)
	}
}

func TestOrderedStopsAtFirstError(t *testing.T) {
	boom := errors.New("boom")
	var consumed []int
	err := ordered(1000, func(i int) (int, error) {
		if i == 10 {
			return 0, boom
		}
		return i, nil
	}, func(i int, v int) error { consumed = append(consumed, i); return nil })
	if !errors.Is(err, boom) || len(consumed) != 10 {
		t.Fatalf("err %v after consuming %d; want boom after exactly 10", err, len(consumed))
	}
}
