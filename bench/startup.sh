#!/usr/bin/env bash
# Cold start, measured: runs the JacksonBaseline and StartupProbe mains alternately in fresh JVMs
# and prints the median process wall time of each, and the median in-process time of
# Advisor.builtIn() + first advise. Runs reconcile from its jar, as the command line does: needs
# `mvn -B verify` (or `mvn -B package`) first.
#
#   bench/startup.sh [runs] [extra JVM options...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
shift || true
cp_file=target/bench-classpath.txt
if [[ ! -s $cp_file || pom.xml -nt $cp_file ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
fi
jar=$(ls target/reconcile-*.jar | head -1)
cp="$jar:target/test-classes:$(cat "$cp_file")"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
wall_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }

base=() probe=() inner=()
for ((i = 0; i < runs; i++)); do
  base+=("$(wall_ms java "$@" -cp "$cp" org.reconcile.bench.JacksonBaseline)")
  s=$(date +%s%N)
  out=$(java "$@" -cp "$cp" org.reconcile.bench.StartupProbe)
  e=$(date +%s%N)
  probe+=($(((e - s) / 1000000)))
  inner+=("${out##*builtIn+advise_ms=}")
done
b=$(printf '%s\n' "${base[@]}" | median)
p=$(printf '%s\n' "${probe[@]}" | median)
echo "runs=$runs jackson_baseline_ms=$b startup_probe_ms=$p builtIn+advise_ms=$(printf '%s\n' "${inner[@]}" | median)" \
  "ratio=$(awk -v p="$p" -v b="$b" 'BEGIN { printf "%.2f", p / b }')"
echo "  baseline: ${base[*]}"
echo "  probe:    ${probe[*]}"
echo "  inner:    ${inner[*]}"
