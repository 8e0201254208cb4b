-- routing (issue 17): a team may serve its queue by SLA risk: the waiting request due first (its first-response
-- due time, or its resolution due time without a first-response target, both in business hours as work stamps
-- them), then priority, then age; or as before, by priority, then age (docs/routing.md, "Queue order").
alter table routing_teams add column queue_order varchar(8) default 'PRIORITY' not null;
alter table routing_teams add constraint ck_routing_teams_queue_order check (queue_order in ('PRIORITY', 'SLA'));

alter table routing_queue add column due_at timestamp with time zone;
alter table routing_waiting add column due_at timestamp with time zone;
-- Requests waiting when this runs keep no due time: they are served after those with one, by priority and age.
create index routing_waiting_by_due on routing_waiting (team_id, due_at, priority desc, received_at, request_id);
