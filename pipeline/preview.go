package pipeline

import (
	"fmt"

	"pingyou/pipeline/compose"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/certificate"
)

// Documents Preview can make.
const (
	PreviewDecision     = "表彰决定"
	PreviewNotice       = "支部通知"
	PreviewCertificates = "证书"
)

// Preview lays out and renders one document of a batch as a PDF without
// touching the output folder, so that the settings and the wording can be
// looked at before everything is generated: the 表彰决定 (all its pages),
// the first branch's notice, or the first certificate of each award (one
// page each). It reads and checks the workbooks as Check does; when they
// have errors it returns ErrInput and passes the problems to
// opt.Diagnostics. The bytes are those Run would write for the document;
// pages is how many it has.
func Preview(opt Options, doc string) ([]byte, int, error) {
	sdiags, err := settle(&opt)
	if err != nil {
		return nil, 0, err
	}
	v, err := validate(&opt, nil)
	if err != nil {
		return nil, 0, err
	}
	diags := append(sdiags, v.diags...)
	if diags.HasErrors() {
		if opt.Diagnostics != nil {
			opt.Diagnostics(diags)
		}
		errs, _ := diags.Count()
		return nil, 0, fmt.Errorf("%w：发现 %d 个错误，改好后才能预览", ErrInput, errs)
	}
	if v.fontErr != nil {
		return nil, 0, v.fontErr
	}
	fonts := v.fonts
	// The generator's parts that lay out and render, without a stage
	// folder: Run's own code makes the pages, so the preview is the file.
	g := &generator{opt: &opt, cfg: opt.Config, ds: v.ds, res: v.res, fonts: fonts.set,
		setter:   &layout.Setter{Metrics: fonts.set},
		pdfFonts: fonts.pdf,
		images:   map[string][]byte{},
	}
	if err := g.loadImages(); err != nil {
		return nil, 0, err
	}
	var d *layout.Document
	switch doc {
	case PreviewDecision:
		d, err = g.previewDecision()
	case PreviewNotice:
		d, err = g.previewNotice()
	case PreviewCertificates:
		d, err = g.previewCertificates()
	default:
		return nil, 0, fmt.Errorf("没有可预览的“%s”", doc)
	}
	if err != nil {
		return nil, 0, err
	}
	b, err := g.render(d)
	return b, len(d.Pages), err
}

func (g *generator) previewDecision() (*layout.Document, error) {
	var err error
	if g.noticeOpt, err = noticeOptions(g.cfg, g.fonts); err != nil {
		return nil, err
	}
	b, err := templateBytes(g.cfg, g.cfg.Decision.Template)
	if err != nil {
		return nil, err
	}
	t, err := compose.ParseTemplate(g.cfg.Decision.Template, b)
	if err != nil {
		return nil, err
	}
	n, _, err := compose.Decision(composeOptions(g.cfg), g.res, t)
	if err != nil {
		return nil, err
	}
	doc, _, _, err := g.notice(n)
	if err != nil {
		return nil, fmt.Errorf("表彰决定：%w", err)
	}
	doc.Meta.Title, doc.Meta.Author, doc.Meta.Number = n.Title, g.cfg.Unit.Name, n.Number
	return doc, nil
}

func (g *generator) previewNotice() (*layout.Document, error) {
	var err error
	if g.noticeOpt, err = noticeOptions(g.cfg, g.fonts); err != nil {
		return nil, err
	}
	b, err := templateBytes(g.cfg, g.cfg.BranchNotice.Template)
	if err != nil {
		return nil, err
	}
	t, err := compose.ParseTemplate(g.cfg.BranchNotice.Template, b)
	if err != nil {
		return nil, err
	}
	notices, _, err := compose.BranchNotices(composeOptions(g.cfg), g.ds, g.res, t)
	if err != nil {
		return nil, err
	}
	if len(notices) == 0 {
		return nil, fmt.Errorf("没有党支部需要发评议结果通知，无可预览")
	}
	n := notices[0].Notice
	doc, _, _, err := g.notice(n)
	if err != nil {
		return nil, fmt.Errorf("%s 的评议结果通知：%w", notices[0].Branch.Name, err)
	}
	doc.Meta.Title, doc.Meta.Author, doc.Meta.Number = n.Title, g.cfg.Unit.Name, n.Number
	return doc, nil
}

func (g *generator) previewCertificates() (*layout.Document, error) {
	spec, err := g.certSpec()
	if err != nil {
		return nil, err
	}
	wb, err := templateBytes(g.cfg, CertificateWordingName)
	if err != nil {
		return nil, err
	}
	wording, err := compose.ParseWording(wb)
	if err != nil {
		return nil, err
	}
	certs, index, err := compose.Certificates(g.res, composeOptions(g.cfg), wording)
	if err != nil {
		return nil, err
	}
	dx, dy := layout.MM(g.cfg.Certificates.OffsetX), layout.MM(g.cfg.Certificates.OffsetY)
	all := &layout.Document{Meta: layout.Meta{Title: "证书（预览：每种表彰第一份）", Author: g.cfg.Unit.Name}}
	seen := map[string]bool{}
	for i := range certs {
		award := g.res.Commendations[index[i]].Award
		if seen[award] {
			continue
		}
		seen[award] = true
		d, _, err := certificate.Layout(&certs[i], spec, g.setter, dx, dy)
		if err != nil {
			return nil, fmt.Errorf("%s 的证书：%w", certs[i].Name, err)
		}
		all.Append(d)
	}
	if len(all.Pages) == 0 {
		return nil, fmt.Errorf("没有受表彰的对象，没有证书可预览")
	}
	return all, nil
}
