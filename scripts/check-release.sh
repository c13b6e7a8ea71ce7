#!/usr/bin/env bash
# Checks the release as a user gets it: unpacks cli/target/reconcile-VERSION.tar.gz (and the .zip)
# into a temporary folder and runs it there, from another folder, with a PATH that holds Java and
# the shell's tools but not Maven, no JAVA_HOME, and a HOME of its own (so no ~/.m2):
#   - bin/reconcile --version says the version of the archive;
#   - advise on each shipped example exits as docs/cli.md says (0, or 1 for examples/invalid.jsonl),
#     with one result per case, and nothing on standard error but its summary line; the README's
#     first run, as text;
#   - the class-data sharing archive was made on first use;
#   - ask with answers piped in, rules (the built-in rules, and the shipped rules/ with --rules), help;
#   - test on the shipped scenarios/: every one passes, and coverage is empty;
#   - serve --port 0 answers GET /health with {"status":"ok"};
#   - from the .zip: --version and advise.
#
#   scripts/check-release.sh [ARCHIVE]     # default: cli/target/reconcile-*.tar.gz; make it with mvn -B package
#
# .ci/run runs it after mvn -B verify. Without unzip it skips the .zip, saying so; without curl it
# asks for /health with a few lines of Java.
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "check-release: FAILED: $*" >&2
  exit 1
}

archive="${1:-}"
if [ -z "$archive" ]; then
  archives=("$project"/cli/target/reconcile-*.tar.gz)
  [ -f "${archives[0]}" ] || fail "no cli/target/reconcile-*.tar.gz: build it with mvn -B package"
  [ "${#archives[@]}" -eq 1 ] || fail "several archives in cli/target (${archives[*]}); name the one to check"
  archive="${archives[0]}"
fi
name="$(basename "$archive" .tar.gz)"
version="${name#reconcile-}"
echo "check-release: $archive (version $version)"

# A PATH of the shell's tools less Maven, and the folder of the java that runs this script.
java_bin="$(dirname "$(readlink -f "$(command -v java)")")"
tools="$work/tools"
mkdir -p "$tools"
shopt -s nullglob
for dir in /bin /usr/bin /usr/local/bin; do   # the last one wins, as it would first on the PATH
  found=("$dir"/*)
  [ "${#found[@]}" -eq 0 ] || ln -sf "${found[@]}" "$tools/"
done
shopt -u nullglob
rm -f "$tools"/mvn*
mkdir -p "$work/home" "$work/elsewhere"
user_env=(env -i PATH="$java_bin:$tools" HOME="$work/home" LANG=C.UTF-8 TERM=dumb)
(cd "$work" && "${user_env[@]}" bash -c 'command -v mvn' >/dev/null) && fail "mvn is still on the PATH of the check"

mkdir -p "$work/tar"
tar -xzf "$archive" -C "$work/tar"
release="$work/tar/$name"
[ -x "$release/bin/reconcile" ] || fail "$name/bin/reconcile is missing from the archive, or cannot be run"

# Runs bin/reconcile ARGS of RELEASE from another folder as a user would; standard output and
# error in $work/out and $work/err; its exit status in $status.
run() {
  local release="$1"
  shift
  status=0
  (cd "$work/elsewhere" && "${user_env[@]}" "$release/bin/reconcile" "$@") <"${input:-/dev/null}" \
    >"$work/out" 2>"$work/err" || status=$?
}

expect_status() {
  [ "$status" -eq "$1" ] || { cat "$work/err" >&2; fail "bin/reconcile $2: exit status $status, expected $1"; }
}

run "$release" --version
expect_status 0 "--version"
[ "$(cat "$work/out")" = "reconcile $version" ] || fail "--version said '$(cat "$work/out")', expected 'reconcile $version'"
echo "check-release: --version: $(cat "$work/out")"
[ -s "$release/lib/reconcile.jsa" ] || fail "no class-data sharing archive, lib/reconcile.jsa, after the first run"

for example in first-run.jsonl cases.jsonl cases.json invalid.jsonl; do
  file="$release/examples/$example"
  expected=0
  [ "$example" = invalid.jsonl ] && expected=1
  run "$release" advise --format jsonl "$file"
  expect_status "$expected" "advise examples/$example"
  cases="$(grep -c '"index"' "$work/out" || true)"
  if [ "$example" = cases.json ]; then
    lines="$(grep -o '"daysSinceBreakup"' "$file" | wc -l)"
  else
    lines="$(grep -c '[^[:space:]]' "$file")"
  fi
  [ "$cases" -eq "$lines" ] || fail "advise examples/$example wrote $cases results for $lines cases"
  if grep -v '^reconcile: [0-9]* cases' "$work/err" >&2; then
    fail "advise examples/$example wrote more than its summary on standard error (above)"
  fi
  echo "check-release: advise examples/$example: exit status $status, $cases results"
done

# The README's quick start: the first run as text.
run "$release" advise --format text "$release/examples/first-run.jsonl"
expect_status 0 "advise --format text examples/first-run.jsonl"
[ "$(grep -c '^Case [0-9]* (' "$work/out")" -eq 6 ] || fail "advise --format text examples/first-run.jsonl reported no six cases"
echo "check-release: advise --format text examples/first-run.jsonl: six reports"

input="$work/answers"
printf '10\n1\nno\nskip\nskip\nskip\n' >"$input"
run "$release" ask --format json
unset input
expect_status 0 "ask"
grep -q '"verdict":"WAIT"' "$work/out" || fail "ask ten days after the breakup did not say WAIT: $(cat "$work/out")"
echo "check-release: ask: WAIT"

run "$release" rules
expect_status 0 "rules"
grep -q '^cooling-off/wait-a-month ' "$work/out" || fail "rules does not list cooling-off/wait-a-month"
run "$release" rules --rules "$release/rules"
expect_status 0 "rules --rules rules"
echo "check-release: rules, and rules --rules rules: $(grep -c '^[a-z-]*/[a-z-]* ' "$work/out") rules"

run "$release" test "$release/scenarios"
expect_status 0 "test scenarios"
grep -q ' passed, 0 failed$' "$work/out" || fail "test scenarios: not every shipped scenario passed: $(cat "$work/out")"
grep -qx 'Rules that no scenario fired: none' "$work/out" || fail "test scenarios: some rules fired in no scenario"
echo "check-release: test scenarios: $(head -1 "$work/out")"

run "$release" help
expect_status 0 "help"
for command in advise rules ask serve test help; do
  grep -q "^  $command " "$work/out" || fail "help does not list $command"
done
echo "check-release: help"

# serve on any free port, which it prints on standard error; then GET /health.
(cd "$work/elsewhere" && exec "${user_env[@]}" "$release/bin/reconcile" serve --port 0) \
  </dev/null >"$work/serve.out" 2>"$work/serve.err" &
server=$!
url=""
for _ in $(seq 120); do
  url="$(sed -n 's/^reconcile: serving on \(http[^ ]*\).*/\1/p' "$work/serve.err")"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; fail "serve ended before serving"; }
  sleep 1
done
[ -n "$url" ] || { cat "$work/serve.err" >&2; fail "serve said on no URL where it serves within 120 s"; }
if command -v curl >/dev/null; then
  health="$(curl -fsS "${url}health")" || fail "GET ${url}health failed"
else
  cat >"$work/Health.java" <<'EOF'
public class Health {
    public static void main(String[] args) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(args[0])).build();
        System.out.print(client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    }
}
EOF
  health="$(java "$work/Health.java" "${url}health")" || fail "GET ${url}health failed"
fi
[ "$health" = '{"status":"ok"}' ] || fail "GET ${url}health answered '$health'"
kill "$server"
wait "$server" 2>/dev/null || true
server=""
echo "check-release: serve: GET ${url}health: $health"

zip="${archive%.tar.gz}.zip"
if [ ! -f "$zip" ]; then
  fail "$zip is missing"
elif ! command -v unzip >/dev/null; then
  echo "check-release: SKIPPED: the .zip, as unzip is not installed"
else
  mkdir -p "$work/zip"
  unzip -q "$zip" -d "$work/zip"
  run "$work/zip/$name" --version
  expect_status 0 "--version (from the .zip)"
  run "$work/zip/$name" advise "$work/zip/$name/examples/cases.jsonl"
  expect_status 0 "advise examples/cases.jsonl (from the .zip)"
  echo "check-release: the .zip: --version, advise"
fi

echo "check-release: OK"
