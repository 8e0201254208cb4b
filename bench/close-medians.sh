#!/usr/bin/env bash
# What the close bench's floor leaves room for (issue 15: a close in at most 2 x the floor): on the month that
# bench/close.sh seeded (run it first), psql times, alternating, <runs> times each (server defaults, parallel
# query allowed as for the application):
#   floor    the close bench's floor: count and two sums per rep over the month's closed requests
#   sums     every count and sum of a rep's closed-request figures (docs/metrics.md) in one aggregate, no median
#   median   the same with the rep's median handling time as docs/metrics.md defines it (percentile_cont 0.5,
#            interpolated)
# and prints each one's median and its ratio to the floor's. Any close computes at least "median" from the rows
# (it must, for handlingMedianSeconds); if that alone is over 2 x, no close that reads the month from its rows can
# meet the target, whatever it does in Java.
# Then what a close could cost if the month's figures were kept up to date as the work happens rather than read
# from its rows (the design in docs/pay.md, "Speed"), prototyped on copies of the month in a scratch schema
# (fairdesk_design, dropped at the end; the application's tables are not touched), timed alternating as above:
#   covered  the "sums" aggregate over a copy of the month's rows with an index covering every column it reads
#            (an index-only scan: what the month's rows would cost with such an index on requests)
#   floor2   the floor's aggregate over the same copy and index (the floor itself would use the index)
#   medians  each rep's median handling time, exact (percentile_cont's interpolation), found by an offset into an
#            index on (team, month, rep, handling seconds) from the rep's count, as a month's counters would give it
#   team     the team's median likewise, from an index on (team, month, handling seconds)
#   counters each rep's counts and sums read from a table of one row a rep and month (what counters maintained on
#            every close, reopen, survey answer and assist decision would hold)
# Usage: bench/close-medians.sh [runs] [month]   (default 7 runs and two months before this one, close.sh's default;
#        database fairdesk_bench_close at 127.0.0.1:5432, user postgres; refuses a month with no closed requests)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
. bench/common.sh
bench_lock
bench_postgres
runs=${1:-7}
db=fairdesk_bench_close
psql=(psql -h 127.0.0.1 -U postgres -d "$db" -X -q -v ON_ERROR_STOP=1)
"${psql[@]}" -c 'select 1' > /dev/null 2>&1 || { echo "no database $db: run bench/close.sh first" >&2; exit 1; }

# The month the close bench closes (two months before this one by default), in the bench team's time zone.
month=${2:-}
window=$("${psql[@]}" -At -F ' ' -v month="$month" <<'SQL'
select t.id,
       to_char((coalesce((nullif(:'month', '') || '-01')::date, (date_trunc('month', now() at time zone t.time_zone)
                 - interval '2 months')::date)::timestamp at time zone t.time_zone), 'YYYY-MM-DD"T"HH24:MI:SSOF'),
       to_char(((coalesce((nullif(:'month', '') || '-01')::date, (date_trunc('month', now() at time zone t.time_zone)
                 - interval '2 months')::date) + interval '1 month')::timestamp at time zone t.time_zone),
               'YYYY-MM-DD"T"HH24:MI:SSOF')
from teams t where t.name = 'Incentives bench'
SQL
)
[ -n "$window" ] || { echo "no team 'Incentives bench' in $db: run bench/close.sh first" >&2; exit 1; }
read -r team from to <<< "$window"
where="from requests where team_id = $team and closed_at >= '$from' and closed_at < '$to'"
sums="count(*), sum(outcome_value) filter (where kind = 'ORDER' and state = 'FULFILLED'),
  sum(outcome_margin) filter (where kind = 'ORDER' and state = 'FULFILLED'),
  count(*) filter (where kind = 'ORDER' and state = 'FULFILLED'), count(*) filter (where state = 'WON'),
  count(*) filter (where kind = 'QUOTE' and state = 'LOST'), count(*) filter (where kind = 'QUOTE'),
  count(*) filter (where kind = 'QUOTE' and quoted_amount is not null),
  sum(outcome_value) filter (where state = 'WON'), sum(outcome_margin) filter (where state = 'WON'),
  count(*) filter (where state = 'RESOLVED'), count(*) filter (where state = 'ESCALATED'),
  count(*) filter (where resolution_due_at is not null), count(*) filter (where closed_at <= resolution_due_at)"
declare -A sql=(
  [floor]="select closed_by, count(*), sum(outcome_value), sum(outcome_margin) $where group by closed_by"
  [sums]="select closed_by, $sums $where group by closed_by"
  [median]="select closed_by, $sums, percentile_cont(0.5) within group (order by handling_seconds) $where
    group by closed_by"
)
closed=$("${psql[@]}" -At -c "select count(*) $where")
[ "$closed" -gt 0 ] || { echo "no requests closed from $from to $to: give the month close.sh closed" >&2; exit 1; }
echo "team $team, $closed requests closed from $from to $to; $runs runs each, alternating" >&2

# The design's prototype: copies of the month in a schema of its own, indexed as the design would index requests.
d=fairdesk_design
trap '"${psql[@]}" -c "drop schema if exists $d cascade" > /dev/null' EXIT
"${psql[@]}" <<SQL
drop schema if exists $d cascade;
create schema $d;
create table $d.closed as select team_id, closed_at, '$from'::text period, closed_by, kind, state, outcome_value,
  outcome_margin, quoted_amount, resolution_due_at, handling_seconds $where;
create index on $d.closed (team_id, closed_at) include (closed_by, kind, state, outcome_value, outcome_margin,
  quoted_amount, resolution_due_at);
create index on $d.closed (team_id, period, closed_by, handling_seconds);
create index on $d.closed (team_id, period, handling_seconds);
create table $d.counters as select team_id, period, closed_by, count(*) closed,
  count(*) filter (where kind = 'ORDER' and state = 'FULFILLED') fulfilled,
  sum(outcome_value) filter (where kind = 'ORDER' and state = 'FULFILLED') revenue,
  sum(outcome_margin) filter (where kind = 'ORDER' and state = 'FULFILLED') margin,
  count(*) filter (where state = 'WON') won, sum(outcome_value) filter (where state = 'WON') won_value,
  sum(outcome_margin) filter (where state = 'WON') won_margin, count(*) filter (where kind = 'QUOTE') decided,
  count(*) filter (where kind = 'QUOTE' and state = 'LOST') lost,
  count(*) filter (where kind = 'QUOTE' and quoted_amount is not null) sent,
  count(*) filter (where state = 'RESOLVED') resolved, count(*) filter (where state = 'ESCALATED') escalated,
  count(*) filter (where resolution_due_at is not null) sla_counted,
  count(*) filter (where closed_at <= resolution_due_at) sla_met
  from $d.closed group by team_id, period, closed_by;
create unique index on $d.counters (team_id, period, closed_by);
vacuum analyze $d.closed;
vacuum analyze $d.counters;
SQL
copy="from $d.closed where team_id = $team and closed_at >= '$from' and closed_at < '$to'"
month="team_id = $team and period = '$from'"
# percentile_cont(0.5) of n sorted values: the middle one, or the mean of the two middle ones when n is even
sql[covered]="select closed_by, $sums $copy group by closed_by"
sql[floor2]="select closed_by, count(*), sum(outcome_value), sum(outcome_margin) $copy group by closed_by"
sql[medians]="select c.closed_by, (select avg(handling_seconds) from (select handling_seconds from $d.closed p
    where p.team_id = c.team_id and p.period = c.period and p.closed_by = c.closed_by order by handling_seconds
    offset (c.closed - 1) / 2 limit 2 - c.closed % 2) m) median from $d.counters c where c.$month"
sql[team]="select avg(handling_seconds) from (select handling_seconds from $d.closed where $month
    order by handling_seconds offset ($closed - 1) / 2 limit 2 - $closed % 2) m"
sql[counters]="select * from $d.counters where $month"
# the exact medians by offset must be percentile_cont's, rep by rep
differ=$("${psql[@]}" -At -c "select count(*) from (${sql[medians]}) o join (select closed_by,
  percentile_cont(0.5) within group (order by handling_seconds) m $where group by closed_by) p using (closed_by)
  where o.median <> p.m")
[ "$differ" = 0 ] || { echo "the medians by offset differ from percentile_cont's for $differ reps" >&2; exit 1; }
names=(floor sums median covered floor2 medians team counters)

declare -A times
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do
    ms=$(printf '\\timing on\n%s \\g /dev/null\n' "${sql[$name]}" | "${psql[@]}" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p')
    [ -n "$ms" ] || { echo "psql gave no time for $name" >&2; exit 1; }
    times[$name]+="$ms "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
floor=$(echo "${times[floor]}" | median)
printf '%-8s %10s %10s   %s\n' query "median ms" "x floor" "runs (ms)"
for name in "${names[@]}"; do
  m=$(echo "${times[$name]}" | median)
  LC_ALL=C awk -v n="$name" -v m="$m" -v f="$floor" -v r="${times[$name]}" 'BEGIN {printf "%-8s %10.1f %10.2f   %s\n", n, m, m / f, r}'
done
