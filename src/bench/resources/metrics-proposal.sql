-- What would make the metrics' queries cheaper: indexes proposed for a migration in src/main (not applied there).
-- MetricsBench times MetricsManagement.dashboard's queries on the generated data as the schema is, then creates these,
-- runs VACUUM ANALYZE and times the same calls again (bench/metrics.sh prints both). With proposal=keep
-- (BENCH_ARGS="proposal=keep") they stay for the HTTP load too; otherwise they are dropped again before it.

-- closed (per rep and team), outcomes and the weekly trend read a team's requests closed in a window through
-- requests_by_team_closed and then visit one heap page per few rows (a team's rows are spread among all teams'):
-- with the columns they read in the index, they become index-only scans (the rows of closed requests do not
-- change, so the visibility map stays set once vacuumed).
create index requests_closed_facts on requests (team_id, closed_at)
    include (closed_by, kind, state, outcome_value, outcome_margin, handling_seconds, received_at, first_response_at,
             resolution_due_at);

-- transfers reads every routing-log row of the team in the window (ASSIGN, CLOSE, ...: about 9,000 a month here)
-- to keep the few hundred transfers.
create index routing_log_transfers on routing_assignments (team_id, assigned_at) include (rep_id, action)
    where action in ('TRANSFER_OUT', 'TRANSFER_IN');

-- reopens has no index on reopened_at: it reads all of request_reopens (it grows with the history) and looks up
-- each reopen's request for its team.
create index request_reopens_by_time on request_reopens (reopened_at) include (request_id, closed_by);
