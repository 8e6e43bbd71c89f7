#!/usr/bin/env bash
# Scores quotation extraction on PolNeAR (direct quotations: span P/R/F1, exact matches, speaker accuracy;
# all attributions: recall by cue). Usage: bench/quotes.sh [dev|train] ; per-quote rows in bench/out/quotes-SPLIT.tsv.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
split="${1:-dev}"
gold="${DOSSIER_SHARED:-$root/../shared}/data/quotes/polnear-$split.jsonl"
[[ -f "$gold" ]] || { echo "gold set not found: $gold (set DOSSIER_SHARED)" >&2; exit 2; }
cd "$root"
log="$(mktemp)"
mvn -q -B -Dstyle.color=never -DskipTests package -pl dossier-bench -am >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
rm -f "$log"
mkdir -p bench/out
java -Xmx4g -cp "dossier-bench/target/dossier-bench-0.1.0-SNAPSHOT.jar:$(cat dossier-bench/target/classpath.txt)" \
  org.dossier.bench.QuoteEvaluation "$gold" "bench/out/quotes-$split.tsv"
