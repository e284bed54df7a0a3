#!/bin/sh
# Jazzer: a longer fuzzing session for the TEM-106 decoders than the 6 s each that ./mvnw verify gives them.
# Fuzzes every *FuzzTest for SECONDS each (default 600), one after another, each in a JVM of its own; or only the
# class named. libFuzzer prints a line per new input and a summary per fuzz test.
# A finding stops that fuzz test and fails the run: Jazzer prints the exception and writes the input to
# tem106/src/test/resources/org/castellan/tem106/<package>/<Class>Inputs/<method>/crash-<sha1>, which every later
# ./mvnw test replays (just that class: ./mvnw -pl tem106 test -Dtest=<Class>). Fix the decoder, keep the file.
# Jazzer's corpus grows in tem106/.cifuzz-corpus/ (ignored by git) and carries over to the next session.
# Usage: bench/tem106-fuzz.sh [seconds] [FuzzTestClass, e.g. ReplyDecoderFuzzTest]
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-600}
case "$seconds" in
  '' | *[!0-9]*) echo "usage: bench/tem106-fuzz.sh [seconds] [FuzzTestClass]" >&2; exit 2 ;;
esac
exec ./mvnw -q -pl tem106 test-compile surefire:test@fuzz -Dtem106.fuzz.duration="${seconds}s" \
  -Dtem106.fuzz.verbosity=1 -Dtest="${2:-*FuzzTest}" -Dsurefire.failIfNoSpecifiedTests=false
