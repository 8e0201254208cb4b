-- Indexes proposed for the metrics' queries, to be timed before they go into a migration: MetricsBench times
-- MetricsManagement.dashboard's queries as the schema is, then (with proposal=compare or keep, BENCH_ARGS) creates
-- what this file lists, runs VACUUM ANALYZE and times the same calls again.
-- The proposals measured on 2026-11-27 are now migrations: V17 (request_reopens by team and time) and
-- db/vendor/postgresql/V18 (the covering index for closed requests, the partial index for transfers). Nothing is
-- proposed at the moment; with this file as it is, proposal=compare times the same schema twice.
select 1;
