package pipeline

import (
	"fmt"
	"io"
	"strings"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/render/xlsx"
)

// summary writes 评议结果汇总表.xlsx; its 问题清单 carries every warning
// from reading and evaluating the input.
func (g *generator) summary() error {
	g.opt.logf("写出评议结果汇总表 …")
	res := *g.res
	res.Diagnostics = g.inputDiags
	short := g.cfg.Unit.ShortName
	if short == "" {
		short = g.cfg.Unit.Name
	}
	title := fmt.Sprintf("%s%d年度民主评议党员结果汇总表", strings.TrimSuffix(short, "党委"), g.cfg.Unit.Year)
	opt := xlsx.Options{
		Title: title, Unit: g.cfg.Unit.Name, Year: g.cfg.Unit.Year, Generated: g.cfg.Unit.IssueDate.String(),
		Stamp: g.created(), Orgs: g.ds.Orgs, FileName: SummaryName, Notices: g.register,
		Comparison: g.cmp,
	}
	for _, d := range g.cfg.Scheme.Score.Dimensions {
		opt.Dimensions = append(opt.Dimensions, d.Name)
	}
	for _, it := range g.cfg.Scheme.Org.Items {
		opt.OrgItems = append(opt.OrgItems, it.Name)
	}
	return g.write(archive.Entry{Path: SummaryName, Kind: "汇总表", Title: title, Author: g.cfg.Unit.Name,
		Date: g.cfg.Unit.IssueDate.String()}, func(w io.Writer) error { return xlsx.WriteSummary(w, &res, opt) })
}
