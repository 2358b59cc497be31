#!/usr/bin/env bash
# Makes docs/screenshot.png: the real reader window under Xvfb with the bundled
# Chinese-English sample, a corrected segment (its diff in the editor) and the hover
# popup of a glossary term whose rendering is marked in the other pane.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for p in xvfb xdotool imagemagick fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
bash scripts/setup.sh >/dev/null
cli=./build/app/cli/bireader-cli
s=resources/samples
tmp=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
$cli project create "$tmp/lighthouse.bireader" --from $s/lighthouse.zh.txt --from $s/lighthouse.en.txt \
  --dict $s/sample-dict.u8 >/dev/null
$cli glossary import "$tmp/lighthouse.bireader" $s/sample-glossary.csv --dict $s/sample-dict.u8 >/dev/null
$cli edit "$tmp/lighthouse.bireader" 6 'Old Zhou poured him a cup of hot tea and said: "Many people think a lighthouse is just a lamp. In truth, it is a promise."' >/dev/null

display=:${SCREENSHOT_DISPLAY:-77}
Xvfb "$display" -screen 0 1360x860x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
export DISPLAY=$display XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" LANG=C.UTF-8
# -geometry (Qt's X11 option): the window fills the screen, whatever size the reader would
# choose for a first start (the click positions below depend on it).
./build/app/reader/bireader "$tmp/lighthouse.bireader" --dict $s/sample-dict.u8 -geometry 1360x860+0+0 \
  >/dev/null 2>&1 & app=$!
sleep 3
xdotool search --sync --name ' — Bireader' >/dev/null
sleep 1
# Make segment 6 current (a click on its source text), then point at 灯塔 in it.
xdotool mousemove ${CLICK_X:-60} ${CLICK_Y:-262} click 1
sleep 0.5
xdotool mousemove ${HOVER_X:-343} ${HOVER_Y:-262}
sleep 1
mkdir -p docs
import -window root docs/screenshot.png
echo "docs/screenshot.png written"
