-- work: the request aggregate. Money is amount + currency; value and margin share the request's currency.
create table requests (
    id             uuid primary key,
    team_id        bigint                   not null,
    kind           varchar(8)               not null check (kind in ('ORDER', 'QUOTE', 'QUERY')),
    customer       varchar(200)             not null,
    subject        varchar(300)             not null,
    description    varchar(10000),
    amount         numeric(19, 4),
    currency       char(3)                  not null,
    state          varchar(24)              not null,
    assignee_id    bigint,
    received_at    timestamp with time zone not null,
    assigned_at    timestamp with time zone,
    started_at     timestamp with time zone,
    closed_at      timestamp with time zone,
    outcome_value  numeric(19, 4),
    outcome_margin numeric(19, 4),
    close_reason   varchar(1000),
    version        integer                  not null
);
create index requests_by_assignee_state on requests (assignee_id, state);
create index requests_by_team_closed on requests (team_id, closed_at);
