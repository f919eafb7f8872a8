#!/usr/bin/env bash
# PDFs and end-to-end tests print and browse with the system Chromium; install it (Debian) when missing.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [[ -x "${ERP_CHROMIUM:-/usr/bin/chromium}" ]]; then
  exit 0
fi
if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium (used for PDFs and browser tests)..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 chromium >/dev/null
else
  echo "Chromium is missing: install it (e.g. 'sudo apt-get install chromium') or set ERP_CHROMIUM to its path." >&2
  exit 1
fi
