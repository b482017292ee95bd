package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"pingyou/cmd/internal/web"
	"pingyou/pipeline"
)

// serveCommand is `pingyou serve`: the local web app (cmd/internal/web).
func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "启动本机网页版：在浏览器里上传工作簿、检查、生成并下载结果",
		Description: "默认只在本机 127.0.0.1:8080 上提供服务，用浏览器打开显示的地址即可。\n" +
			"上传的文件和结果保存在数据目录中（默认是程序旁的 pingyou-data 目录，不能写入时用用户配置目录下的 pingyou），重启后仍在。\n" +
			"要让局域网内其他电脑访问，用 --addr 0.0.0.0:8080；此时必须凭启动时显示的访问口令打开页面。",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Usage: "监听地址（主机:端口）", Value: "127.0.0.1:8080"},
			&cli.StringFlag{Name: "data", Usage: "数据目录（保存各批次的上传文件和结果）", TakesFile: true},
			&cli.StringFlag{Name: "token", Usage: "访问口令（至少 16 个字符）；监听非本机地址时不给则自动生成", EnvVars: []string{"PINGYOU_TOKEN"}},
			&cli.BoolFlag{Name: "open", Usage: "启动后用默认浏览器打开页面"},
		},
		OnUsageError: usageError,
		Action: func(c *cli.Context) error {
			addr, token := c.String("addr"), c.String("token")
			if !web.IsLoopback(addr) && token == "" {
				token = web.NewToken()
			}
			srv, err := web.New(web.Config{Addr: addr, DataDir: c.String("data"), Token: token,
				Program: "pingyou " + version, Log: c.App.ErrWriter})
			if err != nil {
				return cli.Exit("错误："+pipeline.Message(err), 2)
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return cli.Exit(fmt.Sprintf("错误：无法在 %s 上监听：%v（端口可能已被占用，可用 --addr 换一个端口）", addr, err), 2)
			}
			w := c.App.Writer
			fmt.Fprintf(w, "pingyou 网页版已启动，请用浏览器打开：%s\n", srv.URL(ln))
			if token != "" {
				fmt.Fprintf(w, "访问口令：%s（地址中已包含；请只告诉需要使用的同事）\n", token)
			}
			fmt.Fprintf(w, "数据目录：%s\n按 Ctrl+C 停止（关闭这个窗口也会停止）。\n", srv.Config().DataDir)
			if c.Bool("open") {
				if err := openBrowser(srv.URL(ln)); err != nil {
					fmt.Fprintf(w, "无法自动打开浏览器（%v），请手动打开上面的地址。\n", err)
				}
			}
			stop := make(chan os.Signal, 1)
			signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
			go func() {
				<-stop
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				srv.Shutdown(ctx)
			}()
			if err := srv.Serve(ln); err != nil {
				return cli.Exit("错误："+pipeline.Message(err), 2)
			}
			return nil
		},
	}
}

// openBrowser asks the desktop to open url in the default browser.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}
