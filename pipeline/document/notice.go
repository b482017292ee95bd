package document

import "pingyou/pipeline/model"

// Form is the 公文格式 of the first page.
type Form int

const (
	FileForm   Form = iota // 文件格式: red mark 35 mm below the type-area top, red separator line
	LetterForm             // 信函格式: mark 30 mm from the paper top, red double lines, no number on page 1
	// PlainForm has no 版头: no mark, 发文字号 or red line, the title on the
	// first line of the type area. For what is posted rather than sent as a
	// 文件 (a 拟表彰对象公示 on the notice board or the website).
	PlainForm
)

func (f Form) String() string {
	switch f {
	case LetterForm:
		return "信函格式"
	case PlainForm:
		return "无版头"
	}
	return "文件格式"
}

// SealMode selects the 7.3.5 layout of 发文机关署名, 成文日期 and 印章.
type SealMode int

const (
	// WithSeal (7.3.5.1): date right-indented 4 字, organ centred over it,
	// the seal centred over both. Without a SealImages entry the space is
	// kept for a hand-applied seal.
	WithSeal SealMode = iota
	// NoSeal (7.3.5.2): one blank line, organ right-indented 2 字, date on
	// the next line 2 字 right of the organ's first character.
	NoSeal
	// SignatureSeal (7.3.5.3): 签发人签名章. Organs then holds the signers'
	// full 职务 (one per organ, in issuing order) and SealImages the
	// signature-stamp images.
	SignatureSeal
)

func (m SealMode) String() string {
	switch m {
	case NoSeal:
		return "不加盖印章"
	case SignatureSeal:
		return "加盖签发人签名章"
	}
	return "加盖印章"
}

// Notice is one 公文 as the standard names its parts, top to bottom.
// Text fields hold the wording only: no leading spaces, no layout.
type Notice struct {
	// 版头
	CopyNo     string   // 份号, 6 Arabic digits; empty: none
	Secrecy    string   // 密级和保密期限, e.g. 机密★1年; empty: none
	Urgency    string   // 紧急程度: 特急 / 加急; empty: none
	Issuers    []string // 发文机关标志 names; more than one: joint issue (stacked)
	MarkSuffix string   // "文件" in 文件格式; empty for 信函格式 or a bare mark
	Form       Form
	Number     string   // 发文字号, e.g. 江师党发〔2012〕15号 (see NormaliseNumber)
	Signers    []string // 签发人 (upward documents); empty: number centred
	Star       bool     // ★ in the middle of the red separator (party documents)

	// 主体
	Title string // 标题, one string; Layout breaks it into lines
	// TitleBreaks are rune offsets into Title where the author broke it (the
	// lines of a plain-text source); Layout keeps them when the lines fit.
	TitleBreaks []int
	Recipients  string // 主送机关, ending with ：
	Body        []Block
	Attachments []Attachment // 附件说明 lines and the attachment pages, in order
	Organs      []string     // 发文机关署名, in issuing order (SignatureSeal: 签发人职务)
	Date        model.Date   // 成文日期, printed with Arabic numerals
	Seal        SealMode
	SealImages  []string // image keys per organ (render options resolve them); "" or missing: none
	Note        string   // 附注, printed in （）; without the brackets

	// 版记
	CC         []string   // 抄送机关, in order; printed 抄送：A，B。
	PrintOrgan string     // 印发机关
	PrintDate  model.Date // 印发日期; printed followed by 印发
}

// BlockKind says how a Block is set.
type BlockKind int

const (
	Paragraph BlockKind = iota // body text: 仿宋, first line indented 2 字
	Heading1                   // 一、 黑体
	Heading2                   // （一） 楷体
	Heading3                   // 1. 仿宋
	Heading4                   // （1） 仿宋
	NameList                   // 名单: groups of names in columns on the grid
)

func (k BlockKind) String() string {
	switch k {
	case Heading1:
		return "heading1"
	case Heading2:
		return "heading2"
	case Heading3:
		return "heading3"
	case Heading4:
		return "heading4"
	case NameList:
		return "namelist"
	}
	return "paragraph"
}

// Block is one paragraph-level element of the body or of an attachment.
type Block struct {
	Kind BlockKind
	// Text is the paragraph, or a heading including its number (一、指导思想).
	Text string
	// RunIn is body text continuing a heading's paragraph in the body face
	// (（一）动员部署阶段。[RunIn: 局党工委……]); empty for stand-alone headings.
	RunIn string
	// Groups are the NameList's units with their names.
	Groups []NameGroup
	// Columns is the number of names per line of a NameList; 0: Options.NameColumns.
	Columns int
	// Source names where the text came from, for diagnostics.
	Source string
}

// NameGroup is one unit of a 名单: an optional heading line and its names.
type NameGroup struct {
	Heading string   // e.g. 机关党总支（3名）; empty: names only
	Names   []string // in list order (按姓氏笔画 is the caller's job)
}

// Attachment is one 附件: its name appears in the 附件说明 and, as the
// title, on its own pages after the signature.
type Attachment struct {
	Name     string  // 附件名称, identical in the 附件说明 and the title
	Subtitle string  // optional line under the title, e.g. （按姓氏笔画为序）, set in 楷体
	Body     []Block // attachment content; empty: only listed in the 附件说明
}
