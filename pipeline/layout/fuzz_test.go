package layout

import (
	"strings"
	"testing"
)

// FuzzLines: any text sets without panicking, every rune survives in order,
// no line is wider than the measure and 禁则 hold wherever a legal break
// existed (checkLines exempts emergency breaks, and the test checks that an
// emergency break happened only where no legal one fitted).
func FuzzLines(f *testing.F) {
	for _, s := range []string{
		"深入开展创先争优活动，是党的十七大和十七届四中全会作出的一项重要部署。",
		"“三个代表”重要思想——以及……。”（一）",
		"2012年6月28日，3.14、1,000、100%、￥5和GB/T 9704-2012。",
		"买买提·艾力、欧阳明明、张三",
		"a very long Latinwordthatdoesnotfitonanylineatallreally and more",
		"））））））））））））））））））））））））））））））））））",
		"\x00\t\n\u200b\ufe0f喆\u0301  ",
		"《《《《《《《《《《《《《《《《《《《《《《《《《《《《《《《",
	} {
		f.Add(s, uint8(28), false)
		f.Add(s, uint8(7), true)
	}
	f.Fuzz(func(t *testing.T, text string, chars uint8, grid bool) {
		text = strings.Map(func(r rune) rune {
			if r == '𠇔' || r == 0xFFFF {
				return '字' // runes the fake metrics lack are tested elsewhere
			}
			return r
		}, text)
		n := Length(chars%40) + 2
		var p Paragraph
		var width Length
		if grid {
			p = gongwen(text)
			p.FirstIndent = gwPitch * Length(chars%3)
			width = n*gwPitch + p.FirstIndent
		} else {
			p = plain(text)
			width = n * Pt(10)
		}
		lines, spans, err := setter.set(p, width)
		if err != nil {
			t.Fatal(err)
		}
		checkLines(t, p, width, lines, spans)
		checkEmergency(t, p, width, spans)
	})
}

// checkEmergency verifies that a line cut at an emergency point had no legal
// break that fitted.
func checkEmergency(t *testing.T, p Paragraph, width Length, spans []span) {
	t.Helper()
	gs, as := segment(p.Text)
	c := &metricsCtx{size: p.Style.Size, em: p.Style.Size}
	if p.CharPitch > 0 {
		c.grid, c.em = true, p.CharPitch
	}
	if err := setter.measure(&p, c, gs, as); err != nil {
		t.Fatal(err)
	}
	as = splitWide(c, gs, as, min(width-p.FirstIndent, width-p.RestIndent))
	b := &breaker{p: &p, c: c, gs: gs, as: as, sm: newSums(as), width: width}
	for i, sp := range spans {
		if !sp.emergency {
			continue
		}
		for e := sp.s; e < len(as)-1; e++ {
			if b.natural(sp.s, e, i) > b.avail(i) && b.minimum(sp.s, e, i) > b.avail(i) {
				break
			}
			if as[e].brk && !as[e].emergency && b.minimum(sp.s, e, i) <= b.avail(i) {
				t.Errorf("line %d: emergency break although a legal one after atom %d fitted", i, e)
			}
		}
	}
}
