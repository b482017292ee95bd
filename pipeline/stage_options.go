package pipeline

import (
	"pingyou/pipeline/compose"
	"pingyou/pipeline/config"
	"pingyou/pipeline/document"
)

// Image keys: the seal images loadImages reads, as the documents name them.
const (
	sealKey          = "seal"           // decision.seal
	certSealKey      = "cert-seal"      // certificates.seal
	publicitySealKey = "publicity-seal" // publicity.seal
)

// SealImageKey is the image key of a decision's seal (decision.seal), for a
// notice composed outside a batch and set by StoreNotice.
const SealImageKey = sealKey

// composeOptions maps the config file onto what compose reads. The branch
// notices carry no seal image: branch_notice.seal is not loaded (their
// seal's place is kept for a hand-applied one).
func composeOptions(cfg *config.Config) *compose.Options {
	u := cfg.Unit
	opt := &compose.Options{
		Unit: u.Name, Code: u.Code, Year: u.Year, Campaign: u.Campaign, Commission: u.Commission,
		IssueDate: u.IssueDate.Date, Office: u.Office, PrintDate: u.PrintDate.Date,
		Decision:          noticeParts(cfg.Decision),
		BranchNotice:      noticeParts(cfg.BranchNotice),
		CertificateNumber: cfg.Certificates.Number,
	}
	if cfg.Decision.Seal != "" {
		opt.Decision.SealImage = sealKey
	}
	if cfg.Certificates.Seal != "" {
		opt.CertificateSeal = certSealKey
	}
	p := cfg.Publicity
	opt.Publicity = compose.PublicityParts{Mark: p.Mark, Organ: p.Organ, Start: p.Start.Date, Days: p.Days,
		Contact: p.Contact, Phone: p.Phone, Address: p.Address, Email: p.Email, Seal: document.WithSeal}
	if opt.Publicity.Days == 0 {
		opt.Publicity.Days = config.DefaultPublicityDays
	}
	if opt.Publicity.Organ == "" {
		opt.Publicity.Organ = u.Name
	}
	if p.SealMode == config.SealModeNone {
		opt.Publicity.Seal = document.NoSeal
	} else if p.Seal != "" {
		opt.Publicity.SealImage = publicitySealKey
	}
	return opt
}

func noticeParts(n config.Notice) compose.NoticeParts {
	return compose.NoticeParts{Mark: n.Mark, Number: n.Number, Title: n.Title, Recipients: n.Recipients, CC: n.CC}
}
