package gongwen

import (
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

// nodeText is the text of a node's items and its kids', in order.
func nodeText(n *layout.Node) string {
	var b strings.Builder
	for _, it := range n.Items {
		if r, ok := it.(*layout.TextRun); ok {
			b.WriteString(r.Text())
		}
	}
	for _, k := range n.Kids {
		b.WriteString(nodeText(k))
	}
	return b.String()
}

// named returns the nodes named name, in tree order.
func named(root *layout.Node, name string) []*layout.Node {
	var out []*layout.Node
	var walk func(n *layout.Node)
	walk = func(n *layout.Node) {
		if n.Name == name {
			out = append(out, n)
		}
		for _, k := range n.Kids {
			walk(k)
		}
	}
	walk(root)
	return out
}

// TestStructureNamesTheElements checks the structure a notice's layout
// records (layout.Node): each 公文 element named in it holds exactly the
// text of the Notice field it comes from; every item drawn is in the tree
// once, except the page numbers and the ★ of the red line, which are
// decoration; headings never skip a level.
func TestStructureNamesTheElements(t *testing.T) {
	n := decision()
	n.CopyNo, n.Secrecy, n.Urgency, n.Note = "000123", "秘密★1年", "特急", "此件公开发布"
	doc := mustLayout(t, n, DefaultOptions())
	if doc.Structure == nil || doc.Structure.Type != layout.StructDocument {
		t.Fatalf("no document structure: %+v", doc.Structure)
	}
	want := map[string]string{
		"份号": n.CopyNo, "密级和保密期限": n.Secrecy, "紧急程度": n.Urgency,
		"发文机关标志": "中共江城师范学院委员会文件", "发文字号": n.Number, "标题": n.Title, "主送机关": n.Recipients,
		"发文机关署名": n.Organs[0], "成文日期": n.Date.String(), "附注": "（" + n.Note + "）",
		"抄送机关": "抄送：" + strings.Join(n.CC, "，") + "。", "印发机关": n.PrintOrgan, "印发日期": n.PrintDate.String() + "印发",
		"附件说明": "附件：1. 2012年度先进基层党组织名单2. 2012年度优秀共产党员名单", // a space after 1. before a digit
	}
	for name, text := range want {
		got := named(doc.Structure, name)
		if len(got) != 1 {
			t.Errorf("%d nodes named %s, want 1", len(got), name)
			continue
		}
		if g := nodeText(got[0]); g != text {
			t.Errorf("%s holds %q, want %q", name, g, text)
		}
	}
	var body strings.Builder
	for _, blk := range n.Body {
		body.WriteString(blk.Text + blk.RunIn)
	}
	if got := named(doc.Structure, "正文"); len(got) != 1 || nodeText(got[0]) != body.String() {
		t.Errorf("正文 does not hold the body text")
	}
	if got := named(doc.Structure, "附件"); len(got) != 2 {
		t.Errorf("%d 附件 sections, want 2", len(got))
	} else if txt := nodeText(got[1]); !strings.HasPrefix(txt, "附件2"+n.Attachments[1].Name+n.Attachments[1].Subtitle) || !strings.Contains(txt, "欧阳明明") {
		t.Errorf("附件2 holds %q", txt)
	}
	seals := named(doc.Structure, "印章")
	if len(seals) != 1 || seals[0].Type != layout.StructFigure || seals[0].Alt == "" || len(seals[0].Items) != 1 {
		t.Errorf("seal figure: %+v", seals)
	} else if _, ok := seals[0].Items[0].(*layout.Image); !ok {
		t.Errorf("the seal figure holds %T, want the image", seals[0].Items[0])
	}

	// Every item is in the tree once, or is decoration.
	owners := map[layout.Item]int{}
	var walk func(n *layout.Node)
	walk = func(nd *layout.Node) {
		if len(nd.Items) > 0 && len(nd.Kids) > 0 {
			t.Errorf("node %s %s holds both items and kids", nd.Type, nd.Name)
		}
		for _, it := range nd.Items {
			owners[it]++
		}
		for _, k := range nd.Kids {
			walk(k)
		}
	}
	walk(doc.Structure)
	var loose []string
	for pi, p := range doc.Pages {
		for _, it := range p.Items {
			switch owners[it] {
			case 1:
			case 0:
				switch v := it.(type) {
				case *layout.TextRun:
					loose = append(loose, v.Text())
				case *layout.Image:
					t.Errorf("page %d: image %s not in the structure", pi+1, v.Key)
				}
			default:
				t.Errorf("page %d: item in %d nodes", pi+1, owners[it])
			}
		}
	}
	for _, s := range loose {
		if s != "★" && !(strings.HasPrefix(s, "— ") && strings.HasSuffix(s, " —")) {
			t.Errorf("text %q is not in the structure", s)
		}
	}
	if !strings.Contains(strings.Join(loose, ""), "— 2 —") {
		t.Errorf("page numbers missing from the decoration: %q", loose)
	}

	// Headings: H1 first, then never more than one level deeper.
	last := 0
	var heads []string
	var levels func(n *layout.Node)
	levels = func(nd *layout.Node) {
		if strings.HasPrefix(string(nd.Type), "H") {
			l := int(nd.Type[1] - '0')
			heads = append(heads, string(nd.Type)+" "+nodeText(nd))
			if l > last+1 {
				t.Errorf("heading %s after H%d: %s", nd.Type, last, nodeText(nd))
			}
			last = l
		}
		for _, k := range nd.Kids {
			levels(k)
		}
	}
	levels(doc.Structure)
	if len(heads) < 4 || heads[0] != "H1 "+n.Title || heads[1] != "H2 一、表彰对象" {
		t.Errorf("headings: %q", heads)
	}
}

// TestStructureLetterAndJoint covers the 信函格式 head and a joint issue:
// one 发文机关署名 and one seal figure per organ, in issuing order.
func TestStructureLetterAndJoint(t *testing.T) {
	n := letter()
	n.Organs = []string{"中共江城师范学院委员会", "江城师范学院"}
	n.SealImages = []string{"a", "b"}
	n.Seal = document.WithSeal
	doc := mustLayout(t, n, DefaultOptions())
	if got := named(doc.Structure, "发文字号"); len(got) != 1 || nodeText(got[0]) != n.Number {
		t.Errorf("发文字号: %v", got)
	}
	organs, seals := named(doc.Structure, "发文机关署名"), named(doc.Structure, "印章")
	if len(organs) != 2 || nodeText(organs[0]) != n.Organs[0] || nodeText(organs[1]) != n.Organs[1] {
		t.Errorf("organs: %d", len(organs))
	}
	if len(seals) != 2 || !strings.HasSuffix(seals[1].Alt, n.Organs[1]) {
		t.Errorf("seals: %d", len(seals))
	}
}
