#!/usr/bin/env bash
# Builds the Debian package (CPack) from a Release build: build/bireader_<version>_<arch>.deb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
(cd build && cpack -G DEB >/dev/null)
ls build/*.deb
