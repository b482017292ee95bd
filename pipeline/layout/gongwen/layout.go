package gongwen

import (
	"errors"

	"pingyou/pipeline/layout"
	"pingyou/pipeline/model"
)

// Layout sets n on A4 pages. Problems with the content (a number not in the
// standard's form, a mark that must be set below 22 pt, page-fill
// adjustments) are diagnostics; err is for text that cannot be set at all
// (a character no face has).
func Layout(n *Notice, s *layout.Setter, opt Options) (*layout.Document, model.Diagnostics, error) {
	return nil, nil, errors.New("gongwen: not implemented yet")
}
