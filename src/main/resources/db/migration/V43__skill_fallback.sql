-- routing (issue 17): a request needing a skill nobody available has need not wait for ever: after the team's
-- wait (minutes; null: never) it may go to any eligible rep, and its routing log says so (docs/routing.md).
alter table routing_teams add column skill_fallback_minutes integer;
alter table routing_teams add constraint ck_routing_teams_skill_fallback
    check (skill_fallback_minutes is null or skill_fallback_minutes between 1 and 10080);
