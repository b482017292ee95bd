package pipeline

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/render/ofd"
)

// OFD output (issue 17): with ofd in output.formats, every notice and
// certificate gets an OFD package beside its PDF, drawn from the same
// layout, in the manifest with its hashes. The combined books and the
// calibration page are for printing and stay PDF only.

func newOFDFonts(fonts *fontkit.Set) *ofd.Fonts {
	return ofd.NewFonts(func(face string) ([]byte, error) {
		f := fonts.Face(face)
		if f == nil {
			return nil, fmt.Errorf("配置中没有字体 %s", face)
		}
		return f.Bytes(), nil
	})
}

// storeOFD stores doc as OFD beside the PDF of pdfEntry (same name, .ofd)
// when the config asks for OFD; ok is false when it does not. Safe to call
// from several goroutines; the caller adds the entry.
func (g *generator) storeOFD(pdfEntry archive.Entry, doc *layout.Document) (e archive.Entry, ok bool, err error) {
	return g.storeOFDAt(pdfEntry, doc, g.created())
}

// storeOFDAt is storeOFD with the document's creation time.
func (g *generator) storeOFDAt(pdfEntry archive.Entry, doc *layout.Document, created time.Time) (e archive.Entry, ok bool, err error) {
	if !g.cfg.Output.Wants(config.FormatOFD) {
		return e, false, nil
	}
	e = pdfEntry
	e.Path = strings.TrimSuffix(e.Path, ".pdf") + ".ofd"
	e.Kind += "（OFD）"
	e, err = g.store(e, func(w io.Writer) error {
		opt := g.ofdOptions()
		opt.Created = created
		return ofd.Render(w, doc, g.ofdFonts, opt)
	})
	if err != nil {
		return e, false, fmt.Errorf("生成 %s 失败：%w", e.Path, err)
	}
	return e, true, nil
}

func (g *generator) ofdOptions() ofd.Options {
	return ofd.Options{Images: g.images, Created: g.created(), Creator: g.opt.Program,
		Keywords: strings.Join(nonEmpty(g.cfg.Unit.ShortName, strconv.Itoa(g.cfg.Unit.Year), g.cfg.Output.Classification, g.cfg.Output.Retention), "; "),
		Custom:   [][2]string{{"密级", g.cfg.Output.Classification}, {"保管期限", g.cfg.Output.Retention}}}
}
