#!/usr/bin/env bash
# Render check for the Word output (not run in CI): installs LibreOffice, Debian's CJK fonts and
# poppler, converts the sample script and handout (standard and large print) to PDF and PNG,
# and counts lines per page and characters per line with `pdftotext -bbox-layout`.
# Expected: 22 lines × 28 characters on a full page (18 × 24 in large print).
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
emcee=target/release/emcee
agenda=tests/print/long-meeting.yaml
$emcee render "$agenda" -o "$out/script.docx"
$emcee render "$agenda" --large-print -o "$out/script-large.docx"
$emcee render agendas/ideology-work-meeting.yaml -o "$out/sample-script.docx"
$emcee render agendas/ideology-work-meeting.yaml --doc handout -o "$out/handout.docx"
$emcee render agendas/ideology-work-meeting.yaml --doc runsheet -o "$out/runsheet.docx"

for f in script script-large sample-script handout runsheet; do
  HOME="$home" soffice --headless --convert-to pdf --outdir "$out" "$out/$f.docx" >/dev/null 2>&1
  pdftoppm -png -r 60 -f 1 -l 2 "$out/$f.pdf" "$out/$f"
done

# Lines per page and characters per line, from the boxes of the text lines: a line's capacity
# is its characters plus the indent before it (in characters), measured from the leftmost text
# on the page.
python3 - "$out" <<'PY'
import re, subprocess, sys, html
out = sys.argv[1]
def cjk(t):
    return len([c for c in t if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"])
def measure(name):
    xml = subprocess.run(["pdftotext", "-bbox-layout", f"{out}/{name}.pdf", "-"], capture_output=True, text=True).stdout
    pages = xml.split("<page ")[1:]
    report = []
    for page in pages[1:-1]:  # the first holds the title, the last is rarely full
        lines = []
        for x0, x1, body in re.findall(r'<line xMin="([^"]+)" yMin="[^"]+" xMax="([^"]+)"[^>]*>(.*?)</line>', page, re.S):
            text = "".join(html.unescape(w) for w in re.findall(r">([^<]*)</word>", body))
            if cjk(text):
                lines.append((float(x0), float(x1), cjk(text)))
        left = min(x0 for x0, _, _ in lines)
        widest = 0
        for x0, x1, n in lines:
            pitch = (x1 - x0) / n
            widest = max(widest, n + round((x0 - left) / pitch))
        report.append((len(lines), widest))
    return report
ok = True
for name, want in [("script", (22, 28)), ("script-large", (18, 24))]:
    pages = measure(name)
    print(f"{name}: (lines, widest line in characters) per full page: {pages}")
    if not pages or any(p != want for p in pages):
        print(f"  expected {want} on every full page")
        ok = False
print("render check:", "ok" if ok else "FAILED")
sys.exit(0 if ok else 1)
PY
