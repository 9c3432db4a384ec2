#!/usr/bin/env bash
# Prepares sbin/'s fast path after a build: records which java and class path the faces
# run with, and trains an AOT cache for each face (JDK 25: -XX:AOTCacheOutput, JEP 483/514)
# or, on older JDKs, a CDS archive, by running that face's calls against a harness daemon
# started in a process of its own. One cache a face, because the JVM loads every class a
# cache holds at start-up. Everything goes to cli/target/faces/ (never committed).
#   scripts/prepare-faces.sh JAVA_HOME
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
java_home=$1
java="$java_home/bin/java"
. "$here/scripts/jdk.sh"
major=$(paceline_java_major "$java_home")
out="$here/cli/target/faces"
mkdir -p "$out"
jar=$(ls "$here"/cli/target/paceline-cli-*.jar | head -n 1)
# Jars only, in a fixed order: an AOT cache or CDS archive is valid only for the class path it was
# made with. The daemon's class path (JGroups, picocli) is left out: the faces never load them,
# and every jar on the path is opened and checked at start-up.
classpath=$jar$(printf ':%s' $(ls "$here"/cli/target/lib/paceline-*.jar | sort))
daemon_classpath=$jar$(printf ':%s' $(ls "$here"/cli/target/lib/*.jar | sort))
# Each flag buys start-up time: serial GC; the interpreter only (a helper's few milliseconds of
# work are over before a compiler thread would pay off, and on a busy machine that thread competes
# for the cores); no perf data file; the selector provider
# named so that no ServiceLoader scans the class path's jars for one; reflection through native
# accessors so that the security provider's construction spins no bytecode.
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=0 -XX:-UsePerfData -Xss512k -Xmx64m \
-Djava.nio.channels.spi.SelectorProvider=sun.nio.ch.EPollSelectorProvider -Djdk.reflect.useNativeAccessorOnly=true"
quiet="-Xlog:disable -Xlog:all=error:stderr"
rm -f "$out"/*.aot "$out"/*.jsa "$out"/*.aot.config "$out/faces.env" "$out"/training*.log

socket=$(mktemp -u "${TMPDIR:-/tmp}/paceline-training.XXXXXX.sock")
"$java" -cp "$daemon_classpath" org.paceline.cli.harness.HarnessDaemon "$socket" pm01 >"$out/harness.log" 2>&1 &
harness=$!
trap 'kill "$harness" 2>/dev/null || true; rm -f "$socket"' EXIT
for _ in $(seq 100); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || { echo "prepare-faces: the harness daemon did not start (see $out/harness.log)" >&2; exit 1; }

if [ "$major" -ge 25 ]; then
  record="-XX:AOTCacheOutput="; cache_option="-XX:AOTCache="; suffix=.aot
else
  record="-XX:ArchiveClassesAtExit="; cache_option="-XX:SharedArchiveFile="; suffix=.jsa
fi
faces=$(cd "$here/sbin" && for f in *; do [ -L "$f" ] && [ "$(readlink "$f")" = face ] && printf '%s\n' "$f"; done)
train() {  # $1 = a face; writes $out/$1$suffix
  PACELINE_SOCKET=$socket "$java" $flags "$record$out/$1$suffix" $quiet -cp "$classpath" \
    org.paceline.cli.harness.FaceTraining "$1" >"$out/training-$1.log" 2>&1
}
# Two at a time: each training is one JVM, and so is the assembly of its cache.
failed=""
set -- $faces
while [ $# -gt 0 ]; do
  train "$1" & first=$!
  second=""
  if [ $# -gt 1 ]; then train "$2" & second=$!; fi
  wait "$first" || failed="$failed $1"
  if [ -n "$second" ]; then wait "$second" || failed="$failed $2"; fi
  shift; [ $# -gt 0 ] && shift
done
[ -z "$failed" ] || { echo "prepare-faces: training failed for$failed (see $out/training-*.log)" >&2; exit 1; }

# A cache that no longer matches is ignored by the JVM; its warning must not reach an agent's stdout.
cat >"$out/faces.env" <<CONF
paceline_java='$java'
paceline_classpath='$classpath'
paceline_flags='$flags $quiet'
paceline_cache_option='$cache_option'
paceline_cache_suffix='$suffix'
CONF
