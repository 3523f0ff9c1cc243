#!/usr/bin/env bash
# Times the whole process (launcher, JVM start, simulation, CSVs, charts) of `bin/countysim run` on the default scenario
# for 10^5, 10^6 and 10^7 trials with /usr/bin/time -v, and prints a table (wall s, CPU s, max RSS MB,
# trials/s, unit-years/s). The 10^7 run is capped at -Xmx256m to show memory does not grow with trials.
# Usage: bench/process.sh [THREADS]   (default: all cores)
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-$(nproc)}"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
bin/countysim validate >/dev/null   # builds the jar and its class-data-sharing archive if needed
out="$(mktemp -d)"
units=11; years=4
printf '%-10s %-8s %8s %8s %10s %12s %14s\n' trials threads wall_s cpu_s rss_mb trials_per_s unit_years_per_s
for n in 100000 1000000 10000000; do
  log="$out/time-$n.txt"
  COUNTYSIM_JAVA_OPTS=-Xmx256m /usr/bin/time -v bin/countysim run --trials "$n" \
      --threads "$threads" --quiet --attribution-trials 0 --out "$out/run-$n" >/dev/null 2>"$log"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); s=0; for(i=1;i<=length(a);i++) s=s*60+a[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  awk -v n="$n" -v t="$threads" -v w="$wall" -v c="$cpu" -v r="$rss" -v u="$units" -v y="$years" \
      'BEGIN {printf "%-10d %-8d %8.2f %8.2f %10d %12.0f %14.0f\n", n, t, w, c, r, n/w, n*u*y/w}'
done
rm -rf "$out"
