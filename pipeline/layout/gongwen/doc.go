// Package gongwen lays out 党政机关公文 (official notices) according to
// GB/T 9704-2012: Layout turns a document.Notice (the words, from compose or
// from a plain-text reader) into a layout.Document of positioned text, rules
// and images, and PlannedBreaks reports the decisions an editable copy must
// repeat (the plain-text reader is pipeline/plaintext). It is pure
// geometry: no PDF library, no files.
// Every number below is a field of Options; DefaultOptions holds the
// standard's values.
//
// # Grid
//
// A4, 天头 37 mm, 订口 28 mm, type area 156×225 mm, 22 lines of 28
// characters: 1 字 = 156 mm / 28 (CharPitch, ≈15.8 pt, given to the setter
// as Paragraph.CharPitch) and 1 行 = 225 mm / 22 (LinePitch, ≈29 pt).
// Grid line i (0-based) is the cell [top + i·行, top + (i+1)·行]; text on it
// has its em box top at the cell top, so its baseline is at cell top +
// Ascent (0.88 em). The first line's glyphs thus touch the type-area top;
// the 22nd line's em box ends 13 pt above the bottom edge. Body text,
// headings, 主送, 附件说明, signature lines and attachment pages sit on the
// grid; a page of body text has exactly 22 lines.
//
// # 版头 (文件格式)
//
// 份号, 密级 (黑体), 紧急程度 (黑体) on grid lines 1–3, flush left. The mark
// (red, title role) has its em top 35 mm below the type-area top and the
// largest size ≤ 36 pt in 0.5 pt steps that fits the type width (warning
// below 22 pt); joint marks stack the names, spread to one width, with
// 文件 half an em to their right, its em box centred on the stack. "N lines
// below X" means: the first grid line at or below X's bottom, plus N blank
// lines. So the 发文字号 is two blank lines below the mark, centred (with
// 签发人: number indent 1 字 on the last signers line, "签发人：" and 楷体
// names two a line, right indent 1 字). The red separator (0.5 mm) is 4 mm
// below the number's em box, across the type area, broken 1 mm either side
// of a centred ★ if asked for. The title (22 pt) starts two blank lines
// below the separator, one centred line per grid line, broken by breakTitle
// between words (the Lexicon from templates/词表.txt and TitleRules, data)
// into a 梯形 or 菱形, the author's own line breaks kept when they fit (see
// title.go); 主送 follows one blank line later.
//
// # 版头 (信函格式)
//
// Mark 30 mm from the paper top (first issuer only, no 文件); red double line
// thick (1 mm) over thin (0.35 mm), 170 mm centred on the paper, 4 mm below
// the mark; thin over thick with its bottom 20 mm above the paper edge;
// 份号/密级/紧急程度 flush left and the 发文字号 flush right, the first line
// 7/8 of 3号 below the double line; title two blank lines lower. Page 1 has
// no page number; the 版记 has no 印发 line and no rules.
//
// # Signature (7.3.5)
//
// The block starts on the grid line after the body or 附件说明.
// WithSeal: date right-indented 4 字, organ on the line above centred over
// it (kept inside the type area), the seal (42 mm) centred over both with
// its top at the block top (within one line of the text); the organ and
// date go on lines d-1 and d, d being the first line that puts their
// middle below the seal's centre. Joint: columns right-aligned on the
// date's centre, spaced by max(seal + 5 mm, widest organ + 1 字), rows far
// enough apart that seals never touch; the date under the last seal.
// NoSeal: blank line, organ(s) right-indented 2 字, date on the next line
// 2 字 right of the organ's start (a longer date is right-indented 2 字 and
// the organ moves left). SignatureSeal: two blank lines, per signer a 签名章
// box (40 mm × 2 lines) right-indented 4 字 with the 职务 2 字 to its left,
// vertically centred; blank line; date right-indented 4 字. 附注 follows in
// （）, indented 2 字.
//
// # Page fill (7.3.5, 7.3.5.5)
//
// The page with the signature block carries 正文: at least two lines of it
// above the block (the 附件说明 is not 正文), and 此页无正文 is never printed.
// The 附件说明 and the block are one unit, never split across pages. If the
// unit does not fit below the text, the measures of 7.3.5.5 come first:
// the line pitch of that page's flow is reduced, down to MinPitchPercent
// (90 %) of 1 行, and if that is not enough the page's last paragraphs are
// set one character a line tighter (29 a line, within MinCharPercent) where
// that saves a line. Failing both, the page's last two lines of 正文 move to
// the next page with the unit (page 1 keeps one: it must show 正文). A unit
// that fits below fewer than two lines of 正文 takes lines from the end of
// the page before. Every measure is reported as a warning.
//
// # Attachments, 版记, page numbers
//
// Each attachment with content starts a new page: 附件N (黑体) on line 1,
// title on line 3 (22 pt, centred), optional subtitle (楷体), a blank line,
// content. 名单 columns start whole 字 apart ((28 − 3) / (columns − 1)),
// two-character names spread to three cells by position only.
// 版记 (14 pt): one grid line per text line, text centred in it, 1 字 (14 pt)
// indents; rules 0.35 mm at top and bottom (the bottom on the type area's
// bottom edge), 0.25 mm between 抄送 and 印发. It goes on the last page if
// it fits, else a new page; with ColophonEvenPage (default, 封四 for
// double-sided printing) it must be an even page unless the whole document
// is one page: after an odd last page it takes the next page (numbered);
// after a full even page a blank page and the 版记 page follow, both without
// page numbers (GB/T 9704-2012 7.5: blank pages before the 版记 page and the
// 版记 page itself carry none). Page numbers "— N —" (4号, pagenum role,
// U+2014) have the middle of their 一字线 7 mm below the type area (the
// dash's height in the face is PageNumDash), odd pages right and even pages
// left, 1 字 (14 pt) in.
package gongwen
