#!/usr/bin/env bash
# Scores the HTML article extractor on the scrapinghub article-extraction benchmark (181 pages).
# Usage: bench/extraction.sh [benchmark dir] ; prints precision, recall, F1 and pages/s,
# and writes per-page scores to bench/out/extraction-pages.tsv (gitignored).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-${DOSSIER_SHARED:-$root/../shared}/data/extraction/scrapinghub}"
if [[ ! -f "$data/ground-truth.json" ]]; then
  echo "benchmark not found at $data (pass its folder as the first argument)" >&2
  exit 2
fi
cd "$root"
mvn -q -pl dossier-core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
mkdir -p bench/out
core="$root/dossier-core"
java -Xmx2g -cp "$core/target/classes:$core/target/test-classes:$(cat "$core/target/test-classpath.txt")" \
    org.dossier.ingest.html.ExtractionEvaluation "$data" "$root/bench/out/extraction-pages.tsv"
echo "per-page scores: bench/out/extraction-pages.tsv"
