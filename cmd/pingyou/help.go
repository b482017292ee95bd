package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"
)

// The command line speaks Chinese throughout, its help included: urfave/cli's
// help templates, its -h and -v flags, the way it prints a flag, its version
// line and the flag package's usage errors are all replaced here. Only
// command and option names stay as typed (run, --config).

func init() {
	cli.AppHelpTemplate = `名称：
   {{template "helpNameTemplate" .}}

用法：
   {{.HelpName}} 命令 [选项] [文件…]{{if .Version}}{{if not .HideVersion}}

版本：
   {{.Version}}{{end}}{{end}}{{if .Description}}

说明：
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleCommands}}

命令：{{template "visibleCommandCategoryTemplate" .}}{{end}}{{if .VisibleFlags}}

全局选项：{{template "visibleFlagTemplate" .}}{{end}}

运行 {{.HelpName}} help 命令（如 {{.HelpName}} help run）查看一个命令的用法。
`
	cli.CommandHelpTemplate = commandHelp
	cli.SubcommandHelpTemplate = commandHelp
	cli.HelpFlag = &cli.BoolFlag{Name: "help", Aliases: []string{"h"}, Usage: "显示用法", DisableDefaultText: true}
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Aliases: []string{"v"}, Usage: "显示版本", DisableDefaultText: true}
	cli.FlagStringer = flagString
	cli.VersionPrinter = func(c *cli.Context) { fmt.Fprintln(c.App.Writer, "pingyou "+c.App.Version) }
}

// commandHelp is the help of one command.
const commandHelp = `名称：
   {{template "helpNameTemplate" .}}

用法：
   {{.HelpName}}{{if .VisibleFlags}} [选项]{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{end}}{{if .Description}}

说明：
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleFlags}}

选项：{{template "visibleFlagTemplate" .}}{{end}}
`

// placeholders name what an option takes, by option name.
var placeholders = map[string]string{
	"config":    "配置.yaml",
	"out":       "目录",
	"mark":      "红头",
	"addr":      "地址:端口",
	"data":      "目录",
	"token":     "口令",
	"unit":      "单位文件夹名",
	"jobs":      "个数",
	"stage":     "公示",
	"last-year": "上年的输出目录",
}

// flagString prints an option in help: its names with what it takes, what
// it does, its default and its environment variable.
func flagString(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	names := df.Names()
	ph, usage := "", df.GetUsage()
	if df.TakesValue() {
		// A usage may name what it takes in backquotes, as urfave/cli reads
		// them ("输出的 `PDF 文件`"): that beats the placeholder by name.
		if ph, usage = unquoteUsage(usage); ph == "" {
			ph = placeholders[names[0]]
		}
		if ph == "" {
			ph = "值"
		}
	}
	var parts []string
	for _, n := range names {
		p := "--" + n
		if len(n) == 1 {
			p = "-" + n
		}
		if ph != "" {
			p += " " + ph
		}
		parts = append(parts, p)
	}
	if df.TakesValue() {
		if d := strings.Trim(df.GetDefaultText(), `"`); d != "" {
			usage += "（默认：" + d + "）"
		}
	}
	if env := df.GetEnvVars(); len(env) > 0 {
		usage += "（也可用环境变量 " + strings.Join(env, "、") + " 给出）"
	}
	// Names on one line, what the option does under them: a tab would align
	// the columns by counting a Han character as one column, not two.
	return strings.Join(parts, ", ") + "\n" + usage
}

// helpCommand is `pingyou help [命令]`, in place of urfave/cli's.
func helpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     "显示用法；pingyou help 命令 显示一个命令的用法",
		ArgsUsage: "[命令]",
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.ShowAppHelp(c)
			}
			name := c.Args().First()
			if c.App.Command(name) == nil {
				return unknownCommand(c.App, name)
			}
			return cli.ShowCommandHelp(c, name)
		},
	}
}

// unknownCommand is the error for a command pingyou does not have.
func unknownCommand(app *cli.App, name string) error {
	var names []string
	for _, c := range app.Commands {
		if !c.Hidden {
			names = append(names, c.Name)
		}
	}
	return cli.Exit(fmt.Sprintf("没有“%s”这个命令。可用的命令：%s（运行 pingyou help 查看用法）", name, strings.Join(names, "、")), 2)
}

// Usage errors of Go's flag package, which urfave/cli passes on.
var flagErrors = []struct {
	re  *regexp.Regexp
	say string // with $1, $2 … from re
}{
	{regexp.MustCompile(`^flag provided but not defined: -+(\S+)$`), "没有 --$1 这个选项"},
	{regexp.MustCompile(`^flag needs an argument: -+(\S+)$`), "选项 --$1 后面要写一个值"},
	{regexp.MustCompile(`^invalid boolean value "(.*)" for -+(\S+):.*$`), "选项 --$2 不用写值，写了“$1”"},
	{regexp.MustCompile(`^invalid boolean flag (\S+):.*$`), "选项 --$1 不用写值"},
	{regexp.MustCompile(`^invalid value "(.*)" for flag -+(\S+):.*$`), "选项 --$2 的值“$1”不对"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "选项的写法不对：$1"},
}

// usageError is every command's OnUsageError: the flag package's message
// in Chinese, exit code 2.
func usageError(c *cli.Context, err error, _ bool) error {
	msg := err.Error()
	for _, fe := range flagErrors {
		if m := fe.re.FindStringSubmatchIndex(msg); m != nil {
			msg = string(fe.re.ExpandString(nil, fe.say, msg, m))
			break
		}
	}
	return cli.Exit(fmt.Sprintf("命令行参数有误：%s（运行 pingyou help 查看用法）", msg), 2)
}

// unquoteUsage splits "输出的 `PDF 文件`" into the placeholder and the usage
// without backquotes, as urfave/cli does (its helper is unexported).
func unquoteUsage(usage string) (placeholder, text string) {
	i := strings.IndexByte(usage, '`')
	if i < 0 {
		return "", usage
	}
	j := strings.IndexByte(usage[i+1:], '`')
	if j < 0 {
		return "", usage
	}
	name := usage[i+1 : i+1+j]
	return name, usage[:i] + name + usage[i+2+j:]
}
