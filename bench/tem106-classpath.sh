#!/bin/sh
# Shared by the tem106 benchmark scripts: compiles the tem106 module with its test sources (the benchmarks live
# there, JMH's harness is generated at test-compile) and prints the class path to run them with.
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -pl tem106 test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/tem106/target/bench.classpath" >&2
test -s tem106/target/bench.classpath
printf '%s:%s:%s' tem106/target/test-classes tem106/target/classes "$(cat tem106/target/bench.classpath)"
