#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine:
# Node packages (from the lock file), Debian's Chromium for Playwright and
# Debian's PostgreSQL (with contrib, for pgcrypto) for the database tests'
# second run on a real Postgres (scripts/with-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  missing+=(chromium fonts-noto-core)
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 ||
   ! ls /usr/share/postgresql/*/extension/pgcrypto.control >/dev/null 2>&1; then
  missing+=(postgresql postgresql-contrib)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
"${CHROMIUM_PATH:-/usr/bin/chromium}" --version
"$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/postgres" --version

npm ci --no-audit --no-fund
node scripts/ensure-env.mjs
