#!/usr/bin/env bash
# Scores quotation extraction on PolNeAR (direct quotations: span P/R/F1, exact matches, speaker accuracy;
# all attributions: recall by cue). Usage: bench/quotes.sh [dev|train] ; per-quote rows in bench/out/quotes-SPLIT.tsv.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
split="${1:-dev}"
cd "$root"
. "$root/bench/lib.sh"
gold="$(shared_file "data/quotes/polnear-$split.jsonl")"
build_bench
mkdir -p bench/out
run_bench QuoteEvaluation "$gold" "bench/out/quotes-$split.tsv"
