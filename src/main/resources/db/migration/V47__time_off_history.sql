-- people: time off is kept as history, so fair shares judge each past moment by the time off known then (docs/routing.md,
-- "Fair share on time actually available"): when a period was entered and, once removed, when; a removal no longer
-- deletes the row. Periods entered before V47 count as known from the start, as every period was read until now.
alter table rep_time_off add column entered_at timestamp with time zone
    default timestamp with time zone '1970-01-01 00:00:00+00' not null;
alter table rep_time_off alter column entered_at drop default;
alter table rep_time_off add column removed_at timestamp with time zone;
alter table rep_time_off add constraint ck_rep_time_off_removed_at check (removed_at >= entered_at);
