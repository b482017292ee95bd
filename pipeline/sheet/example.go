package sheet

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ExampleSheet is the sheet of each template that shows the tables filled
// in: one organisation and one member in 花名册, their assessments in
// 测评表. It is never read as data: the reader finds tables by their
// headers, and this sheet has the headers of real tables, so it is left
// out by its name (IsExampleSheet) before any header is looked at.
const ExampleSheet = "填表示例"

// exampleMarks are what a tab name containing one of them is an example
// sheet by: the template's 填表示例 and the names staff give copies of it.
var exampleMarks = []string{"示例", "样例", "范例"}

// IsExampleSheet reports whether a sheet is an example that the reader
// skips: its tab name contains 示例 (or 样例, 范例).
func IsExampleSheet(name string) bool {
	n := normSheetName(name)
	for _, m := range exampleMarks {
		if strings.Contains(n, m) {
			return true
		}
	}
	return false
}

// Example rows by column name; columns not listed here (a scheme's own
// dimensions and items) get a score near the top of their range.
var exampleValues = map[string][][]any{
	"党组织": {
		{"组织名称", "中共某某学院委员会", "文学院教工党支部"},
		{"组织类型", "党委", "党支部"},
		{"上级组织", "", "中共某某学院委员会"},
		{"书记", "王某某", "李某某"},
		{"组织类别", "机关", "教工"},
	},
	"党员": {
		{"姓名", "张三"}, {"性别", "男"}, {"民族", "汉族"}, {"出生日期", "1990-03-07"},
		{"身份证号", "110101199003071233"}, {"入党时间", "2012年6月"}, {"党员类型", "正式党员"},
		{"所在党支部", "文学院教工党支部"}, {"人员类别", "教职工"}, {"职务", "讲师"},
	},
	"党员测评": {
		{"姓名", "张三"}, {"所在党支部", "文学院教工党支部"}, {"身份证号", "110101199003071233"},
		{"优秀票", 18}, {"合格票", 6}, {"基本合格票", 0}, {"不合格票", 0}, {"处分情况", "无"},
		{"备注", ""},
	},
	"组织测评": {
		{"组织名称", "文学院教工党支部"}, {"群众满意率", 0.95}, {"备注", ""},
	},
}

// exampleRow returns row i of the example of sheet s, one value per column.
func exampleRow(s tsheet, i int) []any {
	byCol := map[string]any{}
	for _, v := range exampleValues[s.Name] {
		if i+1 < len(v) {
			byCol[v[0].(string)] = v[i+1]
		}
	}
	row := make([]any, len(s.Cols))
	for j, c := range s.Cols {
		if v, ok := byCol[c.Header]; ok {
			row[j] = v
		} else if c.Kind == kScore {
			row[j] = exampleScore(c.Range)
		}
	}
	return row
}

// exampleScore is nine tenths of the way up a score range, to the half
// point (90 of 0–100, 18 of 0–20); 90 when there is no upper limit.
func exampleScore(r ScoreRange) any {
	lo, ok1 := new(big.Rat).SetString(r.Min)
	hi, ok2 := new(big.Rat).SetString(r.Max)
	if !ok1 || !ok2 || hi.Cmp(lo) <= 0 {
		return 90
	}
	v := new(big.Rat).Sub(hi, lo)
	v.Mul(v, big.NewRat(9, 10)).Add(v, lo)
	v.Mul(v, big.NewRat(2, 1))
	n := new(big.Int).Quo(v.Num(), v.Denom()) // round down to the half point
	f, _ := new(big.Rat).SetFrac(n, big.NewInt(2)).Float64()
	return f
}

// exampleRows is how many example rows each table has: 党组织 shows the
// 党委 above the branch, as the branch's 上级组织 must be listed too.
func exampleRows(s tsheet) int {
	if s.Name == "党组织" {
		return 2
	}
	return 1
}

// writeExample adds the 填表示例 sheet: each table of the workbook with its
// title, headings and example rows, greyed, one under another.
func writeExample(f *excelize.File, sheets []tsheet, st templateStyles) error {
	s := ExampleSheet
	if _, err := f.NewSheet(s); err != nil {
		return err
	}
	ncol := 0
	for _, t := range sheets {
		ncol = max(ncol, len(t.Cols))
	}
	widths := make([]float64, ncol)
	for _, t := range sheets {
		for i, c := range t.Cols {
			widths[i] = max(widths[i], c.Width)
		}
	}
	for i, w := range widths {
		col := colName(i + 1)
		if err := f.SetColWidth(s, col, col, w); err != nil {
			return err
		}
	}
	var names []string
	for _, t := range sheets {
		names = append(names, "“"+t.Name+"”")
	}
	last := colName(ncol)
	title := "填表示例（只作示范，程序不会读入；请照此在" + strings.Join(names, "") + "表中填写）"
	f.SetCellValue(s, "A1", title)
	f.MergeCell(s, "A1", last+"1")
	f.SetCellStyle(s, "A1", last+"1", st.title)
	f.SetRowHeight(s, 1, wrappedHeight(wrappedLines(title, sumWidths(widths, 0, ncol)/1.5)))
	r := 3
	for _, t := range sheets {
		f.SetCellValue(s, cellName(1, r), fmt.Sprintf("“%s”表：", t.Name))
		f.SetCellStyle(s, cellName(1, r), cellName(1, r), st.section)
		f.SetRowHeight(s, r, 22)
		r++
		for i, c := range t.Cols {
			h, style := st.head(c)
			f.SetCellValue(s, cellName(i+1, r), h)
			f.SetCellStyle(s, cellName(i+1, r), cellName(i+1, r), style)
		}
		f.SetRowHeight(s, r, 32)
		r++
		for i := range exampleRows(t) {
			lines := 1
			for j, v := range exampleRow(t, i) {
				c := t.Cols[j]
				style := st.exText
				switch c.Kind {
				case kScore, kCount:
					style = st.exNumber
				case kPercent:
					style = st.exPercent
				}
				if v != nil && v != "" {
					f.SetCellValue(s, cellName(j+1, r), v)
				}
				f.SetCellStyle(s, cellName(j+1, r), cellName(j+1, r), style)
				if text, ok := v.(string); ok {
					lines = max(lines, wrappedLines(text, c.Width))
				}
			}
			f.SetRowHeight(s, r, max(20, wrappedHeight(lines)))
			r++
		}
		r++
	}
	note := exampleNote(sheets)
	f.SetCellValue(s, cellName(1, r), note)
	f.MergeCell(s, cellName(1, r), cellName(ncol, r))
	f.SetCellStyle(s, cellName(1, r), cellName(ncol, r), st.note)
	f.SetRowHeight(s, r, wrappedHeight(wrappedLines(note, sumWidths(widths, 0, ncol))))
	return printSetup{widths: widths}.apply(f, s)
}

// exampleNote is the note under the examples, on what the workbook has.
func exampleNote(sheets []tsheet) string {
	has := map[colKind]bool{}
	for _, t := range sheets {
		for _, c := range t.Cols {
			has[c.Kind] = true
		}
	}
	note := "示例中的单位、姓名和身份证号都是虚构的。"
	if has[kID] || has[kDate] {
		note += "身份证号、日期照原样输入（这些列已设为文本格式）。"
	}
	if has[kScore] || has[kCount] {
		note += "分数、票数只填阿拉伯数字。"
	}
	if has[kPercent] {
		note += "群众满意率输入 95 即为 95%。"
	}
	return note
}
