-- metrics on PostgreSQL (BENCHMARKS.md, issue 4): the dashboard reads a team's closed requests of a period three
-- times (per rep, team, outcomes) and twelve weeks for the trend. A team's month is ~4,200 rows scattered over ~1,500
-- heap pages, because teams interleave in arrival order; with the facts in the index they are index-only scans.
-- It replaces requests_by_team_closed (the same key), so writes maintain no more indexes than before.
create index requests_closed_facts on requests (team_id, closed_at)
    include (closed_by, kind, state, outcome_value, outcome_margin, handling_seconds, received_at, first_response_at,
             resolution_due_at);
drop index requests_by_team_closed;
-- Transfers are ~4 % of routing's log; a partial index holds only them, and routing's hot path (ASSIGN rows) never
-- touches it.
create index routing_log_transfers on routing_assignments (team_id, assigned_at) include (rep_id, action)
    where action in ('TRANSFER_OUT', 'TRANSFER_IN');
