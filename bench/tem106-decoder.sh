#!/bin/sh
# JMH: TEM-106 archive-record decoder throughput (records/s), from bytes and from six reply frames.
# 2 forks x (3 warm-up + 5 measured iterations of 2 s) per benchmark: about a minute in all.
# Extra arguments go to JMH (e.g. -f 1 -wi 1 -i 2 for a quick look; -prof gc for allocation).
# Usage: bench/tem106-decoder.sh [JMH options]
set -eu
cd "$(dirname "$0")/.."
cp=$(bench/tem106-classpath.sh)
. .mvn/find-jdk.sh
castellan_find_jdk
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'org.castellan.tem106.bench.DecoderBenchmark' "$@"
