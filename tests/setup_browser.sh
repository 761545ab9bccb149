#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests when it is missing and this user can
# (root with apt-get, as on CI). Playwright (a Python test dependency) drives it; nothing is
# downloaded at run time. Without Chromium the browser tests skip, except under CI=true,
# where they fail.
set -u
for candidate in "${BRIEFING_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -n "$candidate" ] && [ -x "$candidate" ] && exit 0
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup_browser: installing Debian's chromium for the browser tests"
  apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null 2>&1 \
    || echo "setup_browser: could not install chromium; the browser tests will not run"
else
  echo "setup_browser: chromium is missing; 'apt-get install chromium' (as root) to run the browser tests"
fi
exit 0
