#!/usr/bin/env bash
# Runs reconcile's benchmarks beside their plain-Java baselines, in the same run (see BENCHMARKS.md).
#
#   bench/run.sh [check|per-case|cold-start|batch|serve|all]     (default: all)
#   bench/run.sh cpu        processor time per case, stage by stage (BatchCpu), then of advise and adviseAll (CpuPerCase)
#   bench/run.sh profile    the batch under Flight Recorder (CASES, default 200000; --brief, then full): shares by stage
#
# Environment: RUNS (cold-start runs of each program, default 11), CASES (batch size, default
# 1000000), JMH_ARGS (extra JMH arguments, e.g. "-wi 1 -i 2" for a quick look), SERVE_JAR (the
# reconcile.jar whose serve is measured, default cli/target/reconcile.jar: another build's for a before and after),
# KEEP_JFR (profile: a path prefix where the recordings are kept, e.g. /tmp/after).
set -euo pipefail

what="${1:-all}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench="$root/bench/target/benchmarks.jar"

build() {
    echo "== building reconcile and the benchmarks" >&2
    # One reactor build of the library, the command line and the benchmarks: the benchmarks find the
    # library in the reactor, and nothing is installed into the local Maven repository.
    mvn -B -q -DskipTests package >&2
    bin/reconcile rules >/dev/null   # makes sure cli/target/reconcile/ (the release) and its class-data archive are current
}

check() {
    echo "== the baseline against Advisor.adviseAll: verdict, questions, days to wait"
    java -cp "$bench" org.reconcile.bench.BaselineCheck 10000
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"; }
cpu() { awk -v u="$1" -v s="$2" 'BEGIN { printf "%.2f", u + s }'; }
millis() { echo $(( $(date +%s%N) / 1000000 )); }

per_case() {
    echo "== per case, embedded (JMH, sample mode: p0.50 is the median; adviseAll and plainAll per case)"
    load
    for threads in 1 max; do
        java -jar "$bench" AdviseBenchmark -t "$threads" ${JMH_ARGS:-} -rf json -rff "$work/jmh-$threads.json" \
            | grep -E '^(Benchmark|AdviseBenchmark\.[a-zA-Z]+(:p0.50)? )'
    done
}

cold_start() {
    local runs="${RUNS:-11}"
    echo '{"id": "one", "daysSinceBreakup": 10, "stage": "NO_CONTACT"}' >"$work/one.json"
    echo "== cold start: one case, process start to exit, $runs runs each, alternating"
    load
    : >"$work/reconcile.ms"; : >"$work/baseline.ms"
    for _ in $(seq "$runs"); do
        local t0; t0=$(millis)
        bin/reconcile advise "$work/one.json" >/dev/null 2>&1
        local t1; t1=$(millis)
        java -cp "$bench" org.reconcile.bench.BaselineOneCase "$work/one.json" >/dev/null
        local t2; t2=$(millis)
        echo $(( t1 - t0 )) >>"$work/reconcile.ms"
        echo $(( t2 - t1 )) >>"$work/baseline.ms"
    done
    local r b
    r=$(median <"$work/reconcile.ms"); b=$(median <"$work/baseline.ms")
    echo "bin/reconcile advise one.json   median ${r} ms   (runs: $(tr '\n' ' ' <"$work/reconcile.ms"))"
    echo "baseline JVM (jackson-core)      median ${b} ms   (runs: $(tr '\n' ' ' <"$work/baseline.ms"))"
    awk -v r="$r" -v b="$b" 'BEGIN { printf "ratio %.2fx (target at most 5x)\n", r / b }'
}

peak_heap_mb() { # the largest heap in use before any collection, from a -Xlog:gc file
    grep -oE '[0-9]+M->' "$1" | sed 's/M->//' | sort -n | tail -1
}

batch() {
    local cases="${CASES:-1000000}"
    echo "== batch: $cases cases of JSON Lines, -Xmx256m"
    load
    java -cp "$bench" org.reconcile.bench.CaseGenerator "$cases" 42 1000 >"$work/cases.jsonl"
    echo "input: $(du -h "$work/cases.jsonl" | cut -f1)"
    /usr/bin/time -q -f "%e %M %U %S" -o "$work/baseline.time" \
        java -Xmx256m "-Xlog:gc:file=$work/baseline-gc.log" -cp "$bench" org.reconcile.bench.BaselineBatch "$work/cases.jsonl" >"$work/baseline.out"
    read -r bt bm bu bs <"$work/baseline.time"
    echo "baseline (jackson-core, 1 thread): ${bt} s wall, $(cpu "$bu" "$bs") s processor, $(wc -l <"$work/baseline.out") lines, $(du -h "$work/baseline.out" | cut -f1), peak heap $(peak_heap_mb "$work/baseline-gc.log") MB, peak RSS $((bm / 1024)) MB"
    batch_run full 2.0 "$bt"
    if bin/reconcile help advise 2>&1 | grep -q -- --brief; then
        batch_run brief 1.0 "$bt" --brief
    else
        echo "(no --brief in this version: full output only)"
    fi
}

# One run of bin/reconcile advise on the cases: NAME, TARGET ratio, the baseline's seconds, extra options.
batch_run() {
    local name="$1" target="$2" bt="$3" status=0 rt rm ru rs
    shift 3
    RECONCILE_JAVA_OPTS="-Xmx256m -Xlog:gc:file=$work/$name-gc.log" /usr/bin/time -q -f "%e %M %U %S" -o "$work/$name.time" \
        bin/reconcile advise "$@" "$work/cases.jsonl" >"$work/$name.out" 2>"$work/$name.err" || status=$?
    read -r rt rm ru rs <"$work/$name.time"
    echo "bin/reconcile advise${*:+ $*} (${name}): ${rt} s wall, $(cpu "$ru" "$rs") s processor, exit $status, $(wc -l <"$work/$name.out") lines, $(du -h "$work/$name.out" | cut -f1), peak heap $(peak_heap_mb "$work/$name-gc.log") MB, peak RSS $((rm / 1024)) MB"
    echo "  $(tail -1 "$work/$name.err")"
    rm -f "$work/$name.out"
    awk -v r="$rt" -v b="$bt" -v t="$target" 'BEGIN { printf "ratio %.2fx (target at most %.1fx)\n", r / b, t }'
}

# Processor time, which grows far less than wall time when other programs share the processors.
cpu() {
    echo "== processor time per case, stage by stage, $(load)"
    java -Xmx256m -cp "$bench" org.reconcile.bench.BatchCpu "${CASES:-50000}" 8 brief
    java -Xmx256m -cp "$bench" org.reconcile.bench.BatchCpu "${CASES:-50000}" 8 full
    java -cp "$bench" org.reconcile.bench.CpuPerCase
}

# The batch under Flight Recorder: where its processor time and its allocations go, by stage.
profile() {
    local cases="${CASES:-200000}" name
    echo "== profile: $cases cases of JSON Lines, -Xmx256m, Flight Recorder (settings=profile, stack depth 512) $(load)"
    java -cp "$bench" org.reconcile.bench.CaseGenerator "$cases" 42 1000 >"$work/cases.jsonl"
    for name in brief full; do
        local options=()
        [ "$name" = brief ] && options=(--brief)
        RECONCILE_JAVA_OPTS="-Xmx256m -XX:StartFlightRecording=filename=$work/$name.jfr,settings=profile,dumponexit=true -XX:FlightRecorderOptions=stackdepth=512 -Xlog:jfr=off -Xlog:gc:file=$work/$name-gc.log" \
            /usr/bin/time -q -f "%e s wall, %U s user, %S s system" -o "$work/$name.time" \
            bin/reconcile advise "${options[@]}" "$work/cases.jsonl" >/dev/null 2>"$work/$name.err" || true
        echo "-- advise${options[*]:+ ${options[*]}}: $(cat "$work/$name.time"); $(grep -c Pause "$work/$name-gc.log") collections, $(awk '/Pause/ { gsub("ms", "", $NF); t += $NF } END { printf "%.0f", t }' "$work/$name-gc.log") ms"
        echo "processor time (execution samples):"
        jfr print --stack-depth 512 --events jdk.ExecutionSample "$work/$name.jfr" | python3 "$root/bench/profile-breakdown.py"
        echo "allocation (allocation samples, by weight):"
        jfr print --stack-depth 512 --events jdk.ObjectAllocationSample "$work/$name.jfr" | python3 "$root/bench/profile-breakdown.py" --weight
        if [ -n "${KEEP_JFR:-}" ]; then
            cp "$work/$name.jfr" "$KEEP_JFR-$name.jfr"
        fi
    done
}

# One-case requests from 4 clients that keep their connections, against serve on a free port.
serve() {
    local jar="${SERVE_JAR:-$root/cli/target/reconcile.jar}"
    echo "== serve: one-case requests from 4 keep-alive clients, 10 s warm-up, 20 s measured ($jar)"
    java -jar "$jar" serve --port 0 2>"$work/serve.err" &
    local pid=$!
    local port=""
    for _ in $(seq 1 120); do
        port="$(sed -n 's|.*serving on http://[^:]*:\([0-9]*\)/.*|\1|p' "$work/serve.err")"
        [ -n "$port" ] && break
        sleep 1
    done
    java -cp "$bench" org.reconcile.bench.ServeKeepAlive "http://127.0.0.1:$port/" 4 10 20
    kill "$pid"
    wait "$pid" || true
}

build
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
case "$what" in
    check) check ;;
    per-case) per_case ;;
    cold-start) cold_start ;;
    batch) batch ;;
    serve) serve ;;
    cpu) cpu ;;
    profile) profile ;;
    all) check; per_case; cold_start; batch; serve ;;
    *) echo "usage: bench/run.sh [check|per-case|cold-start|batch|serve|cpu|profile|all]" >&2; exit 2 ;;
esac
