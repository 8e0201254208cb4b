-- lab: each team's behaviour goals (docs/lab.md): a behaviour to encourage or discourage, the indicator it is
-- watched by and the threshold that meets it. One row per team and behaviour; a team without rows has the default
-- set. Never a pay input: the incentives module does not read this table.
create table lab_goals (
    team_id   bigint        not null references teams (id),
    behaviour varchar(40)   not null check (behaviour in ('SERVE_EVERY_CUSTOMER', 'HELP_COLLEAGUES', 'KEEP_CUSTOMERS_SATISFIED', 'RESPOND_PROMPTLY', 'SHARE_THE_LOAD', 'CHERRY_PICKING', 'TAKING_ON_TOO_MUCH', 'RUSHING_CUSTOMERS', 'UNDERMINING_COLLEAGUES', 'SHIFTING_WORK_ACROSS_MONTH_ENDS')),
    indicator varchar(40)   not null check (indicator in ('CHERRY_PICK_INDEX', 'VALUE_OVER_FAIR_SHARE', 'SMALL_ORDER_WAIT_RATIO', 'OVER_CAP_SHARE', 'HANDLING_AGAINST_CSAT', 'REOPEN_RATE', 'FIRST_RESPONSE_SLA', 'ASSISTS_GIVEN', 'ASSISTS_DECLINED_SHARE', 'MONTH_END_CLOSES')),
    threshold numeric(12, 4) not null,
    enabled   boolean       not null,
    primary key (team_id, behaviour)
);
