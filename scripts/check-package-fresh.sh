#!/usr/bin/env bash
# Installs the .deb (scripts/package.sh) into a fresh Debian 12 made with debootstrap and runs
# both programs there: the package's Depends are complete if apt can install it and they start.
# Needs root and the network (Debian's mirror); takes a few minutes; not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-$(mktemp -d)}
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
bash scripts/package.sh >/dev/null
[ -x "$root/usr/bin/apt-get" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
cp build/bireader_*_amd64.deb "$root/tmp/bireader.deb"
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/bireader.deb'
chroot "$root" bash -c '
  set -e
  bireader-cli --version
  printf "今晚有雾。\nThere is fog tonight.\n" > /tmp/page.txt
  bireader-cli import /tmp/page.txt --format tsv
  QT_QPA_PLATFORM=offscreen timeout 5 bireader /tmp/page.txt || [ $? -eq 124 ]  # still running: it started'
echo "The package installs and runs on a fresh Debian 12 in $root."
