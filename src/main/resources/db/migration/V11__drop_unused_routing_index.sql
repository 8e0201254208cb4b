-- routing: the waiting list moved to routing_waiting (V10), so nothing reads routing_queue by (team, assignee,
-- received_at) any more; the index only cost an insertion on every assignment.
drop index routing_queue_waiting;
