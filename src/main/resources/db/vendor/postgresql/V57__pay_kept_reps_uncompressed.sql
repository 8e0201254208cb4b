-- incentives on PostgreSQL: a kept month's packed request ids are kept without compression, as a closed month's are
-- (V46): Base64 of random ids does not shrink, and pglz would try at every write.
alter table pay_kept_reps alter column requests set storage external;
