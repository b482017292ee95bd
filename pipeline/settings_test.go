package pipeline

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/model"
	"pingyou/pipeline/sheet"
)

// qingshan is a unit that is not the sample's.
var qingshan = [][2]string{
	{"发文机关", "中共青山湖区某某中学委员会"}, {"简称", "某某中学党委"}, {"评议年度", "2024"}, {"成文日期", "2024-12-28"},
	{"表彰决定发文字号", "青中党发〔2024〕3号"}, {"支部通知发文字号", "青中党函〔2024〕5号"},
	{"印发机关", "中共青山湖区某某中学委员会办公室"}, {"抄送", "区委组织部、区委教育工委"}, {"活动名称", "创先争优活动"},
	{"单位代码", "QSZX"},
}

// copySamples copies the sample workbooks into a new folder; with rows, the
// roster gets a 单位信息 sheet holding them (项目 | 内容 from row 2).
func copySamples(t *testing.T, rows [][2]string) (dir string, inputs []string) {
	t.Helper()
	dir = t.TempDir()
	for _, s := range samples {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.Base(s))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, p)
	}
	if rows != nil {
		f, err := excelize.OpenFile(inputs[0])
		if err != nil {
			t.Fatal(err)
		}
		f.NewSheet(sheet.UnitSheet)
		f.SetSheetRow(sheet.UnitSheet, "A1", &[]any{"单位信息"})
		f.SetSheetRow(sheet.UnitSheet, "A2", &[]any{"项目", "内容", "说明"})
		for i, r := range rows {
			f.SetSheetRow(sheet.UnitSheet, "A"+strconv.Itoa(i+3), &[]any{r[0], r[1]})
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return dir, inputs
}

func cliOptions(inputs []string, out string, log *bytes.Buffer) Options {
	return Options{Settings: CLISettings("", false, inputs), Inputs: inputs, OutDir: out, Log: log, Program: "pingyou test"}
}

func TestNoUnitSettingsStopsAndSaysWhatToFill(t *testing.T) {
	dir, inputs := copySamples(t, nil)
	out := filepath.Join(dir, "out")
	var log bytes.Buffer
	var diags model.Diagnostics
	opt := cliOptions(inputs, out, &log)
	opt.Diagnostics = func(d model.Diagnostics) { diags = append(diags, d...) }
	err := Run(opt)
	if !errors.Is(err, ErrInput) {
		t.Fatalf("err = %v, want ErrInput\n%s", err, log.String())
	}
	for _, want := range []string{
		"没有找到“单位信息”工作表，也没有配置文件（pingyou.yaml），不能确定以哪个单位的名义发文",
		"缺少“发文机关”（unit.name）", "缺少“表彰决定发文字号”（decision.number）", "缺少“成文日期”（unit.issue_date）",
		"--sample", "评议方案：内置示例方案",
	} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	if strings.Contains(log.String(), "江城") {
		t.Errorf("the sample unit is named although not asked for:\n%s", log.String())
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Error("an output folder was made without the issuer's settings")
	}
	if len(diags) == 0 || diags[0].Ref.File != "花名册.xlsx" {
		t.Errorf("problems not attributed to the roster: %v", diags)
	}
}

func TestUnitSheetNamesTheIssuer(t *testing.T) {
	dir, inputs := copySamples(t, qingshan)
	out := filepath.Join(dir, "out")
	var log bytes.Buffer
	opt := cliOptions(inputs, out, &log)
	t.Setenv("PINGYOU_FONTS", filepath.Join("..", "fonts"))
	if err := Run(opt); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	for _, want := range []string{"发文机关：中共青山湖区某某中学委员会（花名册.xlsx 单位信息!B3）", "表彰决定发文字号：青中党发〔2024〕3号（花名册.xlsx 单位信息!B7）",
		"发文机关标志：中共青山湖区某某中学委员会文件（默认：发文机关＋文件）"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	m, err := archive.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if m.Batch != "中共青山湖区某某中学委员会 2024" || m.Config.Name != config.BuiltinSource {
		t.Errorf("manifest batch %q, config %q", m.Batch, m.Config.Name)
	}
	for _, e := range m.Files {
		if strings.Contains(e.Author+e.Title+e.Number, "江城") || strings.Contains(e.Author+e.Title+e.Number, "江师") {
			t.Errorf("%s is issued by the sample unit: %+v", e.Path, e)
		}
		if e.Path == DecisionName && (e.Number != "青中党发〔2024〕3号" || e.Author != "中共青山湖区某某中学委员会" ||
			e.Title != "中共青山湖区某某中学委员会关于表彰2024年度先进基层党组织和优秀共产党员的决定" || e.Date != "2024年12月28日") {
			t.Errorf("decision: %+v", e)
		}
	}
	if text := pdftotext(t, filepath.Join(out, filepath.FromSlash(DecisionName))); !strings.Contains(text, "中共青山湖区某某中学委员会") || strings.Contains(text, "江城") {
		t.Errorf("decision text:\n%s", text)
	}
}

func TestUnitSheetAndConfigFileMustAgree(t *testing.T) {
	dir, inputs := copySamples(t, qingshan)
	b, _ := os.ReadFile(filepath.Join("..", "samples", "pingyou.yaml"))
	os.WriteFile(filepath.Join(dir, "pingyou.yaml"), b, 0o644)
	var log bytes.Buffer
	var diags model.Diagnostics
	opt := cliOptions(inputs, filepath.Join(dir, "out"), &log)
	opt.Diagnostics = func(d model.Diagnostics) { diags = append(diags, d...) }
	if err := Check(opt); !errors.Is(err, ErrInput) {
		t.Fatalf("err = %v, want ErrInput\n%s", err, log.String())
	}
	if !strings.Contains(log.String(), "配置文件："+filepath.Join(dir, "pingyou.yaml")+"（自动找到）") {
		t.Errorf("the file found is not reported:\n%s", log.String())
	}
	var got *model.Diagnostic
	for i, d := range diags {
		if d.Ref.String() == "花名册.xlsx 单位信息!B3" {
			got = &diags[i]
		}
	}
	if got == nil || got.Severity != model.Error || !strings.Contains(got.Problem, "“发文机关”与 pingyou.yaml 第9行 unit.name 中的“中共江城师范学院委员会”不一致") {
		t.Fatalf("no conflict at 单位信息!B3: %v", diags)
	}
	// The annotated copy marks the cell.
	f, err := excelize.OpenFile(filepath.Join(dir, "问题标注", "花名册-问题标注.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if c, _ := f.GetComments(sheet.UnitSheet); len(c) == 0 {
		t.Error("the annotated copy has no comment on the 单位信息 sheet")
	}
}

func TestFindConfig(t *testing.T) {
	sample, _ := os.ReadFile(filepath.Join("..", "samples", "pingyou.yaml"))
	other := bytes.Replace(sample, []byte("中共江城师范学院委员会        #"), []byte("中共别的委员会        #"), 1)
	beside, work := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(beside, "pingyou.yaml"), sample, 0o644)
	os.WriteFile(filepath.Join(work, "pingyou.yaml"), other, 0o644)
	named := filepath.Join(t.TempDir(), "本校.yaml")
	os.WriteFile(named, other, 0o644)
	noTemplates := filepath.Join(t.TempDir(), "模板.yaml")
	os.WriteFile(noTemplates, append([]byte("unit:\n  templates: 没有这个文件夹\n"), sample[bytes.Index(sample, []byte("\n# 评议方案")):]...), 0o644)

	tests := []struct {
		name       string
		s          Settings
		source     string // the config used
		notes, err string
	}{
		{"beside the workbooks first", Settings{Search: []string{beside, work}}, filepath.Join(beside, "pingyou.yaml"), "另有 " + filepath.Join(work, "pingyou.yaml") + "，没有使用", ""},
		{"the working folder", Settings{Search: []string{t.TempDir(), work}}, filepath.Join(work, "pingyou.yaml"), "（自动找到）", ""},
		{"--config wins", Settings{Config: named, Search: []string{beside}}, named, "（--config 指定）", ""},
		{"none: the built-in scheme", Settings{Search: []string{t.TempDir()}}, config.BuiltinSource, "评议方案：内置示例方案", ""},
		{"the sample by name", Settings{Config: SampleName}, config.SampleSource, "仅供试用", ""},
		{"templates pointing nowhere", Settings{Config: noTemplates}, "", "", "模板.yaml 第2行 unit.templates：模板文件夹 " + filepath.Join(filepath.Dir(noTemplates), "没有这个文件夹") + "：不存在"},
		{"a config that is not there", Settings{Config: filepath.Join(beside, "没有.yaml")}, "", "", "找不到配置文件"},
	}
	for _, tt := range tests {
		cfg, notes, err := FindConfig(tt.s)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if cfg.Source != tt.source || !strings.Contains(strings.Join(notes, "\n"), tt.notes) {
			t.Errorf("%s: config %s, notes %q; want %s and %q", tt.name, cfg.Source, notes, tt.source, tt.notes)
		}
	}
}
