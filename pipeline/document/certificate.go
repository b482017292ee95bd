package document

// Certificate is the text of one certificate.
type Certificate struct {
	Title     string   // 荣誉证书 / 奖状
	Name      string   // the recipient: person or organisation
	Person    bool     // a person (同志), not an organisation
	Suffix    string   // after the name: 同志： or ：
	Body      []string // paragraphs
	Organ     string   // issuing organ
	Date      string   // 二〇一二年六月二十八日
	Number    string   // certificate number
	SealImage string   // image key, or "" for no seal
	Source    string   // where the recipient came from, for messages
}
