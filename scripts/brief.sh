#!/usr/bin/env bash
# The README's first command: install what is missing, build, and write the default brief of seeds/
# (HTML and PDF, for the whole period the seeds cover) into out/. Extra arguments go to `sitrep build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
pnpm exec turbo run build --output-logs=errors-only >&2
node apps/briefing/dist/cli.js build "$@"
