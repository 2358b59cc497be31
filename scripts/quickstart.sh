#!/usr/bin/env bash
# Set-up, build, then the main job: the reader window on the bundled Chinese-English
# sample (imported and aligned in the background, with the sample dictionary for hovers).
# Without a display it prints the aligned pairs instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
s=resources/samples
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: printing the sample aligned sentence by sentence (bireader-cli)." >&2
  exec ./build/app/cli/bireader-cli align $s/lighthouse.zh.txt $s/lighthouse.en.txt --dict $s/sample-dict.u8 --format tsv
fi
# Chinese needs a CJK font on screen.
if ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed"; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null
fi
exec ./build/app/reader/bireader $s/lighthouse.zh.txt $s/lighthouse.en.txt --dict $s/sample-dict.u8
