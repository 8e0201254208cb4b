-- metrics: a confirmed assist counts in the month it was proposed (the help was given then), so one confirmed after
-- its month closed changes that month and is paid as an adjustment (docs/metrics.md, docs/pay.md). The figures read a
-- team's confirmed assists by the time they were proposed.
create index request_assists_by_team_proposed on request_assists (team_id, status, proposed_at);
