package compose

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/template"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

// PublicityParts are the settings of the 拟表彰对象公示.
type PublicityParts struct {
	// Mark is a 发文机关标志 for a red head; "" (the usual posted form): no
	// 版头, the title at the top of the first page.
	Mark    string
	Organ   string     // 署名: the 党委, or its 组织部/办公室
	Start   model.Date // first day of the 公示, also its date
	Days    int        // working days
	Contact string     // 联系人 for objections
	Phone   string
	Address string // optional
	Email   string // optional
	Seal    document.SealMode
	// SealImage is the image key of the seal; "" keeps the seal's place
	// for a hand-applied one (with WithSeal).
	SealImage string
}

// ErrNoCandidates: the results commend nobody, so there is nothing to
// publicise.
var ErrNoCandidates = errors.New("没有拟表彰的先进基层党组织和优秀共产党员")

// Publicity composes the 拟表彰对象公示 from the commendations before they
// are decided: the same 名单 as the decision's 附件, the 公示 period
// (Start and Days working days, weekends skipped) and where to object. It
// has no 发文字号 and no 版记 (it is posted, not sent), nor 主送机关.
func Publicity(opt *Options, res *model.Results, t *template.Template) (*document.Notice, model.Diagnostics, error) {
	p := opt.Publicity
	c := commendedOf(res)
	if len(c.orgs) == 0 && c.members == 0 {
		return nil, nil, ErrNoCandidates
	}
	if p.Start.IsZero() || p.Start.Day == 0 {
		return nil, nil, errors.New("没有公示开始日期")
	}
	if t.Lookup("标题") == nil {
		return nil, nil, fmt.Errorf("模板 %s 缺少 {{define \"标题\"}} 部分", t.Name())
	}
	days := max(p.Days, 1)
	data := c.data()
	for k, v := range map[string]any{
		"单位": opt.Unit, "年度": opt.Year, "活动": opt.Campaign, "发布机关": p.Organ,
		"开始日期": p.Start.String(), "结束日期": periodEnd(p.Start, p.Start.WorkdaysEnd(days)), "工作日数": days,
		"联系人": p.Contact, "联系电话": p.Phone, "通信地址": p.Address, "电子邮箱": p.Email,
	} {
		data[k] = v
	}
	title, err := wordingLine(t, "标题", data)
	if err != nil {
		return nil, nil, err
	}
	paras, err := wording(t, "正文", data)
	if err != nil {
		return nil, nil, err
	}
	n := &document.Notice{Form: document.PlainForm, Title: title, Body: body(paras, t.Name()),
		Organs: []string{p.Organ}, Date: p.Start, Seal: p.Seal}
	if p.Mark != "" {
		n.Form, n.Star = document.FileForm, true
		n.Issuers, n.MarkSuffix = []string{p.Mark}, ""
		if m, ok := strings.CutSuffix(p.Mark, "文件"); ok {
			n.Issuers, n.MarkSuffix = []string{m}, "文件"
		}
	}
	if p.SealImage != "" && p.Seal != document.NoSeal {
		n.SealImages = []string{p.SealImage}
	}
	if n.Attachments, err = c.attachments(t, data); err != nil {
		return nil, nil, err
	}
	return n, nil, nil
}

// periodEnd writes the last day of a period as it follows 至: without the
// year when the period starts in the same year (2012年6月15日至6月21日),
// with it across New Year (2012年12月28日至2013年1月4日).
func periodEnd(start, end model.Date) string {
	if end.Year == start.Year {
		return strconv.Itoa(end.Month) + "月" + strconv.Itoa(end.Day) + "日"
	}
	return end.String()
}
