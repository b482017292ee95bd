// Package plaintext is an input stage of its own: it reads a 公文 typed or
// pasted as plain text (`pingyou typeset`) into a document.Notice, fixing
// what staff and web pages get wrong (half-width punctuation, spaces between
// Chinese characters, [] around the year of a 发文字号, page debris) with a
// warning for each fix. It knows nothing of pages: layout/gongwen sets the
// notice it returns.
package plaintext
