package gopdf

// Tests of pingyou patch Y (PATCHES.md): the structure tree of a tagged PDF,
// read back through qpdf's JSON (an independent parser), not this package.

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// buildTagged draws: page 1 a heading, a paragraph's first line and a rule
// as an artifact; page 2 the paragraph's second line and a figure-tagged
// rectangle. The paragraph thus spans both pages.
func buildTagged(t *testing.T, font []byte) []byte {
	t.Helper()
	pdf := GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	pdf.SetLanguage("zh-CN")
	pdf.SetDisplayDocTitle(true)
	pdf.SetInfo(PdfInfo{Title: "标题"})
	if err := pdf.AddTTFFontData("f", font); err != nil {
		t.Fatal(err)
	}
	doc := pdf.AddStructElem(nil, "Document", StructElemOption{})
	h1 := pdf.AddStructElem(doc, "H1", StructElemOption{Title: "标题"})
	p := pdf.AddStructElem(doc, "P", StructElemOption{})
	fig := pdf.AddStructElem(doc, "Figure", StructElemOption{Alt: "印章：某委员会"})
	text := func(e *StructElem, s string, y float64) {
		pdf.BeginStructContent(e)
		pdf.SetXY(50, y)
		if err := pdf.Text(s); err != nil {
			t.Fatal(err)
		}
		pdf.EndMarked()
	}
	pdf.AddPage()
	if err := pdf.SetFont("f", "", 16); err != nil {
		t.Fatal(err)
	}
	text(h1, "表彰决定", 60)
	text(p, "第一行文字", 100)
	pdf.BeginArtifact()
	pdf.Line(50, 120, 300, 120)
	pdf.EndMarked()
	pdf.AddPage()
	text(p, "第二行文字", 60)
	pdf.BeginStructContent(fig)
	pdf.RectFromUpperLeftWithStyle(50, 100, 40, 40, "F")
	pdf.EndMarked()
	var buf bytes.Buffer
	if err := pdf.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// qpdfObjects returns the file's objects as qpdf reads them ("1 0 R" →
// value; streams as {"dict":…, "data": base64}).
func qpdfObjects(t *testing.T, file string) map[string]any {
	t.Helper()
	qpdf, err := exec.LookPath("qpdf")
	if err != nil {
		if os.Getenv("PINGYOU_REQUIRE_TOOLS") != "" {
			t.Fatal("qpdf is required in CI")
		}
		t.Skip("qpdf not installed")
	}
	if out, err := exec.Command(qpdf, "--check", file).CombinedOutput(); err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	out, err := exec.Command(qpdf, "--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", file).Output()
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Qpdf []map[string]any `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &j); err != nil || len(j.Qpdf) != 2 {
		t.Fatalf("qpdf json: %v", err)
	}
	objs := map[string]any{}
	for k, v := range j.Qpdf[1] {
		if strings.HasPrefix(k, "obj:") {
			o := v.(map[string]any)
			if val, ok := o["value"]; ok {
				objs[strings.TrimPrefix(k, "obj:")] = val
			} else {
				objs[strings.TrimPrefix(k, "obj:")] = o["stream"]
			}
		}
	}
	objs["trailer"] = j.Qpdf[1]["trailer"].(map[string]any)["value"]
	return objs
}

func dict(t *testing.T, objs map[string]any, v any) map[string]any {
	t.Helper()
	if ref, ok := v.(string); ok {
		v = objs[ref]
	}
	if s, ok := v.(map[string]any); ok {
		if d, ok := s["dict"].(map[string]any); ok {
			return d
		}
		return s
	}
	t.Fatalf("not a dictionary: %v", v)
	return nil
}

func TestPingyouTaggedStructTree(t *testing.T) {
	_, font := cjkFont(t)
	a, b := buildTagged(t, font), buildTagged(t, font)
	if !bytes.Equal(a, b) {
		t.Fatal("two builds differ")
	}
	file := filepath.Join(t.TempDir(), "tagged.pdf")
	if err := os.WriteFile(file, a, 0o644); err != nil {
		t.Fatal(err)
	}
	objs := qpdfObjects(t, file)
	cat := dict(t, objs, dict(t, objs, objs["trailer"])["/Root"])
	if cat["/Lang"] != "u:zh-CN" || dict(t, objs, cat["/MarkInfo"])["/Marked"] != true ||
		dict(t, objs, cat["/ViewerPreferences"])["/DisplayDocTitle"] != true {
		t.Errorf("catalog: %v", cat)
	}
	root := dict(t, objs, cat["/StructTreeRoot"])
	if root["/Type"] != "/StructTreeRoot" {
		t.Fatalf("StructTreeRoot: %v", root)
	}
	pages := dict(t, objs, cat["/Pages"])["/Kids"].([]any)
	// Every page's MCIDs, from its content stream, in order.
	mcidRE := regexp.MustCompile(`/(\w+) <</MCID (\d+)>> BDC`)
	type mc struct{ tag, mcid string }
	pageMCIDs := map[string][]mc{}
	for _, pg := range pages {
		s := objs[dict(t, objs, pg)["/Contents"].(string)].(map[string]any)
		data, _ := base64.StdEncoding.DecodeString(s["data"].(string))
		for _, m := range mcidRE.FindAllStringSubmatch(string(data), -1) {
			pageMCIDs[pg.(string)] = append(pageMCIDs[pg.(string)], mc{m[1], m[2]})
		}
		if pg == pages[0] && !bytes.Contains(data, []byte("/Artifact BMC\n")) {
			t.Errorf("page 1 has no artifact")
		}
	}
	// The ParentTree maps each page's /StructParents and MCID to the
	// element of the same type whose /K holds that MCID on that page.
	nums := dict(t, objs, root["/ParentTree"])["/Nums"].([]any)
	seen := 0
	for _, pg := range pages {
		key := dict(t, objs, pg)["/StructParents"]
		var arr []any
		for i := 0; i+1 < len(nums); i += 2 {
			if nums[i] == key {
				arr = nums[i+1].([]any)
			}
		}
		if len(arr) != len(pageMCIDs[pg.(string)]) || len(arr) == 0 {
			t.Fatalf("page %s: ParentTree has %d entries, content %d MCIDs", pg, len(arr), len(pageMCIDs[pg.(string)]))
		}
		for i, ref := range arr {
			e := dict(t, objs, ref)
			want := pageMCIDs[pg.(string)][i]
			if e["/S"] != "/"+want.tag || want.mcid != strconv.Itoa(i) {
				t.Errorf("page %s MCID %d: element %v, content %v", pg, i, e["/S"], want)
			}
			if !holds(t, objs, e, pg.(string), i) {
				t.Errorf("page %s MCID %d: element %v does not list it in /K", pg, i, e)
			}
			seen++
		}
	}
	if seen != 4 {
		t.Errorf("%d tagged sequences, want 4", seen)
	}
	// Structure: Document → H1, P, Figure; the P spans the two pages; the
	// figure has its alternate text.
	docElem := dict(t, objs, root["/K"].([]any)[0])
	var types []string
	for _, k := range docElem["/K"].([]any) {
		e := dict(t, objs, k)
		types = append(types, e["/S"].(string))
		if e["/P"] != root["/K"].([]any)[0] {
			t.Errorf("%v: /P is not the Document element", e["/S"])
		}
		switch e["/S"] {
		case "/P":
			if !holds(t, objs, e, pages[0].(string), 1) || !holds(t, objs, e, pages[1].(string), 0) {
				t.Errorf("P does not span the pages: %v", e)
			}
		case "/Figure":
			if e["/Alt"] != "u:印章：某委员会" {
				t.Errorf("Figure /Alt %v", e["/Alt"])
			}
		case "/H1":
			if e["/T"] != "u:标题" {
				t.Errorf("H1 /T %v", e["/T"])
			}
		}
	}
	if strings.Join(types, " ") != "/H1 /P /Figure" {
		t.Errorf("Document kids %v", types)
	}
	if txt := pdftotext(t, file); !strings.Contains(txt, "表彰决定") || !strings.Contains(txt, "第二行文字") {
		t.Errorf("pdftotext: %q", txt)
	}
}

// holds reports whether element e's /K lists MCID mcid on page pg.
func holds(t *testing.T, objs map[string]any, e map[string]any, pg string, mcid int) bool {
	k, _ := e["/K"].([]any)
	for _, x := range k {
		switch v := x.(type) {
		case float64:
			if int(v) == mcid && e["/Pg"] == pg {
				return true
			}
		case map[string]any:
			if v["/Type"] == "/MCR" && v["/Pg"] == pg && v["/MCID"] == float64(mcid) {
				return true
			}
		}
	}
	return false
}
