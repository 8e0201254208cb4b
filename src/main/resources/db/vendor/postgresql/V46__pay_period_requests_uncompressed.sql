-- incentives on PostgreSQL: a rep's packed request ids are kept without compression, as the facts document is (V33):
-- Base64 of random ids does not shrink, and pglz would try at every close (some 32 MB at a million requests).
alter table pay_period_requests alter column requests set storage external;
