#!/bin/sh
# A longer fuzzing session for the gsm decoders (SMS-SUBMIT PDUs, AT lines) than ./mvnw verify gives them: runs the
# pom's `fuzz` execution (each *FuzzTest class in a JVM of its own, JAZZER_FUZZ=1) with JAZZER_MAX_DURATION overriding
# @FuzzTest(maxDuration).
# The corpus Jazzer grows is kept in gsm/.cifuzz-corpus/ (git-ignored), so each session resumes where the last
# stopped. A finding fails the run and is written to
#   gsm/src/test/resources/org/castellan/gsm/<package>/<Class>Inputs/<method>/crash-<sha1>
# which ./mvnw -pl gsm test -Dtest=<Class> then replays (commit it with the fix as a regression input).
# Usage: bench/gsm-fuzz.sh [seconds per fuzz test, default 300] [fuzz test class(es), default all, e.g. AtLineDecoderFuzzTest]
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-300}
JAZZER_MAX_DURATION="${seconds}s"
export JAZZER_MAX_DURATION
if [ $# -ge 2 ]; then
  shift
  tests=$(echo "$@" | tr ' ' ',')
  exec ./mvnw -q -pl gsm test-compile surefire:test@fuzz -Dtest="$tests"
fi
exec ./mvnw -q -pl gsm test-compile surefire:test@fuzz
