#!/usr/bin/env bash
# Runs the README's embedding example as an application would: installs the library from this
# checkout into the local Maven repository, builds examples/embedding against it, runs it with a
# plain `java -cp`, and checks what the application sees:
#   - src/main/java/Example.java is still the README's block, word for word;
#   - the run exits with status 0, within a minute (no thread of the library keeps the JVM alive);
#   - standard output holds the verdict, WAIT;
#   - the form built from the catalog of facts (FormExample.java) asks every fact, gets a verdict
#     with its follow-ups, and writes its response with its own ObjectMapper and ReconcileModule;
#   - no source of the example names a type of org.reconcile.internal, which is no application's;
#   - standard error holds no SLF4J warning (reconcile brings no binding of its own), and does hold
#     the application's own INFO line (reconcile's jar does not change the application's logging);
#   - picocli, which only the command line uses, is not on the application's classpath.
# It also prints what embedding reconcile pulls in: the jars it adds to the application's classpath.
#
#   examples/embedding/run.sh        # from any directory; needs Java 17 and Maven
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
project="$(cd "$here/../.." && pwd -P)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
    echo "embedding example: FAILED: $*" >&2
    exit 1
}

# The project's own <version>, the first one indented as a child of <project>.
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$project/pom.xml" | head -n 1)"
[ -n "$version" ] || fail "cannot find the project's version in $project/pom.xml"

awk '/^## Embedding/ { section = 1 } section && /^```java/ { inside = 1; next } inside && /^```/ { exit } inside' \
    "$project/README.md" > "$work/readme-example.java"
diff -u "$work/readme-example.java" "$here/src/main/java/Example.java" >&2 \
    || fail "src/main/java/Example.java differs from the README's embedding example (above); copy the README's block"

if grep -n 'org\.reconcile\.internal' "$here"/src/main/java/*.java >&2; then
    fail "the example uses reconcile's internals (above): an application may use only the public API"
fi

echo "embedding example: installing reconcile $version from $project ..."
(cd "$project" && mvn -B -q install -DskipTests)

echo "embedding example: building $here ..."
(cd "$here" && mvn -B -q -Dreconcile.version="$version" compile dependency:build-classpath \
    -Dmdep.outputFile="$work/classpath.txt" -DincludeScope=runtime)
classpath="$(cat "$work/classpath.txt")"

echo "embedding example: running Host (Example.main, then a log line of the host's own) ..."
start=$(date +%s)
status=0
timeout 60 java -cp "$here/target/classes:$classpath" Host >"$work/out" 2>"$work/err" || status=$?
seconds=$(( $(date +%s) - start ))

echo "--- standard output"
cat "$work/out"
echo "--- standard error"
cat "$work/err"
echo "---"

[ "$status" -ne 124 ] || fail "the JVM did not exit within 60 s: a thread keeps it alive"
[ "$status" -eq 0 ] || fail "exit status $status, expected 0"
grep -qx 'WAIT' "$work/out" || fail "standard output has no line WAIT"
[ "$(grep -c '^field: .*?' "$work/out")" -ge 17 ] || fail "the form does not ask every fact of the catalog"
grep -q '^verdict: REBUILD: ' "$work/out" || fail "the form's case got no verdict REBUILD in plain words"
grep -q '^could add advice: .*(\[rebuilding/' "$work/out" || fail "the form's case shows no follow-up"
grep -q '^response: {"situation":{"daysSinceBreakup":90,.*"advice":{"verdict":"REBUILD",' "$work/out" \
    || fail "the form's response is not reconcile's JSON written by the application's ObjectMapper"
grep -qx 'read back: true' "$work/out" || fail "the application's ObjectMapper did not read the situation back"
if grep -q 'SLF4J' "$work/err"; then
    fail "standard error holds an SLF4J warning"
fi
grep -q 'INFO Host - host: the example ran' "$work/err" \
    || fail "the host's INFO line is missing from standard error: its logging was changed"

# What embedding reconcile pulls in: the classpath less reconcile's own jar and the host's binding.
megabytes() {
    xargs du -cb | tail -n 1 | awk '{ printf "%.2f MB", $1 / 1e6 }'
}
tr ':' '\n' <"$work/classpath.txt" | grep '\.jar$' | grep -v -e '/reconcile-[^/]*\.jar$' -e '/slf4j-simple-[^/]*\.jar$' \
    >"$work/pulled-in.txt"
echo "embedding example: reconcile pulls in $(grep -c . "$work/pulled-in.txt") jars, $(megabytes <"$work/pulled-in.txt")" \
    "(besides its own jar)"
if grep -q '/picocli-' "$work/pulled-in.txt"; then
    fail "picocli, the command line's parser, is on the application's classpath"
fi
echo "embedding example: OK ($seconds s)"
