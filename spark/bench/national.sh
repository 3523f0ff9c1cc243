#!/usr/bin/env bash
# The 2,850-unit synthetic national study (bench/national.sh's data, without evidence) on the local runner and on
# Spark local[2] (issue 15, item 4): whole processes of `bin/countysim run` timed with /usr/bin/time, their tables
# compared byte for byte; then the engine alone in one JVM (spark/bench/spark.sh's SparkBench) at several task sizes,
# for Spark's cost per task and the driver's merge time at this scale. Not run by the tests; about 5 minutes at the
# default sizes on 2 cores. Usage (from the repository's root): spark/bench/national.sh [TRIALS ...]
# (default 10000 100000). Environment: JAVA_OPTS for the runs (default -Xmx1g), SIZES for the engine part
# (blocks per task, default 1,5,0; 0 is the runner's choice), ENGINE_TRIALS (default 10000).
set -euo pipefail
cd "$(dirname "$0")/../.."
java_opts="${JAVA_OPTS:--Xmx1g}"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ "$#" -gt 0 ] || set -- 10000 100000
strip() { sed "s/\x1b\[[0-9;]*m//g" >&2; }
mvn -q -B install -DskipTests 2>&1 | strip
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | strip
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.countysim.bench.NationalData \
  target/national >&2
mvn -q -B -f spark/pom.xml package -DskipTests 2>&1 | strip
scenario=target/national/national.yaml
common=(--set 'evidence=[]' --quiet --no-charts --attribution-trials 0)
bin/countysim validate "$scenario" --set 'evidence=[]' >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $java_opts" >&2
printf '%-8s %-16s %8s %8s %8s %s\n' trials runner wall_s cpu_s rss_mb tables
for n in "$@"; do
  for runner in local spark; do
    args=(--threads 2); [ "$runner" = spark ] && args=(--runner spark --master 'local[2]')
    COUNTYSIM_JAVA_OPTS="$java_opts" /usr/bin/time -f "%e %U %S %M" bin/countysim run "$scenario" "${common[@]}" \
        --trials "$n" "${args[@]}" --out "$out/$runner" >/dev/null 2>"$out/time.txt" \
      || { cat "$out/time.txt" >&2; exit 1; }
    read -r wall user sys rss < <(tail -1 "$out/time.txt")
    same=-
    if [ "$runner" = spark ]; then
      same=identical
      for f in summary.csv counties.csv city.csv tier_distribution.csv report.html; do
        cmp -s "$out/local/$f" "$out/spark/$f" || same="DIFFERENT ($f)"
      done
    fi
    awk -v n="$n" -v r="$runner" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v t="$same" \
      'BEGIN {printf "%-8d %-16s %8.2f %8.2f %8.0f %s\n", n, r, w, u+s, m/1024, t}'
  done
  rm -rf "$out/local" "$out/spark"
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
cd spark
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt 2>&1 | strip
# shellcheck disable=SC2086
java $java_opts -Djava.awt.headless=true -Dscenario=../$scenario -Devidence=without \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.countysim.spark.SparkBench "${ENGINE_TRIALS:-10000}" 'local[2]' "${SIZES:-1,5,0}" 1
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
