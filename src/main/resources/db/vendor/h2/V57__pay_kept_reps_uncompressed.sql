-- incentives on H2: PostgreSQL's V57 stops compressing a kept month's packed request ids; H2 does not compress them.
-- Nothing changes here; the statement keeps the version numbers of both databases in step.
select 1;
