#!/usr/bin/env bash
# Runs the fuzz target for a bounded time (default 60 s; `fuzz/run.sh 1800` for 30 minutes),
# seeded with every agenda in the project. Needs cargo-fuzz (`cargo install cargo-fuzz`); on a
# stable toolchain it builds with RUSTC_BOOTSTRAP=1. Crashes land in fuzz/artifacts/compile/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
mkdir -p fuzz/corpus/compile
cp -n agendas/*.yaml agendas/templates/*.yaml tests/cases/*.yaml tests/errors/*.yaml tests/hostile/*.yaml tests/patterns/*.yaml fuzz/corpus/compile/ 2>/dev/null || true
RUSTC_BOOTSTRAP=1 cargo fuzz run compile fuzz/corpus/compile -- \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
