-- metrics: a team's reopens in a period are read by team and time (docs/metrics.md, "Reopen rate"). Keeping the team
-- on the reopen lets that read use one index range instead of joining every reopen in the window to its request
-- (1,000,000 requests: 5 ms -> 0.5 ms per dashboard).
alter table request_reopens add column team_id bigint;
update request_reopens set team_id = (select r.team_id from requests r where r.id = request_reopens.request_id);
alter table request_reopens alter column team_id set not null;
create index request_reopens_by_team_time on request_reopens (team_id, reopened_at);
