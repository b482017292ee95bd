package certificate

import (
	"sort"
	"strconv"

	"pingyou/pipeline/layout"
)

var (
	gridGrey  = layout.Color{R: 0xB0, G: 0xB0, B: 0xB0}
	gridDark  = layout.Color{R: 0x40, G: 0x40, B: 0x40}
	boxColour = layout.Color{R: 0x00, G: 0x5B, B: 0xBB}
)

// Calibration lays out a one-page calibration sheet for 套打: a millimetre
// ruler grid (a line every 5 mm, darker and numbered every 10 mm) over the
// whole page, and the outline and name of every text box, shifted by the
// printer offset like real certificates. Printed on plain paper and laid
// over a pre-printed certificate against the light, it shows how far to
// move offset_x_mm / offset_y_mm.
func Calibration(s *Spec, setter *layout.Setter, offsetX, offsetY layout.Length) (*layout.Document, error) {
	page := layout.Page{Width: layout.MM(s.Page.Width), Height: layout.MM(s.Page.Height)}
	for mm := 0; float64(mm) <= s.Page.Width; mm += 5 {
		x := layout.MM(float64(mm)) + offsetX
		page.Items = append(page.Items, &layout.Rule{X1: x, Y1: 0, X2: x, Y2: page.Height, Width: gridWidth(mm), Color: gridColour(mm)})
	}
	for mm := 0; float64(mm) <= s.Page.Height; mm += 5 {
		y := layout.MM(float64(mm)) + offsetY
		page.Items = append(page.Items, &layout.Rule{X1: 0, Y1: y, X2: page.Width, Y2: y, Width: gridWidth(mm), Color: gridColour(mm)})
	}
	label := layout.Style{Faces: s.Roles["body"], Size: layout.Pt(6), Color: gridDark}
	for mm := 10; float64(mm) < s.Page.Width; mm += 10 {
		if err := place(&page, setter, label, strconv.Itoa(mm), layout.MM(float64(mm)+0.6)+offsetX, layout.MM(3)+offsetY); err != nil {
			return nil, err
		}
	}
	for mm := 10; float64(mm) < s.Page.Height; mm += 10 {
		if err := place(&page, setter, label, strconv.Itoa(mm), layout.MM(0.8)+offsetX, layout.MM(float64(mm)-0.6)+offsetY); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(s.Boxes))
	for k := range s.Boxes {
		names = append(names, k)
	}
	sort.Strings(names)
	// Structure: the box names and the note; the grid and its numbers are
	// decoration (a ruler).
	root := layout.NewStructure()
	boxLabel := layout.Style{Faces: s.Roles["body"], Size: layout.Pt(8), Color: boxColour}
	for _, k := range names {
		b := s.Boxes[k]
		x, y := layout.MM(b.X)+offsetX, layout.MM(b.Y)+offsetY
		page.Items = append(page.Items, &layout.Box{X: x, Y: y, W: layout.MM(b.W), H: layout.MM(b.H), Stroke: layout.MM(0.3), Color: boxColour})
		from := len(page.Items)
		if err := place(&page, setter, boxLabel, boxName[k]+"（"+k+"）", x+layout.MM(1), y+layout.MM(3.5)); err != nil {
			return nil, err
		}
		tagFrom(root, layout.StructP, page.Items, from)
	}
	title := layout.Style{Faces: s.Roles["body"], Size: layout.Pt(10), Color: gridDark}
	note := "套打校准页：" + s.Name + "，偏移 " + mmText(offsetX) + " / " + mmText(offsetY) + " 毫米"
	from := len(page.Items)
	if err := place(&page, setter, title, note, layout.MM(12)+offsetX, page.Height-layout.MM(6)+offsetY); err != nil {
		return nil, err
	}
	tagFrom(root, layout.StructP, page.Items, from)
	return &layout.Document{Pages: []layout.Page{page}, Structure: root, Meta: layout.Meta{Title: "套打校准页：" + s.Name}}, nil
}

var boxName = map[string]string{"title": "标题", "recipient": "获奖者", "body": "正文", "organ": "发证机关", "date": "日期", "number": "编号"}

func gridWidth(mm int) layout.Length {
	if mm%10 == 0 {
		return layout.MM(0.2)
	}
	return layout.MM(0.1)
}

func gridColour(mm int) layout.Color {
	if mm%10 == 0 {
		return gridDark
	}
	return gridGrey
}

func mmText(l layout.Length) string {
	return strconv.FormatFloat(float64(int(l.Millimetres()*10+0.5*sgn(l)))/10, 'f', 1, 64)
}

func sgn(l layout.Length) float64 {
	if l < 0 {
		return -1
	}
	return 1
}

func place(page *layout.Page, setter *layout.Setter, st layout.Style, text string, x, baseline layout.Length) error {
	line, err := measure(setter, st, text, "套打校准页")
	if err != nil {
		return err
	}
	page.Items = append(page.Items, line.Place(x, baseline)...)
	return nil
}
