#!/bin/sh
# A longer fuzzing session for the irz decoders than ./mvnw verify gives them: runs the pom's `fuzz` execution (each
# *FuzzTest class in a JVM of its own, JAZZER_FUZZ=1) with JAZZER_MAX_DURATION overriding @FuzzTest(maxDuration).
# The corpus Jazzer grows is kept in irz/.cifuzz-corpus/ (git-ignored), so each session resumes where the last
# stopped. A finding fails the run and is written to
#   irz/src/test/resources/org/castellan/irz/<package>/<Class>Inputs/<method>/crash-<sha1>
# which ./mvnw -pl irz test -Dtest=<Class> then replays (commit it with the fix as a regression input).
# Usage: bench/irz-fuzz.sh [seconds per fuzz test, default 300] [fuzz test class(es), default all, e.g. ColprotDecoderFuzzTest]
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-300}
JAZZER_MAX_DURATION="${seconds}s"
export JAZZER_MAX_DURATION
if [ $# -ge 2 ]; then
  shift
  tests=$(echo "$@" | tr ' ' ',')
  exec ./mvnw -q -pl irz test-compile surefire:test@fuzz -Dtest="$tests"
fi
exec ./mvnw -q -pl irz test-compile surefire:test@fuzz
