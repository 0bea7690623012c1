#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine:
# Node packages (from the lock file) and Debian's Chromium for Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Chromium (Debian package)…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi
"${CHROMIUM_PATH:-/usr/bin/chromium}" --version

npm ci --no-audit --no-fund
node scripts/ensure-env.mjs
