package gopdf

import (
	"bytes"
	"io"
)

type listCacheContent struct {
	caches []ICacheContent
}

func (l *listCacheContent) last() ICacheContent {
	max := len(l.caches)
	if max > 0 {
		return l.caches[max-1]
	}
	return nil
}

func (l *listCacheContent) append(cache ICacheContent) {
	l.caches = append(l.caches, cache)
}

func (l *listCacheContent) appendContentText(cache cacheContentText, text string) (float64, float64, error) {

	x := cache.x
	y := cache.y

	mustMakeNewCache := true
	var cacheFont *cacheContentText
	var ok bool
	last := l.last()
	if cacheFont, ok = last.(*cacheContentText); ok {
		if cacheFont != nil {
			if cacheFont.isSame(cache) {
				mustMakeNewCache = false
			}
		}
	}

	if mustMakeNewCache { //make new cell
		l.caches = append(l.caches, &cache)
		cacheFont = &cache
	}

	//start add text
	cacheFont.text += text

	//re-create content
	textWidthPdfUnit, textHeightPdfUnit, err := cacheFont.createContent()
	if err != nil {
		return x, y, err
	}

	if cacheFont.cellOpt.Float == 0 || cacheFont.cellOpt.Float&Right == Right || cacheFont.contentType == ContentTypeText {
		x = cacheFont.x + textWidthPdfUnit
	}
	if cacheFont.cellOpt.Float&Bottom == Bottom {
		y = cacheFont.y + textHeightPdfUnit
	}

	return x, y, nil
}

func (l *listCacheContent) write(w io.Writer, protection *PDFProtection) error {
	// pingyou patch O: into a buffer, text objects through writeTracked, which
	// leaves out font, spacing and colour operators already in force. Any
	// other operator (graphics, q/Q, colours for drawing) makes it forget
	// what it knew; marked content (BDC/EMC) does not change the state.
	if b, ok := w.(*bytes.Buffer); ok {
		var st textState
		for _, cache := range l.caches {
			var err error
			switch c := cache.(type) {
			case *cacheContentText:
				err = c.writeTracked(b, protection, &st)
			case *cacheContentMarked:
				err = c.write(b, protection)
			default:
				st.reset()
				err = cache.write(b, protection)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	for _, cache := range l.caches {
		if err := cache.write(w, protection); err != nil {
			return err
		}
	}
	return nil
}
