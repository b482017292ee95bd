package pipeline

import (
	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
)

// figures counts a batch's results for its manifest (archive.Figures): what
// a department's summary (issue 19) needs of a unit, so that the summary can
// be made from unit outputs produced elsewhere without reading them back.
func figures(cfg *config.Config, ds *model.Dataset, res *model.Results) *archive.Figures {
	f := &archive.Figures{Unit: cfg.Unit.Name, ShortName: cfg.Unit.ShortName, Year: cfg.Unit.Year, Awards: []archive.AwardCount{}}
	for i := range res.Members {
		r := &res.Members[i]
		f.Members++
		if r.Member != nil && r.Member.Assessment != nil {
			f.Assessed++
		}
		if !r.Graded {
			f.NotGraded++
			continue
		}
		f.Graded++
		switch r.Grade {
		case model.Excellent:
			f.Excellent++
		case model.Qualified:
			f.Qualified++
		case model.Basic:
			f.Basic++
		case model.Unqualified:
			f.Unqualified++
		}
	}
	for i := range ds.Orgs {
		if ds.Orgs[i].Type.IsBranch() {
			f.Branches++
		}
	}
	at := map[string]int{}
	for _, c := range res.Commendations {
		i, ok := at[c.Award]
		if !ok {
			i = len(f.Awards)
			at[c.Award] = i
			f.Awards = append(f.Awards, archive.AwardCount{Award: c.Award, Kind: c.Kind, Periodic: c.Period != ""})
		}
		f.Awards[i].Count++
	}
	return f
}
