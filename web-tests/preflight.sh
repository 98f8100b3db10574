#!/bin/sh
# Before the browser tests: say plainly what is missing and how to install it or skip the tests.
missing=""
for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -x /usr/bin/chromium ] || missing="$missing chromium"
if [ -n "$missing" ]; then
  echo "The browser tests of the web pages need:$missing." >&2
  echo "Install them (Debian: apt-get install -y nodejs npm chromium; .ci/run does this), or skip the browser tests with -Dcofnod.browserTests=skip." >&2
  exit 1
fi
