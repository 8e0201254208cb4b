-- work: business hours per team (the team's zone comes from people) and SLA targets per kind and priority, in
-- business minutes. A request's due times are stamped when it arrives, so later changes to a calendar or a target
-- do not rewrite what was promised.
create table team_calendars (
    team_id   bigint      primary key,
    work_days varchar(27) not null,
    opens     time        not null,
    closes    time        not null,
    check (opens < closes)
);

create table team_holidays (
    team_id bigint       not null,
    holiday date         not null,
    name    varchar(100) not null,
    primary key (team_id, holiday)
);

-- A target applies to requests of its kind whose priority is at least priority_from; the one with the highest
-- priority_from that applies wins.
create table sla_targets (
    team_id                bigint     not null,
    kind                   varchar(8) not null check (kind in ('ORDER', 'QUOTE', 'QUERY')),
    priority_from          smallint   not null check (priority_from between 0 and 9),
    first_response_minutes integer    check (first_response_minutes > 0),
    resolution_minutes     integer    check (resolution_minutes > 0),
    primary key (team_id, kind, priority_from)
);

alter table requests add column first_response_due_at timestamp with time zone;
alter table requests add column resolution_due_at timestamp with time zone;
