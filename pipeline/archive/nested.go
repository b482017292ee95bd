package archive

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"pingyou/pipeline/oserr"
)

// A department's output folder (issue 19) holds each unit's output folder
// as a single run makes it, manifest and all, and a manifest of its own that
// lists the department's files and refers to each unit's manifest by hash
// (Manifest.Units). Verify and Strangers go into the units' folders through
// those manifests, so one manifest vouches for the whole batch and a unit's
// folder can still be verified, or handed on, alone.

// Figures are one batch's counts, written into its manifest so that a
// department's summary can be made from unit outputs produced elsewhere
// without reading their workbooks back.
type Figures struct {
	Unit      string `json:"unit"`                 // 发文机关
	ShortName string `json:"short_name,omitempty"` // 简称
	Year      int    `json:"year"`
	Members   int    `json:"members"`    // 党员总数
	Assessed  int    `json:"assessed"`   // 参加评议: with a row in 党员测评
	Graded    int    `json:"graded"`     // 评定等次
	NotGraded int    `json:"not_graded"` // 不评定等次
	// The four grades; they add up to Graded.
	Excellent   int `json:"excellent"`   // 优秀
	Qualified   int `json:"qualified"`   // 合格
	Basic       int `json:"basic"`       // 基本合格
	Unqualified int `json:"unqualified"` // 不合格
	Branches    int `json:"branches"`    // 支部级党组织 (the 先进基层党组织 base)
	// Awards counts the commendations per award, in the order of the 名单.
	Awards []AwardCount `json:"awards"`
	// Warnings is how many 提醒 the run gave (a run with errors writes
	// nothing), so a department's summary can say so of a unit run elsewhere.
	Warnings int `json:"warnings"`
}

// AwardCount is how many got one award.
type AwardCount struct {
	Award    string `json:"award"`              // 优秀共产党员, 先进基层党组织, 流动红旗 …
	Kind     string `json:"kind"`               // person or org (model.PersonAward, model.OrgAward)
	Periodic bool   `json:"periodic,omitempty"` // given per period (流动红旗 per quarter)
	Count    int    `json:"count"`
}

// UnitRef is a unit's output folder in a department's manifest: its folder
// and its manifest's size and hashes.
type UnitRef struct {
	Dir    string `json:"dir"`  // relative, slash-separated: 单位/江城师范学院
	Name   string `json:"name"` // the unit's 发文机关
	Batch  string `json:"batch"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
	SM3    string `json:"sm3"`
}

// ManifestPath is the unit manifest's path in the department's folder.
func (u UnitRef) ManifestPath() string { return path.Join(u.Dir, ManifestName) }

// MissingUnit is a unit of the department with no output in the batch.
type MissingUnit struct {
	Dir    string `json:"dir"` // the folder it would have had
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// unitDirs indexes m.Units by folder and refuses folders that are not plain
// relative paths inside the department's folder (a manifest read from disk
// is not trusted to name ../ or an absolute path).
func unitDirs(m *Manifest) (map[string]bool, error) {
	dirs := map[string]bool{}
	for _, u := range m.Units {
		if !filepath.IsLocal(filepath.FromSlash(u.Dir)) || u.Dir != path.Clean(u.Dir) || strings.Contains(u.Dir, `\`) {
			return nil, fmt.Errorf("清单中的单位文件夹 %q 不是部门输出目录中的文件夹，清单可能被改动过", u.Dir)
		}
		dirs[u.Dir] = true
	}
	return dirs, nil
}

// verifyUnit checks a unit's manifest against the department's record of
// it, then the unit's folder against its manifest; paths are reported from
// the department's folder.
func verifyUnit(dir string, u UnitRef) []Problem {
	mp := u.ManifestPath()
	sha, sm, size, err := Hashes(filepath.Join(dir, filepath.FromSlash(mp)))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return []Problem{{Path: mp, Kind: "缺失", Note: "单位“" + u.Name + "”的清单"}}
	case err != nil:
		return []Problem{{Path: mp, Kind: "无法读取", Note: oserr.Why(err)}}
	}
	var problems []Problem
	if sha != u.SHA256 || sm != u.SM3 || size != u.Size {
		problems = append(problems, Problem{Path: mp, Kind: "已改动",
			Note: fmt.Sprintf("单位“%s”的清单与部门清单记录的不符：大小 %d，记录 %d", u.Name, size, u.Size)})
	}
	inner, err := Verify(filepath.Join(dir, filepath.FromSlash(u.Dir)))
	if err != nil { // a manifest that is not one: nothing inside can be checked
		return append(problems, Problem{Path: mp, Kind: "无法核对", Note: err.Error()})
	}
	for _, p := range inner {
		p.Path = path.Join(u.Dir, p.Path)
		problems = append(problems, p)
	}
	return problems
}
