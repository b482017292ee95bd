package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeClock advances only when told.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func testProgress(terminal, timings bool) (*Progress, *bytes.Buffer, *fakeClock) {
	var buf bytes.Buffer
	p := NewProgress(&buf, terminal, timings)
	c := &fakeClock{t: time.Date(2012, 6, 28, 9, 0, 0, 0, time.UTC)}
	p.now = c.now
	return p, &buf, c
}

func TestProgressPlain(t *testing.T) {
	p, buf, c := testProgress(false, false)
	s := p.Start("certificates", "证书", 9100)
	for i := 0; i < 9100; i++ {
		if i == 4000 {
			c.advance(11 * time.Second) // one progress line after 10 s
		}
		s.Add(1)
	}
	fmt.Fprintf(p, "排版表彰决定 …\n")
	c.advance(2 * time.Second)
	s.Finish()
	s.Finish() // once only
	s.Add(5)   // ignored after Finish
	want := "证书：4,001/9,100（43%）364 份/秒\n" +
		"排版表彰决定 …\n" +
		"证书：完成 9,100，用时 13.0 秒\n"
	if got := buf.String(); got != want {
		t.Errorf("plain output:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(buf.String(), "\r") || strings.Contains(buf.String(), "\x1b") {
		t.Error("plain output has terminal control characters")
	}
}

func TestProgressTimings(t *testing.T) {
	p, buf, c := testProgress(false, true)
	s := p.Start("notices", "支部通知", 0)
	s.Add(3000)
	c.advance(1500 * time.Millisecond)
	s.Finish()
	want := `^支部通知：完成 3,000，用时 1.50 秒\npingyou-timing stage=notices n=3000 seconds=1.500 peak_rss_mib=[1-9][0-9]*\n$`
	if runtime.GOOS != "linux" { // no /proc/self/status
		want = `^支部通知：完成 3,000，用时 1.50 秒\npingyou-timing stage=notices n=3000 seconds=1.500\n$`
	}
	if got := buf.String(); !regexp.MustCompile(want).MatchString(got) {
		t.Errorf("got %q, want %s", got, want)
	}
}

func TestProgressTerminal(t *testing.T) {
	p, buf, c := testProgress(true, false)
	s := p.Start("certificates", "证书", 200)
	for i := 0; i < 200; i++ {
		c.advance(time.Millisecond)
		s.Add(1) // redrawn at most every 100 ms: at 100 and 200
	}
	if n := strings.Count(buf.String(), "\r\x1b[K证书 "); n != 3 { // Start + 2 redraws
		t.Errorf("%d draws, want 3: %q", n, buf.String())
	}
	if !strings.HasSuffix(buf.String(), "\r\x1b[K证书 200/200（100%）") {
		t.Errorf("last draw: %q", buf.String())
	}
	// A log line clears the status line, is written whole, and the status
	// line comes back below it.
	buf.Reset()
	fmt.Fprintf(p, "排版表彰决定 …\n")
	if got, want := buf.String(), "\r\x1b[K排版表彰决定 …\n\r\x1b[K证书 200/200（100%）"; got != want {
		t.Errorf("log line: %q, want %q", got, want)
	}
	buf.Reset()
	s.Finish()
	if got, want := buf.String(), "\r\x1b[K证书：完成 200，用时 0.20 秒\n"; got != want {
		t.Errorf("finish: %q, want %q", got, want)
	}
	buf.Reset()
	fmt.Fprintf(p, "完成。\n") // no stage: no status line
	if got := buf.String(); got != "完成。\n" {
		t.Errorf("after finish: %q", got)
	}
}

func TestProgressConcurrent(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, true, true)
	p.redraw = 0
	s := p.Start("certificates", "证书", 8000)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				s.Add(1)
				if i%250 == 0 {
					fmt.Fprintf(p, "log %d\n", i)
				}
			}
		}()
	}
	wg.Wait()
	s.Finish()
	if !strings.Contains(buf.String(), "pingyou-timing stage=certificates n=8000 ") {
		t.Errorf("count lost: %q", buf.String()[max(0, buf.Len()-200):])
	}
}

func TestProgressGroup(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 100000: "100,000", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := group(n); got != want {
			t.Errorf("group(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestProgressForFile(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	t.Setenv("PINGYOU_TIMINGS", "1")
	p := NewProgressFor(f)
	if p.terminal || !p.timings {
		t.Errorf("regular file: terminal %v, timings %v", p.terminal, p.timings)
	}
	t.Setenv("PINGYOU_TIMINGS", "0")
	if NewProgressFor(f).timings {
		t.Error("PINGYOU_TIMINGS=0 turns timings on")
	}
}
