#!/usr/bin/python3
"""Print a Markdown table of what each shipped font covers.

    /usr/bin/python3 fonts/coverage.py [FONT.ttf ...]   (default: fonts/*.ttf)

Columns: file size, outline type, glyph count, GB 2312 hanzi (of 6763),
Extension A / B code points mapped, which of the test name characters are
present, and the advance width of “ (U+201C) in em.
"""
import glob
import os
import sys

from fontTools.ttLib import TTFont

TEST = "喆堃镕\U000201D4珺犇昇頔玥瑀赟"


def gb2312_hanzi():
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "*.ttf")))
    gb = gb2312_hanzi()
    print("| file | MB | outlines | glyphs | GB2312 hanzi | Ext A | Ext B | has | lacks | “ advance (em) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for p in paths:
        f = TTFont(p, lazy=True)
        cmap = f.getBestCmap()
        upm = f["head"].unitsPerEm
        outl = "glyf" if "glyf" in f else ("CFF" if "CFF " in f else "?")
        n_gb = sum(1 for c in gb if c in cmap)
        ext_a = sum(1 for c in cmap if 0x3400 <= c <= 0x4DBF)
        ext_b = sum(1 for c in cmap if 0x20000 <= c <= 0x2A6DF)
        has = "".join(ch for ch in TEST if ord(ch) in cmap)
        lacks = "".join(ch for ch in TEST if ord(ch) not in cmap)
        q = cmap.get(0x201C)
        adv = f"{f['hmtx'][q][0] / upm:g}" if q else "no glyph"
        mb = os.path.getsize(p) / 1e6
        print(f"| {os.path.basename(p)} | {mb:.1f} | {outl} | {f['maxp'].numGlyphs} | {n_gb}/{len(gb)} "
              f"| {ext_a} | {ext_b} | {has or '—'} | {lacks or '—'} | {adv} |")


if __name__ == "__main__":
    main()
