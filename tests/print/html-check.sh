#!/usr/bin/env bash
# HTML check (not run in CI): installs Debian's Chromium, opens the sample script, handout and
# run sheet headless, fails on any console error, prints each to PDF and checks the page counts
# (the handout and the run sheet fit one A4 page; the script three, as in Word; the English board
# meeting's on US letter, its run sheet landscape). Writes the
# PDFs, page images and screenshots (a 390 px phone, a tablet) to OUT_DIR.
# Usage: tests/print/html-check.sh [OUT_DIR]   (default: target/html-check)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/html-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-noto-cjk >/dev/null
fi

cargo build --release -q
emcee=${CARGO_TARGET_DIR:-target}/release/emcee
chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$out/profile" "$@"
}

status=0
check() { # name doc pages [agenda] [page size in points, as pdfinfo gives it]
  local name=$1 doc=$2 want=$3 agenda=${4:-agendas/ideology-work-meeting.yaml} size=${5:-}
  $emcee render "$agenda" --doc "$doc" -o "$out/$name.html"
  chrome --enable-logging=stderr --v=0 --dump-dom "file://$out/$name.html" >"$out/$name.dom" 2>"$out/$name.log" || true
  if grep -E "CONSOLE|Uncaught|ERR_FILE|net::" "$out/$name.log" | grep -v "dbus\|Fontconfig" ; then
    echo "$name: console errors (above)"; status=1
  fi
  grep -q "</main>" "$out/$name.dom" || { echo "$name: the page did not render"; status=1; }
  chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" 2>/dev/null
  local pages
  pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')
  echo "$name: $pages page(s) printed, expected $want"
  [ "$pages" = "$want" ] || status=1
  if [ -n "$size" ]; then
    local got
    got=$(pdfinfo "$out/$name.pdf" | awk -F': *' '/^Page size:/ {print $2}')
    echo "$name: page size $got, expected $size"
    [[ "$got" == "$size"* ]] || status=1
  fi
}
check script script 3
check handout handout 1
check runsheet runsheet 1
# English: on US letter, the run sheet landscape.
check board-script script 2 agendas/board-meeting.yaml "612 x 792"
check board-handout handout 1 agendas/board-meeting.yaml "612 x 792"
check board-runsheet runsheet 1 agendas/board-meeting.yaml "792 x 612"
# A phone (390 px wide) and a tablet at the lectern: the script in large type, the run sheet as cards.
chrome --window-size=390,844 --screenshot="$out/phone.png" "file://$out/script.html" 2>/dev/null
chrome --window-size=390,844 --screenshot="$out/phone-runsheet.png" "file://$out/runsheet.html" 2>/dev/null
chrome --window-size=820,1180 --screenshot="$out/tablet.png" "file://$out/script.html" 2>/dev/null
pdftoppm -png -r 50 "$out/script.pdf" "$out/script-print"
echo "html check: $([ $status = 0 ] && echo ok || echo FAILED)"
exit $status
