-- incentives on H2: PostgreSQL's V46 stops compressing the reps' packed request ids; H2 does not compress them.
-- Nothing changes here; the statement keeps the version numbers of both databases in step.
select 1;
