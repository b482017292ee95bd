//go:build !linux

package archive

func syncFS(string) error { return errNoSyncfs }
