package pdf

import (
	"github.com/signintech/gopdf"

	"pingyou/pipeline/layout"
)

// Tagged PDF (PDF/A-2a, PDF/UA-1): a document with a layout structure
// (layout.Document.Structure) becomes a structure tree; every item drawn is
// either content of its node, in a marked-content sequence with an MCID, or
// an artifact (rules, borders, the ★, page numbers). Consecutive items of
// one node share a sequence. Language zh-CN; viewers show the title.

// Lang is the natural language written into tagged documents.
const Lang = "zh-CN"

// tagger opens and closes the marked-content sequences of one document.
type tagger struct {
	gp     *gopdf.GoPdf
	owners map[layout.Item]*layout.Node
	elems  map[*layout.Node]*gopdf.StructElem
	open   bool
	cur    *layout.Node // owner of the open sequence; nil: an artifact
}

// newTagger builds the structure tree of doc in gp, or returns nil for a
// document without structure (drawn untagged, as before).
func newTagger(gp *gopdf.GoPdf, doc *layout.Document) *tagger {
	if doc.Structure == nil {
		return nil
	}
	t := &tagger{gp: gp, owners: doc.Owners(), elems: map[*layout.Node]*gopdf.StructElem{}}
	gp.SetLanguage(Lang)
	gp.SetDisplayDocTitle(true)
	// The root is the Document element; nodes without content are left out.
	var add func(parent *gopdf.StructElem, n *layout.Node)
	add = func(parent *gopdf.StructElem, n *layout.Node) {
		if empty(n) {
			return
		}
		e := gp.AddStructElem(parent, string(n.Type), gopdf.StructElemOption{Title: n.Name, Alt: n.Alt})
		t.elems[n] = e
		for _, k := range n.Kids {
			add(e, k)
		}
	}
	add(nil, doc.Structure)
	return t
}

// empty reports whether n and all its descendants hold no items.
func empty(n *layout.Node) bool {
	if len(n.Items) > 0 {
		return false
	}
	for _, k := range n.Kids {
		if !empty(k) {
			return false
		}
	}
	return true
}

// item starts the sequence it belongs to, unless it is already open.
func (t *tagger) item(it layout.Item) {
	if t == nil {
		return
	}
	owner := t.owners[it]
	if t.open && owner == t.cur {
		return
	}
	t.end()
	if owner == nil {
		t.gp.BeginArtifact()
	} else {
		t.gp.BeginStructContent(t.elems[owner])
	}
	t.open, t.cur = true, owner
}

// end closes the open sequence (at the end of a page: a sequence never
// spans pages).
func (t *tagger) end() {
	if t != nil && t.open {
		t.gp.EndMarked()
		t.open = false
	}
}

// keep drops the /ActualText marking of a stretch of text whose runs belong
// to different nodes: its span would cross their sequences. The layout
// never sets such stretches (different elements are more than half an em
// apart), so this only keeps the nesting valid if it ever did.
func (t *tagger) keep(p *layout.Page, spans map[int]span) map[int]span {
	if t == nil {
		return spans
	}
	for i := range p.Items {
		sp, ok := spans[i]
		if !ok || !sp.first {
			continue
		}
		j := i
		mixed := false
		for ; j < len(p.Items); j++ {
			if t.owners[p.Items[j]] != t.owners[p.Items[i]] {
				mixed = true
			}
			if s, ok := spans[j]; ok && s.last {
				break
			}
		}
		if mixed {
			for k := i; k <= j && k < len(p.Items); k++ {
				delete(spans, k)
			}
		}
	}
	return spans
}
