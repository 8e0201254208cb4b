-- incentives: a statement lists the requests behind each of a rep's figures (FigureRequestQueries), which reads the
-- closed requests' ids. V23's covering index did not hold id, so that statement read the table's rows (a 500-rep
-- team's month: 100,000 heap fetches); the index is rebuilt with it, so the list stays index-only like the figures.
create index requests_closed_facts_v24 on requests (team_id, closed_at)
    include (closed_by, kind, state, outcome_value, outcome_margin, handling_seconds, received_at, first_response_at,
             resolution_due_at, first_response_due_at, quoted_amount, id);
drop index requests_closed_facts;
alter index requests_closed_facts_v24 rename to requests_closed_facts;
