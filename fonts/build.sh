#!/usr/bin/env bash
# Rebuild the fonts in this directory from Debian packages.
#
#   bash fonts/build.sh            # download the .debs (apt-get download), convert, verify
#   DEB_DIR=/some/dir bash fonts/build.sh   # use .debs already in DEB_DIR instead
#
# Needs: apt-get (Debian bookworm lists; run `apt-get update` once), dpkg, Debian's
# /usr/bin/python3 with python3-fonttools. Nothing is installed system-wide except
# python3-fonttools when it is missing and we are root. Takes a few minutes
# (the two Noto faces are ~2 min each).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
PKGS=(texlive-lang-chinese fonts-noto-cjk fonts-lxgw-wenkai fonts-arphic-ukai)

if ! "$PY" -c 'import fontTools' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y --no-install-recommends python3-fonttools
  else
    echo "build.sh: $PY has no fontTools: apt-get install python3-fonttools" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work" # apt-get download runs as _apt and must write here

if [ -n "${DEB_DIR:-}" ]; then
  for p in "${PKGS[@]}"; do cp "$DEB_DIR"/"${p}"_*.deb "$work"/; done
else
  (cd "$work" && apt-get download "${PKGS[@]}")
fi

for p in "${PKGS[@]}"; do
  deb=$(ls "$work"/"${p}"_*.deb)
  echo "$p $(dpkg-deb -f "$deb" Version)"
  mkdir -p "$work/x/$p"
  dpkg -x "$deb" "$work/x/$p"
done

fandol=$work/x/texlive-lang-chinese/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
noto=$work/x/fonts-noto-cjk/usr/share/fonts/opentype/noto
wenkai=$work/x/fonts-lxgw-wenkai/usr/share/fonts/truetype/lxgw-wenkai
arphic=$work/x/fonts-arphic-ukai/usr/share/fonts/truetype/arphic

# CFF -> glyf. Two at a time (the machine has 2 cores).
"$PY" "$here/convert.py" "$noto/NotoSerifCJK-Bold.ttc" "$here/NotoSerifCJKsc-Bold.ttf" \
  --face "Noto Serif CJK SC" --subset cjk &
bold=$!
"$PY" "$here/convert.py" "$noto/NotoSerifCJK-Regular.ttc" "$here/NotoSerifCJKsc-Regular.ttf" \
  --face "Noto Serif CJK SC" --subset cjk
for f in Fang Hei Kai; do
  "$PY" "$here/convert.py" "$fandol/Fandol$f-Regular.otf" "$here/Fandol$f-Regular.ttf"
done
wait "$bold"

# AR PL UKai CN: already TrueType; only taken out of its collection. The
# Arphic Public License asks a modified file to say how and when it changed
# (the date is fixed so that the build is reproducible).
"$PY" "$here/convert.py" "$arphic/ukai.ttc" "$here/ARPLUKaiCN.ttf" --face "AR PL UKai CN" \
  --notice "Modified for pingyou on 2026-12-02 by fonts/convert.py: the face AR PL UKai CN was taken out of the collection ukai.ttc (Debian package fonts-arphic-ukai 0.2.20080216.2-5) into a file of its own; glyphs, metrics, tables and other names are unchanged."

# LXGW WenKai is TrueType already, and "LXGW"/"霞鹜" are Reserved Font Names
# (OFL): a modified copy would have to be renamed, so it is shipped unmodified.
cp "$wenkai/LXGWWenKai-Regular.ttf" "$here/LXGWWenKai-Regular.ttf"

# Licences, as shipped in the packages.
lic=$here/licenses
mkdir -p "$lic"
zcat "$work/x/texlive-lang-chinese/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz" > "$lic/Fandol-COPYING.txt"
cp "$work/x/texlive-lang-chinese/usr/share/doc/texlive-doc/fonts/fandol/README" "$lic/Fandol-README.txt"
cp "$work/x/fonts-noto-cjk/usr/share/doc/fonts-noto-cjk/copyright" "$lic/fonts-noto-cjk.copyright"
cp "$work/x/fonts-lxgw-wenkai/usr/share/doc/fonts-lxgw-wenkai/copyright" "$lic/fonts-lxgw-wenkai.copyright"
cp "$work/x/fonts-arphic-ukai/usr/share/doc/fonts-arphic-ukai/copyright" "$lic/fonts-arphic-ukai.copyright"
zcat "$work/x/fonts-arphic-ukai/usr/share/doc/fonts-arphic-ukai/license/english/ARPHICPL.TXT.gz" > "$lic/ARPHICPL.TXT"
zcat "$work/x/fonts-arphic-ukai/usr/share/doc/fonts-arphic-ukai/license/zh_CN.UTF-8/ARPHICPL.TXT.gz" > "$lic/ARPHICPL.zh_CN.TXT"
# Plain OFL 1.1 text: the "License: SIL-1.1" paragraph of the Debian copyright file, unindented.
awk -v L=SIL-1.1 '
  $0 == "License: " L { on = 1; next }
  on && /^ / { sub(/^ /, ""); if ($0 == ".") $0 = ""; print; started = 1; next }
  started { exit }
  { on = 0 }' "$lic/fonts-noto-cjk.copyright" > "$lic/OFL.txt"
grep -q 'SIL OPEN FONT LICENSE Version 1.1' "$lic/OFL.txt"

# Verify and record.
(cd "$here" && sha256sum ./*.ttf > SHA256SUMS)
"$PY" "$here/coverage.py"
