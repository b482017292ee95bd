// Package oserr says what went wrong with a file in Chinese. Operating-system
// errors reach users through many layers (reading a workbook, writing the
// output folder, loading a config); Describe translates a wrapped error where
// it is formatted, and Translate rewrites what is left of Go's English
// ("open …: no such file or directory") in a finished message, at the edge.
package oserr

import (
	"errors"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"
	"syscall"
)

// reasons maps errors, tested with errors.Is in order, to Chinese.
var reasons = []struct {
	err error
	zh  string
}{
	{fs.ErrNotExist, "不存在（请检查路径和文件名是否写对）"},
	{fs.ErrPermission, "没有权限（文件或文件夹可能是只读的，或正被其他程序占用）"},
	{fs.ErrExist, "已经存在"},
	{syscall.ENOTDIR, "路径中有一段不是文件夹（同名的文件挡住了路径）"},
	{syscall.EISDIR, "是文件夹，不是文件"},
	{syscall.ENOSPC, "磁盘空间不足"},
	{syscall.EROFS, "所在磁盘是只读的"},
	{syscall.ENAMETOOLONG, "路径或文件名太长"},
	{syscall.ENOTEMPTY, "文件夹不是空的"},
	{syscall.EBUSY, "正被其他程序使用"},
	{syscall.EMFILE, "同时打开的文件太多"},
	{syscall.EXDEV, "不能跨磁盘移动"},
	{syscall.EIO, "磁盘读写出错（磁盘、U 盘或网络盘可能有故障）"},
	{syscall.ELOOP, "符号链接循环"},
	{syscall.EDQUOT, "超出磁盘配额"},
	{syscall.EFBIG, "文件太大"},
	{syscall.EINVAL, "参数无效（文件名中可能有不允许的字符）"},
}

// Reason says in Chinese why an operating-system error happened, without
// the path; "" when err is not one it knows.
func Reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return r.zh
		}
	}
	return platformReason(err)
}

// Why is Reason, or the translated message when the reason is not known;
// for messages that name the path already.
func Why(err error) string {
	if r := Reason(err); r != "" {
		return r
	}
	return Translate(err.Error())
}

// Describe is "path：reason" for a file error, the reason alone when the
// error has no path, and Translate(err.Error()) for other errors.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	reason := Reason(err)
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case reason != "" && errors.As(err, &le):
		return le.Old + " → " + le.New + "：" + reason
	case reason != "" && errors.As(err, &pe):
		return pe.Path + "：" + reason
	case reason != "":
		return reason
	}
	return Translate(err.Error())
}

// English errno texts as Go prints them on Unix, with their Chinese.
var errnoTexts = map[string]string{
	"no such file or directory":         "不存在（请检查路径和文件名是否写对）",
	"not a directory":                   "路径中有一段不是文件夹（同名的文件挡住了路径）",
	"is a directory":                    "是文件夹，不是文件",
	"permission denied":                 "没有权限（文件或文件夹可能是只读的，或正被其他程序占用）",
	"operation not permitted":           "不允许这样操作（没有权限）",
	"file exists":                       "已经存在",
	"directory not empty":               "文件夹不是空的",
	"no space left on device":           "磁盘空间不足",
	"read-only file system":             "所在磁盘是只读的",
	"file name too long":                "路径或文件名太长",
	"device or resource busy":           "正被其他程序使用",
	"text file busy":                    "正被其他程序使用",
	"too many open files":               "同时打开的文件太多",
	"invalid cross-device link":         "不能跨磁盘移动",
	"input/output error":                "磁盘读写出错（磁盘、U 盘或网络盘可能有故障）",
	"too many levels of symbolic links": "符号链接循环",
	"disk quota exceeded":               "超出磁盘配额",
	"file too large":                    "文件太大",
	"invalid argument":                  "参数无效（文件名中可能有不允许的字符）",
	"bad file descriptor":               "文件已关闭或无效",
	"no such device or address":         "设备不存在（命名管道等特殊文件没有对端）",
	"broken pipe":                       "管道已断开",
	"stale NFS file handle":             "网络盘上的文件已失效，请重新打开文件夹",
	"file already closed":               "文件已关闭",
	"resource temporarily unavailable":  "暂时无法使用，请稍后再试",
	"interrupted system call":           "操作被中断",
	// Windows, English edition (other editions print the system's language).
	"The system cannot find the file specified.":                                      "不存在（请检查路径和文件名是否写对）",
	"The system cannot find the path specified.":                                      "路径不存在（请检查文件夹是否写对）",
	"Access is denied.":                                                               "没有权限（文件或文件夹可能是只读的，或正被其他程序占用）",
	"The process cannot access the file because it is being used by another process.": "正被其他程序打开（如 Excel、WPS、Word），请先关闭它",
	"There is not enough space on the disk.":                                          "磁盘空间不足",
	"The directory name is invalid.":                                                  "不是有效的文件夹名",
	"The filename, directory name, or volume label syntax is incorrect.":              "文件名中有不允许的字符",
}

var (
	errnoAlt = func() string {
		var alts []string
		for k := range errnoTexts {
			alts = append(alts, regexp.QuoteMeta(k))
		}
		// Longest first, so "invalid cross-device link" wins over a shorter text.
		sort.Slice(alts, func(i, j int) bool {
			if len(alts[i]) != len(alts[j]) {
				return len(alts[i]) > len(alts[j])
			}
			return alts[i] < alts[j]
		})
		return strings.Join(alts, "|")
	}()
	// "open /a/b: no such file or directory", "rename a b: file exists"
	opRE   = regexp.MustCompile(`\b(?:open|stat|lstat|mkdir|mkdirat|rename|remove|unlinkat|unlink|read|write|readdirent|fdopendir|openat|chmod|chown|sync|fsync|close|fstat|flock|seek|truncate|readlink|symlink|link|chdir|getwd|CreateFile|GetFileAttributesEx|FindFirstFile|MoveFileEx|RemoveDirectory|DeleteFile|CreateDirectory) (.+?): (` + errnoAlt + `)`)
	bareRE = regexp.MustCompile(`\b(` + errnoAlt + `)\b`)
)

// Translate rewrites the English operating-system fragments Go leaves in a
// message ("open x.xlsx: no such file or directory" → "x.xlsx：不存在…").
func Translate(msg string) string {
	msg = opRE.ReplaceAllStringFunc(msg, func(m string) string {
		sub := opRE.FindStringSubmatch(m)
		return sub[1] + "：" + errnoTexts[sub[2]]
	})
	return bareRE.ReplaceAllStringFunc(msg, func(m string) string { return errnoTexts[m] })
}
