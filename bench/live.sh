#!/usr/bin/env bash
# The supervisor's live view under load (issue 17, "Speed"): GET /api/routing/live answers in under 50 ms p95 with
# 1,000 waiting requests and 50 reps.
#   bench    - src/bench/java/org/fairdesk/bench/LiveBench.java through the Maven profile "bench" (exec:exec, a JVM of
#              its own): the real app (no demo) on a fresh PostgreSQL database; a PULL team of 50 reps with SLA
#              targets, each holding 3 requests (one started), a tenth OVERLOADED and a tenth AWAY, 100 skips and 40
#              hand-backs in the last hour, and 1,000 requests waiting, received over the last 6 hours
#   load     - closed loop over loopback HTTP, 1 and 4 clients, each endpoint 3 s warm-up and 10 s measured, 3 rounds:
#                teams-token   GET /api/teams                       the manager's API token: baseline of
#                live-token    GET /api/routing/live?teamId={id}    the same token
#                login-page    GET /login                           the manager's session: baseline of
#                live-panel    GET /routing/live/panel?team={id}    the same session (the fragment the page polls)
#   figures  - per endpoint and client count the median over the rounds of calls/s, p50, p95, p99; the ratio to the
#              baseline; met or missed against p95 < 50 ms
# Usage: bench/live.sh [key=value ...]   keys (defaults): reps (50), waiting (1000), held (3), skips (100),
#        hand-backs (40), spread-hours (6), clients (1,4), rounds (3), warmup (3), seconds (10), seed (42),
#        server (127.0.0.1:5432), user (postgres), password
#        Needs PostgreSQL 15 at 127.0.0.1:5432, user postgres, trust auth (starts the local cluster if it is down).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock

bench_postgres

bench_key_value_args "$@"

echo "bench/live.sh $* ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
echo "load before: $(cat /proc/loadavg)"
./mvnw -q -B -ntp -Pbench test-compile exec:exec -Dexec.executable=java \
  "-Dexec.args=-cp %classpath org.fairdesk.bench.LiveBench $*"
echo "load after: $(cat /proc/loadavg)"
