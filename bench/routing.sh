#!/usr/bin/env bash
# Routing throughput and latency on PostgreSQL (issue 3, "Speed"), against pgbench on the same server in the same run.
#   baseline - pgbench's built-in TPC-B-like script, <clients> connections, 2 threads, <seconds> s, in a scratch
#              database (scale 10); run before AND after the harness, the median (here: mean) of the two is reported;
#              then at half that rate and at the harness's own half rate (-R, latencies logged): the machine's own p99
#              at those rates, the floor the harness's half-rate p99 is read against
#   harness  - src/bench/java/org/fairdesk/bench/RoutingLoad.java through the Maven profile "bench": the real app on a
#              fresh database, one team of 32 AVAILABLE reps, <clients> threads; a closed loop at full speed (5 s
#              warm-up, then <seconds> s), then an open loop at half that rate (fixed-interval arrivals shared by the
#              clients, latency from each arrival's scheduled start)
#     pull   - before the phases the team is switched to PULL and a backlog of waiting QUERY requests (150000, or
#              BENCH_BACKLOG) is pre-filled through the real IntakeManagement.receive (then vacuum, checkpoint),
#              untimed, like pgbench -i; in the phases nobody receives: client i is rep i calling
#              RoutingManagement.next, which alone is timed. Asks that get nothing are not counted as assignments; if
#              the backlog runs out the harness warns loudly
#     push   - each client receives a QUERY (untimed) and then times its claim (RoutingManagement.assign); the
#              receive and routing's asynchronous RequestReceived listener share the machine with the claims
# Usage: bench/routing.sh [clients] [seconds] [push|pull]   (defaults 16 20 pull; needs PostgreSQL 15 at 127.0.0.1:5432, user postgres,
#        trust auth; starts the local cluster if it is down; BENCH_JFR=file.jfr records the harness with JFR;
#        BENCH_BACKLOG=n pre-fills n requests in pull mode instead of the harness's default; BENCH_POOL=n gives the app n
#        database connections instead of its default, twice the cores plus one (FAIRDESK_DB_POOL_SIZE in a deployment); BENCH_ARGS="…"
#        passes more key=value arguments to the harness, see RoutingLoad)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock
clients=${1:-16}
seconds=${2:-20}
mode=${3:-pull}
pg=(-h 127.0.0.1 -U postgres)

bench_postgres

scratch=pgbench_$(date +%s)_$$
log=$(mktemp)
trap 'dropdb "${pg[@]}" --if-exists --force "$scratch" 2>/dev/null || true; rm -f "$log"' EXIT
createdb "${pg[@]}" "$scratch"
pgbench "${pg[@]}" -i -s 10 -q "$scratch" > /dev/null 2>&1

baseline() { # prints the tps without the initial connection time
  pgbench "${pg[@]}" -c "$clients" -j 2 -T "$seconds" -n "$scratch" 2>/dev/null \
    | sed -nE 's/^tps = ([0-9.]+) \(without initial connection time\)$/\1/p'
}

echo "pgbench before ($clients clients, $seconds s) ..." >&2
before=$(baseline)
echo "  $before tps" >&2

jfr_opts=${BENCH_JFR:+-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile}
harness=(./mvnw -q -B -ntp -Pbench test-compile exec:java
  "-Dexec.args=clients=$clients seconds=$seconds mode=$mode${BENCH_BACKLOG:+ backlog=$BENCH_BACKLOG}${BENCH_POOL:+ pool=$BENCH_POOL} ${BENCH_ARGS:-}")
echo "harness: ${harness[*]} ..." >&2
MAVEN_OPTS="${MAVEN_OPTS:-} $jfr_opts" "${harness[@]}" 2>&1 | tee "$log" | grep -v '^RESULT ' >&2

echo "pgbench after ..." >&2
psql "${pg[@]}" -q -c 'vacuum analyze' "$scratch"
after=$(baseline)
echo "  $after tps" >&2

r() { awk -v k="$1" '$1 == "RESULT" && $2 == k {print $3}' "$log"; }
[ "$(r exactly_once)" = "1.00" ] || { echo "the harness failed or a request was not assigned exactly once" >&2; exit 1; }
tps=$(printf '%s\n' "$before" "$after" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", (a[1]+a[2])/2}')

# The machine's own tail, for reading the harness's: pgbench at a fixed rate (-R), every transaction's latency
# logged (from its scheduled start, as the harness counts), the p99 taken from the log. Once at half pgbench's rate,
# once at the harness's half rate (the rate its half-rate phase ran at).
pg_p99() { # $1: transactions per second
  local dir
  dir=$(mktemp -d)
  (cd "$dir" && pgbench "${pg[@]}" -c "$clients" -j 2 -T "$seconds" -R "$1" -n -l "$scratch" > /dev/null 2>&1)
  cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n \
    | awk '{a[NR]=$1} END {i = int(NR * 0.99); if (i < 1) i = 1; if (NR) printf "%.1f", a[i] / 1000; else print "nan"}'
  rm -rf "$dir"
}
pg_half_p99=$(pg_p99 "$((${tps%.*} / 2))")
ours=$(r half_target_rate); ours=${ours%.*}
pg_ours_p99=$(pg_p99 "$ours")
rate=$(r max_rate)
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')

echo
echo "== routing throughput and latency, $(date -u +%Y-%m-%dT%H:%MZ) =="
echo "machine:   $(nproc) cores, $cpu, $(java -version 2>&1 | head -1), $(psql "${pg[@]}" -Atc 'show server_version')"
echo "command:   ${BENCH_BACKLOG:+BENCH_BACKLOG=$BENCH_BACKLOG }${BENCH_POOL:+BENCH_POOL=$BENCH_POOL }bench/routing.sh $clients $seconds $mode"
started=$(sed -nE 's/.*connection pool ([0-9]+).*/\1/p' "$log" | head -1) # what the application was given
if [ -n "${BENCH_POOL:-}" ]; then pool="$started (BENCH_POOL)"
elif [ -n "${FAIRDESK_DB_POOL_SIZE:-}" ]; then pool="$started (FAIRDESK_DB_POOL_SIZE)"
else pool="$started (the app's default: twice the cores plus one)"; fi
echo "app:       $pool database connections"
printf 'pgbench:   %s tps (before %s, after %s; TPC-B-like, %s clients, -j 2, %s s, scale 10)\n' \
  "$tps" "$before" "$after" "$clients" "$seconds"
printf 'routing:   %s assignments/s at max rate (%s clients, closed loop, %s s after a 5 s warm-up)\n' \
  "$rate" "$clients" "$seconds"
awk -v a="$rate" -v b="$tps" 'BEGIN {printf "ratio:     %.2f x pgbench (target >= 0.5)\n", a / b}'
printf 'max rate:  claim p50 %s ms, p99 %s ms, p99.9 %s ms\n' "$(r max_p50_ms)" "$(r max_p99_ms)" "$(r max_p999_ms)"
printf 'cpu:       %s ms per assignment at max rate in the harness JVM (clients included), %s ms in PostgreSQL\n' \
  "$(r max_cpu_ms_jvm)" "$(r max_cpu_ms_postgres)"
if [ -n "$(r half_e2e_p99_ms)" ]; then # push: the receive is part of each arrival
  e2e=$(printf '; receive + claim p50 %s, p99 %s ms' "$(r half_e2e_p50_ms)" "$(r half_e2e_p99_ms)")
else
  e2e=
fi
printf 'half rate: %s/s achieved of %s/s; claim p50 %s ms, p99 %s ms (target < 20)%s\n' \
  "$(r half_rate)" "$(r half_target_rate)" "$(r half_p50_ms)" "$(r half_p99_ms)" "$e2e"
printf 'reference: pgbench at half its rate (%s tps, -R): p99 %s ms\n' "$((${tps%.*} / 2))" "$pg_half_p99"
printf 'reference: pgbench at the harness'"'"'s half rate (%s tps, -R): p99 %s ms\n' "$ours" "$pg_ours_p99"
if [ "$mode" = pull ]; then
  printf 'backlog:   %s requests pre-filled in %s s (untimed); %s left at the end; asks that got nothing: %s at max, %s at half rate\n' \
    "$(r backlog)" "$(r prefill_s)" "$(r backlog_left)" "$(r max_empty)" "$(r half_empty)"
  if [ "$(r backlog_exhausted)" != "0.00" ]; then
    echo "*** WARNING: the backlog ran out during the run: the figures above are capped by it, not by routing;" \
      "re-run with a larger BENCH_BACKLOG ***"
  fi
else
  printf 'claims that found their request already assigned by the async listener: %s %% at max, %s %% at half rate\n' \
    "$(r max_fast_path_pct)" "$(r half_fast_path_pct)"
fi
