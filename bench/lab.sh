#!/usr/bin/env bash
# The lab simulation's speed (issue 16): simulated requests per second per core for a 20-rep team, at least
# 5,000,000; and the preset comparison (16 cells: 4 plans x 4 routing policies, x 100 replications x 12 months x 20
# reps) in under 60 s on all cores.
#   bench    - src/bench/java/org/fairdesk/bench/LabBench.java through the Maven profile "bench" (exec:exec, a JVM
#              of its own; no Spring context and no database: the simulation runs without them). The engine is
#              reached through src/bench/java/org/fairdesk/lab/simulation/LabBenchAccess.java (bench tree only).
#                throughput  one thread: rounds of round-months months of a team-size team under policy and plan
#                            (effort 1, no behaviour), arrivals drawn, routed and worked, paid by the calculator,
#                            each step timed; requests/s with and without the calculator
#                baseline    the bare loop of the same arrival-and-choice model (Poisson arrivals per kind and
#                            weekday, lognormal values, the policy's choice; no behaviour, no facts, no pay), one
#                            round after each engine round, requests/s
#                presets     Simulation.run on one scenario of plans x policies x replications x months, as the lab
#                            runs it (best responses, then the replications), wall-clock; cancelled after cap seconds
#   figures  - medians and the slow-end p95 over the rounds, the ratio to the bare loop, the share of the calculator,
#              the targets met or missed
# Usage: bench/lab.sh [key=value ...]   e.g.
#          bench/lab.sh skip=presets rounds=10
#          bench/lab.sh skip=throughput replications=20 cap=120
#        keys (defaults): rounds (20), warmup (20), round-months (60), team-size (20), policy (SELF_ELECT), plan
#        (commission), replications (100), months (12), threads (the processors), plans (commission,
#        salesperson-of-the-month,revenue-pool-csat-handling,team-first-hybrid), policies (SELF_ELECT,ROUND_ROBIN,
#        RANDOM,VALUE_BALANCED), seed (42), cap (600 s), skip (throughput or presets)
#        Needs only a JDK 17 and the Maven repository (offline is fine). Not JMH: JMH is GPL-2.0 (with the Classpath
#        Exception) and this project takes no GPL libraries.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock

bench_key_value_args "$@"

echo "bench/lab.sh $*" >&2
exec ./mvnw -q -B -ntp ${MAVEN_OFFLINE:+-o} -Pbench test-compile exec:exec -Dexec.executable=java \
  "-Dexec.args=-cp %classpath org.fairdesk.bench.LabBench $*"
