package pipeline

import (
	"runtime"
	"sync"
)

// ordered runs produce(i) for i in [0, n) on a pool of GOMAXPROCS workers and
// hands the results to consume in index order, one at a time. At most
// 2×workers results are held at once, so memory stays bounded however many
// documents a batch has, and the files come out in the same order (and with
// the same bytes) whatever the scheduling. The first error stops the run.
func ordered[T any](n int, produce func(i int) (T, error), consume func(i int, v T) error) error {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			v, err := produce(i)
			if err != nil {
				return err
			}
			if err := consume(i, v); err != nil {
				return err
			}
		}
		return nil
	}
	type result struct {
		v   T
		err error
	}
	slots := make([]chan result, n)
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	window := make(chan struct{}, 2*workers) // results produced but not yet consumed
	jobs := make(chan int)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := produce(i)
				slots[i] <- result{v, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for i := 0; i < n && err == nil; i++ {
		r := <-slots[i]
		<-window
		err = r.err
		if err == nil {
			err = consume(i, r.v)
		}
	}
	close(stop)
	// Drain what workers still finish so they can exit.
	go func() {
		for range window {
		}
	}()
	wg.Wait()
	return err
}
