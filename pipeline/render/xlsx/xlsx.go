// Package xlsx writes the summary workbook 评议结果汇总表.xlsx from the
// decisions (model.Results): one sheet per table people expect (党员评议结果,
// 支部统计, 组织考核结果, 表彰名单, 名额分配表, 问题清单), laid out for print,
// and 党员评议结果（打印）, the member table as a meeting prints it (print.go).
//
// The workbook is a function of its input. Dates come from Options (never the
// clock); rows are written in a fixed order; the zip entries are sorted and
// stamped with Options.Stamp (internal/fixedzip). Text cells are cleaned of
// control characters, cut at Excel's 32767-character limit (reported in
// 问题清单), and text that starts like a formula (= + - @) is stored as
// quote-prefixed text, never as a formula.
//
// Sheets are written with excelize's StreamWriter, so memory stays bounded by
// the compressed size of the workbook plus excelize's 16 MiB stream buffer
// (a longer sheet goes to a temporary file until the workbook is saved),
// whatever the number of members.
package xlsx

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/internal/fixedzip"
	"pingyou/pipeline/model"
)

// Sheet names. Other tools read these; do not rename.
const (
	SheetMembers   = "党员评议结果"
	SheetBranches  = "支部统计"
	SheetOrgs      = "组织考核结果"
	SheetCommended = "表彰名单"
	SheetQuotas    = "名额分配表"
	SheetNotices   = "发文登记" // only when Options.Notices lists any
	SheetProblems  = "问题清单"
)

// DefaultFileName is the summary workbook's usual name.
const DefaultFileName = "评议结果汇总表.xlsx"

// Options says what the workbook is about and how its columns are ordered.
type Options struct {
	// Title of the member sheet, e.g. 江城师范学院2012年度民主评议党员结果汇总表;
	// default "<Year>年度民主评议党员结果汇总表".
	Title string
	// Unit is the 填报单位 shown in every subtitle (e.g. 中共江城师范学院委员会).
	Unit string
	Year int
	// Generated is the date shown as 生成日期, as text from the config.
	Generated string
	// Stamp is written as the document's created and modified time and as the
	// time of every zip entry; it comes from the config, never the clock.
	// Zero means 1980-01-01 00:00 UTC (the zip epoch).
	Stamp time.Time
	// Dimensions are the score columns of the member sheet, in order
	// (自评, 互评, 群众评议, 组织评价).
	Dimensions []string
	// OrgItems are the item columns of the organisation sheet, in order.
	OrgItems []string
	// Orgs give the hierarchy (党总支 of each branch) and the order of branches.
	Orgs []model.Organisation
	// FileName names this workbook in 问题清单 entries about it; default
	// DefaultFileName.
	FileName string
	// Notices are the 公文 of the batch, in order, for the 发文登记 sheet
	// (each with its own 发文字号); none: no such sheet.
	Notices []NoticeRow
	// Comparison is last year beside this year (issue 19): the 与上年对比
	// sheet and columns on 党员评议结果 and 组织考核结果; nil: none of them.
	Comparison *model.Comparison
}

// NoticeRow is one 公文 of the batch as the 发文登记 sheet lists it.
type NoticeRow struct {
	Number    string // 发文字号
	Title     string // 标题
	Recipient string // 主送机关
	Date      string // 成文日期, as printed
	File      string // the PDF's path in the output folder
}

// zipLevel is the deflate level of the workbook's parts
// (github.com/klauspost/compress/flate's levels): about half the time of
// level 8 or compress/flate's default for a percent or two more bytes.
// Measurements: commit 23e8a5d.
const zipLevel = 7

func (o Options) stamp() time.Time {
	if o.Stamp.IsZero() {
		return time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return o.Stamp
}

func (o Options) fileName() string {
	if o.FileName == "" {
		return DefaultFileName
	}
	return o.FileName
}

func (o Options) yearText() string {
	if o.Year == 0 {
		return ""
	}
	return fmt.Sprintf("%d年度", o.Year)
}

func (o Options) memberTitle() string {
	if o.Title != "" {
		return o.Title
	}
	return o.yearText() + "民主评议党员结果汇总表"
}

// subtitle: 单位：…　　年度：2012年　　生成日期：2013年1月10日.
func (o Options) subtitle() string {
	var parts []string
	if o.Unit != "" {
		parts = append(parts, "单位："+o.Unit)
	}
	if o.Year != 0 {
		parts = append(parts, fmt.Sprintf("年度：%d年", o.Year))
	}
	if o.Generated != "" {
		parts = append(parts, "生成日期："+o.Generated)
	}
	return strings.Join(parts, "　　")
}

// WriteSummary writes the summary workbook to w. The caller writes it to a
// file atomically. res is not modified.
func WriteSummary(w io.Writer, res *model.Results, opt Options) error {
	wr, err := newWorkbook(w, opt)
	if err != nil {
		return err
	}
	defer wr.f.Close()
	h := newHierarchy(opt.Orgs)
	tables := []func() *table{
		func() *table { return wr.memberTable(res, h) },
		func() *table { return wr.printTable(res, h) }, // print.go
		func() *table { return wr.branchTable(res, h) },
		func() *table { return wr.orgTable(res, h) },
		func() *table { return wr.commendTable(res) },
		func() *table { return wr.quotaTable(res) },
		func() *table { return wr.noticeTable() },
		func() *table { return wr.compareTable(res, h) }, // compare.go
		// Last, so that it lists what the other sheets found while writing.
		func() *table { return wr.problemTable(res) },
	}
	for i, tf := range tables {
		t := tf()
		if t == nil {
			continue
		}
		if err := wr.write(t, i == 0); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	// The first sheet is the active one: the new file's sheet view is
	// tabSelected and the workbook's activeTab is 0. Do not call
	// SetActiveSheet: it parses every streamed sheet back into memory (the
	// whole member sheet) and marshals it again, to no effect on the file,
	// since excelize writes streamed sheets from their stream buffers.
	return wr.save(w, opt.memberTitle(), "民主评议党员结果汇总")
}

// newWorkbook starts a workbook written to w: sorted parts and fixed
// times (fixedzip), straight to w rather than through the buffer excelize
// hands over; the default font and the shared styles. The caller closes
// its file.
func newWorkbook(w io.Writer, opt Options) (*writer, error) {
	f := excelize.NewFile()
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		return fixedzip.NewWriter(w, opt.stamp(), fixedzip.ParallelDeflate(zipLevel))
	})
	if err := f.SetDefaultFont(fontSong); err != nil {
		f.Close()
		return nil, err
	}
	st, err := newStyles(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &writer{f: f, st: st, opt: opt}, nil
}

// save sets the document properties and writes the workbook to w (through
// fixedzip).
func (wr *writer) save(w io.Writer, title, subject string) error {
	f, opt := wr.f, wr.opt
	// AddChart registers the image extensions from a Go map, in random order:
	// put the [Content_Types].xml defaults in a fixed order.
	if ct := f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	}
	when := opt.stamp().UTC().Format("2006-01-02T15:04:05Z")
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Subject:        subject,
		Creator:        opt.Unit,
		LastModifiedBy: opt.Unit,
		Created:        when,
		Modified:       when,
		Language:       "zh-CN",
		Description:    opt.subtitle(),
	}); err != nil {
		return err
	}
	return f.Write(w)
}

// hierarchy answers questions about the organisation tree.
type hierarchy struct {
	byName map[string]*model.Organisation
}

func newHierarchy(orgs []model.Organisation) hierarchy {
	h := hierarchy{byName: make(map[string]*model.Organisation, len(orgs))}
	for i := range orgs {
		if _, dup := h.byName[orgs[i].Name]; !dup {
			h.byName[orgs[i].Name] = &orgs[i]
		}
	}
	return h
}

// generalBranch is the 党总支 an organisation belongs to (itself if it is
// one), or "" when it is governed directly by the 党委.
func (h hierarchy) generalBranch(name string) string {
	for range 32 { // the tree is shallow; the bound guards against cycles
		o := h.byName[name]
		if o == nil {
			return ""
		}
		if o.Type == model.GeneralBranch {
			return o.Name
		}
		name = o.Parent
	}
	return ""
}

// order returns an organisation's position in the 党组织 sheet, organisations
// not listed coming after all listed ones.
func (h hierarchy) order(name string) int {
	if o := h.byName[name]; o != nil {
		return o.Order
	}
	return 1 << 30
}

// branches returns the branch names to list: every branch-type organisation in
// sheet order, then any other branch named by a member, by name.
func (h hierarchy) branches(orgs []model.Organisation, res *model.Results) []string {
	var out []string
	seen := map[string]bool{}
	sorted := make([]*model.Organisation, 0, len(orgs))
	for i := range orgs {
		sorted = append(sorted, &orgs[i])
	}
	slices.SortStableFunc(sorted, func(a, b *model.Organisation) int { return cmp.Compare(a.Order, b.Order) })
	for _, o := range sorted {
		if o.Type.IsBranch() && !seen[o.Name] {
			seen[o.Name] = true
			out = append(out, o.Name)
		}
	}
	var extra []string
	for i := range res.Members {
		if m := res.Members[i].Member; m != nil && !seen[m.Branch] {
			seen[m.Branch] = true
			extra = append(extra, m.Branch)
		}
	}
	slices.Sort(extra)
	return append(out, extra...)
}
