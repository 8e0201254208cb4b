#!/usr/bin/env bash
# Close speed on PostgreSQL (issue 15): close one month of a 500-rep team with 1,000,000 requests in at most 2 x the
# time of one plain SQL aggregate over the same rows (the floor), measured in the same run.
#   bench    - src/bench/java/org/fairdesk/bench/CloseBench.java through the Maven profile "bench" (exec:exec, a JVM
#              of its own): seeds the kept database fairdesk_bench_close with the incentives bench's data script
#              (src/bench/resources/incentives-data.sql) at requests=1000000 closed in one month (reused while it
#              holds the same shape, seeded again when the shape, the data script's statements or the migrations
#              change), starts the real app on it (no demo), publishes the team-first hybrid preset effective from
#              the month's first day (the month before has no plan in force, so it does not block the close), and
#              times in-process, after warm-up, each round in a rotated order:
#                floor   select closed_by, count(*), sum(outcome_value), sum(outcome_margin) from requests
#                        where team_id = ? and closed_at in the month group by closed_by (JDBC, every row read)
#                close   PayManagement.close(team, month, "bench") of the month kept for its close (docs/pay.md,
#                        "Months kept for their close"; kept once before the rounds, timed: the job's first look),
#                        the month's close deleted before it (pay_statements, pay_period_requests, pay_period_looks,
#                        pay_adjustments, pay_events, pay_periods; its own transaction, not timed)
#                rows    the same close with the month not kept (read from its rows: every close before; the
#                        baseline), the month kept again after it (not timed)
#                facts   IncentiveManagement.facts(team, month): the month read from its rows
#              then the close after `changed` reps changed since the last look (a reopen of one request each,
#              recorded now in request_reopens only and deleted after);
#              then the month the last round closed read back (as many times as runs): one rep's statement
#              (IncentiveManagement.statementsOf) and the team's (teamStatements); then the month after closed as
#              many times (its close deleted after each, not timed), which looks at the month again for
#              corrections, alternately with the month's last look kept (nothing changed since: its rows are not
#              read again) and deleted (read from its rows, as every close did before looks: the baseline); then a
#              few closes recorded statement by statement: where a close's time goes
#   figures  - median and p95 of each, the ratio of medians close / floor, met or missed against 2 x
# Usage: bench/close.sh [key=value ...]   e.g. bench/close.sh runs=10 warmup=5
#        keys (defaults): runs (10), warmup (5), breakdown (3), changed (20), tasks (all; e.g. floor,close to
#        profile the close alone), plan
#        (src/main/resources/plans/presets/team-first-hybrid.yaml), team-size (500), requests (1000000),
#        neighbours (5000), open (2000), seed (42), month (two months ago), database (fairdesk_bench_close), pool,
#        server (127.0.0.1:5432), user (postgres), password
#        Needs PostgreSQL 15 at 127.0.0.1:5432, user postgres, trust auth (starts the local cluster if it is down).
#        A first run seeds (a few minutes at 1M requests); later ones reuse the data. To seed again from scratch:
#          psql -h 127.0.0.1 -U postgres -c 'drop database fairdesk_bench_close with (force)'
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock

bench_postgres

bench_key_value_args "$@"

echo "bench/close.sh $*" >&2
echo "load before: $(cat /proc/loadavg)" >&2
exec ./mvnw -q -B -ntp -Pbench test-compile exec:exec -Dexec.executable=java \
  "-Dexec.args=-cp %classpath org.fairdesk.bench.CloseBench $*"
