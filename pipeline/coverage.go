package pipeline

import (
	"fmt"
	"strings"

	"pingyou/pipeline/config"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout/certificate"
	"pingyou/pipeline/model"
)

// coverage reports the names the documents cannot print: a character no
// face of the chain has would stop the run late, while laying out a notice
// or certificate, with no cell to point at. Every member and organisation
// name is printed with the body chain (notices, the decision's lists);
// commended names also in the certificate layout's recipient box. It is part
// of validate, so check finds these too.
func coverage(cfg *config.Config, fonts *fontkit.Set, ds *model.Dataset, res *model.Results) model.Diagnostics {
	var out model.Diagnostics
	body := cfg.Fonts.Roles["body"]
	reported := map[model.CellRef]bool{}
	check := func(ref model.CellRef, name string, chain []string, what string) {
		if reported[ref] || len(chain) == 0 {
			return
		}
		missing := fonts.Missing(chain, name)
		if len(missing) == 0 {
			return
		}
		reported[ref] = true
		var chars []string
		for _, r := range missing {
			chars = append(chars, fmt.Sprintf("“%c”（U+%04X）", r, r))
		}
		out = append(out, model.Diagnostic{Severity: model.Error, Ref: ref,
			Problem: fmt.Sprintf("%s在%s所用的字体（%s）中都没有，印出来会缺字", strings.Join(chars, "、"), what, strings.Join(chain, "、")),
			Value:   name,
			Fix:     "请核对这个字的写法（可用通行的写法并在备注中说明），或在配置 fonts 中加入含有这个字的字体"})
	}
	for i := range ds.Orgs {
		check(ds.Orgs[i].Ref, ds.Orgs[i].Name, body, "公文")
	}
	for i := range ds.Members {
		check(ds.Members[i].Ref, ds.Members[i].Name, body, "公文")
	}
	if res == nil {
		return out
	}
	recipient := certChain(cfg)
	for _, c := range res.Commendations {
		switch {
		case c.Member != nil:
			check(c.Member.Ref, c.Name, recipient, "证书")
		case c.Org != nil:
			check(c.Org.Ref, c.Name, recipient, "证书")
		}
	}
	return out
}

// certChain is the face chain of the certificate layout's recipient box (the
// body chain when the layout cannot be read; the certificate stage then
// reports that).
func certChain(cfg *config.Config) []string {
	name := "证书版式/" + cfg.Certificates.Layout + ".yaml"
	b, err := templateBytes(cfg, name)
	if err != nil {
		return cfg.Fonts.Roles["body"]
	}
	spec, err := certificate.ParseSpec(b, name)
	if err != nil {
		return cfg.Fonts.Roles["body"]
	}
	if chain := cfg.Fonts.Roles[spec.Boxes["recipient"].Role]; len(chain) > 0 {
		return chain
	}
	return cfg.Fonts.Roles["body"]
}
