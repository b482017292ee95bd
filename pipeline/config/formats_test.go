package config

import (
	"strings"
	"testing"
)

func TestOutputFormats(t *testing.T) {
	d := Default()
	if !d.Output.Wants(FormatPDF) || !d.Output.Wants(FormatDOCX) || d.Output.Wants(FormatOFD) {
		t.Errorf("the default config should write pdf and docx, not ofd: %v", d.Output.Formats)
	}
	if (Output{}).Wants(FormatOFD) || !(Output{}).Wants(FormatDOCX) {
		t.Error("an empty formats list should mean pdf and docx")
	}
	if o := (Output{Formats: []string{"pdf", "ofd"}}); !o.Wants(FormatOFD) || o.Wants(FormatDOCX) {
		t.Error("formats [pdf, ofd]")
	}
	base := string(DefaultBytes())
	for yaml, want := range map[string]string{
		"[pdf, docx, ofd]": "",
		"[pdf, rtf]":       "output.formats：不认识的格式 rtf",
		"[ofd]":            "必须包含 pdf",
	} {
		_, err := Parse([]byte(strings.Replace(base, "formats: [pdf, docx]", "formats: "+yaml, 1)), "t.yaml", "")
		if want == "" && err != nil || want != "" && (err == nil || !strings.Contains(err.Error(), want)) {
			t.Errorf("formats %s: %v, want %q", yaml, err, want)
		}
	}
}
