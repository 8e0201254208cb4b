-- people: a rep's employee id in the payroll system, optional (issue 15, exports). The payroll file of a paid month
-- gives it beside each rep's amount; a rep without one keeps their row with the cell empty. Unique within a team when
-- set (NULLs never clash, on H2 and PostgreSQL alike), so that two rows of one payroll file cannot name the same
-- employee.
alter table reps add column employee_id varchar(50);
alter table reps add constraint uq_reps_team_employee_id unique (team_id, employee_id);
