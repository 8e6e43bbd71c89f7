#!/usr/bin/env bash
# Cost of each analysis stage per article (annotate, times, entities, quotes, events), one process, one thread, on the
# English Wikinews corpus. Usage: bench/stages.sh [LIMIT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. "$root/bench/lib.sh"
corpus="$(shared_file "data/news/wikinews-en.jsonl")"
build_bench
run_bench StageCostBenchmark "$corpus" ${1:-}
