#!/usr/bin/env bash
# Install Counterpoint into .venv: `./install.sh` for the app, `./install.sh --test` for the tests.
# On Debian it also installs the two X11 libraries Qt's window system plugin needs that a fresh
# machine lacks (the test suite runs offscreen and does not need them).
set -euo pipefail
cd "$(dirname "$0")"

extras=""
want_display=1
if [ "${1:-}" = "--test" ]; then
  extras="[test]"
  want_display=0
fi

if [ "$want_display" = 1 ] && [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1; then
  missing=()
  ldconfig -p | grep -q 'libxcb-icccm.so.4' || missing+=(libxcb-icccm4)
  ldconfig -p | grep -q 'libxcb-keysyms.so.1' || missing+=(libxcb-keysyms1)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing the Qt window-system libraries: ${missing[*]}"
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    elif command -v sudo >/dev/null 2>&1; then
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
      echo "Please install ${missing[*]} (Debian packages): Qt needs them to open a window." >&2
    fi
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e ".${extras}"
