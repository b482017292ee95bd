package pipeline

import (
	"fmt"
	"os"
	"path/filepath"

	"pingyou/pipeline/config"
	"pingyou/pipeline/fontkit"
	"pingyou/pipeline/oserr"
	"pingyou/templates"
)

// fontDirs lists where fonts are looked for, in order: the config, the
// PINGYOU_FONTS environment variable, fonts/ beside the program (and one
// level up, for bin/pingyou in a source checkout), then ./fonts.
func fontDirs(cfg *config.Config) []string {
	var dirs []string
	if cfg.Fonts.Dir != "" {
		d := cfg.Fonts.Dir
		if !filepath.IsAbs(d) && cfg.Dir != "" {
			d = filepath.Join(cfg.Dir, d)
		}
		return []string{d}
	}
	if env := os.Getenv("PINGYOU_FONTS"); env != "" {
		dirs = append(dirs, env)
	}
	if exe, err := os.Executable(); err == nil {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		dirs = append(dirs, filepath.Join(filepath.Dir(exe), "fonts"), filepath.Join(filepath.Dir(exe), "..", "fonts"))
	}
	return append(dirs, "fonts")
}

// loadFonts finds the font folder holding the config's faces and parses them.
func loadFonts(cfg *config.Config) (*fontkit.Set, error) {
	dirs := fontDirs(cfg)
	var firstErr error
	for _, d := range dirs {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			continue
		}
		set, err := fontkit.Load(d, cfg.Fonts.Faces)
		if err == nil {
			return set, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, fmt.Errorf("找不到字体目录（找过：%v）。请把 fonts 目录放在 pingyou 程序旁边，或在配置 fonts.dir 中指定", dirs)
}

// templateBytes reads a template: from the config's templates folder when it
// has the file, else the built-in one.
func templateBytes(cfg *config.Config, name string) ([]byte, error) {
	if dir := cfg.Unit.Templates; dir != "" {
		if !filepath.IsAbs(dir) && cfg.Dir != "" {
			dir = filepath.Join(cfg.Dir, dir)
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil {
			return b, nil
		}
		if !os.IsNotExist(err) {
			return nil, fmt.Errorf("读取模板 %s 失败：%s", name, oserr.Why(err))
		}
	}
	b, err := templates.FS.ReadFile(filepath.ToSlash(name))
	if err != nil {
		return nil, fmt.Errorf("找不到模板 %s", name)
	}
	return b, nil
}

// imageBytes reads an image named in the config, relative to the config file.
func imageBytes(cfg *config.Config, path string) ([]byte, error) {
	if !filepath.IsAbs(path) && cfg.Dir != "" {
		path = filepath.Join(cfg.Dir, path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("读取印章图片 %s 失败：%s", path, oserr.Why(err))
	}
	return b, nil
}
