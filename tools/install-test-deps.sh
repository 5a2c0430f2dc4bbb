#!/usr/bin/env bash
# Installs what the browser tests need and Playwright cannot download here:
# Debian's Chromium and nginx (the tests serve the build with deploy/nginx.conf), and zim-tools and
# kiwix-tools (npm run zim makes the Kiwix files with zimwriterfs; tests/zim serves them with kiwix-serve).
set -euo pipefail
missing=()
command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v zimwriterfs >/dev/null || missing+=(zim-tools)
command -v kiwix-serve >/dev/null || missing+=(kiwix-tools)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages…"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
/usr/bin/chromium --version
nginx -v
zimwriterfs --version | sed -n 1p
kiwix-serve --version | sed -n 1p
