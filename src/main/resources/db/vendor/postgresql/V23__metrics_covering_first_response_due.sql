-- The dashboard's statement over a month's closed requests now also judges the first-response SLA
-- (MetricsQueries.FIRST_RESPONSE_SLA_*), which reads first_response_due_at. V18's covering index did not hold that
-- column, so the statement would leave the index for the table's rows; the index is rebuilt with it, and with
-- quoted_amount (quotes sent), so every per-window statement over closed requests stays index-only.
create index requests_closed_facts_v23 on requests (team_id, closed_at)
    include (closed_by, kind, state, outcome_value, outcome_margin, handling_seconds, received_at, first_response_at,
             resolution_due_at, first_response_due_at, quoted_amount);
drop index requests_closed_facts;
alter index requests_closed_facts_v23 rename to requests_closed_facts;
