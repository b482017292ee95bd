//go:build !windows

package oserr

func platformReason(error) string { return "" }
