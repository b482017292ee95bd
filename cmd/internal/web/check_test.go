package web

import (
	"net/http"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestCheckRejectsWhatRunRejects: a score of 105 once passed the page's check
// (可以生成了) and failed the run; the check now reports it at its cell.
func TestCheckRejectsWhatRunRejects(t *testing.T) {
	f, err := excelize.OpenFile("../../../samples/测评表.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellInt("党员测评", "D4", 105); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "测评表.xlsx")
	if err := f.SaveAs(bad); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")},
		[3]string{"workbook", "测评表.xlsx", readFile(t, bad)},
		[3]string{"config", "示例方案.yaml", readFile(t, "../../../samples/pingyou.yaml")}) // the unit's settings
	if code != http.StatusOK {
		t.Fatalf("upload: %d %s", code, msg)
	}
	c := v.Check
	if c == nil || c.OK || c.Errors != 1 {
		t.Fatalf("check: %+v", c)
	}
	p := c.Problems[0]
	if p.File != "测评表.xlsx" || p.Sheet != "党员测评" || p.Cell != "D4" || p.Value != "105" || p.Problem != "自评超过满分 100" {
		t.Errorf("problem %+v", p)
	}
}
