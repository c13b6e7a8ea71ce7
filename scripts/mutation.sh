#!/usr/bin/env bash
# Mutation testing of the library's public API with PIT: how many small changes to the code
# (a condition negated, a return value replaced, a bound moved) the tests notice. Runs PIT on each
# public package (model, advice, json, or those named) against every test of the library, prints
# each package's score, and fails if one kills fewer than 85 % of its mutants (MUTATION_THRESHOLD
# to change that). With --changed, runs it instead on the library's classes that differ from a
# branch (main unless named), as a check of what a change touches.
#
#   scripts/mutation.sh                  # model, advice and json; a few minutes each
#   scripts/mutation.sh json             # one package
#   scripts/mutation.sh --changed [main] # the classes a branch changed
#
# Reports (HTML and XML) are in library/target/pit-reports/<package>/. Installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

threshold="${MUTATION_THRESHOLD:-85}"

run() { # run <report name> <target classes>
    local name="$1" classes="$2" log
    log="$(mktemp)"
    echo "mutation: $name ($classes) ..."
    if mvn -B -q test-compile org.pitest:pitest-maven:mutationCoverage -pl library \
        -DtargetClasses="$classes" -DtargetTests='org.reconcile.*' -DmutationThreshold="$threshold" \
        -DreportsDirectory="target/pit-reports/$name" >"$log" 2>&1; then
        grep -E '^>> (Generated [0-9]+ mutations|Mutations with no coverage)' "$log" | sed "s/^/mutation: $name: /"
        rm -f "$log"
    else
        grep -E '^>> (Generated [0-9]+ mutations|Mutations with no coverage)|Mutation score|ERROR\] Failed' "$log" \
            | sed "s/^/mutation: $name: /" >&2
        echo "mutation: $name: FAILED (below $threshold % killed, or the run failed; log: $log)" >&2
        return 1
    fi
}

if [ "${1:-}" = "--changed" ]; then
    base="${2:-main}"
    classes="$(git diff --name-only "$base" -- library/src/main/java | grep '\.java$' | grep -v package-info \
        | sed 's:^library/src/main/java/::; s:\.java$::; s:/:.:g' | paste -sd, -)"
    if [ -z "$classes" ]; then
        echo "mutation: no class of the library differs from $base"
        exit 0
    fi
    run changed "$classes"
    exit
fi

status=0
for package in "${@:-model advice json}"; do
    for p in $package; do
        run "$p" "org.reconcile.$p.*" || status=1
    done
done
exit $status
