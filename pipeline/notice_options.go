package pipeline

import (
	"crypto/sha256"
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"pingyou/pipeline/config"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
)

// noticeOptions are the 公文 layout options of a batch: the standard's
// geometry, the config's font roles, the word list titles and 署名 break
// by (templates/词表.txt, or the config's copy), and what depends on the
// fonts themselves (where the page-number face draws its 一字线).
func noticeOptions(cfg *config.Config, fonts *fontkit.Set) (gongwen.Options, error) {
	opt := gongwen.DefaultOptions()
	opt.Fonts = cfg.Fonts.Roles
	words, err := lexicon(cfg)
	if err != nil {
		return opt, err
	}
	opt.TitleRules.Words = words
	s := &layout.Setter{Metrics: fonts}
	chain := opt.Fonts[gongwen.RolePageNum]
	if len(chain) == 0 {
		chain = opt.Fonts[gongwen.RoleBody]
	}
	if face, _, ok := s.Face(chain, '—'); ok {
		if f := fonts.Face(face); f != nil {
			if mid, ok := inkMiddle(f.Bytes(), '—'); ok {
				opt.PageNumDash = mid
			}
		}
	}
	return opt, nil
}

// LexiconName is the word list in templates/.
const LexiconName = "词表.txt"

var lexicons struct {
	sync.Mutex
	m map[[32]byte]*gongwen.Lexicon
}

// lexicon reads and parses the word list once per content: it has tens of
// thousands of words, and a server running many batches (pingyou serve)
// should parse them once, not per batch.
func lexicon(cfg *config.Config) (*gongwen.Lexicon, error) {
	b, err := templateBytes(cfg, LexiconName)
	if err != nil {
		return nil, err
	}
	key := sha256.Sum256(b)
	lexicons.Lock()
	defer lexicons.Unlock()
	if l := lexicons.m[key]; l != nil {
		return l, nil
	}
	l, err := gongwen.ParseLexicon(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s：%w", LexiconName, err)
	}
	if lexicons.m == nil {
		lexicons.m = map[[32]byte]*gongwen.Lexicon{}
	}
	lexicons.m[key] = l
	return l, nil
}

// inkMiddle returns the height of the middle of r's ink above the baseline
// in 1/1000 em, read from the font's outline.
func inkMiddle(data []byte, r rune) (int, bool) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return 0, false
	}
	var buf sfnt.Buffer
	gi, err := f.GlyphIndex(&buf, r)
	if err != nil || gi == 0 {
		return 0, false
	}
	b, _, err := f.GlyphBounds(&buf, gi, fixed.I(1000), font.HintingNone)
	if err != nil || b.Max.Y <= b.Min.Y {
		return 0, false
	}
	return -(b.Min.Y + b.Max.Y).Round() / 2, true // y grows downwards in sfnt bounds
}
