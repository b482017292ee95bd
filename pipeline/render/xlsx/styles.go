package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Font names Excel and WPS both know on Chinese systems.
const (
	fontSong     = "宋体"
	fontFangSong = "仿宋"
	fontHei      = "黑体"
)

// kind says how a column's cells are formatted.
type kind int

const (
	kText   kind = iota // text, left aligned
	kCenter             // short text, centred (性别, 等次, 是/否)
	kWrap               // long text, wrapped (说明, 备注)
	kInt                // whole number, format 0
	kScore              // number, format 0.00
	kPct                // fraction, format 0.0%
	nKinds
)

func (k kind) isText() bool { return k == kText || k == kCenter || k == kWrap }

// variant of a body cell.
type variant int

const (
	vPlain variant = iota
	vTotal         // 合计 row: bold on light grey
	vFlag          // a value the committee must look at (unresolved tie): orange
	nVariants
)

// styles holds the style ids of a workbook; they are created in a fixed order
// so that styles.xml is the same on every run.
type styles struct {
	title, subtitle, header int
	body                    [nKinds][nVariants]int
	quoted                  [nKinds][nVariants]int // text kinds with quotePrefix
	dxfBad, dxfWarn         int                    // conditional fills
}

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{}
	thin := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1},
		{Type: "bottom", Color: "000000", Style: 1},
	}
	var err error
	add := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	s.title = add(&excelize.Style{
		Font:      &excelize.Font{Family: fontHei, Size: 16},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
	})
	s.subtitle = add(&excelize.Style{
		Font:      &excelize.Font{Family: fontFangSong, Size: 11},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
	})
	s.header = add(&excelize.Style{
		Font:      &excelize.Font{Family: fontSong, Size: 10, Bold: true},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}},
		Border:    thin,
	})
	score, pct := "0.00", "0.0%"
	for k := kind(0); k < nKinds; k++ {
		for v := variant(0); v < nVariants; v++ {
			st := &excelize.Style{
				Font:      &excelize.Font{Family: fontSong, Size: 10, Bold: v == vTotal},
				Alignment: &excelize.Alignment{Vertical: "center"},
				Border:    thin,
			}
			switch v {
			case vTotal:
				st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}
			case vFlag:
				st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F8CBAD"}}
			}
			switch k {
			case kText:
				st.Alignment.Horizontal = "left"
			case kCenter:
				st.Alignment.Horizontal = "center"
			case kWrap:
				st.Alignment.Horizontal = "left"
				st.Alignment.WrapText = true
			case kInt:
				st.Alignment.Horizontal = "center"
				st.NumFmt = 1 // 0
			case kScore:
				st.Alignment.Horizontal = "right"
				st.CustomNumFmt = &score
			case kPct:
				st.Alignment.Horizontal = "right"
				st.CustomNumFmt = &pct
			}
			s.body[k][v] = add(st)
		}
	}
	if err != nil {
		return nil, err
	}
	// Quote-prefixed copies come last, so that NewStyle's de-duplication can
	// never hand out one of them for an ordinary style.
	if err := s.addQuoted(f); err != nil {
		return nil, err
	}
	if s.dxfBad, err = f.NewConditionalStyle(&excelize.Style{
		Font: &excelize.Font{Color: "9C0006"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}},
	}); err != nil {
		return nil, err
	}
	if s.dxfWarn, err = f.NewConditionalStyle(&excelize.Style{
		Font: &excelize.Font{Color: "9C5700"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFEB9C"}},
	}); err != nil {
		return nil, err
	}
	return s, nil
}

// addQuoted appends, for each text style, a copy with quotePrefix="1": the
// cell is text typed with a leading apostrophe, so Excel and LibreOffice keep
// it text even when someone edits it. excelize's Style has no field for this,
// so the cellXfs records are copied directly.
func (s *styles) addQuoted(f *excelize.File) error {
	xfs := f.Styles.CellXfs
	if xfs == nil {
		return fmt.Errorf("xlsx: styles not loaded")
	}
	yes := true
	for k := kind(0); k < nKinds; k++ {
		if !k.isText() {
			continue
		}
		for v := variant(0); v < nVariants; v++ {
			xf := xfs.Xf[s.body[k][v]]
			xf.QuotePrefix = &yes
			xfs.Xf = append(xfs.Xf, xf)
			xfs.Count = len(xfs.Xf)
			s.quoted[k][v] = len(xfs.Xf) - 1
		}
	}
	return nil
}

// cell returns the style id for a body cell.
func (s *styles) cell(k kind, v variant, quoted bool) int {
	if quoted && k.isText() {
		return s.quoted[k][v]
	}
	return s.body[k][v]
}
