#!/usr/bin/env bash
# Long fuzzing, on demand: the property tests (random valid scenarios; random mutations of the shipped CSV and
# YAML) with many more tries than the default test run's 70. Every case must give a result or a clean error;
# exits non-zero when one does not (the full Maven log is kept in target/fuzz.log).
# Usage: bench/fuzz.sh [TRIES]   (default 1000; 1500 tries take about three minutes on 2 cores)
set -uo pipefail
cd "$(dirname "$0")/.."
tries="${1:-1000}"
mkdir -p target
mvn -B test -Dtest='*Properties' -Djqwik.tries.default="$tries" > target/fuzz.log 2>&1
status=$?
sed "s/\x1b\[[0-9;]*m//g" target/fuzz.log | grep -E "^(tries|checks) |Tests run:|FAIL|BUILD"
exit "$status"
