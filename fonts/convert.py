#!/usr/bin/python3
"""Convert a CFF-flavoured OpenType font (.otf, or one face of a .ttc) into a
TrueType-outline (glyf) .ttf that github.com/signintech/gopdf accepts.

Run with Debian's Python (/usr/bin/python3, package python3-fonttools).

    convert.py IN OUT [--face "Noto Serif CJK SC"] [--subset cjk] [--notice TEXT]

Steps:
  1. load IN; for a .ttc pick the face whose family name (name ID 1 or 16)
     matches --face exactly;
  2. with --subset cjk: subset to the Unicode ranges in SUBSET_RANGES below
     (all name records kept, hinting dropped, GSUB dropped, GPOS kept only
     for the halt/palt/vhal/vpal/kern features, which add no glyphs);
  3. CFF -> glyf: every glyph is drawn through fontTools' Cu2QuPen into a
     TTGlyphPen (cubic -> quadratic, max error 1 font unit, contour direction
     reversed to TrueType's clockwise); glyf/loca built, CFF and VORG dropped,
     hmtx left side bearings set to the new xMin, maxp 1.0, post format 3;
  4. check the result (sfnt 0x00010000, glyf present, (3,1) format 4 cmap,
     (3,10) format 12 when IN had one, name records unchanged).

A face that already has TrueType outlines (glyf) is only taken out of its
collection: step 3 is skipped.

The name table (copyright, licence, licence URL) is kept as it is, except
that --notice TEXT is appended to the copyright notice (name ID 0) of every
platform: the Arphic Public License asks each modified file to state how and
when it was changed.
"""
import argparse
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

MAX_ERR = 1.0  # font units; Noto/Fandol have 1000 upm

# Unicode ranges kept by --subset cjk (inclusive).
SUBSET_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement (× ÷ · §)
    (0x0100, 0x017F),  # Latin Extended-A (pinyin ā ē ī ō ū)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x02C6, 0x02DD),  # spacing modifiers (ˇ ˉ ˊ ˋ ˙)
    (0x0370, 0x03FF),  # Greek (in GB 2312)
    (0x0400, 0x045F),  # Cyrillic (in GB 2312)
    (0x2000, 0x206F),  # General Punctuation (“ ” ‘ ’ — … ‰ ※)
    (0x2100, 0x218F),  # Letterlike symbols, Number forms (℃ № Ⅰ Ⅻ)
    (0x2190, 0x22FF),  # Arrows, Mathematical operators
    (0x2460, 0x24FF),  # Enclosed alphanumerics (① ⑴ ⒈)
    (0x2500, 0x26FF),  # Box drawing, Geometric shapes, Misc symbols (□ ○ ★)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation (、。〈〉《》「」【】〔〕〇)
    (0x3040, 0x30FF),  # Hiragana, Katakana (in GB 2312)
    (0x3100, 0x312F),  # Bopomofo
    (0x3200, 0x33FF),  # Enclosed CJK letters, CJK compatibility (㈠ ㎡)
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE10, 0xFE1F),  # Vertical forms
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0x20000, 0x2A6DF),  # CJK Unified Ideographs Extension B
    (0x2A700, 0x2EBEF),  # Extensions C-F (the few the font has)
    (0x2F800, 0x2FA1F),  # CJK Compatibility Ideographs Supplement
]

KEEP_GPOS_FEATURES = ["halt", "palt", "vhal", "vpal", "kern"]


def family_names(font):
    name = font["name"]
    out = set()
    for rec in name.names:
        if rec.nameID in (1, 16):
            try:
                out.add(rec.toUnicode())
            except UnicodeDecodeError:
                pass
    return out


def load(path, face):
    if path.lower().endswith((".ttc", ".otc")):
        coll = TTCollection(path)
        found = []
        for i, f in enumerate(coll.fonts):
            fams = family_names(f)
            if face is not None and face in fams:
                found.append(i)
        if len(found) != 1:
            for i, f in enumerate(coll.fonts):
                print(f"  face {i}: {sorted(family_names(f))}", file=sys.stderr)
            sys.exit(f"convert.py: {path}: need exactly one face named {face!r}, found {len(found)}")
        return TTFont(path, fontNumber=found[0], recalcTimestamp=False)
    return TTFont(path, recalcTimestamp=False)


def subset_cjk(font):
    from fontTools import subset

    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    opts.notdef_glyph = True
    opts.recommended_glyphs = True
    opts.hinting = False
    opts.glyph_names = False
    opts.layout_features = KEEP_GPOS_FEATURES
    opts.drop_tables = list(opts.drop_tables) + ["GSUB"]
    unicodes = []
    for lo, hi in SUBSET_RANGES:
        unicodes.extend(range(lo, hi + 1))
    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def otf_to_ttf(font):
    if "CFF " not in font:
        sys.exit("convert.py: input has no CFF table (already TrueType? then ship it as it is)")
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyphs = {}
    for gname in order:
        tt = TTGlyphPen(gs)
        gs[gname].draw(Cu2QuPen(tt, MAX_ERR, reverse_direction=True))
        glyphs[gname] = tt.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)  # computes each glyph's bounding box

    hmtx = font["hmtx"]
    for gname, g in glyf.glyphs.items():
        adv, _ = hmtx[gname]
        hmtx[gname] = (adv, g.xMin if hasattr(g, "xMin") else 0)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0
    maxp.compile(font)  # recalculates point/contour maxima from glyf

    post = font["post"]
    post.formatType = 3.0  # CID-keyed sources have no useful glyph names
    post.extraNames = []
    post.mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def add_notice(font, text):
    for rec in font["name"].names:
        if rec.nameID == 0:
            rec.string = rec.toUnicode() + "\n\n" + text


def names(font):
    return sorted((r.platformID, r.platEncID, r.langID, r.nameID, r.toUnicode()) for r in font["name"].names)


def check(path, want_fmt12, want_names):
    f = TTFont(path)
    problems = []
    if f.sfntVersion != "\x00\x01\x00\x00":
        problems.append("sfnt version is not 0x00010000")
    for t in ("glyf", "loca", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cmap"):
        if t not in f:
            problems.append(f"missing table {t}")
    if "CFF " in f:
        problems.append("CFF table still present")
    subt = {(s.platformID, s.platEncID): s.format for s in f["cmap"].tables}
    if subt.get((3, 1)) != 4:
        problems.append("no (3,1) format 4 cmap")
    if want_fmt12 and subt.get((3, 10)) != 12:
        problems.append("no (3,10) format 12 cmap")
    if names(f) != want_names:
        problems.append("name table changed")
    cmap = f.getBestCmap()
    gid = cmap.get(ord("仿"))
    if gid is None or f["glyf"][gid].numberOfContours <= 0:
        problems.append("仿 missing or empty")
    if problems:
        sys.exit(f"convert.py: {path}: " + "; ".join(problems))
    print(f"{path}: ok, {f['maxp'].numGlyphs} glyphs, cmap {sorted(subt.items())}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--face", help="family name of the face to take from a .ttc")
    ap.add_argument("--subset", choices=["cjk"], help="subset to the CJK + punctuation ranges before converting")
    ap.add_argument("--notice", help="appended to the copyright notice (name ID 0): how and when the file was changed")
    a = ap.parse_args()

    font = load(a.input, a.face)
    had_fmt12 = any(s.platformID == 3 and s.platEncID == 10 for s in font["cmap"].tables)
    if a.notice:
        add_notice(font, a.notice)
    want_names = names(font)
    if a.subset == "cjk":
        subset_cjk(font)
    if "glyf" not in font:
        otf_to_ttf(font)
    font.save(a.output)
    check(a.output, had_fmt12, want_names)


if __name__ == "__main__":
    main()
