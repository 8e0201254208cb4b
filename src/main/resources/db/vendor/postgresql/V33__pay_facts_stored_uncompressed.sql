-- incentives on PostgreSQL: a closed month's facts document is kept out of line without compression. It is mostly
-- request ids (a month of 1,000,000 requests makes a document of some 50 MB), which pglz, PostgreSQL's default,
-- cannot shrink: it tried over the whole document at every close (about 3 of a close's 17 s at that size) and then
-- stored it as it was. The column stays text, read by SQL as before; only the attempt is skipped (issue 15).
alter table pay_periods alter column facts set storage external;
