// Command pingyou runs a year-end evaluation batch: it reads the rosters and
// assessment workbooks, decides grades and commendations by the configured
// scheme, and writes the notices, certificates, summary workbook and an
// archive manifest.
//
// Exit codes: 0 success, 1 problems in the input workbooks (a department:
// units without results), 2 usage or system error, 3 a department's units
// all generated but some over its limits.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"github.com/urfave/cli/v2"

	"pingyou/pipeline"
	"pingyou/pipeline/config"
	"pingyou/pipeline/dept"
)

// version is set by the Makefile (-ldflags "-X main.version=…").
var version = "dev"

// memoryLimit is the default soft limit for the Go heap: the garbage collector
// works harder as the heap nears it instead of letting it double, so that the
// largest batches stay within the memory issue 10 asks for (make bench
// measures it). It is soft: a batch that needs more still runs, with more
// collections. GOMEMLIMIT overrides it.
const memoryLimit = 768 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	// PINGYOU_CPUPROFILE=FILE profiles the whole command (issue 10; DEVELOPERS.md).
	if path := os.Getenv("PINGYOU_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			code := run(os.Args, os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	err := app.Run(args)
	if err == nil {
		return 0
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) {
		if msg := ec.Error(); msg != "" {
			fmt.Fprintln(stderr, msg)
		}
		return ec.ExitCode()
	}
	fmt.Fprintln(stderr, "错误："+pipeline.Message(err))
	return 2
}

func newApp(stdout, stderr io.Writer) *cli.App {
	configFlag := &cli.StringFlag{Name: "config", Aliases: []string{"c"}, TakesFile: true,
		Usage: "配置文件（YAML）；不指定时依次找工作簿所在文件夹、当前文件夹中的 pingyou.yaml，都没有则用内置示例方案（单位信息须填在花名册的“单位信息”表中）"}
	sampleFlag := &cli.BoolFlag{Name: "sample", Usage: "用内置的示例单位（中共江城师范学院委员会）和示例方案试用；也可写 --config 示例"}
	outFlag := &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "输出目录", Value: ""}
	lastYearFlag := &cli.StringFlag{Name: "last-year", TakesFile: true,
		Usage: "上年用 pingyou 生成的输出目录（其中有评议结果汇总表.xlsx 和 manifest.json）：与上年的结果对比，写进汇总表和各支部通知（也可写在配置文件中）"}
	stageFlag := &cli.StringFlag{Name: "stage",
		Usage: "只生成拟表彰对象公示（表彰决定之前；不需要发文字号、成文日期，默认输出到“输出目录-公示”）；不写则生成全部结果，填了公示开始日期时其中也有公示"}
	app := &cli.App{
		Name:         "pingyou",
		Usage:        "评优：民主评议党员、评选表彰的批量计算与公文、证书排版",
		Version:      version,
		Writer:       stdout,
		ErrWriter:    stderr,
		OnUsageError: usageError,
		// urfave/cli adds -h only with its own help command; ours replaces it.
		Flags: []cli.Flag{cli.HelpFlag},
		// Without a command: the help; with one pingyou does not have: say so.
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return unknownCommand(c.App, c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
		// run() maps errors to exit codes; cli must not exit the process itself.
		ExitErrHandler: func(*cli.Context, error) {},
		Commands: []*cli.Command{
			{
				Name:      "run",
				Usage:     "检查输入并生成全部结果（汇总表、表彰决定、通知、证书、清单）；给出部门文件夹时逐个单位生成并汇总",
				ArgsUsage: "工作簿.xlsx… | 单位文件夹 | 部门文件夹 | 部门.yaml",
				Flags: []cli.Flag{configFlag, sampleFlag, outFlag, lastYearFlag, &cli.BoolFlag{Name: "force",
					Usage: "输出目录里是另一批次的结果时也替换（只替换上次清单中列出的文件；目录中有其他文件、或输入文件在其中时不替换）"},
					&cli.StringFlag{Name: "unit", Usage: "部门：只生成这一个单位（文件夹名），结果在输出目录的“单位/文件夹名”中，供多台机器分头生成"},
					&cli.BoolFlag{Name: "summary-only", Usage: "部门：不生成各单位，只核对输出目录“单位/”中各单位已有的结果并汇总（各单位在别处分头生成时）"},
					&cli.IntFlag{Name: "jobs", Value: 1, Usage: "部门：同时生成的单位数（每多一个，内存约多用一个最大单位的量）"}},
				OnUsageError: usageError,
				Action: func(c *cli.Context) error {
					if err := optionsLast(c); err != nil {
						return err
					}
					if isDepartment(c) && c.String("last-year") != "" {
						return cli.Exit("--last-year 只用于一个单位的工作簿（或单位文件夹）：部门批次暂不与上年对比", 2)
					}
					if isDepartment(c) {
						return deptRun(c)
					}
					if err := notDepartment(c); err != nil {
						return err
					}
					opt, err := options(c)
					if err != nil {
						return err
					}
					opt.Force = c.Bool("force")
					return exit(pipeline.Run(opt))
				},
			},
			{
				Name:         "check",
				Usage:        "只检查输入工作簿，列出问题并写出标注了问题单元格的副本；给出部门文件夹时检查每个单位",
				ArgsUsage:    "工作簿.xlsx… | 单位文件夹 | 部门文件夹 | 部门.yaml",
				Flags:        []cli.Flag{configFlag, sampleFlag, outFlag, lastYearFlag},
				OnUsageError: usageError,
				Action: func(c *cli.Context) error {
					if err := optionsLast(c); err != nil {
						return err
					}
					if isDepartment(c) && c.String("last-year") != "" {
						return cli.Exit("--last-year 只用于一个单位的工作簿（或单位文件夹）：部门批次暂不与上年对比", 2)
					}
					if isDepartment(c) {
						opt, err := deptOptions(c)
						if err != nil {
							return err
						}
						_, err = dept.Check(opt)
						return exit(err)
					}
					opt, err := options(c)
					if err != nil {
						return err
					}
					return exit(pipeline.Check(opt))
				},
			},
			{
				Name:         "units",
				Usage:        "列出部门的各单位（文件夹名，每行一个），供作业调度系统逐个运行 run --unit",
				ArgsUsage:    "部门文件夹 | 部门.yaml",
				OnUsageError: usageError,
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return cli.Exit("用法：pingyou units 部门文件夹", 2)
					}
					p, err := dept.Open(c.Args().First())
					if err != nil {
						return exit(err)
					}
					for _, u := range p.Units {
						fmt.Fprintln(c.App.Writer, u.Folder)
					}
					return nil
				},
			},
			{
				Name:         "init",
				Usage:        "在目录中写出空白的花名册、测评表模板和示例配置文件",
				ArgsUsage:    "目录",
				Flags:        []cli.Flag{configFlag},
				OnUsageError: usageError,
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return cli.Exit("用法：pingyou init 目录", 2)
					}
					cfg, err := initConfig(c.String("config"))
					if err != nil {
						return exit(err)
					}
					return exit(pipeline.Init(c.Args().First(), cfg, c.App.Writer))
				},
			},
			{
				Name:      "typeset",
				Usage:     "把纯文本公文按 GB/T 9704-2012 排成 PDF（或 OFD）",
				ArgsUsage: "公文.txt",
				Flags: []cli.Flag{configFlag,
					&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "输出的 `文件.pdf`（默认与输入同名，扩展名 .pdf）"},
					&cli.StringFlag{Name: "mark", Usage: "发文机关标志（红头），如“中共某某委员会文件”；不给则不印红头"},
					&cli.StringFlag{Name: "format", Value: "pdf", Usage: "输出格式：pdf、ofd 或 pdf,ofd（OFD 与 PDF 同名，扩展名 .ofd）"}},
				OnUsageError: usageError,
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return cli.Exit("用法：pingyou typeset [-o 输出.pdf] 公文.txt", 2)
					}
					in := c.Args().First()
					cfg, _, err := pipeline.FindConfig(pipeline.Settings{Config: c.String("config"), Search: []string{filepath.Dir(in), "."}})
					if err != nil {
						return exit(err)
					}
					return exit(pipeline.Typeset(c.Args().First(), c.String("out"), c.String("mark"), cfg, c.App.ErrWriter,
						strings.Split(c.String("format"), ",")...))
				},
			},
			{
				Name:         "verify",
				Usage:        "按 manifest.json 重新计算每个文件的校验值，报告缺失、多出和被改动的文件",
				ArgsUsage:    "输出目录",
				OnUsageError: usageError,
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return cli.Exit("用法：pingyou verify 输出目录", 2)
					}
					return exit(pipeline.Verify(c.Args().First(), c.App.Writer))
				},
			},
			serveCommand(),
			{
				Name:  "version",
				Usage: "显示版本",
				Action: func(c *cli.Context) error {
					fmt.Fprintln(c.App.Writer, "pingyou "+version)
					return nil
				},
			},
			helpCommand(), // help.go: in place of urfave/cli's English one
		},
	}
	for _, c := range app.Commands {
		// No `pingyou run help` subcommand (urfave/cli's, in English); -h stays.
		c.HideHelpCommand = true
		if c.OnUsageError == nil {
			c.OnUsageError = usageError
		}
		if c.Name == "run" || c.Name == "check" {
			c.Flags = append(c.Flags, stageFlag) // the 公示 alone, before the decision
		}
	}
	return app
}

// initConfig is the config whose scheme sets the templates' score columns:
// the named file, else the built-in scheme.
func initConfig(path string) (*config.Config, error) {
	switch path {
	case "":
		return config.Builtin(), nil
	case pipeline.SampleName:
		return config.Default(), nil
	}
	return config.Load(path)
}

func options(c *cli.Context) (pipeline.Options, error) {
	if c.NArg() == 0 {
		return pipeline.Options{}, cli.Exit(fmt.Sprintf("请给出要处理的工作簿，例如：pingyou %s 花名册.xlsx 测评表.xlsx", c.Command.Name), 2)
	}
	if c.Bool("sample") && c.String("config") != "" {
		return pipeline.Options{}, cli.Exit("--sample 和 --config 只能用一个：--sample 就是内置的示例配置", 2)
	}
	stage, ok := config.ParseStage(c.String("stage"))
	if !ok {
		return pipeline.Options{}, cli.Exit(fmt.Sprintf("不认识的 --stage %s：可写 --stage %s（只生成拟表彰对象公示）；不写则生成全部", c.String("stage"), config.StagePublicityName), 2)
	}
	inputs := c.Args().Slice()
	if len(inputs) == 1 {
		// A unit's folder: the workbooks in it.
		if fi, err := os.Stat(inputs[0]); err == nil && fi.IsDir() {
			books, err := dept.Workbooks(inputs[0])
			if err != nil {
				return pipeline.Options{}, exit(err)
			}
			inputs = books
		}
	}
	opt := pipeline.Options{Settings: pipeline.CLISettings(c.String("config"), c.Bool("sample"), inputs),
		Inputs: inputs, Stage: stage, OutDir: c.String("out"), Log: c.App.ErrWriter, Program: "pingyou " + version,
		LastYear: c.String("last-year")}
	if c.App.ErrWriter == os.Stderr {
		opt.Progress = pipeline.NewProgressFor(os.Stderr)
		opt.Log = opt.Progress
	}
	return opt, nil
}

// exit maps pipeline errors to exit codes: input problems 1, a
// department's units over its limits 3, others 2.
func exit(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, pipeline.ErrInput) {
		return cli.Exit(err.Error(), 1)
	}
	if errors.Is(err, dept.ErrLimits) {
		return cli.Exit(err.Error(), 3)
	}
	return cli.Exit("错误："+pipeline.Message(err), 2)
}

// isDepartment reports whether run or check was given a department: one
// folder holding units (or a 部门.yaml), or a department config file.
func isDepartment(c *cli.Context) bool {
	return c.NArg() == 1 && dept.IsDepartment(c.Args().First())
}

// optionsLast refuses options written after a department's folder, which
// urfave/cli takes as more arguments: `run 部门 -o 结果`.
func optionsLast(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) < 2 || !dept.IsDepartment(args[0]) {
		return nil
	}
	for _, a := range args[1:] {
		if strings.HasPrefix(a, "-") {
			return cli.Exit(fmt.Sprintf("选项要写在部门文件夹前面（%s 写在了 %s 后面）：如 pingyou %s -o 输出目录 %s", a, args[0], c.Command.Name, args[0]), 2)
		}
	}
	return nil
}

// notDepartment refuses the department's options for a single batch.
func notDepartment(c *cli.Context) error {
	for _, f := range []string{"unit", "summary-only"} {
		if c.IsSet(f) {
			return cli.Exit(fmt.Sprintf("--%s 只用于部门汇总：请给出部门文件夹（每个单位一个子文件夹）或部门配置文件 部门.yaml", f), 2)
		}
	}
	return nil
}

func deptOptions(c *cli.Context) (dept.Options, error) {
	if c.IsSet("config") || c.Bool("sample") {
		return dept.Options{}, cli.Exit("部门汇总不用 --config、--sample：各单位的配置放在单位文件夹中（pingyou.yaml），或在部门配置文件 部门.yaml 的 config 中指定共用的", 2)
	}
	opt := dept.Options{Path: c.Args().First(), OutDir: c.String("out"), Log: c.App.ErrWriter, Program: "pingyou " + version}
	if c.App.ErrWriter == os.Stderr {
		opt.Progress = pipeline.NewProgressFor(os.Stderr)
		opt.Log = opt.Progress
	}
	return opt, nil
}

// deptRun is run over a department: every unit and the summary, one unit
// (--unit), or the summary of units produced elsewhere (--summary-only).
func deptRun(c *cli.Context) error {
	opt, err := deptOptions(c)
	if err != nil {
		return err
	}
	opt.Force = c.Bool("force")
	opt.Jobs = c.Int("jobs")
	if opt.Jobs < 1 || opt.Jobs > 64 {
		return cli.Exit(fmt.Sprintf("--jobs 应为 1 到 64 之间的整数（值：%d）", opt.Jobs), 2)
	}
	switch unit := c.String("unit"); {
	case unit != "" && c.Bool("summary-only"):
		return cli.Exit("--unit 和 --summary-only 只能用一个：先用 --unit 逐个生成各单位，再用 --summary-only 汇总", 2)
	case unit != "":
		return exit(dept.RunUnit(opt, unit))
	case c.Bool("summary-only"):
		_, err = dept.Merge(opt)
	default:
		_, err = dept.Run(opt)
	}
	return exit(err)
}
