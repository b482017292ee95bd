package compose

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

const publicityTemplate = "拟表彰对象公示.tmpl"

// samplePublicity is the sample's 公示 (templates/pingyou.yaml publicity).
func samplePublicity() *Options {
	opt := sample()
	opt.Publicity = PublicityParts{Organ: "中共江城师范学院委员会组织部", Start: model.Date{Year: 2012, Month: 6, Day: 15}, Days: 5,
		Contact: "王明", Phone: "027-12345678", Address: "江城市学府路1号行政楼305室", Email: "zzb@example.com",
		Seal: document.WithSeal}
	return opt
}

func commendations(orgs, members int) *model.Results {
	orgNames := []string{"机关第二党支部", "文学院教工党支部"}
	people := []string{"王小明", "李红"}
	res := &model.Results{}
	for i := 0; i < orgs; i++ {
		res.Commendations = append(res.Commendations, model.Commendation{Award: AwardOrg, Name: orgNames[i]})
	}
	for i := 0; i < members; i++ {
		res.Commendations = append(res.Commendations, model.Commendation{Award: AwardMember, Name: people[i], Group: "机关党总支"})
	}
	return res
}

// TestPublicityWording renders 拟表彰对象公示.tmpl for 0, 1 and 2
// 先进基层党组织 and 优秀共产党员: the title names only the awards that have
// someone, no 等1个 and never 等0个, the clause of an empty award left out;
// nobody at all is ErrNoCandidates, not a 公示 of nobody.
func TestPublicityWording(t *testing.T) {
	opt := samplePublicity()
	tmpl := loadTemplate(t, publicityTemplate)
	var out strings.Builder
	for orgs := 0; orgs <= 2; orgs++ {
		for members := 0; members <= 2; members++ {
			name := fmt.Sprintf("先进组织%d 优秀党员%d", orgs, members)
			n, _, err := Publicity(opt, commendations(orgs, members), tmpl)
			if orgs+members == 0 {
				if !errors.Is(err, ErrNoCandidates) || n != nil {
					t.Errorf("%s: got %v, %v; want ErrNoCandidates", name, n, err)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			body := text(n.Body)
			fmt.Fprintf(&out, "== %s\n%s\n%s\n", name, n.Title, body)
			for _, a := range n.Attachments {
				fmt.Fprintf(&out, "附件：%s%s\n", a.Name, a.Subtitle)
			}
			for _, line := range strings.Split(n.Title+"\n"+body, "\n") {
				if m := unnatural.FindString(line); m != "" {
					t.Errorf("%s: %q in %s", name, m, line)
				}
			}
			title := map[[2]bool]string{
				{true, true}:  "关于2012年度先进基层党组织和优秀共产党员拟表彰对象的公示",
				{true, false}: "关于2012年度先进基层党组织拟表彰对象的公示",
				{false, true}: "关于2012年度优秀共产党员拟表彰对象的公示",
			}[[2]bool{orgs > 0, members > 0}]
			if n.Title != title {
				t.Errorf("%s: title %q, want %q", name, n.Title, title)
			}
			checks := []struct {
				cond bool
				sub  string
			}{
				{orgs == 1, "拟授予机关第二党支部“先进基层党组织”称号"},
				{orgs == 2, "拟授予机关第二党支部等2个基层党组织“先进基层党组织”称号"},
				{members == 1 && orgs == 0, "拟授予王小明同志“优秀共产党员”称号"},
				{members == 1 && orgs > 0, "称号，授予王小明同志“优秀共产党员”称号。"},
				{members == 2, "授予王小明等2名同志“优秀共产党员”称号。"},
				{true, "公示时间：2012年6月15日至6月21日（5个工作日）。"},
				{true, "向中共江城师范学院委员会组织部反映"},
				{true, "\n联系人：王明\n联系电话：027-12345678\n通信地址：江城市学府路1号行政楼305室\n电子邮箱：zzb@example.com"},
			}
			for _, c := range checks {
				if c.cond != strings.Contains(body, c.sub) {
					t.Errorf("%s: contains %q = %v, want %v:\n%s", name, c.sub, !c.cond, c.cond, body)
				}
			}
			if orgs == 0 && strings.Contains(body, "“先进基层党组织”称号") || members == 0 && strings.Contains(body, "“优秀共产党员”称号") {
				t.Errorf("%s: an award with nobody is named:\n%s", name, body)
			}
			if want := min(orgs, 1) + min(members, 1); len(n.Attachments) != want {
				t.Errorf("%s: %d attachments, want %d", name, len(n.Attachments), want)
			}
			for _, a := range n.Attachments {
				for _, g := range a.Body[0].Groups {
					if len(g.Names) == 0 {
						t.Errorf("%s: an empty group in %s", name, a.Name)
					}
				}
			}
		}
	}
	golden(t, "publicity_wording", out.String())
}

// TestPublicityPeriod: the period printed, counted in working days from
// the start (calendar checked with GNU date), the end's year only when
// the period crosses New Year.
func TestPublicityPeriod(t *testing.T) {
	tmpl := loadTemplate(t, publicityTemplate)
	day := func(y, m, d int) model.Date { return model.Date{Year: y, Month: m, Day: d} }
	for _, tc := range []struct {
		start model.Date
		days  int
		want  string
	}{
		{day(2012, 6, 18), 5, "公示时间：2012年6月18日至6月22日（5个工作日）。"},       // Monday to Friday
		{day(2012, 6, 15), 5, "公示时间：2012年6月15日至6月21日（5个工作日）。"},       // Friday over the weekend
		{day(2012, 6, 16), 5, "公示时间：2012年6月16日至6月22日（5个工作日）。"},       // from a Saturday
		{day(2024, 6, 17), 7, "公示时间：2024年6月17日至6月25日（7个工作日）。"},       // seven
		{day(2012, 12, 28), 5, "公示时间：2012年12月28日至2013年1月3日（5个工作日）。"}, // across New Year
	} {
		opt := samplePublicity()
		opt.Publicity.Start, opt.Publicity.Days = tc.start, tc.days
		n, _, err := Publicity(opt, commendations(1, 1), tmpl)
		if err != nil {
			t.Fatal(err)
		}
		if body := text(n.Body); !strings.Contains(body, "\n"+tc.want+"\n") {
			t.Errorf("%s + %d: want %q in\n%s", tc.start, tc.days, tc.want, body)
		}
		if n.Date != tc.start {
			t.Errorf("dated %s, want the first day %s", n.Date, tc.start)
		}
	}
}

// TestPublicityForm: posted without 版头, number, 主送 or 版记, signed by
// the configured organ on the first day; a configured mark gives the red
// head, seal_mode none the unsealed signature, optional contact lines are
// left out when blank.
func TestPublicityForm(t *testing.T) {
	tmpl := loadTemplate(t, publicityTemplate)
	opt := samplePublicity()
	n, _, err := Publicity(opt, commendations(2, 2), tmpl)
	if err != nil {
		t.Fatal(err)
	}
	if n.Form != document.PlainForm || len(n.Issuers) != 0 || n.Number != "" || n.Recipients != "" ||
		len(n.CC) != 0 || n.PrintOrgan != "" || !n.PrintDate.IsZero() {
		t.Errorf("not a bare 公示: %+v", n)
	}
	if len(n.Organs) != 1 || n.Organs[0] != "中共江城师范学院委员会组织部" || n.Seal != document.WithSeal || len(n.SealImages) != 0 {
		t.Errorf("signature %v %s %v", n.Organs, n.Seal, n.SealImages)
	}

	opt.Publicity.Mark, opt.Publicity.SealImage = "中共江城师范学院委员会组织部", "seal"
	opt.Publicity.Address, opt.Publicity.Email = "", ""
	n, _, _ = Publicity(opt, commendations(2, 2), tmpl)
	if n.Form != document.FileForm || strings.Join(n.Issuers, "") != "中共江城师范学院委员会组织部" || n.MarkSuffix != "" || !n.Star {
		t.Errorf("red head: %s %v %q", n.Form, n.Issuers, n.MarkSuffix)
	}
	if len(n.SealImages) != 1 || n.SealImages[0] != "seal" {
		t.Errorf("seal image %v", n.SealImages)
	}
	body := text(n.Body)
	if strings.Contains(body, "通信地址") || strings.Contains(body, "电子邮箱") || !strings.HasSuffix(body, "联系电话：027-12345678") {
		t.Errorf("blank address and email printed:\n%s", body)
	}

	opt.Publicity.Seal = document.NoSeal
	n, _, _ = Publicity(opt, commendations(2, 2), tmpl)
	if n.Seal != document.NoSeal || len(n.SealImages) != 0 {
		t.Errorf("seal_mode none: %s %v", n.Seal, n.SealImages)
	}
}
