-- metrics on H2: PostgreSQL's V18 adds a covering and a partial index, which H2 does not have. An embedded demo
-- database is small enough for requests_by_team_closed and routing_log_by_team_time, so nothing changes here; the
-- statement keeps the version numbers of both databases in step.
create index if not exists requests_by_team_closed on requests (team_id, closed_at);
