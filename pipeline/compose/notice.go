package compose

import (
	"bytes"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/template"

	"pingyou/pipeline/collate"
	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

// Award names the notices look for among the commendations.
const (
	AwardMember = "优秀共产党员"
	AwardOrg    = "先进基层党组织"
)

// wording runs one named block of a notice template with missing keys as
// errors, and splits the result into paragraphs (one per non-blank line).
func wording(t *template.Template, name string, data map[string]any) ([]string, error) {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		return nil, fmt.Errorf("模板 %s 的“%s”部分：%w", t.Name(), name, err)
	}
	var out []string
	for _, line := range strings.Split(buf.String(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out, nil
}

func wordingLine(t *template.Template, name string, data map[string]any) (string, error) {
	if t.Lookup(name) == nil {
		return "", nil
	}
	ps, err := wording(t, name, data)
	return strings.Join(ps, ""), err
}

// ParseTemplate parses a notice wording template.
func ParseTemplate(name string, b []byte) (*template.Template, error) {
	t, err := template.New(name).Option("missingkey=error").Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("模板 %s 有误：%w", name, err)
	}
	if t.Lookup("正文") == nil {
		return nil, fmt.Errorf("模板 %s 缺少 {{define \"正文\"}} 部分", name)
	}
	return t, nil
}

// body turns template paragraphs into blocks, recognising heading numbers.
func body(paras []string, source string) []document.Block {
	blocks := make([]document.Block, len(paras))
	for i, p := range paras {
		blocks[i] = document.Block{Kind: document.Paragraph, Text: p, Source: source}
	}
	return blocks
}

// header fills the parts of a notice that come from the settings.
func header(n NoticeParts, opt *Options, diags *model.Diagnostics) *document.Notice {
	mark, suffix := n.Mark, ""
	if strings.HasSuffix(mark, "文件") {
		mark, suffix = strings.TrimSuffix(mark, "文件"), "文件"
	}
	number := n.Number
	if fixed, changed := document.NormaliseNumber(number); changed {
		*diags = append(*diags, model.Diagnostic{Severity: model.Warning, Ref: model.CellRef{File: "配置文件"},
			Problem: "发文字号的括号应为六角括号〔〕，已自动改正", Value: number, Fix: "在配置中写成 " + fixed})
		number = fixed
	}
	d := &document.Notice{
		Issuers: []string{mark}, MarkSuffix: suffix, Number: number, Star: true,
		Title: n.Title, Recipients: n.Recipients, Organs: []string{opt.Unit},
		Date: opt.IssueDate, CC: n.CC, PrintOrgan: opt.Office, PrintDate: opt.PrintDate,
	}
	if n.SealImage != "" {
		d.SealImages = []string{n.SealImage}
	}
	return d
}

// commended are the 名单 of a decision, and of the 公示 before it: the
// 先进基层党组织 in listed order, and the 优秀共产党员 by unit (the groups
// the rules made, each 按姓氏笔画).
type commended struct {
	orgs    []string
	groups  []document.NameGroup // headings with the count: 机关党总支（3名）
	members int
}

func commendedOf(res *model.Results) commended {
	var c commended
	for _, cm := range res.Commendations {
		switch cm.Award {
		case AwardOrg:
			c.orgs = append(c.orgs, cm.Name)
		case AwardMember:
			c.members++
			if len(c.groups) == 0 || c.groups[len(c.groups)-1].Heading != cm.Group {
				c.groups = append(c.groups, document.NameGroup{Heading: cm.Group})
			}
			g := &c.groups[len(c.groups)-1]
			g.Names = append(g.Names, cm.Name)
		}
	}
	for i := range c.groups {
		c.groups[i].Heading += "（" + strconv.Itoa(len(c.groups[i].Names)) + "名）"
	}
	return c
}

// data are the counts and first names the wording templates take.
func (c commended) data() map[string]any {
	d := map[string]any{"先进组织数": len(c.orgs), "第一个先进组织": "", "优秀党员数": c.members, "第一个优秀党员": ""}
	if len(c.orgs) > 0 {
		d["第一个先进组织"] = c.orgs[0]
	}
	if len(c.groups) > 0 {
		d["第一个优秀党员"] = c.groups[0].Names[0]
	}
	return d
}

// attachments are the 名单 as 附件 (附件1 for organisations, 附件2 for
// members in t), leaving out an empty one.
func (c commended) attachments(t *template.Template, data map[string]any) ([]document.Attachment, error) {
	a1, err := wordingLine(t, "附件1", data)
	if err != nil {
		return nil, err
	}
	a2, err := wordingLine(t, "附件2", data)
	if err != nil {
		return nil, err
	}
	sub2, err := wordingLine(t, "附件2说明", data)
	if err != nil {
		return nil, err
	}
	var out []document.Attachment
	if len(c.orgs) > 0 {
		out = append(out, document.Attachment{Name: a1, Body: []document.Block{
			{Kind: document.NameList, Columns: 1, Groups: []document.NameGroup{{Names: c.orgs}}},
		}})
	}
	if c.members > 0 {
		out = append(out, document.Attachment{Name: a2, Subtitle: sub2, Body: []document.Block{
			{Kind: document.NameList, Groups: c.groups},
		}})
	}
	return out, nil
}

// Decision composes the 表彰决定 from the commendations.
func Decision(opt *Options, res *model.Results, t *template.Template) (*document.Notice, model.Diagnostics, error) {
	var diags model.Diagnostics
	n := header(opt.Decision, opt, &diags)
	c := commendedOf(res)
	data := c.data()
	for k, v := range map[string]any{"单位": opt.Unit, "年度": opt.Year, "活动": opt.Campaign, "纪念": opt.Commission} {
		data[k] = v
	}
	paras, err := wording(t, "正文", data)
	if err != nil {
		return nil, diags, err
	}
	n.Body = body(paras, t.Name())
	if n.Attachments, err = c.attachments(t, data); err != nil {
		return nil, diags, err
	}
	return n, diags, nil
}

// shortReason is why a member is not graded, short enough for a sentence
// of the notice: 缺少测评数据：选票未填（有效票为0），不评定等次 → 缺少测评数据;
// 长期出国不评定等次 → 长期出国.
func shortReason(r string) string {
	if head, _, ok := strings.Cut(r, "："); ok {
		return head
	}
	r = strings.TrimSuffix(strings.TrimSuffix(r, "不评定等次"), "，")
	if r == "" {
		return "未参加测评"
	}
	return r
}

// seqNumber splits a 发文字号 into what comes before its 序号, the 序号 and 号.
var seqNumber = regexp.MustCompile(`^(.*〔\d{4}〕)([1-9]\d*)(号)$`)

// numberAt is the 发文字号 of the i-th (0-based) of a series of documents
// whose first is first: each document its own number, the 序号 counting on
// (江师党函〔2012〕8号, 9号, 10号 …). A number not in the standard's form is
// left as it is (the layout reports it).
func numberAt(first string, i int) string {
	m := seqNumber.FindStringSubmatch(first)
	if m == nil {
		return first
	}
	seq, err := strconv.Atoi(m[2])
	if err != nil {
		return first
	}
	return m[1] + strconv.Itoa(seq+i) + m[3]
}

// BranchNotice is one branch's result notice.
type BranchNotice struct {
	Branch *model.Organisation
	Notice *document.Notice
}

// BranchNotices composes one 信函格式 result notice per branch that has
// members, in the order the branches are listed.
func BranchNotices(opt *Options, ds *model.Dataset, res *model.Results, t *template.Template) ([]BranchNotice, model.Diagnostics, error) {
	var diags model.Diagnostics
	byBranch := map[string][]*model.MemberResult{}
	index := map[string][]int{} // the same members by index, for the comparison
	for i := range res.Members {
		m := &res.Members[i]
		byBranch[m.Member.Branch] = append(byBranch[m.Member.Branch], m)
		index[m.Member.Branch] = append(index[m.Member.Branch], i)
	}
	orgIndex := map[*model.Organisation]int{}
	for i := range res.Orgs {
		orgIndex[res.Orgs[i].Org] = i
	}
	quota := map[string]model.QuotaLine{}
	for _, q := range res.Quotas {
		if q.Award == string(model.Excellent) {
			quota[q.Scope] = q
		}
	}
	var out []BranchNotice
	for i := range ds.Orgs {
		org := &ds.Orgs[i]
		members := byBranch[org.Name]
		if !org.Type.IsBranch() || len(members) == 0 {
			continue
		}
		count := map[model.Grade]int{}
		graded, probation, other := 0, 0, 0
		var reasons []string
		lists := map[model.Grade][]string{}
		for _, m := range members {
			count[m.Grade]++
			lists[m.Grade] = append(lists[m.Grade], m.Member.Name)
			switch {
			case m.Graded:
				graded++
			case m.Member.Type == model.ProbationMember:
				probation++
			default:
				other++
				if r := shortReason(m.Reason); !slices.Contains(reasons, r) {
					reasons = append(reasons, r)
				}
			}
		}
		q := quota[org.Name]
		data := map[string]any{
			"单位": opt.Unit, "年度": opt.Year, "支部": org.Name, "党员总数": len(members), "参评人数": graded,
			"名额": q.Seats, "名额说明": q.Rule, "优秀": count[model.Excellent], "合格": count[model.Qualified],
			"基本合格": count[model.Basic], "不合格": count[model.Unqualified], "不评定等次": count[model.NotGraded],
			"预备党员": probation, "其他不评定等次": other, "不评定原因": strings.Join(reasons, "、"),
		}
		oi, ok := orgIndex[org]
		if !ok {
			oi = -1
		}
		maps.Copy(data, lastYearData(opt.Comparison, res, oi, index[org.Name]))
		n := header(opt.BranchNotice, opt, &diags)
		n.Number = numberAt(n.Number, len(out))
		n.Form, n.MarkSuffix, n.Star = document.LetterForm, "", false
		title, err := fill(opt.BranchNotice.Title, map[string]string{"支部": org.Name})
		if err != nil {
			return nil, diags, fmt.Errorf("配置 branch_notice.title：%w", err)
		}
		n.Title, n.Recipients = title, org.Name+"："
		paras, err := wording(t, "正文", data)
		if err != nil {
			return nil, diags, err
		}
		n.Body = body(paras, t.Name())
		name, err := wordingLine(t, "附件1", data)
		if err != nil {
			return nil, diags, err
		}
		var groups []document.NameGroup
		for _, g := range []model.Grade{model.Excellent, model.Qualified, model.Basic, model.Unqualified, model.NotGraded} {
			if len(lists[g]) > 0 {
				collate.SortNames(lists[g])
				groups = append(groups, document.NameGroup{Heading: string(g) + "（" + strconv.Itoa(len(lists[g])) + "名）", Names: lists[g]})
			}
		}
		n.Attachments = []document.Attachment{{Name: name, Body: []document.Block{{Kind: document.NameList, Groups: groups}}}}
		n.Seal = document.WithSeal
		out = append(out, BranchNotice{Branch: org, Notice: n})
	}
	return out, diags, nil
}
