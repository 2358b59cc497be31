#!/usr/bin/env bash
# Set-up, build, then the main job: align the bundled Chinese-English sample and print the pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
./build/app/cli/bireader-cli align resources/samples/lighthouse.zh.txt resources/samples/lighthouse.en.txt \
  --dict resources/samples/sample-dict.u8 --format tsv
