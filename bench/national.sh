#!/usr/bin/env bash
# National scale on one machine (issue 15): `bin/countysim run` of a synthetic study of 2,850 county-level units,
# base year 2021, horizon 2031 (10 projected years), the plan's kinds of levers, no charts, no attribution, timed
# with /usr/bin/time -v. The data and scenario are generated (seeded) by org.countysim.bench.NationalData from the
# test classpath into target/national/ (docs/benchmarks.md, "National scale on one machine").
# Usage: bench/national.sh [TRIALS ...]   (default 10000 100000)
# Environment: THREADS (default 2), JAVA_OPTS for the run (default -Xmx700m: the heap holds about 600 MB at 10^5
# trials, and without a cap the JVM takes more than 1 GB), EVIDENCE=1 to condition on the
# synthetic national total (default: no evidence).
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${THREADS:-2}"
java_opts="${JAVA_OPTS:--Xmx700m}"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ "$#" -gt 0 ] || set -- 10000 100000
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 \
  | sed "s/\x1b\[[0-9;]*m//g" >&2
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.countysim.bench.NationalData \
  target/national >&2
scenario=target/national/national.yaml
set_=(--set 'evidence=[]')
[ "${EVIDENCE:-0}" = 1 ] && set_=()
bin/countysim validate "$scenario" "${set_[@]}" >/dev/null   # builds the jar and its class-data-sharing archive if needed
out="$(mktemp -d)"
units=2850; years=10
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); threads $threads; $java_opts" >&2
printf '%-8s %8s %8s %8s %8s %8s %14s\n' trials wall_s user_s sys_s cpu_s rss_mb unit_years_per_s
for n in "$@"; do
  log="$out/time-$n.txt"
  COUNTYSIM_JAVA_OPTS="$java_opts" /usr/bin/time -v bin/countysim run "$scenario" "${set_[@]}" --trials "$n" \
      --threads "$threads" --quiet --no-charts --attribution-trials 0 --out "$out/run-$n" >/dev/null 2>"$log" \
    || { cat "$log" >&2; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); s=0; for(i=1;i<=length(a);i++) s=s*60+a[i]; print s}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  awk -v n="$n" -v w="$wall" -v us="$user" -v sy="$sys" -v r="$rss" -v u="$units" -v y="$years" \
      'BEGIN {printf "%-8d %8.2f %8.2f %8.2f %8.2f %8d %14.0f\n", n, w, us, sy, us+sy, r, n*u*y/w}'
  rm -rf "$out/run-$n"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
rm -rf "$out"
