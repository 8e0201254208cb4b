-- routing on PostgreSQL: the daily skip limit counts one rep's SKIP entries since the start of their day
-- (RoutingQueue.skipsSince), and nothing else reads the log by rep and action. V37's index held every log entry, so
-- each assignment (NEXT, ASSIGN, …) also wrote an entry there that no query uses; this one holds the skips only.
-- H2, the demo's database, has no partial indexes and keeps V37's.
drop index routing_log_by_rep_action;
create index routing_skips_by_rep on routing_assignments (rep_id, assigned_at) where action = 'SKIP';
