package main

import "strconv"

// Data tables for realistic people and organisations. Frequencies are rough
// orders of magnitude from published surname statistics, not exact figures.

// schoolName is the sample unit's school (中共江城师范学院委员会).
const schoolName = "江城师范学院"

// surnames with weights (per ten thousand, approximate).
var surnameTable = []struct {
	s string
	w int
}{
	{"王", 720}, {"李", 710}, {"张", 690}, {"刘", 540}, {"陈", 470}, {"杨", 320}, {"黄", 230},
	{"赵", 210}, {"吴", 200}, {"周", 190}, {"徐", 130}, {"孙", 120}, {"马", 120}, {"朱", 110},
	{"胡", 100}, {"郭", 100}, {"何", 90}, {"高", 90}, {"林", 90}, {"罗", 80}, {"郑", 80},
	{"梁", 70}, {"谢", 60}, {"宋", 60}, {"唐", 60}, {"许", 50}, {"韩", 50}, {"冯", 50},
	{"邓", 50}, {"曹", 50}, {"彭", 50}, {"曾", 50}, {"肖", 50}, {"田", 50}, {"董", 40},
	{"袁", 40}, {"潘", 40}, {"于", 40}, {"蒋", 40}, {"蔡", 40}, {"余", 40}, {"杜", 40},
	{"叶", 40}, {"程", 40}, {"苏", 30}, {"魏", 30}, {"吕", 30}, {"丁", 30}, {"任", 30},
	{"沈", 30}, {"姚", 30}, {"卢", 30}, {"姜", 30}, {"崔", 30}, {"钟", 30}, {"谭", 30},
	{"陆", 30}, {"汪", 30}, {"范", 20}, {"金", 20}, {"石", 20}, {"廖", 20}, {"贾", 20},
	{"夏", 20}, {"韦", 20}, {"付", 20}, {"方", 20}, {"白", 20}, {"邹", 20}, {"孟", 20},
	{"熊", 20}, {"秦", 20}, {"邱", 20}, {"江", 20}, {"尹", 20}, {"薛", 20}, {"闫", 20},
	{"段", 20}, {"雷", 20}, {"侯", 20}, {"龙", 20}, {"史", 20}, {"陶", 20}, {"黎", 20},
	{"贺", 20}, {"顾", 20}, {"毛", 20}, {"郝", 20}, {"龚", 20}, {"邵", 20}, {"万", 20},
	{"钱", 20}, {"严", 10}, {"覃", 10}, {"武", 10}, {"戴", 10}, {"莫", 10}, {"孔", 10},
	{"向", 10}, {"汤", 10}, {"易", 10}, {"常", 10}, {"温", 10}, {"康", 10}, {"施", 10},
	{"文", 10}, {"牛", 10}, {"樊", 10}, {"葛", 10}, {"邢", 10}, {"安", 10}, {"齐", 10},
}

// Given-name characters. Young people get the newer pools, people born before
// 1965 the older ones.
var (
	maleChars   = []rune("伟强磊军洋勇杰涛明超辉刚平鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳建文志新东海峰亮成兵晨博昊然睿泽轩航翔楠楷皓铭一子嘉")
	femaleChars = []rune("芳娜敏静丽艳娟霞燕玲婷雪慧莹倩颖琳晶欣悦佳怡雯璐萍红梅兰琴云月晓思梦雨洁妍琪璇蕾薇婧诗涵菲露丹瑶")
	oldMale     = []rune("建国华卫东志德明文学永庆忠军红平安福祥生荣")
	oldFemale   = []rune("秀英桂兰淑珍玉凤芬华琴素梅霞荣丽")
	sharedFirst = []rune("晓小文思子雨嘉佳俊一志春秋立海天新家")
)

// Minority peoples with their share (per thousand members) and a home
// administrative division code for the 身份证号.
var ethnicTable = []struct {
	name   string
	w      int
	region string
}{
	{"汉族", 930, ""}, {"土家族", 20, "422801"}, {"回族", 15, "640104"}, {"苗族", 10, "522601"},
	{"满族", 10, "210102"}, {"蒙古族", 5, "150102"}, {"壮族", 5, "450103"}, {"彝族", 5, "532301"},
}

// Home division codes for Han members: mostly the home province, some from afar.
var hanRegions = []struct {
	code string
	w    int
}{
	{"420102", 12}, {"420106", 14}, {"420111", 12}, {"420103", 8}, {"420502", 6}, {"421002", 6},
	{"420602", 5}, {"420902", 5}, {"421102", 5}, {"430102", 3}, {"410105", 3}, {"360102", 2},
	{"340104", 2}, {"500103", 2}, {"510104", 2}, {"110105", 1}, {"320102", 1}, {"370102", 1},
	{"610113", 1},
}

// Colleges, each a 党总支. The list repeats with a campus prefix for very
// large runs.
var colleges = []string{
	"文学院", "数学与统计学院", "化学化工与材料科学学院", "外国语学院", "物理与电子信息工程学院",
	"计算机与信息工程学院", "马克思主义学院", "教育科学学院", "历史文化学院", "政法学院",
	"经济与管理学院", "音乐学院", "美术学院", "体育学院", "生命科学学院", "城市与环境学院",
	"新闻与传播学院", "心理学院", "国际教育学院", "继续教育学院",
}

var campuses = []string{"南湖校区", "北山校区", "东湖校区", "西苑校区", "汉口校区", "光谷校区"}

// Branches directly under the 党委, in the order they are created. The first
// three always exist; the others appear as the unit grows.
var directBranches = []struct{ name, kind string }{
	{"机关第一党支部", kindOffice},
	{"机关第二党支部", kindOffice},
	{"离退休教工第一党支部", kindRetired},
	{"图书馆党支部", kindLibrary},
	{"离退休教工第二党支部", kindRetired},
	{"机关第三党支部", kindOffice},
	{"附属实验学校党支部", kindSchool},
	{"校医院党支部", kindHospital},
}

// jointBranch is the one 联合党支部; its name has 19 characters whatever the
// flags, as many as the longest college branch names (certificate fitting).
const jointBranch = "后勤保障处与资产经营有限公司联合党支部"

// Quarter labels in the forms staff type.
var quarterNumerals = []string{"一", "二", "三", "四"}

func quarterLabel(year, q, form int) string {
	y := strconv.Itoa(year)
	switch form {
	case 1:
		return y + "年" + quarterNumerals[q] + "季度"
	case 2:
		return y + "Q" + strconv.Itoa(q+1)
	case 3:
		return y + "-Q" + strconv.Itoa(q+1)
	}
	return y + "年第" + quarterNumerals[q] + "季度"
}

// chineseOrdinal returns 一, 二, … 十九 for 1–19 and digits after that.
func chineseOrdinal(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + digits[n-10]
	}
	return strconv.Itoa(n)
}

func runeLen(s string) int { return len([]rune(s)) }
