package oserr

import (
	"errors"

	"golang.org/x/sys/windows"
)

// Windows reports these with its own codes (and messages in the system's
// language); the common ones are said the same way as on other systems.
var windowsReasons = []struct {
	errno windows.Errno
	zh    string
}{
	{windows.ERROR_DIRECTORY, "不是有效的文件夹名"},
	{windows.ERROR_DISK_FULL, "磁盘空间不足"},
	{windows.ERROR_HANDLE_DISK_FULL, "磁盘空间不足"},
	{windows.ERROR_WRITE_PROTECT, "所在磁盘是写保护的（只读）"},
	{windows.ERROR_SHARING_VIOLATION, "正被其他程序打开（如 Excel、WPS、Word），请先关闭它"},
	{windows.ERROR_LOCK_VIOLATION, "正被其他程序锁定，请先关闭使用它的程序"},
	{windows.ERROR_FILENAME_EXCED_RANGE, "路径或文件名太长"},
	{windows.ERROR_DIR_NOT_EMPTY, "文件夹不是空的"},
	{windows.ERROR_INVALID_NAME, "文件名中有不允许的字符"},
	{windows.ERROR_NOT_READY, "设备没有就绪（U 盘或光盘是否已插好？）"},
}

func platformReason(err error) string {
	var e windows.Errno
	if !errors.As(err, &e) {
		return ""
	}
	for _, r := range windowsReasons {
		if e == r.errno {
			return r.zh
		}
	}
	return ""
}
