package sheet

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet/internal/cfb"
)

// openBytes opens a workbook held in memory, as openWorkbook does a file.
func openBytes(name string, data []byte, lim limits) (*workbook, *FileError) {
	wb := &workbook{path: name, name: name, data: data, limits: lim}
	if ferr := wb.identify(); ferr != nil {
		return nil, ferr
	}
	if ferr := wb.load(); ferr != nil {
		return nil, ferr
	}
	return wb, nil
}

// dumpSheet renders a sheet's cells as lines "A1 type fmt value" plus its
// hidden rows and merged ranges.
func dumpSheet(sh *rawSheet) string {
	var b strings.Builder
	fmt.Fprintf(&b, "sheet %s hidden=%v\n", sh.Name, sh.Hidden)
	for _, r := range sh.Rows {
		if r.Hidden {
			fmt.Fprintf(&b, "row %d hidden\n", r.Num)
		}
		for _, c := range r.Cells {
			fmt.Fprintf(&b, "%s %d %d %q\n", cellName(c.Col, r.Num), c.Type, c.Fmt, c.Value)
		}
	}
	for _, m := range sh.Merges {
		fmt.Fprintf(&b, "merge %s:%s\n", cellName(m.C1, m.R1), cellName(m.C2, m.R2))
	}
	return b.String()
}

// TestXLSCells reads every kind of cell the reader must tell apart from a
// workbook written record by record, with records small enough that the
// shared strings and a formula's text are split over CONTINUE records
// (also in the middle of a string, changing from two bytes per character
// to one).
func TestXLSCells(t *testing.T) {
	long := strings.Repeat("长", 30) + strings.Repeat("x", 40) // wide, then narrow after the split
	spec := xlsBookSpec{MaxRecord: 64, Sheets: []xlsSheetSpec{{
		Name: "数据",
		Rows: [][]any{
			{"姓名", "身份证号", "入党时间", "满意率", "得分", "公式", "文本公式"},
			{"张三", xlsFmt{"11010519491231002X", "@"}, xlsFmt{40357, "yyyy\\年m\\月d\\日"}, xlsFmt{0.92, "0%"}, 89.995, xlsFormula{179.99}, xlsFormula{long}},
			{"李四", xlsFmt{110105194912310021.0, "@"}, xlsFmt{40001.5, "yyyy-mm-dd"}, xlsFmt{1, "0%"}, 95, xlsFormula{true}, xlsErrCode(0x07)},
			{long, 1, 2, 3, nil, true, false},
			nil,
			{"合并", nil, nil, "买买提·艾力", 1e-12, -2.5, 123456789012345678.0},
		},
		HiddenRows: []int{4},
		Merges:     []mergeRange{{R1: 6, C1: 1, R2: 7, C2: 3}},
	}, {Name: "藏", Hidden: true, Rows: [][]any{{"x"}}}}}
	data := buildXLS(t, spec)
	wb, ferr := openBytes("数据.xls", data, Options{}.limits())
	if ferr != nil {
		t.Fatal(ferr)
	}
	var got strings.Builder
	for _, e := range wb.sheets {
		sh, ferr := wb.readSheet(e)
		if ferr != nil {
			t.Fatal(ferr)
		}
		got.WriteString(dumpSheet(sh))
	}
	want := `sheet 数据 hidden=false
A1 1 0 "姓名"
B1 1 0 "身份证号"
C1 1 0 "入党时间"
D1 1 0 "满意率"
E1 1 0 "得分"
F1 1 0 "公式"
G1 1 0 "文本公式"
A2 1 0 "张三"
B2 1 3 "11010519491231002X"
C2 0 1 "40357"
D2 0 2 "0.92"
E2 0 0 "89.995"
F2 0 0 "179.99"
G2 1 0 "` + long + `"
A3 1 0 "李四"
B3 0 3 "1.1010519491231002E+17"
C3 0 1 "40001.5"
D3 0 2 "1"
E3 0 0 "95"
F3 2 0 "TRUE"
G3 3 0 "#DIV/0!"
row 4 hidden
A4 1 0 "` + long + `"
B4 0 0 "1"
C4 0 0 "2"
D4 0 0 "3"
F4 2 0 "TRUE"
G4 2 0 "FALSE"
A6 1 0 "合并"
D6 1 0 "买买提·艾力"
E6 0 0 "1E-12"
F6 0 0 "-2.5"
G6 0 0 "1.2345678901234568E+17"
merge A6:C7
sheet 藏 hidden=true
A1 1 0 "x"
`
	if got.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", got.String(), want)
	}
}

// TestXLSUnreadable: broken, encrypted, old and hostile .xls files end in one
// clear sentence naming the file, like unreadable .xlsx files.
func TestXLSUnreadable(t *testing.T) {
	good := buildXLS(t, xlsBookSpec{Sheets: []xlsSheetSpec{{Name: "党组织", Rows: orgRows()}, {Name: "党员", Rows: memberRows()}}})
	// A cycle in the FAT: the workbook stream's second sector points back
	// to its first.
	cyclic := func() []byte {
		stream := xlsStream(t, xlsBookSpec{Sheets: []xlsSheetSpec{{Name: "党员", Rows: append(memberRows(), manyRows(200)...)}}})
		b, start := cfb.Build([]string{"Workbook"}, [][]byte{stream})
		if len(stream) < 4096 || start["Workbook"] > 100 {
			t.Fatal("want a workbook stream in the first regular sectors")
		}
		fat := 512 // cfb.Build puts the FAT in sector 0
		putLE32(b, fat+4*int(start["Workbook"]+1), start["Workbook"])
		return b
	}()
	word, _ := cfb.Build([]string{"WordDocument", "1Table"}, [][]byte{make([]byte, 5000), make([]byte, 100)})
	noBook, _ := cfb.Build([]string{"Contents"}, [][]byte{[]byte("nothing")})
	cases := []struct {
		name string
		file string
		data []byte
		opt  Options
		want string
	}{
		{"truncated", "花名册.xls", good[:len(good)*2/3], Options{}, "已损坏或不完整"},
		{"truncated to the header", "花名册.xls", good[:512], Options{}, "已损坏或不完整"},
		{"garbage after the signature", "花名册.xls", append(append([]byte(nil), cfb.Signature...), make([]byte, 3000)...), Options{}, "已损坏或不完整"},
		{"encrypted (FILEPASS)", "花名册.xls", buildXLS(t, xlsBookSpec{Encrypted: true, Sheets: []xlsSheetSpec{{Name: "党员", Rows: memberRows()}}}), Options{}, "设置了密码保护"},
		{"Excel 95", "花名册.xls", buildXLS(t, xlsBookSpec{BIFF5: true, Sheets: []xlsSheetSpec{{Name: "党员", Rows: memberRows()}}}), Options{}, "Excel 5.0/95 或更早版本"},
		{"Excel 95 stream", "花名册.xls", buildXLS(t, xlsBookSpec{Stream: "Book", Sheets: []xlsSheetSpec{{Name: "党员", Rows: memberRows()}}}), Options{}, "Excel 5.0/95 或更早版本"},
		{"cycle in the FAT", "花名册.xls", cyclic, Options{}, "已损坏或不完整"},
		{"huge", "花名册.xls", good, Options{MaxFileSize: 1 << 10}, "超过本程序可读取的 0 MB 上限"},
		{"rows over limit", "花名册.xls", good, Options{MaxRows: 5}, "工作表“党组织”有数据或格式一直到第 6 行，超过本程序能处理的 5 行"},
		{"a Word document", "通知.xls", word, Options{}, "是 Word 文档"},
		{"no workbook stream", "表.et", noBook, Options{}, "不是 Excel 或 WPS 工作簿"},
		{"not a compound file", "花名册.xls", []byte("\x01\x02binary\x00\x00\x00not xls at all\x00"), Options{}, "不是 Excel 或 WPS 工作簿"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), c.file)
			if err := os.WriteFile(p, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			opt := c.opt
			opt.MemberDimensions = SampleOptions().MemberDimensions
			ds, _, err := Read([]string{p}, opt)
			var fe *FileError
			if !errors.As(err, &fe) || ds != nil {
				t.Fatalf("want a *FileError, got %v", err)
			}
			if !strings.HasPrefix(fe.Msg, c.file+" ") || !strings.Contains(fe.Msg, c.want) {
				t.Errorf("message %q\nwant %q after the file name", fe.Msg, c.want)
			}
			if strings.Count(fe.Msg, "。") != 1 || !strings.HasSuffix(fe.Msg, "。") {
				t.Errorf("want exactly one sentence: %q", fe.Msg)
			}
		})
	}
}

func manyRows(n int) [][]any {
	var rows [][]any
	for i := 0; i < n; i++ {
		rows = append(rows, []any{i + 10, fmt.Sprintf("党员%03d", i), "男", "汉族", "", "", "", "正式党员", "文学院教工党支部"})
	}
	return rows
}

func putLE32(b []byte, off int, v uint32) {
	b[off], b[off+1], b[off+2], b[off+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

// asXLS writes the workbooks at paths again as .xls (BIFF8, by xlsStream)
// into dir, under the same names: the reader tells formats apart by their
// bytes, so the two readings differ in nothing but the format. Values keep
// their types and number-format classes; hidden sheets and rows, merged
// ranges and the date system are carried over. A number whose text is not
// the shortest form of its double (excelize writes an int64 of 18 digits
// exactly; a double keeps 17) reads back in that form: renamed maps the
// .xlsx text to the .xls one.
func asXLS(t testing.TB, dir string, paths []string) (out []string, renamed map[string]string) {
	t.Helper()
	renamed = map[string]string{}
	for _, p := range paths {
		wb, ferr := openWorkbook(p, Options{}.limits())
		if ferr != nil {
			t.Fatal(ferr)
		}
		spec := xlsBookSpec{Date1904: wb.date1904}
		for _, e := range wb.sheets {
			sh, ferr := wb.readSheet(e)
			if ferr != nil {
				t.Fatal(ferr)
			}
			s := xlsSheetSpec{Name: e.Name, Hidden: e.Hidden, Merges: sh.Merges}
			for _, r := range sh.Rows {
				for len(s.Rows) < r.Num {
					s.Rows = append(s.Rows, nil)
				}
				row := make([]any, r.Cells[len(r.Cells)-1].Col)
				for _, c := range r.Cells {
					row[c.Col-1] = xlsSpecValue(t, c)
					if f, ok := row[c.Col-1].(float64); ok && formatXLSNumber(f) != c.Value {
						renamed[c.Value] = formatXLSNumber(f)
					}
				}
				s.Rows[r.Num-1] = row
				if r.Hidden {
					s.HiddenRows = append(s.HiddenRows, r.Num)
				}
			}
			spec.Sheets = append(spec.Sheets, s)
		}
		q := filepath.Join(dir, filepath.Base(p))
		if err := os.WriteFile(q, buildXLS(t, spec), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, q)
	}
	return out, renamed
}

func xlsSpecValue(t testing.TB, c rawCell) any {
	var v any = c.Value
	switch c.Type {
	case typeNumber:
		if n, err := strconv.Atoi(c.Value); err == nil && n >= -1<<29 && n < 1<<29 {
			v = n
		} else if f, err := strconv.ParseFloat(c.Value, 64); err == nil {
			v = f
		}
	case typeBool:
		v = c.Value == "TRUE"
	case typeError:
		v = xlsErrCode(0x2A)
		for code, s := range xlsErrors {
			if s == c.Value {
				v = xlsErrCode(code)
			}
		}
	}
	switch c.Fmt {
	case fmtDate:
		return xlsFmt{v, "yyyy-mm-dd"}
	case fmtPercent:
		return xlsFmt{v, "0%"}
	case fmtText:
		return xlsFmt{v, "@"}
	}
	return v
}

// xlsParityExempt names test cases (t.Name()) whose workbooks have
// something .xls cannot carry, e.g. a formula without a cached result
// (a BIFF8 FORMULA record always has one), with the reason.
var xlsParityExempt = map[string]string{
	"TestBadWorkbooks/formula_without_a_cached_value":                           "a BIFF8 FORMULA record always carries a result",
	"TestBadWorkbooks/formula_without_a_cached_value_in_a_required_text_column": "a BIFF8 FORMULA record always carries a result",
}

// checkXLSParity reads the workbooks again as .xls and wants the same
// dataset and the same diagnostics, word for word and cell for cell.
func checkXLSParity(t *testing.T, paths []string, opt Options, ds *model.Dataset, diags model.Diagnostics) {
	t.Helper()
	if why, ok := xlsParityExempt[t.Name()]; ok {
		t.Logf("not compared as .xls: %s", why)
		return
	}
	xls, renamed := asXLS(t, t.TempDir(), paths)
	ds2, diags2, err := Read(xls, opt)
	if err != nil {
		t.Fatalf("as .xls: %v", err)
	}
	a, _ := json.MarshalIndent(dump(ds, diags), "", " ")
	b, _ := json.MarshalIndent(dump(ds2, diags2), "", " ")
	want := string(a)
	for x, y := range renamed {
		want = strings.ReplaceAll(want, "（值："+x+"）", "（值："+y+"）")
	}
	if want != string(b) {
		t.Errorf("read as .xls differs from .xlsx:\n%s", firstDiff(want, string(b)))
	}
}

// firstDiff shows the first differing line of two texts, with context.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) || i < len(lb); i++ {
		x, y := "", ""
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  xlsx: %s\n  xls:  %s", i+1, x, y)
		}
	}
	return ""
}

// TestAnnotateXLS: the marked-up copy of an .xls is an .xlsx with the same
// sheets, values (of the same types), number formats, merged ranges and
// hidden rows and sheets, and the problem cells marked; read again, it
// gives the same problems.
func TestAnnotateXLS(t *testing.T) {
	b := newBooks()
	b.members[2][1] = "张 三"                     // B3 warning
	b.members[3][5] = int64(110101199105010028) // F4: a number, error
	b.members[4][4] = 33618                     // E5: a date serial (1992-01-15)
	b.assess[3][4] = "九十"                       // E4 error
	b.memberEdit = func(f *excelize.File, s string) {
		f.MergeCell(s, "A1", "K1")
		st, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		f.SetCellStyle(s, "E5", "E5", st)
	}
	b.extra = []sheetSpec{{Name: "说明", Rows: [][]any{{"不要改这张表"}}, Hidden: true}}
	paths, _ := asXLS(t, t.TempDir(), b.write(t, t.TempDir()))
	// .xls names, as offices have them.
	for i, p := range paths {
		q := strings.TrimSuffix(p, ".xlsx") + ".xls"
		if err := os.Rename(p, q); err != nil {
			t.Fatal(err)
		}
		paths[i] = q
	}
	_, diags, err := Read(paths, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	var marked []string
	for _, p := range paths {
		before := fileHash(t, p)
		dst := filepath.Join(out, strings.TrimSuffix(filepath.Base(p), ".xls")+"-问题标注.xlsx")
		if err := Annotate(p, dst, diags); err != nil {
			t.Fatal(err)
		}
		if fileHash(t, p) != before {
			t.Fatalf("%s changed", p)
		}
		marked = append(marked, dst)
	}
	f, err := excelize.OpenFile(marked[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "党组织,党员,"+ListSheet {
		t.Errorf("sheets %s", got)
	}
	for _, c := range []struct{ cell, fill string }{{"B3", warningFill}, {"F4", errorFill}, {"C3", ""}} {
		id, _ := f.GetCellStyle("党员", c.cell)
		st, _ := f.GetStyle(id)
		got := ""
		if st != nil && len(st.Fill.Color) > 0 {
			got = st.Fill.Color[0]
		}
		if got != c.fill {
			t.Errorf("%s fill %q, want %q", c.cell, got, c.fill)
		}
	}
	if typ, _ := f.GetCellType("党员", "F4"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("F4 is no longer a number: %v", typ)
	}
	if v, _ := f.GetCellValue("党员", "E5"); v != "1992-01-15" {
		t.Errorf("date cell E5 shows %q", v)
	}
	if m, _ := f.GetMergeCells("党员"); len(m) != 1 || m[0].GetStartAxis() != "A1" || m[0].GetEndAxis() != "K1" {
		t.Errorf("merges %v", m)
	}
	g, err := excelize.OpenFile(marked[1])
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if visible, _ := g.GetSheetVisible("说明"); visible {
		t.Error("the hidden sheet is visible in the copy")
	}
	cs, _ := g.GetComments("党员测评")
	if len(cs) != 1 || cs[0].Cell != "E4" || !strings.Contains(commentText(cs[0]), "不是阿拉伯数字") {
		t.Errorf("comments %+v", cs)
	}
	// Read again, the copies give the same problems at the same cells.
	_, again, err := Read(marked, SampleOptions())
	if err != nil {
		t.Fatal(err)
	}
	norm := func(ds model.Diagnostics) string {
		s := diagLines(ds)
		s = strings.ReplaceAll(s, "-问题标注.xlsx", "")
		return strings.ReplaceAll(s, ".xls", "")
	}
	if norm(again) != norm(diags) {
		t.Errorf("the copies read differently:\n%s\nwant:\n%s", norm(again), norm(diags))
	}
}

// TestSSTCountIsNotTrusted: the shared-string table's count is only an
// upper bound; a hostile 4,294,967,295 (64 GiB of string headers if
// allocated up front) reads the three strings that are there.
func TestSSTCountIsNotTrusted(t *testing.T) {
	body := append(le32(3), le32(0xFFFFFFFF)...)
	for _, s := range []string{"张三", "abc", ""} {
		body = append(body, xlStr(s, 2)...)
	}
	got, err := parseSST([][]byte{body})
	if err != nil || strings.Join(got, "|") != "张三|abc|" || cap(got) > len(body)/3 {
		t.Errorf("got %q (cap %d), %v", got, cap(got), err)
	}
}
