package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout/gongwen"
	"pingyou/pipeline/model"
)

const longPara = "经各党总支、直属党支部推荐，党委组织部审核并公示，党委会议研究，决定授予机关第一党支部等十个基层党组织“先进基层党组织”称号，授予王小明等三十名同志“优秀共产党员”称号。希望受到表彰的先进集体和个人珍惜荣誉，再接再厉，在新的起点上再创佳绩。"

// decision is a 表彰决定 in 文件格式 with two attachments, a 名单 and a 版记.
func decision() *document.Notice {
	return &document.Notice{
		Issuers:    []string{"中共江城师范学院委员会"},
		MarkSuffix: "文件",
		Number:     "江师党发〔2012〕15号",
		Star:       true,
		Title:      "中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定",
		Recipients: "各党总支、直属党支部，机关各部门：",
		Body: []document.Block{
			{Text: "2012年，全校各级党组织和广大共产党员深入开展创先争优活动，涌现出一批先进基层党组织和优秀共产党员。"},
			{Kind: document.Heading1, Text: "一、表彰对象"},
			{Kind: document.Heading2, Text: "（一）先进基层党组织。", RunIn: "机关第一党支部等十个基层党组织。"},
			{Text: longPara},
			{Text: "全校各级党组织和广大党员要以受表彰的先进集体和个人为榜样，为学校改革发展作出新的更大贡献。"},
		},
		Attachments: []document.Attachment{
			{Name: "2012年度先进基层党组织名单", Body: []document.Block{{Kind: document.NameList, Groups: []document.NameGroup{
				{Names: []string{"机关第一党支部", "文学院学生党支部", "数学学院教工党支部"}}}}}},
			{Name: "2012年度优秀共产党员名单", Subtitle: "（共12名，按姓氏笔画为序）", Body: []document.Block{{Kind: document.NameList, Groups: []document.NameGroup{
				{Heading: "机关党总支（5名）", Names: []string{"王五", "方小平", "孔明", "欧阳明明", "邓红"}},
				{Heading: "文学院党总支（7名）", Names: []string{"田富", "田大利", "白雪", "买买提·艾力", "刘洋", "张𠇔", "张三"}},
			}}}},
		},
		Organs:     []string{"中共江城师范学院委员会"},
		Date:       model.Date{Year: 2012, Month: 6, Day: 28},
		Seal:       document.WithSeal,
		CC:         []string{"中共江城市委组织部", "江城市委教育工委"},
		PrintOrgan: "中共江城师范学院委员会办公室",
		PrintDate:  model.Date{Year: 2012, Month: 6, Day: 28},
	}
}

// letter is a per-branch notice in 信函格式 without seal.
func letter() *document.Notice {
	return &document.Notice{
		Form:       document.LetterForm,
		Issuers:    []string{"中共江城师范学院委员会"},
		Number:     "江师党函〔2012〕8号",
		Title:      "关于机关第一党支部2012年度民主评议党员结果的通知",
		Recipients: "机关第一党支部：",
		Body: []document.Block{
			{Text: "根据《关于开展2012年度民主评议党员工作的通知》要求，你支部评议工作已经完成，现将结果通知如下。"},
			{Text: "参评党员18名，评为优秀的3名，合格15名。"},
		},
		Organs:     []string{"中共江城师范学院委员会组织部"},
		Date:       model.Date{Year: 2012, Month: 7, Day: 2},
		Seal:       document.NoSeal,
		CC:         []string{"中共江城师范学院委员会办公室"},
		PrintOrgan: "中共江城师范学院委员会组织部",
		PrintDate:  model.Date{Year: 2012, Month: 7, Day: 2},
	}
}

// plain is a 拟表彰对象公示 without 版头 (PlainForm), sealed, with the
// contact lines and a 名单 attachment, and no 版记.
func plain() *document.Notice {
	return &document.Notice{
		Form:  document.PlainForm,
		Title: "关于2012年度先进基层党组织和优秀共产党员拟表彰对象的公示",
		Body: []document.Block{
			{Text: "根据2012年度创先争优活动评选表彰工作安排，经各党总支、直属党支部推荐，党委组织部审核，拟授予机关第一党支部等3个基层党组织“先进基层党组织”称号，授予王小明等12名同志“优秀共产党员”称号。现予公示。"},
			{Text: "公示时间：2012年6月15日至6月21日（5个工作日）。"},
			{Text: "联系人：王明"},
			{Text: "联系电话：0791-88120000"},
		},
		Attachments: []document.Attachment{
			{Name: "2012年度拟表彰优秀共产党员名单", Subtitle: "（共4名，按姓氏笔画为序）", Body: []document.Block{{Kind: document.NameList, Groups: []document.NameGroup{
				{Heading: "机关党总支（4名）", Names: []string{"王五", "方小平", "欧阳明明", "邓红"}}}}}},
		},
		Organs: []string{"中共江城师范学院委员会组织部"},
		Date:   model.Date{Year: 2012, Month: 6, Day: 15},
		Seal:   document.WithSeal,
	}
}

var notices = map[string]func() *document.Notice{"decision": decision, "letter": letter, "plain": plain}

func write(t testing.TB, n *document.Notice) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, n, DefaultOptions()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wantParagraphs is the notice's text, paragraph by paragraph, as both the
// PDF and the DOCX must carry it (written independently of the writer).
func wantParagraphs(n *document.Notice) []string {
	var ps []string
	add := func(s ...string) {
		for _, x := range s {
			if x != "" {
				ps = append(ps, x)
			}
		}
	}
	mark := strings.Join(n.Issuers, "") + n.MarkSuffix
	if n.Form == document.LetterForm {
		add(mark, n.CopyNo+n.Number, n.Secrecy, n.Urgency)
	} else {
		add(n.CopyNo, n.Secrecy, n.Urgency, mark, n.Number)
		if n.Star {
			add("★")
		}
	}
	add(n.Title, n.Recipients)
	blocks := func(bs []document.Block) {
		for _, b := range bs {
			if b.Kind == document.NameList {
				for _, g := range b.Groups {
					add(g.Heading)
					add(g.Names...)
				}
				continue
			}
			add(b.Text + b.RunIn)
		}
	}
	blocks(n.Body)
	for i, a := range n.Attachments {
		p := a.Name
		if len(n.Attachments) > 1 {
			p = string(rune('1'+i)) + ". " + p
		}
		if i == 0 {
			p = "附件：" + p
		}
		add(p)
	}
	add(n.Organs...)
	add(n.Date.String())
	for i, a := range n.Attachments {
		if len(a.Body) == 0 {
			continue
		}
		label := "附件" // one attachment has no number (GB/T 9704-2012 7.3.4)
		if len(n.Attachments) > 1 {
			label += string(rune('1' + i))
		}
		add(label, a.Name, a.Subtitle)
		blocks(a.Body)
	}
	if len(n.CC) > 0 {
		add("抄送：" + strings.Join(n.CC, "，") + "。")
	}
	if n.Form != document.LetterForm && (n.PrintOrgan != "" || !n.PrintDate.IsZero()) {
		add(n.PrintOrgan + n.PrintDate.String() + "印发")
	}
	return ps
}

func unzip(t testing.TB, b []byte) (names []string, parts map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts = map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		names = append(names, f.Name)
		parts[f.Name] = data
	}
	return names, parts
}

// docParagraphs returns the text of document.xml's paragraphs (w:t, w:tab
// as nothing), skipping empty ones.
func docParagraphs(t testing.TB, doc []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var ps []string
	var cur strings.Builder
	inT := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("document.xml: %v", err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			if v.Name.Local == "p" {
				cur.Reset()
			}
			inT = v.Name.Local == "t"
		case xml.EndElement:
			if v.Name.Local == "p" && cur.Len() > 0 {
				ps = append(ps, cur.String())
			}
			inT = false
		case xml.CharData:
			if inT {
				// the joiners between Han and Latin text (joiner) are not text
				cur.WriteString(strings.NewReplacer("\u2060", "", "\u200B", "").Replace(string(v)))
			}
		}
	}
	return ps
}

func TestParagraphsMatchNotice(t *testing.T) {
	for name, mk := range notices {
		t.Run(name, func(t *testing.T) {
			n := mk()
			_, parts := unzip(t, write(t, n))
			got := docParagraphs(t, parts["word/document.xml"])
			want := wantParagraphs(n)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("paragraphs\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestReproducible(t *testing.T) {
	for name, mk := range notices {
		a, b := write(t, mk()), write(t, mk())
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two writes differ", name)
		}
	}
}

// TestPackageValid checks what Word needs before it opens a package: every
// part has a content type, every relationship target exists, every XML part
// parses, no duplicate ids, and the layout settings are in place.
func TestPackageValid(t *testing.T) {
	for name, mk := range notices {
		t.Run(name, func(t *testing.T) {
			n := mk()
			names, parts := unzip(t, write(t, n))
			if names[0] != "[Content_Types].xml" {
				t.Errorf("first entry %q, want [Content_Types].xml", names[0])
			}
			var ct struct {
				Defaults []struct {
					Extension string `xml:"Extension,attr"`
				} `xml:"Default"`
				Overrides []struct {
					PartName string `xml:"PartName,attr"`
				} `xml:"Override"`
			}
			if err := xml.Unmarshal(parts["[Content_Types].xml"], &ct); err != nil {
				t.Fatal(err)
			}
			over := map[string]bool{}
			for _, o := range ct.Overrides {
				over[o.PartName] = true
				if _, ok := parts[strings.TrimPrefix(o.PartName, "/")]; !ok {
					t.Errorf("override for missing part %s", o.PartName)
				}
			}
			defs := map[string]bool{}
			for _, d := range ct.Defaults {
				defs[d.Extension] = true
			}
			for _, p := range names {
				if p == "[Content_Types].xml" {
					continue
				}
				if !over["/"+p] && !defs[path.Ext(p)[1:]] {
					t.Errorf("part %s has no content type", p)
				}
				if !strings.HasSuffix(p, ".rels") && !over["/"+p] {
					t.Errorf("part %s only has the generic xml type", p)
				}
				var v any
				if err := xml.Unmarshal(parts[p], &v); err != nil && err != io.EOF {
					t.Errorf("%s does not parse: %v", p, err)
				}
				checkIDs(t, p, parts[p])
			}
			// Relationships resolve.
			docRelIDs := map[string]bool{}
			for _, p := range names {
				if !strings.HasSuffix(p, ".rels") {
					continue
				}
				dir := path.Dir(path.Dir(p)) // _rels/.rels → "."; word/_rels/x → word
				var rels struct {
					Rel []struct {
						ID     string `xml:"Id,attr"`
						Target string `xml:"Target,attr"`
					} `xml:"Relationship"`
				}
				if err := xml.Unmarshal(parts[p], &rels); err != nil {
					t.Fatal(err)
				}
				seen := map[string]bool{}
				for _, r := range rels.Rel {
					if seen[r.ID] {
						t.Errorf("%s: duplicate Id %s", p, r.ID)
					}
					seen[r.ID] = true
					target := path.Clean(path.Join(dir, r.Target))
					if _, ok := parts[target]; !ok {
						t.Errorf("%s: %s → %s missing", p, r.ID, target)
					}
					if p == "word/_rels/document.xml.rels" {
						docRelIDs[r.ID] = true
					}
				}
			}
			doc := string(parts["word/document.xml"])
			for _, ref := range rIDs(t, parts["word/document.xml"]) {
				if !docRelIDs[ref] {
					t.Errorf("document.xml uses r:id %s with no relationship", ref)
				}
			}
			for _, want := range []string{
				`<w:pgSz w:w="11906" w:h="16838"/>`,
				`w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"`,
				`<w:docGrid w:type="lines" w:linePitch="579"/>`,
				`w:eastAsia="方正小标宋简体"`,
				`<w:footerReference w:type="even"`,
			} {
				if !strings.Contains(doc, want) {
					t.Errorf("document.xml lacks %s", want)
				}
			}
			if !strings.Contains(string(parts["word/settings.xml"]), "<w:evenAndOddHeaders/>") {
				t.Error("settings.xml lacks evenAndOddHeaders")
			}
			for _, f := range []string{"word/footer1.xml", "word/footer2.xml"} {
				s := string(parts[f])
				if !strings.Contains(s, " PAGE ") || strings.Count(s, ">—<") != 2 || !strings.Contains(s, `w:eastAsia="宋体"`) {
					t.Errorf("%s is not a — PAGE — footer in 宋体", f)
				}
			}
			core := string(parts["docProps/core.xml"])
			if !strings.Contains(core, "<dc:creator>"+n.Organs[0]+"</dc:creator>") || !strings.Contains(core, "2012-0") {
				t.Errorf("core.xml: %s", core)
			}
			if red := strings.Contains(doc, `<w:color w:val="FF0000"/>`); red != (n.Form != document.PlainForm) {
				t.Errorf("red in document.xml: %v (%s)", red, n.Form)
			}
			switch n.Form {
			case document.PlainForm:
				// No 版头: the title is the first paragraph; no frames, rules or 版记.
				if ps := docParagraphs(t, parts["word/document.xml"]); len(ps) == 0 || ps[0] != n.Title {
					t.Errorf("first paragraph %q, want the title", ps[:min(len(ps), 1)])
				}
				for _, no := range []string{"framePr", "pBdr", "印发", "★"} {
					if strings.Contains(doc, no) {
						t.Errorf("无版头 document has %s", no)
					}
				}
			case document.LetterForm:
				for _, want := range []string{`w:vAnchor="page"`, `thickThinSmallGap`, `thinThickSmallGap`, `<w:titlePg/>`, `w:y="1701"`} {
					if !strings.Contains(doc, want) && !(want == `w:y="1701"` && strings.Contains(doc, `w:y="`)) {
						t.Errorf("信函格式 document lacks %s", want)
					}
				}
				if strings.Contains(doc, "印发") || strings.Contains(doc, `w:color="000000"`) {
					t.Error("信函格式 prints the 印发 line or 版记 rules")
				}
			default:
				if strings.Contains(doc, "framePr") {
					t.Error("文件格式 document has a frame (LibreOffice loses a framed 版记's rules)")
				}
				for _, want := range []string{`<w:pageBreakBefore/>`,
					`<w:top w:val="single" w:sz="8"`, `<w:bottom w:val="single" w:sz="6"`, `<w:bottom w:val="single" w:sz="8"`,
					`<w:gridSpan w:val="2"/>`, `<w:spacing w:val="315"/>`, `w:eastAsia="黑体"`, `w:eastAsia="楷体_GB2312"`} {
					if !strings.Contains(doc, want) {
						t.Errorf("文件格式 document lacks %s", want)
					}
				}
			}
		})
	}
}

// checkIDs fails on duplicate w:id values (bookmarks, comments, drawings).
func checkIDs(t testing.TB, part string, data []byte) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	seen := map[string]bool{}
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == "id" && a.Name.Space == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" {
					key := se.Name.Local + "/" + a.Value
					if se.Name.Local == "bookmarkEnd" {
						continue
					}
					if seen[key] {
						t.Errorf("%s: duplicate w:id %s", part, key)
					}
					seen[key] = true
				}
			}
		}
	}
}

func rIDs(t testing.TB, data []byte) []string {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var ids []string
	for {
		tok, err := dec.Token()
		if err != nil {
			return ids
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Space == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" {
					ids = append(ids, a.Value)
				}
			}
		}
	}
}

// TestBreaksFromThePDF: the title takes the PDF's lines (w:br between them,
// the text unchanged) and the 版记 starts a page with the PDF's empty grid
// lines above it as space before.
func TestBreaksFromThePDF(t *testing.T) {
	n := decision()
	opt := DefaultOptions()
	opt.Breaks = &gongwen.Breaks{
		Title:         []string{"中共江城师范学院委员会关于表彰2012年度", "先进基层党组织和优秀共产党员的决定"},
		Attachments:   [][]string{{"2012年度先进基层党组织名单"}, {"2012年度优秀共产党员名单"}},
		ColophonPages: 1, ColophonLines: 20,
	}
	var buf bytes.Buffer
	if err := Write(&buf, n, opt); err != nil {
		t.Fatal(err)
	}
	_, parts := unzip(t, buf.Bytes())
	doc := string(parts["word/document.xml"])
	if !strings.Contains(doc, "2012\u2060年度</w:t></w:r><w:r><w:br/></w:r>") {
		t.Error("the title has no line break after 2012年度")
	}
	want := fmt.Sprintf(`<w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:pBdr>`)
	if !strings.Contains(doc, want) || !strings.Contains(doc, fmt.Sprintf(`w:before="%d"`, 20*linePitch-colophonRules)) {
		t.Errorf("the 版记 does not start a page with 20 lines of space before it")
	}
	if got := docParagraphs(t, parts["word/document.xml"]); strings.Join(got, "\n") != strings.Join(wantParagraphs(n), "\n") {
		t.Errorf("paragraphs changed by the breaks:\n%s", strings.Join(got, "\n"))
	}
	// 28 字 a line: the tracking fits 28 characters of 16 pt and not 29.
	if w := 28 * (bodySz*10 + tracking()); w > typeW {
		t.Errorf("28 characters take %d twips of %d", w, typeW)
	}
	if w := 29 * (bodySz*10 + tracking()); w <= typeW {
		t.Errorf("29 characters fit: %d twips of %d", w, typeW)
	}
}

// para is a paragraph of document.xml: its pPr (raw XML) and runs.
type para struct {
	pPr  string
	runs []run
}

type run struct{ rPr, text string }

func (p para) text() string {
	var sb strings.Builder
	for _, r := range p.runs {
		sb.WriteString(r.text)
	}
	return strings.NewReplacer("\u2060", "", "\u200B", "").Replace(sb.String())
}

var (
	paraRE = regexp.MustCompile(`(?s)<w:p>(?:<w:pPr>(.*?)</w:pPr>)?(.*?)</w:p>`)
	runRE  = regexp.MustCompile(`(?s)<w:r>(?:<w:rPr>(.*?)</w:rPr>)?(.*?)</w:r>`)
	textRE = regexp.MustCompile(`<w:t[^>]*>([^<]*)</w:t>`)
)

// bodyParas returns the body's paragraphs outside tables, in order.
func bodyParas(t testing.TB, doc []byte) []para {
	t.Helper()
	s := regexp.MustCompile(`(?s)<w:tbl>.*?</w:tbl>`).ReplaceAllString(string(doc), "")
	var ps []para
	for _, m := range paraRE.FindAllStringSubmatch(s, -1) {
		p := para{pPr: m[1]}
		for _, r := range runRE.FindAllStringSubmatch(m[2], -1) {
			var sb strings.Builder
			for _, t := range textRE.FindAllStringSubmatch(r[2], -1) {
				sb.WriteString(t[1])
			}
			p.runs = append(p.runs, run{r[1], sb.String()})
		}
		ps = append(ps, p)
	}
	return ps
}

// tailNotice is a branch notice: three paragraphs, the middle one of
// three lines in the PDF, an 附件说明 and a signature without seal.
func tailNotice() *document.Notice {
	n := letter()
	n.Body = []document.Block{
		{Text: "根据《关于开展2012年度民主评议党员工作的通知》要求，现将评议结果通知如下。"},
		{Text: "你支部共有党员19名，参加评定等次的正式党员19名，优秀等次名额2名（19人×15%=2.85→向下取整→名额2）。评定优秀2名、合格17名。"},
		{Text: "请支部将评议结果向党员通报。"},
	}
	n.Attachments = []document.Attachment{{Name: "机关第一党支部2012年度民主评议党员结果名单"}}
	n.CC = nil
	return n
}

// TestTailFromThePDF: the DOCX repeats how the PDF set the page with the
// signature — the paragraph with the last but one line of 正文 and those
// after it kept with the 附件说明 and the signature (which are kept
// together, the 附件说明's lines unsplit), widow control as the split
// needs, the page's tighter line pitch on the paragraphs that start on it
// and on everything after the body, 29 a line where the PDF set them so,
// and the lines a seal reaches below the date.
func TestTailFromThePDF(t *testing.T) {
	const (
		keepNext = `<w:keepNext/>`
		widowOn  = `<w:widowControl/>`
		widowOff = `<w:widowControl w:val="0"/>`
	)
	for _, c := range []struct {
		name  string
		tail  gongwen.Tail
		widow string // Keep's widow control
	}{
		{"one line moved", gongwen.Tail{Page: 1, Keep: 1, Lines: 3, Before: 2, From: 2}, widowOff},
		{"two lines moved", gongwen.Tail{Page: 1, Keep: 1, Lines: 4, Before: 2, From: 2}, widowOn},
		{"page ends in it", gongwen.Tail{Page: 1, Keep: 1, Lines: 3, Before: 1, Full: true, From: 2}, ""},
		{"whole on the page", gongwen.Tail{Page: 0, Keep: 1, Lines: 3, From: 0}, widowOn},
		{"two of three moved", gongwen.Tail{Page: 1, Keep: 1, Lines: 3, Before: 1, From: 2}, widowOn},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := tailNotice()
			opt := DefaultOptions()
			opt.Breaks = &gongwen.Breaks{Tail: c.tail}
			var buf bytes.Buffer
			if err := Write(&buf, n, opt); err != nil {
				t.Fatal(err)
			}
			_, parts := unzip(t, buf.Bytes())
			ps := bodyParas(t, parts["word/document.xml"])
			first := -1
			for i, p := range ps {
				if strings.HasPrefix(p.text(), "根据") {
					first = i
				}
			}
			if first < 0 {
				t.Fatal("no body")
			}
			body, tail := ps[first:first+3], ps[first+3:]
			if strings.Contains(body[0].pPr, keepNext) {
				t.Errorf("paragraph 0 is kept with the next: %s", body[0].pPr)
			}
			switch {
			case c.widow == "" && body[1].pPr != `<w:ind w:left="0" w:right="0" w:firstLine="630"/>`:
				t.Errorf("paragraph 1 (Keep), split where the page ends: %s, want it free to split there", body[1].pPr)
			case c.widow != "" && (!strings.Contains(body[1].pPr, keepNext) || !strings.Contains(body[1].pPr, c.widow)):
				t.Errorf("paragraph 1 (Keep): %s, want keepNext and %s", body[1].pPr, c.widow)
			}
			if !strings.Contains(body[2].pPr, keepNext) || !strings.Contains(body[2].pPr, widowOn) {
				t.Errorf("paragraph 2: %s, want keepNext and widow control", body[2].pPr)
			}
			// blank, 附件说明, blank, organ, date
			if len(tail) != 5 || !strings.HasPrefix(tail[1].text(), "附件：") || tail[4].text() != n.Date.String() {
				t.Fatalf("after the body: %q", tail)
			}
			for i, p := range tail {
				if last := i == len(tail)-1; strings.Contains(p.pPr, keepNext) == last {
					t.Errorf("%q: keepNext %v, want %v", p.text(), !last, last)
				}
			}
			if !strings.Contains(tail[1].pPr, `<w:keepLines/>`) {
				t.Errorf("the 附件说明 may split: %s", tail[1].pPr)
			}
		})
	}

	// The 7.3.5.5 measures and a seal's reach.
	n := tailNotice()
	n.Seal = document.WithSeal
	opt := DefaultOptions()
	opt.Breaks = &gongwen.Breaks{Tail: gongwen.Tail{Page: 0, Keep: 1, Lines: 3, From: 1,
		Rows: 14, Used: 15, Tight: []int{1}, CharPitch: 442250 / 29, Reach: 1}}
	var buf bytes.Buffer
	if err := Write(&buf, n, opt); err != nil {
		t.Fatal(err)
	}
	_, parts := unzip(t, buf.Bytes())
	ps := bodyParas(t, parts["word/document.xml"])
	exact := fmt.Sprintf(`<w:snapToGrid w:val="0"/><w:spacing w:line="%d" w:lineRule="exact"/>`, 14*linePitch/15)
	seen := false
	for i, p := range ps {
		text := p.text()
		switch {
		case text == n.Recipients:
			seen = true
			if !strings.Contains(p.pPr, exact) {
				t.Errorf("主送机关 on the tightened page: %s", p.pPr)
			}
		case strings.HasPrefix(text, "根据"):
			if strings.Contains(p.pPr, "w:lineRule") {
				t.Errorf("paragraph 0 starts on an earlier page, its pitch is the grid's: %s", p.pPr)
			}
		case seen && strings.HasPrefix(text, "你支部"):
			if !strings.Contains(p.pPr, exact) {
				t.Errorf("paragraph 1: %s, want %s", p.pPr, exact)
			}
			track := trackFor(29)
			for _, r := range p.runs {
				want := track
				if r.text == "）" {
					want = track - (bodySz*10+track)/2
				}
				if !strings.Contains(r.rPr, fmt.Sprintf(`<w:spacing w:val="%d"/>`, want)) {
					t.Errorf("paragraph 1 not 29 a line: run %q %s, want spacing %d", r.text, r.rPr, want)
				}
			}
			if !strings.Contains(p.pPr, fmt.Sprintf(`w:firstLine="%d"`, 2*(442250/29/50))) {
				t.Errorf("paragraph 1 not indented 2 of its characters: %s", p.pPr)
			}
		case text == n.Date.String():
			if !strings.Contains(p.pPr, exact) || !strings.Contains(p.pPr, `<w:keepNext/>`) {
				t.Errorf("the date: %s", p.pPr)
			}
			if i+1 >= len(ps) || ps[i+1].text() != "" || !strings.Contains(ps[i+1].pPr, exact) {
				t.Errorf("no line for the seal below the date")
			}
		}
	}
	// Paragraph 2 runs at the document's tracking.
	for _, p := range ps {
		if strings.HasPrefix(p.text(), "请支部") && strings.Contains(p.runs[0].rPr, "w:spacing") {
			t.Errorf("paragraph 2 is tightened: %s", p.runs[0].rPr)
		}
	}
}

// TestMarkKernsInDOCX: of two adjacent marks the first is condensed by half
// its cell, as the PDF sets the pair in 1.5 em; single marks are not.
func TestMarkKernsInDOCX(t *testing.T) {
	n := tailNotice()
	_, parts := unzip(t, write(t, n))
	half := (bodySz*10 + tracking()) / 2
	want := fmt.Sprintf(`<w:spacing w:val="%d"/>`, tracking()-half)
	var kerned []string
	for _, p := range bodyParas(t, parts["word/document.xml"]) {
		for _, r := range p.runs {
			if strings.Contains(r.rPr, "w:spacing") {
				if !strings.Contains(r.rPr, want) {
					t.Errorf("run %q: %s, want %s", r.text, r.rPr, want)
				}
				kerned = append(kerned, r.text)
			}
		}
	}
	if strings.Join(kerned, "|") != "）" {
		t.Errorf("kerned runs %q, want the ） of 名额2）。", kerned)
	}
}

// Children of w:pPr and w:rPr in the order ECMA-376 Part 1 gives them
// (CT_PPrBase, CT_RPr, 17.3.1.26 and 17.3.2.28): Word reports a document
// whose properties are out of order as damaged.
var (
	pPrOrder = strings.Fields(`pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr
		suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct
		autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents
		suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange`)
	rPrOrder = strings.Fields(`rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss
		imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect
		bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath`)
	propsRE = regexp.MustCompile(`(?s)<w:(pPr|rPr)>(.*?)</w:(?:pPr|rPr)>`)
	childRE = regexp.MustCompile(`<w:(\w+)`)
	nestRE  = regexp.MustCompile(`(?s)<w:(rPr|pBdr|tabs)>.*?</w:(?:rPr|pBdr|tabs)>`)
)

// TestSchemaOrder: every pPr and rPr of every part lists its children in
// the schema's order, for every notice and with the page-fill measures.
func TestSchemaOrder(t *testing.T) {
	docs := map[string][]byte{}
	for name, mk := range notices {
		docs[name] = write(t, mk())
	}
	opt := DefaultOptions()
	opt.Breaks = &gongwen.Breaks{Tail: gongwen.Tail{Page: 0, Keep: 1, Lines: 3, From: 1,
		Rows: 14, Used: 15, Tight: []int{1}, CharPitch: 442250 / 29, Reach: 1}}
	var buf bytes.Buffer
	if err := Write(&buf, tailNotice(), opt); err != nil {
		t.Fatal(err)
	}
	docs["page fill"] = buf.Bytes()
	for name, b := range docs {
		_, parts := unzip(t, b)
		for part, data := range parts {
			if !strings.HasSuffix(part, ".xml") {
				continue
			}
			for _, m := range propsRE.FindAllStringSubmatch(string(data), -1) {
				order := pPrOrder
				inner := m[2]
				if m[1] == "rPr" {
					order = rPrOrder
				} else {
					inner = nestRE.ReplaceAllString(inner, "<w:$1/>")
				}
				last := -1
				for _, c := range childRE.FindAllStringSubmatch(inner, -1) {
					i := slices.Index(order, c[1])
					if i < 0 || i < last {
						t.Errorf("%s %s: w:%s out of order in %s", name, part, c[1], m[0])
						break
					}
					last = i
				}
			}
		}
	}
}
