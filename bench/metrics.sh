#!/usr/bin/env bash
# Metrics speed on PostgreSQL (issue 4, "Speed"): the team dashboard and GET /api/metrics/teams/{id} for one month,
# on 1,000,000 requests over 24 months of 10 teams x 20 reps, loaded with wrk over loopback; target p95 < 100 ms.
#   server   - src/bench/java/org/fairdesk/bench/MetricsBench.java through the Maven profile "bench" (exec:exec, a JVM of
#              its own; the profile's exec:java is fixed to RoutingLoad): the real app (no demo) on a fresh database,
#              people and logins through its facades, the history from src/bench/resources/metrics-data.sql (seeded,
#              plain SQL), VACUUM ANALYZE, then MetricsManagement.dashboard's queries timed one by one in-process and
#              EXPLAIN ANALYZE'd (plans in target/metrics-bench/plans.txt)
#   load     - wrk (src/bench/resources/metrics-wrk.lua), closed loop, <connections> connections, each request a random
#              team of the 10 and month of the last 24; per round and connection count, six endpoints one after the
#              other, each <warm-up> s unmeasured and then <seconds> s measured:
#                teams-api       GET /api/teams                        HTTP Basic, login "manager" (BCrypt cost 10, as
#                                                                      the app hashes every login): baseline of
#                metrics-api     GET /api/metrics/teams/{id}?period=M  the same login
#                teams-token     GET /api/teams                        the manager's API token (Authorization: Bearer,
#                                                                      issued by POST /api/tokens): baseline of
#                metrics-token   GET /api/metrics/teams/{id}?period=M  the same token: how scripts should call the API
#                login-page      GET /login                            the manager's session (form login with CSRF):
#                                                                      a template page, baseline of
#                dashboard       GET /dashboard?team={id}&period=M     the same session
#              (before round 1, one unmeasured pass of 5 s per endpoint warms the JIT up)
#   figures  - per endpoint the median over the rounds of requests/s, p50, p95, p99, and the ratio to its baseline
# Usage: bench/metrics.sh [rounds] [seconds] [connections]   (defaults 3 6 "4 16": about 5 minutes of load after 2-3
#        minutes of set-up; needs PostgreSQL 15 at 127.0.0.1:5432, user postgres, trust auth, and starts the local
#        cluster if it is down; installs Debian's wrk if it is missing)
#        BENCH_WARMUP=s (2), BENCH_REQUESTS=n (1000000), BENCH_MONTHS=n (24), BENCH_SEED=n (42),
#        BENCH_ARGS="pool=16 …" passes more key=value arguments to MetricsBench
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock
rounds=${1:-3}
seconds=${2:-6}
connections=${3:-4 16}
warmup=${BENCH_WARMUP:-2}
requests=${BENCH_REQUESTS:-1000000}
months=${BENCH_MONTHS:-24}
seed=${BENCH_SEED:-42}
pg=(-h 127.0.0.1 -U postgres)

bench_postgres

if ! command -v wrk > /dev/null; then # Debian's wrk (Apache-2.0 licence, with LuaJIT)
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null
fi

work=$(mktemp -d)
server_pid=
cleanup() {
  touch "$work/stop" # the server closes the app and drops its database when it sees this file
  if [ -n "$server_pid" ]; then
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2> /dev/null || break; sleep 1; done
    kill "$server_pid" 2> /dev/null || true # still running: Maven's JVM; the bench JVM's shutdown hook drops the database
    wait "$server_pid" 2> /dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

server=(./mvnw -q -B -ntp -Pbench test-compile exec:exec -Dexec.executable=java
  "-Dexec.args=-cp %classpath org.fairdesk.bench.MetricsBench ready=$work/ready stop=$work/stop requests=$requests months=$months seed=$seed ${BENCH_ARGS:-}")
echo "server: ${server[*]} ..." >&2
"${server[@]}" > "$work/server.log" 2>&1 &
server_pid=$!
shown=0
show() { # the server's new lines on stderr while it prepares (not afterwards: wrk's closed connections log warnings)
  local n
  n=$(wc -l < "$work/server.log")
  [ "$n" -gt "$shown" ] && sed -n "$((shown + 1)),${n}p" "$work/server.log" | grep -v '^RESULT ' >&2
  shown=$n
}
while [ ! -f "$work/ready" ]; do
  if ! kill -0 "$server_pid" 2> /dev/null; then
    show || true
    echo "the server stopped before it was ready" >&2
    exit 1
  fi
  show || true
  sleep 1
done
show || true
# shellcheck disable=SC1091
. "$work/ready"
base=http://127.0.0.1:$PORT
teams_csv=${TEAMS// /,}
periods_csv=${PERIODS// /,}
basic="Authorization: Basic $(printf '%s:%s' "$MANAGER" "$MANAGER_PASSWORD" | base64 -w0)"

# A real browser session: the login form's CSRF token, POST /login, keep the (new) JSESSIONID.
jar=$work/cookies
csrf=$(curl -fsS -c "$jar" -b "$jar" "$base/login" | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
[ -n "$csrf" ] || { echo "no CSRF token in GET /login" >&2; exit 1; }
landing=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$MANAGER" \
  --data-urlencode "password=$MANAGER_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login")
case $landing in
  "302 $base/") ;;
  *) echo "form login failed: $landing" >&2; exit 1 ;;
esac
cookie="Cookie: JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"

# Sanity: both endpoints answer with data for a month of the history.
month=$(echo "$PERIODS" | awk '{print $(NF-1)}')
team=${TEAMS%% *}
closed=$(curl -fsS -H "$basic" "$base/api/metrics/teams/$team?period=$month" | grep -o '"closed":[0-9]*' | head -1)
[ "${closed#*:}" -gt 0 ] 2> /dev/null || { echo "GET /api/metrics/teams/$team?period=$month has no closed requests" >&2; exit 1; }
page=$(curl -fsS -H "$cookie" "$base/dashboard?team=$team&period=$month")
grep -q 'class="dashboard"' <<< "$page" || { echo "GET /dashboard did not render the dashboard" >&2; exit 1; }
echo "sanity: team $team, $month: $closed requests (API); dashboard page $(wc -c <<< "$page") bytes" >&2

lua=src/bench/resources/metrics-wrk.lua
token=$(curl -fsS -H "$basic" -H 'Content-Type: application/json' -d '{"name": "metrics bench", "validDays": 1}' \
  "$base/api/tokens" | sed -nE 's/.*"token":"([^"]+)".*/\1/p')
[ -n "$token" ] || { echo "POST /api/tokens issued no token" >&2; exit 1; }
bearer="Authorization: Bearer $token"
endpoints=(teams-api metrics-api teams-token metrics-token login-page dashboard)
baseline() { # the baseline an endpoint is compared with (none for the baselines themselves)
  case $1 in
    metrics-api) echo teams-api ;;
    metrics-token) echo teams-token ;;
    dashboard) echo login-page ;;
  esac
}
load() { # <endpoint> <connections> <seconds> <round>: prints wrk's WRK line
  local kind url header
  case $1 in
    teams-api) kind=fixed; url=$base/api/teams; header=$basic ;;
    metrics-api) kind=api; url=$base/; header=$basic ;;
    teams-token) kind=fixed; url=$base/api/teams; header=$bearer ;;
    metrics-token) kind=api; url=$base/; header=$bearer ;;
    login-page) kind=fixed; url=$base/login; header=$cookie ;;
    dashboard) kind=dashboard; url=$base/; header=$cookie ;;
  esac
  wrk -t "$(($2 < 2 ? $2 : 2))" -c "$2" -d "${3}s" --timeout 30s -H "$header" -s "$lua" "$url" \
    -- "$kind" "$teams_csv" "$periods_csv" "$((seed + $4))" | grep '^WRK '
}

# The JIT has seen the metrics' code (the in-process timing) but not BCrypt, the JSON and the pages: one unmeasured
# pass over every endpoint first, so that the first endpoint of round 1 is not the one that warms them.
first=${connections%% *}
echo "warm-up pass: every endpoint for 5 s at $first connections (not measured) ..." >&2
for endpoint in "${endpoints[@]}"; do
  load "$endpoint" "$first" 5 0 > /dev/null
done

results=$work/results
: > "$results"
for round in $(seq 1 "$rounds"); do
  for c in $connections; do
    for endpoint in "${endpoints[@]}"; do
      load "$endpoint" "$c" "$warmup" "$round" > /dev/null
      line=$(load "$endpoint" "$c" "$seconds" "$round")
      echo "round $round, $c connections, $endpoint: ${line#WRK }" >&2
      echo "$round $c $endpoint ${line#WRK }" >> "$results"
    done
  done
done

r() { awk -v k="$1" '$1 == "RESULT" && $2 == k {print $3}' "$work/server.log"; }
# median <connections> <endpoint> <key>: the median over the rounds (the mean of the middle two when even)
median() {
  awk -v c="$1" -v e="$2" -v k="$3" '$2 == c && $3 == e {
      for (i = 4; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }' "$results" \
    | sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2];
      else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
bad=$(awk '{for (i = 4; i <= NF; i++) { split($i, kv, "=");
    if (((kv[1] == "errors" || kv[1] == "non2xx") && kv[2] > 0) || (kv[1] == "requests" && kv[2] == 0)) n++ }}
  END {print n + 0}' "$results")
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')

echo
echo "== metrics speed, $(date -u +%Y-%m-%dT%H:%MZ) =="
echo "machine:   $(nproc) cores, $cpu, $(java -version 2>&1 | head -1), $(psql "${pg[@]}" -Atc 'show server_version')"
echo "command:   bench/metrics.sh $rounds $seconds \"$connections\"${BENCH_REQUESTS:+ (BENCH_REQUESTS=$BENCH_REQUESTS)}"
echo "data:      $requests requests over $months months, 10 teams x 20 reps, seed $seed; generated + vacuum analyze in ${GENERATE_S} s"
grep -E '^generated in' "$work/server.log" | sed 's/^/           /'
echo "load:      wrk, closed loop, random team and month of $PERIODS per request;"
echo "           ${warmup} s warm-up + ${seconds} s per endpoint and connection count; medians of $rounds rounds"
echo
printf '%-12s %-14s %9s %9s %9s %9s   %s\n' connections endpoint "req/s" "p50 ms" "p95 ms" "p99 ms" "vs. baseline"
for c in $connections; do
  for endpoint in "${endpoints[@]}"; do
    rps=$(median "$c" "$endpoint" rps)
    p50=$(median "$c" "$endpoint" p50_ms)
    p95=$(median "$c" "$endpoint" p95_ms)
    p99=$(median "$c" "$endpoint" p99_ms)
    b=$(baseline "$endpoint")
    versus=
    if [ -n "$b" ]; then
      versus=$(awk -v r="$rps" -v br="$(median "$c" "$b" rps)" -v p="$p50" -v bp="$(median "$c" "$b" p50_ms)" \
        -v q="$p95" -v b="$b" 'BEGIN {if (br + 0 == 0 || bp + 0 == 0 || r + 0 == 0) {print "no figures"; exit}
          printf "%.2f x the req/s, %.1f x the p50 of %s; p95 %s", r / br, p / bp, b,
          (q < 100 ? "< 100 ms: met" : ">= 100 ms: MISSED")}')
    fi
    printf '%-12s %-14s %9s %9s %9s %9s   %s\n' "$c" "$endpoint" "$rps" "$p50" "$p95" "$p99" "$versus"
  done
done
echo
echo "in-process (no HTTP, no load; EXPLAIN ANALYZE plans in target/metrics-bench/plans.txt):"
awk '/^(MetricsManagement.dashboard in-process|rewrites replayed|proposed indexes \(|proposed indexes dropped)/ {on = 1}
  /^(RESULT|EXPLAIN|ready:)/ || /^$/ {on = 0} on' "$work/server.log"
if [ "$bad" -gt 0 ]; then
  echo "*** $bad wrk runs had errors, non-2xx answers (an expired session?) or no answer at all: the figures above are" \
    "not valid ***" >&2
  exit 1
fi
