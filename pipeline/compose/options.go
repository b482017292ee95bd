package compose

import "pingyou/pipeline/model"

// Options are what compose takes from a batch's settings: who issues the
// documents and when, the fixed parts of each notice and the certificate
// number. The pipeline maps the config file onto them (composeOptions);
// compose never reads the file.
type Options struct {
	Unit       string     // 发文机关全称: 署名, 发证机关, {单位}
	Code       string     // 单位代码, in certificate numbers
	Year       int        // 评议年度
	Campaign   string     // e.g. 创先争优活动
	Commission string     // 表彰 occasion, e.g. 庆祝中国共产党成立91周年
	IssueDate  model.Date // 成文日期, also the certificates' date
	Office     string     // 印发机关
	PrintDate  model.Date // 印发日期

	Decision     NoticeParts    // 表彰决定
	BranchNotice NoticeParts    // 支部通知; Title is a pattern with {支部}, Number the first of the series
	Publicity    PublicityParts // 拟表彰对象公示

	CertificateNumber string // pattern, e.g. {单位代码}-{年度}-{类别}-{序号:4}
	CertificateSeal   string // image key of the certificates' seal; "" for none

	// Comparison is last year beside this year, for the branch notices'
	// wording (issue 19); nil: none.
	Comparison *model.Comparison
}

// NoticeParts are the fixed parts of one kind of notice.
type NoticeParts struct {
	Mark       string // 发文机关标志; ending in 文件 for 文件格式
	Number     string // 发文字号
	Title      string
	Recipients string // 主送机关
	CC         []string
	SealImage  string // image key of the seal; "" for none
}
