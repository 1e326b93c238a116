#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright's own browser download does not work offline).
# Install it when it is missing and we may (root with apt-get); otherwise say what to do.
set -euo pipefail
chromium=${DELTASCOPE_CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium for the browser tests" >&2
  apt-get -o DPkg::Lock::Timeout=300 update >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y chromium fonts-dejavu-core >&2
  exit 0
fi
echo "The browser tests need Chromium at $chromium: install Debian's chromium (sudo apt-get install chromium) or set DELTASCOPE_CHROMIUM" >&2
exit 1
