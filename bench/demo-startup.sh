#!/bin/sh
# Measures how long `./castellan demo` takes, from the command to being ready — the banner with the console address
# and log-ins printed (after the demo data is in place) and the console answering on HTTP — with a warm build
# (the jar already built). Runs RUNS times (default 3), each on a fresh data directory (the worst case: initdb and
# every migration) unless KEEP_DATA=1 (a restart on existing data). Prints one line per run and the slowest.
# Usage: bench/demo-startup.sh [RUNS]   (port 18080; loopback only; stops the demo it started)
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
./castellan --version >/dev/null   # builds the jar if needed, outside the timing
slowest=0
i=1
while [ "$i" -le "$runs" ]; do
  dir=$(mktemp -d /tmp/castellan-bench.XXXXXX)
  chmod 755 "$dir"
  [ "${KEEP_DATA:-0}" = 1 ] && [ -n "${last_dir:-}" ] && dir=$last_dir
  start=$(date +%s%N)
  ./castellan demo --port "$port" --data-dir "$dir" > "$dir.log" 2>&1 &
  pid=$!
  until grep -q "Castellan demo is running" "$dir.log" \
      && curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null | grep -q 200; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "demo exited early; see $dir.log" >&2; exit 1; fi
    if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 300 ]; then echo "no answer in 300 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.2
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "run $i: demo ready after $ms ms"
  [ "$ms" -gt "$slowest" ] && slowest=$ms
  kill "$pid"; wait "$pid" 2>/dev/null || true
  last_dir=$dir
  i=$((i + 1))
done
echo "slowest: $slowest ms over $runs run(s)"
