-- An answer counts in the period its survey was issued (docs/metrics.md). The survey's issue time is kept on its answer
-- too, so the figures read a window's answers through one (team, issued) index. They joined every answer given since
-- the window began to its survey, which for a month a year back read a year of answers (docs/benchmarks-history.md,
-- "Metrics speed"). A survey's issued_at never changes (a new link keeps it), and the composite key below makes the
-- copy the survey's own: an answer cannot name another issue time than its survey's.
alter table survey_response add column survey_issued_at timestamp with time zone;
update survey_response
set survey_issued_at = (select s.issued_at from survey s where s.request_id = survey_response.request_id);
alter table survey_response alter column survey_issued_at set not null;
alter table survey add constraint survey_issued_once unique (request_id, issued_at);
alter table survey_response add constraint survey_response_issued_as_its_survey
    foreign key (request_id, survey_issued_at) references survey (request_id, issued_at);
create index survey_response_by_team_issued on survey_response (team_id, survey_issued_at);
