#!/usr/bin/env bash
# Throughput benchmark: Dossier's full pipeline against plain CoreNLP running the same annotators at its
# defaults, over the English Wikinews corpus, each system in its own fresh JVM (cold start, own peak memory).
#
# Usage: bench/throughput.sh [--threads N] [--limit K] [--baseline-limit K] [--with-dossier-props] [--no-build]
#   --threads N          worker threads for every system (default: number of cores)
#   --limit K            only the first K articles (default: all)
#   --baseline-limit K   run the CoreNLP baseline(s) on the first K articles only; Dossier is then also run
#                        on those K articles, so the ratio line compares the same articles
#   --with-dossier-props also run CoreNLP with Dossier's own tagger properties + depparse ("corenlp-dossier-props")
#   --with-same-information also run CoreNLP with the annotators that give what a Dossier record holds (NER,
#                        depparse, coref, quote attribution, entity linking: "corenlp-same-information"; -Xmx12g;
#                        slow: use with --baseline-limit)
#   --no-build           use the existing build
# Corpus: ${DOSSIER_SHARED:-<repo>/../shared}/data/news/wikinews-en.jsonl. JVM options: $BENCH_JAVA_OPTS
# (default "-Xmx4g -XX:+UseG1GC", as the dossier launcher). Prints a table; writes bench/out/throughput.{txt,json}.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${DOSSIER_SHARED:-$root/../shared}/data/news/wikinews-en.jsonl"
threads="$(nproc)"
limit=""
baseline_limit=""
with_props=0
with_same=0
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --threads) threads="$2"; shift 2 ;;
    --limit) limit="$2"; shift 2 ;;
    --baseline-limit) baseline_limit="$2"; shift 2 ;;
    --with-dossier-props) with_props=1; shift ;;
    --with-same-information) with_same=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ ! -f "$corpus" ]]; then
  echo "corpus not found: $corpus (set DOSSIER_SHARED)" >&2
  exit 2
fi
corpus="$(realpath "$corpus")"  # records carry the path; keep it the same however the script is called
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is needed for peak RSS" >&2; exit 2; }
cd "$root"
. "$root/bench/lib.sh"
if [[ $build == 1 ]]; then
  echo "building dossier-bench..." >&2
  build_bench
fi
cp="$root/dossier-bench/target/dossier-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/dossier-bench/target/classpath.txt")"
out="$root/bench/out"
mkdir -p "$out"
rm -f "$out"/throughput-*.properties "$out"/throughput-*.rss

# run NAME SYSTEM LIMIT: one system in a fresh JVM under /usr/bin/time; the result goes to $out/throughput-NAME.*
results=()
run() {
  local name="$1" system="$2" lim="$3"
  local args=(--system "$system" --threads "$threads" --out "$out/throughput-$name.properties"
              --digests "$out/throughput-$name-digests.tsv")
  [[ -n "$lim" ]] && args+=(--limit "$lim")
  echo "== $name: $system, $threads threads, ${lim:-all} articles" >&2
  # shellcheck disable=SC2086
  /usr/bin/time -f %M -o "$out/throughput-$name.rss" \
      java ${BENCH_JAVA_OPTS:--Xmx4g -XX:+UseG1GC} -cp "$cp" org.dossier.bench.ThroughputBenchmark "${args[@]}" "$corpus"
  echo "peakRssKb=$(tail -n 1 "$out/throughput-$name.rss")" >> "$out/throughput-$name.properties"
  results+=("$out/throughput-$name.properties")
}

run dossier dossier "$limit"
if [[ -n "$baseline_limit" && "$baseline_limit" != "$limit" ]]; then
  run dossier-subset dossier "$baseline_limit"
fi
run corenlp corenlp "${baseline_limit:-$limit}"
if [[ $with_props == 1 ]]; then
  run corenlp-dossier-props corenlp-dossier-props "${baseline_limit:-$limit}"
fi
if [[ $with_same == 1 ]]; then
  BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx12g -XX:+UseG1GC}" run corenlp-same-information corenlp-same-information \
      "${baseline_limit:-$limit}"
fi

{
  echo "# bench/throughput.sh $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, corpus $(basename "$corpus")"
  java -cp "$cp" org.dossier.bench.ThroughputReport --json "$out/throughput.json" "${results[@]}"
} | tee "$out/throughput.txt"
