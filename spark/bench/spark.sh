#!/usr/bin/env bash
# The engine on scenarios/plan-2025.yaml: local threads against Spark tasks (SparkBench, in one JVM), with and
# without the evidence, for several task sizes; then the cost of an empty Spark task. Not run by the tests.
# Usage (from the repository's root, the root artifact installed): spark/bench/spark.sh [TRIALS [MASTER [B1,B2,... [REPEATS]]]]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 \
  | sed "s/\x1b\[[0-9;]*m//g" >&2
exec java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.countysim.spark.SparkBench "$@"
