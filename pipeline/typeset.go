package pipeline

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"pingyou/pipeline/archive"
	"pingyou/pipeline/config"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/plaintext"
	"pingyou/pipeline/render/pdf"
)

// Typeset sets a plain-text 公文 as a GB/T 9704-2012 PDF, with mark as its
// 发文机关标志 when given. Problems the
// parser fixed (a 发文字号 with [] brackets, web-page debris, 主题词) are
// printed as warnings.
func Typeset(in, out, mark string, cfg *config.Config, log io.Writer) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("无法读取 %s：%s", in, oserr.Why(err))
	}
	if !utf8.Valid(b) {
		return fmt.Errorf("%s 不是 UTF-8 编码的文本；请在记事本中“另存为”并选择 UTF-8 编码", in)
	}
	if out == "" {
		out = strings.TrimSuffix(in, filepath.Ext(in)) + ".pdf"
	}
	n, diags := plaintext.Parse(string(b))
	if mark != "" {
		n.Issuers, n.MarkSuffix = []string{strings.TrimSuffix(mark, "文件")}, ""
		if strings.HasSuffix(mark, "文件") {
			n.MarkSuffix = "文件"
		}
		n.Star = strings.HasPrefix(mark, "中共")
	}
	for i := range diags {
		if diags[i].Ref.File == "" {
			diags[i].Ref.File = filepath.Base(in)
		}
	}
	fonts, err := loadFonts(cfg)
	if err != nil {
		return err
	}
	opt, err := noticeOptions(cfg, fonts)
	if err != nil {
		return err
	}
	doc, ldiags, err := gongwen.Layout(n, &layout.Setter{Metrics: fonts}, opt)
	diags = append(diags, ldiags...)
	for _, d := range diags {
		fmt.Fprintf(log, "%s：%s\n", d.Severity, d.String())
	}
	if err != nil {
		return err
	}
	doc.Meta.Title, doc.Meta.Number = n.Title, n.Number
	if len(n.Organs) > 0 {
		doc.Meta.Author = n.Organs[0]
	}
	pf := pdf.NewFonts(func(face string) ([]byte, error) { return fonts.Face(face).Bytes(), nil })
	var buf bytes.Buffer
	if err := pdf.Render(&buf, doc, pf, pdf.Options{Creator: "pingyou"}); err != nil {
		return err
	}
	if err := archive.WriteBytes(out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(log, "已排版：%s（%d 页）\n", out, len(doc.Pages))
	return nil
}
