#!/usr/bin/env bash
# Prepares the fast path of `paceline simulate` / crm_simulate after a build: a class cache
# trained on one simulated run (JDK 25: an AOT cache, -XX:AOTCacheOutput, JEP 483/514; JDK 21
# to 24: a CDS archive), so that a whole process spends its time scheduling, not loading and
# linking the two thousand classes a run needs. The training input is a generated cluster
# with one node lost (bench module), so that placement, actions, the graph, its simulated
# execution and both status printouts all run. Everything goes to cli/target/simulate/
# (never committed); without it ./paceline runs simulate as before.
#   scripts/prepare-simulate.sh JAVA_HOME
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
java_home=$1
java="$java_home/bin/java"
. "$here/scripts/jdk.sh"
major=$(paceline_java_major "$java_home")
out="$here/cli/target/simulate"
mkdir -p "$out"
rm -f "$out/simulate.aot" "$out/simulate.jsa" "$out/simulate.aot.config" "$out/simulate.env"
jar=$(ls "$here"/cli/target/paceline-cli-*.jar | head -n 1)
# Jars only, in a fixed order: a cache is valid only for the class path it was made with.
classpath=$jar$(printf ':%s' $(ls "$here"/cli/target/lib/*.jar | sort))
bench_classpath="$here/bench/target/classes"$(printf ':%s' $(ls "$here"/bench/target/lib/*.jar | sort))
"$java" -cp "$bench_classpath" org.paceline.bench.generated.GeneratedClusterFile medium node-lost "$out/training.xml"

# C1 only, as ./paceline runs everything (on a run of a few seconds C2's compile threads cost
# more than they win, even at 32x5000) and the serial collector; a young generation half of a
# heap that starts at 8% of the memory, so that most of a run's garbage, which dies young
# (the XML tree once read, each step's drafts), is never copied: on a machine of 24 GB a
# 32x5000 run (400 MB allocated) then needs no collection at all, where the one collection a
# 4% heap made cost 0.2-0.4 s, copying the whole model while it was still being built.
# Larger does not pay: pages the heap touches for the first time cost system time too.
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:NewRatio=1 -XX:InitialRAMPercentage=8"
quiet="-Xlog:disable -Xlog:all=error:stderr"
if [ "$major" -ge 25 ]; then
  record="-XX:AOTCacheOutput=$out/simulate.aot"; cache="-XX:AOTCache=$out/simulate.aot"
else
  record="-XX:ArchiveClassesAtExit=$out/simulate.jsa"; cache="-XX:SharedArchiveFile=$out/simulate.jsa"
fi
# shellcheck disable=SC2086 # the flags are words on purpose
"$java" $flags $record $quiet -Dpaceline.face=paceline -cp "$classpath" org.paceline.cli.Main \
  simulate -S -x "$out/training.xml" >"$out/training.log" 2>&1 ||
  { echo "prepare-simulate: training failed (see $out/training.log)" >&2; exit 1; }

# A cache that no longer matches is ignored by the JVM; its warning must not reach simulate's output.
cat >"$out/simulate.env" <<CONF
paceline_simulate_classpath='$classpath'
paceline_simulate_flags='$flags $cache $quiet'
CONF
