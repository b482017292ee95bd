package layout

// Inline layout: rules implemented and choices made
//
// The engine follows ../shared/spec/typesetting.md; the stages are
// segment.go → measure.go → linebreak.go → justify.go → finalize.go, driven
// by Setter.Lines. "em" below is the font size, or in the 公文 grid
// (Paragraph.CharPitch > 0) the char pitch (156 mm / 28).
//
// 禁则 (strict level). The sets in segment.go are the spec's lists verbatim
// (noStart*, noEnd*), plus Western ) ] } , . ; : ! ? and ( [ { $ ¥ €.
// Unbreakable: —— and …… (pairs of U+2014, U+2015, U+2026 or U+22EF; U+2E3A
// alone), Latin words and numbers with their joiners (3.14, 1,000, 12:30,
// GB/T, e-mail), signs and currency (+5, $5) and postfix symbols (100%);
// ￥ and （ bind forward (noEnd); a number binds the unit after it when the
// unit is in unitHan (2012年 breaks after 年, not before); 第 binds the
// number after it. Western text breaks at spaces only.
//
// 先挤进，后推出. When the atom after a full line may not start a line, the
// atoms up to the next legal break are squeezed in if compressing
// punctuation makes room (the line-end mark to 1/2 em, then the blank halves
// of the other marks evenly, then Han–Latin glue to 1/8 em); otherwise the
// line ends at the previous legal break and is stretched. A line is cut
// illegally only when no legal break fits at all (span.emergency); a word
// wider than any line is split between glyphs, 禁则 permitting.
//
// Punctuation. Marks get a 1-em cell whatever their font advance (the
// shared “ ” ‘ ’ included: LXGW WenKai's 0.35-em quotes still take 1 em):
// 。，、；：！？ and closing marks are left-aligned in the cell, opening marks
// right-aligned, everything else centred; Glyph.Advance stays the font's
// advance. Two adjacent marks take 1.5 em (。” ）、 ”（ ，“): the blank half
// between them is dropped. —— and …… are 2 em. · is 1/2 em centred, 1 em in
// the grid. Shared punctuation (“ ” ‘ ’ · … —) is drawn from the first face
// in the chain that also has CJK text (一 and 。), never from a Latin-only
// face that happens to come first.
//
// Line start. Choice: an opening mark at the start of a wrapped line loses
// its blank 1/2 em in proportional text, but never at a paragraph's start
// (the indent is the start) and never in the 公文 grid, where marks keep
// their grid column (the common practice in 公文).
// No hanging punctuation anywhere.
//
// Latin and digits. Proportional text: the font's advances, 1/4 em of glue
// between a Han character and a Latin word (shrinkable to 1/8 em), none at a
// line start or end or next to punctuation. Choice: none between Han and an
// Arabic number either — 公文 practice sets 2012年 tight, and so does the
// grid, so titles, 版记, body and certificates follow one rule.
// Choice for the 公文 grid: Latin text is tracked like Han text (advance ×
// pitch/size); a word or number whose width is a whole number of half ems
// occupies that many half cells, others their tracked width (so 0.6-em
// digits of a 楷体 heading stay tight too), with no extra glue — so 2012年
// in FandolFang takes exactly two cells plus 年 and later text stays on
// half-cell columns.
//
// Justification. Align Justify stretches every line but the last, Distribute
// every line (a single character is centred). Compression comes first (see
// above); stretching adds equal space to every gap between atoms — never
// inside ——, ……, a word or a number — with the integer remainder spread
// evenly, so a full line ends exactly on the right edge (Width == width,
// ±0 units). Line.Width is the right edge of the last cell. In the grid a
// Han glyph (16 pt advance) is centred in its 15.79 pt cell, so its advance
// box overhangs the cell by 0.1 pt on either side (inside the glyph's side
// bearings); the cells, not the advance boxes, tile the line exactly.
//
// CheckSingle. If the last line would hold a single Han character (with or
// without marks after it), the previous line gives up its last atom(s), to
// its previous legal break, when that is at most 3 em and fits.
//
// Text. Every drawn rune becomes exactly one Glyph, in order; combining and
// format characters (Drawn == false: accents, variation selectors, ZWJ)
// ride in the Text of the glyph before them; control characters are dropped.
// Spaces at a line end stay in the text layer with zero width.
