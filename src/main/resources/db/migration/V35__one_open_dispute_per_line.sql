-- incentives: one open dispute per line, held by the database as well as checked in code, so that two disputes of
-- the same line sent at the same moment store one. `open_line` is the disputed line's place while the dispute is
-- OPEN (not decided) and null once decided: a unique key ignores rows with a null, so decided disputes never block a new one (a
-- partial unique index would say it more directly, but H2 has none).
alter table pay_disputes add column open_line integer;
update pay_disputes set open_line = line_index where state = 'OPEN';
alter table pay_disputes add constraint ck_pay_disputes_open_line
    check ((decided_at is null) = (open_line is not null) and (open_line is null or open_line = line_index));
alter table pay_disputes add constraint uq_pay_disputes_open_line unique (team_id, period, rep_id, open_line);
