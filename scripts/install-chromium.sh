#!/usr/bin/env bash
# The browser tests (test/browser) drive Debian's chromium through playwright-core; install it when missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing: install Debian's chromium package (apt-get install chromium) to run the browser tests" >&2
  exit 1
fi
apt-get update -q && apt-get install -y -q chromium
