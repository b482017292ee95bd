package collate

import (
	"math/rand"
	"slices"
	"sort"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Hand-checked counts and sequences (横1 竖2 撇3 点4 折5; 提→横, 竖钩→竖, 捺→点, other bends→折).
var handChecked = []struct {
	r     rune
	count int
	seq   string // "" = not checked / not in the sequence data
	note  string
}{
	{'王', 4, "1121", "横横竖横"},
	{'井', 4, "1132", "横横撇竖"},
	{'贝', 4, "2534", "竖 横折 撇 点"},
	{'牛', 4, "3112", "撇横横竖"},
	{'毛', 4, "3115", "撇横横 竖弯钩"},
	{'卞', 4, "4124", "点横竖点"},
	{'文', 4, "4134", "点横撇捺"},
	{'方', 4, "4153", "点横 横折钩 撇"},
	{'尹', 4, "5113", "横折 横横撇"},
	{'孔', 4, "5215", "横撇 竖钩 提 竖弯钩"},
	{'邓', 4, "5452", "横撇 捺 横撇弯钩 竖"},
	{'李', 7, "1234521", "横竖撇点 横撇 竖钩 横"},
	{'张', 7, "5153154", "横折 横 竖折折钩 撇 横 竖提 点"},
	{'刘', 6, "413422", "点横撇点 竖 竖钩"},
	{'陈', 7, "5215234", "横撇弯钩 竖 横 撇折 竖钩 撇 点"},
	{'欧', 8, "13453534", "横 撇 点 竖折 撇 横撇 撇 捺"},
	{'田', 5, "25121", "竖 横折 横 竖 横"},
	{'富', 12, "", ""},
	{'大', 3, "134", "横撇捺"},
	{'林', 8, "12341234", "横竖撇点 横竖撇点"},
	{'周', 8, "35121251", "撇 横折钩 横竖横 竖 横折 横"},
	{'喆', 12, "121251121251", "吉吉"},
	{'堃', 11, "41534153121", "方方土"},
	{'镕', 15, "", ""},
	{'珺', 11, "", ""},
	{'犇', 12, "", ""},
	{'昇', 8, "", ""},
	{'頔', 14, "", ""},
	{'玥', 8, "", ""},
	{'瑀', 13, "", ""},
	{'赟', 16, "", ""},
	{'买', 6, "", ""},
	{0x201D4, 6, "", "𠇔, Ext B: Unihan kTotalStrokes 6, no sequence"},
	{'㐀', 5, "", "Ext A U+3400: count only"},
}

func TestStrokesHandChecked(t *testing.T) {
	for _, tc := range handChecked {
		c, ok := Strokes(tc.r)
		if !ok || c != tc.count {
			t.Errorf("Strokes(%c) = %d, %v; want %d", tc.r, c, ok, tc.count)
		}
		if tc.seq != "" {
			if s, ok := Sequence(tc.r); s != tc.seq {
				t.Errorf("Sequence(%c) = %q, %v; want %q (%s)", tc.r, s, ok, tc.seq, tc.note)
			}
		}
	}
	for _, r := range "AZaz09·• 　\u0000\uFFFD" {
		if c, ok := Strokes(r); ok || c != 0 {
			t.Errorf("Strokes(%q) = %d, %v; want 0, false", r, c, ok)
		}
	}
}

// Every sequence has as many strokes as the Unihan count, except two known disagreements between
// the sources (see DATA.md).
func TestTableConsistent(t *testing.T) {
	known := map[rune]bool{'囍': true, '皙': true}
	for r, s := range seqMap() {
		c, ok := Strokes(r)
		if !ok {
			t.Errorf("%c has a sequence but no count", r)
			continue
		}
		if c != len(s) && !known[r] {
			t.Errorf("%c: count %d, sequence %q", r, c, s)
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '1' || s[i] > '5' {
				t.Errorf("%c: bad sequence %q", r, s)
			}
		}
	}
}

// All 6763 GB 2312 hanzi (decoded independently of the generator) have counts; all but the 31
// radical-like characters (丨 丶 氵 扌 …) have sequences.
func TestGB2312Coverage(t *testing.T) {
	dec := simplifiedchinese.GBK.NewDecoder()
	total, counts, seqs := 0, 0, 0
	var noSeq []rune
	for hi := 0xB0; hi <= 0xF7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			if hi == 0xD7 && lo > 0xF9 {
				continue // unassigned in GB 2312
			}
			out, err := dec.Bytes([]byte{byte(hi), byte(lo)})
			if err != nil {
				t.Fatal(err)
			}
			r := []rune(string(out))[0]
			total++
			if _, ok := Strokes(r); ok {
				counts++
			} else {
				t.Errorf("GB 2312 %c (U+%04X) has no stroke count", r, r)
			}
			if _, ok := Sequence(r); ok {
				seqs++
			} else {
				noSeq = append(noSeq, r)
			}
		}
	}
	if total != 6763 || counts != 6763 {
		t.Errorf("GB 2312: %d hanzi, %d with counts", total, counts)
	}
	if seqs < 6732 {
		t.Errorf("GB 2312: only %d with sequences; missing %q", seqs, string(noSeq))
	}
	for _, r := range "喆堃镕珺犇昇頔玥瑀赟" {
		if _, ok := Sequence(r); !ok {
			t.Errorf("name character %c has no sequence", r)
		}
	}
}

func shuffled(in []string, seed int64) []string {
	out := slices.Clone(in)
	rand.New(rand.NewSource(seed)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func TestFourStrokeSurnames(t *testing.T) {
	want := []string{"王", "井", "贝", "牛", "毛", "卞", "文", "方", "尹", "孔", "邓"}
	for seed := int64(0); seed < 20; seed++ {
		got := shuffled(want, seed)
		SortNames(got)
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: got %v, want %v", seed, got, want)
		}
	}
	// The same with full names.
	names := []string{"王宁", "井然", "贝聿", "牛犇", "毛泽", "卞之琳", "文天祥", "方志敏", "尹力", "孔繁森", "邓稼先"}
	got := shuffled(names, 7)
	SortNames(got)
	if !slices.Equal(got, names) {
		t.Errorf("got %v, want %v", got, names)
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
		why  string
	}{
		{"田富", "田大利", -1, "same surname: shorter given name first (单名在前)"},
		{"田大利", "田富", 1, "reverse"},
		{"田大利", "田大力", 1, "利(7) after 力(2)"},
		{"田大", "田富", -1, "大(3) before 富(12)"},
		{"王五", "丁一", 1, "王(4) after 丁(2)"},
		{"李四", "张三", -1, "李 1234521 before 张 5153154 (both 7)"},
		{"刘备", "李四", -1, "刘(6) before 李(7)"},
		{"李明", "欧阳明", -1, "李(7) before 欧(8)"},
		{"林立", "欧阳明", -1, "林 1234… before 欧 1345… (both 8)"},
		{"欧阳明", "周恩来", -1, "欧 1… before 周 3… (both 8)"},
		{"欧文", "欧阳明", -1, "surname 欧 before compound 欧阳"},
		{"欧明明", "欧阳明", -1, "欧阳 grouped after the single surname 欧"},
		{"欧阳明", "欧阳明明", -1, "single given name first"},
		{"欧阳", "欧文", 1, "two characters: surname 欧, given 阳(6) after 文(4)"},
		{"张三", "张　三", 1, "equal after normalisation: byte order (U+3000 < 三)"},
		{"买买提·艾力", "买买提艾力", -1, "· ignored, then byte order"},
		{"买买提·艾力", "王五", 1, "买(6) after 王(4)"},
		{"John", "王五", 1, "Latin after Han"},
		{"John", "Anna", 1, "Latin by code point"},
		{"𠇔", "买", 1, "both 6: no sequence after a sequence"},
		{"𠇔", "李", -1, "6 before 7"},
		{"", "王", -1, "empty first"},
		{"王", "王", 0, "identical"},
	}
	for _, tc := range tests {
		if got := Compare(tc.a, tc.b); got != tc.want {
			t.Errorf("Compare(%q, %q) = %d, want %d (%s)", tc.a, tc.b, got, tc.want, tc.why)
		}
		if got := Compare(tc.b, tc.a); got != -tc.want {
			t.Errorf("Compare(%q, %q) = %d, want %d (antisymmetry)", tc.b, tc.a, got, -tc.want)
		}
		if Less(tc.a, tc.b) != (tc.want < 0) {
			t.Errorf("Less(%q, %q) disagrees with Compare", tc.a, tc.b)
		}
	}
}

func TestSortNamesDeterministic(t *testing.T) {
	// The expected order, written out by hand from the counts and sequences above:
	// 丁 2; 王 1121 / 孔 5215 / 邓 5452 (4); 田 5 and 司 5 (田 25121 before 司 51251);
	// 6 strokes: 刘 413422 before 买 544134, then 𠇔 (no sequence); 7: 李 1234521, 张 5153154, 陈 5215234;
	// 8: 林 12341234, 欧 13453534, 周 35121251; Latin last.
	exp := []string{
		"丁一",
		"王五", "王宁", "王大明",
		"孔繁森", "邓小平",
		"田富", "田大利", "司马光",
		"刘备", "买买提·艾力", "𠇔一",
		"李四", "张　三", "张三", "陈",
		"林立", "欧文", "欧明明", "欧阳明", "周恩来",
		"John",
	}
	for seed := int64(0); seed < 50; seed++ {
		got := shuffled(exp, seed)
		SortNames(got)
		if !slices.Equal(got, exp) {
			t.Fatalf("seed %d:\n got %v\nwant %v", seed, got, exp)
		}
	}
	// Records sorted with sort.SliceStable and Less keep input order for equal names.
	type rec struct {
		name string
		id   int
	}
	recs := []rec{{"王五", 1}, {"丁一", 2}, {"王五", 3}, {"王五", 4}}
	sort.SliceStable(recs, func(i, j int) bool { return Less(recs[i].name, recs[j].name) })
	if recs[0].id != 2 || recs[1].id != 1 || recs[2].id != 3 || recs[3].id != 4 {
		t.Errorf("not stable: %v", recs)
	}
}

func TestNoPanic(t *testing.T) {
	odd := []string{"", "·", "··", " ", "　", "A·B", "买买提·艾力", "\xff\xfe", "王\xff", "𠇔", "😀", "欧阳", "司马", "a", "Zhang San"}
	for _, a := range odd {
		for _, b := range odd {
			if Compare(a, b) != -Compare(b, a) {
				t.Errorf("antisymmetry fails for %q, %q", a, b)
			}
		}
	}
	SortNames(odd)
}

// Transitivity and antisymmetry over every triple of a pool that mixes equal stroke counts, shared
// surnames, compound surnames and characters without data (random fuzzing rarely hits these).
func TestOrderAxiomsPool(t *testing.T) {
	pool := []string{"", "王", "王五", "王宁", "王大明", "井", "孔子", "邓", "田富", "田大利", "田大", "司马光", "司马",
		"司光", "欧阳", "欧阳明", "欧文", "欧明明", "买买提·艾力", "买买提艾力", "𠇔", "𠇔一", "㐀", "刘", "张三", "张　三",
		"John", "·", "\xff", "囍", "皙", "喆", "入", "八", "人"}
	for _, a := range pool {
		for _, b := range pool {
			ab := Compare(a, b)
			if ab != -Compare(b, a) || (ab == 0) != (a == b) {
				t.Fatalf("Compare(%q, %q) = %d", a, b, ab)
			}
			for _, c := range pool {
				if ab <= 0 && Compare(b, c) <= 0 && Compare(a, c) > 0 {
					t.Fatalf("not transitive: %q %q %q", a, b, c)
				}
			}
		}
	}
}

func FuzzCompare(f *testing.F) {
	seeds := [][3]string{
		{"王五", "井然", "邓小平"},
		{"田富", "田大利", "田大"},
		{"欧阳明", "欧文", "欧明明"},
		{"买买提·艾力", "买买提艾力", "John"},
		{"张　三", "张三", ""},
		{"\xff", "𠇔", "司马"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		ab, bc, ac := Compare(a, b), Compare(b, c), Compare(a, c)
		if ab != -Compare(b, a) || bc != -Compare(c, b) || ac != -Compare(c, a) {
			t.Fatalf("antisymmetry: %q %q %q", a, b, c)
		}
		if (ab == 0) != (a == b) {
			t.Fatalf("Compare(%q, %q) = %d", a, b, ab)
		}
		if ab <= 0 && bc <= 0 && ac > 0 {
			t.Fatalf("transitivity: %q <= %q <= %q but Compare(a, c) = %d", a, b, c, ac)
		}
		if ab >= 0 && bc >= 0 && ac < 0 {
			t.Fatalf("transitivity: %q >= %q >= %q but Compare(a, c) = %d", a, b, c, ac)
		}
	})
}
