#!/bin/sh
# Measures the memory one emulated iRZ modem costs: a collector in one JVM (identifies, greets, discards), N COLPROT
# modems in another; prints heap after GC and resident set before and after, per modem. Loopback only; needs
# ulimit -n above N in both JVMs. Usage: bench/irz-emulator-memory.sh [N]   (default 10000, port 18090)
set -eu
cd "$(dirname "$0")/.."
n=${1:-10000}
port=18090
. .mvn/find-jdk.sh
castellan_find_jdk
./mvnw -q -pl irz test-compile
cp="irz/target/classes:irz/target/test-classes"
log=$(mktemp /tmp/irz-probe.XXXXXX)
"$JAVA_HOME/bin/java" -cp "$cp" org.castellan.irz.emulator.EmulatorMemoryProbe server "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -q listening "$log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
"$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" org.castellan.irz.emulator.EmulatorMemoryProbe modems "$port" "$n"
