#!/usr/bin/env bash
# Installs every Debian 12 package KeyWarden needs to build, run and test.
# Idempotent: packages already present are not fetched again.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libsecret-1-0 nlohmann-json3-dev libssl-dev
  libqt6svg6
  qt6-translations-l10n  # Qt's own button and dialog words in German (qtbase_de.qm)
  xvfb xauth x11-utils xdotool xclip imagemagick
  gnome-keyring libsecret-tools dbus dbus-x11
  awscli python3-botocore
  clang-format
  dpkg-dev help2man lintian desktop-file-utils appstream
  tinyproxy
  gdb     # test_memory_leakscan: PR_GET_DUMPABLE of a running keywarden, asked inside it
  strace  # test_cli_leak, test_e2e_console: the argv and written files of every process started
  curl   # bench_cli: the floor keywarden-cli keys list is measured against
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
