#!/bin/sh
# Reads the last 24 hourly records from the TEM-106 emulator through a simulated 9600-baud 8N1 line with a 300 ms
# round trip (a fresh session: configuration, pointer, 24 x 6 Flash reads) and prints the measured time divided by
# the protocol's wire-time lower bound (request and reply bytes at 10 bits each, plus one round trip per request).
# Goal: <= 1.05. About one minute per run.
# Usage: bench/tem106-archive-read.sh [RUNS] [RECORDS] [BAUD] [ROUND_TRIP_MS]   (defaults 3 24 9600 300)
set -eu
cd "$(dirname "$0")/.."
cp=$(bench/tem106-classpath.sh)
. .mvn/find-jdk.sh
castellan_find_jdk
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" \
  org.castellan.tem106.bench.ArchiveReadBenchmark "${1:-3}" "${2:-24}" "${3:-9600}" "${4:-300}"
