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
