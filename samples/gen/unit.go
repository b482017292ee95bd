package main

import (
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Kinds of branch, which decide who its members are.
const (
	kindStaff     = "教工"
	kindUndergrad = "本科生"
	kindGrad      = "研究生"
	kindOffice    = "机关"
	kindRetired   = "离退休"
	kindLibrary   = "图书馆"
	kindSchool    = "附属学校"
	kindHospital  = "校医院"
	kindJoint     = "联合"
)

// Organisation types as written in the 党组织 sheet.
const (
	typeCommittee = "党委"
	typeGeneral   = "党总支"
	typeBranch    = "党支部"
	typeDirect    = "直属党支部"
	typeJoint     = "联合党支部"
)

// day is a civil date as days since 1970-01-01 (UTC).
type day int

func mkday(y, m, d int) day {
	return day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func (d day) addYears(n int) day {
	t := d.time()
	return mkday(t.Year()+n, int(t.Month()), t.Day())
}

type member struct {
	name, gender, ethnic string
	region               string // 身份证号 division code
	birth, joined        day
	id                   string
	prob                 bool // 预备党员
	branch               int
	category, post       string
	s                    [4]int // 自评 互评 群众评议 组织评价, in hundredths of a point
	votes                [4]int // 优秀 合格 基本合格 不合格
	sanction, note       string
	planted              bool // name fixed by the generator (special cases)
	fixed                bool // scores fixed by the generator; never adjusted
}

// composite is 综合得分 in thousandths: 自评×10% + (互评+群众评议+组织评价)×30%.
func (m *member) composite() int { return m.s[0] + 3*(m.s[1]+m.s[2]+m.s[3]) }

// excellentAbove reports whether 优秀票率 > num/den.
func (m *member) excellentAbove(num, den int) bool {
	t := m.votes[0] + m.votes[1] + m.votes[2] + m.votes[3]
	return t > 0 && m.votes[0]*den > num*t
}

// candidate reports whether m is an 优秀 candidate under the sample scheme.
func (m *member) candidate() bool {
	return !m.prob && m.sanction == "无" && m.composite() >= 85000 && m.excellentAbove(1, 2)
}

type org struct {
	name, typ, parent, secretary, category, kind string
	branchLevel                                  bool
	college                                      int // index of its 党总支 in orgs, or -1
	members                                      []int
	minSize, weight                              int
	voters                                       int
	items                                        [5]int // 五个好, in halves of a point
	satisfaction                                 int    // percent
	note                                         string
	qform                                        int
	quarters                                     [4]int // tenths of a point
}

func (o *org) total() int { return o.items[0] + o.items[1] + o.items[2] + o.items[3] + o.items[4] }

type unit struct {
	cfg     config
	r       *rng
	orgs    []*org
	members []*member
	ids     map[string]bool
	byName  map[string]int // org name → index

	// Designated branches for planted cases.
	boundary, tie1, tie2, strokes, retired1 int
	col0, col1                              []int // branches of the first two colleges
	notes                                   []string
}

func build(cfg config) (*unit, error) {
	if cfg.Branches < 10 {
		return nil, fmt.Errorf("需要至少 10 个党支部（-branches %d）", cfg.Branches)
	}
	u := &unit{cfg: cfg, r: newRNG(cfg.Seed, 0x9e3779b97f4a7c15), ids: map[string]bool{}, byName: map[string]int{}}
	u.buildOrgs()
	if err := u.sizeBranches(); err != nil {
		return nil, err
	}
	u.buildMembers()
	u.assignVotes()
	u.plantScores()
	u.assessOrgs()
	u.quarterly()
	return u, nil
}

func (u *unit) add(o *org) int {
	if _, dup := u.byName[o.name]; dup {
		panic("duplicate organisation name " + o.name)
	}
	u.orgs = append(u.orgs, o)
	u.byName[o.name] = len(u.orgs) - 1
	return len(u.orgs) - 1
}

var kindWeight = map[string]int{
	kindStaff: 30, kindUndergrad: 24, kindGrad: 22, kindOffice: 36, kindRetired: 40,
	kindLibrary: 18, kindSchool: 22, kindHospital: 14, kindJoint: 12,
}

var kindCategory = map[string]string{
	kindStaff: "教工", kindUndergrad: "学生", kindGrad: "学生", kindOffice: "机关", kindRetired: "离退休",
	kindLibrary: "教工", kindSchool: "其他", kindHospital: "其他", kindJoint: "其他",
}

func (u *unit) branch(name, typ, parent, kind string, college int) int {
	return u.add(&org{name: name, typ: typ, parent: parent, kind: kind, category: kindCategory[kind],
		branchLevel: true, college: college, minSize: 6,
		weight: kindWeight[kind] * u.r.between(60, 140)})
}

// buildOrgs lays out the 党委, its directly governed branches, the colleges'
// 党总支 with 3–6 branches each, and the 联合党支部.
func (u *unit) buildOrgs() {
	r := u.r
	nb := u.cfg.Branches
	direct := clamp(nb/4, 3, len(directBranches))
	rest := nb - direct - 1
	n := clamp(max(2, (rest*2+4)/9), (rest+5)/6, rest/3)
	sizes := make([]int, n)
	for i := range sizes {
		sizes[i] = 3
	}
	for extra := rest - 3*n; extra > 0; {
		if i := r.intn(n); sizes[i] < 6 {
			sizes[i]++
			extra--
		}
	}

	u.add(&org{name: u.cfg.unitName(), typ: typeCommittee, college: -1})
	for _, d := range directBranches[:direct] {
		u.branch(d.name, typeDirect, u.cfg.unitName(), d.kind, -1)
	}
	for c, k := range sizes {
		base := colleges[c%len(colleges)]
		if rep := c / len(colleges); rep > 0 {
			if rep <= len(campuses) {
				base = campuses[rep-1] + base
			} else {
				base = "第" + chineseOrdinal(rep+1) + "校区" + base
			}
		}
		gi := u.add(&org{name: base + "党总支", typ: typeGeneral, parent: u.cfg.unitName(), college: -1})
		kinds := []string{kindStaff, kindUndergrad, kindGrad, kindUndergrad, kindStaff, kindUndergrad}[:k]
		count := map[string]int{}
		for _, kd := range kinds {
			count[kd]++
		}
		seen := map[string]int{}
		var ids []int
		for _, kd := range kinds {
			seen[kd]++
			name := base + kd + "党支部"
			if count[kd] > 1 {
				name = base + kd + "第" + chineseOrdinal(seen[kd]) + "党支部"
			}
			ids = append(ids, u.branch(name, typeBranch, base+"党总支", kd, gi))
		}
		switch c {
		case 0:
			u.col0 = ids
		case 1:
			u.col1 = ids
		}
	}
	u.branch(jointBranch, typeJoint, u.cfg.unitName(), kindJoint, -1)

	u.strokes = u.byName["机关第一党支部"]
	u.tie2 = u.byName["机关第二党支部"]
	u.retired1 = u.byName["离退休教工第一党支部"]
	u.boundary = u.col0[0]
	u.tie1 = u.col1[0]
	u.orgs[u.boundary].minSize = 30
	u.orgs[u.tie1].minSize = 24
	u.orgs[u.tie2].minSize = 24
	u.orgs[u.strokes].minSize = 26
}

// sizeBranches splits the members over the branches: each gets its minimum,
// the rest in proportion to the weights (largest remainder).
func (u *unit) sizeBranches() error {
	need, wsum := 0, 0
	var bs []*org
	for _, o := range u.orgs {
		if o.branchLevel {
			bs = append(bs, o)
			need += o.minSize
			wsum += o.weight
		}
	}
	extra := u.cfg.Members - need
	if extra < 0 {
		return fmt.Errorf("%d 个党支部至少需要 %d 名党员（-members %d）", len(bs), need, u.cfg.Members)
	}
	type rem struct{ i, r int }
	var rems []rem
	given := 0
	sizes := make([]int, len(bs))
	for i, o := range bs {
		q := extra * o.weight
		sizes[i] = o.minSize + q/wsum
		given += q / wsum
		rems = append(rems, rem{i, q % wsum})
	}
	sort.SliceStable(rems, func(a, b int) bool { return rems[a].r > rems[b].r })
	for k := 0; given < extra; k++ {
		sizes[rems[k].i]++
		given++
	}
	for i, o := range bs {
		o.members = make([]int, 0, sizes[i])
		o.minSize = sizes[i] // from here on: the target size
	}
	return nil
}

type profile struct {
	ageLo, ageHi, joinAgeHi int
	categories              []string
	probPerMille, female    int
}

var profiles = map[string]profile{
	kindStaff:     {26, 60, 40, []string{"专任教师", "专任教师", "专任教师", "专任教师", "专任教师", "管理人员", "实验技术人员"}, 30, 480},
	kindUndergrad: {19, 23, 22, []string{"本科生"}, 290, 600},
	kindGrad:      {22, 32, 30, []string{"硕士研究生", "硕士研究生", "硕士研究生", "博士研究生"}, 120, 560},
	kindOffice:    {25, 58, 40, []string{"管理人员"}, 20, 450},
	kindRetired:   {60, 88, 45, []string{"退休教职工"}, 0, 400},
	kindLibrary:   {25, 58, 40, []string{"教辅人员"}, 20, 600},
	kindSchool:    {24, 58, 40, []string{"中小学教师"}, 30, 650},
	kindHospital:  {25, 58, 40, []string{"医务人员"}, 20, 600},
	kindJoint:     {22, 58, 40, []string{"工勤人员", "企业职工"}, 40, 400},
}

// planted is a member whose name the generator fixes.
type planted struct {
	branch         *int
	name, gender   string
	ethnic, region string
	prob           bool
}

func (u *unit) plantedMembers() []planted {
	b0, b1, b2 := &u.col0[0], &u.col0[1], &u.col0[2]
	c0, c1, c2 := &u.col1[0], &u.col1[1], &u.col1[2]
	s, t2, ret := &u.strokes, &u.tie2, &u.retired1
	m, f := "男", "女"
	return []planted{
		// Grade boundaries (文学院, the first college's staff branch).
		{branch: b0, name: "赵明远", gender: m}, {branch: b0, name: "钱文博", gender: m},
		{branch: b0, name: "孙志强", gender: m}, {branch: b0, name: "李建平", gender: m},
		{branch: b0, name: "李秀英", gender: f}, {branch: b0, name: "周建华", gender: m},
		{branch: b0, name: "吴国栋", gender: m}, {branch: b0, name: "郑丽娟", gender: f},
		{branch: b0, name: "冯晓东", gender: m}, {branch: b0, name: "陈淑芬", gender: f},
		{branch: b0, name: "王喆", gender: m},
		{branch: b1, name: "沈佳怡", gender: f, prob: true}, {branch: b1, name: "刘珺", gender: f},
		{branch: b1, name: "买买提·艾力", gender: m, ethnic: "维吾尔族", region: "650102"},
		{branch: b2, name: "李𠇔", gender: m}, {branch: b2, name: "欧阳明明", gender: m},
		{branch: b2, name: "司马光华", gender: m},
		// Tie at the quota boundary (the second college's staff branch).
		{branch: c0, name: "何俊杰", gender: m}, {branch: c0, name: "吕思远", gender: m},
		{branch: c0, name: "李堃", gender: m},
		{branch: c1, name: "蒋文", gender: m}, {branch: c1, name: "张伟", gender: m},
		{branch: c1, name: "阿依古丽·吐尔逊", gender: f, ethnic: "维吾尔族", region: "653101"},
		{branch: c2, name: "张𠇔华", gender: f}, {branch: c2, name: "上官婉清", gender: f},
		{branch: c2, name: "扎西·顿珠", gender: m, ethnic: "藏族", region: "540102"},
		// 按姓氏笔画: eleven four-stroke surnames, 田富 before 田大利.
		{branch: s, name: "王建国", gender: m}, {branch: s, name: "井泉", gender: m},
		{branch: s, name: "贝宁", gender: f}, {branch: s, name: "牛犇", gender: m},
		{branch: s, name: "毛晓峰", gender: m}, {branch: s, name: "卞玉", gender: f},
		{branch: s, name: "文静", gender: f}, {branch: s, name: "方圆", gender: m},
		{branch: s, name: "尹航", gender: m}, {branch: s, name: "孔祥", gender: m},
		{branch: s, name: "邓辉", gender: m}, {branch: s, name: "田富", gender: m},
		{branch: s, name: "田大利", gender: m}, {branch: s, name: "陈镕", gender: m},
		{branch: s, name: "诸葛云", gender: m},
		// Full tie-break chain down to 姓名 (机关第二党支部).
		{branch: t2, name: "王志刚", gender: m}, {branch: t2, name: "方志刚", gender: m},
		{branch: t2, name: "周昇", gender: m}, {branch: t2, name: "张伟", gender: m},
		{branch: t2, name: "东方晓", gender: f},
		{branch: ret, name: "褚卫国", gender: m}, {branch: ret, name: "杨赟", gender: m},
	}
}

func (u *unit) buildMembers() {
	plants := map[int][]planted{}
	for _, p := range u.plantedMembers() {
		plants[*p.branch] = append(plants[*p.branch], p)
	}
	for bi, o := range u.orgs {
		if !o.branchLevel {
			continue
		}
		used := map[string]bool{}
		for _, p := range plants[bi] {
			used[p.name] = true
		}
		prof := profiles[o.kind]
		// The secretary comes first: a full member of working age (a 辅导员 for students).
		sec := u.person(bi, prof, "", "", "", "", false, used)
		sec.post = "党支部书记"
		student := o.kind == kindUndergrad || o.kind == kindGrad
		if student {
			sec.category = "辅导员"
			sec.birth = mkday(u.cfg.Year-u.r.between(27, 38), u.r.between(1, 12), u.r.between(1, 28))
		}
		if student || sec.prob {
			if j, ok := u.formalJoin(sec.birth, max(30, prof.joinAgeHi)); ok {
				sec.joined, sec.prob = j, false
			}
			u.assignID(sec)
		}
		o.secretary = sec.name
		var rest []*member
		for _, p := range plants[bi] {
			m := u.person(bi, prof, p.name, p.gender, p.ethnic, p.region, p.prob, used)
			m.planted = true
			rest = append(rest, m)
		}
		for len(rest)+1 < o.minSize {
			rest = append(rest, u.person(bi, prof, "", "", "", "", false, used))
		}
		// Branch committee members among the first randomly generated people.
		posts := []string{"组织委员", "宣传委员", "纪检委员"}
		for i, k := len(plants[bi]), 0; i < len(rest) && k < len(posts) && o.minSize >= 7; i, k = i+1, k+1 {
			if rest[i].prob {
				continue
			}
			rest[i].post = joinPost(posts[k], rest[i].post)
		}
		shuffle(u.r, rest)
		for _, m := range append([]*member{sec}, rest...) {
			u.members = append(u.members, m)
			o.members = append(o.members, len(u.members)-1)
		}
	}
	u.balanceProbation(120)
	// Secretaries of the 党总支 and the 党委: a further member of a staff or office branch.
	for _, o := range u.orgs {
		var from *org
		post := "党总支书记"
		switch o.typ {
		case typeGeneral:
			from = u.orgs[u.byName[o.name]+1] // its first branch is the staff branch
		case typeCommittee:
			from = u.orgs[u.strokes]
			post = "党委书记"
		default:
			continue
		}
		for _, mi := range from.members[1:] {
			m := u.members[mi]
			if !m.planted && !m.prob && m.post == "" && m.birth.time().Year() <= u.cfg.Year-38 {
				m.post = post
				o.secretary = m.name
				break
			}
		}
		if o.secretary == "" { // nobody suitable: the branch secretary takes both posts
			m := u.members[from.members[0]]
			m.post = post + "、" + m.post
			o.secretary = m.name
		}
	}
}

// balanceProbation moves random students between 正式 and 预备 until about
// perMille of all members are 预备党员 (the share varies with the mix of
// branches otherwise). Planted people and branch committee members keep theirs.
func (u *unit) balanceProbation(perMille int) {
	target := len(u.members) * perMille / 1000
	prob := 0
	var pool []*member
	for _, m := range u.members {
		if m.prob {
			prob++
		}
		kind := u.orgs[m.branch].kind
		if !m.planted && m.post == "" && (kind == kindUndergrad || kind == kindGrad) {
			pool = append(pool, m)
		}
	}
	shuffle(u.r, pool)
	for _, m := range pool {
		switch {
		case prob < target && !m.prob:
			m.joined, m.prob = u.probJoin(m.birth)
			prob++
		case prob > target && m.prob:
			if j, ok := u.formalJoin(m.birth, profiles[u.orgs[m.branch].kind].joinAgeHi); ok {
				m.joined, m.prob = j, false
				prob--
			}
		}
	}
}

func joinPost(party, admin string) string {
	if admin == "" {
		return party
	}
	return party + "、" + admin
}

// person creates one member of branch bi. Empty name, gender, ethnic or region
// are chosen at random.
func (u *unit) person(bi int, prof profile, name, gender, ethnic, region string, prob bool, used map[string]bool) *member {
	r := u.r
	y := u.cfg.Year
	m := &member{branch: bi, sanction: "无"}
	if gender == "" {
		gender = "男"
		if r.chance(prof.female) {
			gender = "女"
		}
	}
	m.gender = gender
	m.birth = mkday(y-r.between(prof.ageLo, prof.ageHi), r.between(1, 12), 1)
	m.birth += day(r.intn(28))
	if ethnic == "" {
		ethnic = "汉族"
		ws := make([]int, len(ethnicTable))
		for i, e := range ethnicTable {
			ws[i] = e.w
		}
		if e := ethnicTable[r.weighted(ws, 1000)]; e.region != "" {
			ethnic, region = e.name, e.region
		}
	}
	m.ethnic = ethnic
	if region == "" {
		ws := make([]int, len(hanRegions))
		total := 0
		for i, h := range hanRegions {
			ws[i] = h.w
			total += h.w
		}
		region = hanRegions[r.weighted(ws, total)].code
	}
	m.region = region
	given := name != ""
	if !given {
		for try := 0; ; try++ {
			name = u.randomName(gender, m.birth.time().Year())
			if !used[name] {
				break
			}
			if try > 100 {
				panic("cannot find a free name")
			}
		}
	}
	used[name] = true
	m.name = name

	o := u.orgs[bi]
	if !given { // a random person: random membership type too
		prob = r.chance(prof.probPerMille)
	}
	ok := false
	if !prob {
		m.joined, ok = u.formalJoin(m.birth, prof.joinAgeHi)
	}
	if !ok { // chosen, or too young to be a full member: 预备党员
		m.joined, m.prob = u.probJoin(m.birth)
	}
	m.category = pick(r, prof.categories)
	if o.kind == kindRetired && m.joined < mkday(1949, 10, 1) {
		m.category = "离休干部"
	}
	m.post = u.adminPost(o.kind)
	if r.chance(25) {
		m.note = pick(r, []string{"年度内转入", "挂职锻炼", "在职攻读博士学位", "外出访学"})
	}
	u.assignID(m)
	u.randomScores(m)
	return m
}

func (u *unit) adminPost(kind string) string {
	r := u.r
	switch kind {
	case kindStaff:
		switch x := r.intn(1000); {
		case x < 50:
			return "教研室主任"
		case x < 70:
			return "系主任"
		case x < 80:
			return "副院长"
		}
	case kindOffice:
		switch x := r.intn(1000); {
		case x < 150:
			return "科长"
		case x < 230:
			return "副处长"
		case x < 270:
			return "处长"
		case x < 600:
			return "科员"
		}
	case kindUndergrad, kindGrad:
		switch x := r.intn(1000); {
		case x < 80:
			return "班长"
		case x < 130:
			return "团支部书记"
		}
	}
	return ""
}

// probJoin picks an admission date within the last year (预备党员).
func (u *unit) probJoin(birth day) (day, bool) {
	lo := max(mkday(u.cfg.Year-1, 12, 1), birth.addYears(18)+1)
	hi := mkday(u.cfg.Year, 11, 30)
	return lo + day(u.r.intn(int(hi-lo)+1)), true
}

// formalJoin picks an admission date at least a year ago, from age 18 to
// joinAgeHi; it reports false when the person is too young.
func (u *unit) formalJoin(birth day, joinAgeHi int) (day, bool) {
	lo := birth.addYears(18) + 1
	hi := min(mkday(u.cfg.Year-1, 11, 30), birth.addYears(joinAgeHi))
	if lo > hi {
		return 0, false
	}
	d := lo + day(u.r.intn(int(hi-lo)+1))
	if u.r.chance(250) { // many admissions are dated on 七一
		if t := d.time(); mkday(t.Year(), 7, 1) >= lo && mkday(t.Year(), 7, 1) <= hi {
			d = mkday(t.Year(), 7, 1)
		}
	}
	return d, true
}

func (u *unit) randomName(gender string, birthYear int) string {
	r := u.r
	ws := make([]int, len(surnameTable))
	total := 0
	for i, s := range surnameTable {
		ws[i] = s.w
		total += s.w
	}
	sur := surnameTable[r.weighted(ws, total)].s
	pool := maleChars
	if gender == "女" {
		pool = femaleChars
	}
	single := 220
	if birthYear < 1965 {
		pool = oldMale
		if gender == "女" {
			pool = oldFemale
		}
		single = 300
	}
	if r.chance(single) {
		return sur + string(pick(r, pool))
	}
	first := pick(r, pool)
	if r.chance(300) {
		first = pick(r, sharedFirst)
	}
	second := pick(r, pool)
	for second == first && !r.chance(100) {
		second = pick(r, pool)
	}
	return sur + string(first) + string(second)
}

// assignID gives m a 身份证号 consistent with its birth date and gender,
// unique in the unit.
func (u *unit) assignID(m *member) {
	if m.id != "" {
		delete(u.ids, m.id)
	}
	birth := m.birth.time().Format("20060102")
	for {
		var seq int
		if m.gender == "男" {
			seq = u.r.between(0, 499)*2 + 1
		} else {
			seq = u.r.between(1, 499) * 2
		}
		body := m.region + birth + fmt.Sprintf("%03d", seq)
		id := body + string(checkDigit(body))
		if !u.ids[id] {
			u.ids[id] = true
			m.id = id
			return
		}
	}
}

// checkDigit is the GB 11643-1999 check character for the first 17 digits.
func checkDigit(body string) byte {
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(body[i]-'0') * weights[i]
	}
	return "10X98765432"[sum%11]
}

// Zero-sum offsets (hundredths): 自评 weighs 1, the others 3 each, so these
// leave 综合得分 unchanged while the four scores differ.
var patterns = [][4]int{
	{0, 0, 0, 0}, {300, -100, 0, 0}, {0, 100, -100, 0}, {150, -50, 0, 0}, {0, 0, 200, -200},
	{-300, 100, 0, 0}, {600, -100, -100, 0}, {0, 50, 50, -100}, {0, -100, 0, 100},
}

// setComposite gives m four scores whose 综合得分 is exactly target (hundredths).
func (m *member) setComposite(target int, pattern [4]int) {
	for i := range m.s {
		m.s[i] = target + pattern[i]
		if m.s[i] > 10000 || m.s[i] < 0 {
			m.s = [4]int{target, target, target, target}
			return
		}
	}
}

func roundTo(v, step int) int { return (v + step/2) / step * step }

func (u *unit) randomScores(m *member) {
	r := u.r
	basic := r.chance(15) // 60 ≤ 综合得分 < 70: 基本合格
	step := 100
	switch x := r.intn(100); {
	case x >= 90:
		step = 5
	case x >= 60:
		step = 50
	}
	for try := 0; ; try++ {
		t := clamp(8700+r.bell(450), 7100, 9850)
		if basic {
			t = r.between(6050, 6950)
		}
		m.s[0] = t + 150 + r.bell(200)
		for i := 1; i < 4; i++ {
			m.s[i] = t + r.bell(250)
		}
		for i := range m.s {
			m.s[i] = clamp(roundTo(m.s[i], step), 0, 10000)
		}
		c := m.composite()
		if (basic && c >= 60000 && c < 70000) || (!basic && c >= 70000) {
			return
		}
		if try > 20 {
			m.setComposite(roundTo(t, 100), patterns[0])
			return
		}
	}
}

// assignVotes fills the ballot counts: each branch votes once, so the totals
// are about its member count; 优秀票率 follows the score with noise.
func (u *unit) assignVotes() {
	for _, o := range u.orgs {
		if !o.branchLevel {
			continue
		}
		n := len(o.members)
		o.voters = max(3, n-u.r.between(0, 2))
		if n <= 3 {
			o.voters = n
		}
		for _, mi := range o.members {
			m := u.members[mi]
			ratio := clamp(450+(m.composite()/10-8500)*2/5+u.r.bell(150), 100, 900)
			total := o.voters
			if u.r.chance(100) {
				total-- // one blank or spoilt ballot for this line
			}
			u.setVotes(m, total, ratio)
		}
	}
}

// setVotes splits total ballots with 优秀票 ≈ ratio‰ of them.
func (u *unit) setVotes(m *member, total, ratio int) {
	r := u.r
	e := (ratio*total + 500) / 1000
	rest := total - e
	var b, x int
	if m.composite() < 70000 {
		x = r.between(0, 1+rest/6)
		b = r.between(rest/4, rest/2)
	} else {
		if r.chance(150) {
			x = 1
		}
		b = r.between(0, 2)
	}
	b = min(b, rest)
	x = min(x, rest-b)
	m.votes = [4]int{e, rest - b - x, b, x}
}

// find returns the member called name in branch bi.
func (u *unit) find(bi int, name string) *member {
	for _, mi := range u.orgs[bi].members {
		if u.members[mi].name == name {
			return u.members[mi]
		}
	}
	panic("planted member not found: " + name)
}

func (u *unit) note(format string, args ...any) {
	u.notes = append(u.notes, fmt.Sprintf(format, args...))
}

// plantScores fixes the scores of the special cases and arranges the quota
// boundaries in the designated branches.
func (u *unit) plantScores() {
	y := u.cfg.Year
	fix := func(bi int, name string, s [4]int, ratio int, sanction string) *member {
		m := u.find(bi, name)
		m.s, m.sanction, m.fixed = s, sanction, true
		total := u.orgs[bi].voters
		if ratio == 500 && total%2 == 1 {
			total--
		}
		u.setVotes(m, total, ratio)
		return m
	}
	same := func(v int) [4]int { return [4]int{v, v, v, v} }
	adult := func(m *member, birth, joined day) {
		m.birth, m.joined, m.prob = birth, joined, false
		u.assignID(m)
	}
	b0 := u.boundary
	bn := u.orgs[b0].name
	fix(b0, "赵明远", [4]int{8800, 8400, 8500, 8500}, 600, "无")
	fix(b0, "钱文博", [4]int{8490, 8500, 8500, 8500}, 700, "无")
	sun := fix(b0, "孙志强", [4]int{8995, 9000, 9000, 9000}, 700, "无")
	li := fix(b0, "李建平", same(9000), 700, "无")
	li.votes = sun.votes
	adult(sun, mkday(1972, 3, 14), mkday(1998, 6, 28))
	adult(li, mkday(1975, 9, 2), mkday(2004, 12, 20))
	fix(b0, "李秀英", [4]int{9200, 9300, 9100, 9200}, 500, "无")
	fix(b0, "周建华", [4]int{9650, 9450, 9500, 9500}, 850, "警告")
	fix(b0, "吴国栋", [4]int{6000, 5800, 5850, 5850}, 100, "无")
	fix(b0, "郑丽娟", [4]int{6300, 5900, 6000, 6000}, 150, "无")
	fix(b0, "冯晓东", [4]int{6990, 7000, 7000, 7000}, 200, "无")
	fix(b0, "陈淑芬", same(8800), 600, "撤销党内职务")
	for _, n := range []string{"赵明远", "钱文博", "李秀英", "周建华", "吴国栋", "郑丽娟", "冯晓东", "陈淑芬"} {
		if m := u.find(b0, n); m.prob {
			j, _ := u.formalJoin(m.birth, 40)
			adult(m, m.birth, j)
		}
	}
	q := u.arrangeBoundary(b0, []*member{li, sun})
	u.note("%s：李建平 综合得分 90.00（四项均 90）与 孙志强 89.995（自评 89.95）优秀票相同，按精确得分李建平排第 %d、孙志强排第 %d（名额 %d）；"+
		"孙志强入党更早（1998-06-28），若把得分四舍五入为 90.00 会错选孙志强", bn, q, q+1, q)
	u.note("%s：赵明远 85.00（优秀候选下限，含）；钱文博 84.99（非候选）；李秀英 92.00 但优秀票率恰为 50%%（非候选）；"+
		"周建华 95.00 优秀票率 85%% 但受警告处分（否决）；吴国栋 58.50（不合格）；郑丽娟 60.00（基本合格下限）；冯晓东 69.99（基本合格）；"+
		"陈淑芬 88.00 但撤销党内职务（不合格）", bn)

	// A 预备党员 with the best score in its branch: 不评定等次.
	shen := fix(u.col0[1], "沈佳怡", [4]int{9900, 9800, 9750, 9800}, 900, "无")
	shen.prob = true
	u.note("%s：沈佳怡 为预备党员，综合得分 97.95、优秀票率约 90%%，不评定等次、不占名额", u.orgs[u.col0[1]].name)

	// The second 不合格 by score, and the 留党察看 case.
	jiang := fix(u.col1[1], "蒋文", [4]int{5700, 5500, 5550, 5550}, 100, "无")
	if jiang.prob {
		adult(jiang, mkday(y-22, 5, 6), mkday(y-2, 6, 20))
	}
	u.note("%s：蒋文 综合得分 55.50（不合格）", u.orgs[u.col1[1]].name)
	fix(u.retired1, "褚卫国", same(7600), 300, "留党察看")
	u.note("%s：褚卫国 留党察看（不合格），综合得分 76.00", u.orgs[u.retired1].name)

	// Warnings elsewhere (a few), and one 严重警告.
	skip := map[int]bool{b0: true, u.tie1: true, u.tie2: true}
	nWarn := max(3, len(u.members)/160)
	var warned []string
	for k := 0; k < nWarn+1; {
		m := u.members[u.r.intn(len(u.members))]
		if skip[m.branch] || m.planted || m.prob || m.sanction != "无" || m.post == "党委书记" {
			continue
		}
		m.sanction = "警告"
		if k == nWarn {
			m.sanction = "严重警告"
		}
		warned = append(warned, m.name+"（"+u.orgs[m.branch].name+"，"+m.sanction+"）")
		k++
	}
	u.note("其他处分：%v", warned)

	// Exact ties at the quota boundary.
	he, lv := u.find(u.tie1, "何俊杰"), u.find(u.tie1, "吕思远")
	adult(he, mkday(1976, 4, 9), mkday(2001, 6, 28))
	adult(lv, mkday(1979, 10, 23), mkday(2003, 11, 15))
	he.s, he.fixed, he.sanction = [4]int{9450, 9050, 9150, 9150}, true, "无" // 91.50
	lv.s, lv.fixed, lv.sanction = [4]int{9150, 9150, 9250, 9050}, true, "无" // 91.50
	u.setVotes(he, u.orgs[u.tie1].voters, 720)
	lv.votes = he.votes
	q = u.arrangeBoundary(u.tie1, []*member{he, lv})
	u.note("%s：何俊杰 与 吕思远 综合得分均为 91.50、优秀票数相同（%d/%d），名额 %d，二人并列第 %d；何俊杰入党更早（2001-06-28 对 2003-11-15）入选",
		u.orgs[u.tie1].name, he.votes[0], he.votes[0]+he.votes[1]+he.votes[2]+he.votes[3], q, q)

	w, f := u.find(u.tie2, "王志刚"), u.find(u.tie2, "方志刚")
	adult(w, mkday(1978, 2, 17), mkday(2005, 7, 1))
	adult(f, mkday(1980, 8, 30), mkday(2005, 7, 1))
	w.s, w.fixed, w.sanction = [4]int{9350, 8950, 9050, 9050}, true, "无" // 90.50
	f.s, f.fixed, f.sanction = same(9050), true, "无"
	u.setVotes(w, u.orgs[u.tie2].voters, 680)
	f.votes = w.votes
	q = u.arrangeBoundary(u.tie2, []*member{w, f})
	u.note("%s：王志刚 与 方志刚 综合得分均为 90.50、优秀票相同、入党时间同为 2005-07-01，名额 %d，并列第 %d；按姓氏笔画 王（首笔横）先于 方（首笔点），王志刚入选",
		u.orgs[u.tie2].name, q, q)
}

// arrangeBoundary makes pair take ranks q and q+1 among the 优秀 candidates of
// branch bi, where q is the branch's quota: q−1 other candidates score higher
// (92.50–98.00), every other candidate scores 85.00–88.50. It returns q.
func (u *unit) arrangeBoundary(bi int, pair []*member) int {
	o := u.orgs[bi]
	graded := 0
	var others []*member
	for _, mi := range o.members {
		m := u.members[mi]
		if m.prob {
			continue
		}
		graded++
		if !m.fixed && m.sanction == "无" {
			others = append(others, m)
		}
	}
	q := max(1, graded*15/100)
	sort.SliceStable(others, func(a, b int) bool { return others[a].composite() > others[b].composite() })
	for i, m := range others {
		if i < q-1 {
			m.setComposite(roundTo(u.r.between(9250, 9800), 50), pick(u.r, patterns))
			total := m.votes[0] + m.votes[1] + m.votes[2] + m.votes[3]
			if !m.excellentAbove(3, 5) {
				u.setVotes(m, total, u.r.between(650, 900))
			}
			continue
		}
		if m.candidate() && m.composite() > 88500 {
			m.setComposite(roundTo(u.r.between(8500, 8850), 50), pick(u.r, patterns))
		}
	}
	if len(others) < q-1 {
		panic("boundary branch too small: " + o.name)
	}
	return q
}

// assessOrgs fills 五个好 and 群众满意率 for every 党总支 and branch.
func (u *unit) assessOrgs() {
	r := u.r
	var branches []int
	for i, o := range u.orgs {
		if o.typ == typeCommittee {
			continue
		}
		t := clamp(84+r.bell(5), 62, 95) * 2 // halves
		for k := range o.items {
			o.items[k] = clamp(t/5+r.bell(3), 20, 40)
		}
		o.satisfaction = clamp(88+(o.total()/2-84)+r.bell(4), 62, 99)
		if o.branchLevel && o.typ != typeJoint {
			branches = append(branches, i)
		}
	}
	shuffle(r, branches)
	names := func(is []int) []string {
		var s []string
		for _, i := range is {
			s = append(s, u.orgs[i].name)
		}
		return s
	}
	nBranch := len(branches) + 1
	nAdv := max(3, nBranch*15/100)
	for _, i := range branches[:nAdv] {
		o := u.orgs[i]
		for {
			for k := range o.items {
				o.items[k] = r.between(34, 40)
			}
			if o.total() >= 182 {
				break
			}
		}
		o.satisfaction = r.between(92, 99)
	}
	u.note("先进基层党组织 条件全部满足（总分 ≥ 90、每项 ≥ 16、满意率 ≥ 90%%）：%v，另加下面的 90.0 分边界组织；名额 floor(10%% × %d) = %d",
		names(branches[:nAdv]), nBranch, nBranch/10)
	set := func(i int, items [5]int, sat int, note string) {
		o := u.orgs[i]
		o.items, o.satisfaction, o.note = items, sat, note
	}
	k := nAdv
	set(branches[k], [5]int{36, 36, 36, 36, 36}, 90, "")
	set(branches[k+1], [5]int{40, 39, 39, 36, 31}, 95, "")
	set(branches[k+2], [5]int{38, 38, 37, 37, 36}, 88, "")
	set(branches[k+3], [5]int{35, 34, 34, 33, 34}, 55, "群众满意率偏低")
	set(branches[k+4], [5]int{24, 23, 24, 21, 23}, 70, "")
	u.note("组织测评边界：%s 总分恰 90.0、每项 18、满意率 90%%（满足）；%s 总分 92.5 但群众反映好 15.5（<16）；%s 总分 93.0 但满意率 88%%；"+
		"%s 总分 85.0、满意率 55%%（定档封顶为一般）；%s 总分 57.5（差）",
		u.orgs[branches[k]].name, u.orgs[branches[k+1]].name, u.orgs[branches[k+2]].name,
		u.orgs[branches[k+3]].name, u.orgs[branches[k+4]].name)
}

// quarterly fills 季度考核 for every branch, with a tie at the 流动红旗
// boundary in the second quarter.
func (u *unit) quarterly() {
	r := u.r
	var bs []int
	joint := -1
	for i, o := range u.orgs {
		if !o.branchLevel {
			continue
		}
		bs = append(bs, i)
		if o.typ == typeJoint {
			joint = i
		}
		if !r.chance(700) {
			o.qform = r.between(1, 3)
		}
		base := r.between(860, 950)
		for q := range o.quarters {
			o.quarters[q] = clamp(base+r.bell(25), 800, 1000)
		}
	}
	u.orgs[joint].quarters[1] = r.between(800, 850)
	n := len(bs)
	k1 := max(1, n*20/100)     // flags if every branch counts
	k0 := max(1, (n-1)*20/100) // flags if the 联合党支部 is left out
	sorted := append([]int(nil), bs...)
	sort.SliceStable(sorted, func(a, b int) bool { return u.orgs[sorted[a]].quarters[1] > u.orgs[sorted[b]].quarters[1] })
	v := u.orgs[sorted[k0-1]].quarters[1]
	var tied []string
	for pos, i := range sorted {
		o := u.orgs[i]
		switch {
		case pos < k0-1 && o.quarters[1] <= v:
			o.quarters[1] = min(1000, v+1+r.intn(30))
		case pos >= k0-1 && pos <= k1:
			o.quarters[1] = v
			tied = append(tied, o.name)
		case pos > k1 && o.quarters[1] >= v:
			o.quarters[1] = max(800, v-1-r.intn(20))
		}
	}
	if v == 1000 || v == 800 {
		panic("quarter tie at the edge of the scale")
	}
	u.note("流动红旗 %d年第二季度：%d 个党支部打分，名额 floor(20%%×%d) = %d；第 %d–%d 名并列 %s 分：%v",
		u.cfg.Year, n, n, k1, k0, k1+1, strconv.FormatFloat(float64(v)/10, 'f', 1, 64), tied)
}
