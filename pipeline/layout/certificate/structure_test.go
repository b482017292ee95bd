package certificate

import (
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/layout"
)

func kidsText(n *layout.Node) []string {
	var out []string
	for _, k := range n.Kids {
		var b strings.Builder
		for _, it := range k.Items {
			if r, ok := it.(*layout.TextRun); ok {
				b.WriteString(r.Text())
			}
		}
		out = append(out, string(k.Type)+" "+b.String())
	}
	return out
}

// TestCertificateStructure: each layout's certificate is a document of a
// title heading (unless 套打), the recipient, one paragraph per body
// paragraph, organ, date and number, and the seal as a figure with
// alternate text; the border is decoration.
func TestCertificateStructure(t *testing.T) {
	c := document.Certificate{Title: "荣誉证书", Name: "张三", Person: true, Suffix: "同志：",
		Body:  []string{"在2012年度创先争优活动中表现突出，被评为“优秀共产党员”。", "特发此证，以资鼓励。"},
		Organ: "中共江城师范学院委员会", Date: "二〇一二年六月二十八日", Number: "JCSF-2012-YX-0001", SealImage: "seal"}
	for _, name := range []string{"奖状A4横", "荣誉证书内页", "荣誉证书套打"} {
		spec, setter := setup(t, name)
		spec.Seal.Diameter = 40
		doc, _, err := Layout(&c, spec, setter, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		got := kidsText(doc.Structure)
		want := []string{"P 张三同志：", "P " + c.Body[0], "P " + c.Body[1], "P " + c.Organ, "P " + c.Date}
		if _, ok := spec.Boxes["number"]; ok {
			want = append(want, "P "+c.Number)
		}
		want = append(want, "Figure ")
		if !spec.Variable {
			want = append([]string{"H1 " + c.Title}, want...)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: structure\n %q\nwant\n %q", name, got, want)
		}
		fig := doc.Structure.Kids[len(doc.Structure.Kids)-1]
		if fig.Alt != "印章："+c.Organ {
			t.Errorf("%s: seal alt %q", name, fig.Alt)
		}
		owners := doc.Owners()
		for _, it := range doc.Pages[0].Items {
			if _, ok := owners[it]; !ok {
				if _, box := it.(*layout.Box); !box {
					t.Errorf("%s: %T not in the structure", name, it)
				}
			}
		}
	}
}

// TestBookStructure: a combined book keeps each certificate as a section,
// and a volume of it only the sections of its pages.
func TestBookStructure(t *testing.T) {
	spec, setter := setup(t, "奖状A4横")
	book := &layout.Document{}
	for _, name := range []string{"张三", "李四", "王五"} {
		c := document.Certificate{Title: "奖状", Name: name, Person: true, Suffix: "同志：", Body: []string{"特发此状。"}, Organ: "某委员会", Date: "二〇一二年六月二十八日"}
		doc, _, err := Layout(&c, spec, setter, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		book.Append(doc)
	}
	if len(book.Pages) != 3 || len(book.Structure.Kids) != 3 || book.Structure.Kids[1].Type != layout.StructSect {
		t.Fatalf("book: %d pages, %d sections", len(book.Pages), len(book.Structure.Kids))
	}
	vol := book.Slice(1, 3)
	if len(vol.Pages) != 2 || len(vol.Structure.Kids) != 2 {
		t.Fatalf("volume: %d pages, %d sections", len(vol.Pages), len(vol.Structure.Kids))
	}
	if got := kidsText(vol.Structure.Kids[0])[1]; got != "P 李四同志：" {
		t.Errorf("volume starts with %q", got)
	}
	owners := vol.Owners()
	for _, p := range vol.Pages {
		for _, it := range p.Items {
			if _, ok := it.(*layout.TextRun); ok && owners[it] == nil {
				t.Errorf("volume text not in its structure")
			}
		}
	}
	if len(owners) != len(book.Owners())*2/3 {
		t.Errorf("volume structure holds %d items of the book's %d", len(owners), len(book.Owners()))
	}
}
