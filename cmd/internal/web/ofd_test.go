package web

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunWithOFD: the 生成 step's OFD checkbox (?ofd=1) adds OFD files
// beside the PDFs of the notices and certificates, in the manifest.
func TestRunWithOFD(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a whole batch")
	}
	fonts, _ := filepath.Abs(filepath.Join("..", "..", "..", "fonts"))
	t.Setenv("PINGYOU_FONTS", fonts)
	ts := startServer(t, Config{})
	id := ts.newRun(t)
	code, v, msg := ts.upload(t, id, [3]string{"workbook", "花名册.xlsx", readFile(t, "../../../samples/花名册.xlsx")},
		[3]string{"workbook", "测评表.xlsx", readFile(t, "../../../samples/测评表.xlsx")},
		[3]string{"config", "示例方案.yaml", readFile(t, "../../../samples/pingyou.yaml")}) // the unit's settings
	if code != http.StatusOK || v.Check == nil || !v.Check.OK {
		t.Fatalf("upload: %d %s", code, msg)
	}
	if code, b := ts.do(t, "POST", "/api/runs/"+id+"/run?ofd=1", nil, ""); code != http.StatusAccepted {
		t.Fatalf("run: %d %s", code, b)
	}
	waitIdle(ts.Server)
	_, b := ts.do(t, "GET", "/api/runs/"+id, nil, "")
	json.Unmarshal(b, &v)
	if v.Job == nil || v.Job.State != jobDone || !v.OFD {
		t.Fatalf("job %+v, ofd %v", v.Job, v.OFD)
	}
	pdfs, ofds := 0, map[string]bool{}
	for _, o := range v.Outputs {
		switch {
		case strings.HasSuffix(o.Path, ".ofd"):
			ofds[strings.TrimSuffix(o.Path, ".ofd")] = true
		case strings.HasSuffix(o.Path, ".pdf") && !strings.Contains(o.Path, "合订本") && !strings.Contains(o.Path, "校准页"):
			pdfs++
			defer func(p string) {
				if !ofds[strings.TrimSuffix(p, ".pdf")] {
					t.Errorf("no OFD beside %s", p)
				}
			}(o.Path)
		}
	}
	if pdfs < 50 || len(ofds) != pdfs {
		t.Errorf("%d PDFs of notices and certificates, %d OFDs", pdfs, len(ofds))
	}
}
