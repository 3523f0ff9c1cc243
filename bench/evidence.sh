#!/usr/bin/env bash
# The cost of conditioning on evidence (model.md §11): `bin/countysim run` of a scenario with its evidence and
# without it (--set evidence=[]), alternately REPS times each (so that a busy machine slows both alike), for the
# default run (its trials, attribution, charts) and for 10^5 and 10^6 trials without attribution; prints the
# median and minimum wall and CPU (user + system) seconds and the ratio of the medians.
# Usage: bench/evidence.sh [SCENARIO] [REPS]   (default scenarios/plan-2025.yaml, 8)
# RUNS selects the runs (default "default 1e5 1e6"; 1e7: 10^7 trials, no attribution, no charts).
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-scenarios/plan-2025.yaml}"
reps="${2:-8}"
runs="${RUNS:-default 1e5 1e6}"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
bin/countysim validate "$scenario" >/dev/null   # builds the jar and its class-data-sharing archive if needed
out="$(mktemp -d)"
log="$out/times.txt"
for i in $(seq "$reps"); do
  for mode in without with; do
    set_=(); [ "$mode" = without ] && set_=(--set 'evidence=[]')
    for run in $runs; do
      case "$run" in
        default) args=() ;;
        1e5) args=(--trials 100000 --attribution-trials 0) ;;
        1e6) args=(--trials 1000000 --attribution-trials 0 --no-charts) ;;
        1e7) args=(--trials 10000000 --attribution-trials 0 --no-charts) ;;
      esac
      /usr/bin/time -f "$run $mode %e %U %S" bin/countysim run "$scenario" --quiet "${args[@]}" "${set_[@]}" \
          --out "$out/run" >/dev/null 2>>"$log"
      rm -rf "$out/run"
    done
  done
done
python3 - "$log" $runs <<'PY'
import collections, statistics, sys
d = collections.defaultdict(list)
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) == 5:
        d[(p[0], p[1])].append((float(p[2]), float(p[3]) + float(p[4])))
print(f"{'run':8} {'evidence':9} {'wall med':>9} {'wall min':>9} {'cpu med':>8} {'cpu min':>8}")
for run in sys.argv[2:]:
    for mode in ("without", "with"):
        w = [x[0] for x in d[(run, mode)]]; c = [x[1] for x in d[(run, mode)]]
        print(f"{run:8} {mode:9} {statistics.median(w):9.2f} {min(w):9.2f} {statistics.median(c):8.2f} {min(c):8.2f}")
    a = d[(run, "without")]; b = d[(run, "with")]
    print(f"{run:8} {'ratio':9} {statistics.median([x[0] for x in b]) / statistics.median([x[0] for x in a]):9.3f}"
          f" {'':9} {statistics.median([x[1] for x in b]) / statistics.median([x[1] for x in a]):8.3f}")
PY
rm -rf "$out"
