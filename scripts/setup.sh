#!/usr/bin/env bash
# Installs what is missing on Debian 12 (apt) and builds Bireader (Release) in build/.
# Safe to run again: installs only missing packages, rebuilds incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."

# Read aloud: Qt TextToSpeech with speech-dispatcher and espeak-ng voices; Debian 12's
# Qt6TextToSpeech CMake package needs Qt6QmlIntegration, from qt6-declarative-dev. The tests
# validate the desktop file and the AppStream metadata (desktop-file-utils, appstream) and
# XLIFF output against the OASIS schemas, which Debian ships in php-symfony-translation.
packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libicu-dev libstemmer-dev libxml2-dev libzip-dev qt6-speech-dev qt6-declarative-dev libhunspell-dev hunspell-en-us qt6-speech-speechd-plugin speech-dispatcher espeak-ng desktop-file-utils appstream lintian php-symfony-translation python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
