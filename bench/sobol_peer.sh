#!/usr/bin/env bash
# Cross-checks countysim's Sobol estimators with a vectorized numpy peer on the Ishigami function: the peer draws a
# Saltelli design, evaluates it and estimates S1/ST with bootstrap intervals; the Java analyzer (the product's code)
# then estimates the same indices from the same outputs (the point estimates must agree to rounding) and from a
# design of its own. Prints both, with the seconds of each step. Needs python3 with numpy.
# Usage: bench/sobol_peer.sh [N] [SEED]   (default N = 65536)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-65536}"; seed="${2:-1}"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 \
  | sed "s/\x1b\[[0-9;]*m//g" >&2
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 bench/sobol_peer.py "$n" "$seed" "$work/y.csv"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.countysim.bench.SobolPeerCheck \
  "$work/y.csv"
