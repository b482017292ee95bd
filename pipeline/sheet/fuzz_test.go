package sheet

// Fuzz tests of the value normalisers and of workbook reading. CI runs each
// for a short, bounded time, e.g.
//
//	go test ./pipeline/sheet -run '^$' -fuzz '^FuzzRead$' -fuzztime 20s -fuzzminimizetime 3s
//
// (-fuzzminimizetime matters for FuzzRead: minimising a new interesting
// workbook of several KB can otherwise stall the run for a minute.)
//
// Crashers the fuzzer finds are kept in testdata/fuzz/<Name>/ and run as
// regression seeds by every plain `go test`.

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pingyou/pipeline/model"
)

func FuzzNumber(f *testing.F) {
	for _, s := range []string{"95", "95.5", "９５", " 95 ", "95分", "九十", "缺考", "5O", "89.49999999999999", "1E+2", "-0", ".5", "1e999", "", "\u3000"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, numeric bool) {
		r, is := parseNumber(s, numeric)
		if is != nil && is.Sev == model.Error && r != nil {
			t.Fatalf("error with a value: %q → %v %+v", s, r, is)
		}
		if r == nil && is == nil && cleanText(foldWidth(s)) != "" {
			t.Fatalf("non-blank %q gave neither value nor problem", s)
		}
		if is != nil && (is.Problem == "" || is.Fix == "") {
			t.Fatalf("issue without text: %+v", is)
		}
		if r != nil && !numeric {
			// Exact: the decimal text of the value reads back as the same value.
			back, _ := parseNumber(r.FloatString(decimals(r)), false)
			if back == nil || back.Cmp(r) != 0 {
				t.Fatalf("%q → %s does not read back", s, r.RatString())
			}
		}
	})
}

// decimals returns how many decimals print r exactly: r came from decimal
// text, so its denominator is 2^a·5^b and max(a, b) digits suffice (no cap:
// a fuzzed 413-digit fraction must read back too).
func decimals(r *big.Rat) int {
	d := new(big.Int).Set(r.Denom())
	count := func(p int64) int {
		n, q, m := 0, new(big.Int), new(big.Int)
		for {
			q.QuoRem(d, big.NewInt(p), m)
			if m.Sign() != 0 {
				return n
			}
			d.Set(q)
			n++
		}
	}
	return max(count(2), count(5))
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"92%", "0.92", "92", "1", "100%", "１％", "-5%", "120", "%", "0"} {
		f.Add(s, true, false)
		f.Add(s, false, false)
		f.Add(s, true, true)
	}
	f.Fuzz(func(t *testing.T, s string, numeric, pct bool) {
		r, is := parsePercent(s, numeric, pct)
		if r != nil {
			if r.Sign() < 0 || r.Cmp(big.NewRat(1, 1)) > 0 {
				t.Fatalf("%q → %s outside [0, 1]", s, r.RatString())
			}
			if is != nil && is.Sev == model.Error {
				t.Fatalf("error with a value: %q", s)
			}
		}
	})
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"40357", "2010-06-28", "2010/6/28", "2010.6.28", "2010年6月28日", "2010.06", "2010年6月", "201006", "20100628", "2010.1", "2958465", "0", "-1", "1e5", "2010-02-29"} {
		f.Add(s, uint8(typeNumber))
		f.Add(s, uint8(typeString))
	}
	f.Fuzz(func(t *testing.T, s string, typ uint8) {
		d, is := parseDate(s, cellType(typ%5))
		if is != nil && is.Sev == model.Error && !d.IsZero() {
			t.Fatalf("error with a date: %q → %v", s, d)
		}
		if !d.IsZero() {
			if d.Year < 1900 || d.Year > 2100 || d.Month < 1 || d.Month > 12 || d.Day < 0 || d.Day > model.DaysIn(d.Year, d.Month) {
				t.Fatalf("%q → impossible date %+v", s, d)
			}
		}
	})
}

func FuzzIDNumber(f *testing.F) {
	for _, s := range []string{"110101199003071233", "11010519491231002x", "110101199003071234", "1.10101E+17", "１１０１０１１９９００３０７１２３３", "", "X", "110101 19900307 1233"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, number bool) {
		typ := typeString
		if number {
			typ = typeNumber
		}
		id, is := parseID(s, typ)
		if id == "" {
			return
		}
		if is != nil && is.Sev == model.Error {
			t.Fatalf("error with a value: %q", s)
		}
		if len(id) != 18 || !idRE.MatchString(id) {
			t.Fatalf("%q → %q is not 18 characters", s, id)
		}
		again, is2 := parseID(id, typeString)
		if again != id || is2 != nil {
			t.Fatalf("%q → %q does not read back: %q %+v", s, id, again, is2)
		}
		_ = idBirth(id)
		_ = idGender(id)
	})
}

func FuzzName(f *testing.F) {
	for _, s := range []string{"张三", "张 三", "张　三", "买买提•艾力", "买买提.艾力", "买买提．艾力", "买买提 · 艾力", "John  Smith", " ·张", "张·", "..", "\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, is := normName(s)
		if is != nil && is.Sev != model.Warning {
			t.Fatalf("names only warn: %+v", is)
		}
		n2, is2 := normName(n)
		if n2 != n || is2 != nil {
			t.Fatalf("not idempotent: %q → %q → %q (%v)", s, n, n2, is2)
		}
	})
}

// FuzzRead feeds arbitrary bytes to Read as a workbook file: it must not
// panic, must answer with a Dataset or a *FileError, and must return quickly
// under small limits.
func FuzzRead(f *testing.F) {
	dir := f.TempDir()
	for _, p := range goodBooks(f, dir) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add(oleFile("Workbook"))
	f.Add([]byte("姓名,所在党支部\n张三,一支部\n"))
	f.Add(zipOf(f,
		[2]string{"xl/workbook.xml", `<workbook><sheets><sheet name="党员" r:id="rId1"/></sheets></workbook>`},
		[2]string{"xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`},
		[2]string{"xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>姓名</t></is></c><c r="C2" t="inlineStr"><is><t>所在党支部</t></is></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>张 三</t></is></c></row></sheetData><mergeCells><mergeCell ref="C3:C9"/></mergeCells></worksheet>`},
	))
	opt := SampleOptions()
	opt.MaxRows = 2000
	opt.MaxUnzipSize = 8 << 20
	opt.MaxFileSize = 4 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "fuzz.xlsx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		ds, diags, err := Read([]string{p}, opt)
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("Read took %v", d)
		}
		var fe *FileError
		switch {
		case err != nil && !errors.As(err, &fe):
			t.Fatalf("error is not a *FileError: %v", err)
		case err != nil && (ds != nil || fe.Msg == ""):
			t.Fatalf("FileError with a dataset or without a message")
		case err == nil && ds == nil:
			t.Fatal("no dataset and no error")
		}
		for _, d := range diags {
			if d.Problem == "" {
				t.Fatalf("diagnostic without a problem: %+v", d)
			}
		}
	})
}
