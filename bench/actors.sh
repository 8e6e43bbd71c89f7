#!/usr/bin/env bash
# Scores actor resolution (`dossier resolve`) on the NGEC actor-resolution cases and prints pass rates per method.
# Usage: bench/actors.sh [cases.jsonl [AS-OF]]; undated cases are resolved as of AS-OF (default 2022-10-01,
# when the cases were written). Per-case results go to bench/out/actors.tsv (gitignored).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cases="${1:-${DOSSIER_SHARED:-$root/../shared}/data/actors/ngec-actor-dev.jsonl}"
[[ -f "$cases" ]] || { echo "cases not found: $cases (pass the file or set DOSSIER_SHARED)" >&2; exit 2; }
cd "$root"
log="$(mktemp)"
mvn -q -B -Dstyle.color=never -DskipTests package -pl dossier-bench -am >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
rm -f "$log"
mkdir -p bench/out
java -cp "dossier-bench/target/dossier-bench-0.1.0-SNAPSHOT.jar:$(cat dossier-bench/target/classpath.txt)" \
  org.dossier.bench.ActorResolutionEvaluation "$cases" bench/out/actors.tsv ${2:-2022-10-01}
