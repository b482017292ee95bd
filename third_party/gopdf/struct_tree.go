package gopdf

import (
	"io"
	"strconv"
)

// pingyou patch Y (new file): tagged PDF (PDF 32000-1 14.7 logical
// structure, 14.8 tagged PDF). A caller builds a structure tree with
// AddStructElem, wraps the content of each element in BeginStructContent …
// EndMarked (a marked-content sequence with an MCID), and decoration in
// BeginArtifact … EndMarked. At output the tree becomes a StructTreeRoot
// with its ParentTree, one object per element, /StructParents on the pages
// that have tagged content, and /MarkInfo, /Lang and /ViewerPreferences in
// the catalog. What PDF/A-2a and PDF/UA-1 require of the file's side of
// tagging; the caller's side is to tag all content, in reading order, with
// standard structure types and /Alt on figures.

// StructElem is an element of the structure tree.
type StructElem struct {
	typ    string
	opt    StructElemOption
	parent *StructElem
	kids   []structKid // in reading order
	objID  int         // assigned when the file is written
}

// StructElemOption holds an element's optional entries.
type StructElemOption struct {
	Title      string // /T, e.g. the name of a document part
	Alt        string // /Alt, alternate description (required on figures by PDF/UA)
	ActualText string // /ActualText, replacement text
}

// structKid is a child element or a marked-content reference (page, MCID).
type structKid struct {
	elem *StructElem
	page *PageObj
	mcid int
}

type structTree struct {
	top             []*StructElem // children of the StructTreeRoot
	all             []*StructElem // in creation order (their object order)
	lang            string
	displayDocTitle bool
	prepared        bool
}

func (gp *GoPdf) structTree() *structTree {
	if gp.tags == nil {
		gp.tags = &structTree{}
	}
	return gp.tags
}

// SetLanguage sets the document's natural language (/Lang in the catalog),
// e.g. "zh-CN".
func (gp *GoPdf) SetLanguage(lang string) { gp.structTree().lang = lang }

// SetDisplayDocTitle makes viewers show the document title (the Info /Title)
// instead of the file name (/ViewerPreferences /DisplayDocTitle true), as
// PDF/UA requires.
func (gp *GoPdf) SetDisplayDocTitle(on bool) { gp.structTree().displayDocTitle = on }

// AddStructElem adds an element of standard structure type typ (P, H1,
// Figure, …) as the last child of parent, or of the structure tree root when
// parent is nil, and returns it.
func (gp *GoPdf) AddStructElem(parent *StructElem, typ string, opt StructElemOption) *StructElem {
	t := gp.structTree()
	e := &StructElem{typ: typ, opt: opt, parent: parent}
	if parent == nil {
		t.top = append(t.top, e)
	} else {
		parent.kids = append(parent.kids, structKid{elem: e})
	}
	t.all = append(t.all, e)
	return e
}

// BeginStructContent starts a marked-content sequence on the current page
// that is content of e (/Type <</MCID n>> BDC). Close it with EndMarked.
func (gp *GoPdf) BeginStructContent(e *StructElem) {
	page := gp.pdfObjs[gp.curr.IndexOfPageObj].(*PageObj)
	mcid := len(page.mcids)
	page.mcids = append(page.mcids, e)
	e.kids = append(e.kids, structKid{page: page, mcid: mcid})
	gp.getContent().listCache.append(&cacheContentMarked{begin: true, tag: e.typ, mcid: mcid})
}

// BeginArtifact starts a marked-content sequence of decoration or
// pagination that is not part of the content (/Artifact BMC). Close it with
// EndMarked.
func (gp *GoPdf) BeginArtifact() {
	gp.getContent().listCache.append(&cacheContentMarked{begin: true, artifact: true})
}

// prepareStructTree adds the tree's objects (once) and sets what the
// catalog and the pages refer to; called by prepare before any object is
// written.
func (gp *GoPdf) prepareStructTree() {
	t := gp.tags
	if t == nil || t.prepared {
		return
	}
	t.prepared = true
	c := gp.pdfObjs[gp.indexOfCatalogObj].(*CatalogObj)
	c.lang, c.displayDocTitle = t.lang, t.displayDocTitle
	if len(t.all) == 0 {
		return
	}
	// Pages with tagged content get consecutive /StructParents keys.
	var pages []*PageObj
	for i, o := range gp.pdfObjs {
		if p, ok := o.(*PageObj); ok && len(p.mcids) > 0 {
			p.objID = i + 1
			p.structParents = len(pages) + 1
			pages = append(pages, p)
		}
	}
	root := &structTreeRootObj{tree: t, pages: pages}
	rootIdx := gp.addObj(root)
	root.parentTreeID = gp.addObj(&parentTreeObj{pages: pages}) + 1
	for _, e := range t.all {
		e.objID = len(gp.pdfObjs) + 1
		gp.addObj(&structElemObj{e: e, rootID: rootIdx + 1})
	}
	c.structTreeRootID = rootIdx + 1
	c.marked = true
}

type structTreeRootObj struct {
	tree         *structTree
	pages        []*PageObj
	parentTreeID int
}

func (s *structTreeRootObj) init(func() *GoPdf) {}
func (s *structTreeRootObj) getType() string    { return "StructTreeRoot" }
func (s *structTreeRootObj) write(w io.Writer, objID int) error {
	b := append([]byte(nil), "<< /Type /StructTreeRoot /K ["...)
	for i, e := range s.tree.top {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendRef(b, e.objID)
	}
	b = append(b, "] /ParentTree "...)
	b = appendRef(b, s.parentTreeID)
	b = append(b, " /ParentTreeNextKey "...)
	b = strconv.AppendInt(b, int64(len(s.pages)), 10)
	b = append(b, " >>\n"...)
	_, err := w.Write(b)
	return err
}

// parentTreeObj is the number tree from a page's /StructParents to the
// elements of its MCIDs, as one leaf.
type parentTreeObj struct{ pages []*PageObj }

func (p *parentTreeObj) init(func() *GoPdf) {}
func (p *parentTreeObj) getType() string    { return "ParentTree" }
func (p *parentTreeObj) write(w io.Writer, objID int) error {
	b := append([]byte(nil), "<< /Nums ["...)
	for _, pg := range p.pages {
		b = strconv.AppendInt(b, int64(pg.structParents-1), 10)
		b = append(b, " ["...)
		for i, e := range pg.mcids {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendRef(b, e.objID)
		}
		b = append(b, "] "...)
	}
	b = append(b, "] >>\n"...)
	_, err := w.Write(b)
	return err
}

type structElemObj struct {
	e      *StructElem
	rootID int
}

func (s *structElemObj) init(func() *GoPdf) {}
func (s *structElemObj) getType() string    { return "StructElem" }
func (s *structElemObj) write(w io.Writer, objID int) error {
	e := s.e
	b := append([]byte(nil), "<< /Type /StructElem /S /"...)
	b = append(b, e.typ...)
	b = append(b, " /P "...)
	if e.parent != nil {
		b = appendRef(b, e.parent.objID)
	} else {
		b = appendRef(b, s.rootID)
	}
	// /Pg: the page of the first marked content; MCIDs on it are plain
	// integers, those on other pages marked-content reference dictionaries.
	var pg *PageObj
	for _, k := range e.kids {
		if k.elem == nil {
			pg = k.page
			break
		}
	}
	if pg != nil {
		b = append(b, " /Pg "...)
		b = appendRef(b, pg.objID)
	}
	b = append(b, " /K ["...)
	for i, k := range e.kids {
		if i > 0 {
			b = append(b, ' ')
		}
		switch {
		case k.elem != nil:
			b = appendRef(b, k.elem.objID)
		case k.page == pg:
			b = strconv.AppendInt(b, int64(k.mcid), 10)
		default:
			b = append(b, "<< /Type /MCR /Pg "...)
			b = appendRef(b, k.page.objID)
			b = append(b, " /MCID "...)
			b = strconv.AppendInt(b, int64(k.mcid), 10)
			b = append(b, " >>"...)
		}
	}
	b = append(b, ']')
	if e.opt.Title != "" {
		b = append(b, " /T "...)
		b = append(b, pdfTextString(e.opt.Title)...)
	}
	if e.opt.Alt != "" {
		b = append(b, " /Alt "...)
		b = append(b, pdfTextString(e.opt.Alt)...)
	}
	if e.opt.ActualText != "" {
		b = append(b, " /ActualText "...)
		b = append(b, pdfTextString(e.opt.ActualText)...)
	}
	b = append(b, " >>\n"...)
	_, err := w.Write(b)
	return err
}

func appendRef(b []byte, id int) []byte {
	b = strconv.AppendInt(b, int64(id), 10)
	return append(b, " 0 R"...)
}
