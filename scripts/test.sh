#!/usr/bin/env bash
# Set-up, build, then every test with CTest. Tests that need ../shared skip without it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cd build
ctest --output-on-failure -j"$(nproc)"
# As root, permission tests (read-only projects, unwritable folders) cannot fail, so they
# skip: run them again as the unprivileged user nobody when the build is readable to it.
if [ "$(id -u)" -eq 0 ] && command -v runuser >/dev/null && id nobody >/dev/null 2>&1; then
  if runuser -u nobody -- test -x "$PWD/tests/store/tst_projectstore" 2>/dev/null; then
    home=$(mktemp -d) && chmod 777 "$home"
    for t in tests/store/tst_projectstore tests/glossary/tst_glossaryformats tests/export/tst_exporter \
             tests/project/tst_session tests/cli/tst_clihostile; do
      [ -x "$t" ] || { echo "Permission test $t is missing from the build." >&2; exit 1; }
      (cd "$home" && runuser -u nobody -- env HOME="$home" QT_QPA_PLATFORM=offscreen "$OLDPWD/$t" -silent)
    done
    rm -rf "$home"
    echo "Permission tests passed as nobody."
  else
    echo "Permission tests as nobody skipped: the build folder is not readable to nobody."
  fi
fi
