package gongwen

import "pingyou/pipeline/layout"

// Font roles: keys of Options.Fonts, the same names as config fonts.roles.
const (
	RoleBody     = "body"     // 仿宋: body, 发文字号, 署名, 版记
	RoleTitle    = "title"    // 小标宋: 标题, 发文机关标志, ★
	RoleHeading1 = "heading1" // 黑体: 一、, 密级, 紧急程度, 附件N label, 名单 unit headings
	RoleHeading2 = "heading2" // 楷体: （一）
	RoleKai      = "kai"      // 楷体: 签发人 names, attachment subtitles
	RolePageNum  = "pagenum"  // 宋体: page numbers
)

// roleFallback is used when Options.Fonts lacks a role.
var roleFallback = map[string]string{
	RoleHeading2: RoleKai,
	RoleKai:      RoleHeading2,
	RolePageNum:  RoleBody,
	RoleHeading1: RoleBody,
	RoleTitle:    RoleBody,
}

// TitleShape is the outline of a multi-line title.
type TitleShape int

const (
	Trapezoid TitleShape = iota // 梯形: each line no shorter than the next
	Diamond                     // 菱形: middle line(s) longest
)

// TitleRules are the data the title breaker uses (breakTitle): Words
// tells where words end; breaks after BreakAfter tokens and before
// BreakBefore tokens are phrase boundaries and preferred; a line does not
// end with a NoBreakAfter token nor start with a NoBreakBefore one; never inside a Keep word nor inside a run
// of digits or Latin letters. The same rules
// wrap a long 发文机关署名.
type TitleRules struct {
	BreakAfter    []string
	BreakBefore   []string
	NoBreakAfter  []string // prepositions that stay with their object (关于……, 在……)
	NoBreakBefore []string // name suffixes that stay with the name (……有限公司, ……学院)
	Keep          []string
	Shape         TitleShape
	Words         *Lexicon // nil: every position between characters is a candidate
}

// DefaultTitleRules are the phrase boundaries of the titles this product
// writes: before 关于 and before the verb that starts the predicate, after
// a year (2012年度), after an organ (…委员会 关于…, …委员会 / 创先争优活动
// 领导小组); Keep holds terms never split.
var DefaultTitleRules = TitleRules{
	BreakAfter: []string{"年度", "委员会", "党委", "党组", "党工委", "人民政府"},
	BreakBefore: []string{"关于", "深入开展", "开展", "进一步", "做好", "加强", "表彰", "授予", "实施", "印发", "转发",
		"推进", "贯彻", "评选", "召开", "举办"},
	NoBreakAfter:  []string{"关于", "在", "对", "为", "由", "将", "把"},
	NoBreakBefore: []string{"有限公司", "公司", "学院", "大学", "党支部", "党总支", "党委", "党组", "委员会", "办公室", "领导小组"},
	Keep: []string{"委员会", "党委员会", "党总支", "党支部", "党工委", "党组织", "基层党组织", "先进基层党组织",
		"共产党员", "优秀共产党员", "优秀党务工作者", "党务工作者", "创先争优", "创先争优活动", "实施方案", "实施意见",
		"工作要点", "领导小组", "中共", "党员中", "中国共产党", "学习实践", "科学发展观", "民主评议", "年度"},
	Shape: Trapezoid,
}

// Options holds every number the layout uses. DefaultOptions returns the
// GB/T 9704-2012 values; the lead loads overrides from config/templates.
type Options struct {
	// Fonts maps a role (RoleBody, …) to a fallback chain of face keys.
	Fonts map[string][]string
	Red   layout.Color

	// Paper and type area (版心).
	PaperWidth, PaperHeight layout.Length
	Top, Left               layout.Length // 天头, 订口
	TypeWidth, TypeHeight   layout.Length
	LinesPerPage            int // 22
	CharsPerLine            int // 28
	// Ascent is where the baseline sits in a glyph's em box, in 1/1000 em
	// from its top (880: the ideographic em box of common CJK fonts).
	Ascent int

	// Sizes.
	BodySize      layout.Length // 3号 16 pt
	TitleSize     layout.Length // 2号 22 pt
	ColophonSize  layout.Length // 4号 14 pt (版记)
	PageNumSize   layout.Length // 4号 14 pt
	MarkSizeMax   layout.Length // 36 pt
	MarkSizeMin   layout.Length // 22 pt; a longer mark is set smaller, with a warning
	MarkLineRatio int           // joint-issue names: baseline distance in 1/1000 of the mark size

	// 版头.
	MarkTop        layout.Length // 35 mm: mark top below the type-area top (文件格式)
	SeparatorGap   layout.Length // 4 mm: red line below the 发文字号
	SeparatorWidth layout.Length // red line thickness
	StarSize       layout.Length // ★ size
	StarGap        layout.Length // free space either side of the ★

	// 信函格式.
	LetterMarkTop    layout.Length // 30 mm from the paper top
	LetterLineLength layout.Length // 170 mm
	LetterThick      layout.Length // thick line of the double lines
	LetterThin       layout.Length // thin line
	LetterLineGap    layout.Length // distance between the two lines' centres
	LetterBottom     layout.Length // 20 mm: lower double line above the paper bottom

	// Signature and seal.
	SealSize        layout.Length // seal diameter (4.2 cm)
	SealGap         layout.Length // minimum space between joint seals
	SignatureWidth  layout.Length // 签名章 image width
	SignatureLines  int           // 签名章 height in grid lines
	OrganRightMin   int           // 署名 over the date keeps at least this many 字 to the right edge (1)
	MinPitchPercent int           // page fill: the line pitch may shrink to this percentage (90)
	MinCharPercent  int           // page fill: the char pitch may shrink to this percentage (96: 29 a line)

	// 版记 and page numbers.
	RuleThick, RuleThin layout.Length // 0.35 mm, 0.25 mm
	PageNumGap          layout.Length // 7 mm: the 一字线 below the type area (7.5)
	// PageNumDash is the height of the middle of the 一字线 (U+2014) above
	// the baseline in the page-number face, in 1/1000 em: it puts the line
	// itself, not the em box, PageNumGap below the type area. The default
	// is Noto Serif CJK's (268); the pipeline measures the configured face.
	PageNumDash int
	// ColophonEvenPage puts the 版记 on an even page (封四, double-sided
	// printing); blank pages before it and the 版记 page then carry no number.
	// A one-page document whose 版记 fits keeps it on page 1.
	ColophonEvenPage bool

	// Lists and titles.
	NameColumns int // names per line in a 名单 (5)
	TitleRules  TitleRules
}

// DefaultOptions returns the GB/T 9704-2012 geometry with the font roles of
// the default config.
func DefaultOptions() Options {
	return Options{
		Fonts: map[string][]string{
			RoleBody:     {"fang", "kai", "song"},
			RoleTitle:    {"xbs", "song"},
			RoleHeading1: {"hei", "song"},
			RoleHeading2: {"kai", "song"},
			RoleKai:      {"kai", "song"},
			RolePageNum:  {"song"},
		},
		Red:              layout.Red,
		PaperWidth:       layout.MM(210),
		PaperHeight:      layout.MM(297),
		Top:              layout.MM(37),
		Left:             layout.MM(28),
		TypeWidth:        layout.MM(156),
		TypeHeight:       layout.MM(225),
		LinesPerPage:     22,
		CharsPerLine:     28,
		Ascent:           880,
		BodySize:         layout.Pt(16),
		TitleSize:        layout.Pt(22),
		ColophonSize:     layout.Pt(14),
		PageNumSize:      layout.Pt(14),
		MarkSizeMax:      layout.Pt(36),
		MarkSizeMin:      layout.Pt(22),
		MarkLineRatio:    1250,
		MarkTop:          layout.MM(35),
		SeparatorGap:     layout.MM(4),
		SeparatorWidth:   layout.MM(0.5),
		StarSize:         layout.Pt(16),
		StarGap:          layout.MM(1),
		LetterMarkTop:    layout.MM(30),
		LetterLineLength: layout.MM(170),
		LetterThick:      layout.MM(1),
		LetterThin:       layout.MM(0.35),
		LetterLineGap:    layout.MM(1.2),
		LetterBottom:     layout.MM(20),
		SealSize:         layout.MM(42),
		SealGap:          layout.MM(5),
		SignatureWidth:   layout.MM(40),
		SignatureLines:   2,
		OrganRightMin:    1,
		MinPitchPercent:  90,
		MinCharPercent:   96,
		RuleThick:        layout.MM(0.35),
		RuleThin:         layout.MM(0.25),
		PageNumGap:       layout.MM(7),
		PageNumDash:      268,
		ColophonEvenPage: true,
		NameColumns:      5,
		TitleRules:       DefaultTitleRules,
	}
}

// CharPitch is 1 字 on the grid: TypeWidth / CharsPerLine.
func (o *Options) CharPitch() layout.Length { return o.TypeWidth / layout.Length(o.CharsPerLine) }

// LinePitch is 1 行 on the grid: TypeHeight / LinesPerPage.
func (o *Options) LinePitch() layout.Length { return o.TypeHeight / layout.Length(o.LinesPerPage) }

// faces returns the chain for role, following roleFallback.
func (o *Options) faces(role string) []string {
	for i := 0; i < 3 && role != ""; i++ {
		if c := o.Fonts[role]; len(c) > 0 {
			return c
		}
		role = roleFallback[role]
	}
	return o.Fonts[RoleBody]
}
