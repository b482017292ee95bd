package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// zipOf builds a zip file from name → content.
func zipOf(t testing.TB, entries ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// patchZip rewrites one entry of a zip.
func patchZip(t testing.TB, src []byte, name string, fn func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		data := b.String()
		if f.Name == name {
			data = fn(data)
			found = true
		}
		w, _ := zw.Create(f.Name)
		w.Write([]byte(data))
	}
	zw.Close()
	if !found {
		t.Fatalf("no %s in zip", name)
	}
	return buf.Bytes()
}

// oleFile is an OLE2 compound file header followed by a directory entry name;
// enough for format detection, which is all Read does with it.
func oleFile(streamName string) []byte {
	b := append([]byte{}, oleMagic...)
	b = append(b, make([]byte, 504)...)
	b = append(b, utf16le(streamName)...)
	return append(b, make([]byte, 512)...)
}

func TestUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeBook(t, dir, "good.xlsx", sheetSpec{Name: "党组织", Rows: orgRows()}, sheetSpec{Name: "党员", Rows: memberRows()})
	goodBytes, _ := os.ReadFile(good)

	encrypted := filepath.Join(dir, "加密.xlsx")
	{
		f := excelize.NewFile()
		f.SetCellValue("Sheet1", "A1", "秘密")
		if err := f.SaveAs(encrypted, excelize.Options{Password: "123456"}); err != nil {
			t.Fatal(err)
		}
	}
	// A sheet with a stray value on the last row Excel has: 1,048,576 rows.
	tall := filepath.Join(dir, "满行.xlsx")
	os.WriteFile(tall, patchZip(t, goodBytes, "xl/worksheets/sheet2.xml", func(s string) string {
		return strings.Replace(s, "</sheetData>", `<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`, 1)
	}), 0o644)
	// A zip bomb: one highly compressible 20 MB entry.
	bomb := zipOf(t,
		[2]string{"[Content_Types].xml", `<Types/>`},
		[2]string{"xl/workbook.xml", `<workbook><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		[2]string{"xl/worksheets/sheet1.xml", strings.Repeat("\x00", 20<<20)},
	)
	docx := zipOf(t, [2]string{"[Content_Types].xml", `<Types/>`}, [2]string{"word/document.xml", `<w:document/>`})
	// As Word and PowerPoint write them: _rels/.rels names the main part, so
	// the package has an officeDocument, just not a workbook.
	officeRels := func(target string) [2]string {
		return [2]string{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="` + target + `"/></Relationships>`}
	}
	realDocx := zipOf(t, [2]string{"[Content_Types].xml", `<Types/>`}, officeRels("word/document.xml"),
		[2]string{"word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>`})
	pptx := zipOf(t, [2]string{"[Content_Types].xml", `<Types/>`}, officeRels("ppt/presentation.xml"),
		[2]string{"ppt/presentation.xml", `<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`})
	ods := zipOf(t, [2]string{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, [2]string{"content.xml", `<office:document-content/>`})
	badXML := zipOf(t,
		[2]string{"[Content_Types].xml", `<Types/>`},
		[2]string{"xl/workbook.xml", `<workbook><sheets><sheet name="党员" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		[2]string{"xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		[2]string{"xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2"`},
	)

	cases := []struct {
		name    string
		file    string
		content []byte // nil: file already written
		opt     Options
		want    string // substring of the message
	}{
		// .xls and .et are read (xls_test.go); a compound-file header with
		// nothing behind it is a broken one.
		{"xls header only", "花名册.xls", oleFile("Workbook"), Options{}, "已损坏或不完整"},
		{"xls header only, named xlsx", "花名册.xlsx", oleFile("Workbook"), Options{}, "已损坏或不完整"},
		{"et header only", "花名册.et", oleFile("WorkBook"), Options{}, "已损坏或不完整"},
		{"encrypted", "加密.xlsx", nil, Options{}, "设置了打开密码"},
		{"encrypted ole marker", "密.xlsx", oleFile("EncryptedPackage"), Options{}, "设置了打开密码"},
		{"csv", "花名册.csv", []byte("姓名,所在党支部\n张三,文学院教工党支部\n"), Options{}, "CSV 或纯文本文件"},
		{"csv renamed", "名单.xlsx", []byte("姓名,所在党支部\r\n张三,一支部\r\n"), Options{}, "CSV 或纯文本文件"},
		{"csv gbk", "名单.csv", []byte{0xd0, 0xd5, 0xc3, 0xfb, ',', 0xd6, 0xa7, 0xb2, 0xbf, '\n'}, Options{}, "CSV 或纯文本文件"},
		{"empty", "空.xlsx", []byte{}, Options{}, "是空文件（0 字节）"},
		{"pdf", "表.xlsx", []byte("%PDF-1.4\n\x00\x01\x02\x03binary\x00"), Options{}, "不是 Excel 或 WPS 工作簿"},
		{"truncated", "半截.xlsx", goodBytes[:len(goodBytes)/2], Options{}, "已损坏或不完整"},
		{"truncated tail", "少尾.xlsx", goodBytes[:len(goodBytes)-10], Options{}, "已损坏或不完整"},
		{"broken sheet xml", "坏.xlsx", badXML, Options{}, "已损坏或不完整"},
		{"word document", "通知.xlsx", docx, Options{}, "是 Word 文档"},
		{"word document with rels", "通知.xlsx", realDocx, Options{}, "是 Word 文档（只是改了扩展名）"},
		{"powerpoint", "汇报.xlsx", pptx, Options{}, "是 PowerPoint 演示文稿"},
		{"ods", "花名册.ods", ods, Options{}, "是 OpenDocument 表格（.ods）"},
		{"zip bomb ratio", "炸弹.xlsx", bomb, Options{}, "解压后过大（超过 200 MB）或压缩比异常"},
		{"unzip limit", "大.xlsx", goodBytes, Options{MaxUnzipSize: 4 << 10}, "解压后过大（超过 0 MB）"},
		{"too large", "大文件.xlsx", goodBytes, Options{MaxFileSize: 1 << 10}, "超过本程序可读取的 0 MB 上限"},
		{"million rows", "满行.xlsx", nil, Options{}, "的工作表“党员”有数据或格式一直到第 1048576 行，超过本程序能处理的 200000 行"},
		{"rows over limit", "good.xlsx", nil, Options{MaxRows: 5}, "工作表“党组织”有数据或格式一直到第 6 行，超过本程序能处理的 5 行"},
		{"missing", "不存在.xlsx", nil, Options{}, "找不到这个文件"},
	}
	_ = tall
	_ = encrypted
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, c.file)
			if c.content != nil {
				p = filepath.Join(t.TempDir(), c.file)
				if err := os.WriteFile(p, c.content, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var before [32]byte
			if _, err := os.Stat(p); err == nil {
				before = fileHash(t, p)
			}
			opt := c.opt
			opt.MemberDimensions = SampleOptions().MemberDimensions
			ds, diags, err := Read([]string{p}, opt)
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("want *FileError, got ds=%v diags=%v err=%v", ds != nil, diags, err)
			}
			if ds != nil {
				t.Error("ds should be nil")
			}
			if !strings.HasPrefix(fe.Msg, c.file+" ") {
				t.Errorf("message should start with the file name: %s", fe.Msg)
			}
			if !strings.Contains(fe.Msg, c.want) {
				t.Errorf("message %q\nwant substring %q", fe.Msg, c.want)
			}
			if strings.Count(fe.Msg, "。") != 1 || !strings.HasSuffix(fe.Msg, "。") {
				t.Errorf("want exactly one sentence: %q", fe.Msg)
			}
			if fe.Path != p {
				t.Errorf("Path = %q", fe.Path)
			}
			if before != ([32]byte{}) && fileHash(t, p) != before {
				t.Error("input file changed")
			}
		})
	}
	t.Run("directory", func(t *testing.T) {
		_, _, err := Read([]string{dir}, Options{})
		if err == nil || !strings.Contains(err.Error(), "是一个文件夹") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("second file bad", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "b.xls")
		os.WriteFile(p, oleFile("Workbook"), 0o644)
		_, _, err := Read([]string{good, p}, Options{})
		var fe *FileError
		if !errors.As(err, &fe) || fe.Path != p {
			t.Errorf("got %v", err)
		}
	})
}
