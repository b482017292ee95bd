package xlsx

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// TestDepartmentWorkbook reads the department's summary back: the sheets,
// a unit's row, a unit without results kept with its reason, the 合计 row
// over the units with results, and the checks over a limit.
func TestDepartmentWorkbook(t *testing.T) {
	d := &Department{
		Units: []DeptUnit{
			{Name: "中共甲委员会", Folder: "单位/甲", Status: StatusDone, Year: 2012, Members: 100, Assessed: 98, Graded: 90, NotGraded: 10,
				Excellent: 20, Qualified: 60, Basic: 7, Unqualified: 3, Commended: 9, Advanced: 1, Branches: 10, Files: 50, Manifest: "ab12"},
			{Name: "乙", Folder: "单位/乙", Status: StatusProblem, Note: "输入有 2 个错误", Errors: 2, Warnings: 1},
			{Name: "中共丙委员会", Folder: "单位/丙", Status: StatusDone, Year: 2012, Members: 50, Assessed: 50, Graded: 40, NotGraded: 10,
				Excellent: 4, Qualified: 36, Commended: 2, Branches: 5, Files: 30, Manifest: "cd34"},
		},
		Checks: []DeptCheck{
			{Unit: "中共甲委员会", Folder: "单位/甲", What: "优秀", Count: 20, Base: 90, BaseName: "评定等次人数", Limit: "15%", Over: true},
			{Unit: "中共丙委员会", Folder: "单位/丙", What: "优秀", Count: 4, Base: 40, BaseName: "评定等次人数", Limit: "15%"},
		},
		Problems: []DeptProblem{{Unit: "乙", Diagnostic: model.Diagnostic{Severity: model.Error, Ref: model.CellRef{File: "测评表.xlsx", Sheet: "党员测评", Cell: "E12"}, Problem: "不是数字"}}},
	}
	var buf bytes.Buffer
	opt := Options{Title: "江城2012年度民主评议党员情况统计表", Unit: "中共江城市委组织部", Year: 2012, Stamp: time.Date(2013, 1, 15, 0, 0, 0, 0, time.UTC)}
	if err := WriteDepartment(&buf, d, opt); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	WriteDepartment(&again, d, opt)
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the workbook is not a function of its input")
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.GetSheetList(); len(got) != 4 || got[0] != SheetDeptStats || got[1] != SheetDeptLimits || got[2] != SheetDeptUnits || got[3] != SheetDeptProblems {
		t.Fatalf("sheets %v", got)
	}
	rows, _ := f.GetRows(SheetDeptStats)
	// title, subtitle, two heading rows, three units, 合计.
	if len(rows) != 8 {
		t.Fatalf("%d rows: %v", len(rows), rows)
	}
	want := []string{"1", "中共甲委员会", "100", "98", "90", "10", "20", "22.2%", "60", "66.7%", "7", "7.8%", "3", "3.3%", "9", "1", "优秀超出上限15%"}
	for i, w := range want {
		if rows[4][i] != w {
			t.Errorf("unit row col %d = %q, want %q (%v)", i, rows[4][i], w, rows[4])
		}
	}
	if rows[5][1] != "乙" || rows[5][len(rows[5])-1] != "输入有误：输入有 2 个错误" || rows[5][2] != "" {
		t.Errorf("unit without results: %v", rows[5])
	}
	if rows[7][0] != "合计（2个单位）" || rows[7][2] != "150" || rows[7][6] != "24" || rows[7][7] != "18.5%" || rows[7][14] != "11" || rows[7][16] != "另有1个单位缺少结果，未计入" {
		t.Errorf("合计 %v", rows[7])
	}
	lim, _ := f.GetRows(SheetDeptLimits)
	if len(lim) != 5 || lim[3][8] != "超出" || lim[4][8] != "符合" || lim[3][6] != "22.2%" {
		t.Errorf("checks %v", lim)
	}
	probs, _ := f.GetRows(SheetDeptProblems)
	if len(probs) != 4 || probs[3][1] != "乙" || probs[3][5] != "E12" {
		t.Errorf("problems %v", probs)
	}
}
