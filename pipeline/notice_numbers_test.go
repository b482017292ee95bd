package pipeline

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/render/xlsx"
)

// TestNoticeNumbers runs the sample batch: every 公文 has its own 发文字号,
// printed in its PDF, and the summary workbook's 发文登记 lists each with
// its number and file.
func TestNoticeNumbers(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	f, err := excelize.OpenFile(filepath.Join(out, SummaryName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetNotices)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 4 || rows[2][1] != "发文字号" || rows[2][5] != "文件" {
		t.Fatalf("发文登记 rows %q", rows[:min(len(rows), 4)])
	}
	seen := map[string]string{}
	notices := 0
	for _, r := range rows[3:] {
		number, file := r[1], r[5]
		if prev, dup := seen[number]; dup {
			t.Errorf("%s and %s share the 发文字号 %s", prev, file, number)
		}
		seen[number] = file
		text := strings.Join(strings.Fields(pdftotext(t, filepath.Join(out, filepath.FromSlash(file)))), "")
		if !strings.Contains(text, number) {
			t.Errorf("%s does not print its 发文字号 %s", file, number)
		}
		if strings.HasPrefix(file, NoticeDir) {
			notices++
		}
	}
	if notices < 20 || seen["江师党函〔2012〕8号"] == "" || seen["江师党发〔2012〕15号"] != DecisionName {
		t.Errorf("%d branch notices registered: %v", notices, seen)
	}
}
