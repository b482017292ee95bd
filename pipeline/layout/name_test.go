package layout

import "testing"

func TestName(t *testing.T) {
	st := Style{Faces: []string{"fang", "kai"}, Size: Pt(16)}
	cell := Pt(16)
	for _, c := range []struct {
		name  string
		xs    []Length
		width Length
	}{
		{"张三", []Length{0, 2 * cell}, 3 * cell},
		{"王喆", []Length{0, 2 * cell}, 3 * cell},
		{"李小龙", []Length{0, cell, 2 * cell}, 3 * cell},
		{"欧阳明明", []Length{0, cell, 2 * cell, 3 * cell}, 4 * cell},
		{"买买提·艾力", []Length{0, cell, 2 * cell, 3 * cell, 4 * cell, 5 * cell}, 6 * cell},
	} {
		l, err := setter.Name(c.name, st, cell)
		if err != nil {
			t.Fatal(err)
		}
		if l.Text() != c.name {
			t.Errorf("%s: text %q", c.name, l.Text())
		}
		gs := glyphsOf(l)
		for i, g := range gs {
			if g.X != c.xs[i] {
				t.Errorf("%s: glyph %d at %d, want %d", c.name, i, g.X, c.xs[i])
			}
		}
		if l.Width != c.width {
			t.Errorf("%s: width %d, want %d", c.name, l.Width, c.width)
		}
	}
	if _, err := setter.Name("张𠇔", st, cell); err == nil {
		t.Error("missing glyph not reported")
	}
}

func TestDistributeAndAlign(t *testing.T) {
	p := plain("张三丰")
	p.Align = Distribute
	l := setOne(t, p, Pt(50))
	if l.Width != Pt(50) || xOf(t, l, "丰", 0) != Pt(40) {
		t.Errorf("distribute: width %d, 丰 at %d", l.Width, xOf(t, l, "丰", 0))
	}
	p.Align = Center
	l = setOne(t, p, Pt(50))
	if x := xOf(t, l, "张", 0); x != Pt(10) {
		t.Errorf("center: 张 at %d", x)
	}
	p.Align = Right
	l = setOne(t, p, Pt(50))
	if l.Width != Pt(50) {
		t.Errorf("right: width %d", l.Width)
	}
}
