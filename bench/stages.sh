#!/usr/bin/env bash
# One thread's time per trial by engine stage (streams, draws, model, recording) on a scenario.
# Usage: bench/stages.sh [scenario]   (default scenarios/plan-2025.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.countysim.engine.EngineStages "$@"
