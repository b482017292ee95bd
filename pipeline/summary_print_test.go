package pipeline

import (
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"pingyou/pipeline/testtool"
)

// TestSampleSummaryPrint prints the sample batch's 评议结果汇总表.xlsx (800
// members, 30 branches) with LibreOffice, as the office prints it every
// December:
//   - 党员评议结果（打印） at 9 pt or more (measured: the width of Han words
//     of the 评定等次 and 党员类型 columns, a Han character being 1 em wide);
//     党员评议结果 itself, 23 columns one page wide, is far smaller — that is
//     why the print sheet exists;
//   - the 支部统计 chart on one page, not cut by a page break (its 合格 bars
//     and its legend are the only green, 70AD47, in the workbook: the pages
//     that show any).
func TestSampleSummaryPrint(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	bin := testtool.Require(t, "soffice")
	pdftotextBin := testtool.Require(t, "pdftotext")
	pdftoppm := testtool.Require(t, "pdftoppm")
	out := filepath.Join(t.TempDir(), "out")
	runSamples(t, out)
	dir, profile := t.TempDir(), t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation=file://"+filepath.ToSlash(profile),
		"--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, filepath.Join(out, SummaryName))
	cmd.Env = append(os.Environ(), "HOME="+profile)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(SummaryName), ".xlsx")+".pdf")
	text, err := exec.Command(pdftotextBin, pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(text), "\f")
	var printPages, fullPages []int
	for i, p := range pages {
		switch {
		case strings.Contains(p, "支部内排名") && strings.Contains(p, "是否参评"):
			fullPages = append(fullPages, i+1)
		case strings.Contains(p, "支部排名") && strings.Contains(p, "评定等次"):
			printPages = append(printPages, i+1)
		}
	}
	if len(printPages) == 0 || len(fullPages) == 0 {
		t.Fatalf("print sheet on pages %v, full sheet on %v", printPages, fullPages)
	}
	size := func(page int) float64 {
		b, err := exec.Command(pdftotextBin, "-bbox", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		re := regexp.MustCompile(`xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(合格|优秀|基本合格|不合格|正式党员|预备党员)<`)
		var sizes []float64
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			x0, _ := strconv.ParseFloat(m[1], 64)
			x1, _ := strconv.ParseFloat(m[2], 64)
			sizes = append(sizes, (x1-x0)/float64(len([]rune(m[3]))))
		}
		if len(sizes) == 0 {
			t.Fatalf("page %d: no grade words", page)
		}
		sort.Float64s(sizes)
		return sizes[len(sizes)/2]
	}
	ps, fs := size(printPages[len(printPages)/2]), size(fullPages[len(fullPages)/2])
	if ps < 9 {
		t.Errorf("党员评议结果（打印） printed at %.1f pt, want ≥ 9", ps)
	}
	t.Logf("党员评议结果（打印）: %d pages at %.1f pt; 党员评议结果: %d pages at %.1f pt; %d pages in all",
		len(printPages), ps, len(fullPages), fs, len(pages)-1)

	// The pages of 支部统计 (its headings repeat on each), rendered at 72 dpi:
	// enough for the legend's green square to have solid pixels.
	var green []string
	for i, p := range pages {
		if !strings.Contains(p, "参加评定人数") {
			continue
		}
		n := strconv.Itoa(i + 1)
		prefix := filepath.Join(dir, "p"+n)
		if out, err := exec.Command(pdftoppm, "-r", "72", "-f", n, "-l", n, "-png", "-singlefile", pdf, prefix).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, out)
		}
		if px := greenPixels(t, prefix+".png"); px > 0 {
			green = append(green, fmt.Sprintf("page %s (%d px)", n, px))
		}
	}
	if len(green) != 1 {
		t.Errorf("the 支部统计 chart is on %d pages, want 1: %v", len(green), green)
	}
	if dst := os.Getenv("PINGYOU_KEEP"); dst != "" {
		b, _ := os.ReadFile(pdf)
		os.WriteFile(filepath.Join(dst, "评议结果汇总表.pdf"), b, 0o644)
	}
}

// greenPixels counts the pixels of a PNG near the chart's 合格 green 70AD47.
func greenPixels(t *testing.T, path string) int {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	img, err := png.Decode(fh)
	if err != nil {
		t.Fatal(err)
	}
	near := func(a uint32, c int) bool { d := int(a>>8) - c; return d > -24 && d < 24 }
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if near(r, 0x70) && near(g, 0xAD) && near(bl, 0x47) {
				n++
			}
		}
	}
	return n
}
