#!/usr/bin/env bash
# The application icon's PNG sizes, made from its SVG (ImageMagick: apt-get install imagemagick). Run after
# changing resources/desktop/io.github.bireader.Bireader.svg and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/desktop/io.github.bireader.Bireader.svg
mkdir -p resources/desktop/icons
for size in 16 24 32 48 64 128 256; do
  convert -background none -density 384 "$svg" -resize "${size}x${size}" -depth 8 "resources/desktop/icons/$size.png"
done
