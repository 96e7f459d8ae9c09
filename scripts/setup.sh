#!/usr/bin/env bash
# Installs what sitrep needs on a machine that has only Node 20 and npm: pnpm (the version pinned in
# package.json), the workspace's dependencies, Debian's Chromium for PDF briefs and, with --test,
# poppler-utils (pdftotext/pdftoppm) which the PDF tests read pages with. Safe to run again: it only
# installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

with_test_tools=0
[ "${1:-}" = "--test" ] && with_test_tools=1

log() { printf 'setup: %s\n' "$*" >&2; }

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  log "installing pnpm@$pnpm_version"
  # corepack fails its signature check on this network; npm can install pnpm directly.
  npm install -g "pnpm@$pnpm_version" --no-fund --no-audit --loglevel=error >/dev/null
fi

pnpm install --frozen-lockfile --reporter=append-only --loglevel=warn

has_chromium() {
  [ -n "${SITREP_CHROMIUM:-}" ] && [ -x "$SITREP_CHROMIUM" ] && return 0
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  return 1
}

missing=()
has_chromium || missing+=(chromium fonts-dejavu-core)
# Briefs are typeset in Liberation (metric-compatible with Arial/Times); DejaVu is the fallback.
fc-list 2>/dev/null | grep -qi 'Liberation' || missing+=(fonts-liberation2)
if [ "$with_test_tools" = 1 ]; then
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${missing[*]} from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "missing ${missing[*]}: install them with your system's package manager (PDF output needs Chromium)"
  fi
fi
