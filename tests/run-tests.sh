#!/usr/bin/env bash
# Runs the whole ctest suite of a build directory the way CI does:
# - HOME and the XDG directories point into a fresh temporary folder, so tests never touch the
#   user's settings and the suite can check that no secret was written under HOME;
# - a private D-Bus session with an unlocked gnome-keyring Secret Service, for the keychain tests.
set -euo pipefail
build=${1:-build-ci}
shift || true
cd "$(dirname "$0")/.."
build=$(realpath "$build")

scratch=$(mktemp -d -t keywarden-tests.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
unset DISPLAY WAYLAND_DISPLAY
# A proxy of the machine's must not carry the tests' requests (the proxy tests start their own).
unset http_proxy https_proxy HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
export KEYWARDEN_TEST_HOME="$HOME"

exec dbus-run-session -- bash -c '
  set -e
  echo -n keywarden-test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0" --output-on-failure --no-label-summary -j 2 "$@"
' "$build" "$@"
