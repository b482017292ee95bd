package pipeline

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/document"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/certificate"
	"pingyou/pipeline/layout/gongwen"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/render/docx"
	"pingyou/pipeline/render/ofd"
	"pingyou/pipeline/render/pdf"
	"pingyou/pipeline/render/xlsx"
)

// Output names inside the output folder.
const (
	SummaryName  = "评议结果汇总表.xlsx"
	DecisionName = "公文/表彰决定.pdf"
	NoticeDir    = "公文/支部通知"
	CertDir      = "证书"
	CatalogName  = "文件目录.csv"
)

// Run reads, checks, evaluates and writes every output of a batch. Nothing
// is generated when the input has errors; the output folder is replaced as a
// whole only when everything was written.
func Run(opt Options) error {
	sdiags, err := settle(&opt)
	if err != nil {
		return err
	}
	// One run at a time into an output folder: a second one would remove
	// the first one's stage folder as "stale" while it is being written.
	lock, err := archive.LockOutput(opt.OutDir)
	if errors.Is(err, archive.ErrLocked) {
		return fmt.Errorf("%w：另一次运行正在生成 %s，没有开始；请等它完成后再运行，或用 -o 换一个输出目录", err, opt.OutDir)
	} else if err != nil {
		return fmt.Errorf("无法锁定输出目录 %s：%s", opt.OutDir, oserr.Describe(err))
	}
	defer lock.Unlock()
	if lock.Unsupported {
		opt.logf("注意：%s 所在的磁盘不支持文件锁；请不要同时向这个输出目录运行两次。", opt.OutDir)
	}
	if err := opt.cancelled(); err != nil {
		return err
	}
	cfg := opt.Config
	progress := opt.Progress
	if progress == nil {
		progress = NewProgress(io.Discard, false, false)
	}
	v, err := validate(&opt, progress)
	if err != nil {
		return err
	}
	ds, res, diags := v.ds, v.res, append(sdiags, v.diags...)
	if diags.HasErrors() {
		printDiagnostics(&opt, diags)
		annotate(&opt, ds, diags)
		errs, _ := diags.Count()
		return fmt.Errorf("%w：发现 %d 个错误，没有生成任何文件；请按上面的提示修改后再运行", ErrInput, errs)
	}
	if err := opt.cancelled(); err != nil {
		return err
	}
	// A run killed mid-swap left no out/ but the previous set beside it;
	// stale stage folders go (archive.Recover). Holding the lock, every
	// stage folder there belongs to a run that is no longer alive.
	notes, err := archive.Recover(opt.OutDir)
	for _, n := range notes {
		opt.logf("%s", n)
	}
	if err != nil {
		return err
	}
	out := &archive.Output{Dir: opt.OutDir, Batch: batchID(cfg), Force: opt.Force, Keep: keep(&opt)}
	prev, err := out.Check()
	if err != nil {
		return err
	}
	fonts := v.fonts
	if v.fontErr != nil {
		return v.fontErr
	}
	st, err := out.NewStage()
	if err != nil {
		return err
	}
	defer st.Remove()
	g := &generator{opt: &opt, cfg: cfg, ds: ds, res: res, cmp: v.cmp, fonts: fonts.set, st: st,
		setter:     &layout.Setter{Metrics: fonts.set},
		pdfFonts:   fonts.pdf,
		ofdFonts:   fonts.ofd,
		images:     map[string][]byte{},
		inputDiags: diags,
		progress:   progress,
	}
	steps := []struct {
		key, label string
		run        func() error
	}{
		{"certificates", "证书", g.certificates}, {"decision", "表彰决定", g.decision},
		{"notices", "支部通知", g.branchNotices}, {"summary", "汇总表", g.summary}, {"catalog", "文件目录", g.catalog},
		{"manifest", "清单", g.manifest},
	}
	steps = g.withPublicity(steps)
	if err := g.loadImages(); err != nil {
		return err
	}
	if g.noticeOpt, err = noticeOptions(cfg, fonts.set); err != nil {
		return err
	}
	// Names printed in a fallback face are 提醒 in the log and in the
	// summary's 问题清单, so they are known before the summary is written.
	certRole := ""
	if opt.Stage != config.StagePublicity {
		spec, err := g.certSpec()
		if err != nil {
			return err
		}
		certRole = spec.Boxes["recipient"].Role
	}
	diags = append(diags, g.fallbacks(certRole)...)
	g.inputDiags = diags
	for _, step := range steps {
		if err := opt.cancelled(); err != nil {
			return err
		}
		g.stage = g.progress.Start(step.key, step.label, 0)
		err := step.run()
		g.stage.Finish()
		if err != nil {
			return err
		}
	}
	diags = append(diags, g.diags...)
	stage := progress.Start("sync", "写入磁盘", 0)
	err = g.st.Sync()
	stage.Finish()
	if err != nil {
		return err
	}
	if err := opt.cancelled(); err != nil {
		return err
	}
	if err := out.CheckAgain(prev); err != nil {
		return err
	}
	if err := out.Replace(st); err != nil {
		return err
	}
	printDiagnostics(&opt, diags)
	// Counted as everywhere (verify, the web page): the files the manifest
	// lists, the manifest apart.
	opt.logf("完成：%d 个文件写入 %s，另有清单 %s。", len(g.entries), opt.OutDir, filepath.Join(opt.OutDir, archive.ManifestName))
	return nil
}

// batchID names a batch by its unit and year; a folder holding another
// batch's results is not replaced without --force.
func batchID(cfg *config.Config) string {
	return cfg.Unit.Name + " " + strconv.Itoa(cfg.Unit.Year)
}

// keep lists what must never lie inside the output folder, which is
// replaced as a whole: the inputs, the config file, and the templates
// folder, fonts folder and seal images it names.
func keep(opt *Options) []string {
	ours := KeepPaths(opt.Config, opt.Inputs)
	if dir := lastYearDir(opt); dir != "" { // read before the swap
		ours = append(ours, dir)
	}
	return ours
}

// KeepPaths lists what a batch of cfg over inputs must never find inside
// the output folder it replaces (keep); a department run checks them
// against the department's folder too.
func KeepPaths(cfg *config.Config, inputs []string) []string {
	var ours []string
	ours = append(ours, inputs...)
	if cfg.IsFile() {
		ours = append(ours, cfg.Source)
	}
	for _, p := range []string{cfg.Unit.Templates, cfg.Fonts.Dir, cfg.Decision.Seal, cfg.BranchNotice.Seal, cfg.Certificates.Seal, cfg.Publicity.Seal} {
		if p != "" {
			if !filepath.IsAbs(p) && cfg.Dir != "" {
				p = filepath.Join(cfg.Dir, p)
			}
			ours = append(ours, p)
		}
	}
	return ours
}

// generator writes one batch's files into its stage folder.
type generator struct {
	opt      *Options
	cfg      *config.Config
	ds       *model.Dataset
	res      *model.Results
	cmp      *model.Comparison // last year beside this year, or nil
	fonts    *fontkit.Set
	setter   *layout.Setter
	pdfFonts *pdf.Fonts
	ofdFonts *ofd.Fonts // OFD beside the PDFs (ofd.go)
	images   map[string][]byte
	// noticeOpt is the 公文 geometry with the batch's fonts (noticeOptions).
	noticeOpt gongwen.Options
	st        *archive.Stage
	entries   []archive.Entry // in the order written, for 文件目录 and the manifest
	progress  *Progress
	stage     *Stage // the step being run, counting its documents
	// inputDiags are the warnings from reading and evaluating, for 问题清单.
	inputDiags model.Diagnostics
	diags      model.Diagnostics
	// register lists the 公文 written, for the summary's 发文登记.
	register []xlsx.NoticeRow
}

func (g *generator) loadImages() error {
	for key, path := range map[string]string{sealKey: g.cfg.Decision.Seal, certSealKey: g.cfg.Certificates.Seal, publicitySealKey: g.cfg.Publicity.Seal} {
		if path == "" {
			continue
		}
		b, err := imageBytes(g.cfg, path)
		if err != nil {
			return err
		}
		g.images[key] = b
	}
	return nil
}

// created is the documents' creation time: the issue date from the config,
// never the clock, so the same batch gives the same bytes.
func (g *generator) created() time.Time { return createdOn(g.cfg.Unit.IssueDate.Date) }

// createdOn is a document's creation time from its own date (the 公示's
// first day: it is made before the decision's date is known).
func createdOn(d model.Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
}

// write stores a file in the stage folder and records it for the manifest.
func (g *generator) write(e archive.Entry, write func(io.Writer) error) error {
	e, err := g.store(e, write)
	if err != nil {
		return err
	}
	g.add(e)
	return nil
}

// store writes a file into the stage folder and returns its entry, hashed;
// safe to call from several goroutines. add records it.
func (g *generator) store(e archive.Entry, write func(io.Writer) error) (archive.Entry, error) {
	e.Classification, e.Retention = g.cfg.Output.Classification, g.cfg.Output.Retention
	return g.st.WriteFunc(e, write)
}

func (g *generator) storeBytes(e archive.Entry, b []byte) (archive.Entry, error) {
	return g.store(e, func(w io.Writer) error { _, err := w.Write(b); return err })
}

// add records a stored file for 文件目录 and the manifest, in the order of
// the calls (so the lists do not depend on scheduling).
func (g *generator) add(e archive.Entry) {
	g.entries = append(g.entries, e)
	g.stage.Add(1) // progress counts files written per step
}

// render makes PDF bytes; it is safe to call from several goroutines.
func (g *generator) render(doc *layout.Document) ([]byte, error) { return g.renderAt(doc, g.created()) }

// renderAt is render with the document's creation time.
func (g *generator) renderAt(doc *layout.Document, created time.Time) ([]byte, error) {
	var buf bytes.Buffer
	if err := pdf.Render(&buf, doc, g.pdfFonts, pdf.Options{Images: g.images, Created: created, Creator: g.opt.Program, PDFA: true,
		Keywords: strings.Join(nonEmpty(g.cfg.Unit.ShortName, strconv.Itoa(g.cfg.Unit.Year), g.cfg.Output.Classification, g.cfg.Output.Retention), "; ")}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// fileName keeps def's folder and, when the config sets output.naming (a
// 档号-style pattern, archive.Naming), names the file by it with 件号 seq;
// otherwise def is the name. (issue 9)
func (g *generator) fileName(def string, seq int, fields map[string]string) (string, error) {
	if g.cfg.Output.Naming == "" {
		return def, nil
	}
	n, err := archive.ParseNaming(g.cfg.Output.Naming)
	if err != nil {
		return "", err
	}
	fields["全宗号"], fields["门类"], fields["年度"] = g.cfg.Unit.Archive, "WS", strconv.Itoa(g.cfg.Unit.Year)
	fields["保管期限"], fields["机构"] = archive.RetentionCode(g.cfg.Output.Retention), g.cfg.Output.Organ
	base, err := n.Name(fields, seq, path.Ext(def))
	return path.Join(path.Dir(def), base), err
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func (g *generator) pdf(e archive.Entry, doc *layout.Document) error {
	b, err := g.render(doc)
	if err != nil {
		return fmt.Errorf("生成 %s 失败：%w", e.Path, err)
	}
	if e, err = g.storeBytes(e, b); err != nil {
		return err
	}
	g.add(e)
	return nil
}

// notice lays out a 公文, with the decisions its DOCX repeats; safe to
// call from several goroutines.
func (g *generator) notice(n *document.Notice) (*layout.Document, gongwen.Breaks, model.Diagnostics, error) {
	return gongwen.LayoutBreaks(n, g.setter, g.noticeOpt)
}

func (g *generator) decision() error {
	b, err := templateBytes(g.cfg, g.cfg.Decision.Template)
	if err != nil {
		return err
	}
	t, err := compose.ParseTemplate(g.cfg.Decision.Template, b)
	if err != nil {
		return err
	}
	n, diags, err := compose.Decision(composeOptions(g.cfg), g.res, t)
	g.diags = append(g.diags, diags...)
	if err != nil {
		return err
	}
	g.opt.logf("排版表彰决定 …")
	doc, br, ldiags, err := g.notice(n)
	g.diags = append(g.diags, about(ldiags, DecisionName)...)
	if err != nil {
		return fmt.Errorf("表彰决定：%w", err)
	}
	doc.Meta.Title, doc.Meta.Author, doc.Meta.Number = n.Title, g.cfg.Unit.Name, n.Number
	e := archive.Entry{Path: DecisionName, Kind: "公文", Title: n.Title, Number: n.Number,
		Author: g.cfg.Unit.Name, Date: n.Date.String()}
	if err := g.pdf(e, doc); err != nil {
		return err
	}
	if oe, ok, err := g.storeOFD(e, doc); err != nil {
		return err
	} else if ok {
		g.add(oe)
	}
	g.register = append(g.register, xlsx.NoticeRow{Number: n.Number, Title: n.Title, Recipient: n.Recipients, Date: e.Date, File: e.Path})
	de, err := g.docx(e, n, br)
	if err != nil {
		return err
	}
	g.add(de)
	return nil
}

// docx stores the editable copy of a notice beside its PDF: same model,
// same text; the PDF stays the record. Safe to call from several goroutines.
func (g *generator) docx(pdfEntry archive.Entry, n *document.Notice, br gongwen.Breaks) (archive.Entry, error) {
	e := pdfEntry
	e.Path = strings.TrimSuffix(e.Path, ".pdf") + ".docx"
	e.Kind = "公文（可编辑）"
	opt := docxOptions(g.cfg, br)
	return g.store(e, func(w io.Writer) error { return docx.Write(w, n, opt) })
}

// docxOptions are the DOCX choices of a batch: the config's font names and
// the layout's decisions for the notice.
func docxOptions(cfg *config.Config, br gongwen.Breaks) docx.Options {
	opt := docx.DefaultOptions()
	opt.Breaks = &br
	for role, name := range cfg.Fonts.Docx {
		opt.Fonts[role] = name
	}
	return opt
}

func (g *generator) branchNotices() error {
	b, err := templateBytes(g.cfg, g.cfg.BranchNotice.Template)
	if err != nil {
		return err
	}
	t, err := compose.ParseTemplate(g.cfg.BranchNotice.Template, b)
	if err != nil {
		return err
	}
	copt := composeOptions(g.cfg)
	copt.Comparison = g.cmp
	notices, diags, err := compose.BranchNotices(copt, g.ds, g.res, t)
	g.diags = append(g.diags, diags...)
	if err != nil {
		return err
	}
	g.opt.logf("排版各支部评议结果通知：%d 份 …", len(notices))
	// Each worker lays out, renders and stores its notice (PDF and DOCX); the
	// entries and warnings are collected in notice order, the pages kept for
	// the print book.
	type stored struct {
		pdf, docx, ofd archive.Entry
		hasOFD         bool
		diags          model.Diagnostics
		doc            *layout.Document
	}
	docs := make([]*layout.Document, 0, len(notices))
	var layoutDiags model.Diagnostics
	err = ordered(len(notices), func(i int) (stored, error) {
		if err := g.opt.cancelled(); err != nil {
			return stored{}, err
		}
		bn := notices[i]
		name, err := g.fileName(fmt.Sprintf("%s/%03d-%s.pdf", NoticeDir, i+1, archive.SafeName(bn.Branch.Name)), i+1,
			map[string]string{"题名": bn.Notice.Title, "名称": bn.Branch.Name, "文件编号": bn.Notice.Number})
		if err != nil {
			return stored{}, err
		}
		doc, br, diags, err := g.notice(bn.Notice)
		if err != nil {
			return stored{}, fmt.Errorf("%s 的评议结果通知：%w", bn.Branch.Name, err)
		}
		doc.Meta.Title, doc.Meta.Author, doc.Meta.Number = bn.Notice.Title, g.cfg.Unit.Name, bn.Notice.Number
		b, err := g.render(doc)
		if err != nil {
			return stored{}, fmt.Errorf("生成 %s 失败：%w", name, err)
		}
		e, err := g.storeBytes(archive.Entry{Path: name, Kind: "公文", Title: bn.Notice.Title, Number: bn.Notice.Number,
			Author: g.cfg.Unit.Name, Date: bn.Notice.Date.String()}, b)
		if err != nil {
			return stored{}, err
		}
		oe, hasOFD, err := g.storeOFD(e, doc)
		if err != nil {
			return stored{}, err
		}
		de, err := g.docx(e, bn.Notice, br)
		return stored{e, de, oe, hasOFD, about(diags, name), doc}, err
	}, func(i int, r stored) error {
		layoutDiags = append(layoutDiags, r.diags...)
		g.add(r.pdf)
		if r.hasOFD {
			g.add(r.ofd)
		}
		g.add(r.docx)
		n := notices[i].Notice
		g.register = append(g.register, xlsx.NoticeRow{Number: n.Number, Title: n.Title, Recipient: n.Recipients, Date: r.pdf.Date, File: r.pdf.Path})
		docs = append(docs, r.doc)
		return nil
	})
	g.diags = append(g.diags, sameInMany(layoutDiags, "支部通知")...)
	if err != nil {
		return err
	}
	books := g.noticeBooks(docs)
	return ordered(len(books), func(i int) (archive.Entry, error) {
		b, err := g.render(books[i].doc)
		if err != nil {
			return archive.Entry{}, fmt.Errorf("生成 %s 失败：%w", books[i].entry.Path, err)
		}
		return g.storeBytes(books[i].entry, b)
	}, func(_ int, e archive.Entry) error {
		g.add(e)
		return nil
	})
}

// NoticeBookName is the print book of the branch notices.
const NoticeBookName = "公文/支部通知-合订本.pdf"

// noticeBooks puts the branch notices, in order, into one PDF for printing
// (合订本), so the office prints once. 公文 are printed double-sided
// (GB/T 9704-2012 puts the 版记 on 封四, an even page): each notice starts
// on an odd page, so that it can be taken off the stack on its own and no
// sheet carries the end of one notice and the start of the next. After a
// notice with an odd number of pages a blank page follows; it carries no
// page number (7.5: blank pages are not numbered), and every notice keeps
// its own page numbers, being its own document. Like the certificate books,
// the book is split into volumes (分册) of at most certificates.book_pages
// pages, never inside a notice.
func (g *generator) noticeBooks(docs []*layout.Document) []bookVolume {
	if len(docs) == 0 {
		return nil
	}
	per := g.cfg.Certificates.BookPages
	if per <= 0 {
		per = config.DefaultBookPages
	}
	meta := layout.Meta{Title: "各党支部评议结果通知（合订，供双面打印）", Author: g.cfg.Unit.Name, Date: g.cfg.Unit.IssueDate.String()}
	var vols []*layout.Document
	var cur *layout.Document
	for _, d := range docs {
		n := len(d.Pages) + len(d.Pages)%2 // with the blank page that makes the next one start odd
		if cur == nil || len(cur.Pages) > 0 && len(cur.Pages)+n > per {
			cur = &layout.Document{Meta: meta}
			vols = append(vols, cur)
		}
		cur.Append(d) // each notice a section of the book's structure
		if len(d.Pages)%2 == 1 {
			last := d.Pages[len(d.Pages)-1]
			cur.Pages = append(cur.Pages, layout.Page{Width: last.Width, Height: last.Height})
		}
	}
	out := make([]bookVolume, len(vols))
	for v, doc := range vols {
		name := NoticeBookName
		if len(vols) > 1 {
			name = fmt.Sprintf("%s-第%02d册.pdf", strings.TrimSuffix(NoticeBookName, ".pdf"), v+1)
			doc.Meta.Title = fmt.Sprintf("%s，第%d册，共%d册）", strings.TrimSuffix(meta.Title, "）"), v+1, len(vols))
		}
		out[v] = bookVolume{archive.Entry{Path: name, Kind: "公文合订本", Title: doc.Meta.Title, Author: g.cfg.Unit.Name,
			Date: meta.Date}, doc}
	}
	return out
}

func (g *generator) certificates() error {
	spec, err := g.certSpec()
	if err != nil {
		return err
	}
	wb, err := templateBytes(g.cfg, "证书措辞.yaml")
	if err != nil {
		return err
	}
	wording, err := compose.ParseWording(wb)
	if err != nil {
		return err
	}
	certs, index, err := compose.Certificates(g.res, composeOptions(g.cfg), wording)
	if err != nil {
		return err
	}
	g.opt.logf("排版证书：%d 份 …", len(certs))
	dx, dy := layout.MM(g.cfg.Certificates.OffsetX), layout.MM(g.cfg.Certificates.OffsetY)
	combined := map[string]*layout.Document{}
	var awards []string
	// File names number certificates per award in list order, so they are
	// fixed before the workers start.
	names := make([]string, len(certs))
	seq := map[string]int{}
	for i := range certs {
		c, com := &certs[i], g.res.Commendations[index[i]]
		seq[com.Award]++
		names[i], err = g.fileName(fmt.Sprintf("%s/%s/%04d-%s.pdf", CertDir, archive.SafeName(com.Award), seq[com.Award], archive.SafeName(c.Name)), seq[com.Award],
			map[string]string{"题名": com.Award + "证书：" + c.Name, "名称": c.Name, "类别": com.Award, "文件编号": com.Number})
		if err != nil {
			return err
		}
	}
	// Each worker lays out, renders and stores its certificate; the pages are
	// kept for the combined book.
	type stored struct {
		doc        *layout.Document
		fit        certificate.Fit
		entry, ofd archive.Entry
		hasOFD     bool
	}
	err = ordered(len(certs), func(i int) (stored, error) {
		if err := g.opt.cancelled(); err != nil {
			return stored{}, err
		}
		c, com := &certs[i], g.res.Commendations[index[i]]
		doc, fit, err := certificate.Layout(c, spec, g.setter, dx, dy)
		if err != nil {
			return stored{}, fmt.Errorf("%s 的证书：%w", c.Name, err)
		}
		b, err := g.render(doc)
		if err != nil {
			return stored{}, fmt.Errorf("生成 %s 失败：%w", names[i], err)
		}
		e, err := g.storeBytes(archive.Entry{Path: names[i], Kind: "证书", Title: com.Award + "证书：" + c.Name,
			Number: com.Number, Author: g.cfg.Unit.Name, Date: c.Date}, b)
		if err != nil {
			return stored{}, err
		}
		oe, hasOFD, err := g.storeOFD(e, doc)
		return stored{doc, fit, e, oe, hasOFD}, err
	}, func(i int, r stored) error {
		c, com := &certs[i], g.res.Commendations[index[i]]
		if r.fit.Overflow {
			g.diags = append(g.diags, model.Diagnostic{Severity: model.Warning, Ref: refOf(com),
				Problem: fmt.Sprintf("证书上的名称过长，缩小到 %.1f 磅并收紧字距才放下", r.fit.Size.Points()),
				Value:   c.Name, Fix: "检查名称是否正确，或在证书版式中加宽 recipient 文字框、调小 min_size"})
		}
		g.add(r.entry)
		if r.hasOFD {
			g.add(r.ofd)
		}
		all := combined[com.Award]
		if all == nil {
			all = &layout.Document{Meta: layout.Meta{Title: com.Award + "证书（合订，供打印）", Author: g.cfg.Unit.Name}}
			combined[com.Award] = all
			awards = append(awards, com.Award)
		}
		all.Append(r.doc) // pages and structure
		return nil
	})
	if err != nil {
		return err
	}
	// The books are timed as a stage of their own: certificates per second
	// counts the separate PDFs.
	g.stage.Finish()
	books := g.bookVolumes(awards, combined)
	g.stage = g.progress.Start("certbooks", "证书合订本", len(books))
	err = ordered(len(books), func(i int) (archive.Entry, error) {
		if err := g.opt.cancelled(); err != nil {
			return archive.Entry{}, err
		}
		b, err := g.render(books[i].doc)
		if err != nil {
			return archive.Entry{}, fmt.Errorf("生成 %s 失败：%w", books[i].entry.Path, err)
		}
		return g.storeBytes(books[i].entry, b)
	}, func(_ int, e archive.Entry) error {
		g.add(e)
		return nil
	})
	if err != nil {
		return err
	}
	if !spec.Variable {
		return nil
	}
	// 套打: a ruler-grid page to print first and hold over the pre-printed
	// paper, to find the printer's offset.
	cal, err := certificate.Calibration(spec, g.setter, dx, dy)
	if err != nil {
		return err
	}
	return g.pdf(archive.Entry{Path: CertDir + "/套打校准页.pdf", Kind: "校准页", Title: cal.Meta.Title}, cal)
}

type bookVolume struct {
	entry archive.Entry
	doc   *layout.Document
}

// bookVolumes splits each award's combined book (合订本) into volumes (分册)
// of at most certificates.book_pages pages: a print shop takes a volume as
// one job, and the volumes are rendered in parallel with bounded memory. An
// award that fits in one volume keeps the plain name.
func (g *generator) bookVolumes(awards []string, combined map[string]*layout.Document) []bookVolume {
	per := g.cfg.Certificates.BookPages
	if per <= 0 {
		per = config.DefaultBookPages
	}
	var vols []bookVolume
	for _, award := range awards {
		all := combined[award]
		n := (len(all.Pages) + per - 1) / per
		for v := 0; v < n; v++ {
			doc := all.Slice(v*per, min((v+1)*per, len(all.Pages)))
			name := fmt.Sprintf("%s/%s-合订本.pdf", CertDir, archive.SafeName(award))
			if n > 1 {
				name = fmt.Sprintf("%s/%s-合订本-第%02d册.pdf", CertDir, archive.SafeName(award), v+1)
				doc.Meta.Title = fmt.Sprintf("%s证书（合订，供打印，第%d册，共%d册，第%d—%d份）", award, v+1, n, v*per+1, v*per+len(doc.Pages))
			}
			vols = append(vols, bookVolume{archive.Entry{Path: name, Kind: "证书合订本", Title: doc.Meta.Title, Author: g.cfg.Unit.Name}, doc})
		}
	}
	return vols
}

// about names the output file in layout diagnostics that point at no cell,
// so a warning says which document it concerns.
func about(ds model.Diagnostics, file string) model.Diagnostics {
	for i := range ds {
		if ds[i].Ref.IsZero() {
			ds[i].Ref.File = file
		}
	}
	return ds
}

func refOf(c model.Commendation) model.CellRef {
	switch {
	case c.Member != nil:
		return c.Member.Ref
	case c.Org != nil:
		return c.Org.Ref
	}
	return model.CellRef{}
}

func (g *generator) certSpec() (*certificate.Spec, error) {
	name := "证书版式/" + g.cfg.Certificates.Layout + ".yaml"
	b, err := templateBytes(g.cfg, name)
	if err != nil {
		return nil, err
	}
	spec, err := certificate.ParseSpec(b, name)
	if err != nil {
		return nil, err
	}
	spec.Roles = g.cfg.Fonts.Roles
	return spec, nil
}

// catalog writes 文件目录.csv, the human-readable list of files (the
// manifest is the machine-readable one).
func (g *generator) catalog() error {
	b, err := catalogCSV(g.entries)
	if err != nil {
		return err
	}
	return g.write(archive.Entry{Path: CatalogName, Kind: "文件目录", Title: "文件目录"}, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// CatalogCSV is 文件目录.csv of entries (catalogCSV), for a department's.
func CatalogCSV(entries []archive.Entry) ([]byte, error) { return catalogCSV(entries) }

// catalogCSV lists entries one a row, numbered: UTF-8 with a BOM so Excel
// opens it, quoted as encoding/csv quotes (RFC 4180, and a field starting
// with a space), lines ending in LF.
func catalogCSV(entries []archive.Entry) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.Write([]string{"序号", "文件", "类别", "题名", "文件编号", "责任者", "日期"})
	for i, e := range entries {
		w.Write([]string{strconv.Itoa(i + 1), defuse(e.Path), defuse(e.Kind), defuse(e.Title),
			defuse(e.Number), defuse(e.Author), defuse(e.Date)})
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// defuse keeps a spreadsheet from running a value as a formula: one
// starting with = + - @ gets a leading '.
func defuse(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (g *generator) manifest() error {
	m := &archive.Manifest{Program: g.opt.Program, Batch: batchID(g.cfg), Figures: figures(g.cfg, g.ds, g.res)}
	_, before := g.inputDiags.Count()
	_, during := g.diags.Count()
	m.Figures.Warnings = before + during
	if g.cfg.Bytes == nil {
		return fmt.Errorf("配置 %s 没有原文，无法记入清单", g.cfg.Name())
	}
	sha, sm := archive.HashBytes(g.cfg.Bytes)
	m.Config = archive.Input{Name: g.cfg.Name(), SHA256: sha, SM3: sm, Size: int64(len(g.cfg.Bytes))}
	for _, in := range g.ds.Inputs {
		s1, s2, size, err := archive.Hashes(in.Path)
		if err != nil {
			return err
		}
		m.Inputs = append(m.Inputs, archive.Input{Name: in.Name, Size: size, SHA256: s1, SM3: s2})
	}
	// Every file was hashed as it was written (archive.Stage).
	m.Files = append([]archive.Entry(nil), g.entries...)
	b, err := archive.EncodeManifest(m)
	if err != nil {
		return err
	}
	_, err = g.st.Write(archive.Entry{Path: archive.ManifestName}, b)
	return err
}
