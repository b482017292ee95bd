package gongwen

import (
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

// A long 印发机关 (seed 000 has one) wraps instead of running into the date.
func TestLongPrintOrganDoesNotOverlapTheDate(t *testing.T) {
	n := &document.Notice{Title: "关于开展创先争优活动的实施方案", Body: []document.Block{{Text: "正文。"}},
		Organs: []string{"中共青山湖区教育体育局委员会"}, Date: model.Date{Year: 2010, Month: 6, Day: 28}, Seal: document.NoSeal,
		PrintOrgan: "中共青山湖区教育体育局委员会创先争优活动领导小组办公室", PrintDate: model.Date{Year: 2010, Month: 6, Day: 28}}
	doc, _, err := Layout(n, testSetter(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	last := doc.Pages[len(doc.Pages)-1]
	var dateLeft, dateY layout.Length
	for _, it := range last.Items {
		if r, ok := it.(*layout.TextRun); ok && strings.HasSuffix(r.Text(), "印发") {
			dateLeft, dateY = r.Glyphs[0].X, r.Y
		}
	}
	if dateLeft == 0 {
		t.Fatal("no 印发 line on the last page")
	}
	var organ string
	for _, it := range last.Items {
		r, ok := it.(*layout.TextRun)
		if !ok || r.Size != DefaultOptions().ColophonSize || strings.HasSuffix(r.Text(), "印发") || strings.Contains(r.Text(), "—") {
			continue
		}
		organ += r.Text()
		end := r.Glyphs[len(r.Glyphs)-1].X + r.Glyphs[len(r.Glyphs)-1].Advance
		if r.Y == dateY && end > dateLeft {
			t.Errorf("organ line %q ends at %.1f mm, past the date's start %.1f mm", r.Text(), end.Millimetres(), dateLeft.Millimetres())
		}
	}
	if organ != n.PrintOrgan {
		t.Errorf("organ lines read %q, want %q", organ, n.PrintOrgan)
	}
}
