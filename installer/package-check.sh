#!/usr/bin/env bash
# The Debian package, checked as a user gets it: made from a build directory, passed by lintian
# without errors or warnings, installed with apt-get, and run from /usr/bin — keywarden-cli's
# help, the window's version, and a round trip (add an account, list, create, revoke) against
# /usr/bin/keywarden-sandbox in a throwaway HOME with its own unlocked keyring. The package is
# removed again at the end, so the machine is left as it was (pass --keep to keep it).
#   bash installer/package-check.sh [BUILD_DIR] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build-ci}")
keep=${2:-}

rm -f "$build"/keywarden_*.deb # never check a package an earlier build left behind
cmake --build "$build" --target package >/dev/null
deb=$(ls -t "$build"/keywarden_*.deb | head -1)
echo "package-check: $(basename "$deb"), $(du -h "$deb" | cut -f1)"

report=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
if echo "$report" | grep -qE '^(E|W): '; then
  echo "$report" >&2
  echo "package-check: lintian found errors or warnings" >&2
  exit 1
fi
echo "package-check: lintian: 0 errors, 0 warnings"
# No run-time search path in the programs: Debian's libraries are found where the system keeps
# them, and no other directory (the package's, or the working one) is searched before.
unpacked=$(mktemp -d -t keywarden-deb.XXXXXX)
dpkg-deb -x "$deb" "$unpacked"
for program in "$unpacked"/usr/bin/*; do
  if readelf -d "$program" | grep -qE '\((RPATH|RUNPATH)\)'; then
    echo "package-check: $(basename "$program") has a run-time search path:" >&2
    readelf -d "$program" | grep -E '\((RPATH|RUNPATH)\)' >&2
    rm -rf "$unpacked"
    exit 1
  fi
done
rm -rf "$unpacked"
echo "package-check: no RPATH or RUNPATH in /usr/bin"
desktop-file-validate installer/keywarden.desktop
appstreamcli validate --pedantic --no-color installer/io.keywarden.keywarden.metainfo.xml >/dev/null

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$deb" >/dev/null
cleanup() {
  if [ -n "${sandbox_pid:-}" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "${scratch:-}"
  if [ "$keep" != --keep ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q keywarden >/dev/null || true
  fi
}
trap cleanup EXIT

# Read whole, then searched: `| grep -q` closes the pipe at the first match, and keywarden-cli
# reports a reader that went away (EPIPE, exit 8) instead of dying of SIGPIPE, so under pipefail
# the check failed whenever the help left in more than one write before grep was done.
help=$(/usr/bin/keywarden-cli --help)
grep -q '^Usage: keywarden-cli' <<<"$help"
version=$(QT_QPA_PLATFORM=offscreen /usr/bin/keywarden --version)
grep -q 'keywarden' <<<"$version"
man -w keywarden keywarden-cli keywarden-sandbox >/dev/null

scratch=$(mktemp -d -t keywarden-package.XXXXXX)
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
/usr/bin/keywarden-sandbox --port 0 >"$scratch/sandbox.out" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do
  grep -q '^KEYWARDEN_SANDBOX_TOKEN=' "$scratch/sandbox.out" && break
  sleep 0.1
done
url=$(sed -n 's/^KEYWARDEN_SANDBOX_URL=//p' "$scratch/sandbox.out")
token=$(sed -n 's/^KEYWARDEN_SANDBOX_TOKEN=//p' "$scratch/sandbox.out")
[ -n "$url" ] && [ -n "$token" ] || { echo "package-check: the sandbox did not start" >&2; exit 1; }

HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/home/.config" \
XDG_DATA_HOME="$scratch/home/.local/share" URL="$url" TOKEN="$token" \
dbus-run-session -- bash -c '
  set -euo pipefail
  echo -n package-check | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cli=/usr/bin/keywarden-cli
  printf %s "$TOKEN" | $cli accounts add --provider wayscloud --label package-check \
    --endpoint "$URL" >/dev/null
  before=$($cli --json keys list --account package-check | grep -o "\"id\":" | wc -l)
  created=$($cli --json keys create --account package-check --name package-check-key \
    --service storage)
  id=$(printf %s "$created" | sed -n "s/.*\"id\": *\"\([^\"]*\)\".*/\1/p" | head -1)
  [ -n "$id" ] || { echo "package-check: no key id in: (create answer withheld)" >&2; exit 1; }
  after=$($cli --json keys list --account package-check | grep -o "\"id\":" | wc -l)
  [ "$after" -eq $((before + 1)) ] || { echo "package-check: $before keys, then $after" >&2; exit 1; }
  $cli keys revoke --account package-check --key "$id" --yes >/dev/null
  $cli accounts remove --account package-check --yes >/dev/null
'
echo "package-check: installed, and a sandbox round trip from /usr/bin passed"
