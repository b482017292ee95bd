package main

import (
	"bytes"
	"io"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestHelpAllChinese runs every command's help, the program's help and a
// few usage errors, and fails on any ASCII word of two letters or more that
// is not a command or option name, a file type or the program's name: no
// "show help", "USAGE", "GLOBAL OPTIONS", "Incorrect Usage", "flag provided
// but not defined" … from urfave/cli or Go's flag package.
func TestHelpAllChinese(t *testing.T) {
	app := newApp(io.Discard, io.Discard)
	allowed := map[string]bool{
		"pingyou": true, version: true,
		// file types and names the texts mention
		"YAML": true, "yaml": true, "xlsx": true, "txt": true, "PDF": true, "pdf": true, "OFD": true, "ofd": true, "DOCX": true, "docx": true, "manifest": true, "json": true,
		"GB": true, "PINGYOU_TOKEN": true,
	}
	var cmds []string
	for _, c := range app.Commands {
		cmds = append(cmds, c.Name)
		for _, n := range c.Names() {
			allowed[n] = true
		}
		for _, f := range c.Flags {
			for _, n := range f.Names() {
				allowed[n] = true
			}
		}
	}
	for _, n := range []string{"help", "h", "version", "v"} {
		allowed[n] = true
	}
	type call struct {
		args []string
		code int
	}
	calls := []call{{nil, 0}, {[]string{"-h"}, 0}, {[]string{"--help"}, 0}, {[]string{"help"}, 0}, {[]string{"-v"}, 0}}
	for _, c := range cmds {
		calls = append(calls, call{[]string{"help", c}, 0}, call{[]string{c, "-h"}, 0}, call{[]string{c, "--help"}, 0})
	}
	calls = append(calls,
		call{[]string{"--bogus"}, 2},
		call{[]string{"run", "--bogus", "花名册.xlsx"}, 2},
		call{[]string{"check", "--config"}, 2},
		call{[]string{"serve", "--open=maybe"}, 2},
		call{[]string{"serve", "--addr"}, 2},
		call{[]string{"nosuch"}, 2},
		call{[]string{"help", "nosuch"}, 2},
		call{[]string{"run", "-x"}, 2},
		call{[]string{"verify"}, 2},
		call{[]string{"init"}, 2},
	)
	word := regexp.MustCompile(`[A-Za-z][A-Za-z_]+`)
	for _, c := range calls {
		var out, errb bytes.Buffer
		code := run(append([]string{"pingyou"}, c.args...), &out, &errb)
		all := out.String() + errb.String()
		name := "pingyou " + strings.Join(c.args, " ")
		if code != c.code {
			t.Errorf("%s: exit %d, want %d\n%s", name, code, c.code, all)
		}
		if strings.TrimSpace(all) == "" {
			t.Errorf("%s: no output", name)
		}
		// Option names are what is typed after - or --.
		text := regexp.MustCompile(`--?[a-z][a-z-]*`).ReplaceAllString(all, "")
		var english []string
		typed := map[string]bool{} // what the user typed is echoed
		for _, a := range c.args {
			for _, w := range word.FindAllString(a, -1) {
				typed[w] = true
			}
		}
		for _, w := range word.FindAllString(text, -1) {
			if !allowed[w] && !typed[w] {
				english = append(english, w)
			}
		}
		if len(english) > 0 {
			sort.Strings(english)
			t.Errorf("%s: English words %q in:\n%s", name, english, all)
		}
		if c.code == 0 && !strings.Contains(all, "pingyou") {
			t.Errorf("%s: %q", name, all)
		}
	}
	// The program's help lists every command, each with its Chinese usage.
	var out bytes.Buffer
	run([]string{"pingyou", "help"}, &out, io.Discard)
	for _, c := range cmds {
		if !regexp.MustCompile(`(?m)^   ` + c + `\b.*\p{Han}`).MatchString(out.String()) {
			t.Errorf("help lacks the command %s with its usage:\n%s", c, out.String())
		}
	}
}

// TestHelpPlaceholders: an option says what it takes — a folder for run's
// --out, a PDF file for typeset's — and no backquote leaks into the text.
func TestHelpPlaceholders(t *testing.T) {
	for _, tc := range []struct{ cmd, want string }{
		{"run", "--out 目录, -o 目录\n      输出目录"},
		{"typeset", "--out 文件.pdf, -o 文件.pdf\n      输出的 文件.pdf（默认与输入同名，扩展名 .pdf）"},
	} {
		var out bytes.Buffer
		run([]string{"pingyou", tc.cmd, "--help"}, &out, io.Discard)
		if !strings.Contains(out.String(), tc.want) || strings.Contains(out.String(), "`") {
			t.Errorf("pingyou %s --help lacks %q:\n%s", tc.cmd, tc.want, out.String())
		}
	}
}
