// Package ofd draws a finished layout.Document as an OFD package (GB/T
// 33190-2016, 电子文件存储与交换格式 版式文档): OFD.xml with the document
// metadata (DocInfo), Document.xml with the page area and resources, one
// Content.xml per page. Text is TextObjects whose glyph positions are given
// (DeltaX), so it extracts exactly as set, in fonts embedded as TrueType
// subsets; rules and borders are PathObjects, the seal an ImageObject. A
// document with a structure whose nodes name 公文 elements gets custom tags
// (自定义标引) that point at the objects of each element. Like the PDF
// renderer it never measures or breaks text, and its output is a function
// of its input: IDs in drawing order, sorted resources, fixed zip times.
package ofd

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"

	"pingyou/pipeline/layout"
)

// Namespace is the OFD namespace (GB/T 33190-2016).
const Namespace = "http://www.ofdspec.org/2016"

// Fonts holds parsed fonts shared by all documents of a batch; safe for
// concurrent use.
type Fonts struct {
	data  func(face string) ([]byte, error)
	mu    sync.Mutex
	m     map[string]*face
	cache map[string]*subsetFont // subsets by face and characters (subset)
}

type face struct {
	once sync.Once
	f    *ttf
	sf   *sfnt.Font
	err  error
}

// NewFonts returns a font cache that loads a face's TrueType bytes through
// data the first time a document uses it.
func NewFonts(data func(face string) ([]byte, error)) *Fonts {
	return &Fonts{data: data, m: map[string]*face{}, cache: map[string]*subsetFont{}}
}

func (fs *Fonts) get(key string) (*face, error) {
	fs.mu.Lock()
	fc := fs.m[key]
	if fc == nil {
		fc = &face{}
		fs.m[key] = fc
	}
	fs.mu.Unlock()
	fc.once.Do(func() {
		b, err := fs.data(key)
		if err == nil {
			fc.f, err = parseFont(b)
		}
		if err == nil {
			fc.sf, err = sfnt.Parse(b)
		}
		if err != nil {
			fc.err = fmt.Errorf("字体 %s 无法用于 OFD：%v", key, err)
		}
	})
	return fc, fc.err
}

// Options are the per-document settings that are not geometry.
type Options struct {
	// Images maps layout.Image keys to PNG or JPEG bytes.
	Images map[string][]byte
	// Created is the document's creation date (DocInfo CreationDate, and the
	// zip entries' time); from the config, never the clock. Zero omits it.
	Created time.Time
	// Creator names the program (DocInfo Creator); CreatorVersion its version.
	Creator, CreatorVersion string
	// Subject and Keywords ("; "-separated) are used when the document's Meta
	// leaves them empty.
	Subject, Keywords string
	// Custom are more DocInfo entries (CustomData), e.g. 密级 and 保管期限, in order.
	Custom [][2]string
}

// Render writes doc as an OFD package to w.
func Render(w io.Writer, doc *layout.Document, fonts *Fonts, opt Options) error {
	if len(doc.Pages) == 0 {
		return fmt.Errorf("文档没有页面")
	}
	r := &renderer{doc: doc, fonts: fonts, opt: opt, files: map[string][]byte{}, deflated: map[string]*subsetFont{},
		objects: map[layout.Item][]int{}, pageOf: map[layout.Item]int{}}
	if err := r.resources(); err != nil {
		return err
	}
	for i := range doc.Pages {
		if err := r.page(i); err != nil {
			return fmt.Errorf("第%d页：%w", i+1, err)
		}
	}
	r.tags()
	r.document()
	r.ofdXML()
	return r.write(w)
}

// renderer holds one document's package while it is built.
type renderer struct {
	doc   *layout.Document
	fonts *Fonts
	opt   Options
	files map[string][]byte // package path → bytes
	// deflated holds the font parts, compressed already (Fonts.subset).
	deflated map[string]*subsetFont
	order    []string // package paths in writing order

	lastID  int
	fontIDs map[string]int          // subset (subsetKey) → font resource ID
	glyphs  map[string]map[rune]int // subset → character → glyph id in it
	imgIDs  map[string]int          // image key → multimedia resource ID
	pageIDs []int
	objects map[layout.Item][]int // item → the IDs of the objects drawing it
	pageOf  map[layout.Item]int   // item → its page ID
	hasTags bool
}

func (r *renderer) id() int { r.lastID++; return r.lastID }

func (r *renderer) add(path string, b []byte) {
	r.files[path] = b
	r.order = append(r.order, path)
}

// resources embeds a font subset per face and the images, sorted by key.
func (r *renderer) resources() error {
	chars := map[string]map[rune]bool{}
	images := map[string]bool{}
	for _, p := range r.doc.Pages {
		for _, it := range p.Items {
			switch v := it.(type) {
			case *layout.TextRun:
				k := subsetKey(v)
				if chars[k] == nil {
					chars[k] = map[rune]bool{}
				}
				for _, g := range v.Glyphs {
					for _, c := range g.Text {
						chars[k][c] = true
					}
				}
			case *layout.Image:
				images[v.Key] = true
			}
		}
	}
	r.fontIDs, r.glyphs, r.imgIDs = map[string]int{}, map[string]map[rune]int{}, map[string]int{}
	var res xw
	res.header()
	res.open("ofd:Res", "xmlns:ofd", Namespace, "BaseLoc", "Res")
	if len(chars) > 0 {
		res.open("ofd:Fonts")
		for _, key := range sortedKeys(chars) {
			fc, err := r.fonts.get(strings.TrimSuffix(key, apartSuffix))
			if err != nil {
				return err
			}
			rs := make([]rune, 0, len(chars[key]))
			for c := range chars[key] {
				rs = append(rs, c)
			}
			sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
			gids := make([]int, len(rs))
			var buf sfnt.Buffer
			for i, c := range rs {
				g, err := fc.sf.GlyphIndex(&buf, c)
				if err == nil {
					gids[i] = int(g)
				}
			}
			sf := r.fonts.subset(key, fc, rs, gids)
			id := r.id()
			r.fontIDs[key], r.glyphs[key] = id, sf.cmap
			file := fmt.Sprintf("font_%d.ttf", id)
			r.add("Doc_0/Res/"+file, sf.prog)
			r.deflated["Doc_0/Res/"+file] = sf
			family, name := fc.f.names[1], fc.f.names[6]
			if family == "" {
				family = strings.TrimSuffix(key, apartSuffix)
			}
			if name == "" {
				name = family
			}
			res.open("ofd:Font", "ID", itoa(id), "FontName", name, "FamilyName", family)
			res.leaf("ofd:FontFile", file)
			res.close("ofd:Font")
		}
		res.close("ofd:Fonts")
	}
	if len(images) > 0 {
		res.open("ofd:MultiMedias")
		for _, key := range sortedKeys(images) {
			b, ok := r.opt.Images[key]
			if !ok {
				return fmt.Errorf("缺少图片 %s", key)
			}
			format, ext := "PNG", "png"
			if bytes.HasPrefix(b, []byte{0xFF, 0xD8}) {
				format, ext = "JPEG", "jpg"
			} else if !bytes.HasPrefix(b, []byte("\x89PNG")) {
				return fmt.Errorf("图片 %s 不是 PNG 或 JPEG", key)
			}
			id := r.id()
			r.imgIDs[key] = id
			file := fmt.Sprintf("image_%d.%s", id, ext)
			r.add("Doc_0/Res/"+file, b)
			res.open("ofd:MultiMedia", "ID", itoa(id), "Type", "Image", "Format", format)
			res.leaf("ofd:MediaFile", file)
			res.close("ofd:MultiMedia")
		}
		res.close("ofd:MultiMedias")
	}
	res.close("ofd:Res")
	r.add("Doc_0/DocumentRes.xml", res.bytes())
	return nil
}

// page writes Doc_0/Pages/Page_i/Content.xml.
func (r *renderer) page(i int) error {
	p := &r.doc.Pages[i]
	pageID := r.id()
	r.pageIDs = append(r.pageIDs, pageID)
	var x xw
	x.header()
	x.open("ofd:Page", "xmlns:ofd", Namespace)
	if first := r.doc.Pages[0]; p.Width != first.Width || p.Height != first.Height {
		x.open("ofd:Area")
		x.leaf("ofd:PhysicalBox", "0 0 "+mm(p.Width)+" "+mm(p.Height))
		x.close("ofd:Area")
	}
	x.open("ofd:Content")
	x.open("ofd:Layer", "ID", itoa(r.id()), "Type", "Body")
	for _, it := range p.Items {
		var ids []int
		var err error
		switch v := it.(type) {
		case *layout.TextRun:
			ids, err = r.text(&x, v)
		case *layout.Rule:
			ids = []int{r.rule(&x, v)}
		case *layout.Box:
			ids = []int{r.box(&x, v)}
		case *layout.Image:
			ids = []int{r.image(&x, v)}
		}
		if err != nil {
			return err
		}
		r.objects[it], r.pageOf[it] = ids, pageID
	}
	x.close("ofd:Layer")
	x.close("ofd:Content")
	x.close("ofd:Page")
	r.add(fmt.Sprintf("Doc_0/Pages/Page_%d/Content.xml", i), x.bytes())
	return nil
}

// text writes a run as TextObjects: one for the run, except that a glyph
// outside the BMP gets one of its own, its glyph given by a CGTransform
// (readers that map UTF-16 units through the cmap could not find it), so
// every TextCode's DeltaX has one entry per character after the first.
func (r *renderer) text(x *xw, run *layout.TextRun) ([]int, error) {
	if len(run.Glyphs) == 0 {
		return nil, nil
	}
	var ids []int
	start := 0
	flush := func(end int, supp bool) {
		if end > start {
			ids = append(ids, r.textObject(x, run, run.Glyphs[start:end], supp))
		}
		start = end
	}
	for i, g := range run.Glyphs {
		if hasSupplementary(g.Text) {
			flush(i, false)
			flush(i+1, true)
		}
	}
	flush(len(run.Glyphs), false)
	return ids, nil
}

func hasSupplementary(s string) bool {
	for _, c := range s {
		if c > 0xFFFF {
			return true
		}
	}
	return false
}

func (r *renderer) textObject(x *xw, run *layout.TextRun, gs []layout.Glyph, supp bool) int {
	s := run.Size
	left, right := gs[0].X, gs[0].X+gs[0].Advance
	for _, g := range gs {
		left, right = min(left, g.X), max(right, g.X+g.Advance)
	}
	// The boundary holds the glyphs with room for ascenders, descenders and
	// side bearings (a reader may clip to it).
	bx, by := units(left-s/2), units(run.Y-s*6/5)
	bw, bh := units(right+s/2)-bx, units(run.Y+s/2)-by
	id := r.id()
	attrs := []string{"ID", itoa(id), "Boundary", dec(bx) + " " + dec(by) + " " + dec(bw) + " " + dec(bh),
		"Font", itoa(r.fontIDs[subsetKey(run)]), "Size", mm(s)}
	x.open("ofd:TextObject", attrs...)
	if run.Color != layout.Black {
		x.empty("ofd:FillColor", "Value", colour(run.Color))
	}
	var text strings.Builder
	var delta []int64
	prev := int64(0)
	for i, g := range gs {
		gx := units(g.X)
		for k, c := range g.Text {
			if i > 0 || k > 0 {
				if k == 0 {
					delta = append(delta, gx-prev)
				} else {
					delta = append(delta, 0) // a mark riding on its base glyph
				}
			}
			text.WriteRune(c)
		}
		prev = gx
	}
	if supp {
		c, _ := utf8.DecodeRuneInString(gs[0].Text)
		x.open("ofd:CGTransform", "CodePosition", "0", "CodeCount", "1", "GlyphCount", "1")
		x.leaf("ofd:Glyphs", itoa(r.glyphs[subsetKey(run)][c]))
		x.close("ofd:CGTransform")
	}
	code := []string{"X", dec(units(gs[0].X) - bx), "Y", dec(units(run.Y) - by)}
	if len(delta) > 0 {
		code = append(code, "DeltaX", deltas(delta))
	}
	x.open("ofd:TextCode", code...)
	x.text(text.String())
	x.close("ofd:TextCode")
	x.close("ofd:TextObject")
	return id
}

// deltas writes DeltaX, runs of equal values as "g n v" (GB/T 33190 7.9.4).
func deltas(d []int64) string {
	var b strings.Builder
	for i := 0; i < len(d); {
		j := i + 1
		for j < len(d) && d[j] == d[i] {
			j++
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if j-i > 2 {
			b.WriteString("g " + itoa(j-i) + " ")
		} else if j-i == 2 {
			b.WriteString(dec(d[i]) + " ")
		}
		b.WriteString(dec(d[i]))
		i = j
	}
	return b.String()
}

func (r *renderer) rule(x *xw, v *layout.Rule) int {
	pad := v.Width
	ox, oy := min(v.X1, v.X2)-pad, min(v.Y1, v.Y2)-pad
	bx, by := units(ox), units(oy)
	bw, bh := units(max(v.X1, v.X2)+pad)-bx, units(max(v.Y1, v.Y2)+pad)-by
	id := r.id()
	x.open("ofd:PathObject", "ID", itoa(id), "Boundary", dec(bx)+" "+dec(by)+" "+dec(bw)+" "+dec(bh), "LineWidth", mm(v.Width))
	x.empty("ofd:StrokeColor", "Value", colour(v.Color))
	x.leaf("ofd:AbbreviatedData", "M "+dec(units(v.X1)-bx)+" "+dec(units(v.Y1)-by)+" L "+dec(units(v.X2)-bx)+" "+dec(units(v.Y2)-by))
	x.close("ofd:PathObject")
	return id
}

func (r *renderer) box(x *xw, v *layout.Box) int {
	pad := v.Stroke
	bx, by := units(v.X-pad), units(v.Y-pad)
	bw, bh := units(v.X+v.W+pad)-bx, units(v.Y+v.H+pad)-by
	id := r.id()
	attrs := []string{"ID", itoa(id), "Boundary", dec(bx) + " " + dec(by) + " " + dec(bw) + " " + dec(bh)}
	if v.Fill {
		attrs = append(attrs, "Stroke", "false", "Fill", "true")
	} else {
		attrs = append(attrs, "LineWidth", mm(v.Stroke))
	}
	x.open("ofd:PathObject", attrs...)
	if v.Fill {
		x.empty("ofd:FillColor", "Value", colour(v.Color))
	} else {
		x.empty("ofd:StrokeColor", "Value", colour(v.Color))
	}
	x0, y0 := units(v.X)-bx, units(v.Y)-by
	x1, y1 := units(v.X+v.W)-bx, units(v.Y+v.H)-by
	x.leaf("ofd:AbbreviatedData", "M "+dec(x0)+" "+dec(y0)+" L "+dec(x1)+" "+dec(y0)+" L "+dec(x1)+" "+dec(y1)+" L "+dec(x0)+" "+dec(y1)+" C")
	x.close("ofd:PathObject")
	return id
}

func (r *renderer) image(x *xw, v *layout.Image) int {
	id := r.id()
	x.empty("ofd:ImageObject", "ID", itoa(id), "Boundary", mm(v.X)+" "+mm(v.Y)+" "+mm(v.W)+" "+mm(v.H),
		"CTM", mm(v.W)+" 0 0 "+mm(v.H)+" 0 0", "ResourceID", itoa(r.imgIDs[v.Key]))
	return id
}

// document writes Doc_0/Document.xml.
func (r *renderer) document() {
	var x xw
	x.header()
	x.open("ofd:Document", "xmlns:ofd", Namespace)
	x.open("ofd:CommonData")
	x.leaf("ofd:MaxUnitID", itoa(r.lastID))
	x.open("ofd:PageArea")
	x.leaf("ofd:PhysicalBox", "0 0 "+mm(r.doc.Pages[0].Width)+" "+mm(r.doc.Pages[0].Height))
	x.close("ofd:PageArea")
	x.leaf("ofd:DocumentRes", "DocumentRes.xml")
	x.close("ofd:CommonData")
	x.open("ofd:Pages")
	for i, id := range r.pageIDs {
		x.empty("ofd:Page", "ID", itoa(id), "BaseLoc", fmt.Sprintf("Pages/Page_%d/Content.xml", i))
	}
	x.close("ofd:Pages")
	if r.hasTags {
		x.leaf("ofd:CustomTags", "Tags/CustomTags.xml")
	}
	x.close("ofd:Document")
	r.add("Doc_0/Document.xml", x.bytes())
}

// ofdXML writes the entry file with the metadata; its DocID is derived from
// every other part of the package, so the same document always gets the
// same ID and any change another.
func (r *renderer) ofdXML() {
	h := sha256.New()
	for _, p := range r.order {
		io.WriteString(h, p)
		h.Write(r.files[p])
	}
	m, o := r.doc.Meta, r.opt
	var x xw
	x.header()
	x.open("ofd:OFD", "xmlns:ofd", Namespace, "Version", "1.0", "DocType", "OFD")
	x.open("ofd:DocBody")
	x.open("ofd:DocInfo")
	x.leaf("ofd:DocID", hex.EncodeToString(h.Sum(nil)[:16]))
	opt := func(name, v string) {
		if v = layout.MetaText(v); v != "" {
			x.leaf(name, v)
		}
	}
	opt("ofd:Title", m.Title)
	opt("ofd:Author", m.Author)
	opt("ofd:Subject", orElse(m.Subject, o.Subject))
	if !o.Created.IsZero() {
		x.leaf("ofd:CreationDate", o.Created.Format("2006-01-02"))
	}
	var kws []string
	for _, k := range strings.Split(orElse(m.Keywords, o.Keywords), ";") {
		if k = layout.MetaText(k); k != "" {
			kws = append(kws, k)
		}
	}
	if len(kws) > 0 {
		x.open("ofd:Keywords")
		for _, k := range kws {
			x.leaf("ofd:Keyword", k)
		}
		x.close("ofd:Keywords")
	}
	opt("ofd:Creator", o.Creator)
	opt("ofd:CreatorVersion", o.CreatorVersion)
	custom := append([][2]string{{"文件编号", m.Number}, {"日期", m.Date}}, o.Custom...)
	n := 0
	for _, c := range custom {
		if layout.MetaText(c[1]) != "" {
			if n == 0 {
				x.open("ofd:CustomDatas")
			}
			n++
			x.open("ofd:CustomData", "Name", c[0])
			x.text(layout.MetaText(c[1]))
			x.close("ofd:CustomData")
		}
	}
	if n > 0 {
		x.close("ofd:CustomDatas")
	}
	x.close("ofd:DocInfo")
	x.leaf("ofd:DocRoot", "Doc_0/Document.xml")
	x.close("ofd:DocBody")
	x.close("ofd:OFD")
	r.files["OFD.xml"] = x.bytes()
	r.order = append([]string{"OFD.xml"}, r.order...)
}

// write stores the parts in a zip, in a fixed order with a fixed time.
func (r *renderer) write(w io.Writer) error {
	t := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	if c := r.opt.Created; !c.IsZero() && c.Year() >= 1980 {
		t = time.Date(c.Year(), c.Month(), c.Day(), c.Hour(), c.Minute(), c.Second(), 0, time.UTC)
	}
	zw := zip.NewWriter(w)
	for _, p := range r.order {
		b := r.files[p]
		if c, ok := r.deflated[p]; ok {
			f, err := zw.CreateRaw(&zip.FileHeader{Name: p, Method: zip.Deflate, Modified: t,
				CRC32: c.crc, CompressedSize64: uint64(len(c.data)), UncompressedSize64: uint64(len(b))})
			if err == nil {
				_, err = f.Write(c.data)
			}
			if err != nil {
				return err
			}
			continue
		}
		// Pictures are compressed already; parts under 1 KB are stored:
		// deflate's Huffman tables cost ≈ 50 µs a part, for a few hundred
		// bytes saved.
		method := zip.Deflate
		if len(b) < 1024 || strings.HasSuffix(p, ".png") || strings.HasSuffix(p, ".jpg") {
			method = zip.Store
		}
		n := len(b)
		zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return deflater(w, n) })
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p, Method: method, Modified: t})
		if err != nil {
			return err
		}
		if _, err := f.Write(b); err != nil {
			return err
		}
	}
	return zw.Close()
}

// apartSuffix marks the subset of runs set apart (layout.TextRun.Apart): a
// certificate's recipient line gets a font subset of its own, so the subset
// of everything else, and with it its compressed bytes (Fonts.deflated),
// repeats across the certificates of an award, as in the PDF renderer.
const apartSuffix = "/apart"

func subsetKey(r *layout.TextRun) string {
	if r.Apart {
		return r.Face + apartSuffix
	}
	return r.Face
}

// subsetFont is a font subset ready to store: its program, its cmap and
// the program compressed.
type subsetFont struct {
	prog []byte
	cmap map[rune]int
	data []byte // prog deflated
	crc  uint32 // of prog
}

// subset returns the subset of face key for the characters rs (gids their
// glyphs), from a cache shared by the documents of a batch: the subset of a
// certificate's fixed text recurs in every certificate of an award, and
// making and compressing it was most of an OFD certificate's time. The
// cache is emptied when it holds 256 subsets.
func (fs *Fonts) subset(key string, fc *face, rs []rune, gids []int) *subsetFont {
	ck := key + "\x00" + string(rs)
	fs.mu.Lock()
	sf := fs.cache[ck]
	fs.mu.Unlock()
	if sf != nil {
		return sf
	}
	sf = &subsetFont{}
	sf.prog, sf.cmap = fc.f.subset(rs, gids)
	var buf bytes.Buffer
	w, _ := deflater(&buf, len(sf.prog))
	w.Write(sf.prog)
	w.Close()
	sf.data, sf.crc = buf.Bytes(), crc32.ChecksumIEEE(sf.prog)
	fs.mu.Lock()
	if len(fs.cache) >= 256 {
		clear(fs.cache)
	}
	fs.cache[ck] = sf
	fs.mu.Unlock()
	return sf
}

// Deflate writers are reused: each holds ≈ 1 MB of state, and a package
// has several parts. Reset gives output identical to a new writer's. Small
// parts (under 8 KB: a recipient's name subset, a page) are compressed at
// BestSpeed, whose Reset does not clear the 512 KB hash table that made the
// default level cost ≈ 0.2 ms per certificate.
var deflaters [2]sync.Pool // [0] BestSpeed, [1] DefaultCompression

type pooled struct {
	*flate.Writer
	pool *sync.Pool
}

func (p pooled) Close() error {
	err := p.Writer.Close()
	p.Writer.Reset(io.Discard)
	p.pool.Put(p.Writer)
	return err
}

// deflater returns a pooled deflate writer for a part of n bytes.
func deflater(w io.Writer, n int) (io.WriteCloser, error) {
	i, level := 1, flate.DefaultCompression
	if n < 8<<10 {
		i, level = 0, flate.BestSpeed
	}
	if fw, ok := deflaters[i].Get().(*flate.Writer); ok {
		fw.Reset(w)
		return pooled{fw, &deflaters[i]}, nil
	}
	fw, err := flate.NewWriter(w, level)
	return pooled{fw, &deflaters[i]}, err
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
