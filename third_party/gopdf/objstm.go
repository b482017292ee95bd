package gopdf

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"

	"github.com/klauspost/compress/zlib"
)

// pingyou patch Z (new file): compact output (Config.ObjectStreams). Every
// dictionary object (catalog, pages, fonts, descriptors, the structure tree
// of patch Y, Info) goes into one compressed object stream, and the
// cross-reference table becomes a cross-reference stream (PDF
// 32000-1 7.5.7, 7.5.8; PDF 1.5, allowed by PDF/A-2). Streams stay
// top-level objects, as they must. A one-page certificate's ≈ 30 small
// dictionaries and its 20-byte xref lines were ≈ 3 KB uncompressed.

// objStmTypes are the object types written as plain dictionaries (no
// stream), which may go into the object stream. Anything else (streams,
// the encryption dictionary, imported objects) stays a top-level object.
var objStmTypes = map[string]bool{
	"Catalog": true, "Pages": true, "Page": true, "Outlines": true, "Outline": true,
	"Font": true, "CIDFont": true, "SubsetFont": true, "FontDescriptor": true, "SubFontDescriptor": true,
	"ProcSet": true, "Encoding": true, "ExtGState": true, "Annot": true,
	"StructTreeRoot": true, "ParentTree": true, "StructElem": true,
}

// compileCompact is compilePdf with object streams; prepare has run and the
// file is not encrypted.
func (gp *GoPdf) compileCompact(writer *countingWriter) (int64, error) {
	n := len(gp.pdfObjs)
	// Object numbers: 1…n the objects, then Info (if any), the object
	// stream, the cross-reference stream.
	total := n
	gp.infoObjID = 0
	if gp.isUseInfo {
		total++
		gp.infoObjID = total
	}
	stmID, xrefID := total+1, total+2
	type entry struct {
		kind   byte  // 1: at an offset; 2: in the object stream
		offset int64 // kind 1: the byte offset; kind 2: the index in the stream
	}
	entries := make([]entry, xrefID+1)
	var head, body bytes.Buffer // the object stream's header and objects
	head.Grow(12 * n)
	body.Grow(160 * n)
	k := 0
	inStream := func(id int, write func(w io.Writer) error) error {
		head.WriteString(strconv.Itoa(id))
		head.WriteByte(' ')
		head.WriteString(strconv.Itoa(body.Len()))
		head.WriteByte(' ')
		entries[id] = entry{2, int64(k)}
		k++
		return write(&body)
	}
	for i, o := range gp.pdfObjs {
		id := i + 1
		if objStmTypes[o.getType()] {
			if err := inStream(id, func(w io.Writer) error { return o.write(w, id) }); err != nil {
				return writer.offset, err
			}
			continue
		}
		entries[id] = entry{1, writer.offset}
		fmt.Fprintf(writer, "%d 0 obj\n", id)
		if err := o.write(writer, id); err != nil {
			return writer.offset, err
		}
		io.WriteString(writer, "endobj\n\n")
	}
	if gp.infoObjID > 0 {
		inStream(gp.infoObjID, func(w io.Writer) error { gp.writeInfo(w); return nil })
	}
	// The object stream.
	var data bytes.Buffer
	data.Grow(body.Len() / 2)
	if err := deflate(&data, head.Bytes(), body.Bytes()); err != nil {
		return writer.offset, err
	}
	entries[stmID] = entry{1, writer.offset}
	fmt.Fprintf(writer, "%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n",
		stmID, k, head.Len(), data.Len())
	writer.Write(data.Bytes())
	io.WriteString(writer, "\nendstream\nendobj\n\n")

	// The cross-reference stream: its /ID hashes every byte before it
	// (patch E).
	entries[xrefID] = entry{1, writer.offset}
	gp.fileID = hex.EncodeToString(gp.idHash.Sum(nil)[:16])
	w2 := 1 // bytes for field 2: the largest offset or stream number
	for max := writer.offset; max >= 1<<(8*w2); w2++ {
	}
	w3 := 1 // field 3: the largest index in the stream
	for k >= 1<<(8*w3) {
		w3++
	}
	rows := make([]byte, 0, (1+w2+w3)*len(entries))
	for id, e := range entries {
		f2, f3 := e.offset, int64(0)
		switch {
		case id == 0:
			f2, f3 = 0, 1<<(8*w3)-1 // the free list's head: generation all ones
		case e.kind == 2:
			f2, f3 = int64(stmID), e.offset
		}
		rows = append(rows, e.kind)
		for s := w2 - 1; s >= 0; s-- {
			rows = append(rows, byte(f2>>(8*s)))
		}
		for s := w3 - 1; s >= 0; s-- {
			rows = append(rows, byte(f3>>(8*s)))
		}
	}
	// Unfiltered: a few hundred bytes, and a second deflate call cost a
	// certificate more time (≈ 20 µs) than its ≈ 80 bytes are worth.
	start := writer.offset
	fmt.Fprintf(writer, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 %d %d] /Root 1 0 R", xrefID, xrefID+1, w2, w3)
	if gp.infoObjID > 0 {
		fmt.Fprintf(writer, " /Info %d 0 R", gp.infoObjID)
	}
	fmt.Fprintf(writer, " /ID [<%s> <%s>] /Length %d >>\nstream\n", gp.fileID, gp.fileID, len(rows))
	writer.Write(rows)
	io.WriteString(writer, "\nendstream\nendobj\n")
	fmt.Fprintf(writer, "startxref\n%d\n%%%%EOF\n", start)
	return writer.offset, nil
}

// deflate compresses the concatenation of parts into w at the level of
// small content streams (these are a few KB).
func deflate(w io.Writer, parts ...[]byte) error {
	level := contentLevel(zlib.DefaultCompression, 0)
	zw, err := getZlibWriter(w, level)
	if err != nil {
		return err
	}
	for _, p := range parts {
		if _, err := zw.Write(p); err != nil {
			return err
		}
	}
	err = zw.Close()
	putZlibWriter(zw, level)
	return err
}
