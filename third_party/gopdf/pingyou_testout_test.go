package gopdf

import "os"

// pingyou (upstream tests): upstream's tests write into ./test/out, which its
// .gitignore keeps out of git and so out of the module zip; only two tests
// create it, after others have written there.
func init() {
	if err := os.MkdirAll("test/out", 0o777); err != nil {
		panic(err)
	}
}
