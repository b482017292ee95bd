package certificate

import (
	"strings"
	"testing"

	"pingyou/pipeline/layout"
)

func TestCalibrationSheet(t *testing.T) {
	spec, setter := setup(t, "荣誉证书套打")
	dx, dy := layout.MM(1.5), layout.MM(-2)
	doc, err := Calibration(spec, setter, dx, dy)
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Pages[0]
	if p.Width != layout.MM(250) || p.Height != layout.MM(180) {
		t.Fatalf("page %v × %v, want the layout's 250 × 180 mm", p.Width, p.Height)
	}
	var vertical, horizontal, boxes int
	var text string
	for _, it := range p.Items {
		switch v := it.(type) {
		case *layout.Rule:
			if v.X1 == v.X2 {
				vertical++
			} else {
				horizontal++
			}
		case *layout.Box:
			boxes++
			// Every box is drawn where the offset moves the text.
			found := false
			for _, b := range spec.Boxes {
				if v.X == layout.MM(b.X)+dx && v.Y == layout.MM(b.Y)+dy && v.W == layout.MM(b.W) {
					found = true
				}
			}
			if !found {
				t.Errorf("box at %.1f, %.1f mm matches no layout box shifted by the offset", v.X.Millimetres(), v.Y.Millimetres())
			}
		case *layout.TextRun:
			text += v.Text() + " "
		}
	}
	// A line every 5 mm: 0, 5, …, 250 → 51 vertical; 0 … 180 → 37 horizontal.
	if vertical != 51 || horizontal != 37 {
		t.Errorf("%d vertical and %d horizontal grid lines, want 51 and 37", vertical, horizontal)
	}
	if boxes != len(spec.Boxes) {
		t.Errorf("%d boxes outlined, want %d", boxes, len(spec.Boxes))
	}
	for _, want := range []string{"获奖者（recipient）", "240", "170", "偏移 1.5 / -2.0 毫米"} {
		if !strings.Contains(text, want) {
			t.Errorf("calibration sheet lacks %q", want)
		}
	}
}
