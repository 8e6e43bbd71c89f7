#!/usr/bin/env bash
# Scores actor resolution (`dossier resolve`) on the NGEC actor-resolution cases and prints pass rates per method.
# Usage: bench/actors.sh [cases.jsonl [AS-OF]]; undated cases are resolved as of AS-OF (default 2022-06-01,
# when the cases were written). Per-case results go to bench/out/actors.tsv (gitignored).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cases="${1:-${DOSSIER_SHARED:-$root/../shared}/data/actors/ngec-actor-dev.jsonl}"
[[ -f "$cases" ]] || { echo "cases not found: $cases (pass the file or set DOSSIER_SHARED)" >&2; exit 2; }
cd "$root"
. "$root/bench/lib.sh"
build_bench
mkdir -p bench/out
run_bench ActorResolutionEvaluation "$cases" bench/out/actors.tsv ${2:-2022-06-01}
