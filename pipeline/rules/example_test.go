package rules

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"pingyou/pipeline/model"
)

// workedExample is the dataset of docs/评议示例.md.
func workedExample() *model.Dataset {
	b := &builder{}
	b.org("江城师范学院党委", model.PartyCommittee, "").
		org("数学学院党总支", model.GeneralBranch, "江城师范学院党委").
		org("数学系第一党支部", model.Branch, "数学学院党总支").
		org("数学系第二党支部", model.Branch, "数学学院党总支").
		org("物理学院党总支", model.GeneralBranch, "江城师范学院党委").
		org("物理系党支部", model.Branch, "物理学院党总支").
		org("机关党支部", model.DirectBranch, "江城师范学院党委")
	const br = "数学系第一党支部"
	b.add(
		m{name: "张三", branch: br, scores: [4]string{"89.5", "92", "90", "95"}, votes: [4]int{15, 3, 0, 0}, join: date(2001, 7, 1)},
		m{name: "李四", branch: br, scores: [4]string{"92.5", "91", "92", "93"}, votes: [4]int{16, 2, 0, 0}, join: date(2005, 6, 1)},
		m{name: "王五", branch: br, scores: [4]string{"89.95", "90", "90", "90"}, votes: [4]int{12, 6, 0, 0}, join: date(1998, 7, 1)},
		m{name: "赵六", branch: br, scores: [4]string{"88", "86", "87", "85"}, votes: [4]int{8, 10, 0, 0}, join: date(2003, 7, 1)},
		m{name: "钱七", branch: br, scores: same("95"), votes: [4]int{14, 4, 0, 0}, sanction: "警告", join: date(1995, 7, 1)},
		m{name: "孙八", branch: br, scores: [4]string{"75", "72", "70", "68"}, votes: [4]int{2, 15, 1, 0}, join: date(2008, 7, 1)},
		m{name: "周九", branch: br, scores: [4]string{"66", "65", "62", "60"}, votes: [4]int{0, 9, 8, 1}, join: date(2010, 7, 1)},
		m{name: "郑一", branch: br, scores: [4]string{"60", "58", "55", "59"}, votes: [4]int{0, 5, 8, 5}, join: date(2009, 7, 1)},
		m{name: "吴十", branch: br, prob: true, scores: same("93"), votes: [4]int{15, 3, 0, 0}, join: date(2011, 12, 1)},
	)
	// the rest of the unit, for 优秀共产党员
	star := func(name, branch, score string) m {
		return m{name: name, branch: branch, scores: same(score), votes: [4]int{9, 1, 0, 0}, join: date(2000, 7, 1)}
	}
	b.add(star("陈明", "数学系第二党支部", "94"), star("林芳", "数学系第二党支部", "93"), star("黄磊", "数学系第二党支部", "91"))
	fill(b, "数学系第二党支部", 110, 19) // 22 graded
	b.add(star("何军", "物理系党支部", "94"), star("高洁", "物理系党支部", "93"), star("罗平", "物理系党支部", "92"),
		star("梁红", "物理系党支部", "91"), star("宋涛", "物理系党支部", "90"))
	fill(b, "物理系党支部", 130, 40) // 45 graded
	b.add(star("唐静", "机关党支部", "92"))
	fill(b, "机关党支部", 170, 11) // 12 graded

	b.orgScore("数学系第一党支部", [5]string{"19", "18", "18", "19", "18"}, "0.95")
	b.orgScore("数学系第二党支部", [5]string{"18", "17", "16", "17", "17"}, "0.92")
	b.orgScore("物理系党支部", [5]string{"19", "19", "17", "18", "19"}, "0.58")
	b.orgScore("机关党支部", [5]string{"15", "16", "15", "16", "16"}, "0.88")
	for _, q := range []struct {
		org    string
		q1, q2 string
	}{{"数学系第一党支部", "95", "96"}, {"数学系第二党支部", "92", "90"}, {"物理系党支部", "95", "91"}, {"机关党支部", "88", "85"}} {
		b.quarter(q.org, 2012, 1, q.q1).quarter(q.org, 2012, 2, q.q2)
	}
	return &b.ds
}

// exampleText is what docs/评议示例.md shows: every line must appear there verbatim.
func exampleText(r *model.Results) []string {
	var out []string
	for _, mr := range r.Members {
		if mr.Member.Branch != "数学系第一党支部" {
			continue
		}
		rank := "—"
		if mr.RankInBranch > 0 {
			rank = fmt.Sprint(mr.RankInBranch)
		}
		out = append(out, fmt.Sprintf("| %s | %s | %s | %s | %s | %s |", mr.Member.Name, mr.Display.Get("综合得分"), mr.Display.Get("优秀票率"), rank, mr.Grade, mr.Reason))
	}
	for _, q := range r.Quotas {
		out = append(out, fmt.Sprintf("| %s | %s%s | %d | %d | %d | %s |", q.Award, q.Period, q.Scope, q.Population, q.Seats, q.Used, q.Rule))
	}
	for _, mr := range r.Members {
		if mr.CommendReason != "" && mr.Member.Branch == "数学系第一党支部" {
			out = append(out, mr.Member.Name+"："+mr.CommendReason)
		}
	}
	var list []string
	for _, c := range r.Commendations {
		list = append(list, c.Award+c.Period+"："+c.Group+"　"+c.Name)
	}
	out = append(out, list...)
	for _, c := range r.Pending {
		out = append(out, "提请党委研究："+c.Award+c.Period+"　"+c.Name)
	}
	for _, or := range r.Orgs {
		if or.Assessed {
			out = append(out, fmt.Sprintf("| %s | %s | %s | %s | %s |", or.Org.Name, or.Display.Get("总分"), or.Display.Get("群众满意率"), or.Band, or.Reason))
		}
	}
	return out
}

// TestWorkedExample keeps docs/评议示例.md honest: every decision line the
// evaluation produces for the example must be in the document verbatim.
func TestWorkedExample(t *testing.T) {
	r := Evaluate(workedExample(), sampleScheme(t))
	lines := exampleText(r)
	if os.Getenv("PINGYOU_PRINT_EXAMPLE") != "" {
		fmt.Println(strings.Join(lines, "\n"))
	}
	doc, err := os.ReadFile("../../docs/评议示例.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if !strings.Contains(string(doc), l) {
			t.Errorf("docs/评议示例.md lacks:\n%s", l)
		}
	}
	for _, d := range r.Diagnostics {
		t.Log(d)
	}
}
