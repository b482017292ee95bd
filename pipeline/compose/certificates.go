// Package compose turns decisions and the department's templates into
// semantic documents (package document): the words of each certificate and
// notice, with no geometry and no fonts. What it needs of the settings comes
// in Options; it never reads the config file.
package compose

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"pingyou/pipeline/document"
	"pingyou/pipeline/model"
)

// Wording is the text of one award's certificate, from templates/证书措辞.yaml.
type Wording struct {
	Code      string   `yaml:"code"`      // 类别 in certificate numbers
	Title     string   `yaml:"title"`     // 荣誉证书 / 奖状
	Recipient string   `yaml:"recipient"` // person or org
	Suffix    string   `yaml:"suffix"`    // 同志： / ：
	Body      []string `yaml:"body"`
}

// ParseWording reads the certificate wording file.
func ParseWording(b []byte) (map[string]Wording, error) {
	var w map[string]Wording
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("证书措辞文件有误：%w", err)
	}
	for award, x := range w {
		if x.Recipient != "person" && x.Recipient != "org" {
			return nil, fmt.Errorf("证书措辞 %s：recipient 应为 person 或 org（值：%s）", award, x.Recipient)
		}
		if x.Code == "" || x.Title == "" || len(x.Body) == 0 {
			return nil, fmt.Errorf("证书措辞 %s：code、title、body 都不能为空", award)
		}
	}
	return w, nil
}

var placeholderRE = regexp.MustCompile(`\{([^{}:]+)(?::(\d+))?\}`)

// maxPadWidth is the widest {名字:N} padding (config.MaxNumberWidth).
const maxPadWidth = 9

// fill replaces {名字} and {名字:4} placeholders; an unknown name is an error
// so a typo in a template never prints as braces on a certificate.
func fill(pattern string, vars map[string]string) (string, error) {
	var bad []string
	out := placeholderRE.ReplaceAllStringFunc(pattern, func(m string) string {
		sub := placeholderRE.FindStringSubmatch(m)
		v, ok := vars[sub[1]]
		if !ok {
			bad = append(bad, sub[1])
			return m
		}
		if sub[2] != "" {
			// Bounded like config's certificates.number: a wording file
			// may ask for any width, and padding costs what it asks.
			width, err := strconv.Atoi(sub[2])
			if err != nil || width > maxPadWidth {
				bad = append(bad, sub[1]+":"+sub[2]+"（位数最多 "+strconv.Itoa(maxPadWidth)+"）")
				return m
			}
			if n := utf8.RuneCountInString(v); n < width {
				v = strings.Repeat("0", width-n) + v
			}
		}
		return v
	})
	if len(bad) > 0 {
		return "", fmt.Errorf("“%s”中有不认识的占位符 {%s}", pattern, strings.Join(bad, "}、{"))
	}
	return out, nil
}

// Certificates builds one certificate per commendation whose award has a
// wording, numbering each award's certificates in 名单 order (so the same
// input always gives the same numbers), and records each number in
// res.Commendations. The returned indexes point into res.Commendations.
func Certificates(res *model.Results, opt *Options, wording map[string]Wording) ([]document.Certificate, []int, error) {
	var certs []document.Certificate
	var index []int
	seq := map[string]int{}
	date := ChineseDate(opt.IssueDate)
	for i := range res.Commendations {
		c := &res.Commendations[i]
		w, ok := wording[c.Award]
		if !ok {
			continue
		}
		seq[c.Award]++
		vars := map[string]string{
			"单位代码": opt.Code, "年度": strconv.Itoa(opt.Year), "类别": w.Code,
			"序号": strconv.Itoa(seq[c.Award]), "姓名": c.Name, "单位": c.Unit, "活动": opt.Campaign,
			"发证机关": opt.Unit,
		}
		num, err := fill(opt.CertificateNumber, vars)
		if err != nil {
			return nil, nil, fmt.Errorf("配置 certificates.number：%w", err)
		}
		c.Number = num
		body := make([]string, len(w.Body))
		for j, p := range w.Body {
			if body[j], err = fill(p, vars); err != nil {
				return nil, nil, fmt.Errorf("证书措辞 %s：%w", c.Award, err)
			}
		}
		source := c.Name
		if c.Member != nil {
			source = c.Member.Ref.String()
		} else if c.Org != nil {
			source = c.Org.Ref.String()
		}
		certs = append(certs, document.Certificate{
			Title: w.Title, Name: c.Name, Person: w.Recipient == "person", Suffix: w.Suffix,
			Body: body, Organ: opt.Unit, Date: date, Number: "证书编号：" + num, SealImage: opt.CertificateSeal, Source: source,
		})
		index = append(index, i)
	}
	return certs, index, nil
}
