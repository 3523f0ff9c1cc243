#!/usr/bin/env bash
# The engine alone with a scenario's evidence and without it, alternately in one JVM: process CPU seconds per run
# (workers, merging, GC, JIT), medians and their ratio (docs/benchmarks.md, "Conditioning on evidence").
# Usage: bench/evidence-engine.sh [scenario [trials a run [threads [repetitions]]]]   (default plan-2025, 2e6, 2, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.countysim.bench.EvidenceCost "$@"
