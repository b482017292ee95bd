// Package document holds the semantic documents the pipeline makes: a 公文
// (Notice, with its Blocks and Attachments, as GB/T 9704-2012 names the
// parts) and a 荣誉证书 or 奖状 (Certificate). They carry words and
// structure only, no geometry and no fonts: compose produces them, the plain
// text reader (plaintext) reads one, and the layouts (layout/gongwen,
// layout/certificate) and the editable renderers (render/docx) consume them.
// The 发文字号 rules (NormaliseNumber, ValidNumber) are here because the
// number is part of the words: compose normalises it, the layout checks it.
package document
