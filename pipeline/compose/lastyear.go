package compose

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"pingyou/pipeline/collate"
	"pingyou/pipeline/model"
)

// lastYearData is what a branch notice's template may say about last year
// (issue 19). Every key is there with or without last year's results, so a
// template that uses them works either way (missing keys are errors):
//
//	有上年对比        bool: last year's results were given
//	上年年度          int (0 without)
//	支部档次          this year's 分类定档 of the branch ("" when none)
//	上年档次          last year's
//	档次变化          晋位, 持平, 降档, or "" when not comparable
//	关注档次          the watched bands as a phrase: 一般或差
//	连续关注档次      "" or how long the branch has been in them: 两年, 三年
//	支部连续表彰      list of {表彰, 连续}: the branch's awards two or more years running
//	连续基本合格不合格 list of {连续, 名单, 人数}: members graded 基本合格 or 不合格
//	                  two or more years running, grouped by how long
//	连续表彰          list of {表彰, 连续, 名单, 人数}: members commended again,
//	                  grouped by award and how long
//
// 连续 is 两年, 三年 …; 名单 joins the names with 、 in 姓氏笔画 order.
// org is the branch's index in res.Orgs (-1: none), members its members'.
func lastYearData(c *model.Comparison, res *model.Results, org int, members []int) map[string]any {
	d := map[string]any{
		"有上年对比": c != nil, "上年年度": 0, "支部档次": "", "上年档次": "", "档次变化": "",
		"关注档次": "", "连续关注档次": "",
		"支部连续表彰": []map[string]any{}, "连续基本合格不合格": []map[string]any{}, "连续表彰": []map[string]any{},
	}
	if org >= 0 && org < len(res.Orgs) {
		d["支部档次"] = res.Orgs[org].Band
	}
	if c == nil {
		return d
	}
	d["上年年度"], d["关注档次"] = c.PriorYear, c.WatchText()
	if org >= 0 && org < len(c.Orgs) {
		oy := &c.Orgs[org]
		d["上年档次"], d["档次变化"] = oy.PriorBand, oy.Move
		var awards []map[string]any
		for _, r := range oy.Runs {
			if r.Kind == model.RunWatch {
				d["连续关注档次"] = yearsText(r.Years)
			} else {
				awards = append(awards, map[string]any{"表彰": r.Kind, "连续": yearsText(r.Years)})
			}
		}
		if awards != nil {
			d["支部连续表彰"] = awards
		}
	}
	// Members grouped by run kind and length: longest first, award kinds
	// in the order first met (this year's order of awards).
	type key struct {
		kind  string
		years int
	}
	names := map[key][]string{}
	var keys []key
	for _, i := range members {
		if i >= len(c.Members) {
			continue
		}
		for _, r := range c.Members[i].Runs {
			k := key{r.Kind, r.Years}
			if _, ok := names[k]; !ok {
				keys = append(keys, k)
			}
			names[k] = append(names[k], res.Members[i].Member.Name)
		}
	}
	kinds := map[string]int{}
	for _, k := range keys {
		if _, ok := kinds[k.kind]; !ok {
			kinds[k.kind] = len(kinds)
		}
	}
	slices.SortStableFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(kinds[a.kind], kinds[b.kind]), cmp.Compare(b.years, a.years))
	})
	var weak, again []map[string]any
	for _, k := range keys {
		list := names[k]
		collate.SortNames(list)
		g := map[string]any{"连续": yearsText(k.years), "名单": strings.Join(list, "、"), "人数": len(list)}
		if k.kind == model.RunWeak {
			weak = append(weak, g)
		} else {
			g["表彰"] = k.kind
			again = append(again, g)
		}
	}
	if weak != nil {
		d["连续基本合格不合格"] = weak
	}
	if again != nil {
		d["连续表彰"] = again
	}
	return d
}

// ListFields are the keys of each element of the branch notice's list
// fields (BranchFields), for {{range}}: the wording editor's check and its
// sample data.
var ListFields = map[string][]Field{
	"支部连续表彰":    {{"表彰", "表彰名称", false}, {"连续", "连续的年数，如“两年”", false}},
	"连续基本合格不合格": {{"连续", "连续的年数，如“两年”", false}, {"名单", "姓名，用顿号隔开", false}, {"人数", "人数", true}},
	"连续表彰":      {{"表彰", "表彰名称", false}, {"连续", "连续的年数，如“两年”", false}, {"名单", "姓名，用顿号隔开", false}, {"人数", "人数", true}},
}

// yearsText spells a streak as a 公文 sentence does: 两年, 三年 … 十年,
// then 11年.
func yearsText(n int) string {
	if n >= 2 && n <= 10 {
		return string([]rune("两三四五六七八九十")[n-2]) + "年"
	}
	return strconv.Itoa(n) + "年"
}
