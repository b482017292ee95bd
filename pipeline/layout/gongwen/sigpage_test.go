package gongwen

import (
	"fmt"
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

// sigNotice is a notice whose body is paragraphs of the given lengths (in
// characters; lines of 正文内容) and whose 附件说明 lists n attachments
// named with 甲乙丙, the first long enough to wrap.
func sigNotice(paras []int, atts int, seal document.SealMode) *document.Notice {
	n := &document.Notice{
		Issuers: []string{"中共江城师范学院委员会"}, Form: document.LetterForm,
		Number: "江师党函〔2012〕8号", Title: "关于机关第一党支部2012年度民主评议党员结果的通知",
		Recipients: "机关第一党支部：",
		Organs:     []string{"中共江城师范学院委员会"}, Date: model.Date{Year: 2012, Month: 6, Day: 28}, Seal: seal,
	}
	if seal == document.WithSeal {
		n.SealImages = []string{"seal"}
	}
	for i, k := range paras {
		n.Body = append(n.Body, document.Block{Text: fmt.Sprintf("第%d段", i+1) + strings.Repeat("正文内容", k/4) + "。"})
	}
	for i := 0; i < atts; i++ {
		name := "甲乙丙丁" + strings.Repeat("乙", i%2*20) + "名单"
		if i == 0 {
			name = "甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁甲乙丙丁名单"
		}
		n.Attachments = append(n.Attachments, document.Attachment{Name: name})
	}
	return n
}

// lineKind classifies a body-size line of a sigNotice page.
func lineKind(text string) string {
	switch {
	case strings.ContainsAny(text, "甲乙丙丁") || strings.HasPrefix(text, "名单"):
		return "note"
	case strings.ContainsAny(text, "正文内容段"):
		return "body"
	}
	return "other"
}

// TestSignaturePageCarriesBody sweeps body lengths, 附件说明 of 0–3 items
// and the seal modes: the page with the signature carries at least two
// lines of 正文 above it (GB/T 9704-2012 7.3.5; the 附件说明 does not
// count), the 附件说明 is never split from the signature, page 1 shows
// 正文, and the page-fill measures stay within their limits. Every remedy
// (tighter lines, tighter characters, lines moved on, lines taken back)
// occurs somewhere in the sweep.
func TestSignaturePageCarriesBody(t *testing.T) {
	o := DefaultOptions()
	remedies := map[string]int{}
	cases := 0
	for _, seal := range []document.SealMode{document.WithSeal, document.NoSeal} {
		for atts := 0; atts <= 3; atts++ {
			for k := 1; k <= 2*34; k++ {
				// paragraphs of 1 to 3 lines, last lines of varying length;
				// then 3-line paragraphs with 2 characters on the last line
				var paras []int
				for i := 0; i < k%34+1; i++ {
					if k < 34 {
						paras = append(paras, 20+(i*37+k*11)%60)
					} else {
						paras = append(paras, 52)
					}
				}
				n := sigNotice(paras, atts, seal)
				doc, br, diags, err := LayoutBreaks(n, testSetter(), o)
				if err != nil {
					t.Fatal(err)
				}
				if tl := br.Tail; tl.Page < 0 || tl.Page >= len(doc.Pages) || findRun(doc.Pages[tl.Page], dateText) == nil ||
					tl.Keep < 0 || tl.Before >= tl.Lines || tl.From > len(n.Body) {
					t.Errorf("k=%d atts=%d %v: tail %+v does not describe the signature's page", k, atts, seal, tl)
				}
				for _, d := range diags {
					for key, s := range map[string]string{"pitch": "行距由", "chars": "字距由", "moved": "移到下一页", "pulled": "移到该页"} {
						if strings.Contains(d.Problem, s) {
							remedies[key]++
						}
					}
				}
				cases++
				checkSignaturePage(t, fmt.Sprintf("%v atts=%d k=%d", seal, atts, k), doc, o, atts > 0)
			}
		}
	}
	t.Logf("%d notices, remedies %v", cases, remedies)
	for _, key := range []string{"pitch", "chars", "moved", "pulled"} {
		if remedies[key] == 0 {
			t.Errorf("no notice of the sweep needed the remedy %q: %v", key, remedies)
		}
	}
}

func checkSignaturePage(t *testing.T, name string, doc *layout.Document, o Options, hasNote bool) {
	t.Helper()
	sig := -1
	noteOn := map[int]bool{}
	for i, p := range doc.Pages {
		if findRun(p, dateText) != nil {
			sig = i
		}
		for _, r := range runs(p) {
			if r.Size == o.BodySize && lineKind(r.Text()) == "note" {
				noteOn[i] = true
			}
		}
	}
	if sig < 0 {
		t.Fatalf("%s: no signature", name)
	}
	p := doc.Pages[sig]
	date := findRun(p, dateText)
	body := map[layout.Length]bool{}
	var ys []layout.Length
	for _, r := range runs(p) {
		if r.Size != o.BodySize || r.Y >= date.Y || lineKind(r.Text()) != "body" {
			continue
		}
		if !body[r.Y] {
			ys = append(ys, r.Y)
		}
		body[r.Y] = true
		// character spacing within MinCharPercent
		for i := 1; i < len(r.Glyphs); i++ {
			a, b := []rune(r.Glyphs[i-1].Text)[0], []rune(r.Glyphs[i].Text)[0]
			if d := r.Glyphs[i].X - r.Glyphs[i-1].X; a >= 0x4E00 && b >= 0x4E00 && d*100 < o.CharPitch()*layout.Length(o.MinCharPercent) {
				t.Errorf("%s: glyphs %s mm apart in %q", name, mm(d), r.Text())
				break
			}
		}
	}
	if len(body) < 2 {
		t.Errorf("%s: page %d carries %d line(s) of 正文 above the signature, want 2", name, sig+1, len(body))
	}
	for i := 1; i < len(ys); i++ {
		if d := ys[i] - ys[i-1]; d > 0 && d*100 < o.LinePitch()*layout.Length(o.MinPitchPercent) {
			t.Errorf("%s: lines %s mm apart on page %d", name, mm(d), sig+1)
		}
	}
	if hasNote && (len(noteOn) != 1 || !noteOn[sig]) {
		t.Errorf("%s: 附件说明 on pages %v, signature on page %d", name, noteOn, sig+1)
	}
	first := 0
	for _, r := range runs(doc.Pages[0]) {
		if r.Size == o.BodySize && lineKind(r.Text()) == "body" {
			first++
		}
	}
	if first == 0 {
		t.Errorf("%s: page 1 shows no 正文", name)
	}
	for _, im := range images(p) {
		if im.Y+im.H > o.Top+o.TypeHeight {
			t.Errorf("%s: seal reaches below the type area", name)
		}
	}
}

// TestSignaturePageGolden: two notices as text dumps, checked by eye —
// three 3-line paragraphs whose page takes the signature with tighter
// character spacing and line pitch, and a branch notice whose last two
// lines of 正文 go to page 2 with the 附件说明 and the signature.
func TestSignaturePageGolden(t *testing.T) {
	tight := mustLayout(t, sigNotice([]int{52, 52, 52}, 1, document.WithSeal), DefaultOptions())
	moved := mustLayout(t, sigNotice([]int{60, 60, 40, 30}, 1, document.WithSeal), DefaultOptions())
	golden(t, "sigpage", "== tighter characters and lines\n"+dump(tight)+"== lines moved\n"+dump(moved))
}
