#!/usr/bin/env bash
# Fuzzes the JSON reader and `reconcile advise` with generated hostile input, far longer than
# `mvn verify` does (3,000 to 9,000 cases per property there). Not a unit test.
#
#   scripts/fuzz.sh [CASES] [SEED]
#
# CASES scales every property as if 3,000 were the usual (default 100000: some 33 times verify's
# cases). SEED defaults to a new one, printed first: a failure names the seed and the case, and
# `scripts/fuzz.sh CASES SEED` replays it.
set -euo pipefail

cases="${1:-100000}"
seed="${2:-$(od -An -N6 -tu8 /dev/urandom | tr -d ' ')}"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"

echo "fuzz.sh: $cases cases per property, seed $seed (to replay: scripts/fuzz.sh $cases $seed)" >&2
cd "$project"
start=$(date +%s)
mvn -B -q test -Dtest='HostileInputReaderTest,HostileInputCommandTest,CommandConcurrencyTest' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dreconcile.fuzz.cases="$cases" -Dreconcile.fuzz.seed="$seed"
echo "fuzz.sh: passed, seed $seed, $(( $(date +%s) - start )) s" >&2
