#!/usr/bin/env bash
# The README's second command (and all that CI runs): install what is missing, then lint, typecheck
# and test every package. Turbo caches each task, so a second run with no change replays from cache.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh --test
pnpm exec turbo run lint typecheck test --concurrency=2 --continue "$@"
