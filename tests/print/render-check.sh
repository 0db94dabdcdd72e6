#!/usr/bin/env bash
# Render check for the Word output (not run in CI): installs LibreOffice, Debian's CJK fonts and
# poppler, converts every document of every example agenda to PDF (and a few to PNG), and
# measures them with render-check.py: no character of the document lost or added, 22 lines ×
# 28 characters on a full page (18 × 24 in large print), every page but a document's last at
# least three quarters full, a handout on one page, a run sheet's summary never alone.
# Usage: tests/print/render-check.sh [OUT_DIR]   (default: target/render-check)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/render-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)

need=()
command -v soffice >/dev/null || need+=(libreoffice-writer)
command -v pdftotext >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Noto Serif CJK" || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "AR PL UKai" || need+=(fonts-arphic-ukai)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Map the Windows font names in the .docx to Debian's fonts, for LibreOffice only.
home="$out/home"
mkdir -p "$home/.config/fontconfig"
cat > "$home/.config/fontconfig/fonts.conf" <<'XML'
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>FandolFang</family><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>Times New Roman</family><prefer><family>Liberation Serif</family></prefer></alias>
  <match target="pattern"><test name="family"><string>方正小标宋简体</string></test>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>
</fontconfig>
XML

cargo build --release -q
emcee=${CARGO_TARGET_DIR:-target}/release/emcee

# Every document of every example agenda (a speech or report only where the agenda has one),
# and the long meeting whose full pages are known: 22 × 28, 18 × 24 in large print.
names=()
render() { # name agenda args...
  local name=$1 agenda=$2; shift 2
  if $emcee render "$agenda" "$@" -o "$out/$name.docx" 2>/dev/null; then names+=("$name"); fi
}
render long-script tests/print/long-meeting.yaml
render long-script-large tests/print/long-meeting.yaml --large-print
render long-runsheet tests/print/long-meeting.yaml --doc runsheet
render long-handout tests/print/long-meeting.yaml --doc handout
# Twelve items: a handout two lines too long for one page, set on closer lines to fit it.
awk '/^  - \{ who: p/ { if (++n > 12) next } { print }' tests/print/long-meeting.yaml >"$out/twelve-items.yaml"
render twelve-items-handout "$out/twelve-items.yaml" --doc handout
for agenda in agendas/*.yaml agendas/congress/*session.yaml; do
  base=$(basename "$agenda" .yaml)
  for doc in script handout runsheet speech report packet; do
    render "$base-$doc" "$agenda" --doc "$doc"
  done
  render "$base-script-large" "$agenda" --large-print
done
rm -f "$out"/*.pdf
# Keep the blank pages that put each document of a packet on an odd page, as a printer would.
pdf='pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
(cd "$out" && HOME="$home" soffice --headless --convert-to "$pdf" --outdir "$out" "${names[@]/%/.docx}" >/dev/null 2>&1)
for f in long-script long-script-large ideology-work-meeting-script ideology-work-meeting-handout \
  ideology-work-meeting-runsheet commendation-ceremony-script education-work-conference-speech \
  board-meeting-script board-meeting-handout board-meeting-runsheet award-ceremony-handout; do
  [ -f "$out/$f.pdf" ] && pdftoppm -png -r 60 "$out/$f.pdf" "$out/$f"
done
python3 tests/print/render-check.py "$out" "${names[@]}"
