package ofd

import (
	"pingyou/pipeline/layout"
)

// Custom tags (自定义标引, GB/T 33190-2016 7.10): for a document whose
// structure names 公文 elements (layout.Node.Name), Tags/CustomTags.xml
// points to Tags/GongWen.xml, which lists each element in reading order as
// an element of that name holding references to the objects drawing it
// (<ofd:ObjectRef PageRef="page ID">object ID</ofd:ObjectRef>). A receiving
// system reads the fields (发文字号, 标题, 成文日期 …) without parsing text.
//
// The element names are those of GB/T 9704-2012 clause 7, which the 党政机关
// 电子公文格式规范 (GB/T 33476) builds on; the text of GB/T 33476 itself was
// not at hand to check its spelling of them, so the namespace is pingyou's.

// TagNamespace is the namespace of the 公文 custom tags, and TagType their
// CustomTag TypeID.
const (
	TagNamespace = "urn:pingyou:gongwen:gbt9704-2012"
	TagType      = "GB/T 9704-2012"
)

func (r *renderer) tags() {
	var x xw
	x.header()
	x.open("gw:公文", "xmlns:gw", TagNamespace, "xmlns:ofd", Namespace)
	n := 0
	var walk func(nd *layout.Node)
	walk = func(nd *layout.Node) {
		if nd.Name != "" {
			var refs [][2]int // page ID, object ID
			var collect func(k *layout.Node)
			collect = func(k *layout.Node) {
				for _, it := range k.Items {
					for _, id := range r.objects[it] {
						refs = append(refs, [2]int{r.pageOf[it], id})
					}
				}
				for _, c := range k.Kids {
					collect(c)
				}
			}
			collect(nd)
			if len(refs) > 0 {
				n++
				x.open("gw:" + nd.Name)
				for _, ref := range refs {
					x.open("ofd:ObjectRef", "PageRef", itoa(ref[0]))
					x.text(itoa(ref[1]))
					x.close("ofd:ObjectRef")
				}
				x.close("gw:" + nd.Name)
			}
			return // named elements do not nest
		}
		for _, k := range nd.Kids {
			walk(k)
		}
	}
	if r.doc.Structure != nil {
		walk(r.doc.Structure)
	}
	x.close("gw:公文")
	if n == 0 {
		return
	}
	r.hasTags = true
	var c xw
	c.header()
	c.open("ofd:CustomTags", "xmlns:ofd", Namespace)
	c.open("ofd:CustomTag", "TypeID", TagType, "NameSpace", TagNamespace)
	c.leaf("ofd:FileLoc", "GongWen.xml")
	c.close("ofd:CustomTag")
	c.close("ofd:CustomTags")
	r.add("Doc_0/Tags/CustomTags.xml", c.bytes())
	r.add("Doc_0/Tags/GongWen.xml", x.bytes())
}
