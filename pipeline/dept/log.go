package dept

import (
	"bytes"
	"io"
	"strings"
	"sync"
)

// linePrefixer writes whole lines to a shared writer, each with a prefix
// naming the unit, so that the logs of units run side by side stay
// readable; replace rewrites a path in them (the department's stage folder
// as the output folder it becomes).
type linePrefixer struct {
	mu      *sync.Mutex
	w       io.Writer
	prefix  string
	replace *strings.Replacer
	buf     []byte
}

func (l *linePrefixer) Write(p []byte) (int, error) {
	l.buf = append(l.buf, p...)
	for {
		i := bytes.IndexByte(l.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(l.buf[:i])
		l.buf = l.buf[i+1:]
		if l.replace != nil {
			line = l.replace.Replace(line)
		}
		l.mu.Lock()
		_, err := io.WriteString(l.w, l.prefix+line+"\n")
		l.mu.Unlock()
		if err != nil {
			return len(p), err
		}
	}
}
