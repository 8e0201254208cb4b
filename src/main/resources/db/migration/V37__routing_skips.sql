-- routing (issue 17): a skip needs a reason from the team's short list and is limited per rep and day, so a rep
-- cannot pass over small work until a large order comes; RANDOM draws by the team's arrival sequence, so the same
-- seed and the same arrivals give the same reps.

-- How many requests one rep may skip per day in the team's zone (0: no skips at all); the default is 3.
alter table routing_teams add column skips_per_day integer default 3 not null;
alter table routing_teams add constraint ck_routing_teams_skips_per_day check (skips_per_day between 0 and 50);
-- The reasons a skip may give, one per line; null is the default list (routing's SkipPolicy.DEFAULT_REASONS).
alter table routing_teams add column skip_reasons varchar(1000);

-- The number of requests the team's RANDOM chooser has placed since a RANDOM policy was last set: the draw's input
-- instead of the request's random id. Written under the team's lock, like every PUSH.
alter table routing_teams add column random_draws bigint default 0 not null;
alter table routing_teams add constraint ck_routing_teams_random_draws check (random_draws >= 0);

-- A skip's limit counts the rep's SKIP entries since the start of their day.
create index routing_log_by_rep_action on routing_assignments (rep_id, action, assigned_at);
