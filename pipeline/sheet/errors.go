package sheet

import (
	"fmt"
	"path/filepath"
)

// FileError says, in one Chinese sentence, why a whole input file could not be
// read (wrong format, encrypted, corrupt, too large, …). Read returns it
// instead of a Dataset; the CLI prints Error() and exits with code 2.
type FileError struct {
	Path string // the path as given
	Msg  string // one sentence that names the file by its base name
}

// Error returns the sentence for staff.
func (e *FileError) Error() string { return e.Msg }

// fileErr builds a FileError whose message starts with the file's base name.
func fileErr(path, format string, args ...any) *FileError {
	return &FileError{Path: path, Msg: filepath.Base(path) + " " + fmt.Sprintf(format, args...)}
}

// Messages for unreadable files. Each is completed by fileErr with the base
// name in front, so each reads as one sentence.
const (
	msgNotFound   = "找不到这个文件，请检查文件名和所在文件夹是否写对。"
	msgIsDir      = "是一个文件夹，不是 Excel 工作簿；请给出文件夹里的工作簿（.xlsx、.xls 或 .et）。"
	msgNoPerm     = "无法打开（没有读取权限或正被其他程序独占），请关闭正在使用它的程序或复制一份后再试。"
	msgEmpty      = "是空文件（0 字节），多半是没有保存成功或复制未完成；请重新保存或重新复制这个文件后再试。"
	msgEncrypted  = "设置了打开密码，本程序无法读取；请在 Excel 或 WPS 中打开它，取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）并保存后再试。"
	msgCSV        = "是 CSV 或纯文本文件，不是 Excel 工作簿；请在 Excel 或 WPS 中打开它并“另存为”Excel 工作簿（.xlsx）再试。"
	msgNotXLSX    = "不是 Excel 或 WPS 工作簿（.xlsx、.xls、.et），无法读取；请确认没有拿错文件，或在 Excel/WPS 中打开后“另存为”.xlsx 再试。"
	msgWordDoc    = "是 Word 文档（只是改了扩展名），不是 Excel 工作簿；请给出 Excel 或 WPS 表格保存的工作簿（.xlsx、.xls 或 .et）。"
	msgPowerPoint = "是 PowerPoint 演示文稿（只是改了扩展名），不是 Excel 工作簿；请给出 Excel 或 WPS 表格保存的工作簿（.xlsx、.xls 或 .et）。"
	msgODS        = "是 OpenDocument 表格（.ods），请在 WPS、Excel 或 LibreOffice 中打开后“另存为”Excel 工作簿（.xlsx）再试。"
	msgNotRegular = "不是普通文件（是%s），无法作为工作簿读取；请给出保存在磁盘上的工作簿文件。"
	msgCorrupt    = "已损坏或不完整（可能是复制、下载或保存没有完成），无法读取；请重新复制原文件，或在 Excel/WPS 中打开修复后“另存为”.xlsx 再试。"
	msgZipBomb    = "解压后过大（超过 %d MB）或压缩比异常，可能是损坏或恶意构造的文件，已拒绝读取；请确认文件来源，重新从 Excel/WPS 另存一份再试。"
	msgTooLarge   = "有 %d MB，超过本程序可读取的 %d MB 上限；请删除无关的工作表和图片后另存再试。"
	msgTooManyRow = "的工作表“%s”有数据或格式一直到第 %d 行，超过本程序能处理的 %d 行；多半是表格下方有大量多余的行，请选中表格下方的多余行整行删除并保存后再试。"
	msgReadFail   = "读取失败（%v），请确认文件没有损坏后再试。"
)
