package sheet

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"pingyou/pipeline/model"
)

// ListSheet is the name of the sheet Annotate adds with all problems.
const ListSheet = "问题清单"

// Fill colours of marked cells: Excel's own "bad" red and "neutral" yellow.
const (
	errorFill   = "FFC7CE"
	warningFill = "FFEB9C"
)

// Annotate writes a marked-up copy of the workbook src to dst, for staff to
// fix in Excel or WPS: every cell with a problem is filled red (errors) or
// yellow (warnings only), keeps its value and gets a comment with the
// problems and how to fix them; a 问题清单 sheet lists all problems of this
// file (diagnostics whose Ref.File is src's base name), with links to the
// cells, and opens first.
//
// The copy is made by editing the package as a stream, not through a
// spreadsheet model: parts that need no change are copied as they are
// (still compressed), the worksheets are rewritten token by token with the
// flagged cells' style changed (and blank flagged cells added), and styles,
// comments and the list are added. Memory stays within what Read needs for
// the same file (the file itself, buffers, the problems): excelize's model
// of a workbook costs many times the file's size.
//
// src is only read (from memory, after the same checks as Read); dst must be
// a different file. The copy is written to a temporary file in dst's folder
// and renamed, so dst is either the old file or the complete new one.
func Annotate(src, dst string, diags model.Diagnostics) error {
	if same, err := samePath(src, dst); err != nil {
		return err
	} else if same {
		return fmt.Errorf("标注副本不能覆盖原文件 %s，请换一个输出位置", filepath.Base(src))
	}
	wb, ferr := openWorkbook(src, Options{}.limits())
	if ferr != nil {
		return ferr
	}
	if wb.xls != nil {
		// An .xls/.et copy is written as .xlsx: rebuild it as a package
		// (xlsAsXLSX keeps sheet names, so the problems' cells still
		// match), then mark that up like any .xlsx.
		f, err := wb.xlsAsXLSX()
		if err != nil {
			return fileErr(src, msgCorrupt)
		}
		buf, err := f.WriteToBuffer()
		f.Close()
		if err != nil {
			return fmt.Errorf("无法为 %s 写出标注副本（%v）；问题清单见上文", filepath.Base(src), err)
		}
		x := &workbook{path: src, name: wb.name, data: buf.Bytes(), limits: wb.limits}
		if ferr := x.load(); ferr != nil {
			return ferr
		}
		wb = x
	}
	name := filepath.Base(src)
	var mine model.Diagnostics
	for _, d := range diags {
		if d.Ref.File == name {
			mine = append(mine, d)
		}
	}
	a, err := newAnnotator(wb, mine)
	if err == nil {
		err = writeAtomic(dst, a.write)
	}
	if err != nil {
		return fmt.Errorf("无法为 %s 写出标注副本（%v）；问题清单见上文", name, err)
	}
	return nil
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) (bool, error) {
	aa, err := filepath.Abs(a)
	if err != nil {
		return false, err
	}
	bb, err := filepath.Abs(b)
	if err != nil {
		return false, err
	}
	if aa == bb {
		return true, nil
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb), nil
}

// writeAtomic writes dst through a temporary file in the same folder.
func writeAtomic(dst string, write func(io.Writer) error) error {
	dir := filepath.Dir(dst)
	tmp, err := os.CreateTemp(dir, ".~"+filepath.Base(dst)+"-*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return err
	}
	if err := os.Rename(name, dst); err != nil {
		return err
	}
	ok = true
	return nil
}

// Namespaces and content types of the parts Annotate adds.
const (
	nsMain      = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relBase     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	ctWorksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
	ctComments  = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
	ctStyles    = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
	ctVML       = "application/vnd.openxmlformats-officedocument.vmlDrawing"
)

// mark is a flagged cell with its problems.
type mark struct {
	row, col int
	ref      string
	sev      model.Severity
	lines    []string
}

// sheetPlan is what changes in one sheet.
type sheetPlan struct {
	entry    sheetEntry
	marks    map[[2]int]*mark
	order    []*mark // in the order of the problems
	rows     []int   // rows with marks, ascending
	byRow    map[int][]int
	rels     string // its rels part (lower case), existing or new
	comments string // comments part: existing (edited) or new
	vml      string // VML drawing part: existing (appended to) or new
	newVML   bool   // the sheet has no legacy drawing yet
	vmlRID   string // relationship id of a new VML drawing
	blocks   []int  // VML shape-id blocks for the new comments
}

// annotator holds the plan of one Annotate.
type annotator struct {
	wb        *workbook
	zr        *zip.Reader
	names     map[string]string // lower-case part name → name in the zip
	diags     model.Diagnostics
	plans     map[string]*sheetPlan // by sheet part (lower case)
	wbPart    string
	listPart  string // the 问题清单 part: an existing one is replaced
	listNew   bool
	listIndex int
	listRID   string
	st        *styleEdit
	ctExtra   []string // Override and Default elements to add
	relsExtra map[string][]string
}

func newAnnotator(wb *workbook, diags model.Diagnostics) (*annotator, error) {
	zr, err := zip.NewReader(bytes.NewReader(wb.data), int64(len(wb.data)))
	if err != nil {
		return nil, err
	}
	a := &annotator{wb: wb, zr: zr, names: map[string]string{}, diags: diags, plans: map[string]*sheetPlan{},
		wbPart: wb.officeDocument(), relsExtra: map[string][]string{}}
	for _, f := range zr.File {
		a.names[strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))] = f.Name
	}
	if a.wbPart == "" {
		return nil, fmt.Errorf("no workbook part")
	}
	// Marks by sheet and cell, in the order of the problems.
	for _, d := range diags {
		if d.Ref.Cell == "" {
			continue
		}
		col, row, ok := splitRef(d.Ref.Cell)
		if !ok || row == 0 {
			continue
		}
		var e *sheetEntry
		for i := range wb.sheets {
			if wb.sheets[i].Name == d.Ref.Sheet && wb.sheets[i].Name != ListSheet && wb.files[wb.sheets[i].part] != nil {
				e = &wb.sheets[i]
			}
		}
		if e == nil {
			continue
		}
		p := a.plans[e.part]
		if p == nil {
			p = &sheetPlan{entry: *e, marks: map[[2]int]*mark{}, byRow: map[int][]int{}}
			a.plans[e.part] = p
		}
		m := p.marks[[2]int{row, col}]
		if m == nil {
			m = &mark{row: row, col: col, ref: cellName(col, row)}
			p.marks[[2]int{row, col}] = m
			p.order = append(p.order, m)
			p.byRow[row] = append(p.byRow[row], col)
		}
		if d.Severity == model.Error {
			m.sev = model.Error
		}
		line := "【" + d.Severity.String() + "】" + d.Problem
		if d.Value != "" {
			line += "（值：" + d.Value + "）"
		}
		if d.Fix != "" {
			line += "\n→ " + d.Fix
		}
		m.lines = append(m.lines, line)
	}
	for _, p := range a.plans {
		for r, cols := range p.byRow {
			slices.Sort(cols)
			p.rows = append(p.rows, r)
			p.byRow[r] = cols
		}
		slices.Sort(p.rows)
	}
	// Styles.
	styles := a.partNamed(relBase+"styles", a.wbPart, "xl/styles.xml")
	var sdata []byte
	if styles != "" {
		if sdata, err = a.read(styles); err != nil {
			return nil, err
		}
	} else {
		styles = path.Dir(a.wbPart) + "/styles.xml"
		a.ctExtra = append(a.ctExtra, override(styles, ctStyles))
		a.addRel(a.wbPart, relBase+"styles", "styles.xml", "rIdPingyouStyles")
	}
	if a.st, err = newStyleEdit(styles, sdata); err != nil {
		return nil, err
	}
	// The list sheet: an existing 问题清单 is overwritten in place.
	a.listIndex = len(wb.sheets)
	for _, e := range wb.sheets {
		if e.Name == ListSheet && e.part != "" {
			a.listPart, a.listIndex = e.part, e.Index
		}
	}
	if a.listPart == "" {
		a.listNew, a.listRID = true, "rIdPingyouList"
		for n := len(wb.sheets) + 1; ; n++ {
			p := path.Dir(a.wbPart) + "/worksheets/sheet" + strconv.Itoa(n) + ".xml"
			if _, used := a.names[p]; !used {
				a.listPart = p
				break
			}
		}
		a.ctExtra = append(a.ctExtra, override(a.listPart, ctWorksheet))
		a.addRel(a.wbPart, relBase+"worksheet", relTarget(path.Dir(a.wbPart), a.listPart), a.listRID)
	}
	// Comments and their VML drawings.
	block := a.maxVMLBlock() + 1
	ct, err := a.read("[content_types].xml")
	if err != nil {
		return nil, err
	}
	haveVML := bytes.Contains(bytes.ToLower(ct), []byte(`extension="vml"`))
	n := 0
	for _, e := range wb.sheets {
		p := a.plans[e.part]
		if p == nil {
			continue
		}
		n++
		p.rels = path.Dir(e.part) + "/_rels/" + path.Base(e.part) + ".rels"
		p.comments = a.partNamed(relBase+"comments", e.part, "")
		p.vml = a.partNamed(relBase+"vmlDrawing", e.part, "")
		if p.comments == "" {
			for k := n; ; k++ {
				c := path.Dir(a.wbPart) + "/comments" + strconv.Itoa(k) + ".xml"
				if _, used := a.names[c]; !used {
					p.comments = c
					a.names[c] = c
					break
				}
			}
			a.ctExtra = append(a.ctExtra, override(p.comments, ctComments))
			a.addRel(e.part, relBase+"comments", relTarget(path.Dir(e.part), p.comments), "rIdPingyouComments")
		}
		if p.vml == "" {
			p.newVML, p.vmlRID = true, "rIdPingyouVML"
			for k := n; ; k++ {
				v := path.Dir(a.wbPart) + "/drawings/vmlDrawing" + strconv.Itoa(k) + ".vml"
				if _, used := a.names[v]; !used {
					p.vml = v
					a.names[v] = v
					break
				}
			}
			a.addRel(e.part, relBase+"vmlDrawing", relTarget(path.Dir(e.part), p.vml), p.vmlRID)
		}
		for k := 0; k*1023 < len(p.order); k++ {
			p.blocks = append(p.blocks, block)
			block++
		}
	}
	if n > 0 && !haveVML {
		a.ctExtra = append(a.ctExtra, `<Default Extension="vml" ContentType="`+ctVML+`"/>`)
	}
	return a, nil
}

func override(part, ct string) string {
	return `<Override PartName="/` + xmlEscape(part) + `" ContentType="` + ct + `"/>`
}

// addRel records a relationship to add to from's rels part.
func (a *annotator) addRel(from, typ, target, id string) {
	rels := path.Dir(from) + "/_rels/" + path.Base(from) + ".rels"
	a.relsExtra[rels] = append(a.relsExtra[rels],
		`<Relationship Id="`+id+`" Type="`+typ+`" Target="`+xmlEscape(target)+`"/>`)
}

// partNamed finds the part a relationship of the given type from part
// points to (lower case), or def when it exists, or "".
func (a *annotator) partNamed(typ, part, def string) string {
	rels := a.wb.files[path.Dir(part)+"/_rels/"+path.Base(part)+".rels"]
	if rels != nil {
		if rs, err := readRels(rels); err == nil {
			for _, r := range rs {
				if r.Type != typ && !strings.HasSuffix(r.Type, "/"+path.Base(typ)) {
					continue
				}
				t := r.Target
				if strings.HasPrefix(t, "/") {
					t = strings.TrimPrefix(path.Clean(t), "/")
				} else {
					t = path.Clean(path.Dir(part) + "/" + t)
				}
				if t = strings.ToLower(t); a.wb.files[t] != nil {
					return t
				}
			}
		}
	}
	if def != "" && a.wb.files[def] != nil {
		return def
	}
	return ""
}

// relTarget is the path of to relative to the folder from.
func relTarget(from, to string) string {
	f := strings.Split(from, "/")
	t := strings.Split(to, "/")
	i := 0
	for i < len(f) && i < len(t)-1 && f[i] == t[i] {
		i++
	}
	return strings.Repeat("../", len(f)-i) + strings.Join(t[i:], "/")
}

var idmapRE = []byte(`data="`)

// maxVMLBlock is the highest shape-id block (o:idmap data) any VML drawing
// of the package uses.
func (a *annotator) maxVMLBlock() int {
	top := 0
	for name, f := range a.wb.files {
		if !strings.HasSuffix(name, ".vml") || f.UncompressedSize64 > 64<<20 {
			continue
		}
		b, err := a.read(name)
		if err != nil {
			continue
		}
		for _, n := range vmlBlocks(b) {
			top = max(top, n)
		}
	}
	return top
}

// vmlBlocks returns the numbers of a drawing's <o:idmap data="1,2">.
func vmlBlocks(b []byte) []int {
	i := bytes.Index(b, []byte("idmap"))
	if i < 0 {
		return nil
	}
	j := bytes.Index(b[i:], idmapRE)
	if j < 0 {
		return nil
	}
	rest := b[i+j+len(idmapRE):]
	k := bytes.IndexByte(rest, '"')
	if k < 0 {
		return nil
	}
	var out []int
	for _, f := range strings.FieldsFunc(string(rest[:k]), func(r rune) bool { return r == ',' || r == ' ' }) {
		if n, err := strconv.Atoi(f); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// read returns a part's bytes (sizes were checked by openWorkbook).
func (a *annotator) read(part string) ([]byte, error) {
	f := a.wb.files[part]
	if f == nil {
		return nil, fmt.Errorf("missing %s", part)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// write writes the annotated package to w.
func (a *annotator) write(w io.Writer) error {
	zw := zip.NewWriter(w)
	// One compressor for all entries (one at a time): a flate.Writer is
	// about a megabyte of tables. A working copy: speed over size.
	var fw *flate.Writer
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			var err error
			fw, err = flate.NewWriter(w, flate.BestSpeed)
			return fw, err
		}
		fw.Reset(w)
		return fw, nil
	})
	create := func(name string) (*bufio.Writer, func() error, error) {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipEpoch})
		if err != nil {
			return nil, nil, err
		}
		bw := bufio.NewWriterSize(fw, 64<<10)
		return bw, bw.Flush, nil
	}
	wroteRels := map[string]bool{}
	for _, f := range a.zr.File {
		low := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		switch {
		case low == a.st.part:
			continue // written last, with the styles the sheets needed
		case low == a.listPart:
			continue // replaced
		case low == "[content_types].xml", low == a.wbPart, a.relsExtra[low] != nil,
			a.isComments(low), a.isVML(low), a.isSheet(low):
		default:
			if err := copyRaw(zw, f); err != nil {
				return err
			}
			continue
		}
		bw, done, err := create(f.Name)
		if err != nil {
			return err
		}
		if low == "[content_types].xml" || low == a.wbPart || a.relsExtra[low] != nil || a.isComments(low) || a.isVML(low) {
			b, err := a.read(low)
			if err != nil {
				return err
			}
			switch {
			case low == "[content_types].xml":
				b = insertBefore(b, "Types", strings.Join(a.ctExtra, ""))
			case low == a.wbPart:
				b = a.editWorkbook(b)
			case a.relsExtra[low] != nil:
				b = insertBefore(b, "Relationships", strings.Join(a.relsExtra[low], ""))
				wroteRels[low] = true
			case a.isComments(low):
				b, err = a.editComments(low, b)
			case a.isVML(low):
				b = a.appendVML(low, b)
			}
			if err != nil {
				return err
			}
			bw.Write(b)
		} else {
			rc, err := f.Open()
			if err != nil {
				return err
			}
			err = a.editSheet(a.plans[low], low, rc, bw)
			rc.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
		}
		if err := done(); err != nil {
			return err
		}
	}
	// New parts.
	for rels, extra := range sortedRels(a.relsExtra) {
		if wroteRels[rels] {
			continue
		}
		bw, done, err := create(rels)
		if err != nil {
			return err
		}
		bw.WriteString(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + strings.Join(extra, "") + `</Relationships>`)
		if err := done(); err != nil {
			return err
		}
	}
	for _, e := range a.wb.sheets {
		p := a.plans[e.part]
		if p == nil {
			continue
		}
		if a.wb.files[p.comments] == nil {
			bw, done, err := create(p.comments)
			if err != nil {
				return err
			}
			b, err := a.editComments(p.comments, nil)
			if err != nil {
				return err
			}
			bw.Write(b)
			if err := done(); err != nil {
				return err
			}
		}
		if p.newVML {
			bw, done, err := create(p.vml)
			if err != nil {
				return err
			}
			bw.Write(a.appendVML(p.vml, nil))
			if err := done(); err != nil {
				return err
			}
		}
	}
	bw, done, err := create(a.listName())
	if err != nil {
		return err
	}
	a.writeList(bw)
	if err := done(); err != nil {
		return err
	}
	bw, done, err = create(a.nameOf(a.st.part))
	if err != nil {
		return err
	}
	bw.Write(a.st.bytes())
	if err := done(); err != nil {
		return err
	}
	return zw.Close()
}

// sortedRels iterates the rels parts to add to in name order.
func sortedRels(m map[string][]string) func(func(string, []string) bool) {
	return func(yield func(string, []string) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// nameOf is a part's name in the zip (as written), or the name given.
func (a *annotator) nameOf(low string) string {
	if n, ok := a.names[low]; ok {
		return n
	}
	return low
}

func (a *annotator) listName() string { return a.nameOf(a.listPart) }

func (a *annotator) isSheet(low string) bool {
	for _, e := range a.wb.sheets {
		if e.part == low {
			return true
		}
	}
	return false
}

func (a *annotator) isComments(low string) bool {
	for _, p := range a.plans {
		if p.comments == low && a.wb.files[low] != nil {
			return true
		}
	}
	return false
}

func (a *annotator) isVML(low string) bool {
	for _, p := range a.plans {
		if p.vml == low && !p.newVML {
			return true
		}
	}
	return false
}

func (a *annotator) planOfComments(low string) *sheetPlan {
	for _, p := range a.plans {
		if p.comments == low {
			return p
		}
	}
	return nil
}

func (a *annotator) planOfVML(low string) *sheetPlan {
	for _, p := range a.plans {
		if p.vml == low {
			return p
		}
	}
	return nil
}

// copyRaw copies an entry without inflating it.
func copyRaw(zw *zip.Writer, f *zip.File) error {
	r, err := f.OpenRaw()
	if err != nil {
		return err
	}
	h := f.FileHeader
	w, err := zw.CreateRaw(&h)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}

// insertBefore inserts s before the root's end tag (</name> or </p:name>).
func insertBefore(b []byte, root, s string) []byte {
	i := bytes.LastIndex(b, []byte("</"))
	if i < 0 || !bytes.Contains(b[i:], []byte(root)) {
		return append(b, s...)
	}
	out := make([]byte, 0, len(b)+len(s))
	out = append(out, b[:i]...)
	out = append(out, s...)
	return append(out, b[i:]...)
}

// workbookLayout reports whether a workbook part has definedNames, and the
// last of the elements definedNames must follow that it has.
func workbookLayout(b []byte) (names bool, after string) {
	s := newRawScanner(bytes.NewReader(b))
	after = "sheets"
	for {
		kind, tok, err := s.next()
		if err != nil {
			return names, after
		}
		if kind != rawStart && kind != rawEnd {
			continue
		}
		switch _, local := tagName(tok); string(local) {
		case "definedNames":
			names = true
		case "functionGroups", "externalReferences":
			if kind == rawEnd || selfClosing(tok) {
				after = string(local)
			}
		}
	}
}

// editWorkbook adds the list sheet (unless it replaces one) with its print
// title and makes it the active tab.
func (a *annotator) editWorkbook(b []byte) []byte {
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	s := newRawScanner(bytes.NewReader(b))
	sheetID, sawView := 0, false
	var attrs []rawAttr
	var prefix []byte
	// The list's heading row prints on every page: a print title, in the
	// workbook's definedNames (made after the last of sheets,
	// functionGroups and externalReferences when there is none).
	title := fmt.Sprintf(`definedName name="_xlnm.Print_Titles" localSheetId="%d">'%s'!$1:$1</`, a.listIndex, ListSheet)
	names, after := workbookLayout(b)
	if !a.listNew {
		title = "" // a 问题清单 replaced in place keeps its own names
	}
	for depth := 0; ; {
		kind, tok, err := s.next()
		if err != nil {
			break
		}
		switch kind {
		case rawStart:
			p, local := tagName(tok)
			if depth == 0 {
				prefix = append([]byte(nil), p...)
			}
			switch string(local) {
			case "sheet":
				attrs = tagAttrs(tok, attrs[:0])
				if v, ok := rawAttrValue(attrs, "sheetId"); ok {
					if n, err := strconv.Atoi(string(v)); err == nil {
						sheetID = max(sheetID, n)
					}
				}
			case "workbookView":
				if !sawView {
					sawView = true
					attrs = setAttr(tagAttrs(tok, attrs[:0]), "activeTab", []byte(strconv.Itoa(a.listIndex)))
					attrs = setAttr(attrs, "firstSheet", []byte("0"))
					writeTag(w, p, local, attrs, selfClosing(tok))
					if !selfClosing(tok) {
						depth++
					}
					continue
				}
			case "sheets":
				if !sawView {
					sawView = true
					fmt.Fprintf(w, `<%sbookViews><%sworkbookView activeTab="%d"/></%sbookViews>`, prefix, prefix, a.listIndex, prefix)
				}
			}
			if !selfClosing(tok) {
				depth++
			} else if string(local) == after && !names && title != "" { // <functionGroups/>
				w.Write(tok)
				fmt.Fprintf(w, `<%sdefinedNames><%s%s%sdefinedName></%sdefinedNames>`, prefix, prefix, title, prefix, prefix)
				continue
			}
		case rawEnd:
			depth--
			_, local := tagName(tok)
			if string(local) == "sheets" && a.listNew {
				fmt.Fprintf(w, `<%ssheet xmlns:r="%s" name="%s" sheetId="%d" r:id="%s"/>`, prefix, nsRel, ListSheet, sheetID+1, a.listRID)
			}
			if string(local) == "definedNames" && title != "" {
				fmt.Fprintf(w, `<%s%s%sdefinedName>`, prefix, title, prefix)
			}
			if string(local) == after && !names && title != "" {
				w.Write(tok)
				fmt.Fprintf(w, `<%sdefinedNames><%s%s%sdefinedName></%sdefinedNames>`, prefix, prefix, title, prefix, prefix)
				continue
			}
		}
		w.Write(tok)
	}
	w.Flush()
	return out.Bytes()
}
