#!/usr/bin/env bash
# One thread's time per trial by engine stage (streams, draws, model, recording) on a scenario.
# Usage: bench/stages.sh [scenario [blocks [lanes [override ...]]]]   (default scenarios/plan-2025.yaml, 400 blocks of
# 1024 trials a round, the engine's chunk; overrides as --set, e.g. bench/stages.sh scenarios/plan-2025.yaml 400 0
# 'evidence=[]')
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.countysim.engine.EngineStages "$@"
