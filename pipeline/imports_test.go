package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"pingyou/pipeline/testtool"
)

// The stages run one way (DEVELOPERS.md, "Data flow"): read → evaluate →
// compose → lay out → render → archive, front ends on top. The rules below
// are that flow as data; TestImportDirection holds every package of the
// module to them, on every system the program is built for, and holds
// DEVELOPERS.md's package table to them (-update rewrites its last column).
//
// A pattern names a package of the module by its path below the module
// ("pipeline/config"), or any other package by its import path ("os",
// "github.com/xuri/excelize/v2"); "/..." at the end covers the tree. Only
// what the program is built from counts: tests may import anything.

// importRule is one package's row of the table.
type importRule struct {
	pkg string
	// only, when set, lists all the package may depend on, directly or
	// through others; "std" is the standard library.
	only []string
	// not lists what it may not depend on, directly or through others.
	not []string
	// direct lists what it may not import itself: standard packages that
	// everything reaches through fmt (os), or stages a front end reaches
	// through pipeline.
	direct []string
}

// Groups of packages the rules name often.
var (
	stages = []string{"pipeline/sheet", "pipeline/rules", "pipeline/compare", "pipeline/compose", "pipeline/plaintext",
		"pipeline/layout/...", "pipeline/fontkit", "pipeline/render/...", "pipeline/archive"}
	readers      = []string{"pipeline/sheet", "pipeline/rules", "pipeline/compare", "pipeline/config"}
	geometry     = []string{"pipeline/layout/...", "pipeline/fontkit"}
	renderers    = []string{"pipeline/render/..."}
	gopdfPath    = "github.com/signintech/gopdf"
	excelizePath = "github.com/xuri/excelize/v2"
)

func list(groups ...any) []string {
	var out []string
	for _, g := range groups {
		switch g := g.(type) {
		case string:
			out = append(out, g)
		case []string:
			out = append(out, g...)
		}
	}
	return out
}

// importRules are in the order of DEVELOPERS.md's table.
var importRules = []importRule{
	{pkg: "cmd/pingyou", direct: stages},
	{pkg: "cmd/internal/web", direct: list("pipeline/rules", "pipeline/compare", "pipeline/compose", "pipeline/plaintext", geometry, renderers)},
	{pkg: "pipeline"},
	{pkg: "pipeline/dept", direct: list("pipeline/sheet", "pipeline/rules", "pipeline/plaintext", geometry, "pipeline/render/pdf", "pipeline/render/ofd", "pipeline/render/docx")},
	{pkg: "pipeline/model", only: list("std")},
	{pkg: "pipeline/document", only: list("std", "pipeline/model")},
	{pkg: "pipeline/config", not: list("pipeline", "pipeline/compare", "pipeline/compose", "pipeline/plaintext", geometry, renderers, "pipeline/archive")},
	{pkg: "pipeline/sheet", not: list("pipeline/rules", "pipeline/compare", "pipeline/config", "pipeline/document", "pipeline/compose", geometry, renderers, "pipeline/archive", gopdfPath)},
	{pkg: "pipeline/sheet/internal/cfb", only: list("std")},
	{pkg: "pipeline/sheet/internal/xmlscan", only: list("std")},
	{pkg: "pipeline/rules", not: list("pipeline/sheet", "pipeline/compare", "pipeline/config", "pipeline/document", "pipeline/compose", geometry, renderers, "pipeline/archive", excelizePath), direct: list("os", "time")},
	{pkg: "pipeline/rules/internal/fieldtab", only: list("std")},
	{pkg: "pipeline/compare", only: list("std", "pipeline/model"), direct: list("os", "time")},
	{pkg: "pipeline/decimal", only: list("std")},
	{pkg: "pipeline/collate", only: list("std")},
	{pkg: "pipeline/collate/gen", only: list("std")},
	{pkg: "pipeline/plaintext", only: list("std", "pipeline/model", "pipeline/document"), direct: list("os")},
	{pkg: "pipeline/compose", not: list(readers, geometry, renderers, "pipeline/archive"), direct: list("os")},
	{pkg: "pipeline/fontkit", not: list("pipeline/document", "pipeline/layout/gongwen", "pipeline/layout/certificate", renderers, gopdfPath)},
	{pkg: "pipeline/layout", only: list("std", "golang.org/x/text/..."), direct: list("os")},
	{pkg: "pipeline/layout/gongwen", not: list(readers, "pipeline/compose", "pipeline/plaintext", "pipeline/fontkit", renderers, gopdfPath, excelizePath), direct: list("os")},
	{pkg: "pipeline/layout/certificate", not: list(readers, "pipeline/compose", "pipeline/plaintext", "pipeline/fontkit", renderers, gopdfPath, excelizePath), direct: list("os")},
	{pkg: "pipeline/render/pdf", not: list("pipeline/document", "pipeline/layout/gongwen", "pipeline/layout/certificate", "pipeline/fontkit", readers, "pipeline/compose", "pipeline/render/docx", "pipeline/render/xlsx", excelizePath)},
	{pkg: "pipeline/render/ofd", not: list("pipeline/document", "pipeline/layout/gongwen", "pipeline/layout/certificate", "pipeline/fontkit", readers, "pipeline/compose", "pipeline/render/pdf", "pipeline/render/docx", "pipeline/render/xlsx", gopdfPath, excelizePath)},
	{pkg: "pipeline/render/docx", not: list("pipeline/fontkit", readers, "pipeline/compose", "pipeline/render/pdf", "pipeline/render/xlsx", gopdfPath, excelizePath)},
	{pkg: "pipeline/render/xlsx", not: list("pipeline/document", geometry, readers, "pipeline/compose", "pipeline/render/pdf", "pipeline/render/docx", gopdfPath)},
	{pkg: "pipeline/archive", not: list("pipeline/model", "pipeline/document", readers, "pipeline/compose", "pipeline/plaintext", geometry, renderers)},
	{pkg: "pipeline/oserr", only: list("std", "golang.org/x/sys/...")},
	{pkg: "pipeline/testtool", only: list("std")},
	{pkg: "templates", only: list("std")},
	{pkg: "templates/gen", only: list("std")},
	{pkg: "samples/gen", not: list("pipeline/...", "cmd/...")},
	{pkg: "bench/report", not: list("pipeline/...", "cmd/...")},
	{pkg: "cmd/mkdist", only: list("std")},
	{pkg: "internal/fixedzip", not: list("pipeline/...", "cmd/...")},
}

// treeRule holds for every package but the exceptions.
type treeRule struct {
	says        string // in DEVELOPERS.md
	except      []string
	not, direct []string
}

var treeRules = []treeRule{
	{says: "Nothing outside cmd/ imports a front end.", except: list("cmd/..."), not: list("cmd/...")},
	{says: "Only tests import pipeline/testtool.", not: list("pipeline/testtool")},
	{says: "render/pdf is the only importer of gopdf.", except: list("pipeline/render/pdf"), direct: list(gopdfPath + "/...")},
	{says: "sheet and render/xlsx (and samples/gen) are the only importers of excelize.",
		except: list("pipeline/sheet", "pipeline/render/xlsx", "samples/gen"), direct: list(excelizePath + "/...")},
}

// goosList are the systems the program is built for (make dist); a file
// for one system only can import what the others do not.
var goosList = []string{"linux", "windows", "darwin"}

const module = "pingyou"

type listedPackage struct {
	ImportPath string
	Imports    []string
	Standard   bool
	DepOnly    bool
}

type importGraph struct {
	pkgs map[string]*listedPackage
	ours []string // the module's packages, in go list's order
}

func loadImportGraph(t *testing.T, goos string) *importGraph {
	t.Helper()
	cmd := exec.Command(testtool.Require(t, "go"), "list", "-deps", "-json", "./...")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS="+goos, "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list (GOOS=%s): %v\n%s", goos, err, stderr.String())
	}
	g := &importGraph{pkgs: map[string]*listedPackage{}}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		g.pkgs[p.ImportPath] = &p
		if !p.DepOnly {
			g.ours = append(g.ours, p.ImportPath)
		}
	}
	return g
}

// rel is a module package's path below the module ("pingyou" itself: ".").
func rel(path string) string {
	if path == module {
		return "."
	}
	return strings.TrimPrefix(path, module+"/")
}

func isOurs(path string) bool { return path == module || strings.HasPrefix(path, module+"/") }

// matches reports whether the import path matches a rule's pattern.
func (g *importGraph) matches(pattern, path string) bool {
	if pattern == "std" {
		return g.pkgs[path] != nil && g.pkgs[path].Standard
	}
	if isOurs(path) {
		path = rel(path)
	}
	if tree, ok := strings.CutSuffix(pattern, "/..."); ok {
		return path == tree || strings.HasPrefix(path, tree+"/")
	}
	return path == pattern
}

func (g *importGraph) matchesAny(patterns []string, path string) bool {
	for _, p := range patterns {
		if g.matches(p, path) {
			return true
		}
	}
	return false
}

// chain is the shortest import chain from the package from to one for
// which bad is true, as module-relative names; nil if there is none.
func (g *importGraph) chain(from string, bad func(string) bool) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p != from && bad(p) {
			var c []string
			for ; p != ""; p = prev[p] {
				name := p
				if isOurs(p) {
					name = rel(p)
				}
				c = append([]string{name}, c...)
			}
			return c
		}
		if g.pkgs[p] == nil {
			continue
		}
		for _, q := range g.pkgs[p].Imports {
			if _, seen := prev[q]; !seen && q != "C" {
				prev[q] = p
				queue = append(queue, q)
			}
		}
	}
	return nil
}

// check returns the wrong-way arrows of package pkg under the rule's three
// kinds of limits.
func (g *importGraph) check(pkg string, only, not, direct []string) []string {
	var bad []string
	if only != nil {
		if c := g.chain(pkg, func(p string) bool { return !g.matchesAny(only, p) }); c != nil {
			bad = append(bad, fmt.Sprintf("%s may depend only on %s, but: %s", rel(pkg), strings.Join(only, ", "), strings.Join(c, " → ")))
		}
	}
	for _, n := range not {
		if c := g.chain(pkg, func(p string) bool { return g.matches(n, p) }); c != nil {
			bad = append(bad, fmt.Sprintf("%s must not depend on %s: %s", rel(pkg), n, strings.Join(c, " → ")))
		}
	}
	for _, d := range direct {
		for _, imp := range g.pkgs[pkg].Imports {
			if g.matches(d, imp) {
				bad = append(bad, fmt.Sprintf("%s must not import %s itself (it goes through the stage that owns it)", rel(pkg), imp))
			}
		}
	}
	return bad
}

// TestImportDirection fails on every import against the flow, naming the
// package and the chain of imports that leads the wrong way.
func TestImportDirection(t *testing.T) {
	rules := map[string]importRule{}
	for _, r := range importRules {
		if _, dup := rules[r.pkg]; dup {
			t.Errorf("two rules for %s", r.pkg)
		}
		rules[r.pkg] = r
	}
	var wrong []string               // in the order found
	systems := map[string][]string{} // wrong-way arrow → the systems it is on
	report := func(goos, msg string) {
		if systems[msg] == nil {
			wrong = append(wrong, msg)
		}
		systems[msg] = append(systems[msg], goos)
	}
	for i, goos := range goosList {
		g := loadImportGraph(t, goos)
		if i == 0 {
			checkPatterns(t, g)
		}
		seen := map[string]bool{}
		for _, path := range g.ours {
			name := rel(path)
			seen[name] = true
			r, ok := rules[name]
			if !ok {
				report(goos, fmt.Sprintf("package %s is not in importRules: add its row (and DEVELOPERS.md's)", name))
				continue
			}
			for _, b := range g.check(path, r.only, r.not, r.direct) {
				report(goos, b)
			}
			for _, tr := range treeRules {
				if g.matchesAny(tr.except, path) {
					continue
				}
				for _, b := range g.check(path, nil, tr.not, tr.direct) {
					report(goos, b+" ("+tr.says+")")
				}
			}
		}
		if i == 0 {
			for _, r := range importRules {
				if !seen[r.pkg] {
					t.Errorf("importRules has %s, which is no package of the module", r.pkg)
				}
			}
		}
	}
	for _, msg := range wrong {
		t.Errorf("%s [GOOS=%s]", msg, strings.Join(systems[msg], ","))
	}
}

// checkPatterns fails on a rule naming something that does not exist: a
// typo would make the rule hold trivially.
func checkPatterns(t *testing.T, g *importGraph) {
	t.Helper()
	var patterns []string
	for _, r := range importRules {
		patterns = append(append(append(patterns, r.only...), r.not...), r.direct...)
	}
	for _, r := range treeRules {
		patterns = append(append(append(patterns, r.except...), r.not...), r.direct...)
	}
	for _, p := range patterns {
		found := false
		for path := range g.pkgs {
			if g.matches(p, path) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("import rule pattern %q matches no package", p)
		}
	}
}

var updateDevelopers = flag.Bool("update-developers", false, "rewrite DEVELOPERS.md's package table from importRules")

// Markers around the generated part of DEVELOPERS.md.
const (
	tableBegin = "<!-- import rules: begin; pipeline/imports_test.go checks this table, `go test ./pipeline -run TestDevelopersTable -update-developers` rewrites it -->"
	tableEnd   = "<!-- import rules: end -->"
)

// cell is a rule as DEVELOPERS.md's "must not import" column says it.
func (r importRule) cell() string {
	var parts []string
	if r.only != nil {
		parts = append(parts, "anything but "+strings.Join(r.only, ", "))
	}
	if len(r.not) > 0 {
		parts = append(parts, strings.Join(r.not, ", "))
	}
	if len(r.direct) > 0 {
		parts = append(parts, "directly: "+strings.Join(r.direct, ", "))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, "; ")
}

// developersTable is the generated part of DEVELOPERS.md: the table with
// each package's "owns" text as owns gives it, then the tree rules.
func developersTable(owns map[string]string) string {
	var b strings.Builder
	b.WriteString("| package | owns | must not import (directly or through others) |\n|---|---|---|\n")
	for _, r := range importRules {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", r.pkg, owns[r.pkg], r.cell())
	}
	b.WriteString("\nAnd for every package:\n")
	for _, r := range treeRules {
		fmt.Fprintf(&b, "- %s\n", r.says)
	}
	return b.String()
}

// TestDevelopersTable: DEVELOPERS.md's package table lists every rule's
// package, in order, with the rule as importRules has it, and says what
// each package owns.
func TestDevelopersTable(t *testing.T) {
	path := filepath.Join("..", "DEVELOPERS.md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i, j := strings.Index(doc, tableBegin), strings.Index(doc, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the markers %q … %q", path, tableBegin, tableEnd)
	}
	got := strings.TrimSpace(doc[i+len(tableBegin) : j])
	owns := map[string]string{}
	for _, line := range strings.Split(got, "\n") {
		cells := strings.Split(line, " | ")
		if len(cells) == 3 && strings.HasPrefix(cells[0], "| ") {
			owns[strings.TrimPrefix(cells[0], "| ")] = cells[1]
		}
	}
	want := strings.TrimSpace(developersTable(owns))
	if *updateDevelopers {
		doc = doc[:i+len(tableBegin)] + "\n" + want + "\n" + doc[j:]
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != want {
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for k := 0; k < max(len(gl), len(wl)); k++ {
			var g, w string
			if k < len(gl) {
				g = gl[k]
			}
			if k < len(wl) {
				w = wl[k]
			}
			if g != w {
				t.Errorf("DEVELOPERS.md's table differs from importRules at line %d:\n got: %s\nwant: %s\n(go test ./pipeline -run TestDevelopersTable -update-developers)", k+1, g, w)
				break
			}
		}
	}
	for _, r := range importRules {
		if owns[r.pkg] == "" {
			t.Errorf("DEVELOPERS.md does not say what %s owns", r.pkg)
		}
	}
}
