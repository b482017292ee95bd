package pdf

import (
	"encoding/xml"
	"strings"
	"time"

	"pingyou/pipeline/layout"
)

// OutputCondition names the output intent's profile.
const OutputCondition = "sRGB IEC61966-2.1"

// info is the document information written twice, into the Info dictionary
// and the XMP packet; PDF/A requires the two to agree, so both are written
// from this one value after layout.MetaText.
type info struct {
	Title, Author, Subject, Keywords, Number, Creator, Producer string
	Created                                                     time.Time
}

func (in *info) clean() {
	for _, p := range []*string{&in.Title, &in.Author, &in.Subject, &in.Keywords, &in.Number, &in.Creator, &in.Producer} {
		*p = layout.MetaText(*p)
	}
}

func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// xmpDate is the XMP form of the Info dictionary's CreationDate
// (D:20120628000000+08'00' ↔ 2012-06-28T00:00:00+08:00), the same instant
// written with the same offset.
func xmpDate(t time.Time) string {
	return t.Format("2006-01-02T15:04:05-07:00")
}

// xmp builds the PDF/A-2 XMP packet: conformance A and the PDF/UA-1
// identification when tagged, else U. Untagged it uses only schemas
// predefined by PDF/A (dc, xmp, pdf, pdfaid); tagged, pdfuaid comes with its
// extension schema description. It mirrors the Info dictionary exactly: Title → dc:title, Author →
// dc:creator, Subject → dc:description, Keywords → pdf:Keywords, Creator →
// xmp:CreatorTool, Producer → pdf:Producer, CreationDate → xmp:CreateDate.
// The 文件编号 goes into dc:identifier. No dates other than the config's.
func xmp(in info, tagged bool) []byte {
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
	b.WriteString(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
	b.WriteString("  <rdf:Description rdf:about=\"\"\n")
	b.WriteString("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
	b.WriteString("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
	b.WriteString("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
	b.WriteString("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
	if tagged {
		b.WriteString("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n" +
			"    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n" +
			"    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n" +
			"    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"")
	}
	b.WriteString(">\n")
	b.WriteString("   <dc:format>application/pdf</dc:format>\n")
	if in.Title != "" {
		b.WriteString("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(in.Title) + "</rdf:li></rdf:Alt></dc:title>\n")
	}
	if in.Author != "" {
		b.WriteString("   <dc:creator><rdf:Seq><rdf:li>" + xmlText(in.Author) + "</rdf:li></rdf:Seq></dc:creator>\n")
	}
	if in.Subject != "" {
		b.WriteString("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(in.Subject) + "</rdf:li></rdf:Alt></dc:description>\n")
	}
	if in.Number != "" {
		b.WriteString("   <dc:identifier>" + xmlText(in.Number) + "</dc:identifier>\n")
	}
	if in.Keywords != "" {
		b.WriteString("   <pdf:Keywords>" + xmlText(in.Keywords) + "</pdf:Keywords>\n")
	}
	if in.Producer != "" {
		b.WriteString("   <pdf:Producer>" + xmlText(in.Producer) + "</pdf:Producer>\n")
	}
	if in.Creator != "" {
		b.WriteString("   <xmp:CreatorTool>" + xmlText(in.Creator) + "</xmp:CreatorTool>\n")
	}
	if !in.Created.IsZero() {
		b.WriteString("   <xmp:CreateDate>" + xmpDate(in.Created) + "</xmp:CreateDate>\n")
	}
	b.WriteString("   <pdfaid:part>2</pdfaid:part>\n")
	if tagged {
		// PDF/A-2a and PDF/UA-1 (tagged.go); pdfuaid is described by an
		// extension schema, as PDF/A-2 requires for schemas it does not predefine.
		b.WriteString("   <pdfaid:conformance>A</pdfaid:conformance>\n")
		b.WriteString("   <pdfuaid:part>1</pdfuaid:part>\n")
		b.WriteString(pdfuaExtension)
	} else {
		// Every glyph maps to Unicode (ToUnicode, patch A), so 2u holds.
		b.WriteString("   <pdfaid:conformance>U</pdfaid:conformance>\n")
	}
	b.WriteString("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n")
	// No padding: XMP recommends ≈ 2 KB of it so that an editor can update the
	// packet in place, but these files are archived, not edited, and the
	// padding was 7 % of a certificate (PDF/A keeps the packet unfiltered).
	// end="w" still allows an editor to rewrite the packet elsewhere.
	b.WriteString("<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

// pdfuaExtension declares the PDF/UA identification schema (ISO 14289-1
// 5) in the PDF/A extension schema form (ISO 19005-2 6.6.2.3.2).
const pdfuaExtension = `   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>
`
