-- routing: how work reaches a team's reps (mode, per team) and who gets it (chooser, per team and kind).
alter table routing_teams add column mode varchar(12) not null default 'PUSH';

create table routing_policies (
    team_id     bigint                   not null,
    kind        varchar(8)               not null check (kind in ('DEFAULT', 'ORDER', 'QUOTE', 'QUERY')),
    chooser     varchar(16)              not null,
    random_seed bigint,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100),
    primary key (team_id, kind)
);

alter table routing_queue add column priority integer not null default 0;
alter table routing_queue add column amount numeric(19, 4);
alter table routing_queue add column required_skill varchar(50);
alter table routing_queue add column closed_at timestamp with time zone;
create index routing_queue_load on routing_queue (assignee_id, closed_at);
create index routing_queue_open on routing_queue (team_id, closed_at, assignee_id);
create index routing_queue_assigned on routing_queue (team_id, assigned_at);

-- A rep who handed a request back or skipped it never gets that request again.
create table routing_exclusions (
    request_id uuid   not null,
    rep_id     bigint not null,
    primary key (request_id, rep_id)
);

-- routing_assignments becomes the routing log: every assignment, claim, skip, hand-back and close.
alter table routing_assignments add column action varchar(12) not null default 'ASSIGN';
alter table routing_assignments add column actor varchar(100);
alter table routing_assignments add column reason varchar(500);
alter table routing_assignments add column over_cap boolean not null default false;
alter table routing_assignments add column value_percentile numeric(6, 5);
alter table routing_assignments add column team_id bigint;
create index routing_log_by_team_time on routing_assignments (team_id, assigned_at);

-- A rep gets a routing row when routing first meets them, before any assignment: the row is what a claim locks.
alter table routing_reps alter column last_assigned_at drop not null;

-- The requests waiting for a rep, and only those: a claim reads the head of this small table instead of sorting
-- the whole history. A row leaves when its request is assigned and comes back when it is handed back.
create table routing_waiting (
    request_id     uuid primary key,
    team_id        bigint                   not null,
    kind           varchar(8)               not null,
    priority       integer                  not null,
    amount         numeric(19, 4),
    required_skill varchar(50),
    received_at    timestamp with time zone not null
);
create index routing_waiting_order on routing_waiting (team_id, priority desc, received_at, request_id);
