package pipeline

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"testing"

	"pingyou/pipeline/archive"
)

// TestCatalogCSV: 文件目录.csv quotes what needs quoting, defuses what a
// spreadsheet would run as a formula, and reads back as written.
func TestCatalogCSV(t *testing.T) {
	entries := []archive.Entry{
		{Path: "公文/表彰决定.pdf", Kind: "公文", Title: "关于表彰的决定", Number: "江师党发〔2012〕15号", Author: "中共江城师范学院委员会", Date: "2012年6月28日"},
		{Path: "证书/a,b.pdf", Kind: "证书", Title: `他说"好"`, Number: "=SUM(A1)", Author: "-1", Date: "@x"},
		{Path: "c.pdf", Title: "两行\n标题", Author: " 前有空格"},
	}
	got, err := catalogCSV(entries)
	if err != nil {
		t.Fatal(err)
	}
	want := "\ufeff序号,文件,类别,题名,文件编号,责任者,日期\n" +
		"1,公文/表彰决定.pdf,公文,关于表彰的决定,江师党发〔2012〕15号,中共江城师范学院委员会,2012年6月28日\n" +
		"2,\"证书/a,b.pdf\",证书,\"他说\"\"好\"\"\",'=SUM(A1),'-1,'@x\n" +
		"3,c.pdf,,\"两行\n标题\",,\" 前有空格\",\n"
	if string(got) != want {
		t.Errorf("catalog =\n%q\nwant\n%q", got, want)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(got, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if w := []string{"2", "证书/a,b.pdf", "证书", `他说"好"`, "'=SUM(A1)", "'-1", "'@x"}; !reflect.DeepEqual(rows[2], w) {
		t.Errorf("row 2 reads back as %q, want %q", rows[2], w)
	}
}
