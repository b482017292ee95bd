package rules

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"pingyou/pipeline/model"
)

// randomDataset builds a unit with 党总支, branches, members, organisation
// scores and quarters, drawing values from small sets so that ties are common.
func randomDataset(rng *rand.Rand) *model.Dataset {
	b := &builder{}
	b.org("党委", model.PartyCommittee, "")
	var branches []string
	for g := range 1 + rng.IntN(3) {
		gb := fmt.Sprintf("第%d党总支", g+1)
		b.org(gb, model.GeneralBranch, "党委")
		for k := range 1 + rng.IntN(3) {
			name := fmt.Sprintf("%s第%d支部", gb, k+1)
			b.org(name, model.Branch, gb)
			branches = append(branches, name)
		}
	}
	for k := range rng.IntN(4) {
		name := fmt.Sprintf("直属第%d支部", k+1)
		b.org(name, []model.OrgType{model.DirectBranch, model.JointBranch, model.TemporaryBranch}[rng.IntN(3)], "党委")
		branches = append(branches, name)
	}
	scores := []string{"55", "60", "65", "69.995", "70", "80", "84.99", "85", "88.5", "90", "90", "92.35", "95", "100"}
	sanctions := []string{"无", "无", "无", "无", "无", "无", "无", "无", "警告", "严重警告", "撤销党内职务", "留党察看"}
	id := 0
	for _, br := range branches {
		for range rng.IntN(26) {
			id++
			x := m{
				name:   nameOf(rng.IntN(40)), // a small pool: duplicate names happen
				branch: br,
				prob:   rng.IntN(7) == 0,
				join:   date(1990+rng.IntN(3), 7, 1),
				votes:  [4]int{rng.IntN(4) * 3, rng.IntN(3) * 3, rng.IntN(2), rng.IntN(2)},
				id:     fmt.Sprintf("ID%04d", id),
			}
			if rng.IntN(2) == 0 {
				x.scores = same(scores[rng.IntN(len(scores))])
			} else {
				for d := range 4 {
					x.scores[d] = scores[rng.IntN(len(scores))]
				}
			}
			x.sanction = sanctions[rng.IntN(len(sanctions))]
			switch rng.IntN(40) {
			case 0:
				x.noAssessment = true
			case 1:
				x.scores[rng.IntN(4)] = ""
			case 2:
				x.noVotes = true
			}
			b.add(x)
		}
	}
	items := []string{"14", "16", "17.5", "18", "19", "20"}
	sats := []string{"0.55", "0.6", "0.89", "0.9", "0.95"}
	for _, br := range branches {
		if rng.IntN(8) == 0 {
			continue
		}
		var it [5]string
		for k := range it {
			it[k] = items[rng.IntN(len(items))]
		}
		b.orgScore(br, it, sats[rng.IntN(len(sats))])
	}
	qs := []string{"80", "85", "90", "90", "95"}
	for q := 1; q <= 4; q++ {
		for _, br := range branches {
			if rng.IntN(5) != 0 {
				b.quarter(br, 2012, q, qs[rng.IntN(len(qs))])
			}
		}
	}
	return &b.ds
}

// randomScheme varies the sample scheme's quotas and tie policies.
func randomScheme(t *testing.T, rng *rand.Rand) *Scheme {
	s := sampleScheme(t)
	g := s.Grades[2].Quota
	g.Scope = []string{ScopeBranch, ScopeBranch, ScopeGeneralBranch, ScopeUnit}[rng.IntN(4)]
	g.Rounding = []string{RoundFloor, RoundHalfUp, RoundCeil}[rng.IntN(3)]
	g.Ratio = MustNum([]string{"15%", "20%", "1/3", "10%"}[rng.IntN(4)])
	g.Min = rng.IntN(2)
	if rng.IntN(4) == 0 {
		n := rng.IntN(4)
		g.Count, g.Ratio = &n, Num{}
	}
	s.Grades[2].Tie = []string{TieChain, TieCommittee}[rng.IntN(2)]
	if rng.IntN(3) == 0 {
		s.Grades[2].RankBy = []RankKey{{Key: "综合得分", Order: "desc"}} // ties are common
	}
	c := s.Commendations[0]
	c.Tie = []string{TieChain, TieCommittee}[rng.IntN(2)]
	if rng.IntN(3) == 0 {
		c.Quota.Allocate, c.Quota.Scope = "", []string{ScopeBranch, ScopeGeneralBranch, ScopeUnit}[rng.IntN(3)]
	}
	s.Org.Awards[0].Tie = []string{TieChain, TieCommittee}[rng.IntN(2)]
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	return s
}

func shuffled(rng *rand.Rand, ds *model.Dataset) *model.Dataset {
	c := *ds
	c.Orgs = append([]model.Organisation(nil), ds.Orgs...) // Order (the listed position) travels with the row
	c.Members = append([]model.Member(nil), ds.Members...)
	c.OrgAssessments = append([]model.OrgAssessment(nil), ds.OrgAssessments...)
	c.Quarters = append([]model.QuarterScore(nil), ds.Quarters...)
	rng.Shuffle(len(c.Orgs), func(i, j int) { c.Orgs[i], c.Orgs[j] = c.Orgs[j], c.Orgs[i] })
	rng.Shuffle(len(c.Members), func(i, j int) { c.Members[i], c.Members[j] = c.Members[j], c.Members[i] })
	for i := range c.Members {
		c.Members[i].Order = i // as if the 党员 sheet were sorted differently
	}
	rng.Shuffle(len(c.OrgAssessments), func(i, j int) {
		c.OrgAssessments[i], c.OrgAssessments[j] = c.OrgAssessments[j], c.OrgAssessments[i]
	})
	rng.Shuffle(len(c.Quarters), func(i, j int) { c.Quarters[i], c.Quarters[j] = c.Quarters[j], c.Quarters[i] })
	return &c
}

func TestProperties(t *testing.T) {
	var stats struct{ members, graded, excellent, commended, ties, pending, unfilled int }
	defer func() { t.Logf("%+v", stats) }()
	seeds := uint64(300)
	if testing.Short() {
		seeds = 40
	}
	for seed := range seeds {
		rng := rand.New(rand.NewPCG(seed, 2012))
		ds := randomDataset(rng)
		s := randomScheme(t, rng)
		r := Evaluate(ds, s)
		fail := func(format string, args ...any) {
			t.Helper()
			t.Errorf("seed %d: "+format, append([]any{seed}, args...)...)
		}

		for _, mr := range r.Members {
			stats.members++
			if mr.Graded {
				stats.graded++
			}
			if mr.Grade == model.Excellent {
				stats.excellent++
			}
			if mr.Commended {
				stats.commended++
			}
			if mr.TieUnresolved {
				stats.ties++
			}
		}
		stats.pending += len(r.Pending)
		for _, q := range r.Quotas {
			if q.Used < q.Seats {
				stats.unfilled++
			}
		}

		// Members come back in input order.
		for i := range r.Members {
			if r.Members[i].Member != &ds.Members[i] {
				fail("member %d out of order", i)
			}
		}

		// Every graded member has exactly one of the four grades, and the reason ends with it;
		// everyone else is 不评定等次 with a reason. 预备党员 are never graded.
		for _, mr := range r.Members {
			_, real := gradeOrder[mr.Grade]
			if mr.Graded != real || (!mr.Graded && mr.Grade != model.NotGraded) || mr.Reason == "" {
				fail("%s: graded %v grade %s reason %q", mr.Member.Name, mr.Graded, mr.Grade, mr.Reason)
			}
			if mr.Graded && !strings.HasSuffix(mr.Reason, "评为"+string(mr.Grade)) {
				fail("%s: reason %q does not end in its grade %s", mr.Member.Name, mr.Reason, mr.Grade)
			}
			if mr.Member.Type == model.ProbationMember && mr.Graded {
				fail("%s: 预备党员 graded", mr.Member.Name)
			}
			if mr.Commended && (mr.Grade != model.Excellent || mr.TieUnresolved) {
				fail("%s: commended with grade %s", mr.Member.Name, mr.Grade)
			}
			if mr.Graded != (mr.RankInBranch > 0) {
				fail("%s: rank %d", mr.Member.Name, mr.RankInBranch)
			}
		}

		// No quota is ever exceeded; populations count graded members only (recounted here).
		unit := newEvaluator(ds, s).unitOfBranch
		count := func(award, scope, period string) (pop, used int) {
			for _, mr := range r.Members {
				in := scope == s.unitName() || mr.Member.Branch == scope || unit(mr.Member.Branch) == scope
				if !in {
					continue
				}
				if mr.Graded {
					pop++
				}
				switch {
				case award == "优秀" && mr.Grade == model.Excellent:
					used++
				case award == "优秀共产党员" && mr.Commended:
					used++
				}
			}
			for _, c := range r.Commendations {
				if c.Kind == model.OrgAward && c.Award == award && c.Period == period {
					used++
				}
			}
			return
		}
		perScope := map[string]bool{}
		for _, q := range r.Quotas {
			if q.Used > q.Seats || q.Used < 0 {
				fail("quota exceeded: %+v", q)
			}
			if q.Award == "优秀" || q.Award == "优秀共产党员" {
				pop, used := count(q.Award, q.Scope, q.Period)
				if pop != q.Population || used != q.Used || q.Population > q.Full {
					fail("%s %s: population %d (recount %d), used %d (recount %d), full %d", q.Award, q.Scope, q.Population, pop, q.Used, used, q.Full)
				}
				perScope[q.Award+q.Scope] = true
			} else if _, used := count(q.Award, "", q.Period); used != q.Used {
				fail("%s %s: used %d, recount %d", q.Award, q.Period, q.Used, used)
			}
		}
		// a graded member's grade-quota scope has a line when it has 优秀
		for _, mr := range r.Members {
			if mr.Grade == model.Excellent && !perScope["优秀"+mr.Member.Branch] && !perScope["优秀"+mr.AllocationUnit] && !perScope["优秀"+s.unitName()] {
				fail("%s: 优秀 without a quota line", mr.Member.Name)
			}
		}

		// Order invariance: shuffled rows and organisations give the same results and reasons.
		want := dump(r)
		for k := range 3 {
			got := dump(Evaluate(shuffled(rng, ds), s))
			if got != want {
				fail("shuffle %d changes the results:\n%s", k, firstDiff(want, got))
				break
			}
		}
		// Determinism, and the input is not modified.
		if got := dump(Evaluate(ds, s)); got != want {
			fail("second run differs:\n%s", firstDiff(want, got))
		}
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "want " + la[i] + "\n got " + lb[i]
		}
	}
	return fmt.Sprintf("lengths %d %d", len(la), len(lb))
}
