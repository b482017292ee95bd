package xlsx

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
)

// TestNoticeRegister: with the batch's 公文 given, a 发文登记 sheet before
// 问题清单 lists each with its own 发文字号, read back with excelize.
func TestNoticeRegister(t *testing.T) {
	opt := testOptions()
	opt.Notices = []NoticeRow{
		{Number: "江师党发〔2012〕15号", Title: "中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定",
			Recipient: "各党总支、直属党支部：", Date: "2012年6月28日", File: "公文/表彰决定.pdf"},
		{Number: "江师党函〔2012〕8号", Title: "关于机关第一党支部2012年度民主评议党员结果的通知",
			Recipient: "机关第一党支部：", Date: "2012年6月28日", File: "公文/支部通知/001-机关第一党支部.pdf"},
		{Number: "江师党函〔2012〕9号", Title: "关于机关第二党支部2012年度民主评议党员结果的通知",
			Recipient: "机关第二党支部：", Date: "2012年6月28日", File: "公文/支部通知/002-机关第二党支部.pdf"},
	}
	var buf bytes.Buffer
	if err := WriteSummary(&buf, testResults(), opt); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	want := []string{SheetMembers, SheetMembersPrint, SheetBranches, SheetOrgs, SheetCommended, SheetQuotas, SheetNotices, SheetProblems}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets %q, want %q", got, want)
	}
	b := book{t, f}
	numCol, recCol := b.col(SheetNotices, headerRow, "发文字号"), b.col(SheetNotices, headerRow, "主送机关")
	for i, n := range opt.Notices {
		row := headerRow + 1 + i
		if v, _ := f.GetCellValue(SheetNotices, numCol+strconv.Itoa(row)); v != n.Number {
			t.Errorf("row %d: 发文字号 %q, want %q", row, v, n.Number)
		}
		if v, _ := f.GetCellValue(SheetNotices, recCol+strconv.Itoa(row)); v+"：" != n.Recipient {
			t.Errorf("row %d: 主送机关 %q", row, v)
		}
	}
}
