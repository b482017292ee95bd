package pipeline

import (
	"fmt"
	"path/filepath"
	"strings"

	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

// fallbacks reports every printed name with a character that the first
// face of its font role lacks, so that it is printed in a fallback face:
// the office can install the real font (仿宋_GB2312) and run again, or
// accept it. One 提醒 per name cell and role, naming the characters, the
// face that lacks them, the face that prints them and the documents.
// certRole "" is a run of the 公示 alone: only the commended are printed.
func (g *generator) fallbacks(certRole string) model.Diagnostics {
	var out model.Diagnostics
	body := g.cfg.Fonts.Roles["body"]
	cert := g.cfg.Fonts.Roles[certRole]
	if len(cert) == 0 {
		cert = body
	}
	type printed struct {
		ref   model.CellRef
		name  string
		chain []string
		docs  []string
	}
	var names []printed
	seen := map[string]int{} // ref + chain → index in names
	add := func(ref model.CellRef, name string, chain []string, doc string) {
		k := ref.String() + "\x00" + name + "\x00" + strings.Join(chain, ",")
		if i, ok := seen[k]; ok {
			for _, d := range names[i].docs {
				if d == doc {
					return
				}
			}
			names[i].docs = append(names[i].docs, doc)
			return
		}
		seen[k] = len(names)
		names = append(names, printed{ref, name, chain, []string{doc}})
	}
	// In the order of the documents: 公示, decision, branch notices, certificates.
	publicity, only := g.cfg.MakesPublicity(g.opt.Stage), g.opt.Stage == config.StagePublicity
	for _, c := range g.res.Commendations {
		if c.Award == compose.AwardMember || c.Award == compose.AwardOrg {
			if publicity {
				add(refOf(c), c.Name, body, "公示")
			}
			if !only {
				add(refOf(c), c.Name, body, "表彰决定")
			}
		}
	}
	if !only {
		for _, m := range g.res.Members {
			add(m.Member.Ref, m.Member.Name, body, "支部通知")
		}
		for i := range g.ds.Orgs {
			if o := &g.ds.Orgs[i]; o.Type.IsBranch() {
				add(o.Ref, o.Name, body, "支部通知")
			}
		}
		for _, c := range g.res.Commendations {
			add(refOf(c), c.Name, cert, "证书")
		}
	}
	for _, p := range names {
		if len(p.chain) == 0 {
			continue
		}
		first := p.chain[0]
		byFace := map[string][]rune{}
		var faces []string
		for _, r := range p.name {
			if !layout.Drawn(r) || g.fonts.Face(first) != nil && g.fonts.Face(first).Has(r) {
				continue
			}
			face, ok := g.fonts.FaceFor(p.chain[1:], r)
			if !ok {
				continue // no face has it: layout reports it as an error
			}
			if len(byFace[face]) == 0 {
				faces = append(faces, face)
			}
			if !strings.ContainsRune(string(byFace[face]), r) {
				byFace[face] = append(byFace[face], r)
			}
		}
		for _, face := range faces {
			out = append(out, model.Diagnostic{Severity: model.Warning, Ref: p.ref, Value: p.name,
				Problem: fmt.Sprintf("“%s”在字体 %s中没有，%s中用后备字体 %s印出，字形与其他字略有不同",
					string(byFace[face]), g.faceName(first), strings.Join(p.docs, "、"), g.faceName(face)),
				Fix: fmt.Sprintf("如需一致，把含有此字的字体（如仿宋_GB2312，TrueType 格式）放入字体目录并在配置 fonts.faces 中把 %s 改为它；或确认接受", first)})
		}
	}
	return out
}

// faceName names a face for people: its family and file.
func (g *generator) faceName(key string) string {
	f := g.fonts.Face(key)
	if f == nil {
		return key
	}
	if f.Family() == "" {
		return filepath.Base(f.Path)
	}
	return f.Family() + "（" + filepath.Base(f.Path) + "）"
}
