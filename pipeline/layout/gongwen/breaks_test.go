package gongwen

import (
	"reflect"
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

// TestTail: what the layout reports of the page with the signature, for a
// word processor to repeat — the paragraph the unit is kept with and how
// it is split, and the 7.3.5.5 measures.
func TestTail(t *testing.T) {
	o := DefaultOptions()
	for _, c := range []struct {
		name  string
		n     *document.Notice
		diag  string // a warning the layout gives
		check func(t *testing.T, tl Tail)
	}{
		{"fits", sigNotice([]int{52, 20}, 1, document.NoSeal), "", func(t *testing.T, tl Tail) {
			want := Tail{Page: 0, Keep: 0, Lines: 3, From: 0} // the last but one line is the first paragraph's
			if !reflect.DeepEqual(tl, want) {
				t.Errorf("got %+v, want %+v", tl, want)
			}
		}},
		{"tighter", sigNotice([]int{52, 52, 52}, 1, document.WithSeal), "字距由", func(t *testing.T, tl Tail) {
			if tl.Page != 0 || tl.Keep != 2 || tl.Before != 0 || tl.From != 0 {
				t.Errorf("got %+v", tl)
			}
			if want := o.TypeWidth / 29; tl.CharPitch != want || !reflect.DeepEqual(tl.Tight, []int{0, 1, 2}) {
				t.Errorf("tight %v at %v, want [0 1 2] at %v", tl.Tight, tl.CharPitch, want)
			}
			if tl.Rows == 0 || tl.Used <= tl.Rows || tl.Used*90 > tl.Rows*100 || tl.Carried != 0 {
				t.Errorf("%d lines on %d grid lines (%d carried)", tl.Used, tl.Rows, tl.Carried)
			}
			if tl.Reach != 1 {
				t.Errorf("the seal reaches %d lines below the date, want 1", tl.Reach)
			}
		}},
		{"last two lines moved", sigNotice([]int{60, 60, 40, 30}, 1, document.WithSeal), "移到下一页", func(t *testing.T, tl Tail) {
			// the last paragraph (30 characters: 2 lines) goes whole
			want := Tail{Page: 1, Keep: 3, Lines: 2, From: 3, Reach: 1}
			if !reflect.DeepEqual(tl, want) {
				t.Errorf("got %+v, want %+v", tl, want)
			}
		}},
		{"two lines of a long paragraph moved", sigNotice([]int{60, 60, 100, 10}, 1, document.NoSeal), "移到下一页", func(t *testing.T, tl Tail) {
			// the last but one line is the long paragraph's: 3 of its 4
			// lines stay, on a page that is not full
			want := Tail{Page: 1, Keep: 2, Lines: 4, Before: 3, From: 3}
			if !reflect.DeepEqual(tl, want) {
				t.Errorf("got %+v, want %+v", tl, want)
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, br, diags, err := LayoutBreaks(c.n, testSetter(), o)
			if err != nil {
				t.Fatal(err)
			}
			found := c.diag == ""
			for _, d := range diags {
				found = found || strings.Contains(d.Problem, c.diag)
			}
			if !found {
				t.Errorf("no warning with %q: %v", c.diag, diags)
			}
			c.check(t, br.Tail)
		})
	}
	// no 附件说明 and no signature: no tail
	n := sigNotice([]int{20}, 0, document.NoSeal)
	n.Organs, n.Date = nil, model.Date{}
	_, br, _, err := LayoutBreaks(n, testSetter(), o)
	if err != nil {
		t.Fatal(err)
	}
	if br.Tail.Page != -1 {
		t.Errorf("no signature: tail %+v", br.Tail)
	}
}
