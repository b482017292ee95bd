module github.com/emmansun/gmsm

go 1.16

require (
	golang.org/x/crypto v0.4.0
	golang.org/x/sys v0.3.0
)
