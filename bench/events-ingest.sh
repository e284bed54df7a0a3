#!/bin/sh
# Issue 5's benchmark (EventIngestBench, in app's test sources): the whole platform in one JVM on a fresh embedded
# PostgreSQL; sustained event ingest through EventJournal.submit with every event observer active (alarm rules,
# notification rules) against a plain batched COPY of the same rows in the same run, then the delay from an event's
# submission to its arrival on a connected live stream at the goal rate (or the measured rate, if lower).
# Usage: bench/events-ingest.sh [events=200000] [rate=5000] [seconds=30]   (loopback only; about two minutes)
# BENCH_JAVA_OPTS adds JVM options (a profiler, a heap size).
set -eu
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh
castellan_find_jdk
./mvnw -q -pl app -am install -DskipTests -Dtem106.fuzz.skip=true -Dirz.fuzz.skip=true -Dgsm.fuzz.skip=true -Dosdp.fuzz.skip=true >&2
./mvnw -q -pl app test-compile dependency:build-classpath -DincludeScope=test \
  -Dmdep.outputFile=target/bench.classpath >&2
data=$(mktemp -d /tmp/castellan-events-bench.XXXXXX)
chmod 755 "$data"
trap 'rm -rf "$data"' EXIT
echo "Event ingest, $(date -u +%Y-%m-%d), $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo \
  | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
# shellcheck disable=SC2086 # the options are words
"$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} \
  -cp "app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)" \
  org.castellan.bench.EventIngestBench data="$data/data" "$@"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
