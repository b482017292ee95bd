package sheet

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Page setup of the sheets pingyou writes for people to fill in and print:
// the templates of `pingyou init`, the 单位信息 sheet and the 问题清单 of an
// annotated copy. A4, portrait when the columns fit it at full size, else
// landscape; always one page wide (any number of pages tall), so that no
// column and no sentence is split across pages; the heading rows repeated
// on every page; footer 第 N 页 共 M 页.
//
// Neither Excel nor WPS grows a row for wrapped text when a file is opened
// (and nobody does for merged cells), so rows with wrapped text get an
// explicit height from an estimate of their line count (wrappedHeight).

// A4 printable widths in pixels at 96 dpi with pageMargin on both sides:
// (8.27 in − 2×0.5 in) × 96 and (11.69 in − 2×0.5 in) × 96.
const (
	pageMargin       = 0.5 // inches, left and right
	portraitWidthPx  = 697
	landscapeWidthPx = 1026
)

// printFooter is the page footer: 第 1 页 共 3 页, centred.
const printFooter = "&C第 &P 页 共 &N 页"

// printSetup says how a sheet prints.
type printSetup struct {
	widths         []float64 // column widths in width units, A first
	titleFrom      int       // first row repeated on every page; 0: none
	titleTo        int       // last row repeated on every page
	forceLandscape bool
}

// widthPx is what Excel makes of a column width in pixels at the default
// 11 pt font (7 px per unit and 5 px of padding).
func widthPx(units float64) float64 { return math.Trunc(units*7 + 5) }

// landscape reports whether the columns need a landscape page to print at
// full size.
func (p printSetup) landscape() bool {
	if p.forceLandscape {
		return true
	}
	px := 0.0
	for _, w := range p.widths {
		px += widthPx(w)
	}
	return px > portraitWidthPx
}

// apply sets the sheet up for printing.
func (p printSetup) apply(f *excelize.File, sheet string) error {
	yes := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	a4, one, zero := 9, 1, 0
	orient := "portrait"
	if p.landscape() {
		orient = "landscape"
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return err
	}
	lr, tb, hf := pageMargin, 0.6, 0.3
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &lr, Right: &lr, Top: &tb, Bottom: &tb, Header: &hf, Footer: &hf, Horizontally: &yes,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: printFooter}); err != nil {
		return err
	}
	if p.titleFrom == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(sheet, "'", "''"), p.titleFrom, p.titleTo),
		Scope:    sheet,
	})
}

// textUnits estimates the width of text in width units at 11 pt: Han
// characters and full-width forms a little more than two digits, others a
// little more than one.
func textUnits(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r < 0x1100:
			w += 1.1
		case r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf, r >= 0xac00 && r <= 0xd7a3,
			r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60,
			r >= 0xffe0 && r <= 0xffe6, r >= 0x20000:
			w += 2.1
		default:
			w += 1.1
		}
	}
	return w
}

// wrappedLines estimates how many lines text takes wrapped in a cell (or
// merged cells) width units wide; about one unit goes to padding.
func wrappedLines(text string, width float64) int {
	avail := max(width-1, 1)
	n := 0
	for _, seg := range strings.Split(text, "\n") {
		n += max(1, int(math.Ceil(textUnits(seg)/avail)))
	}
	return n
}

// wrappedHeight is the row height in points for lines of 11 pt text, with
// room to spare (a row too short hides its last line when printed).
func wrappedHeight(lines int) float64 {
	return min(float64(lines)*15+5, 409)
}

// sumWidths adds up widths[from:to] (0-based, to exclusive).
func sumWidths(widths []float64, from, to int) float64 {
	s := 0.0
	for _, w := range widths[from:to] {
		s += w
	}
	return s
}

// moveSheetFirst makes sheet the first one. excelize's MoveSheet leaves the
// sheet numbers of sheet-scoped defined names (the print titles) as they
// were, which would give each sheet its neighbour's; so they are taken out
// by their sheet names first and put back after.
func moveSheetFirst(f *excelize.File, sheet string) error {
	names := f.GetDefinedName()
	for _, dn := range names {
		if err := f.DeleteDefinedName(&excelize.DefinedName{Name: dn.Name, Scope: dn.Scope}); err != nil {
			return err
		}
	}
	if err := f.MoveSheet(sheet, f.GetSheetName(0)); err != nil {
		return err
	}
	for _, dn := range names {
		if err := f.SetDefinedName(&dn); err != nil {
			return err
		}
	}
	return nil
}
