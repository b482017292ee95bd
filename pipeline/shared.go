package pipeline

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/document"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
	"pingyou/pipeline/render/ofd"
	"pingyou/pipeline/render/pdf"
)

// Shared holds what the batches run by one caller may share: the parsed
// fonts, with the PDF and OFD renderers' font programs made from them. A
// department run (issue 19) passes one to every unit's Run, so that two
// hundred units parse the fonts once, not two hundred times. Output does not
// depend on it: the font programs are the same bytes either way. Safe for
// concurrent use.
type Shared struct {
	mu    sync.Mutex
	fonts map[string]*fontRes
}

// NewShared returns an empty Shared.
func NewShared() *Shared { return &Shared{fonts: map[string]*fontRes{}} }

// fontRes are a config's fonts for layout and for each renderer.
type fontRes struct {
	set *fontkit.Set
	pdf *pdf.Fonts
	ofd *ofd.Fonts
}

func newFontRes(set *fontkit.Set) *fontRes {
	return &fontRes{set: set, ofd: newOFDFonts(set), pdf: pdf.NewFonts(func(face string) ([]byte, error) {
		f := set.Face(face)
		if f == nil {
			return nil, fmt.Errorf("配置中没有字体 %s", face)
		}
		return f.Bytes(), nil
	})}
}

// fontsFor loads cfg's fonts, once per font folders and faces when s is not
// nil. A failure is not kept: the next batch tries again.
func (s *Shared) fontsFor(cfg *config.Config) (*fontRes, error) {
	if s == nil {
		set, err := loadFonts(cfg)
		if err != nil {
			return nil, err
		}
		return newFontRes(set), nil
	}
	var key strings.Builder
	for _, d := range fontDirs(cfg) {
		key.WriteString(d + "\x00")
	}
	faces := make([]string, 0, len(cfg.Fonts.Faces))
	for k, v := range cfg.Fonts.Faces {
		faces = append(faces, k+"="+v)
	}
	slices.Sort(faces)
	key.WriteString(strings.Join(faces, "\x00"))
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.fonts[key.String()]; r != nil {
		return r, nil
	}
	set, err := loadFonts(cfg)
	if err != nil {
		return nil, err
	}
	r := newFontRes(set)
	s.fonts[key.String()] = r
	return r, nil
}

// StoreNotice lays out a 公文 composed outside a unit's batch (a department's
// 汇总 notice) with cfg's fonts and 公文 settings, and stores it in st as
// path (the PDF), with the DOCX, and the OFD when cfg's formats ask for it,
// beside it; the decision's seal image is cfg.Decision.Seal. It returns the
// entries in the order written and the layout's warnings.
func StoreNotice(st *archive.Stage, cfg *config.Config, n *document.Notice, path, program string, shared *Shared) ([]archive.Entry, model.Diagnostics, error) {
	fr, err := shared.fontsFor(cfg)
	if err != nil {
		return nil, nil, err
	}
	g := &generator{opt: &Options{Program: program}, cfg: cfg, fonts: fr.set, st: st,
		setter: &layout.Setter{Metrics: fr.set}, pdfFonts: fr.pdf, ofdFonts: fr.ofd,
		images: map[string][]byte{}, progress: NewProgress(io.Discard, false, false)}
	g.stage = g.progress.Start("notice", "公文", 0)
	defer g.stage.Finish()
	if err := g.loadImages(); err != nil {
		return nil, nil, err
	}
	if g.noticeOpt, err = noticeOptions(cfg, fr.set); err != nil {
		return nil, nil, err
	}
	doc, br, diags, err := g.notice(n)
	diags = about(diags, path)
	if err != nil {
		return nil, diags, fmt.Errorf("%s：%w", path, err)
	}
	doc.Meta.Title, doc.Meta.Author, doc.Meta.Number = n.Title, cfg.Unit.Name, n.Number
	e := archive.Entry{Path: path, Kind: "公文", Title: n.Title, Number: n.Number, Author: cfg.Unit.Name, Date: n.Date.String()}
	if err := g.pdf(e, doc); err != nil {
		return nil, diags, err
	}
	if oe, ok, err := g.storeOFD(e, doc); err != nil {
		return nil, diags, err
	} else if ok {
		g.add(oe)
	}
	de, err := g.docx(e, n, br)
	if err != nil {
		return nil, diags, err
	}
	g.add(de)
	return g.entries, diags, nil
}
