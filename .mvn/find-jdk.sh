# Sourced by ./mvnw and ./castellan: sets JAVA_HOME to a JDK >= 21.
# Order: JAVA_HOME, then the newest JDK under /usr/lib/jvm (and /usr/java, /opt/java), then `java` on PATH.
# Castellan compiles with --release 21, so any newer JDK will do.

castellan_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

castellan_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(castellan_jdk_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
    echo "castellan: JAVA_HOME=$JAVA_HOME is Java ${major:-?}; looking for a JDK >= 21 elsewhere" >&2
  fi
  best="" best_major=0
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(castellan_jdk_major "$dir")
    if [ "${major:-0}" -gt "$best_major" ]; then best="$dir" best_major="$major"; fi
  done
  if [ "$best_major" -lt 21 ] && command -v javac >/dev/null 2>&1; then
    dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(castellan_jdk_major "$dir")
    if [ "${major:-0}" -ge 21 ]; then best="$dir" best_major="$major"; fi
  fi
  if [ "$best_major" -lt 21 ]; then
    echo "castellan: no JDK >= 21 found (looked at JAVA_HOME, /usr/lib/jvm/*, /usr/java/*, /opt/java/*, PATH)." >&2
    echo "castellan: install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
