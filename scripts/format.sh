#!/usr/bin/env bash
# Formats every tracked C++ file with clang-format 14 (Debian 12's) and .clang-format.
#   bash scripts/format.sh           rewrite the files that differ
#   bash scripts/format.sh --check   list them and exit 1 (what .ci/run does)
# The tree is formatted as a whole, so formatting a file you touched changes only your lines.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format-14 >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-format-14 >/dev/null
fi
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
if [ "${1:-}" = --check ]; then
  bad=()
  for f in "${files[@]}"; do
    clang-format-14 --style=file --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
  done
  if ((${#bad[@]})); then
    printf 'Not formatted (bash scripts/format.sh): %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files formatted as .clang-format says"
else
  clang-format-14 --style=file -i "${files[@]}"
fi
