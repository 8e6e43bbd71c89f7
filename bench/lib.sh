# Shared by the bench scripts: build the benchmark module quietly, and run one of its main classes.
# Source it after setting `root` to the repository root.

# Builds dossier-bench and what it depends on; prints Maven's output only when the build fails.
build_bench() {
  local log
  log="$(mktemp)"
  if ! (cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package -pl dossier-bench -am) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}

# Runs a main class of dossier-bench with -Xmx4g: run_bench CLASS ARGS...
run_bench() {
  local class="$1"
  shift
  java -Xmx4g -cp "$root/dossier-bench/target/dossier-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/dossier-bench/target/classpath.txt")" \
    "org.dossier.bench.$class" "$@"
}

# Prints the path of a file of the shared data folder (${DOSSIER_SHARED:-<repo>/../shared}/REL), or exits 2
# with a hint when it is missing: shared_file REL
shared_file() {
  local path="${DOSSIER_SHARED:-$root/../shared}/$1"
  [[ -f "$path" ]] || { echo "not found: $path (set DOSSIER_SHARED to the shared data folder)" >&2; exit 2; }
  echo "$path"
}
