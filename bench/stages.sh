#!/usr/bin/env bash
# Cost of each analysis stage per article (annotate, times, entities, quotes), one process, one thread, on the
# English Wikinews corpus. Usage: bench/stages.sh [LIMIT]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${DOSSIER_SHARED:-$root/../shared}/data/news/wikinews-en.jsonl"
[[ -f "$corpus" ]] || { echo "corpus not found: $corpus (set DOSSIER_SHARED)" >&2; exit 2; }
cd "$root"
. "$root/bench/lib.sh"
build_bench
run_bench StageCostBenchmark "$corpus" ${1:-}
