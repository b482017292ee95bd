// Package templates embeds the default batch config and the document
// templates (notice wording, certificate layouts) that departments edit.
// A config may point templates_dir at an edited copy; files found there
// take precedence over these.
package templates

import "embed"

// FS holds the default config (pingyou.yaml), the head of the config
// `pingyou init` writes (init.yaml), the default department config
// (部门.yaml), every template file and the word list titles and 署名 are
// broken with (词表.txt, made by ./gen).
//
//go:embed pingyou.yaml init.yaml 部门.yaml 证书措辞.yaml 证书版式 *.tmpl 词表.txt
var FS embed.FS
