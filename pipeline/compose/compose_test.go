package compose

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"text/template"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
	"pingyou/templates"
)

func wordingFile(t *testing.T) map[string]Wording {
	t.Helper()
	b, err := templates.FS.ReadFile("证书措辞.yaml")
	if err != nil {
		t.Fatal(err)
	}
	w, err := ParseWording(b)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestCertificates: one certificate per commendation whose award has a
// wording, numbered per award in 名单 order, the number recorded in the
// results, the wording filled in, the source the cell of the recipient.
func TestCertificates(t *testing.T) {
	member := &model.Member{Name: "牛犇", Ref: model.CellRef{File: "花名册.xlsx", Sheet: "党员", Cell: "B7"}}
	res := &model.Results{Commendations: []model.Commendation{
		{Award: "优秀共产党员", Name: "牛犇", Member: member},
		{Award: "先进基层党组织", Name: "机关第一党支部"},
		{Award: "流动红旗", Name: "图书馆党支部"}, // no wording: no certificate
		{Award: "优秀共产党员", Name: "卢志庆"},
	}}
	opt := sample()
	opt.CertificateSeal = "cert-seal"
	certs, index, err := Certificates(res, opt, wordingFile(t))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(index, []int{0, 1, 3}) {
		t.Fatalf("index %v, want [0 1 3]", index)
	}
	var numbers []string
	for _, c := range res.Commendations {
		numbers = append(numbers, c.Number)
	}
	if want := []string{"JCSF-2012-YXDY-0001", "JCSF-2012-XJZZ-0001", "", "JCSF-2012-YXDY-0002"}; !reflect.DeepEqual(numbers, want) {
		t.Errorf("numbers %q, want %q", numbers, want)
	}
	want := document.Certificate{Title: "荣誉证书", Name: "牛犇", Person: true, Suffix: "同志：",
		Body:  []string{"在2012年度创先争优活动中表现突出，被评为“优秀共产党员”。", "特发此证，以资鼓励。"},
		Organ: "中共江城师范学院委员会", Date: "二〇一二年六月二十八日", Number: "证书编号：JCSF-2012-YXDY-0001",
		SealImage: "cert-seal", Source: "花名册.xlsx 党员!B7"}
	if !reflect.DeepEqual(certs[0], want) {
		t.Errorf("certificate\n%+v\nwant\n%+v", certs[0], want)
	}
	if c := certs[1]; c.Person || c.Title != "奖状" || c.Suffix != "：" || c.Source != "机关第一党支部" {
		t.Errorf("an organisation's certificate: %+v", c)
	}

	opt.CertificateNumber = "{单位代码}-{编号}"
	if _, _, err := Certificates(res, opt, wordingFile(t)); err == nil || !strings.Contains(err.Error(), "certificates.number") || !strings.Contains(err.Error(), "{编号}") {
		t.Errorf("unknown placeholder in the number: %v", err)
	}
}

func TestParseWordingErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"优秀共产党员:\n  code: YX\n  title: 荣誉证书\n  recipient: people\n  body: [x]\n", "recipient 应为 person 或 org（值：people）"},
		{"优秀共产党员:\n  code: YX\n  recipient: person\n  body: [x]\n", "code、title、body 都不能为空"},
		{"优秀共产党员:\n  code: YX\n  titel: 荣誉证书\n", "证书措辞文件有误"},
	}
	for _, tt := range tests {
		if _, err := ParseWording([]byte(tt.yaml)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseWording(%q): %v, want %q", tt.yaml, err, tt.want)
		}
	}
}

func TestParseTemplateErrors(t *testing.T) {
	if _, err := ParseTemplate("x.tmpl", []byte(`{{define "附件1"}}名单{{end}}`)); err == nil || !strings.Contains(err.Error(), `缺少 {{define "正文"}}`) {
		t.Errorf("no 正文: %v", err)
	}
	if _, err := ParseTemplate("x.tmpl", []byte(`{{define "正文"}}{{.单位{{end}}`)); err == nil || !strings.Contains(err.Error(), "模板 x.tmpl 有误") {
		t.Errorf("syntax error: %v", err)
	}
	tmpl, err := ParseTemplate("x.tmpl", []byte(`{{define "正文"}}{{.没有}}{{end}}`))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Decision(sample(), &model.Results{}, tmpl)
	var exec template.ExecError
	if err == nil || !strings.Contains(err.Error(), "“正文”部分") || !errors.As(err, &exec) {
		t.Errorf("a key the data lacks: %v, want the template's ExecError wrapped", err)
	}
}

// TestHeader: the notice's fixed parts from the options; 文件 split off the
// mark; a 发文字号 with other brackets corrected with a warning.
func TestHeader(t *testing.T) {
	opt := sample()
	parts := NoticeParts{Mark: "中共江城师范学院委员会文件", Number: "江师党发[2012]15号", Title: "标题",
		Recipients: "各党总支：", CC: []string{"甲"}, SealImage: "seal"}
	var diags model.Diagnostics
	n := header(parts, opt, &diags)
	want := &document.Notice{Issuers: []string{"中共江城师范学院委员会"}, MarkSuffix: "文件", Number: "江师党发〔2012〕15号",
		Star: true, Title: "标题", Recipients: "各党总支：", Organs: []string{"中共江城师范学院委员会"}, Date: opt.IssueDate,
		CC: []string{"甲"}, PrintOrgan: "中共江城师范学院委员会办公室", PrintDate: opt.PrintDate, SealImages: []string{"seal"}}
	if !reflect.DeepEqual(n, want) {
		t.Errorf("header\n%+v\nwant\n%+v", n, want)
	}
	if len(diags) != 1 || diags[0].Value != "江师党发[2012]15号" || !strings.Contains(diags[0].Fix, "江师党发〔2012〕15号") {
		t.Errorf("diagnostics %v", diags)
	}
	parts.Mark, parts.SealImage, diags = "中共江城师范学院委员会", "", nil
	if n := header(parts, opt, &diags); n.MarkSuffix != "" || n.Issuers[0] != "中共江城师范学院委员会" || n.SealImages != nil {
		t.Errorf("a bare mark without seal: %+v", n)
	}
}

func TestNumberAt(t *testing.T) {
	tests := []struct {
		first string
		i     int
		want  string
	}{
		{"江师党函〔2012〕8号", 0, "江师党函〔2012〕8号"},
		{"江师党函〔2012〕8号", 2, "江师党函〔2012〕10号"},
		{"江师党函〔2012〕99号", 1, "江师党函〔2012〕100号"},
		{"江师党函〔2012〕第8号", 3, "江师党函〔2012〕第8号"}, // not the standard's form: left as it is
		{"", 1, ""},
	}
	for _, tt := range tests {
		if got := numberAt(tt.first, tt.i); got != tt.want {
			t.Errorf("numberAt(%q, %d) = %q, want %q", tt.first, tt.i, got, tt.want)
		}
	}
}

func TestShortReason(t *testing.T) {
	tests := []struct{ reason, want string }{
		{"缺少测评数据：选票未填（有效票为0），不评定等次", "缺少测评数据"},
		{"长期出国不评定等次", "长期出国"},
		{"长期病休，不评定等次", "长期病休"},
		{"不评定等次", "未参加测评"},
	}
	for _, tt := range tests {
		if got := shortReason(tt.reason); got != tt.want {
			t.Errorf("shortReason(%q) = %q, want %q", tt.reason, got, tt.want)
		}
	}
}
