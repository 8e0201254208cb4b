#!/usr/bin/env bash
# Start-up benchmark for the packaged jar with the demo on H2: milliseconds from JVM start until Fairdesk logs
# "Fairdesk is ready" (ApplicationReadyEvent, after the demo's seeding), as the JVM itself measures it.
#   first    - `java -jar` on an empty data directory: Flyway migrates, the demo seeds three months of history
#   restart  - `java -jar` again on that data: the baseline, nothing to migrate or seed
#   cds+c1   - the extracted jar with a class-data-sharing archive and -XX:TieredStopAtLevel=1, first start
# Usage: bench/startup.sh [runs]   (builds the jar; uses port 18080 and a temporary directory; prints medians)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock
runs=${1:-5}
./mvnw -q -B -ntp package -DskipTests
jar=$PWD/$(ls target/fairdesk-*.jar | head -1)
work=$(mktemp -d)
trap 'pkill -f "server.port=18080" || true; rm -rf "$work"' EXIT

ready_ms() { # $1 directory, rest: java options; prints the JVM's uptime when ready
  local dir=$1; shift
  (cd "$dir" && exec java "$@" --server.port=18080 > app.log 2>&1) &
  local pid=$!
  until grep -q "Fairdesk is ready" "$dir/app.log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "app died: $dir/app.log" >&2; exit 1; }
    sleep 0.1
  done
  grep -a "Fairdesk is ready" "$dir/app.log" | sed -E 's/.*\(([0-9]+) ms.*/\1/'
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" > /dev/null
extracted=$(ls "$work"/extracted/*.jar)
(cd "$work" && java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
  --fairdesk.demo.enabled=false --fairdesk.security.initial-admin-password=training > /dev/null 2>&1)

first=(); restart=(); tuned=()
for i in $(seq 1 "$runs"); do
  mkdir -p "$work/a$i" "$work/b$i"
  first+=("$(ready_ms "$work/a$i" -jar "$jar")")
  restart+=("$(ready_ms "$work/a$i" -jar "$jar")")
  tuned+=("$(ready_ms "$work/b$i" -XX:SharedArchiveFile="$work/app.jsa" -XX:TieredStopAtLevel=1 -jar "$extracted")")
done
f=$(printf '%s\n' "${first[@]}" | median); r=$(printf '%s\n' "${restart[@]}" | median)
t=$(printf '%s\n' "${tuned[@]}" | median)
echo "java -jar, first start, demo seeded (ms): ${first[*]}  median $f"
echo "java -jar, restart on seeded data (ms):   ${restart[*]}  median $r"
echo "extracted + CDS + C1, first start (ms):   ${tuned[*]}  median $t"
awk -v f="$f" -v r="$r" -v t="$t" 'BEGIN {printf "first/restart %.2f, tuned/first %.2f\n", f / r, t / f}'
grep -ah "Seeded the demo" "$work"/b*/app.log | head -1
