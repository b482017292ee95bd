package sheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Case is a workbook set of the bad-input corpus, for tests outside the
// package (checkrun_test.go runs each through check and run).
type Case struct {
	Name  string
	Paths []string
}

// BadCorpus writes every case of the bad-input corpus into its own folder
// under dir: the cases of TestBadWorkbooks, the formula cells of
// TestFormulaCells, and files that cannot be read at all.
func BadCorpus(t testing.TB, dir string) []Case {
	var out []Case
	for i, c := range badCases() {
		d := filepath.Join(dir, strings.Repeat("0", 3-len(itoa(i)))+itoa(i))
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		out = append(out, Case{c.name, c.write(t, d)})
	}
	// A formula no program calculated, as excelize writes it.
	d := filepath.Join(dir, "formula")
	os.MkdirAll(d, 0o755)
	paths := newBooks().write(t, d)
	raw, err := os.ReadFile(paths[1])
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(paths[1], patchZip(t, raw, "xl/worksheets/sheet1.xml", func(s string) string {
		return strings.Replace(s, `<c r="D3"><v>95</v></c>`, `<c r="D3"><f>90+5</f></c>`, 1)
	}), 0o644)
	out = append(out, Case{"formula without a value", paths})
	// Files that are not workbooks: the same sentence from check and run.
	d = filepath.Join(dir, "word")
	os.MkdirAll(d, 0o755)
	paths = newBooks().write(t, d)
	docx := zipOf(t, [2]string{"[Content_Types].xml", `<Types/>`}, [2]string{"word/document.xml", `<w:document/>`})
	os.WriteFile(paths[1], docx, 0o644)
	out = append(out, Case{"Word file renamed .xlsx", paths})
	d = filepath.Join(dir, "empty")
	os.MkdirAll(d, 0o755)
	paths = newBooks().write(t, d)
	os.WriteFile(paths[0], nil, 0o644)
	out = append(out, Case{"empty file", paths})
	return out
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
