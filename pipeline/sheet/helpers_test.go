package sheet

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// sheetSpec describes a sheet built in code. Rows start at row 1; a nil row
// is a blank row. Cell values are written with SetCellValue, so Go numbers
// become number cells and strings become text cells.
type sheetSpec struct {
	Name   string
	Rows   [][]any
	Hidden bool
	// Edit runs after the rows are written, for merges, hidden rows, styles.
	Edit func(f *excelize.File, sheet string)
}

// writeBook writes a workbook with the given sheets into dir.
func writeBook(t testing.TB, dir, name string, sheets ...sheetSpec) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.Rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(s.Name, cell, v); err != nil {
					t.Fatal(err)
				}
			}
		}
		if s.Edit != nil {
			s.Edit(f, s.Name)
		}
	}
	for _, s := range sheets {
		if s.Hidden {
			if err := f.SetSheetVisible(s.Name, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := filepath.Join(dir, name)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// The good sample: a 党委 with a 党总支 and three branches.
func orgRows() [][]any {
	return [][]any{
		{"江城师范学院党组织名册（2012年）"},
		{"组织名称", "组织类型", "上级组织", "书记", "组织类别"},
		{"中共江城师范学院委员会", "党委", "", "王建国", "机关"},
		{"文学院党总支", "党总支", "中共江城师范学院委员会", "李明", "教工"},
		{"文学院教工党支部", "党支部", "文学院党总支", "赵丽", "教工"},
		{"文学院学生党支部", "党支部", "文学院党总支", "钱进", "学生"},
		{"机关直属党支部", "直属党支部", "中共江城师范学院委员会", "孙强", "机关"},
	}
}

func memberRows() [][]any {
	return [][]any{
		{"江城师范学院党员花名册"},
		{"序号", "姓名", "性别", "民族", "出生日期", "身份证号", "入党时间", "党员类型", "所在党支部", "人员类别", "职务"},
		{1, "张三", "男", "汉族", "1990-03-07", "110101199003071233", "2010-06-28", "正式党员", "文学院教工党支部", "教职工", "讲师"},
		{2, "李四", "女", "汉族", "1991年5月1日", "110101199105010028", "2011.06", "正式", "文学院教工党支部", "教职工", ""},
		{3, "买买提·艾力", "男", "维吾尔族", "1992/1/15", "650102199201150030", "2012年6月", "预备", "文学院学生党支部", "学生", ""},
		{4, "王五", "男", "汉族", "", "", "201006", "正式党员", "机关直属党支部", "机关", "科长"},
	}
}

func assessRows() [][]any {
	return [][]any{
		{"2012年度民主评议党员测评表"},
		{"姓名", "所在党支部", "身份证号", "自评", "互评", "群众评议", "组织评价", "优秀票", "合格票", "基本合格票", "不合格票", "处分情况", "备注"},
		{"张三", "文学院教工党支部", "110101199003071233", 95, "90", "88.5", 92, 12, 3, 0, 0, "无", ""},
		{"李四", "文学院教工党支部", "", 80, 85, 82, 84, 5, 10, 0, 0, "", "请假一次"},
		{"买买提·艾力", "文学院学生党支部", "", 90, 91, 92, 93, 8, 2, 0, 0, "无", ""},
		{"王五", "机关直属党支部", "", 70, 65, 60, 62, 1, 8, 3, 1, "警告", ""},
	}
}

func orgAssessRows() [][]any {
	return [][]any{
		{"组织名称", "领导班子好", "党员队伍好", "工作机制好", "工作业绩好", "群众反映好", "群众满意率", "备注"},
		{"文学院教工党支部", 19, 18, 18.5, 19, 18, "95%", ""},
		{"文学院学生党支部", 17, 16, 17, 16, 18, 0.88, ""},
		{"机关直属党支部", 15, 16, 14, 15, 16, "76", ""},
	}
}

// goodBooks writes the good 花名册.xlsx and 测评表.xlsx into dir.
func goodBooks(t testing.TB, dir string) []string {
	return []string{
		writeBook(t, dir, "花名册.xlsx", sheetSpec{Name: "党组织", Rows: orgRows()}, sheetSpec{Name: "党员", Rows: memberRows()}),
		writeBook(t, dir, "测评表.xlsx", sheetSpec{Name: "党员测评", Rows: assessRows()}, sheetSpec{Name: "组织测评", Rows: orgAssessRows()}),
	}
}

func fileHash(t testing.TB, p string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// diagLines renders diagnostics one per line, with severity.
func diagLines(ds model.Diagnostics) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.Severity.String() + " " + d.String() + "\n")
	}
	return b.String()
}

// find returns the diagnostics at a cell.
func findAt(ds model.Diagnostics, sheet, cell string) []model.Diagnostic {
	var out []model.Diagnostic
	for _, d := range ds {
		if d.Ref.Sheet == sheet && d.Ref.Cell == cell {
			out = append(out, d)
		}
	}
	return out
}

// commentText is the text of a comment as excelize reads it back.
func commentText(c excelize.Comment) string {
	if c.Text != "" {
		return c.Text
	}
	var b strings.Builder
	for _, r := range c.Paragraph {
		b.WriteString(r.Text)
	}
	return b.String()
}
