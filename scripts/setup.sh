#!/usr/bin/env bash
# Installs what building and testing the site needs on a Debian/Ubuntu machine:
# Chromium and CJK fonts (diagrams are drawn in a headless browser at build time; Chinese
# labels need the fonts) when missing, then the npm packages (Node 24 comes with them).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null && ! command -v google-chrome >/dev/null \
  && [ ! -x /opt/google/chrome/chrome ]; then
  missing+=(chromium)
fi
if ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  missing+=(fonts-noto-cjk)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt-get"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! command -v apt-get >/dev/null; then
    echo "setup: no apt-get here. Install ${missing[*]} yourself (or set CHROMIUM_PATH to a Chromium/Chrome) and run this again." >&2
    exit 1
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# `npm ci` fails here (the registry lacks some optional platform packages the lockfile
# would name); `npm install` keeps the committed lockfile as it is.
npm install --no-audit --no-fund
