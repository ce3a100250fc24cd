#!/usr/bin/env bash
# Runs every test, as CI does: ./infra/test.sh [extra Maven arguments]
#
# The web page's tests drive a real headless Chromium. Where Chromium and its driver are missing, this installs
# Debian's packages (chromium, chromium-driver) first - as root, or through sudo - and says so; everything else the
# tests need (PostgreSQL, Kafka, SMTP) they start themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Chromium or chromedriver missing: installing Debian's chromium and chromium-driver for the browser tests"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec ./mvnw -B verify "$@"
