#!/usr/bin/env bash
# Set-up, build, then every test with CTest. Tests that need ../shared skip without it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cd build
ctest --output-on-failure -j"$(nproc)"
