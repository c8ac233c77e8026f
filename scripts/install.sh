#!/usr/bin/env bash
# Creates .venv with the exact versions in requirements.lock. Idempotent: the Makefile runs it only
# when the lock or pyproject.toml changed.
#
# Rasa 3.6 declares Python < 3.11 but runs on 3.11; pip would otherwise refuse it, so the lock is
# installed with --ignore-requires-python and --no-deps (the lock already holds every dependency,
# resolved once; nothing floats). matplotlib 3.5.3 has no 3.11 wheel and builds against the
# system's FreeType and Qhull instead of downloading them.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' 2>/dev/null || {
    echo "install: needs Python 3.11 (set PYTHON=/path/to/python3.11)" >&2; exit 1; }

missing=()
for package in libfreetype-dev libqhull-dev pkg-config; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "install: installing build packages for matplotlib: ${missing[*]}"
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "install: please install these Debian packages first: ${missing[*]}" >&2; exit 1
    fi
fi

# The web chat's browser tests drive Debian's chromium with Playwright, which must never download
# a browser of its own. Without chromium those tests skip and say why.
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "install: installing chromium for the web chat's browser tests"
        { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } ||
            echo "install: could not install chromium; the web chat's browser tests will skip" >&2
    else
        echo "install: no /usr/bin/chromium (apt-get install chromium); the web chat's browser tests will skip" >&2
    fi
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
export MPLSETUPCFG="$PWD/scripts/mplsetup.cfg" PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install --quiet --no-deps --ignore-requires-python -r requirements.lock
.venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
.venv/bin/python -m pip check
