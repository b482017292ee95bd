module github.com/signintech/gopdf

go 1.25

require (
	github.com/klauspost/compress v1.20.3
	github.com/phpdave11/gofpdi v1.0.14-0.20211212211723-1f10f9844311
)

require github.com/pkg/errors v0.8.1 // indirect
