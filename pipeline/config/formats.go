package config

import (
	"fmt"
	"slices"
	"strings"
)

// Document formats (output.formats).
const (
	FormatPDF  = "pdf"  // PDF/A-2a, the record: always written
	FormatDOCX = "docx" // the notices' editable copy
	FormatOFD  = "ofd"  // GB/T 33190-2016, beside the PDF of notices and certificates
)

// DefaultFormats are written when output.formats is empty.
var DefaultFormats = []string{FormatPDF, FormatDOCX}

// Wants reports whether format is among the output formats.
func (o Output) Wants(format string) bool {
	if len(o.Formats) == 0 {
		return slices.Contains(DefaultFormats, format)
	}
	return slices.Contains(o.Formats, format)
}

// formatProblems says what is wrong with output.formats (validate adds
// the line and key).
func (o Output) formatProblems() []string {
	var problems []string
	for _, f := range o.Formats {
		if f != FormatPDF && f != FormatDOCX && f != FormatOFD {
			problems = append(problems, fmt.Sprintf("不认识的格式 %s：可写 pdf、docx、ofd", f))
		}
	}
	if len(o.Formats) > 0 && !slices.Contains(o.Formats, FormatPDF) {
		problems = append(problems, fmt.Sprintf("必须包含 pdf：PDF 是存档的正式文本（值：%s）", strings.Join(o.Formats, ", ")))
	}
	return problems
}

// Add adds format to the output formats (the defaults first, if none are
// listed), unless it is there.
func (o *Output) Add(format string) {
	if o.Wants(format) {
		return
	}
	if len(o.Formats) == 0 {
		o.Formats = append([]string(nil), DefaultFormats...)
	}
	o.Formats = append(o.Formats, format)
}
