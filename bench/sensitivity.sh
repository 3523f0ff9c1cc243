#!/usr/bin/env bash
# Times the whole process (launcher, JVM start, simulation, analysis, CSVs, charts) of `bin/countysim sensitivity` on
# the default scenario: a full Sobol study (every factor, the default N = 32768 base samples, with the value of
# information), a tornado of every factor at 20,000 trials an arm, and the default run of all three analyses; then
# `run --trials 1000000` as a reference for the machine's speed (docs/benchmarks.md has its unloaded time).
# Prints wall and CPU seconds, maximum RSS and the widest interval half-width of the Sobol indices.
# Usage: bench/sensitivity.sh [THREADS]   (default: all cores)
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-$(nproc)}"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
bin/countysim validate >/dev/null   # builds the jar and its class-data-sharing archive if needed
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %8s %8s %8s  %s\n' run wall_s cpu_s rss_mb notes
time_it() {
  local name="$1"; shift
  /usr/bin/time -f '%e %U %S %M' -o "$out/t" "$@" >/dev/null
  read -r wall user sys rss < "$out/t"
  local notes=""
  if [ -f "$out/$name/manifest.json" ]; then
    notes="$(python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print('seconds', m.get('seconds'), \
'widest ±', round(m['sobol']['widest_half_width'], 4) if 'sobol' in m else '')" "$out/$name/manifest.json")"
  fi
  printf '%-34s %8.2f %8.2f %8d  %s\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$notes"
}
time_it sobol bin/countysim sensitivity --methods sobol --threads "$threads" --quiet --out "$out/sobol"
time_it tornado bin/countysim sensitivity --methods tornado --tornado-trials 20000 --threads "$threads" --quiet \
  --out "$out/tornado"
time_it all bin/countysim sensitivity --threads "$threads" --quiet --out "$out/all"
time_it reference-run-1e6 bin/countysim run --trials 1000000 --attribution-trials 0 --no-charts --threads "$threads" \
  --quiet --out "$out/run"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
