#!/usr/bin/env bash
# Incentives speed on PostgreSQL (issue 14): evaluate a month of a 500-rep team with 100,000 requests (facts and
# calculation) in under 1 s, and the calculator alone in under 5 ms.
#   bench    - src/bench/java/org/fairdesk/bench/IncentivesBench.java through the Maven profile "bench" (exec:exec,
#              a JVM of its own): seeds the kept database fairdesk_bench_incentives (one team of 500 reps, 100,000
#              requests closed in one month, some in the months around it: src/bench/resources/incentives-data.sql;
#              reused while it holds the same shape, seeded again when the shape, the data script's statements or the
#              migrations change), starts the real app on it (no demo) and times in-process, after warm-up:
#                full        IncentiveManagement.evaluate(yaml, team, month), per plan
#                facts       IncentiveManagement.facts(team, month)
#                baseline    MetricsManagement.team(team, month): the dashboard's figures, the facts without incentives
#                calculator  Calculator.calculate(plan, facts) on facts read once (the plan parsed once by reflection)
#   figures  - median and p95 of each, the ratio of medians to the baseline, and the targets (judged on the p95)
# Usage: bench/incentives.sh [key=value ...]   e.g.
#          bench/incentives.sh plans=src/main/resources/plans/presets/commission.yaml,src/main/resources/plans/presets/team-first-hybrid.yaml
#          bench/incentives.sh plans=a.yaml,b.yaml,c.yaml runs=30
#        keys (defaults): plan (src/main/resources/plans/presets/team-first-hybrid.yaml), plans (a,b,...: several
#        plans, one line each), runs (30), warmup (10), calc-calls (2000), calc-warmup (2000), calc-batch (10),
#        team-size (500), requests (100000), neighbours (5000), open (2000), seed (42), month (two months ago),
#        database (fairdesk_bench_incentives), pool, server (127.0.0.1:5432), user (postgres), password
#        Needs PostgreSQL 15 at 127.0.0.1:5432, user postgres, trust auth (starts the local cluster if it is down).
#        A first run seeds (about a minute); later ones reuse the data. To seed again from scratch:
#          psql -h 127.0.0.1 -U postgres -c 'drop database fairdesk_bench_incentives with (force)'
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock

bench_postgres

bench_key_value_args "$@"

echo "bench/incentives.sh $*" >&2
exec ./mvnw -q -B -ntp -Pbench test-compile exec:exec -Dexec.executable=java \
  "-Dexec.args=-cp %classpath org.fairdesk.bench.IncentivesBench $*"
