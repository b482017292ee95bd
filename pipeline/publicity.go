package pipeline

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
)

// PublicityName is the 拟表彰对象公示, posted before the decision.
const PublicityName = "公文/拟表彰对象公示.pdf"

// PublicityDir is where the 公示 alone goes by default: beside the full
// results, not into their folder, which is replaced as a whole (a 公示 run
// there after the decision's would take the decision's files away).
func PublicityDir(out string) string {
	return filepath.Clean(out) + "-公示"
}

// runStep is one of Run's steps: its key (timings, profiles), its label
// (progress) and what it does.
type runStep = struct {
	key, label string
	run        func() error
}

// withPublicity adds the 公示 to Run's steps: alone, with only the catalog
// and the manifest, for a run of the 公示 (--stage 公示); before the
// decision, as the procedure goes, in a full run whose config sets the
// 公示's start. A full run without one says how to get it.
func (g *generator) withPublicity(steps []runStep) []runStep {
	pub := runStep{"publicity", "公示", g.publicity}
	switch {
	case g.opt.Stage == config.StagePublicity:
		steps = slices.DeleteFunc(steps, func(s runStep) bool { return s.key != "catalog" && s.key != "manifest" })
		return slices.Insert(steps, 0, pub)
	case g.cfg.MakesPublicity(g.opt.Stage):
		i := slices.IndexFunc(steps, func(s runStep) bool { return s.key == "decision" })
		return slices.Insert(steps, max(i, 0), pub)
	}
	g.opt.logf("没有填写“公示开始日期”，没有生成拟表彰对象公示（要生成时，在“单位信息”表中填写公示开始日期、公示联系人、公示联系电话）。")
	return steps
}

// publicity writes the 拟表彰对象公示 (PDF, OFD when asked for, DOCX),
// dated its first day. It has no 发文字号, so it is not in the summary's
// 发文登记. A full run that commends nobody makes none and says so; a run
// of the 公示 alone stops.
func (g *generator) publicity() error {
	b, err := templateBytes(g.cfg, g.cfg.Publicity.Template)
	if err != nil {
		return err
	}
	t, err := compose.ParseTemplate(g.cfg.Publicity.Template, b)
	if err != nil {
		return err
	}
	n, diags, err := compose.Publicity(composeOptions(g.cfg), g.res, t)
	g.diags = append(g.diags, diags...)
	if errors.Is(err, compose.ErrNoCandidates) {
		if g.opt.Stage == config.StagePublicity {
			return fmt.Errorf("本次评定%s，没有可公示的对象，没有生成任何文件", compose.ErrNoCandidates)
		}
		g.diags = append(g.diags, model.Diagnostic{Severity: model.Warning, Ref: model.CellRef{File: PublicityName},
			Problem: "本次评定" + compose.ErrNoCandidates.Error() + "，没有生成拟表彰对象公示", Fix: "请核对评议方案的表彰条件和名额"})
		return nil
	}
	if err != nil {
		return fmt.Errorf("拟表彰对象公示：%w", err)
	}
	g.opt.logf("排版拟表彰对象公示 …")
	doc, br, ldiags, err := g.notice(n)
	g.diags = append(g.diags, about(ldiags, PublicityName)...)
	if err != nil {
		return fmt.Errorf("拟表彰对象公示：%w", err)
	}
	organ := n.Organs[0]
	doc.Meta.Title, doc.Meta.Author = n.Title, organ
	e := archive.Entry{Path: PublicityName, Kind: "公文", Title: n.Title, Author: organ, Date: n.Date.String()}
	created := createdOn(n.Date)
	pb, err := g.renderAt(doc, created)
	if err != nil {
		return fmt.Errorf("生成 %s 失败：%w", e.Path, err)
	}
	if e, err = g.storeBytes(e, pb); err != nil {
		return err
	}
	g.add(e)
	if oe, ok, err := g.storeOFDAt(e, doc, created); err != nil {
		return err
	} else if ok {
		g.add(oe)
	}
	de, err := g.docx(e, n, br)
	if err != nil {
		return err
	}
	g.add(de)
	return nil
}
