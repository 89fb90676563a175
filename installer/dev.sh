#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   bash installer/dev.sh run    install dependencies, build, start `keywarden --sandbox`
#   bash installer/dev.sh test   install dependencies, build (warnings are errors), run all tests
#   bash installer/dev.sh asan   the same tests under ASan + UBSan
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
case "$mode" in
  run) preset=default ;;
  test) preset=ci ;;
  asan) preset=asan ;;
  *) echo "usage: $0 run|test|asan" >&2; exit 64 ;;
esac

bash installer/install-deps.sh
cmake --preset "$preset" >/dev/null
if [ "$mode" = run ]; then
  # Only what the app needs: the test suite is built by `test`.
  cmake --build --preset "$preset" -j "$(nproc)" --target keywarden
else
  cmake --build --preset "$preset" -j "$(nproc)"
fi

if [ "$mode" = run ]; then
  bin=build/app/keywarden
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting KeyWarden on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --sandbox
  fi
  exec "$bin" --sandbox
fi

exec bash tests/run-tests.sh "build-$preset"
