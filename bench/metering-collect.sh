#!/bin/sh
# Issue 6's collection benchmark (MeteringCollectBench, in app's test sources): the whole platform in one JVM on a
# fresh embedded PostgreSQL per phase, its real gateway on loopback, N emulated iRZ modems in the same JVM each with
# one emulated TEM-106 meter behind a link that adds a round trip to every request-reply; every meter misses one day
# of its plan's 48 hourly records; one hourly read per meter is queued and timed until all are done, once per
# concurrency limit. Prints one table (time, records/s, DB rows/s, requests/s, CPU of the JVM and of PostgreSQL).
# Usage: bench/metering-collect.sh [meters=1000] [latency=20] [limits=16,64,256]   (latency in ms per request-reply)
# 1,000 modems are 2,000 loopback sockets in this JVM: the open-file limit is raised to the hard limit.
# BENCH_JAVA_OPTS adds JVM options (a profiler: -XX:StartFlightRecording=filename=/tmp/collect.jfr,settings=profile).
set -eu
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh
castellan_find_jdk
ulimit -n "$(ulimit -Hn)"
./mvnw -q -pl app -am install -DskipTests -Dtem106.fuzz.skip=true -Dirz.fuzz.skip=true -Dgsm.fuzz.skip=true -Dosdp.fuzz.skip=true >&2
./mvnw -q -pl app test-compile dependency:build-classpath -DincludeScope=test \
  -Dmdep.outputFile=target/bench.classpath >&2
data=$(mktemp -d /tmp/castellan-metering-bench.XXXXXX)
chmod 755 "$data"
trap 'rm -rf "$data"' EXIT
echo "Metering collection, $(date -u +%Y-%m-%d), $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo \
  | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)," \
  "open files $(ulimit -n)"
# shellcheck disable=SC2086 # the options are words
"$JAVA_HOME/bin/java" -Xmx3g ${BENCH_JAVA_OPTS:-} \
  -cp "app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)" \
  org.castellan.bench.MeteringCollectBench data="$data" "$@"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
