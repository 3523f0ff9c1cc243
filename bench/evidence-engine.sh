#!/usr/bin/env bash
# The engine alone with a scenario's evidence and without it (docs/benchmarks.md, "Conditioning on evidence").
# Warm (default): both models alternately in one JVM after a warm-up; process CPU seconds per run (workers, merging,
# GC, JIT), medians and their ratio.
#   bench/evidence-engine.sh [scenario [trials a run [threads [repetitions]]]]   (default plan-2025, 2e6, 2, 5)
# Cold (STEPS=S): each model in a fresh JVM, REPS times alternately, advanced in S steps of 65,536 trials; the median
# CPU milliseconds of each step (the JIT's warm-up: how long until the weighted path runs compiled).
#   STEPS=24 bench/evidence-engine.sh [scenario [unused [threads [repetitions]]]]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >&2
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ -z "${STEPS:-}" ]; then
  exec java -Xmx1g -cp "$cp" org.countysim.bench.EvidenceCost "$@"
fi
log="$(mktemp)"
for i in $(seq "${4:-3}"); do
  for model in without with; do
    java -Xmx1g -Dsteps="$STEPS" -Dmodel="$model" -cp "$cp" org.countysim.bench.EvidenceCost "${1:-scenarios/plan-2025.yaml}" 0 \
      "${3:-2}" >> "$log"
  done
done
python3 - "$log" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    p = line.split()
    runs[p[0]].append([int(x) for x in p[1:]])
for model in ("without", "with"):
    med = [statistics.median(x) for x in zip(*runs[model])]
    print(f"{model:8} CPU ms a step of 65,536 trials (median of {len(runs[model])}): " + " ".join(f"{x:.0f}" for x in med))
    print(f"{'':8} total {sum(med) / 1000:.2f} s; last quarter {sum(med[-len(med) // 4:]) / (len(med) // 4):.0f} ms a step")
PY
rm -f "$log"
