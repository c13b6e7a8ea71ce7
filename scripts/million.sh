#!/usr/bin/env bash
# Runs a million cases through bin/reconcile with a 256 MiB heap and checks that a million results
# come out, in input order. Not a unit test: it takes a few minutes.
#
#   scripts/million.sh [COUNT]      (COUNT defaults to 1000000)
#
# The input is generated with a fixed seed into a temporary folder and deleted afterwards; the
# output is checked as it streams, never stored. Every 10007th case is invalid ("abusive"), so
# the run must exit with status 1 (0 under 10007 cases) and report exactly those cases as errors.
set -euo pipefail

count="${1:-1000000}"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$count" >"$work/cases.jsonl" <<'PY'
import json, random, sys
count = int(sys.argv[1])
rng = random.Random(20261126)
stages = ["NO_CONTACT", "REACHED_OUT", "CAUGHT_UP", "TALKED", "BACK_TOGETHER", "ENDED"]
reasons = ["HURT_BY_PARTNER", "DISRESPECTED_BY_PARTNER", "NOT_SATISFIED", "OTHER"]
motives = ["BELIEVE_IN_POTENTIAL"] * 6 + ["EMOTIONAL_VULNERABILITY", "BRUISED_EGO", "WANT_COMPANY", "REVENGE"]
flags = ["urgeToPleadOrRant", "resentment", "planToResolvePastIssues", "exReady", "bothWantToTryAgain",
         "oldHabitsReturning", "breakupReasonAddressed", "oldGrievancesRaised", "brokenPromises",
         "pryingIntoTimeApart", "resumingIntimacy", "stdTested"]
out = sys.stdout
for i in range(1, count + 1):
    case = {"id": "m%d" % i, "daysSinceBreakup": rng.randrange(0, 720), "stage": rng.choice(stages)}
    if rng.random() < 0.02:
        case["abuse"] = True
    if rng.random() < 0.3:
        case["breakupReasons"] = [rng.choice(reasons)]
    if rng.random() < 0.8:
        case["motives"] = [rng.choice(motives)]
    for flag in rng.sample(flags, rng.randrange(0, 4)):
        case[flag] = rng.random() < 0.5
    if i % 10007 == 0:
        case["abusive"] = True
    out.write(json.dumps(case, separators=(",", ":")) + "\n")
PY
echo "million.sh: $(wc -l <"$work/cases.jsonl") cases, $(du -h "$work/cases.jsonl" | cut -f1) of JSON Lines" >&2

cat >"$work/check.py" <<'PY'
import re, sys
count = int(sys.argv[1])
start = re.compile(rb'^\{"index":(\d+),"id":"m(\d+)",')
lines = errors = 0
for line in sys.stdin.buffer:
    lines += 1
    m = start.match(line)
    if not m or int(m.group(1)) != lines or int(m.group(2)) != lines:
        sys.exit("million.sh: line %d is out of order or malformed: %r" % (lines, line[:80]))
    if b'"error":' in line:
        errors += 1
        if lines % 10007 != 0:
            sys.exit("million.sh: case %d should be valid: %r" % (lines, line[:300]))
expected_errors = count // 10007
if lines != count or errors != expected_errors:
    sys.exit("million.sh: expected %d results with %d errors, got %d with %d" % (count, expected_errors, lines, errors))
print("million.sh: %d results in input order, %d errors as expected" % (lines, errors), file=sys.stderr)
PY

set +e
RECONCILE_JAVA_OPTS="-Xmx256m" /usr/bin/time -q -f "million.sh: %e s wall, %M KB peak resident memory" \
  "$project/bin/reconcile" advise "$work/cases.jsonl" | python3 "$work/check.py" "$count"
statuses=("${PIPESTATUS[@]}")
set -e
expected=$(( count >= 10007 ? 1 : 0 ))
echo "million.sh: reconcile exited with ${statuses[0]} ($expected expected), the check with ${statuses[1]}" >&2
[ "${statuses[0]}" -eq "$expected" ] && [ "${statuses[1]}" -eq 0 ]
