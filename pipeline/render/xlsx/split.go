package xlsx

import (
	"cmp"
	"slices"

	"pingyou/pipeline/model"
)

// Part is the share of the results that concerns one 党总支, or one branch
// governed directly by the 党委, for a workbook of its own (distribution).
type Part struct {
	Unit    string               // the 党总支 or directly governed branch
	Orgs    []model.Organisation // the unit and the organisations under it: pass as Options.Orgs
	Results model.Results        // its members, organisations, quotas and commendations
}

// Split divides the results by 党总支 (a directly governed branch is a part of
// its own), in the order of the 党组织 sheet; each part is written with
// WriteSummary with Options.Orgs set to Part.Orgs, typically with
// Options.Title naming the unit. Diagnostics
// concern input files rather than units and stay with the full summary;
// the 党委's own rows (its organisation result, 全校 quotas) are in no part.
func Split(res *model.Results, orgs []model.Organisation) []Part {
	h := newHierarchy(orgs)
	unitOf := func(org string) string {
		if gb := h.generalBranch(org); gb != "" {
			return gb
		}
		if o := h.byName[org]; o != nil && o.Type == model.PartyCommittee {
			return ""
		}
		return org
	}
	parts := map[string]*Part{}
	var keys []string
	get := func(unit string) *Part {
		if unit == "" {
			return nil
		}
		p := parts[unit]
		if p == nil {
			p = &Part{Unit: unit}
			parts[unit] = p
			keys = append(keys, unit)
		}
		return p
	}
	for _, r := range res.Members {
		if r.Member == nil {
			continue
		}
		if p := get(unitOf(r.Member.Branch)); p != nil {
			p.Results.Members = append(p.Results.Members, r)
		}
	}
	for _, r := range res.Orgs {
		if r.Org == nil {
			continue
		}
		if p := get(unitOf(r.Org.Name)); p != nil {
			p.Results.Orgs = append(p.Results.Orgs, r)
		}
	}
	for _, q := range res.Quotas {
		if p := parts[unitOf(q.Scope)]; p != nil && unitOf(q.Scope) != "" {
			p.Results.Quotas = append(p.Results.Quotas, q)
		}
	}
	for _, c := range res.Commendations {
		var unit string
		switch {
		case c.Member != nil:
			unit = unitOf(c.Member.Branch)
		case c.Org != nil:
			unit = unitOf(c.Org.Name)
		default:
			unit = unitOf(c.Unit)
		}
		if p := parts[unit]; p != nil {
			p.Results.Commendations = append(p.Results.Commendations, c)
		}
	}
	for _, o := range orgs {
		if p := parts[unitOf(o.Name)]; p != nil && unitOf(o.Name) != "" {
			p.Orgs = append(p.Orgs, o)
		}
	}
	slices.SortStableFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(h.order(a), h.order(b)), cmp.Compare(a, b))
	})
	out := make([]Part, len(keys))
	for i, k := range keys {
		out[i] = *parts[k]
	}
	return out
}
