#!/usr/bin/env bash
# Scores the event coder on the PLOVER (type recall, full-event P/R/F1) and PETRARCH-2 (CAMEO root and full
# coding) gold sentences. Usage: bench/events.sh [plover|petrarch]; per-event rows in bench/out/events-SET.tsv.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
set_name="${1:-plover}"
cd "$root"
. "$root/bench/lib.sh"
case "$set_name" in
  plover) gold="$(shared_file "data/events/plover-en-dev.jsonl")" ;;
  petrarch) gold="$(shared_file "data/events/petrarch2-gsr.jsonl")" ;;
  *) echo "unknown set: $set_name (plover or petrarch)" >&2; exit 2 ;;
esac
build_bench
mkdir -p bench/out
run_bench EventEvaluation "$gold" "bench/out/events-$set_name.tsv"
