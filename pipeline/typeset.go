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
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/layout"
	"pingyou/pipeline/layout/gongwen"
	"pingyou/pipeline/oserr"
	"pingyou/pipeline/plaintext"
	"pingyou/pipeline/render/ofd"
	"pingyou/pipeline/render/pdf"
)

// Typeset sets a plain-text 公文 as a GB/T 9704-2012 PDF (tagged PDF/A-2a),
// with mark as its 发文机关标志 when given; formats may ask for ofd too, or
// instead (default pdf; out's extension is replaced per format). Problems
// the parser fixed (a 发文字号 with [] brackets, web-page debris, 主题词)
// are printed as warnings.
func Typeset(in, out, mark string, cfg *config.Config, log io.Writer, formats ...string) error {
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
	if err := checkFormats(formats); err != nil {
		return err
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
	return typesetWrite(doc, fonts, out, formats, log)
}

// checkFormats accepts pdf and ofd (typeset writes no DOCX), normalising
// case and spaces in place.
func checkFormats(formats []string) error {
	for i, f := range formats {
		f = strings.ToLower(strings.TrimSpace(f))
		formats[i] = f
		if f != config.FormatPDF && f != config.FormatOFD {
			return fmt.Errorf("不认识的格式 %s：--format 可以是 pdf、ofd 或 pdf,ofd", f)
		}
	}
	return nil
}

// typesetWrite writes doc in each format (pdf when none is given), named
// out with the format's extension.
func typesetWrite(doc *layout.Document, fonts *fontkit.Set, out string, formats []string, log io.Writer) error {
	if len(formats) == 0 {
		formats = []string{config.FormatPDF}
	}
	data := func(face string) ([]byte, error) { return fonts.Face(face).Bytes(), nil }
	base := strings.TrimSuffix(out, filepath.Ext(out))
	for _, f := range formats {
		var buf bytes.Buffer
		var err error
		switch f {
		case config.FormatPDF:
			err = pdf.Render(&buf, doc, pdf.NewFonts(data), pdf.Options{Creator: "pingyou", PDFA: true})
		case config.FormatOFD:
			err = ofd.Render(&buf, doc, ofd.NewFonts(data), ofd.Options{Creator: "pingyou"})
		}
		if err != nil {
			return err
		}
		name := base + "." + f
		if err := archive.WriteBytes(name, buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(log, "已排版：%s（%d 页）\n", name, len(doc.Pages))
	}
	return nil
}
