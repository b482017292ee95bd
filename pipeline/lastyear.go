package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/compare"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/render/xlsx"
)

// Last year beside this year (issue 19): a batch given last year's output
// folder (Options.LastYear, or the config's output.previous) reads that
// year's summary workbook, after checking it against the folder's manifest,
// and compares the two years (pipeline/compare). validate does both, so
// check finds what run finds.

// maxLastYearSummary bounds the summary workbook read into memory: a
// province-sized unit's is tens of megabytes.
const maxLastYearSummary = 1 << 30

// lastYearDir is the folder to compare with: the option, else the config's.
func lastYearDir(opt *Options) string {
	if opt.LastYear != "" {
		return opt.LastYear
	}
	return opt.Config.PreviousDir()
}

// readLastYear checks that dir is an output folder pingyou wrote and that
// its summary workbook is as its manifest lists it, and reads it.
func readLastYear(dir, outDir string, cfg *config.Config) (*model.PriorYear, model.Diagnostics, error) {
	hint := "请给出上年用 pingyou 生成的输出目录（其中有 " + SummaryName + " 和 " + archive.ManifestName + "）"
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil, fmt.Errorf("上年的输出目录 %s 不存在；%s", dir, hint)
	case err != nil:
		return nil, nil, fmt.Errorf("无法读取上年的输出目录 %s", oserr.Describe(err))
	case !st.IsDir():
		return nil, nil, fmt.Errorf("上年的输出 %s 不是文件夹；%s", dir, hint)
	}
	if outDir != "" && within(dir, outDir) {
		return nil, nil, fmt.Errorf("上年的输出目录 %s 在本次的输出目录 %s 中，生成时会被替换掉：请把上年的结果移到别处（例如改名为“%d年结果”），再给出它", dir, outDir, cfg.Unit.Year-1)
	}
	b, err := os.ReadFile(filepath.Join(dir, archive.ManifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("%s 不是 pingyou 的输出目录：其中没有清单 %s，无法确认其中的结果未被改动；%s", dir, archive.ManifestName, hint)
	} else if err != nil {
		return nil, nil, fmt.Errorf("无法读取上年的清单 %s", oserr.Describe(err))
	}
	var m archive.Manifest
	if err := json.Unmarshal(b, &m); err != nil || !strings.HasPrefix(m.Program, "pingyou") {
		return nil, nil, fmt.Errorf("%s 中的 %s 不是 pingyou 写出的清单；%s", dir, archive.ManifestName, hint)
	}
	var entry *archive.Entry
	for i := range m.Files {
		if m.Files[i].Path == SummaryName {
			entry = &m.Files[i]
		}
	}
	if entry == nil {
		return nil, nil, fmt.Errorf("%s 的清单中没有 %s，无法与上年对比；%s", dir, SummaryName, hint)
	}
	name := filepath.Base(filepath.Clean(dir)) + "/" + SummaryName // how messages name it
	path := filepath.Join(dir, SummaryName)
	changed := fmt.Errorf("上年的 %s 与清单记录的校验值不符（生成后被修改过或已损坏），不能作为对比的依据：请用上年原样的输出目录（可用 pingyou verify %s 核对）", path, dir)
	if entry.Size > maxLastYearSummary {
		return nil, nil, changed
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("上年的输出目录 %s 中没有 %s（清单中有），无法与上年对比", dir, SummaryName)
	} else if err != nil {
		return nil, nil, fmt.Errorf("无法读取上年的汇总表 %s", oserr.Describe(err))
	}
	// Read once, then hash and parse the same bytes.
	data, err := io.ReadAll(io.LimitReader(f, entry.Size+1))
	f.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("无法读取上年的汇总表 %s", oserr.Describe(err))
	}
	if sha, sm := archive.HashBytes(data); int64(len(data)) != entry.Size || sha != entry.SHA256 || sm != entry.SM3 {
		return nil, nil, changed
	}
	py, diags, err := xlsx.ReadPrior(bytes.NewReader(data), name)
	if err != nil {
		return nil, nil, err
	}
	if py.Year == 0 { // the manifest's batch is "单位 年度"
		if i := strings.LastIndexByte(m.Batch, ' '); i >= 0 {
			py.Year, _ = strconv.Atoi(m.Batch[i+1:])
		}
	}
	switch y := cfg.Unit.Year; {
	case py.Year == 0:
		return nil, nil, fmt.Errorf("上年的汇总表 %s 没有写明评议年度，无法对比", path)
	case py.Year != y-1:
		return nil, nil, fmt.Errorf("%s 是%d年度的结果，本次评议是%d年度：请给出%d年度的输出目录", dir, py.Year, y, y-1)
	}
	if py.Unit != "" && cfg.Unit.Name != "" && py.Unit != cfg.Unit.Name {
		diags = append(diags, model.Diagnostic{Severity: model.Warning, Ref: model.CellRef{File: name},
			Problem: fmt.Sprintf("上年的结果是%s的，本次是%s的", py.Unit, cfg.Unit.Name), Value: py.Unit,
			Fix: "请确认是同一单位（单位改名时可以不管）"})
	}
	return py, diags, nil
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	a, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(d, a)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// compareYears sets last year beside this year's results.
func compareYears(opt *Options, py *model.PriorYear, ds *model.Dataset, res *model.Results) (*model.Comparison, model.Diagnostics) {
	cfg := opt.Config
	co := compare.Options{Year: cfg.Unit.Year}
	for _, b := range cfg.Scheme.Org.Bands {
		co.Bands = append(co.Bands, b.Band)
	}
	cmp, diags := compare.Compare(py, ds, res, co)
	byHow := map[model.Match]int{}
	for i := range cmp.Members {
		byHow[cmp.Members[i].How]++
	}
	orgs := 0
	for i := range cmp.Orgs {
		if cmp.Orgs[i].Prior != nil {
			orgs++
		}
	}
	opt.logf("与%d年度对比（%s）：党员对应%d名（按身份证号%d名、按姓名和所在党支部%d名），本年有、上年没有%d名，上年有、本年没有%d名；党组织对应%d个，本年有、上年没有%d个，上年有、本年没有%d个。",
		py.Year, py.File, byHow[model.ByID]+byHow[model.ByNameInBranch], byHow[model.ByID], byHow[model.ByNameInBranch],
		byHow[model.Unmatched], len(cmp.GoneMembers), orgs, len(cmp.Orgs)-orgs, len(cmp.GoneOrgs))
	return cmp, diags
}
