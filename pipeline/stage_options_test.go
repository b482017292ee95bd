package pipeline

import (
	"reflect"
	"testing"

	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

// TestComposeOptions: every setting compose reads comes from its key of
// the config file (the sample's values, written out by hand), and the
// seals are image keys loadImages fills.
func TestComposeOptions(t *testing.T) {
	cfg := config.Default()
	cfg.Decision.Seal, cfg.BranchNotice.Seal, cfg.Certificates.Seal = "章.png", "章.png", "章.png"
	got := composeOptions(cfg)
	date := model.Date{Year: 2012, Month: 6, Day: 28}
	want := &compose.Options{
		Unit: "中共江城师范学院委员会", Code: "JCSF", Year: 2012, Campaign: "创先争优活动", Commission: "庆祝中国共产党成立91周年",
		IssueDate: date, Office: "中共江城师范学院委员会办公室", PrintDate: date,
		Decision: compose.NoticeParts{Mark: "中共江城师范学院委员会文件", Number: "江师党发〔2012〕15号",
			Title:      "中共江城师范学院委员会关于表彰2012年度先进基层党组织和优秀共产党员的决定",
			Recipients: "各党总支、直属党支部：", CC: []string{"江城市委组织部", "江城市委教育工委"}, SealImage: sealKey},
		BranchNotice: compose.NoticeParts{Mark: "中共江城师范学院委员会", Number: "江师党函〔2012〕8号",
			Title: "关于{支部}2012年度民主评议党员结果的通知"},
		CertificateNumber: "{单位代码}-{年度}-{类别}-{序号:4}", CertificateSeal: certSealKey,
		Publicity: compose.PublicityParts{Organ: "中共江城师范学院委员会组织部", Start: model.Date{Year: 2012, Month: 6, Day: 15}, Days: 5,
			Contact: "王明", Phone: "027-12345678", Address: "江城市学府路1号行政楼305室", Email: "zzb@example.com",
			Seal: document.WithSeal},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("composeOptions(sample) =\n%+v\nwant\n%+v", got, want)
	}
	cfg.Decision.Seal, cfg.Certificates.Seal = "", ""
	if got := composeOptions(cfg); got.Decision.SealImage != "" || got.CertificateSeal != "" {
		t.Errorf("no seal configured, yet image keys %q, %q", got.Decision.SealImage, got.CertificateSeal)
	}
	cfg.Publicity.Seal = "章.png"
	if got := composeOptions(cfg).Publicity; got.SealImage != publicitySealKey || got.Seal != document.WithSeal {
		t.Errorf("publicity.seal: %q %s", got.SealImage, got.Seal)
	}
	cfg.Publicity.SealMode, cfg.Publicity.Days = config.SealModeNone, 0
	if got := composeOptions(cfg).Publicity; got.SealImage != "" || got.Seal != document.NoSeal || got.Days != config.DefaultPublicityDays {
		t.Errorf("publicity.seal_mode none, days 0: %q %s %d", got.SealImage, got.Seal, got.Days)
	}
}
