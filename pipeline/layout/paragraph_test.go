package layout

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGridPureHan(t *testing.T) {
	text := strings.Repeat("党的基层组织是党在社会基层组织中的战斗堡垒", 20) // 400 Han
	p := gongwen(text)
	p.FirstIndent = 0
	lines, spans, err := setter.set(p, gwWidth)
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, p, gwWidth, lines, spans)
	for i, l := range lines {
		n := len([]rune(l.Text()))
		if !l.Last && n != 28 {
			t.Errorf("line %d has %d characters, want 28", i, n)
		}
		if !l.Last && l.Width != gwWidth {
			t.Errorf("line %d width %d, want %d", i, l.Width, gwWidth)
		}
		gs := glyphsOf(l)
		// the last glyph is centred in the last cell, which ends at the edge
		lastG := gs[len(gs)-1]
		cellEnd := lastG.X + (lastG.Advance+gwPitch)/2
		if !l.Last && (cellEnd-gwWidth > 1 || gwWidth-cellEnd > 1) {
			t.Errorf("line %d last cell ends at %d, want %d", i, cellEnd, gwWidth)
		}
	}
	if len(lines) != (400+27)/28 {
		t.Errorf("%d lines, want %d", len(lines), (400+27)/28)
	}
}

func TestGridIndent(t *testing.T) {
	lines, err := setter.Lines(gongwen(strings.Repeat("一二三四五六七八九十", 6)), gwWidth)
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(lines[0].Text())); n != 26 {
		t.Errorf("first line has %d characters, want 26", n)
	}
	if x := glyphsOf(lines[0])[0].X; x != 2*gwPitch+(gwPitch-gwSize)/2 {
		t.Errorf("first glyph at %d", x)
	}
}

func TestMissingGlyph(t *testing.T) {
	p := plain("张𠇔")
	p.Source = "花名册.xlsx 党员!B7"
	_, err := setter.Lines(p, Pt(100))
	var me *MissingGlyphError
	if !errors.As(err, &me) || me.Rune != '𠇔' || me.Source != p.Source {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "花名册.xlsx 党员!B7") {
		t.Errorf("error does not name the source: %v", err)
	}
}

func TestFallback(t *testing.T) {
	lines, err := setter.Lines(plain("王喆"), Pt(100))
	if err != nil {
		t.Fatal(err)
	}
	if len(lines[0].Runs) != 2 || lines[0].Runs[0].Face != "fang" || lines[0].Runs[1].Face != "kai" {
		t.Errorf("runs: %+v", lines[0].Runs)
	}
}

// seedParagraphs returns the seed corpus as paragraphs (one per text line).
func seedParagraphs(t testing.TB) []string {
	files, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seed files: %v %v", files, err)
	}
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimRight(l, "\r"); strings.TrimSpace(l) != "" {
				paras = append(paras, l)
			}
		}
	}
	return paras
}

func TestSeedsGrid(t *testing.T) {
	nLines, nParas := 0, 0
	for _, text := range seedParagraphs(t) {
		// the 公文 grid at 28 characters, narrower grids (附件 tables, 抄送) and proportional text
		for _, chars := range []Length{28, 17, 10, 0} {
			p, w := gongwen(text), chars*gwPitch
			if chars == 0 {
				p, w = plain(text), Pt(300)
			}
			lines, spans, err := setter.set(p, w)
			if err != nil {
				t.Fatal(err)
			}
			checkLines(t, p, w, lines, spans)
			checkEmergency(t, p, w, spans)
			for _, sp := range spans {
				// only 10-character lines meet a run of 9 no-break spaces (web debris) they cannot hold
				if sp.emergency && (chars != 10 || !strings.Contains(text, "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0")) {
					t.Errorf("emergency break at %d characters in %q", chars, text)
				}
			}
			nLines += len(lines)
			nParas++
		}
	}
	t.Logf("seeds: %d paragraph settings, %d lines checked", nParas, nLines)
}
