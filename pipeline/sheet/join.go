package sheet

// Joins and cross-sheet checks: organisation names and hierarchy, members'
// branches, duplicates, and each assessment row matched to its member.

import (
	"fmt"
	"strings"

	"pingyou/pipeline/model"
)

// joiner runs the cross-sheet checks of one Read.
type joiner struct {
	rd       *reader
	ds       *model.Dataset
	tables   [numKinds]*table
	haveOrgs bool
	orgIdx   map[string]int // orgKey → index in ds.Orgs
}

// refLoc turns a CellRef of a table back into a sortable location; col is
// the column of key in that table (0: the ref's own column).
func (j *joiner) refLoc(k kind, ref model.CellRef, key string) loc {
	t := j.tables[k]
	col, row, _ := splitRef(ref.Cell)
	if key != "" {
		if c, ok := t.cols[key]; ok {
			col = c
		}
	}
	return t.at(row, col)
}

func rowOf(ref model.CellRef) int {
	_, r, _ := splitRef(ref.Cell)
	return r
}

// lookupOrg finds an organisation by name, tolerating spaces and full-width
// letters; it returns -1 when there is none.
func (j *joiner) lookupOrg(name string) int {
	if i, ok := j.orgIdx[orgKey(name)]; ok {
		return i
	}
	return -1
}

// checkOrgs: duplicate names, parents that exist, no cycles, one top 党委.
func (j *joiner) checkOrgs() {
	j.orgIdx = map[string]int{}
	if !j.haveOrgs {
		return
	}
	orgs := j.ds.Orgs
	kept := orgs[:0]
	for _, o := range orgs {
		k := orgKey(o.Name)
		if i, dup := j.orgIdx[k]; dup {
			j.rd.report(model.Error, j.refLoc(kindOrgs, o.Ref, ""),
				fmt.Sprintf("组织名称与第%d行重复", rowOf(kept[i].Ref)), o.Name, "同一个组织只填一行；不同组织请写全称加以区分")
			continue
		}
		o.Order = len(kept)
		j.orgIdx[k] = len(kept)
		kept = append(kept, o)
	}
	j.ds.Orgs = kept
	orgs = kept
	// A 组织代码 names one organisation: last year's results are found by it.
	codes := map[string]int{}
	for i := range orgs {
		o := &orgs[i]
		if o.Code == "" {
			continue
		}
		if p, dup := codes[o.Code]; dup {
			j.rd.report(model.Error, j.refLoc(kindOrgs, o.Ref, "组织代码"),
				fmt.Sprintf("组织代码与第%d行（%s）重复", rowOf(orgs[p].Ref), orgs[p].Name), o.Code, "每个组织的组织代码不同；请核对，不知道时可以空着")
			continue
		}
		codes[o.Code] = i
	}
	for i := range orgs {
		o := &orgs[i]
		if o.Parent == "" {
			continue
		}
		l := j.refLoc(kindOrgs, o.Ref, "上级组织")
		p := j.lookupOrg(o.Parent)
		switch {
		case p < 0:
			j.rd.report(model.Error, l, "上级组织“"+o.Parent+"”不在党组织表中", o.Parent,
				"请填写党组织表中已有的组织全称（可直接复制“组织名称”列）；最上级的党委此栏留空")
			continue
		case p == i:
			j.rd.report(model.Error, l, "上级组织填成了自己", o.Parent, "请填写上一级组织的名称；最上级的党委此栏留空")
			o.Parent = ""
			continue
		}
		if orgs[p].Name != o.Parent {
			j.rd.report(model.Warning, l, "上级组织与党组织表中的写法“"+orgs[p].Name+"”不完全一样（空格或全角字符），已按同一组织处理", o.Parent, "请改成与“组织名称”列完全一样的写法")
			o.Parent = orgs[p].Name
		}
		if orgs[p].Type.IsBranch() {
			j.rd.report(model.Error, l, "上级组织“"+orgs[p].Name+"”是"+string(orgs[p].Type)+"，党支部下面不能再设组织", o.Parent, "请填写党委或党总支的名称")
		}
	}
	// Cycles: follow parents; report each cycle once, at its first row.
	state := make([]int, len(orgs)) // 0 new, 1 on path, 2 done
	for start := range orgs {
		var path []int
		i := start
		for i >= 0 && state[i] == 0 {
			state[i] = 1
			path = append(path, i)
			if orgs[i].Parent == "" {
				i = -1
			} else {
				i = j.lookupOrg(orgs[i].Parent)
			}
		}
		if i >= 0 && state[i] == 1 {
			// the cycle is path from i
			k := 0
			for path[k] != i {
				k++
			}
			cyc := path[k:]
			first := cyc[0]
			for _, c := range cyc {
				if c < first {
					first = c
				}
			}
			var names []string
			for _, c := range cyc {
				names = append(names, orgs[c].Name)
			}
			names = append(names, orgs[cyc[0]].Name)
			j.rd.report(model.Error, j.refLoc(kindOrgs, orgs[first].Ref, "上级组织"),
				"上级组织形成了循环："+strings.Join(names, " → "), orgs[first].Parent, "请检查这几个组织的“上级组织”，最上级的党委此栏留空")
		}
		for _, p := range path {
			state[p] = 2
		}
	}
	var tops []string
	for _, o := range orgs {
		if o.Parent == "" {
			tops = append(tops, o.Name)
		}
	}
	t := j.tables[kindOrgs]
	switch {
	case len(orgs) == 0:
		j.rd.report(model.Error, t.at(0, 0), "党组织表中没有读到任何组织", "", "请在表头下面逐行填写党组织")
	case len(tops) == 0:
		j.rd.report(model.Warning, t.at(0, 0), "没有最上级的党委（每个组织都填了上级组织）", "", "最上级的党委“上级组织”一栏请留空")
	case len(tops) > 1:
		j.rd.report(model.Warning, t.at(0, 0), "有"+fmt.Sprint(len(tops))+"个组织没有上级组织："+strings.Join(tops, "、")+"，通常只有一个最上级的党委", "", "请给除最上级党委以外的组织填写“上级组织”")
	default:
		if o := orgs[j.lookupOrg(tops[0])]; o.Type != model.PartyCommittee {
			j.rd.report(model.Warning, j.refLoc(kindOrgs, o.Ref, "组织类型"), "最上级的组织“"+o.Name+"”不是党委", string(o.Type), "请确认组织类型和上级组织是否填写正确")
		}
	}
}

// checkMembers: branches exist and are branch-level; duplicate people.
func (j *joiner) checkMembers() {
	mt := j.tables[kindMembers]
	if mt == nil || mt.cols == nil {
		return
	}
	ms := j.ds.Members
	if len(ms) == 0 {
		j.rd.report(model.Error, mt.at(0, 0), "党员表中没有读到任何党员", "", "请在表头下面逐行填写党员")
		return
	}
	if j.haveOrgs {
		for i := range ms {
			m := &ms[i]
			l := j.refLoc(kindMembers, m.Ref, "所在党支部")
			p := j.lookupOrg(m.Branch)
			if p < 0 {
				j.rd.report(model.Error, l, "所在党支部“"+m.Branch+"”不在党组织表中", m.Branch, "请填写党组织表中该支部的全称（可直接复制“组织名称”列）")
				continue
			}
			o := j.ds.Orgs[p]
			if o.Name != m.Branch {
				j.rd.report(model.Warning, l, "所在党支部与党组织表中的写法“"+o.Name+"”不完全一样（空格或全角字符），已按同一支部处理", m.Branch, "请改成与党组织表完全一样的写法")
				m.Branch = o.Name
			}
			if o.Type != "" && !o.Type.IsBranch() {
				j.rd.report(model.Error, l, "“"+o.Name+"”是"+string(o.Type)+"，党员应填到具体的党支部", m.Branch, "请填写该党员所在党支部的全称")
			}
		}
	}
	byID := map[string]int{}
	byNB := map[[2]string]int{}
	for i := range ms {
		m := &ms[i]
		if m.IDNumber != "" {
			if p, dup := byID[m.IDNumber]; dup {
				j.rd.report(model.Error, j.refLoc(kindMembers, m.Ref, "身份证号"),
					fmt.Sprintf("身份证号与第%d行（%s）重复", rowOf(ms[p].Ref), ms[p].Name), m.IDNumber, "同一个人只填一行；请核对身份证号")
			} else {
				byID[m.IDNumber] = i
			}
		}
		k := [2]string{m.Name, orgKey(m.Branch)}
		if p, dup := byNB[k]; dup && (m.IDNumber == "" || ms[p].IDNumber == "") {
			j.rd.report(model.Error, j.refLoc(kindMembers, m.Ref, ""),
				fmt.Sprintf("与第%d行同名同支部（%s），没有身份证号无法区分", rowOf(ms[p].Ref), m.Name), m.Name,
				fmt.Sprintf("请给第%d行和第%d行都填写身份证号；如果是同一个人重复录入，请删除一行", rowOf(ms[p].Ref), rowOf(m.Ref)))
		} else if !dup {
			byNB[k] = i
		}
	}
}

// joinAssessments matches each 党员测评 row to its member: by 身份证号 when
// both sides have it, else by (姓名, 所在党支部).
func (j *joiner) joinAssessments(rows []assessRow) {
	ms := j.ds.Members
	byID := map[string]int{}
	byNB := map[[2]string][]int{}
	byName := map[string][]int{}
	for i, m := range ms {
		if m.IDNumber != "" {
			if _, dup := byID[m.IDNumber]; !dup {
				byID[m.IDNumber] = i
			}
		}
		k := [2]string{m.Name, orgKey(m.Branch)}
		byNB[k] = append(byNB[k], i)
		byName[m.Name] = append(byName[m.Name], i)
	}
	joinedFrom := map[int]assessRow{}
	for _, ar := range rows {
		a := ar.a
		t := ar.t
		nameLoc := t.at(ar.row.Num, t.cols["姓名"])
		cands := byNB[[2]string{a.Name, orgKey(a.Branch)}]
		idx := -1
		if a.IDNumber != "" {
			if i, ok := byID[a.IDNumber]; ok {
				idx = i
				if ms[i].Name != a.Name {
					j.rd.report(model.Warning, nameLoc, fmt.Sprintf("姓名与党员表第%d行（同一身份证号）的“%s”不一致，已按身份证号对应", rowOf(ms[i].Ref), ms[i].Name), a.Name, "请核对姓名")
				} else if orgKey(ms[i].Branch) != orgKey(a.Branch) {
					l := t.at(ar.row.Num, t.cols["所在党支部"])
					j.rd.report(model.Warning, l, fmt.Sprintf("所在党支部与党员表第%d行的“%s”不一致，已按身份证号对应", rowOf(ms[i].Ref), ms[i].Branch), a.Branch, "请核对所在党支部")
				}
			} else {
				var noID []int
				for _, c := range cands {
					if ms[c].IDNumber == "" {
						noID = append(noID, c)
					}
				}
				switch {
				case len(noID) == 1:
					idx = noID[0]
				case len(cands) > 0 && len(noID) == 0:
					l := t.at(ar.row.Num, t.cols["身份证号"])
					j.rd.report(model.Error, l, fmt.Sprintf("身份证号与党员表第%d行（%s）的不一致", rowOf(ms[cands[0]].Ref), ms[cands[0]].Name), a.IDNumber, "请核对两张表中的身份证号")
					continue
				case len(noID) > 1:
					j.ambiguous(nameLoc, a, noID)
					continue
				}
			}
		} else {
			switch len(cands) {
			case 1:
				idx = cands[0]
			case 0:
			default:
				j.ambiguous(nameLoc, a, cands)
				continue
			}
		}
		if idx < 0 {
			hint := ""
			var where []string
			for _, c := range byName[a.Name] {
				where = append(where, fmt.Sprintf("第%d行（%s）", rowOf(ms[c].Ref), ms[c].Branch))
			}
			if len(where) > 0 {
				hint = "；党员表中同名的有：" + strings.Join(where, "、")
			}
			j.rd.report(model.Error, nameLoc, "在党员表中找不到这个人（按姓名和所在党支部"+map[bool]string{true: "、身份证号", false: ""}[a.IDNumber != ""]+"查找）"+hint, a.Name,
				"请核对姓名和所在党支部是否与党员表完全一致；新党员请先加到党员表")
			continue
		}
		if prev, dup := joinedFrom[idx]; dup {
			j.rd.report(model.Error, nameLoc, fmt.Sprintf("与本表第%d行是同一个人，重复测评", prev.row.Num), a.Name, "同一个人只保留一行测评")
			continue
		}
		joinedFrom[idx] = ar
		ms[idx].Assessment = a
	}
	for i := range ms {
		m := &ms[i]
		if m.Assessment == nil && m.Type == model.FullMember {
			j.rd.report(model.Warning, j.refLoc(kindMembers, m.Ref, ""), "党员测评表中没有这位正式党员的测评，将列为不评定等次", m.Name,
				"如需评议，请在党员测评表中补上这一行")
		}
	}
}

func (j *joiner) ambiguous(l loc, a *model.MemberAssessment, idx []int) {
	var rows []string
	for _, i := range idx {
		rows = append(rows, fmt.Sprintf("第%d行", rowOf(j.ds.Members[i].Ref)))
	}
	j.rd.report(model.Error, l, "党员表中有"+fmt.Sprint(len(idx))+"位同名同支部的党员（"+strings.Join(rows, "、")+"），无法确定是谁", a.Name,
		"请在党员表和本表中都填写身份证号以区分")
}

// checkOrgAssessments: each row names a known organisation, once; branches
// without a row get a warning.
func (j *joiner) checkOrgAssessments(usable bool) {
	if !usable {
		return
	}
	seen := map[string]int{}
	oas := j.ds.OrgAssessments
	for i := range oas {
		o := &oas[i]
		l := j.refLoc(kindOrgAssess, o.Ref, "")
		if j.haveOrgs {
			p := j.lookupOrg(o.Name)
			if p < 0 {
				j.rd.report(model.Error, l, "组织“"+o.Name+"”不在党组织表中", o.Name, "请填写党组织表中的组织全称（可直接复制）")
				continue
			}
			o.Name = j.ds.Orgs[p].Name
		}
		if prev, dup := seen[orgKey(o.Name)]; dup {
			j.rd.report(model.Error, l, fmt.Sprintf("与第%d行是同一个组织，重复测评", prev), o.Name, "同一个组织只保留一行")
			continue
		}
		seen[orgKey(o.Name)] = rowOf(o.Ref)
	}
	if !j.haveOrgs {
		return
	}
	for _, o := range j.ds.Orgs {
		if _, ok := seen[orgKey(o.Name)]; !ok && o.Type.IsBranch() {
			j.rd.report(model.Warning, j.refLoc(kindOrgs, o.Ref, ""), "组织测评表中没有这个党支部的测评", o.Name, "如需参加评选，请在组织测评表中补上")
		}
	}
}

// checkQuarters: known organisations, one score per organisation and quarter.
func (j *joiner) checkQuarters() {
	type key struct {
		org     string
		y, q    int
		present bool
	}
	seen := map[key]int{}
	qs := j.ds.Quarters
	for i := range qs {
		q := &qs[i]
		l := j.refLoc(kindQuarters, q.Ref, "")
		if j.haveOrgs {
			p := j.lookupOrg(q.Org)
			if p < 0 {
				j.rd.report(model.Error, l, "组织“"+q.Org+"”不在党组织表中", q.Org, "请填写党组织表中的支部全称（可直接复制）")
				continue
			}
			q.Org = j.ds.Orgs[p].Name
			if !j.ds.Orgs[p].Type.IsBranch() {
				j.rd.report(model.Warning, l, "“"+q.Org+"”是"+string(j.ds.Orgs[p].Type)+"，流动红旗只在党支部之间评比", q.Org, "请确认是否填错了组织")
			}
		}
		k := key{orgKey(q.Org), q.Year, q.Quarter, true}
		if prev, dup := seen[k]; dup {
			j.rd.report(model.Error, l, fmt.Sprintf("与第%d行是同一组织同一季度，重复", prev), q.Org, "每个组织每个季度只保留一行")
			continue
		}
		seen[k] = rowOf(q.Ref)
	}
}
