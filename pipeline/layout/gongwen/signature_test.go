package gongwen

import (
	"fmt"
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

// short is a notice with k one-line paragraphs and the given signature.
func short(k int, seal document.SealMode, organs ...string) *document.Notice {
	n := &document.Notice{
		Issuers: []string{"中共江城师范学院委员会"}, MarkSuffix: "文件",
		Number: "江师党发〔2012〕16号", Title: "关于开展2012年度民主评议党员工作的通知",
		Recipients: "各党总支、直属党支部：",
		Organs:     organs, Date: model.Date{Year: 2012, Month: 6, Day: 28}, Seal: seal,
	}
	for i := 0; i < k; i++ {
		n.Body = append(n.Body, document.Block{Text: fmt.Sprintf("第%d段正文，按照党委统一部署认真组织开展。", i+1)})
	}
	for i := range organs {
		n.SealImages = append(n.SealImages, fmt.Sprintf("seal%d", i+1))
	}
	return n
}

func findRun(p layout.Page, text string) *layout.TextRun {
	for _, r := range runs(p) {
		if r.Text() == text {
			return r
		}
	}
	return nil
}

func start(r *layout.TextRun) layout.Length { return r.Glyphs[0].X }
func end(r *layout.TextRun) layout.Length {
	g := r.Glyphs[len(r.Glyphs)-1]
	return g.X + g.Advance
}

func images(p layout.Page) []*layout.Image {
	var is []*layout.Image
	for _, it := range p.Items {
		if im, ok := it.(*layout.Image); ok {
			is = append(is, im)
		}
	}
	return is
}

// lastBody returns the lowest body paragraph run on the page.
func lastBody(p layout.Page) *layout.TextRun {
	var last *layout.TextRun
	for _, r := range runs(p) {
		if strings.HasPrefix(r.Text(), "第") || strings.Contains(r.Text(), "正文") {
			if last == nil || r.Y > last.Y {
				last = r
			}
		}
	}
	return last
}

const dateText = "2012年6月28日"

// sigPage is the page with the 成文日期.
func sigPage(doc *layout.Document) layout.Page {
	for _, p := range doc.Pages {
		if findRun(p, dateText) != nil {
			return p
		}
	}
	return layout.Page{}
}

func TestSignatureWithSeal(t *testing.T) {
	o := DefaultOptions()
	doc := mustLayout(t, short(3, document.WithSeal, "中共江城师范学院委员会"), o)
	golden(t, "seal", dump(doc))
	p := sigPage(doc)
	org, date, body := findRun(p, "中共江城师范学院委员会"), findRun(p, dateText), lastBody(p)
	ims := images(p)
	if date == nil || len(ims) != 1 || body == nil {
		t.Fatalf("date %v, seals %v, body %v", date, ims, body)
	}
	// The organ run may also be the mark's prefix; take the one at body size below the body.
	for _, r := range runs(p) {
		if r.Text() == "中共江城师范学院委员会" && r.Y > body.Y {
			org = r
		}
	}
	char := o.CharPitch()
	right := o.Left + o.TypeWidth
	if !near(end(date), right-4*char, 0.05) {
		t.Errorf("date ends at %s mm, want right indent 4 字 (%s)", mm(end(date)), mm(right-4*char))
	}
	dc := (start(date) + end(date)) / 2
	if oc := (start(org) + end(org)) / 2; !near(oc, dc, 0.05) {
		t.Errorf("organ centred at %s mm, date at %s mm", mm(oc), mm(dc))
	}
	if org.Y >= date.Y || date.Y-org.Y != o.LinePitch() {
		t.Errorf("organ at %s, date at %s: want the date on the next line", mm(org.Y), mm(date.Y))
	}
	s := ims[0]
	if sc := s.X + s.W/2; !near(sc, dc, 0.05) {
		t.Errorf("seal centred at %s mm, want %s", mm(sc), mm(dc))
	}
	bodyBottom := body.Y - o.BodySize*layout.Length(o.Ascent)/1000 + o.BodySize
	if gap := s.Y - bodyBottom; gap < 0 || gap > o.LinePitch() {
		t.Errorf("seal top %s mm is %s mm below the body, want within one line", mm(s.Y), mm(gap))
	}
	// Pressing down: organ and date inside the seal, their middle below its centre.
	asc := o.BodySize * layout.Length(o.Ascent) / 1000
	mid := (org.Y - asc + date.Y - asc + o.BodySize) / 2
	if mid <= s.Y+s.H/2 || date.Y-asc+o.BodySize > s.Y+s.H {
		t.Errorf("organ/date middle %s mm, seal %s–%s mm: want inside, below the centre", mm(mid), mm(s.Y), mm(s.Y+s.H))
	}
}

func TestSignatureNoSeal(t *testing.T) {
	o := DefaultOptions()
	char, right, pitch := o.CharPitch(), o.Left+o.TypeWidth, o.LinePitch()
	for _, tc := range []struct{ organ string }{
		{"中共江城师范学院委员会"}, // organ longer than the date
		{"学院党委"},        // date longer: date right-indented 2 字, organ follows
	} {
		doc := mustLayout(t, short(3, document.NoSeal, tc.organ), o)
		p := sigPage(doc)
		body, date := lastBody(p), findRun(p, dateText)
		var org *layout.TextRun
		for _, r := range runs(p) {
			if r.Text() == tc.organ && r.Y > body.Y {
				org = r
			}
		}
		if org == nil || date == nil {
			t.Fatalf("%s: organ %v date %v", tc.organ, org, date)
		}
		if len(images(p)) != 0 {
			t.Errorf("%s: seal image without a seal", tc.organ)
		}
		if org.Y-body.Y != 2*pitch || date.Y-org.Y != pitch {
			t.Errorf("%s: body %s, organ %s, date %s mm: want one blank line, then organ and date", tc.organ, mm(body.Y), mm(org.Y), mm(date.Y))
		}
		if !near(start(date)-start(org), 2*char, 0.1) { // digits sit centred in their half-cells
			t.Errorf("%s: date starts %s mm right of the organ, want 2 字", tc.organ, mm(start(date)-start(org)))
		}
		if e := max(end(org), end(date)); !near(e, right-2*char, 0.1) {
			t.Errorf("%s: block ends at %s mm, want right indent 2 字", tc.organ, mm(e))
		}
	}
}

func TestSignatureJoint(t *testing.T) {
	o := DefaultOptions()
	organs := []string{"中共江城师范学院委员会", "江城师范学院", "共青团江城师范学院委员会"}
	doc := mustLayout(t, short(2, document.WithSeal, organs...), o)
	golden(t, "joint", dump(doc))
	var page layout.Page
	for _, p := range doc.Pages {
		if findRun(p, dateText) != nil {
			page = p
		}
	}
	ims := images(page)
	if len(ims) != len(organs) {
		t.Fatalf("%d seals, want %d", len(ims), len(organs))
	}
	for i, a := range ims {
		if a.X < o.Left || a.X+a.W > o.Left+o.TypeWidth {
			t.Errorf("seal %d outside the type area: %s–%s mm", i+1, mm(a.X), mm(a.X+a.W))
		}
		for _, b := range ims[i+1:] {
			overlapX := a.X < b.X+b.W+1 && b.X < a.X+a.W+1 // touching counts
			overlapY := a.Y < b.Y+b.H+1 && b.Y < a.Y+a.H+1
			if overlapX && overlapY {
				t.Errorf("seals %q and %q touch or overlap", a.Key, b.Key)
			}
		}
		// Each seal presses on its organ, centred.
		var org *layout.TextRun
		for _, r := range runs(page) {
			if r.Text() == organs[i] && r.Size == o.BodySize {
				org = r
			}
		}
		if org == nil || !near((start(org)+end(org))/2, a.X+a.W/2, 0.05) || org.Y < a.Y || org.Y > a.Y+a.H {
			t.Errorf("organ %q not centred under seal %d", organs[i], i+1)
		}
	}
	date, lastSeal := findRun(page, dateText), ims[len(ims)-1]
	if !near((start(date)+end(date))/2, lastSeal.X+lastSeal.W/2, 0.05) || date.Y > lastSeal.Y+lastSeal.H {
		t.Errorf("date not under the last seal")
	}
}

func TestSignatureSeal(t *testing.T) {
	o := DefaultOptions()
	titles := []string{"中共江城师范学院委员会书记", "江城师范学院院长"}
	doc := mustLayout(t, short(3, document.SignatureSeal, titles...), o)
	golden(t, "signature", dump(doc))
	p := sigPage(doc)
	char, right := o.CharPitch(), o.Left+o.TypeWidth
	ims := images(p)
	if len(ims) != 2 {
		t.Fatalf("%d 签名章, want 2", len(ims))
	}
	body := lastBody(p)
	asc := o.BodySize * layout.Length(o.Ascent) / 1000
	if gap := ims[0].Y - (body.Y - asc + o.LinePitch()); gap != 2*o.LinePitch() {
		t.Errorf("first 签名章 %s mm below the body's line, want two blank lines", mm(gap))
	}
	for i, im := range ims {
		if !near(im.X+im.W, right-4*char, 0.05) {
			t.Errorf("签名章 %d ends at %s mm, want right indent 4 字", i+1, mm(im.X+im.W))
		}
		tr := findRun(p, titles[i])
		if tr == nil || !near(end(tr), im.X-2*char, 0.05) {
			t.Fatalf("职务 %q not 2 字 left of its 签名章", titles[i])
		}
		if mid := tr.Y - asc + o.BodySize/2; !near(mid, im.Y+im.H/2, 0.05) {
			t.Errorf("职务 %q middle %s mm, 签名章 middle %s mm", titles[i], mm(mid), mm(im.Y+im.H/2))
		}
	}
	date := findRun(p, dateText)
	if !near(end(date), right-4*char, 0.05) {
		t.Errorf("date ends at %s mm, want right indent 4 字", mm(end(date)))
	}
	if last := ims[1]; date.Y-asc != last.Y+last.H+o.LinePitch() {
		t.Errorf("date not one blank line below the last 签名章")
	}
}

// TestPageFill sweeps the body length so the signature block meets the
// page bottom at every position: it must never stand alone on a page, the
// line pitch never drops below MinPitchPercent, everything stays in the
// type area, and both remedies (tighter pitch, pulled lines) occur.
func TestPageFill(t *testing.T) {
	o := DefaultOptions()
	bottom := o.Top + o.TypeHeight
	var tightened, pulled int
	for k := 1; k <= 40; k++ {
		n := short(k, document.WithSeal, "中共江城师范学院委员会")
		doc, diags, err := Layout(n, testSetter(), o)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range diags {
			if strings.Contains(d.Problem, "行距由") {
				tightened++
			}
			if strings.Contains(d.Problem, "移到下一页") {
				pulled++
			}
		}
		for pi, p := range doc.Pages {
			date := findRun(p, dateText)
			if date == nil {
				continue
			}
			body := lastBody(p)
			if body == nil {
				t.Errorf("k=%d: signature alone on page %d", k, pi+1)
				continue
			}
			for _, im := range images(p) {
				if im.Y+im.H > bottom {
					t.Errorf("k=%d: seal reaches %s mm, below the type area", k, mm(im.Y+im.H))
				}
			}
			var prev layout.Length
			for _, r := range runs(p) {
				if r.Y > bottom {
					continue
				}
				if lastBody(layout.Page{Items: []layout.Item{r}}) != nil && prev != 0 {
					if d := r.Y - prev; d*100 < o.LinePitch()*layout.Length(o.MinPitchPercent) {
						t.Errorf("k=%d: line pitch %s mm below the minimum", k, mm(d))
					}
				}
				if lastBody(layout.Page{Items: []layout.Item{r}}) != nil {
					prev = r.Y
				}
			}
		}
	}
	if tightened == 0 || pulled == 0 {
		t.Errorf("sweep tightened %d and pulled %d times; want both remedies exercised", tightened, pulled)
	}
}

// TestColophonPage sweeps the body length: the 版记 is always on an even
// last page with its rule on the type area's bottom edge; a blank page
// before it and the 版记 page then carry no number, all others do.
func TestColophonPage(t *testing.T) {
	o := DefaultOptions()
	bottom := o.Top + o.TypeHeight
	blankSeen := false
	for k := 1; k <= 45; k++ {
		n := short(k, document.NoSeal, "中共江城师范学院委员会")
		n.CC = []string{"中共江城市委组织部"}
		n.PrintOrgan, n.PrintDate = "中共江城师范学院委员会办公室", n.Date
		doc := mustLayout(t, n, o)
		last := len(doc.Pages)
		if last%2 != 0 && last > 1 {
			t.Errorf("k=%d: 版记 on page %d, want an even page", k, last)
		}
		lp := doc.Pages[last-1]
		if findRun(lp, "2012年6月28日印发") == nil {
			t.Errorf("k=%d: no 印发 line on the last page", k)
		}
		var lowest layout.Length
		for _, r := range rules(lp) {
			lowest = max(lowest, r.Y1)
		}
		if lowest != bottom {
			t.Errorf("k=%d: lowest 版记 rule at %s mm, want %s", k, mm(lowest), mm(bottom))
		}
		blank := last >= 2 && len(runs(doc.Pages[last-2])) == 0
		if blank {
			blankSeen = true
		}
		for i, p := range doc.Pages {
			unnumbered := blank && i >= last-2
			if got := pageNumber(o, p) == nil; got != unnumbered {
				t.Errorf("k=%d: page %d of %d unnumbered=%v, want %v", k, i+1, last, got, unnumbered)
			}
		}
	}
	if !blankSeen {
		t.Error("sweep never produced a blank page before the 版记")
	}
}

// TestLongOrgan: a 署名 too long to be centred over the date (seeds 000
// and 003) wraps between words into lines each centred over the date,
// keeping 1 字 to the right edge; the date keeps at least its 4 字 (moving
// left only when a line cannot be shorter) and the seal its place over
// both. Without a seal, a 署名 wider than half the type area wraps and the
// block keeps its 2 字 right indent.
func TestLongOrgan(t *testing.T) {
	o := DefaultOptions()
	o.TitleRules = testRules(t)
	char, right := o.CharPitch(), o.Left+o.TypeWidth
	var dumps strings.Builder
	for _, tc := range []struct {
		organ string
		seal  document.SealMode
		lines []string
		shift bool // the date moves left of its 4 字
	}{
		{"中共青山湖区教育体育局委员会创先争优活动领导小组", document.WithSeal, []string{"中共青山湖区教育体育局委员会", "创先争优活动领导小组"}, true},
		{"教育部教育系统创先争优活动领导小组", document.WithSeal, []string{"教育部教育系统", "创先争优活动领导小组"}, false},
		{"中共江城师范学院委员会", document.WithSeal, []string{"中共江城师范学院委员会"}, false},
		{"中共青山湖区教育体育局委员会创先争优活动领导小组", document.NoSeal, []string{"中共青山湖区教育体育局委员会", "创先争优活动领导小组"}, false},
	} {
		name := tc.organ + " " + tc.seal.String()
		doc := mustLayout(t, short(3, tc.seal, tc.organ), o)
		p := sigPage(doc)
		dumps.WriteString("== " + name + "\n" + dump(&layout.Document{Pages: []layout.Page{p}}))
		date := findRun(p, dateText)
		var lines []*layout.TextRun
		for _, want := range tc.lines {
			var got *layout.TextRun
			for _, r := range runs(p) {
				if r.Text() == want && r.Size == o.BodySize && r.Y < date.Y && r.Y > date.Y-4*o.LinePitch() {
					got = r
				}
			}
			if got == nil {
				t.Fatalf("%s: no line %q", name, want)
			}
			lines = append(lines, got)
		}
		for i, ln := range lines {
			if want := date.Y - layout.Length(len(lines)-i)*o.LinePitch(); ln.Y != want {
				t.Errorf("%s: line %q at %s mm, want %s", name, ln.Text(), mm(ln.Y), mm(want))
			}
		}
		dc := (start(date) + end(date)) / 2
		switch tc.seal {
		case document.WithSeal:
			for _, ln := range lines {
				if c := (start(ln) + end(ln)) / 2; !near(c, dc, 0.1) {
					t.Errorf("%s: %q centred at %s mm, the date at %s mm", name, ln.Text(), mm(c), mm(dc))
				}
				if end(ln) > right-char+layout.MM(0.1) {
					t.Errorf("%s: %q ends %s mm from the right edge, want at least 1 字", name, ln.Text(), mm(right-end(ln)))
				}
			}
			indent := right - end(date)
			if tc.shift != !near(indent, 4*char, 0.1) || indent < 4*char-layout.MM(0.1) {
				t.Errorf("%s: date right indent %s mm (4 字 = %s mm), shift expected %v", name, mm(indent), mm(4*char), tc.shift)
			}
			ims := images(p)
			if len(ims) != 1 || !near(ims[0].X+ims[0].W/2, dc, 0.1) && len(lines) > 1 {
				t.Errorf("%s: seal %v not centred over the date", name, ims)
			}
			for _, im := range ims {
				if im.X < o.Left || im.X+im.W > right {
					t.Errorf("%s: seal outside the type area", name)
				}
				mid := (lines[0].Y - o.BodySize*layout.Length(o.Ascent)/1000 + date.Y - o.BodySize*layout.Length(o.Ascent)/1000 + o.BodySize) / 2
				if mid <= im.Y+im.H/2 {
					t.Errorf("%s: 署名 and date not below the seal's centre", name)
				}
			}
		case document.NoSeal:
			x := start(lines[0])
			var w layout.Length
			for _, ln := range lines {
				if start(ln) != x {
					t.Errorf("%s: lines not aligned left", name)
				}
				w = max(w, end(ln))
			}
			if !near(w, right-2*char, 0.1) {
				t.Errorf("%s: 署名 ends %s mm from the right edge, want 2 字", name, mm(right-w))
			}
			if !near(start(date)-x, 2*char, 0.1) {
				t.Errorf("%s: date starts %s mm right of the 署名, want 2 字", name, mm(start(date)-x))
			}
		}
	}
	golden(t, "longorgan", dumps.String())
}
