-- people: when a rep was added to Fairdesk, so that fair shares and the live view's time in each status start there:
-- a rep added today was not available this morning, and is owed nothing of what arrived before them
-- (docs/routing.md, "Fair share on time actually available"). Null for reps added before V50: their time counts
-- from their start date, as before.
alter table reps add column added_at timestamp with time zone;
