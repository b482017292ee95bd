package pipeline

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Progress shows how far a long run has got, stage by stage, with counts.
//
// On a terminal it keeps one status line at the bottom, redrawn at most ten
// times a second ("证书 4,000/9,100（44%）2,105 份/秒"); elsewhere (a log file,
// a pipe, CI) it writes plain lines: one every ten seconds while a stage
// runs and one when it ends. With timings on (PINGYOU_TIMINGS=1) every stage
// also ends with a machine-readable line for bench/run.sh:
//
//	pingyou-timing stage=certificates n=9100 seconds=4.213 peak_rss_mib=412
//
// (peak_rss_mib, the process's peak resident memory so far, where the system
// reports it: Linux.)
//
// Progress is an io.Writer: log lines written through it (Options.Log) clear
// the status line first and redraw it after, so the two never mix. All
// methods are safe for concurrent use.
//
// Use:
//
//	p := NewProgressFor(os.Stderr)
//	s := p.Start("certificates", "证书", len(certs))
//	… s.Add(1) per document …
//	s.Finish()
type Progress struct {
	mu       sync.Mutex
	w        io.Writer
	terminal bool
	timings  bool
	now      func() time.Time
	redraw   time.Duration // terminal: shortest time between redraws
	every    time.Duration // plain: time between lines while a stage runs
	cur      *Stage        // the stage on the status line
	drawn    bool          // a status line is on screen
}

// NewProgress writes to w; terminal selects the redrawn status line, timings
// the pingyou-timing lines.
func NewProgress(w io.Writer, terminal, timings bool) *Progress {
	return &Progress{w: w, terminal: terminal, timings: timings, now: time.Now,
		redraw: 100 * time.Millisecond, every: 10 * time.Second}
}

// NewProgressFor writes to f (normally os.Stderr), with a status line only
// when f is a terminal, and timings when PINGYOU_TIMINGS is set to anything
// but "" or "0".
func NewProgressFor(f *os.File) *Progress {
	t := os.Getenv("PINGYOU_TIMINGS")
	return NewProgress(f, isTerminal(f), t != "" && t != "0")
}

// isTerminal reports whether f is a character device (a terminal), without
// depending on golang.org/x/term.
func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Stage counts the items of one stage.
type Stage struct {
	p          *Progress
	key, label string
	total      int
	done       int
	start      time.Time
	last       time.Time // last redraw or plain line
	finished   bool
}

// Start begins a stage: key names it in timing lines (ASCII, no spaces),
// label for people; total is the number of items, 0 when unknown.
func (p *Progress) Start(key, label string, total int) *Stage {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	s := &Stage{p: p, key: key, label: label, total: total, start: now, last: now}
	p.cur = s
	if p.terminal {
		p.draw()
	}
	return s
}

// Add counts n more items done.
func (s *Stage) Add(n int) {
	p := s.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if s.finished {
		return
	}
	s.done += n
	now := p.now()
	switch {
	case p.terminal && p.cur == s && now.Sub(s.last) >= p.redraw:
		s.last = now
		p.draw()
	case !p.terminal && now.Sub(s.last) >= p.every:
		s.last = now
		fmt.Fprintf(p.w, "%s：%s\n", s.label, s.counts(now))
	}
}

// Finish ends the stage with a final line (and a timing line when on).
func (s *Stage) Finish() {
	p := s.p
	p.mu.Lock()
	defer p.mu.Unlock()
	if s.finished {
		return
	}
	s.finished = true
	writeHeapProfile(s.key)
	now := p.now()
	p.clear()
	if p.cur == s {
		p.cur = nil
	}
	secs := now.Sub(s.start).Seconds()
	if s.done > 0 {
		fmt.Fprintf(p.w, "%s：完成 %s，用时 %s 秒\n", s.label, group(s.done), seconds(secs))
	} else { // a stage without items (writing to disk)
		fmt.Fprintf(p.w, "%s：完成，用时 %s 秒\n", s.label, seconds(secs))
	}
	if p.timings {
		fmt.Fprintf(p.w, "pingyou-timing stage=%s n=%d seconds=%.3f%s\n", s.key, s.done, secs, peakRSS())
	}
	if p.cur != nil && p.terminal {
		p.draw()
	}
}

// Write passes log lines through, keeping the status line below them.
func (p *Progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	n, err := p.w.Write(b)
	if p.cur != nil && p.terminal && (len(b) == 0 || b[len(b)-1] == '\n') {
		p.draw()
	}
	return n, err
}

// draw writes the status line in place; the caller holds mu.
func (p *Progress) draw() {
	s := p.cur
	if s == nil {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s %s", s.label, s.counts(p.now()))
	p.drawn = true
}

// clear removes the status line; the caller holds mu.
func (p *Progress) clear() {
	if p.drawn {
		io.WriteString(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// counts is "4,000/9,100（44%）2,105 份/秒" (or "4,000" without a total).
func (s *Stage) counts(now time.Time) string {
	var b strings.Builder
	b.WriteString(group(s.done))
	if s.total > 0 {
		fmt.Fprintf(&b, "/%s（%d%%）", group(s.total), s.done*100/s.total)
	}
	if el := now.Sub(s.start).Seconds(); el >= 1 && s.done > 0 {
		if s.total <= 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s 份/秒", group(int(float64(s.done)/el+0.5)))
	}
	return b.String()
}

// group writes n with thousands separators: 12,345.
func group(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + group(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func seconds(s float64) string {
	if s < 10 {
		return fmt.Sprintf("%.2f", s)
	}
	return fmt.Sprintf("%.1f", s)
}

// peakRSS is " peak_rss_mib=N" from /proc/self/status (VmHWM), or "" where
// there is no such file.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err == nil {
				return fmt.Sprintf(" peak_rss_mib=%d", kb>>10)
			}
		}
	}
	return ""
}
