package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/model"
)

// sheetExtent reads a worksheet part with encoding/xml and returns its
// declared <dimension ref> and the range its cells really cover.
func sheetExtent(t *testing.T, zf *zip.File) (declared, real string) {
	t.Helper()
	rc, err := zf.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	maxRow, maxCol := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		for _, a := range se.Attr {
			switch {
			case se.Name.Local == "dimension" && a.Name.Local == "ref":
				declared = a.Value
			case se.Name.Local == "c" && a.Name.Local == "r":
				col, row, err := excelize.CellNameToCoordinates(a.Value)
				if err != nil {
					t.Fatal(err)
				}
				maxRow, maxCol = max(maxRow, row), max(maxCol, col)
			}
		}
	}
	last, _ := excelize.CoordinatesToCellName(maxCol, maxRow)
	return declared, "A1:" + last
}

// TestDimension: every sheet of the summary workbook declares the range its
// cells cover (excelize's default for a new sheet is A1, and readers that
// trust the declaration, such as openpyxl's read-only mode under pandas,
// then see only column A). Checked against the cells in the sheet XML, and
// with openpyxl itself when it is installed.
func TestDimension(t *testing.T) {
	for _, c := range []struct {
		name string
		res  *model.Results
	}{{"fixture", testResults()}, {"empty", &model.Results{}}} {
		var buf bytes.Buffer
		if err := WriteSummary(&buf, c.res, testOptions()); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		want := map[string]string{}
		for _, zf := range zr.File {
			if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
				continue
			}
			n++
			declared, real := sheetExtent(t, zf)
			if declared != real || real == "A1:A1" {
				t.Errorf("%s %s: dimension %q, cells cover %q", c.name, zf.Name, declared, real)
			}
			want[zf.Name] = real
		}
		if n != 7 { // with 党员评议结果（打印）
			t.Errorf("%s: %d worksheets", c.name, n)
		}
		if c.name == "fixture" {
			openpyxlColumns(t, buf.Bytes(), want)
		}
	}
}

// openpyxlColumns opens the workbook with openpyxl in read-only mode (what
// pandas.read_excel does) and checks that each sheet's max_column and
// max_row are those of the cells.
func openpyxlColumns(t *testing.T, b []byte, want map[string]string) {
	py := ""
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import openpyxl").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		if os.Getenv("PINGYOU_REQUIRE_TOOLS") != "" {
			t.Fatal("python3 with openpyxl is required in CI (.ci/run installs python3-openpyxl)")
		}
		t.Log("python3 openpyxl not installed; skipping the openpyxl read-back")
		return
	}
	p := filepath.Join(t.TempDir(), "汇总.xlsx")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
for ws in wb.worksheets:
    print(ws.max_row, ws.max_column)
`, p).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	// Sheets in workbook order are sheet1.xml, sheet2.xml, … for this writer.
	lines := strings.Fields(strings.TrimSpace(string(out)))
	for i := 0; i+1 < len(lines); i += 2 {
		part := fmt.Sprintf("xl/worksheets/sheet%d.xml", i/2+1)
		col, row, _ := excelize.CellNameToCoordinates(strings.TrimPrefix(want[part], "A1:"))
		if got := lines[i] + " " + lines[i+1]; got != fmt.Sprint(row, " ", col) {
			t.Errorf("openpyxl read-only sees %s as %s rows × columns, want %d %d", part, got, row, col)
		}
	}
	if len(lines) != 2*len(want) {
		t.Errorf("openpyxl output %q", out)
	}
}
