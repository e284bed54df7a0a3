#!/bin/sh
# The iRZ gateway under load (issue 4, "Benchmark"): a gateway JVM (GatewayUnderLoad: a ModemListener on 127.0.0.1
# and a control socket) and, in a second JVM, the load generator (LoadGenerator: irz emulated modems on virtual
# threads, plain poller sockets). Each phase gets a fresh pair of JVMs; one table at the end.
#   sessions-ports   modems until the gateway's open-file limit binds, per-modem poller ports (ON_FIRST_CONNECT)
#   sessions-shared  the same through the shared poller port (PollerPortMode.OFF)
#   relay            round trip through the gateway against a direct TCP echo, 5,000 frames/s
#   storm            5,000 modems hang up and dial again at once
# Both JVMs run with the open-file limit raised to the hard limit (20,000 on the benchmark machine). Loopback only.
# Takes about three minutes. The gateway's log of each phase is kept in /tmp/gateway-load.<phase>.log.
# Usage: bench/gateway-load.sh [phase...]   (default: all four, in that order)
# GATEWAY_JAVA_OPTS and GENERATOR_JAVA_OPTS add JVM options (a profiler, -Dio.netty.eventLoopThreads=N…).
set -eu
cd "$(dirname "$0")/.."
phases=${*:-sessions-ports sessions-shared relay storm}
. .mvn/find-jdk.sh
castellan_find_jdk
ulimit -n "$(ulimit -Hn)"

# Jars, not class directories: a JVM opens a class directory's file for every class it loads, which fails at the
# open-file limit, while a jar stays open (and the platform runs the gateway from a jar).
./mvnw -q -pl gateway -am package dependency:build-classpath -DskipTests -Dtem106.fuzz.skip=true \
  -Dirz.fuzz.skip=true -DincludeScope=runtime -Dmdep.outputFile=target/bench.classpath >&2
"$JAVA_HOME/bin/jar" --create --file gateway/target/gateway-bench.jar -C gateway/target/test-classes \
  org/castellan/gateway/bench
gateway_jar=$(ls gateway/target/castellan-gateway-*.jar | grep -v -e sources -e javadoc | head -n 1)
cp="gateway/target/gateway-bench.jar:$gateway_jar:$(cat gateway/target/bench.classpath)"

rows=$(mktemp /tmp/gateway-load-rows.XXXXXX)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -f "$rows"' EXIT
for phase in $phases; do
  case $phase in
    sessions-shared) gateway_args="pollerPorts=OFF sharedPort=on" ;;
    sessions-ports | relay | storm) gateway_args="pollerPorts=ON_FIRST_CONNECT sharedPort=off" ;;
    *) echo "unknown phase: $phase" >&2; exit 2 ;;
  esac
  log=/tmp/gateway-load.$phase.log
  # shellcheck disable=SC2086 # the arguments are words
  "$JAVA_HOME/bin/java" -Xmx1g ${GATEWAY_JAVA_OPTS:-} -cp "$cp" org.castellan.gateway.bench.GatewayUnderLoad \
    $gateway_args >"$log" 2>&1 &
  pid=$!
  until grep -qs '^ready' "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  set -- $(sed -n 's/^ready modem=\([0-9]*\) shared=\(-*[0-9]*\) control=\([0-9]*\)$/\1 \2 \3/p' "$log")
  echo "== $phase: gateway pid $pid, modem port $1, shared port $2, control port $3" >&2
  "$JAVA_HOME/bin/java" -Xmx2g ${GENERATOR_JAVA_OPTS:-} -cp "$cp" org.castellan.gateway.bench.LoadGenerator "$phase" \
    modem="$1" shared="$2" control="$3" | tee -a "$rows"
  wait "$pid" || true
  pid=
  echo "== $phase: gateway log $log: $(grep -c 'Too many open files' "$log" || true) lines name EMFILE" >&2
done

echo
echo "Gateway load, $(date -u +%Y-%m-%d), $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo \
  | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1),"\
" open files $(ulimit -n), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| figure | value | goal | met |"
echo "|---|---|---|---|"
cat "$rows"
