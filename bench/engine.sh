#!/usr/bin/env bash
# JMH benchmark of the engine alone (trials/s for 1 and 2 threads) on scenarios/plan-2025.yaml.
# Usage: bench/engine.sh [extra JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'org.countysim.bench.EngineBenchmark' "$@"
